"""Calendar words: weekday and month names with their abbreviations."""

WEEKDAYS: dict[str, int] = {
    "monday": 0, "mon": 0,
    "tuesday": 1, "tue": 1, "tues": 1,
    "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3,
    "friday": 4, "fri": 4,
    "saturday": 5, "sat": 5,
    "sunday": 6, "sun": 6,
}  # fmt: skip
"""Weekday names and abbreviations, Monday = 0 as in `date.weekday()`."""

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1,
    "february": 2, "feb": 2,
    "march": 3, "mar": 3,
    "april": 4, "apr": 4,
    "may": 5,
    "june": 6, "jun": 6,
    "july": 7, "jul": 7,
    "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
"""Month names and abbreviations, January = 1."""

FULL_WEEKDAYS: tuple[str, ...] = tuple(name for name in WEEKDAYS if len(name) > 5)
MONTH_ABBREVIATIONS: frozenset[str] = frozenset(name for name in MONTHS if len(name) <= 4 and name not in ("may", "june", "july"))
"""jan, feb, mar, apr, jun, jul, aug, sep, sept, oct, nov, dec."""
