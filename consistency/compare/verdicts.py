"""The verdict rule: one charge told as a conviction by one source and as an acquittal by the other."""

from __future__ import annotations

import re
from typing import Iterator

from ..core.types import Finding
from ..facets.lexicon.en.cardinals import CARDINALS
from ..facets.lexicon.en.function_words import FUNCTION_WORDS
from .pairs import SentencePair, worded_finding

VERDICT_RE = re.compile(
    r"\b(?P<cue>acquitted|cleared|convicted|found\s+(?:\w+\s+){0,2}?(?:not\s+)?guilty"
    r"|(?:was|were|is|are|been)\s+(?:not\s+)?guilty)"
    r"\s+(?:\w+\s+){0,4}?(?:of|on)\s+(?P<charge>(?:(?!\s(?:but|and)\s+(?:\w+\s+)?"
    r"(?:acquitted|cleared|convicted|found|guilty|not)\b)[^.;:,])+)",
    re.IGNORECASE)
"""A verdict and the charge it is on: "acquitted him of official misconduct", "found guilty of defrauding investors",
"was convicted of negligently discharging a firearm", "acquitted on four counts related to defrauding patients"; a
charge ends before a second verdict ("convicted of theft but acquitted of fraud", "not guilty of murder but guilty of
manslaughter"); a plea or a feeling is no verdict ("pleaded guilty to", "felt guilty about")."""
CLEARED_RE = re.compile(r"^(?:acquitted|cleared)|\bnot\b", re.IGNORECASE)
#: Content words two charges must share (all of a shorter one), and the share of the shorter's.
SHARED_WORDS, SHARED_PART = 2, 0.4


def compare_verdicts(pair: SentencePair) -> Iterator[Finding]:
    """A charge one sentence tells a defendant was convicted of and the other acquitted of: medium."""
    if pair.texts is None:
        return
    found = [_verdicts(text) for text in pair.texts]
    for x in found[0]:
        for y in found[1]:
            if x[0] != y[0] and _one_charge(x[1], y[1]) and not _both_told(found[0], y) and not _both_told(found[1], x):
                why = "one charge told as a conviction and as an acquittal"
                yield worded_finding(pair, "verdict", x[2], y[2], why)
                return


def _verdicts(text: str) -> list[tuple[bool, frozenset[str], re.Match]]:
    """Each verdict of a sentence: (cleared?, the charge's content words, the words matched)."""
    out = []
    for m in VERDICT_RE.finditer(text):
        words = frozenset(w.lower().removesuffix("'s") for w in re.findall(r"[\w'-]+", m.group("charge"))
                          if w.lower() not in FUNCTION_WORDS and len(w) > 2)
        if words:
            out.append((bool(CLEARED_RE.search(m.group("cue"))), words, m))
    return out


def _one_charge(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two charges sharing enough words ("bribery", "bribery on Tuesday"; "discharging a firearm in a crowded
    restaurant", "discharging a firearm at a restaurant in Melville"); "first-degree murder" is not "second-degree
    murder"."""
    shared, fewer = len(a & b), min(len(a), len(b))
    counts = [{w for w in words if w.isdigit() or w in CARDINALS} for words in (a, b)]
    if counts[0] and counts[1] and not counts[0] & counts[1]:
        return False  # "three counts of fraud", "two counts of fraud": two parts of a split verdict
    return shared >= min(SHARED_WORDS, fewer) and shared >= SHARED_PART * fewer


def _both_told(verdicts: list[tuple[bool, frozenset[str], re.Match]], other: tuple[bool, frozenset[str], re.Match]
               ) -> bool:
    """The sentence also gives the other verdict on that charge (a split verdict told in full)."""
    return any(v[0] == other[0] and _one_charge(v[1], other[1]) for v in verdicts)
