"""The scanner for dates spaCy's NER misses in running text ("Mar 2" tagged PERSON, weekdays, years after "in")."""

from __future__ import annotations

import re

from ..lexicon.en.calendar import FULL_MONTHS, WEEKDAYS
from .patterns import (
    DAY_PATTERN, HOLIDAY_DAY_PATTERN, MONTH_PATTERN, NUMBER_PATTERN, PART_PATTERN, UNIT_PATTERN, YEAR_PATTERN,
    ZONE_PATTERN, alternation,
)  # fmt: skip

#: In running text a weekday is a full name or an abbreviation with its full stop ("Sat" is a verb).
WEEKDAY_SCAN_PATTERN = (
    rf"(?:{alternation(w for w in WEEKDAYS if len(w) > 4)}"
    rf"|(?:{alternation(w for w in WEEKDAYS if len(w) <= 4)})\.)"
)
#: A day in running text: "8", "8th", "eighth", not the "second" of "second-quarter".
DAY_SCAN_PATTERN = rf"{DAY_PATTERN}(?![\w]|-[a-z])"
DIGIT_DAY_SCAN_PATTERN = r"(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?"

# The scanner runs on the original text, case-insensitively, and each hit is checked.
_SCAN_PARTS = (
    # month day [, year], with an optional weekday before: "Thursday, Mar 2", "Feb. 8, 2017"
    rf"(?:{WEEKDAY_SCAN_PATTERN}\s*,?\s*)?{MONTH_PATTERN}\s+{DAY_SCAN_PATTERN}(?:\s*,?\s*{YEAR_PATTERN}\b)?",
    # day month [year]: "2 March 2017"
    rf"\b{DIGIT_DAY_SCAN_PATTERN}\s+(?:of\s+)?{MONTH_PATTERN}(?![a-z])(?:\s*,?\s*{YEAR_PATTERN}\b)?",
    # month year: "September 2016"
    rf"{MONTH_PATTERN}\s*,?\s+{YEAR_PATTERN}\b",
    # clock time with a day: "10 p.m. Wednesday"
    r"[0-9]{1,2}(?:[:.][0-5][0-9])?\s*[ap]\.?\s?m\.?(?:\s+(?:[ecmp][sd]t|gmt|utc|local time))?"
    r"\s*(?:,\s*|on\s+)?"
    rf"(?:{WEEKDAY_SCAN_PATTERN}|today|yesterday|tomorrow|tonight)",
    # a clock time on its own, with its zone: "9:07 a.m. local time", "6:53pm", "00:03 GMT", "0315 hours"
    rf"[0-9]{{1,2}}(?:[:.][0-5][0-9])?\s*[ap]\.?\s?m\b\.?(?:\s*\(?{ZONE_PATTERN}\b\)?)?",
    rf"(?:[01]?[0-9]|2[0-3]):[0-5][0-9]\s*\(?{ZONE_PATTERN}\b\)?",
    # a 24-hour clock time after "at": "at 15:40"
    r"(?<=\bat\s)(?:[01]?[0-9]|2[0-3]):[0-5][0-9](?![0-9:])",
    rf"(?:[01][0-9]|2[0-3])[0-5][0-9]\s*(?:hours|hrs)\b(?:\s*\(?{ZONE_PATTERN}\b\)?)?",
    r"(?:[01][0-9]|2[0-3])[0-5][0-9]\s*(?:gmt|utc)\b",  # wire copy's "1542 GMT"
    # weekday with an optional relative word and part of day
    # "late on Saturday" is late Saturday
    rf"(?:(?:last|next|this|early|late)\s+|(?:early|late)\s+on\s+)?{WEEKDAY_SCAN_PATTERN}(?![a-z])(?:\s+{PART_PATTERN}\b)?",
    # day words
    rf"(?:(?:early|late|earlier|later)\s+)?(?:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|"
    rf"yesterday|today|tomorrow|tonight)(?:\s+{PART_PATTERN}\b)?",
    rf"(?:last|this)\s+(?:morning|afternoon|evening|night)\b",
    rf"(?:(?:earlier|later|early|late)\s+)?(?:this|last|next|this\s+past)\s+(?:week(?:end)?|month|year)\b",
    # "a week ago today" is that day ("today's" is no day)
    rf"{NUMBER_PATTERN}\s+{UNIT_PATTERN}\s+ago(?:\s+(?:today|yesterday)(?![\'\u2019]s))?\b",
    # a holiday named as a day, which the tagger may take for an event: "on New Year's Day", "on Christmas Eve"
    rf"(?<=\bon\s){HOLIDAY_DAY_PATTERN}\b",
)
SCAN_RE = re.compile(r"(?<![\w-])(?:" + "|".join(_SCAN_PARTS) + r")", re.IGNORECASE)
#: A year or a month standing alone counts only after one of these words: "in 2016", "since May".
CUED_SCAN_RE = re.compile(
    r"\b(?:in|since|by|until|till|through|from|during|before|after|to|of|early|late|mid|"
    r"last|next|this|between|and|as|around|circa|fiscal|year)[\s-]+"
    r"(?P<target>(?:1[89][0-9]{2}|20[0-9]{2})(?![0-9%,.]?[0-9])(?![-/][0-9])"
    rf"|{alternation(FULL_MONTHS)})\b",
    re.IGNORECASE,
)

#: The two scanners matching case-sensitively, for lower-cased text (see `spans_ignoring_case`).
SCAN_LOWER_RE = re.compile(SCAN_RE.pattern)
CUED_SCAN_LOWER_RE = re.compile(CUED_SCAN_RE.pattern)
#: Typographic marks common in news text, which have no case (deleted to test for the rest).
_WITHOUT_CASELESS_MARKS = str.maketrans("", "", "\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u00a0")


def spans_ignoring_case(
    pattern: re.Pattern[str], lower_pattern: re.Pattern[str], text: str, group: int | str = 0
) -> list[tuple[int, int]]:
    """The span of `group` in each match of `pattern` (case-insensitive, written in lower case) in `text`.

    Python's regex engine is several times slower ignoring case, so a text of ASCII and caseless
    marks is lower-cased and matched with `lower_pattern` (the same pattern, case-sensitive)
    instead: offsets stay the same and so do the matches, as the pattern has no capitals. Other
    text is matched as it is (Unicode case rules go beyond `str.lower`: "ſ" matches "s").
    """
    if text.isascii() or text.translate(_WITHOUT_CASELESS_MARKS).isascii():
        return [m.span(group) for m in lower_pattern.finditer(text.lower())]
    return [m.span(group) for m in pattern.finditer(text)]


def scan(text: str) -> list[tuple[int, int, bool]]:
    """Every scanner hit as (start, end, cued): cued hits are a year or month known only by the word before it."""
    hits = [(start, end, False) for start, end in spans_ignoring_case(SCAN_RE, SCAN_LOWER_RE, text)]
    hits += [(start, end, True)
             for start, end in spans_ignoring_case(CUED_SCAN_RE, CUED_SCAN_LOWER_RE, text, "target")]
    return hits
