"""The dateparser fallback, for absolute forms the rules do not know; only harmless words reach it."""

from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from .patterns import ABSOLUTE_WORDS_RE, FALLBACK_TRIGGER_RE, FALLBACK_WORD_RE, WRITTEN_YEAR_RE
from .points import NEEDS_BASE, Point, in_range

if TYPE_CHECKING:  # pragma: no cover
    from dateparser.date import DateDataParser


@lru_cache(maxsize=64)
def _date_parser(base: date | None, prefer: str) -> "DateDataParser":
    """One DateDataParser per (publication date, direction), built lazily; they are cheap after the first."""
    from dateparser.date import DateDataParser

    settings: dict[str, Any] = {"PREFER_DATES_FROM": prefer, "RETURN_TIME_AS_PERIOD": True}
    if base is not None:
        settings["RELATIVE_BASE"] = datetime(base.year, base.month, base.day)
    return DateDataParser(languages=["en"], settings=settings)


def rule_dateparser(s: str, base: date | None, tense: str) -> Any:
    words = FALLBACK_WORD_RE.findall(s)
    if not words or not FALLBACK_TRIGGER_RE.search(s):
        return None
    if not all(ABSOLUTE_WORDS_RE.match(w) for w in words):
        return None
    has_year = WRITTEN_YEAR_RE.search(s) is not None
    if not has_year and base is None:
        return NEEDS_BASE
    try:
        data = _date_parser(base, "future" if tense == "future" else "past").get_date_data(s)
    except Exception:  # dateparser raises assorted errors on odd strings; a miss is the answer
        return None
    if data is None or data.date_obj is None:
        return None
    found = data.date_obj.date()
    precision = {"time": "day", "day": "day", "week": "week", "month": "month", "year": "year"}.get(
        data.period or "day", "day"
    )
    if not in_range(found.year):
        return None
    return Point(found, precision)
