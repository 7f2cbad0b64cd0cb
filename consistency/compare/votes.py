"""The vote rule: one decision told as unanimous by one source and as split by the other ("voted 7-2")."""

from __future__ import annotations

import re
from typing import Iterator

from ..core.types import Finding
from .pairs import SentencePair, worded_finding

_DECIDED = r"(?:voted|approved|agreed|passed|decided|backed|adopted|rejected|ruled|elected|endorsed|chose|confirmed)"
UNANIMOUS_RE = re.compile(
    r"\b" + _DECIDED + r"(?:\s+\w+){0,2}\s+unanimously\b|\bunanimously\s+" + _DECIDED + r"\b"
    r"|\b(?:was|were)\s+unanimous\b|\b(?:in|by|with)\s+an?\s+unanimous\s+(?:vote|decision|ruling|verdict)\b",
    re.IGNORECASE)
"""A decision told as one no member voted against: "voted unanimously", "the board unanimously approved", "the
decision was unanimous", "in a unanimous vote"; not a rule or a wish ("a preference for a unanimous verdict")."""
RULE_BEFORE_RE = re.compile(r"\b(?:requires?|required|requiring|needs?|needed|must|would|should)\b[^.;]{0,20}$", re.IGNORECASE)
"""Words before "unanimous" that make it a rule or a wish, not a decision told ("the law requires a unanimous verdict")."""
SPLIT_RE = re.compile(
    r"\b(?:voted|by|in)\s+(?:a\s+)?(\d{1,3})\s*(?:-|–|to)\s*([1-9]\d{0,2})\b(?!\s*(?:percent|per cent|%))"
    r"|\b(\d{1,3})\s*(?:-|–)\s*([1-9]\d{0,2})\s+(?:vote|decision|ruling|verdict|majority|split)\b"
    r"|\b(?:with|and)\s+(?:\w+\s+){0,4}dissent(?:ed|ing)\b|\bdissenting (?:vote|opinion)s?\b"
    r"|\b(?:one|two|three|four|\d)\s+(?:\w+\s+){0,2}(?:voted|voting) against\b",
    re.IGNORECASE)
"""A decision some voted against: "voted 7-2", "in a 9-1 vote", "with two members dissenting", "two voted against"."""


def compare_unanimity(pair: SentencePair) -> Iterator[Finding]:
    """One sentence calls a decision unanimous, the other tells a split vote or a dissent: medium."""
    if pair.texts is None:
        return
    for side in (0, 1):
        whole = next((m for m in UNANIMOUS_RE.finditer(pair.texts[side])
                      if not RULE_BEFORE_RE.search(pair.texts[side][:m.start()])), None)
        split = SPLIT_RE.search(pair.texts[1 - side])
        if whole and split and not UNANIMOUS_RE.search(pair.texts[1 - side]) and not SPLIT_RE.search(pair.texts[side]):
            x, y = (whole, split) if side == 0 else (split, whole)
            yield worded_finding(pair, "vote", x, y, "a unanimous decision against a split vote")
            return
