"""Regular expressions that read one date expression; all apply to cleaned, lower-cased text."""

from __future__ import annotations

import re
from typing import Iterable

from ..lexicon.en.calendar import (
    CLOCK_HEDGES, COUNT_WORDS, DAY_PARTS, EASTER_HOLIDAYS, EDGE_PARTS, FIXED_HOLIDAYS, LOCAL_TIME_WORDS, MONTHS,
    NTH_WEEKDAY_HOLIDAYS, ORDINAL_DAYS, TIME_ZONES, WEEKDAYS,
)  # fmt: skip


def alternation(words: Iterable[str]) -> str:
    """A regex alternative of the words, longest first so that none hides a longer one."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _names_pattern(names) -> str:
    """Full names as written; abbreviations with an optional full stop ("Sept.", "Wed.")."""
    full = [n for n in names if len(n) > 4 or n in ("may", "june", "july")]
    short = [n for n in names if n not in full]
    return rf"(?:{alternation(full)}|(?:{alternation(short)})\.?)"


YEAR_MIN, YEAR_MAX = 1000, 2200

MONTH_PATTERN = _names_pattern(MONTHS)
WEEKDAY_PATTERN = _names_pattern(WEEKDAYS)
DAY_PATTERN = rf"(?:(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?|{alternation(ORDINAL_DAYS)})"
YEAR_PATTERN = r"(?:1[0-9]{3}|2[0-1][0-9]{2})"
NUMBER_PATTERN = rf"(?:[0-9]{{1,4}}|{alternation(COUNT_WORDS)})"
UNIT_PATTERN = r"(?:day|week|fortnight|month|year|decade)s?"
PART_PATTERN = rf"(?:{alternation(DAY_PARTS)})"

#: A clock time: "10 p.m.", "7:15 pm", "22:00", "0315 hours"; "noon" is a part word, not a clock.
CLOCK_RE = re.compile(
    r"\b(?P<hour>[0-9]{1,2})(?:[:.](?P<minute>[0-5][0-9]))?\s*(?P<ampm>a\.?\s?m\b\.?|p\.?\s?m\b\.?)"
    r"|\b(?P<hour24>[01]?[0-9]|2[0-3]):(?P<minute24>[0-5][0-9])\b"
    r"|\b(?P<military>[01][0-9]|2[0-3])(?P<minute_mil>[0-5][0-9])\s*(?:hours|hrs\b|(?=(?i:gmt|utc)\b))"  # "1542 GMT"
    r"|\b(?P<oclock>[0-9]{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"\s+o'?clock\b"
)
#: A time zone after a clock time, as an abbreviation ("gmt", "(kst)") or as "local time".
ZONE_PATTERN = rf"(?:{alternation((*TIME_ZONES, *LOCAL_TIME_WORDS))})"
TIMEZONE_RE = re.compile(rf"\(?\b(?P<zone>{ZONE_PATTERN})\b\)?")
#: A hedge at the end of the words before a clock time: "at around", "just after".
CLOCK_HEDGE_RE = re.compile(rf"\b(?P<hedge>{alternation(CLOCK_HEDGES)})\s+$")
PART_RE = re.compile(rf"\b(?P<part>{PART_PATTERN})\b")
AGE_RE = re.compile(
    r"\b[0-9]+\s*-?\s*(?:year|month|week|day)s?\s*-?\s*old\b|\baged?\s+[0-9]+|\b[0-9]+\s+years?\s+of\s+age\b"
    rf"|\b{NUMBER_PATTERN}[- ](?:year|month)s?[- ]old\b"
)
#: A quantity of time units with no anchor: a duration, never a point ("for three years").
DURATION_RE = re.compile(
    rf"\b(?:{NUMBER_PATTERN}|few|several|many|some|{alternation(('couple of', 'dozen'))})"
    rf"(?:\s+(?:more|and a half|full|whole))?\s+(?:{UNIT_PATTERN}|hours?|minutes?|seconds?|centur(?:y|ies))\b"
    r"|\b(?:hours|minutes|days|weeks|months|years|decades|centuries)\b"
)
DURATION_ANCHOR_RE = re.compile(r"\b(?:ago|from now|hence|before last|after next)\b")
DECADE_RE = re.compile(
    r"\b(?:[0-9]{2,3}0s|'[0-9]0s|twenties|thirties|forties|fifties|sixties|seventies|eighties|"
    r"nineties|centur(?:y|ies)|millenni)"
)
#: A day number and a year with no month ("6, 2023" cut from "March 3, 4 and 6, 2023"): the end of a
#: list of days, never a month.
DAY_YEAR_RE = re.compile(r"^[0-9]{1,2}(?:st|nd|rd|th)?,?\s+[0-9]{4}$")
#: Two day numbers a comma apart ("May 9, 11"): a list of days, not a day and a two-digit year.
DAY_LIST_RE = re.compile(r"\b[0-9]{1,2}(?:st|nd|rd|th)?\s*,\s*[0-9]{1,2}(?:st|nd|rd|th)?$")
VAGUE_RE = re.compile(
    r"^(?:now|right now|currently|current|present|at present|recently|recent|lately|soon|"
    r"the past|past|the future|future|these days|nowadays|once|formerly|previously|then|"
    r"the time|that time|the moment|at the moment|meanwhile|eventually|before|after|later|earlier)$"
)

ISO_RE = re.compile(r"^(?P<y>[0-9]{4})-(?P<m>[0-9]{1,2})(?:-(?P<d>[0-9]{1,2}))?$")
ISO_WEEK_RE = re.compile(r"^(?P<y>[0-9]{4})-?w(?P<w>[0-9]{1,2})$")
NUMERIC_DATE_RE = re.compile(r"^(?P<m>[0-9]{1,2})/(?P<d>[0-9]{1,2})/(?P<y>[0-9]{4}|[0-9]{2})$")
MONTH_DAY_RE = re.compile(
    rf"^(?:(?P<wd>{WEEKDAY_PATTERN})\s*,?\s*)?(?:the\s+)?(?P<month>{MONTH_PATTERN})"
    rf"\s*(?:the\s+)?(?P<day>{DAY_PATTERN})"
    rf"(?:\s*,?\s*(?P<year>{YEAR_PATTERN}))?$"
)
DAY_MONTH_RE = re.compile(
    rf"^(?:(?P<wd>{WEEKDAY_PATTERN})\s*,?\s*)?(?:the\s+)?(?P<day>{DAY_PATTERN})"
    rf"\s*(?:of\s+)?(?P<month>{MONTH_PATTERN})"
    rf"(?:\s*,?\s*(?P<year>{YEAR_PATTERN}))?$"
)
MONTH_YEAR_RE = re.compile(rf"^(?P<month>{MONTH_PATTERN})\s*,?\s*(?:of\s+)?(?P<year>{YEAR_PATTERN})$")
YEAR_RE = re.compile(
    r"^(?:the\s+)?(?:year\s+|calendar\s+year\s+|calendar\s+|fiscal\s+year\s+|fiscal\s+)?"
    rf"(?P<year>{YEAR_PATTERN})"
    r"(?:\s+(?:fiscal\s+)?year)?$"
)
SPELLED_YEAR_RE = re.compile(
    r"^(?:(?:the\s+)?year\s+)?"
    r"(?:(?P<century>eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)"
    r"(?:[\s-]+(?P<hundred>hundred)(?:\s+and)?)?(?:[\s-]+(?:oh[\s-]+)?(?P<rest>[a-z]+(?:[\s-][a-z]+)?))?"
    r"|two\s+thousand(?:\s+and)?(?:[\s-]+(?P<rest2>[a-z]+(?:[\s-][a-z]+)?))?)$"
)
MONTH_RE = re.compile(
    rf"^(?:(?P<rel>last|next|this|past|coming|this past|this coming)\s+)?(?P<month>{MONTH_PATTERN})"
    r"(?:\s*,?\s*(?:of\s+)?(?P<yrel>last|this|next)\s+year)?$"
)
EDGE_OF_DAY_RE = re.compile(rf"^(?:on\s+)?(?P<edge>{'|'.join(EDGE_PARTS)})\s+(?:on\s+)?(?={WEEKDAY_PATTERN}\b|today\b|yesterday\b)")
"""'early Saturday', 'late on Friday': the small hours or the night of a day, as news uses them."""
WEEKDAY_RE = re.compile(
    rf"^(?:(?P<rel>last|next|this|past|coming|this past|this coming)\s+)?(?P<wd>{WEEKDAY_PATTERN})$"
)
RELATIVE_UNIT_RE = re.compile(
    r"^(?P<rel>this|last|next|current|coming|previous|this past|this coming|present)\s+"
    r"(?P<unit>week|weekend|month|year)$"
)
AGO_RE = re.compile(
    rf"^(?:about\s+|some\s+|nearly\s+|almost\s+|around\s+|roughly\s+|more than\s+|just\s+|exactly\s+)?"
    rf"(?P<n>{NUMBER_PATTERN})\s+(?P<unit>{UNIT_PATTERN})\s+(?P<dir>ago|from now|hence)(?:\s+(?P<day>today|yesterday))?$"
)
QUARTER_RE = re.compile(
    r"^(?:(?P<yrel>last|this|next)\s+year'?s?\s+|(?P<rel>last|this|next|current|coming)\s+"
    rf"|(?P<y1>{YEAR_PATTERN})\s+)?"
    rf"(?:fiscal\s+)?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter"
    rf"(?:\s*(?:of\s+)?(?:(?P<y2>{YEAR_PATTERN})|(?:fiscal\s+)?(?P<yrel2>last|this|next)\s+year))?$"
    rf"|^q(?P<qn>[1-4])\s*(?:of\s+)?(?P<y3>{YEAR_PATTERN})?$"
)
SEASON_RE = re.compile(
    rf"^(?:(?P<rel>last|this|next|past|this past|coming)\s+)?(?P<season>spring|summer|fall|autumn|winter)"
    rf"(?:\s*(?:of\s+)?(?P<year>{YEAR_PATTERN}))?$"
    rf"|^(?P<year2>{YEAR_PATTERN})\s+(?P<season2>spring|summer|fall|autumn|winter)$"
)
HOLIDAY_RE = re.compile(
    r"^(?:(?P<rel>last|next|this|this past|this coming)\s+)?(?P<name>"
    + alternation({*FIXED_HOLIDAYS, *NTH_WEEKDAY_HOLIDAYS, *EASTER_HOLIDAYS})
    + rf")(?:\s*,?\s*(?P<year>{YEAR_PATTERN}))?$"
)
HOLIDAY_DAY_PATTERN = alternation(
    name for name in (*FIXED_HOLIDAYS, *NTH_WEEKDAY_HOLIDAYS, *EASTER_HOLIDAYS)
    if name.split()[-1] in ("day", "eve", "friday", "sunday", "monday")).replace("'", r"['\u2019]")
"""Holidays whose names say they are a day ("New Year's Day", "Good Friday"; either apostrophe), not a season
("Christmas"): what the scanner reads after "on"."""
SPELLED_YEAR_TAIL_RE = re.compile(
    rf"^(?P<head>.*\b{MONTH_PATTERN}(?:\s+{DAY_PATTERN})?)\s*,?\s+"
    r"(?P<year>(?:nineteen|eighteen|twenty|two thousand)\b.*)$"
)
WEEK_OF_RE = re.compile(r"^week\s+of\s+(?P<rest>.+)$")
#: Words left between a day and its clock time once the clock is taken out ("Wednesday at").
FILLER_RE = re.compile(r"(?:^|\s)(?:at|on|,)(?=\s|$)")
WRITTEN_YEAR_RE = re.compile(rf"\b{YEAR_PATTERN}\b")
FALLBACK_WORD_RE = re.compile(r"[a-z]+\.?|[0-9]+(?:st|nd|rd|th)?|[,./-]")
#: Words an unrecognised but harmless date may contain; only those go to dateparser.
ABSOLUTE_WORDS_RE = re.compile(
    rf"^(?:{MONTH_PATTERN}|{WEEKDAY_PATTERN}|[0-9]{{1,4}}(?:st|nd|rd|th)?|of|the|on|at|[,./-])$"
)
FALLBACK_TRIGGER_RE = re.compile(rf"\b(?:{MONTH_PATTERN})(?![a-z])|\b{YEAR_PATTERN}\b|[0-9]+[/.-][0-9]+")

#: Small patterns used in cleaning and splitting expressions.
SPACES_RE = re.compile(r"\s+")
SPACE_OR_HYPHEN_RE = re.compile(r"[\s-]+")
ORDINAL_ENDING_RE = re.compile(r"(?:st|nd|rd|th)$")
BRACKETS_AND_QUOTES_RE = re.compile(r"[()\[\]{}\"“”]")
POSSESSIVE_END_RE = re.compile(r"'s?$")
FULL_STOP_END_RE = re.compile(r"\.$")
AM_PM_END_RE = re.compile(r"[ap]\.?m\.$")
ENDS_WITH_THIS_RE = re.compile(r"(?:^|\s)this$")

WORD_RE = re.compile(r"[a-z]+")
FUTURE_IN_PAST_RE = re.compile(r"\bwould\b|\bwas to\b|\bwere to\b|\bwas due\b|\bwere due\b", re.IGNORECASE)
"""What a saying reported as still to come on the day it was said ("would be out", "was due"): counted from that day."""
