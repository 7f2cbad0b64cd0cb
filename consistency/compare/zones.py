"""Whether two sentences tell their days in different time zones: a day apart may then be one moment."""

from __future__ import annotations

import re

from ..core.values.dates import DateValue
from ..facets.dates.patterns import CLOCK_RE
from ..facets.lexicon.en.calendar import CLOSING_PARTS, OPENING_PARTS, TIME_ZONES

ZONE_RE = re.compile(r"\b(?:" + "|".join(sorted((z.upper() for z in TIME_ZONES), key=len, reverse=True)) + r")\b"
                     r"|(?:\(|,\s*|\b(?:morning|afternoon|evening|night|today|tonight|[A-Z][a-z]+day)\s+)"
                     r"(?:local|[A-Z][A-Za-z]+) time\b")
"""A zone named after a day or in brackets: "1102 GMT", "this morning (NZ time)", "early today Japan time", "on
Saturday local time"; not "Over time" or "Each time"."""
HOUR_WORDS_RE = re.compile(r"(?i)\b(?:midnight|noon|midday|dawn|dusk|\d{4}\s+local)\b")


def names_zone(text: str) -> bool:
    """The sentence tells a moment in a named zone."""
    return ZONE_RE.search(text) is not None


def told_in_zones(texts: tuple[str, str]) -> bool:
    """One sentence names a zone, the other does not (a zone both name cannot join two days), and neither tells an
    hour: their days may be two zones' days of one moment."""
    zoned = [names_zone(t) for t in texts]
    return zoned[0] != zoned[1] and not any(CLOCK_RE.search(t) or HOUR_WORDS_RE.search(t) for t in texts)


def zone_shift(earlier: DateValue, later: DateValue) -> bool:
    """No part of day puts the earlier day's moment before its evening or the later day's after its morning: one
    moment in two zones may be dated so ("Saturday" in London, "this morning (NZ time)" in Auckland); "Saturday
    morning" cannot be Sunday anywhere the story is read."""
    return earlier.part in (None, *CLOSING_PARTS) and later.part in (None, *OPENING_PARTS)
