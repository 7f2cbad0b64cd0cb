"""Whether a sentence names a time zone: a day apart told in two zones may be one moment."""

from __future__ import annotations

import re

from ..core.values.dates import DateValue

ZONE_ABBREVIATIONS = ("GMT UTC BST CET CEST EET EEST WET EST EDT CST CDT MST MDT PST PDT AKST HST AEST AEDT ACST ACDT "
                      "AWST NZST NZDT JST KST IST HKT SGT PHT WIB MSK").split()
NOT_ZONES = frozenset({"extra", "full", "half", "injury", "stoppage", "added", "prime", "tea", "lunch", "question",
                       "closing", "opening", "record", "some", "any", "every", "this", "that", "next", "last",
                       "first", "the", "at", "by", "on", "in", "for", "from", "same", "dinner", "bed", "screen"})
"""Capitalised words before "time" that name no zone ("Extra time", "At the same time")."""

ZONE_RE = re.compile(r"\b(?:" + "|".join(ZONE_ABBREVIATIONS) + r")\b|\b(local|[A-Z][A-Za-z]*) time\b")


CLOCK_RE = re.compile(r"(?i)\b\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\b|\b\d{1,2}[:.]\d{2}\b|\b\d{4}\s*(?:GMT|UTC)\b"
                      r"|\b(?:midnight|noon|midday)\b")
"""A clock time: with one, the hour is told and a day apart is not a zone's doing ("at 2 pm (Pakistan time) on
Sunday" against "on Monday")."""


def names_zone(text: str) -> bool:
    """The sentence tells a moment in a named zone ("this morning (NZ time)", "early today Japan time", "1102 GMT")."""
    return any(m.group(1) is None or m.group(1).lower() not in NOT_ZONES for m in ZONE_RE.finditer(text))


def told_in_zones(texts: tuple[str, str]) -> bool:
    """One sentence names a zone and neither tells a clock time: their days may be two zones' days of one moment."""
    return any(map(names_zone, texts)) and not any(map(CLOCK_RE.search, texts))


EARLIER_PARTS = frozenset({"afternoon", "evening", "night", "late"})
LATER_PARTS = frozenset({"early", "morning"})
LATEST_EARLIER_CLOCK, EARLIEST_LATER_CLOCK = "15:00", "09:00"
"""A zone can move a moment across midnight only from late in a day or early in the next: "2 pm on Sunday" is
Sunday in every zone the story's readers are in."""


def zone_shift(earlier: DateValue, later: DateValue) -> bool:
    """Nothing puts the earlier day's moment before mid-afternoon or the later day's after the morning: one moment
    in two zones may be dated so ("Saturday" in London, "this morning (NZ time)" in Auckland)."""
    def clock(v: DateValue) -> str | None:
        return v.clock if isinstance(v.clock, str) else None

    ce, cl = clock(earlier), clock(later)
    return ((earlier.part in (None, *EARLIER_PARTS)) and (ce is None or ce >= LATEST_EARLIER_CLOCK)
            and (later.part in (None, *LATER_PARTS)) and (cl is None or cl <= EARLIEST_LATER_CLOCK))
