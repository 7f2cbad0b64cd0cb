"""Calendar arithmetic for the resolution rules: resolved points, their ISO form, nearest dates, holidays."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any, NamedTuple

from ..lexicon.en.calendar import (
    COUNT_WORDS, EASTER_HOLIDAYS, FIXED_HOLIDAYS, MONTHS, NTH_WEEKDAY_HOLIDAYS, ORDINAL_DAYS, PART_START_HOURS,
    TEEN_WORDS, TENS_WORDS, UNIT_WORDS, WEEKDAYS,
)  # fmt: skip
from .patterns import ORDINAL_ENDING_RE, SPACE_OR_HYPHEN_RE, YEAR_MAX, YEAR_MIN


class Point(NamedTuple):
    """A resolved point: the first day of the period and its precision."""

    day: date
    precision: str


NEEDS_BASE = object()  # a relative expression met without a publication date


def add_months(d: date, months: int) -> date:
    index = d.year * 12 + (d.month - 1) + months
    year, month = divmod(index, 12)
    return date(year, month + 1, 1)


def in_range(year: int) -> bool:
    return YEAR_MIN <= year <= YEAR_MAX


def make(year: int, month: int = 1, day: int = 1) -> date | None:
    if not in_range(year):
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def published_date(value: Any) -> date | None:
    """The publication date as a date: a date, a datetime, an ISO string, or None."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return None


def iso(point: Point) -> str:
    d, precision = point.day, point.precision
    if precision == "year":
        return f"{d.year:04d}"
    if precision == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if precision == "week":
        iso_week = d.isocalendar()
        return f"{iso_week[0]:04d}-W{iso_week[1]:02d}"
    return d.isoformat()


def part_from_hour(hour: int) -> str:
    """The part of the day a clock hour falls in; the small hours are "early" that day ("3:32 a.m. Monday" meets
    "Sunday night" across midnight, not "Monday night")."""
    part = "early"
    for start, name in PART_START_HOURS:
        if hour >= start:
            part = name
    return part


def number(word: str) -> int | None:
    word = word.strip()
    if word.isdigit():
        return int(word)
    return COUNT_WORDS.get(word)


def month_number(word: str) -> int | None:
    return MONTHS.get(word.rstrip(".").lower())


def weekday_number(word: str) -> int | None:
    return WEEKDAYS.get(word.rstrip(".").lower())


def day_number(word: str) -> int:
    if word in ORDINAL_DAYS:
        return ORDINAL_DAYS[word]
    return int(ORDINAL_ENDING_RE.sub("", word))


def spelled_number(words: str | None) -> int | None:
    """0-99 from words: "ninety-six", "seventy nine", "eleven"; None when not a number."""
    if not words:
        return 0
    parts = SPACE_OR_HYPHEN_RE.split(words)
    if len(parts) == 1:
        w = parts[0]
        return UNIT_WORDS.get(w) or TEEN_WORDS.get(w) or TENS_WORDS.get(w)
    if len(parts) == 2 and parts[0] in TENS_WORDS and parts[1] in UNIT_WORDS:
        return TENS_WORDS[parts[0]] + UNIT_WORDS[parts[1]]
    return None


def month_near(month: int, base: date, tense: str, *, strict: bool = False) -> date:
    """The month `month` nearest the base in the tense's direction (past includes the base month)."""
    if tense == "future":
        year = base.year if (month > base.month or (month == base.month and not strict)) else base.year + 1
    else:
        year = base.year if (month < base.month or (month == base.month and not strict)) else base.year - 1
    return date(year, month, 1)


def weekday_near(weekday: int, base: date, tense: str, rel: str | None) -> date:
    if rel in ("last", "past", "this past"):
        delta = (base.weekday() - weekday) % 7 or 7
        return base - timedelta(days=delta)
    if rel in ("next", "coming", "this coming"):
        delta = (weekday - base.weekday()) % 7 or 7
        return base + timedelta(days=delta)
    ahead, back = (weekday - base.weekday()) % 7, (base.weekday() - weekday) % 7
    if tense == "future" or (tense == "now" and ahead < back):  # "will meet on Sunday" in a Sunday page: that day
        return base + timedelta(days=ahead)
    return base - timedelta(days=back)


def year_word(rel: str | None, base: date | None) -> int | None | object:
    if rel is None:
        return None
    if base is None:
        return NEEDS_BASE
    return base.year + {"last": -1, "this": 0, "next": 1}[rel]


def nearest(candidates: list[date], base: date, tense: str) -> date | None:
    """Pick among yearly candidates: past tense the latest on or before the base, future the
    earliest on or after it, present (tense unknown) the one nearest the base."""
    if not candidates:
        return None
    before = [d for d in candidates if d <= base]
    after = [d for d in candidates if d >= base]
    if tense == "past" and before:
        return max(before)
    if tense == "future" and after:
        return min(after)
    return min(candidates, key=lambda d: (abs((d - base).days), d > base))


def period_year(first: int, last: int, base: date, tense: str, rel: str | None) -> date:
    """The year of a recurring period of months (a quarter, a season) relative to the base."""
    begun = base.month >= first  # this year's period has started
    ended = base.month > last  # this year's period is over
    if rel in ("last", "past", "this past"):
        year = base.year if ended else base.year - 1
    elif rel in ("next", "coming"):
        year = base.year if not begun else base.year + 1
    elif rel in ("this", "current"):
        year = base.year
    elif tense == "future":
        year = base.year if not ended else base.year + 1
    else:
        year = base.year if begun else base.year - 1
    return date(year, 1, 1)


def weekend(base: date, tense: str, step: int) -> Point:
    """The ISO week of a weekend: by default the latest one begun (past) or the next one (future)."""
    saturday = base - timedelta(days=(base.weekday() - 5) % 7)  # this or the latest Saturday
    in_weekend = base.weekday() >= 5
    if step < 0:
        if in_weekend:
            saturday -= timedelta(days=7)
    elif step > 0 or (tense in ("future", "now") and not in_weekend):
        saturday += timedelta(days=7)
    return Point(saturday, "week")


def easter(year: int) -> date:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return date(year, month, day + 1)


def holiday(name: str, year: int) -> date | None:
    if not in_range(year):
        return None
    if name in FIXED_HOLIDAYS:
        return make(year, *FIXED_HOLIDAYS[name])
    if name in EASTER_HOLIDAYS:
        return easter(year) + timedelta(days=EASTER_HOLIDAYS[name])
    if name in NTH_WEEKDAY_HOLIDAYS:
        month, weekday, nth = NTH_WEEKDAY_HOLIDAYS[name]
        if nth > 0:
            first = date(year, month, 1)
            return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
        last = add_months(date(year, month, 1), 1) - timedelta(days=1)
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    return None
