"""Resolution rules for expressions counted from the publication date: "Wednesday", "last month", "two weeks ago".

Same signature as the rules of `absolute`: a `Point`, None, or `NEEDS_BASE` without a publication date.
"""

from __future__ import annotations

from calendar import monthrange
from datetime import date, timedelta
from typing import Any

from ..lexicon.en.calendar import QUARTER_ORDINALS, RELATIVE_DAYS, SEASONS
from .patterns import AGO_RE, QUARTER_RE, RELATIVE_UNIT_RE, SEASON_RE, WEEKDAY_RE
from .points import (
    NEEDS_BASE, Point, add_months, in_range, make, number, period_year, weekday_near, weekday_number, weekend, year_word,
)  # fmt: skip


def rule_weekday(s: str, base: date | None, tense: str) -> Any:
    m = WEEKDAY_RE.match(s)
    if not m:
        return None
    weekday = weekday_number(m["wd"])
    if weekday is None:
        return None
    if base is None:
        return NEEDS_BASE
    return Point(weekday_near(weekday, base, tense, m["rel"]), "day")


def rule_relative_day(s: str, base: date | None, tense: str) -> Any:
    key = s[4:] if s.startswith("the ") else s
    if key not in RELATIVE_DAYS:
        return None
    if base is None:
        return NEEDS_BASE
    return Point(base + timedelta(days=RELATIVE_DAYS[key]), "day")


def rule_relative_unit(s: str, base: date | None, tense: str) -> Any:
    """"this week", "last month", "next year", "this weekend"."""
    m = RELATIVE_UNIT_RE.match(s)
    if not m:
        return None
    if base is None:
        return NEEDS_BASE
    rel, unit = m["rel"], m["unit"]
    step = {"last": -1, "previous": -1, "this past": -1, "next": 1, "coming": 1, "this coming": 1}.get(rel, 0)
    if unit == "week":
        return Point(base + timedelta(weeks=step), "week")
    if unit == "month":
        return Point(add_months(base, step), "month")
    if unit == "year":
        d = make(base.year + step)
        return Point(d, "year") if d else None
    return weekend(base, tense, step)


def rule_bare_weekend(s: str, base: date | None, tense: str) -> Any:
    if s != "weekend":
        return None
    if base is None:
        return NEEDS_BASE
    return weekend(base, tense, 0)


DAYS_IN = {"day": 1, "week": 7, "fortnight": 14}
MONTHS_IN = {"month": 1, "year": 12, "decade": 120}


def rule_ago(s: str, base: date | None, tense: str) -> Any:
    """"two weeks ago", "a year ago", "three days from now"; "a week ago today" (or "yesterday") is that day."""
    m = AGO_RE.match(s)
    if not m:
        return None
    n = number(m["n"])
    if n is None:
        return None
    if base is None:
        return NEEDS_BASE
    sign = -1 if m["dir"] == "ago" else 1
    unit = m["unit"].rstrip("s")
    if m["day"] and sign < 0:  # the page's day (or the day before it), that long before
        day = base - timedelta(days=1) if m["day"] == "yesterday" else base
        try:
            if unit in MONTHS_IN:  # add_months gives the month; the day of the month is kept
                month = add_months(day, -int(n * MONTHS_IN[unit]))
                day = month.replace(day=min(day.day, monthrange(month.year, month.month)[1]))
            else:
                day = day - timedelta(days=n * DAYS_IN[unit])
        except (OverflowError, ValueError):
            return None
        return Point(day, "day") if in_range(day.year) else None
    try:
        if unit in DAYS_IN:
            return Point(base + timedelta(days=sign * n * DAYS_IN[unit]), "day" if unit == "day" else "week")
        if unit == "month":
            d = add_months(base, sign * n)
            return Point(d, "month") if in_range(d.year) else None
    except (OverflowError, ValueError):
        return None
    years = n * (10 if unit == "decade" else 1)
    d = make(base.year + sign * years)
    return Point(d, "year") if d else None


def rule_quarter(s: str, base: date | None, tense: str) -> Any:
    """A quarter is kept at year precision: "the third quarter of 2016" → 2016 (true, if coarse)."""
    m = QUARTER_RE.match(s)
    if not m:
        return None
    quarter = int(m["qn"]) if m["qn"] else QUARTER_ORDINALS[m["q"]]
    year_text = m["y1"] or m["y2"] or m["y3"]
    if year_text:
        d = make(int(year_text))
        return Point(d, "year") if d else None
    yrel = m["yrel"] or m["yrel2"]
    if yrel:
        year = year_word(yrel, base)
        if year is NEEDS_BASE:
            return NEEDS_BASE
        d = make(int(year))  # type: ignore[arg-type]
        return Point(d, "year") if d else None
    if base is None:
        return NEEDS_BASE
    first, last = 3 * quarter - 2, 3 * quarter
    return Point(period_year(first, last, base, tense, m["rel"]), "year")


def rule_season(s: str, base: date | None, tense: str) -> Any:
    """A season is kept at year precision; winter straddles two years and is left unresolved."""
    m = SEASON_RE.match(s)
    if not m:
        return None
    season = m["season"] or m["season2"]
    year_text = m["year"] or m["year2"]
    if season == "winter":
        return None
    if year_text:
        d = make(int(year_text))
        return Point(d, "year") if d else None
    if base is None:
        return NEEDS_BASE
    first, last = SEASONS[season]
    return Point(period_year(first, last, base, tense, m["rel"]), "year")
