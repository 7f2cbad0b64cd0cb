"""One expression to a `DateValue`: a clock time and a part of the day split off, the day phrase resolved by the rules."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from ...core.values import ABSENT
from ...core.values.dates import DateValue
from ..lexicon.en.calendar import CLOCK_HEDGES, DAY_PARTS, EDGE_PARTS, LEADING_WORDS, LOCAL_TIME_WORDS, NARROWING_WORDS
from .absolute import rule_absolute, rule_holiday, rule_month, rule_spelled_year, rule_year
from .cleaning import clean, strip_words
from .fallback import rule_dateparser
from .patterns import (
    AGE_RE, CLOCK_HEDGE_RE, CLOCK_RE, DAY_LIST_RE, DAY_YEAR_RE, DECADE_RE, DURATION_ANCHOR_RE, DURATION_RE, EDGE_OF_DAY_RE,
    ENDS_WITH_THIS_RE, FILLER_RE, PART_RE, SPACES_RE, SPELLED_YEAR_TAIL_RE, TIMEZONE_RE, VAGUE_RE, WEEK_OF_RE, WRITTEN_YEAR_RE,
)  # fmt: skip
from .points import NEEDS_BASE, Point, in_range, iso, number, part_from_hour, published_date
from .relative import (
    rule_ago, rule_bare_weekend, rule_quarter, rule_relative_day, rule_relative_unit, rule_season, rule_weekday,
)  # fmt: skip
from .tense import tense_from_text

#: The rules in the order they are tried; the first that recognises the form answers.
RULES = (
    rule_relative_day,
    rule_weekday,
    rule_absolute,
    rule_month,
    rule_year,
    rule_relative_unit,
    rule_bare_weekend,
    rule_ago,
    rule_quarter,
    rule_season,
    rule_holiday,
    rule_spelled_year,
)


def _rule_week_of(s: str, base: date | None, tense: str) -> Any:
    m = WEEK_OF_RE.match(s)
    if not m:
        return None
    inner = resolve_day_phrase(m["rest"], base, tense)
    if isinstance(inner, Point) and inner.precision == "day":
        return Point(inner.day, "week")
    return inner if inner is NEEDS_BASE else None


def resolve_day_phrase(s: str, base: date | None, tense: str) -> Any:
    """A `Point`, `NEEDS_BASE` or None for a phrase naming a day or a period, with no clock time in it."""
    s = s.strip(" ,")
    s = strip_words(s, LEADING_WORDS)
    s = strip_words(s, NARROWING_WORDS)
    s = strip_words(s, LEADING_WORDS)
    if not s or VAGUE_RE.match(s) or DECADE_RE.search(s) or DAY_YEAR_RE.match(s) or DAY_LIST_RE.search(s):
        return None
    spelled = SPELLED_YEAR_TAIL_RE.match(s)
    if spelled:  # "January nineteen ninety-seven" → "january 1997"
        year = rule_spelled_year(spelled["year"], base, tense)
        if isinstance(year, Point):
            s = f"{spelled['head']} {year.day.year}"
    for rule in (*RULES, _rule_week_of):
        found = rule(s, base, tense)
        if found is not None:
            return found
    return rule_dateparser(s, base, tense)


def _is_relative(s: str) -> bool:
    """Whether the expression needs the publication date (no explicit year written in it)."""
    return WRITTEN_YEAR_RE.search(s) is None


def date_value(expression: str, published: date | None, tense: str) -> DateValue | None:
    """Normalise one expression: split off a clock time and a part of the day, then resolve the
    day phrase left by the rules. None when it is not a point in time."""
    s = clean(expression)
    if not s or len(s) > 200:
        return None
    if AGE_RE.search(s):
        return None
    clock = CLOCK_RE.search(s)
    if DURATION_RE.search(s) and not DURATION_ANCHOR_RE.search(s) and not (clock and clock["military"]):
        return None
    part: str | None = None
    kind = "DATE"
    rest = s
    time_of_day: dict[str, str] = {}
    if clock:
        kind = "TIME"
        hour = clock["hour"] or clock["hour24"] or clock["military"] or clock["oclock"]
        hour_n = number(hour) if hour else None
        if hour_n is not None and hour_n <= 24:
            if clock["ampm"]:
                hour_n = hour_n % 12 + (12 if clock["ampm"].startswith("p") else 0)
            part = part_from_hour(hour_n % 24)
        before = rest[: clock.start()]
        hedge = CLOCK_HEDGE_RE.search(before)
        rest = ((before[: hedge.start()] if hedge else before) + " " + rest[clock.end() :]).strip()
        zone = TIMEZONE_RE.search(rest)
        time_of_day = _time_of_day(clock, hour_n, zone["zone"] if zone else None, hedge)
    rest = TIMEZONE_RE.sub(" ", rest)
    part_match = PART_RE.search(rest)
    day_offset = 0
    if part_match:
        kind = "TIME"
        word = part_match["part"]
        part = DAY_PARTS[word]
        before, after = rest[: part_match.start()].strip(), rest[part_match.end() :].strip()
        if word == "tonight":
            before = (before + " today").strip()
        elif word == "overnight" and not before and not after:
            before, day_offset = "today", -1
        if before.endswith("last") and word in ("night", "evening") and not after:
            before, day_offset = before[: -len("last")].strip() + " yesterday", 0
        elif ENDS_WITH_THIS_RE.search(before) and not after:
            before = before[: -len("this")].strip() + " today"
        rest = (before + " " + after).strip()
    edge = EDGE_OF_DAY_RE.match(rest) if part is None and not clock else None
    if edge:
        kind, part = "TIME", EDGE_PARTS[edge["edge"]]
    rest = SPACES_RE.sub(" ", FILLER_RE.sub(" ", rest)).strip(" ,")
    if not rest or strip_words(rest, LEADING_WORDS + NARROWING_WORDS) in ("", "the", "a", "early", "late", "mid"):
        if not clock:
            return None  # "the morning", "night": no day, no clock, nothing to place
        return _value(expression, None, part, True, False, tense, kind, "the day is not stated", time_of_day)
    try:
        found = resolve_day_phrase(rest, published, tense)
        if isinstance(found, Point) and day_offset:
            found = Point(found.day + timedelta(days=day_offset), found.precision)
    except (OverflowError, ValueError):  # arithmetic past year 9999 or before year 1
        return None
    if found is NEEDS_BASE:
        return _value(expression, None, part, True, False, tense, kind, "no publication date", time_of_day)
    if not isinstance(found, Point):
        return None
    if not in_range(found.day.year) or not in_range(int(iso(found)[:4])):
        return None  # (an ISO week can belong to the year before its Monday's calendar year)
    relative = _is_relative(rest)
    if found.precision != "day":
        part = None
    return _value(expression, found, part, relative, True, tense, kind, None, time_of_day)


def _time_of_day(clock: Any, hour: int | None, zone: str | None, hedge: Any) -> dict[str, str]:
    """The clock time as "HH:MM" with its zone and hedge, when the words fix the hour: a.m./p.m., a 24-hour
    form ("00:03", "18:40", "0315 hours") or a zone; "9:07" alone could be morning or evening."""
    if hour is None or hour > 23 or clock["oclock"]:
        return {}
    minute = clock["minute"] or clock["minute24"] or clock["minute_mil"] or "00"
    hour24 = clock["hour24"] or ""
    if not (clock["ampm"] or clock["military"] or zone or hour > 12 or hour24.startswith("0")):
        return {}
    out = {"clock": f"{hour:02d}:{int(minute):02d}"}
    if zone:
        out["zone"] = "local" if zone in LOCAL_TIME_WORDS else zone.upper()
    if hedge:
        out["approx"] = CLOCK_HEDGES[hedge["hedge"]]
    return out


def _value(
    expression: str,
    point: Point | None,
    part: str | None,
    relative: bool,
    resolved: bool,
    tense: str,
    kind: str,
    reason: str | None,
    time_of_day: dict[str, str] | None = None,
) -> DateValue:
    return DateValue(
        value=iso(point) if point else None,
        precision=point.precision if point else "day",
        part=part,
        relative=relative,
        resolved=resolved,
        tense="present" if tense == "now" else tense,  # "now" only chose which day; the verb is a present
        type=kind,
        expression=expression,
        reason=reason or ABSENT,
        **(time_of_day or {}),
    )


def normalise(expression: str, published: date | None, *, sentence: str = "") -> DateValue | None:
    """The value of one expression as written, or None when it is not a point in time.

    Args:
        expression: the words of the expression, e.g. "on Wednesday night", "Feb. 8".
        published: the article's publication date; relative expressions need it.
        sentence: the sentence around the expression, used to guess its tense.

    Returns:
        A `DateValue` (with a `reason` when unresolved), or None for durations, ages, vague
        references ("now", "recently") and anything that is not a date.
    """
    if not isinstance(expression, str):
        return None
    base = published_date(published)
    tense = tense_from_text(sentence, expression) if sentence else "present"
    return date_value(expression, base, tense)
