"""The office rule: one quotation credited to holders of two offices ("the judge" / "the prosecutor, Daniel Okafor")."""

from __future__ import annotations

import re
from typing import Iterator, Sequence

from ..core.types import Facet, FacetKind, Finding, Severity
from ..facets.lexicon.en.names import OFFICES
from .pairs import SentencePair, confidence, evidence, of_kind
from .quotes import one_quotation

DESCRIBED_RE = re.compile(r"^(?:[Tt]he|[Aa]n?)\s+(?P<words>(?:[a-z][a-z'\u2019-]*\s+){0,3}[a-z][a-z-]*)$")
"""A speaker described in lower-case words after an article: "the judge", "the presiding judge"."""


def _office_of(words: str) -> str | None:
    """The office group a description or an office names by its head noun ("Meadowbright's quality director" ->
    director, "medical director of the ambulance service" -> director), or None."""
    head = re.split(r"\s+(?:of|for|at|from|with)\s+|,", words.strip(), maxsplit=1)[0].split()
    return OFFICES.get(head[-1].lower().strip(".'\u2019")) if head else None


def _offices(facets: Sequence[Facet]) -> list[tuple[Facet, str, str]]:
    """Each speaker whose office the sentence or its story tells, with that office's group and its words: a named
    person by the office carried from anywhere in the story, an unnamed one by its description."""
    out = []
    for f in of_kind(facets, FacetKind.ATTRIBUTION):
        v = f.value
        if v.role != "speaker" or v.anonymous is True or not v.source:
            continue
        if v.named is True and v.person is True and v.office and not v.resolved_from:
            words = str(v.office)
        elif v.named is False and (m := DESCRIBED_RE.match(f.text.strip())):
            words = m["words"]
        else:
            continue
        group = _office_of(words)
        if group:
            out.append((f, group, words))
    return out


def compare_offices(pair: SentencePair) -> Iterator[Finding]:
    """The same words quoted (a shared run of five or more), or one sentence restating the other, credited to two
    offices that cannot be one holder's (judge and prosecutor; coach and pacemaker): MEDIUM, since outlets name
    the same person by either of two offices only when the two are one ("attorney", "lawyer")."""
    ox, oy = _offices(pair.fx), _offices(pair.fy)
    if not ox or not oy or not (pair.restated or one_quotation(pair)):
        return
    if {g for _, g, _ in ox} & {g for _, g, _ in oy}:
        return
    (a, _, wa), (b, _, wb) = ox[0], oy[0]
    names = pair.names

    def said(f: Facet, words: str) -> str:
        return f.text if f.value.named is False else f"{f.value.source}, {words}"

    yield Finding(
        facet="attribution", kind="office", severity=Severity.MEDIUM, statement=pair.statement,
        a=evidence(pair.x, a, str(a.value.source)), b=evidence(pair.y, b, str(b.value.source)),
        explanation=f"{names[pair.x.doc]} credits it to {said(a, wa)}; {names[pair.y.doc]} to {said(b, wb)} "
                    "(two offices, two people)",
        confidence=confidence(pair.score, 0.6),
    )
