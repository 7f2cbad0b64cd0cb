"""The whole-or-part rule: "all 11 counts" against "10 of the 11 counts", one group told whole and in part."""

from __future__ import annotations

import re
from typing import Iterator

from ..core.types import Finding
from ..facets.lexicon.en.cardinals import CARDINALS
from .number_words import singular
from .pairs import SentencePair, worded_finding

_NUMBER = r"(\d{1,3}(?:,\d{3})*|" + "|".join(sorted((w for w in CARDINALS if " " not in w), key=len, reverse=True)) + r")"
ALL_RE = re.compile(r"\ball\s+(?:of\s+the\s+)?" + _NUMBER + r"\s+([a-z][a-z-]+)", re.IGNORECASE)
"""A group told whole: "all 11 counts", "all of the 33 miners"."""
PART_RE = re.compile(r"\b" + _NUMBER + r"\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?" + _NUMBER
                     + r"\s+([a-z][a-z-]+)", re.IGNORECASE)
"""A part of a group: "10 of the 11 counts", "32 out of 33 miners"."""


NEAR_WHOLE = 2
"""Most members a part may lack to be the whole misreported ("10 of the 11 counts"); a smaller part tells something
else of some members ("all 33 miners were rescued", "one of the 33 miners was taken to hospital")."""


def compare_wholes(pair: SentencePair) -> Iterator[Finding]:
    """One sentence tells all of a group ("found guilty on all 11 counts"), the other all but one or two of the same
    group, the same size and noun ("convicted on 10 of the 11 counts"): medium."""
    if pair.texts is None:
        return
    for side, other in ((0, 1), (1, 0)):
        for whole in ALL_RE.finditer(pair.texts[side]):
            size, noun = _value(whole.group(1)), singular(whole.group(2).lower())
            for part in PART_RE.finditer(pair.texts[other]):
                if (_value(part.group(2)) == size and singular(part.group(3).lower()) == noun
                        and size - NEAR_WHOLE <= _value(part.group(1)) < size):
                    x, y = (whole, part) if side == 0 else (part, whole)
                    yield worded_finding(pair, "number", x, y, "all of a group against a part of it")
                    return


def _value(word: str) -> int:
    """A count written in digits ("1,250") or in words ("twelve")."""
    return int(word.replace(",", "")) if word[0].isdigit() else CARDINALS[word.lower()]
