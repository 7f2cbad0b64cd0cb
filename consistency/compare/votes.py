"""The vote rule: one decision told as unanimous by one source and as split by the other ("voted 7-2")."""

from __future__ import annotations

import re
from typing import Iterator

from ..core.types import Finding
from .pairs import SentencePair, worded_finding

_DECIDED = r"(?:voted|approved|agreed|passed|decided|backed|adopted|rejected|ruled|elected|endorsed|chose|confirmed)"
UNANIMOUS_RE = re.compile(
    r"\b" + _DECIDED + r"(?:\s+\w+){0,2}\s+unanimously\b|\bunanimously\s+" + _DECIDED + r"\b"
    r"|\b(?:was|were)\s+unanimous\b|\b(?:in|by|with|returned|reached|delivered|gave|issued)\s+an?\s+unanimous\s+"
    r"(?:vote|decision|ruling|verdict)\b",
    re.IGNORECASE)
"""A decision told as one no member voted against: "voted unanimously", "the board unanimously approved", "the
decision was unanimous", "returned a unanimous verdict"; not a rule or a wish ("a preference for a unanimous
verdict")."""
RULE_BEFORE_RE = re.compile(r"\b(?:requires?|required|requiring|needs?|needed|must|would|should)\b[^.;]{0,20}$",
                            re.IGNORECASE)
"""Words before "unanimous" that make it a rule or a wish, not a decision told ("the law requires a unanimous verdict")."""
_TALLY = r"([1-9]\d{0,2})\s*(?:-|–)\s*([1-9]\d{0,2})"  # both sides voted: "0-9" is no split
_COUNT = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|[1-9]\d{0,2})"
SPLIT_RE = re.compile(
    r"\bvoted\s+" + _TALLY + r"\b(?!\s*(?:percent|per cent|%))|\bby\s+a\s+vote\s+of\s+" + _TALLY + r"\b"
    r"|\ban?\s+" + _TALLY + r"\s+(?:vote|decision|ruling|verdict|majority|split)\b"
    r"|\b(?:with|and)\s+(?!(?:no|none|not)\b)" + _COUNT + r"?\s*(?:\w+\s+){0,3}dissent(?:ed|ing)\b"
    r"|\b" + _COUNT + r"\s+(?:\w+\s+){0,2}(?:voted|voting) against\b",
    re.IGNORECASE)
"""A decision some voted against: "voted 7-2", "in a 9-1 vote", "with two members dissenting", "five senators voting
against"; not a score or a range ("a 4-1 defeat", "by 10 to 15 cents"), nor "with no members dissenting"."""
BODIES_RE = re.compile(r"\b(committee|senate|house|board|panel|jury|court|council|parliament|assembly|commission|"
                       r"cabinet|bench|congress|shareholders|members)\b", re.IGNORECASE)
"""Bodies that vote: two sentences that name only different ones tell two votes ("the committee voted unanimously",
"the full Senate passed it 68-32")."""


def compare_unanimity(pair: SentencePair) -> Iterator[Finding]:
    """One sentence calls a decision unanimous, the other tells a split vote or a dissent: medium."""
    if pair.texts is None:
        return
    for side in (0, 1):
        whole = next((m for m in UNANIMOUS_RE.finditer(pair.texts[side])
                      if not RULE_BEFORE_RE.search(pair.texts[side][:m.start()])), None)
        split = SPLIT_RE.search(pair.texts[1 - side])
        if (whole and split and not UNANIMOUS_RE.search(pair.texts[1 - side]) and not SPLIT_RE.search(pair.texts[side])
                and not _two_bodies(pair.texts)):
            x, y = (whole, split) if side == 0 else (split, whole)
            yield worded_finding(pair, "vote", x, y, "a unanimous decision against a split vote")
            return


def _two_bodies(texts: tuple[str, str]) -> bool:
    """Each sentence names a voting body and none is named by both."""
    bodies = [{m.lower() for m in BODIES_RE.findall(t)} for t in texts]
    return bool(bodies[0] and bodies[1]) and not bodies[0] & bodies[1]
