"""The channel rule: one notice told as sent by two different means ("by email", "by mail")."""

from __future__ import annotations

import re
from typing import Iterator

from ..core.types import FacetEvidence, Finding, Severity
from ..facets.lexicon.en.predicates import CHANNELS
from .attribution import shared_wording
from .pairs import SentencePair, confidence

CHANNEL_RE = re.compile(
    r"\b(?:(?:by|via)\s+(?:an?\s+|the\s+|their\s+|its\s+)?|(?:in|through)\s+an?\s+(?:[a-z-]+\s+)?)("
    + "|".join(sorted((re.escape(w) for w in CHANNELS), key=len, reverse=True)) + r")\b", re.IGNORECASE)
"""A means after "by" or "via" ("by email", "via text message", "by first-class mail"), or the thing a message came
in ("in an email to the chairman", "through a handwritten letter")."""

CARRIED_IN = frozenset({"email", "e-mail", "letter", "text message", "phone call"})
"""Means a message comes "in" ("in a letter"); not "in a post" or "in the mail", which are other things."""

SHARED_WORDS = 1
"""Content words two sentences must share (`shared_wording`) for their means to be of one notice ("the diocese")."""


def compare_channels(pair: SentencePair) -> Iterator[Finding]:
    """Two linked sentences that send one notice, each by one means, the means of different kinds: medium. The
    notice is one when the sentences share content words besides the means (the act, who it reaches: "alerting all
    affected customers by mail", "it's alerting affected customers by email")."""
    if pair.texts is None:
        return
    found = [_means(text) for text in pair.texts]
    if any(len({CHANNELS[m.group(1).lower()] for m in side}) != 1 for side in found):
        return
    a, b = found[0][0], found[1][0]
    ka, kb = CHANNELS[a.group(1).lower()], CHANNELS[b.group(1).lower()]
    shared = shared_wording(pair)
    if ka == kb or shared is None or shared.common < SHARED_WORDS:
        return
    names = pair.names
    yield Finding(
        facet="claim", kind="channel", severity=Severity.MEDIUM, statement=pair.statement,
        a=FacetEvidence(pair.x.doc, pair.x.index, a.group(0), a.group(0), a.start(), a.end()),
        b=FacetEvidence(pair.y.doc, pair.y.index, b.group(0), b.group(0), b.start(), b.end()),
        explanation=(f"{names[pair.x.doc]} says it was sent \u201c{a.group(0)}\u201d; {names[pair.y.doc]} says "
                     f"\u201c{b.group(0)}\u201d"),
        confidence=confidence(pair.closeness, 0.6),
    )


def _means(text: str) -> list[re.Match]:
    return [m for m in CHANNEL_RE.finditer(text)
            if not m.group(0).lower().startswith(("in", "through")) or m.group(1).lower() in CARRIED_IN]

