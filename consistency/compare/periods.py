"""The days a date value covers: a day, a week, a month or a year, or the part of one its words name."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from ..core.values.dates import DateValue
from ..facets.lexicon.en.calendar import MONTH_PARTS, YEAR_PARTS

YEAR_PART_RE = re.compile(r"(?i)\b(?:" + "|".join(sorted(YEAR_PARTS, key=len, reverse=True)).replace(" ", "[ -]") + r")\b")
FISCAL_RE = re.compile(r"(?i)\b(?:fiscal|financial)\b")
MONTH_PART_RE = re.compile(r"(?i)\b(early|beginning|start|mid|middle|late|end)\b")


def closed_interval(value: DateValue) -> tuple[date, date] | None:
    """The first and last day a resolved date value covers (a week, the part of a year or month its words name), or
    None when it is not resolved."""
    iso, precision = value.value, value.precision
    if not value.resolved or not isinstance(iso, str):
        return None
    try:
        if precision == "week" or "-W" in iso:
            year, week = iso.split("-W")
            first = date.fromisocalendar(int(year), int(week), 1)
            return first, first + timedelta(days=6)
        fields = [int(x) for x in iso.split("-")]
        if len(fields) == 1:
            return _part_of_year(fields[0], str(value.expression or ""))
        if len(fields) == 2:
            return _part_of_month(fields[0], fields[1], str(value.expression or ""))
        day = date(fields[0], fields[1], fields[2])
        return day, day
    except (ValueError, TypeError):
        return None


def _part_of_year(year: int, expression: str) -> tuple[date, date]:
    """A year, or the half or quarter of it its words name ("the second half of 2026", "Q3 2025"); a company's fiscal
    year keeps its whole span (it need not start in January)."""
    match = YEAR_PART_RE.search(expression)
    if match is None or FISCAL_RE.search(expression):
        return date(year, 1, 1), date(year, 12, 31)
    first, last = YEAR_PARTS[match.group(0).lower().replace("-", " ").replace("  ", " ")]
    return date(year, first, 1), date(year, last, calendar.monthrange(year, last)[1])


def _part_of_month(year: int, month: int, expression: str) -> tuple[date, date]:
    """A month, or its early, middle or late part ("early December" is not "19 December"); the parts overlap, as
    writers' use of them does."""
    last = calendar.monthrange(year, month)[1]
    match = MONTH_PART_RE.search(expression)
    first_day, last_day = MONTH_PARTS[match.group(1).lower()] if match else (1, last)
    return date(year, month, first_day), date(year, month, min(last_day, last))
