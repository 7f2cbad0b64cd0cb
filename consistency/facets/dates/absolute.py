"""Resolution rules for expressions that name a calendar date: "Feb. 8", "September 2016", "2016", Christmas.

Each rule takes the cleaned expression, the publication date (or None) and the tense, and
returns a `Point`, None (not its form) or `NEEDS_BASE` (its form, but relative and no base).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ..lexicon.en.calendar import TEEN_WORDS, TENS_WORDS
from .patterns import (
    DAY_MONTH_RE, HOLIDAY_RE, ISO_RE, ISO_WEEK_RE, MONTH_DAY_RE, MONTH_RE, MONTH_YEAR_RE, NUMERIC_DATE_RE,
    SPELLED_YEAR_RE, YEAR_RE,
)  # fmt: skip
from .points import (
    NEEDS_BASE, Point, day_number, holiday, in_range, make, month_near, month_number, nearest, spelled_number,
    weekday_number, year_word,
)  # fmt: skip


def rule_absolute(s: str, base: date | None, tense: str) -> Any:
    """Dates written with a month: "January 10, 2017", "Feb. 8", "2 March", "September 2016"."""
    m = ISO_RE.match(s)
    if m:
        year, month = int(m["y"]), int(m["m"])
        if m["d"]:
            d = make(year, month, int(m["d"]))
            return Point(d, "day") if d else None
        d = make(year, month)
        return Point(d, "month") if d else None
    m = ISO_WEEK_RE.match(s)
    if m:
        year, week = int(m["y"]), int(m["w"])
        if not in_range(year) or not 1 <= week <= 53:
            return None
        try:
            return Point(date.fromisocalendar(year, week, 1), "week")
        except ValueError:
            return None
    m = NUMERIC_DATE_RE.match(s)
    if m:
        year = int(m["y"])
        if len(m["y"]) == 2:
            if base is None:
                return NEEDS_BASE
            year += (base.year // 100) * 100
            if year > base.year + 1:
                year -= 100
        d = make(year, int(m["m"]), int(m["d"]))
        return Point(d, "day") if d else None
    m = MONTH_DAY_RE.match(s) or DAY_MONTH_RE.match(s)
    if m:
        month, day = month_number(m["month"]), day_number(m["day"])
        if month is None:
            return None
        if m["year"]:
            d = make(int(m["year"]), month, day)
            return Point(d, "day") if d else None
        if base is None:
            return NEEDS_BASE
        weekday = weekday_number(m["wd"]) if m["wd"] else None
        return _month_day_near(month, day, base, tense, weekday)
    m = MONTH_YEAR_RE.match(s)
    if m:
        month = month_number(m["month"])
        d = make(int(m["year"]), month) if month else None
        return Point(d, "month") if d else None
    return None


def _month_day_near(month: int, day: int, base: date, tense: str, weekday: int | None = None) -> Any:
    """A day written without its year ("Feb. 8"); a weekday written with it picks the year."""
    candidates = [d for d in (make(base.year + k, month, day) for k in (-1, 0, 1)) if d is not None]
    if weekday is not None:
        matching = [d for d in candidates if d.weekday() == weekday]
        if matching:
            candidates = matching
    found = nearest(candidates, base, tense)
    if found is not None and tense == "future" and found > base:
        # a day a few weeks gone is that day, whatever the verb ("380 deaths between June 28 and 30 could be
        # attributed to the heat" on a July page): news names a day nearly a year ahead with its year
        gone = max((d for d in candidates if d <= base), default=None)
        if gone is not None and (base - gone).days <= RECENT_DAYS < (found - base).days:
            found = gone
    return Point(found, "day") if found else None


RECENT_DAYS = 60
"""A day without its year this few days before the page is that day, even told in the future tense."""


def rule_month(s: str, base: date | None, tense: str) -> Any:
    """A month without a day: "September", "last May", "March next year"."""
    m = MONTH_RE.match(s)
    if not m:
        return None
    month = month_number(m["month"])
    if month is None:
        return None
    year = year_word(m["yrel"], base)
    if year is NEEDS_BASE:
        return NEEDS_BASE
    if isinstance(year, int):
        d = make(year, month)
        return Point(d, "month") if d else None
    if base is None:
        return NEEDS_BASE
    rel = m["rel"]
    if rel in ("last", "past", "this past"):
        return Point(month_near(month, base, "past", strict=True), "month")
    if rel in ("next", "coming", "this coming"):
        return Point(month_near(month, base, "future", strict=True), "month")
    if rel == "this":
        return Point(date(base.year, month, 1), "month")
    if tense in ("past", "future"):
        return Point(month_near(month, base, tense), "month")
    candidates = [date(base.year + k, month, 1) for k in (-1, 0, 1)]
    return Point(nearest(candidates, date(base.year, base.month, 1), tense) or candidates[1], "month")


def rule_year(s: str, base: date | None, tense: str) -> Any:
    m = YEAR_RE.match(s)
    if not m:
        return None
    d = make(int(m["year"]))
    return Point(d, "year") if d else None


def rule_spelled_year(s: str, base: date | None, tense: str) -> Any:
    """Years said aloud, as broadcast transcripts write them: "nineteen ninety-six"."""
    m = SPELLED_YEAR_RE.match(s)
    if not m:
        return None
    if m["century"]:
        rest = spelled_number(m["rest"])
        if rest is None or (not m["rest"] and not m["hundred"]):
            return None
        century = TEEN_WORDS.get(m["century"]) or TENS_WORDS[m["century"]]
        year = century * 100 + rest
    else:
        rest = spelled_number(m["rest2"])
        if rest is None:
            return None
        year = 2000 + rest
    d = make(year)
    return Point(d, "year") if d else None


def rule_holiday(s: str, base: date | None, tense: str) -> Any:
    m = HOLIDAY_RE.match(s)
    if not m:
        return None
    name = m["name"]
    if m["year"]:
        d = holiday(name, int(m["year"]))
        return Point(d, "day") if d else None
    if base is None:
        return NEEDS_BASE
    candidates = [d for d in (holiday(name, base.year + k) for k in (-1, 0, 1)) if d is not None]
    rel = m["rel"]
    if rel in ("last", "this past"):
        candidates = [d for d in candidates if d < base]
        found = max(candidates, default=None)
    elif rel in ("next", "this coming"):
        candidates = [d for d in candidates if d > base]
        found = min(candidates, default=None)
    elif rel == "this":
        found = holiday(name, base.year)
    else:
        found = nearest(candidates, base, tense)
    return Point(found, "day") if found else None
