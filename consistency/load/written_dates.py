"""Publication dates written out with the month named ("May 14, 2023", "Sun, 14 May 2023 09:30:00 +0000")."""

from __future__ import annotations

import re
from datetime import date
from email.utils import parsedate_tz

from ..facets.lexicon.en.calendar import MONTHS, WEEKDAYS

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
WRITTEN_DATE = re.compile(
    rf"^(?:(?P<weekday>{_WEEKDAY})\.?,?\s+)?(?:(?P<month>{_MONTH})\.?\s+{_DAY},?\s+{_YEAR}"
    rf"|{_DAY.replace('day>', 'day2>')}\s+(?:of\s+)?(?P<month2>{_MONTH})\.?,?\s+{_YEAR.replace('year>', 'year2>')})\b",
    re.IGNORECASE,
)

LEADING_WEEKDAY = re.compile(rf"(?i)({_WEEKDAY})\b")


def written_date(value: str) -> date | None:
    """The date a written-out publication date names, or None when it names none, could be read two ways or names
    a weekday that is not its day's."""
    text = value.strip()
    found = _named_date(text)
    named_day = LEADING_WEEKDAY.match(text)
    if found is None or (named_day and WEEKDAYS[named_day[1].lower()] != found.weekday()):
        return None
    return found


def _named_date(text: str) -> date | None:
    m = WRITTEN_DATE.match(text)
    if m:
        month = MONTHS[(m["month"] or m["month2"]).lower()]
        day, year = int(m["day"] or m["day2"]), int(m["year"] or m["year2"])
        try:
            return date(year, month, day)
        except (ValueError, OverflowError):
            return None
    parsed = parsedate_tz(text) if re.search(rf"(?i)\b(?:{_MONTH})\b", text) else None
    if parsed:
        try:
            return date(parsed[0], parsed[1], parsed[2])
        except (ValueError, OverflowError):
            return None
    return None
