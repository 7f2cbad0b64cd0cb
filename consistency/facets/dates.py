"""The date facet: temporal expressions in a sentence, normalised against the publication date."""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Iterator, Mapping, NamedTuple

from ..core.types import Facet, FacetKind
from .lexicon.en.calendar import MONTHS, WEEKDAYS
from .nlp import ents_of, span_text, text_of

if TYPE_CHECKING:  # pragma: no cover
    from dateparser.date import DateDataParser
    from spacy.tokens import Doc, Span

# --------------------------------------------------------------------------------------------
# Word lists
# --------------------------------------------------------------------------------------------

#: Full month names; the only ones the scanner accepts without a day or year beside them.
FULL_MONTHS = frozenset(name for name in MONTHS if len(name) > 4 or name in ("may", "june", "july"))

#: Words naming a part of the day, mapped to the part recorded in the value.
DAY_PARTS: dict[str, str] = {
    "morning": "morning",
    "afternoon": "afternoon",
    "evening": "evening",
    "night": "night",
    "tonight": "night",
    "overnight": "night",
    "midnight": "night",
    "noon": "afternoon",
    "midday": "afternoon",
}

#: Parts of one day that can describe the same moment (late evening is night). Night and the
#: next day's morning meet across midnight; `dates_agree` handles that pair apart.
ADJACENT_PARTS = frozenset(
    {
        frozenset({"morning", "afternoon"}),
        frozenset({"afternoon", "evening"}),
        frozenset({"evening", "night"}),
    }
)

#: Clock hour (0-23) at which each part of the day begins.
PART_START_HOURS: tuple[tuple[int, str], ...] = (
    (5, "morning"),
    (12, "afternoon"),
    (17, "evening"),
    (21, "night"),
)

#: Words for the day relative to publication, as an offset in days.
RELATIVE_DAYS: dict[str, int] = {
    "today": 0,
    "tonight": 0,
    "yesterday": -1,
    "tomorrow": 1,
    "day before yesterday": -2,
    "day after tomorrow": 2,
}

NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "a hundred": 100, "a couple of": 2, "a couple": 2,
}  # fmt: skip

ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
}  # fmt: skip

#: Seasons as (first month, last month); winter straddles two years and is not resolved.
SEASONS: dict[str, tuple[int, int]] = {
    "spring": (3, 5),
    "summer": (6, 8),
    "fall": (9, 11),
    "autumn": (9, 11),
}

#: Words that may open an expression without changing the point in time it names.
LEADING_WORDS = (
    "as of", "as early as", "as late as", "on", "in", "at", "by", "since", "until", "till",
    "through", "throughout", "from", "during", "before", "after", "of", "for", "around",
    "about", "circa", "approximately", "sometime", "some time", "the", "this coming",
)  # fmt: skip

#: Words that narrow a period without leaving it ("late September" is still September).
NARROWING_WORDS = (
    "beginning of", "start of", "end of", "middle of", "first half of", "second half of",
    "early part of", "latter part of", "the", "earlier", "later", "early", "late", "mid", "end",
)  # fmt: skip

#: Ordinal words for days of the month ("March eighth" in broadcast transcripts).
ORDINAL_DAYS: dict[str, int] = {
    word: n
    for n, word in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
        "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth "
        "twenty-first twenty-second twenty-third twenty-fourth twenty-fifth twenty-sixth "
        "twenty-seventh twenty-eighth twenty-ninth thirtieth thirty-first".split(),
        start=1,
    )
}

#: Spelled-out numbers used in spoken years ("nineteen ninety-six", "two thousand one").
UNITS_WORDS = {w: n for n, w in enumerate("one two three four five six seven eight nine".split(), 1)}
TEENS_WORDS = {
    w: n
    for n, w in enumerate(
        "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split(), 10
    )
}
TENS_WORDS = {
    w: n for n, w in zip(range(20, 100, 10), "twenty thirty forty fifty sixty seventy eighty ninety".split())
}

#: Fixed-date and movable holidays (US usage), resolved like a day written without its year.
FIXED_HOLIDAYS: dict[str, tuple[int, int]] = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
    "boxing day": (12, 26), "new year's day": (1, 1), "new year's eve": (12, 31),
    "new year": (1, 1), "independence day": (7, 4), "the fourth of july": (7, 4),
    "fourth of july": (7, 4), "halloween": (10, 31), "valentine's day": (2, 14),
    "st. patrick's day": (3, 17), "veterans day": (11, 11), "armistice day": (11, 11),
}  # fmt: skip
#: Movable holidays as (month, weekday, nth): nth -1 is the last such weekday of the month.
NTH_WEEKDAY_HOLIDAYS: dict[str, tuple[int, int, int]] = {
    "thanksgiving": (11, 3, 4), "thanksgiving day": (11, 3, 4), "labor day": (9, 0, 1),
    "memorial day": (5, 0, -1), "martin luther king day": (1, 0, 3), "presidents day": (2, 0, 3),
    "presidents' day": (2, 0, 3), "mother's day": (5, 6, 2), "father's day": (6, 6, 3),
}  # fmt: skip
#: Holidays counted in days from Easter Sunday.
EASTER_HOLIDAYS: dict[str, int] = {"easter": 0, "easter sunday": 0, "good friday": -2, "easter monday": 1}

#: Auxiliaries and verbs whose presence puts a governed date in the future.
FUTURE_AUXILIARIES = frozenset({"will", "'ll", "shall", "wo", "would", "ll"})
FUTURE_LEMMAS = frozenset(
    {
        "plan", "expect", "schedule", "intend", "aim", "prepare", "set", "due", "vow",
        "promise", "pledge", "threaten", "propose", "slate", "forecast",
        "predict", "anticipate", "project",
    }
)  # fmt: skip
#: Participles that name a coming time even in the past tense: "was scheduled for Thursday".
SCHEDULE_LEMMAS = frozenset({"schedule", "slate", "due"})
#: Participles that name a coming time only with "for": "set for Friday" (but "a record set Aug. 6").
SCHEDULED_FOR_LEMMAS = frozenset({"set", "plan", "book", "fix", "reschedule", "postpone", "delay", "move"})
PAST_TAGS = frozenset({"VBD"})
#: spaCy entity labels that never hold a date; a scanned name inside one ("Sunday Times") is skipped.
NON_DATE_LABELS = frozenset(
    {"ORG", "WORK_OF_ART", "FAC", "EVENT", "PRODUCT", "LAW", "GPE", "LOC", "NORP", "LANGUAGE"}
)
TEMPORAL_LABELS = frozenset({"DATE", "TIME"})
NUMBER_LABELS = frozenset({"CARDINAL", "QUANTITY", "MONEY", "PERCENT"})

YEAR_MIN, YEAR_MAX = 1000, 2200

# --------------------------------------------------------------------------------------------
# Regular expressions (all applied to lower-cased text unless named *_SCAN_RE)
# --------------------------------------------------------------------------------------------


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _names_pattern(names) -> str:
    """Full names as written; abbreviations with an optional full stop ("Sept.", "Wed.")."""
    full = [n for n in names if len(n) > 4 or n in ("may", "june", "july")]
    short = [n for n in names if n not in full]
    return rf"(?:{_alternation(full)}|(?:{_alternation(short)})\.?)"


MONTH_PATTERN = _names_pattern(MONTHS)
WEEKDAY_PATTERN = _names_pattern(WEEKDAYS)
DAY_PATTERN = rf"(?:(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?|{_alternation(ORDINAL_DAYS)})"
YEAR_PATTERN = r"(?:1[0-9]{3}|2[0-1][0-9]{2})"
NUMBER_PATTERN = rf"(?:[0-9]{{1,4}}|{_alternation(NUMBER_WORDS)})"
UNIT_PATTERN = r"(?:day|week|fortnight|month|year|decade)s?"
PART_PATTERN = rf"(?:{_alternation(DAY_PARTS)})"
#: In running text a weekday is a full name or an abbreviation with its full stop ("Sat" is a verb).
WEEKDAY_SCAN_PATTERN = (
    rf"(?:{_alternation(w for w in WEEKDAYS if len(w) > 4)}"
    rf"|(?:{_alternation(w for w in WEEKDAYS if len(w) <= 4)})\.)"
)
#: A day in running text: "8", "8th", "eighth", not the "second" of "second-quarter".
DAY_SCAN_PATTERN = rf"{DAY_PATTERN}(?![\w]|-[a-z])"
DIGIT_DAY_SCAN_PATTERN = r"(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?"

#: A clock time: "10 p.m.", "7:15 pm", "22:00", "noon" is a part word, not a clock.
CLOCK_RE = re.compile(
    r"\b(?P<hour>[0-9]{1,2})(?:[:.](?P<minute>[0-5][0-9]))?\s*(?P<ampm>a\.?\s?m\b\.?|p\.?\s?m\b\.?)"
    r"|\b(?P<hour24>[01]?[0-9]|2[0-3]):(?P<minute24>[0-5][0-9])\b"
    r"|\b(?P<oclock>[0-9]{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"\s+o'?clock\b"
)
TIMEZONE_RE = re.compile(
    r"\(?\b(?:[ecmp][sd]t|gmt|utc|bst|cet|cest|et|pt|ct|mt|local time|local)\b\)?"
)
PART_RE = re.compile(rf"\b(?P<part>{PART_PATTERN})\b")
AGE_RE = re.compile(
    r"\b[0-9]+\s*-?\s*(?:year|month|week|day)s?\s*-?\s*old\b|\baged?\s+[0-9]+|\b[0-9]+\s+years?\s+of\s+age\b"
    rf"|\b{NUMBER_PATTERN}[- ](?:year|month)s?[- ]old\b"
)
#: A quantity of time units with no anchor: a duration, never a point ("for three years").
DURATION_RE = re.compile(
    rf"\b(?:{NUMBER_PATTERN}|few|several|many|some|{_alternation(('couple of', 'dozen'))})"
    rf"(?:\s+(?:more|and a half|full|whole))?\s+(?:{UNIT_PATTERN}|hours?|minutes?|seconds?|centur(?:y|ies))\b"
    r"|\b(?:hours|minutes|days|weeks|months|years|decades|centuries)\b"
)
DURATION_ANCHOR_RE = re.compile(r"\b(?:ago|from now|hence|before last|after next)\b")
DECADE_RE = re.compile(
    r"\b(?:[0-9]{2,3}0s|'[0-9]0s|twenties|thirties|forties|fifties|sixties|seventies|eighties|"
    r"nineties|centur(?:y|ies)|millenni)"
)
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
WEEKDAY_RE = re.compile(
    rf"^(?:(?P<rel>last|next|this|past|coming|this past|this coming)\s+)?(?P<wd>{WEEKDAY_PATTERN})$"
)
RELATIVE_UNIT_RE = re.compile(
    r"^(?P<rel>this|last|next|current|coming|previous|this past|this coming|present)\s+"
    r"(?P<unit>week|weekend|month|year)$"
)
AGO_RE = re.compile(
    rf"^(?:about\s+|some\s+|nearly\s+|almost\s+|around\s+|roughly\s+|more than\s+|just\s+|exactly\s+)?"
    rf"(?P<n>{NUMBER_PATTERN})\s+(?P<unit>{UNIT_PATTERN})\s+(?P<dir>ago|from now|hence)$"
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
SPELLED_YEAR_TAIL_RE = re.compile(
    rf"^(?P<head>.*\b{MONTH_PATTERN}(?:\s+{DAY_PATTERN})?)\s*,?\s+"
    r"(?P<year>(?:nineteen|eighteen|twenty|two thousand)\b.*)$"
)
WEEK_OF_RE = re.compile(r"^week\s+of\s+(?P<rest>.+)$")
#: Where one entity holding several expressions is cut: "between Monday and Tuesday".
SPLIT_RE = re.compile(r"\s*(?:\b(?:and|or|to|through|thru|until|till)\b|–|—|\s-\s|&)\s*")
COMMA_SPLIT_RE = re.compile(r"\s*[,;]\s*")
#: Prepositions trimmed off the front of an extracted span ("between Monday and ..." → "Monday").
SPAN_PREPOSITION_RE = re.compile(r"(?:between|from|on|in|at|since|by|until|till|during|of)\s+", re.I)
#: Words left between a day and its clock time once the clock is taken out ("Wednesday at").
FILLER_RE = re.compile(r"(?:^|\s)(?:at|on|,)(?=\s|$)")
WRITTEN_YEAR_RE = re.compile(rf"\b{YEAR_PATTERN}\b")
FALLBACK_WORD_RE = re.compile(r"[a-z]+\.?|[0-9]+(?:st|nd|rd|th)?|[,./-]")
#: What may stand between two spaCy entities that form one expression: "2 a.m. on Wednesday".
TEMPORAL_GAP_RE = re.compile(r"[\s,]*(?:\b(?:on|at)\b)?[\s,]*")
#: Words an unrecognised but harmless date may contain; only those go to dateparser.
ABSOLUTE_WORDS_RE = re.compile(
    rf"^(?:{MONTH_PATTERN}|{WEEKDAY_PATTERN}|[0-9]{{1,4}}(?:st|nd|rd|th)?|of|the|on|at|[,./-])$"
)
FALLBACK_TRIGGER_RE = re.compile(rf"\b(?:{MONTH_PATTERN})(?![a-z])|\b{YEAR_PATTERN}\b|[0-9]+[/.-][0-9]+")

# Cues used to guess the tense when only the sentence string is known.
FUTURE_CUE_RE = re.compile(
    r"\b(?:will|won't|'ll|shall|would|going to|plans to|planned for|planning to|intends? to|"
    r"scheduled|expected to|expects to|due to|set to|to be held|upcoming|slated)\b|'ll\b"
)
PAST_CUE_RE = re.compile(
    r"\b(?:was|were|had|did|said|told|came|went|took|gave|made|met|fell|rose|won|lost|began|"
    r"left|held|saw|found|became|led|ran|hit|got|sold|paid|quit|fled|sought|brought|bought|"
    r"thought|kept|spoke|wrote|broke|"
    r"chose|drove|flew|grew|knew|threw|fought|caught|taught|struck|stood|sent|spent|built|"
    r"[a-z]{2,}[^e\s]ed|[a-z]{2,}ied)\b"
)
#: An -ed word after these is a participle, not a past tense ("is expected", "be returned").
PASSIVE_BEFORE_RE = re.compile(r"\b(?:be|been|being|is|are|am|'s|'re|get|gets)\s+(?:\w+ly\s+)?$")
#: Where a clause ends for the tense guess: punctuation, "that", "but" and other conjunctions.
CLAUSE_BOUNDARY_RE = re.compile(
    r"[,;:()]|[.!?](?=\s|$|[`'\"])|\b(?:that|but|while|whereas|because|although)\b"
)

# The scanner finds what spaCy's NER misses (month abbreviations tagged PERSON, weekdays, years
# after a preposition). It runs on the original text, case-insensitively, and each hit is checked.
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
    # weekday with an optional relative word and part of day
    rf"(?:(?:last|next|this|early|late)\s+)?{WEEKDAY_SCAN_PATTERN}(?![a-z])(?:\s+{PART_PATTERN}\b)?",
    # day words
    rf"(?:(?:early|late|earlier|later)\s+)?(?:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|"
    rf"yesterday|today|tomorrow|tonight)(?:\s+{PART_PATTERN}\b)?",
    rf"(?:last|this)\s+(?:morning|afternoon|evening|night)\b",
    rf"(?:(?:earlier|later|early|late)\s+)?(?:this|last|next|this\s+past)\s+(?:week(?:end)?|month|year)\b",
    rf"{NUMBER_PATTERN}\s+{UNIT_PATTERN}\s+ago\b",
)
SCAN_RE = re.compile(r"(?<![\w-])(?:" + "|".join(_SCAN_PARTS) + r")", re.IGNORECASE)
#: A year or a month standing alone counts only after one of these words: "in 2016", "since May".
CUED_SCAN_RE = re.compile(
    r"\b(?:in|since|by|until|till|through|from|during|before|after|to|of|early|late|mid|"
    r"last|next|this|between|and|as|around|circa|fiscal|year)[\s-]+"
    r"(?P<target>(?:1[89][0-9]{2}|20[0-9]{2})(?![0-9%,.]?[0-9])(?![-/][0-9])"
    rf"|{_alternation(FULL_MONTHS)})\b",
    re.IGNORECASE,
)


#: The two scanners matching case-sensitively, for lower-cased text (see `_spans_ignoring_case`).
SCAN_LOWER_RE = re.compile(SCAN_RE.pattern)
CUED_SCAN_LOWER_RE = re.compile(CUED_SCAN_RE.pattern)
#: Typographic marks common in news text, which have no case (deleted to test for the rest).
_WITHOUT_CASELESS_MARKS = str.maketrans("", "", "\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u00a0")


def _spans_ignoring_case(
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


#: Small patterns used in cleaning and splitting expressions.
SPACES_RE = re.compile(r"\s+")
SPACE_OR_HYPHEN_RE = re.compile(r"[\s-]+")
LETTERS_RE = re.compile(r"[A-Za-z]+")
ORDINAL_ENDING_RE = re.compile(r"(?:st|nd|rd|th)$")
BRACKETS_AND_QUOTES_RE = re.compile(r"[()\[\]{}\"“”]")
POSSESSIVE_END_RE = re.compile(r"'s?$")
FULL_STOP_END_RE = re.compile(r"\.$")
AM_PM_END_RE = re.compile(r"[ap]\.?m\.$")
ENDS_WITH_THIS_RE = re.compile(r"(?:^|\s)this$")

# --------------------------------------------------------------------------------------------
# Small date helpers
# --------------------------------------------------------------------------------------------


class _Point(NamedTuple):
    """A resolved point: the first day of the period and its precision."""

    day: date
    precision: str


_NEEDS_BASE = object()  # a relative expression met without a publication date


def _add_months(d: date, months: int) -> date:
    index = d.year * 12 + (d.month - 1) + months
    year, month = divmod(index, 12)
    return date(year, month + 1, 1)


def _in_range(year: int) -> bool:
    return YEAR_MIN <= year <= YEAR_MAX


def _make(year: int, month: int = 1, day: int = 1) -> date | None:
    if not _in_range(year):
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _as_date(value: date | datetime | None) -> date | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    return value


def _published(value: Any) -> date | None:
    """The publication date as a date: a date, a datetime, an ISO string, or None."""
    if isinstance(value, (date, datetime)):
        return _as_date(value)
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return None


def _iso(point: _Point) -> str:
    d, precision = point.day, point.precision
    if precision == "year":
        return f"{d.year:04d}"
    if precision == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if precision == "week":
        iso = d.isocalendar()
        return f"{iso[0]:04d}-W{iso[1]:02d}"
    return d.isoformat()


def _part_from_hour(hour: int) -> str:
    part = "night"
    for start, name in PART_START_HOURS:
        if hour >= start:
            part = name
    return part


def _number(word: str) -> int | None:
    word = word.strip()
    if word.isdigit():
        return int(word)
    return NUMBER_WORDS.get(word)


def _month_number(word: str) -> int | None:
    return MONTHS.get(word.rstrip(".").lower())


def _weekday_number(word: str) -> int | None:
    return WEEKDAYS.get(word.rstrip(".").lower())


def _day_number(word: str) -> int:
    if word in ORDINAL_DAYS:
        return ORDINAL_DAYS[word]
    return int(ORDINAL_ENDING_RE.sub("", word))


# --------------------------------------------------------------------------------------------
# Resolution rules: each takes the cleaned expression and returns a _Point, None or _NEEDS_BASE
# --------------------------------------------------------------------------------------------


def _month_near(month: int, base: date, tense: str, *, strict: bool = False) -> date:
    """The month `month` nearest the base in the tense's direction (past includes the base month)."""
    if tense == "future":
        year = base.year if (month > base.month or (month == base.month and not strict)) else base.year + 1
    else:
        year = base.year if (month < base.month or (month == base.month and not strict)) else base.year - 1
    return date(year, month, 1)


def _weekday_near(weekday: int, base: date, tense: str, rel: str | None) -> date:
    if rel in ("last", "past", "this past"):
        delta = (base.weekday() - weekday) % 7 or 7
        return base - timedelta(days=delta)
    if rel in ("next", "coming", "this coming") or tense == "future":
        delta = (weekday - base.weekday()) % 7 or 7
        return base + timedelta(days=delta)
    return base - timedelta(days=(base.weekday() - weekday) % 7)


def _year_word(rel: str | None, base: date | None) -> int | None | object:
    if rel is None:
        return None
    if base is None:
        return _NEEDS_BASE
    return base.year + {"last": -1, "this": 0, "next": 1}[rel]


def _rule_absolute(s: str, base: date | None, tense: str) -> Any:
    """Dates written with a month: "January 10, 2017", "Feb. 8", "2 March", "September 2016"."""
    m = ISO_RE.match(s)
    if m:
        year, month = int(m["y"]), int(m["m"])
        if m["d"]:
            d = _make(year, month, int(m["d"]))
            return _Point(d, "day") if d else None
        d = _make(year, month)
        return _Point(d, "month") if d else None
    m = ISO_WEEK_RE.match(s)
    if m:
        year, week = int(m["y"]), int(m["w"])
        if not _in_range(year) or not 1 <= week <= 53:
            return None
        try:
            return _Point(date.fromisocalendar(year, week, 1), "week")
        except ValueError:
            return None
    m = NUMERIC_DATE_RE.match(s)
    if m:
        year = int(m["y"])
        if len(m["y"]) == 2:
            if base is None:
                return _NEEDS_BASE
            year += (base.year // 100) * 100
            if year > base.year + 1:
                year -= 100
        d = _make(year, int(m["m"]), int(m["d"]))
        return _Point(d, "day") if d else None
    m = MONTH_DAY_RE.match(s) or DAY_MONTH_RE.match(s)
    if m:
        month, day = _month_number(m["month"]), _day_number(m["day"])
        if month is None:
            return None
        if m["year"]:
            d = _make(int(m["year"]), month, day)
            return _Point(d, "day") if d else None
        if base is None:
            return _NEEDS_BASE
        weekday = _weekday_number(m["wd"]) if m["wd"] else None
        return _month_day_near(month, day, base, tense, weekday)
    m = MONTH_YEAR_RE.match(s)
    if m:
        month = _month_number(m["month"])
        d = _make(int(m["year"]), month) if month else None
        return _Point(d, "month") if d else None
    return None


def _nearest(candidates: list[date], base: date, tense: str) -> date | None:
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


def _month_day_near(month: int, day: int, base: date, tense: str, weekday: int | None = None) -> Any:
    """A day written without its year ("Feb. 8"); a weekday written with it picks the year."""
    candidates = [d for d in (_make(base.year + k, month, day) for k in (-1, 0, 1)) if d is not None]
    if weekday is not None:
        matching = [d for d in candidates if d.weekday() == weekday]
        if matching:
            candidates = matching
    found = _nearest(candidates, base, tense)
    return _Point(found, "day") if found else None


def _rule_month(s: str, base: date | None, tense: str) -> Any:
    """A month without a day: "September", "last May", "March next year"."""
    m = MONTH_RE.match(s)
    if not m:
        return None
    month = _month_number(m["month"])
    if month is None:
        return None
    year = _year_word(m["yrel"], base)
    if year is _NEEDS_BASE:
        return _NEEDS_BASE
    if isinstance(year, int):
        d = _make(year, month)
        return _Point(d, "month") if d else None
    if base is None:
        return _NEEDS_BASE
    rel = m["rel"]
    if rel in ("last", "past", "this past"):
        return _Point(_month_near(month, base, "past", strict=True), "month")
    if rel in ("next", "coming", "this coming"):
        return _Point(_month_near(month, base, "future", strict=True), "month")
    if rel == "this":
        return _Point(date(base.year, month, 1), "month")
    if tense in ("past", "future"):
        return _Point(_month_near(month, base, tense), "month")
    candidates = [date(base.year + k, month, 1) for k in (-1, 0, 1)]
    return _Point(_nearest(candidates, date(base.year, base.month, 1), tense) or candidates[1], "month")


def _rule_year(s: str, base: date | None, tense: str) -> Any:
    m = YEAR_RE.match(s)
    if not m:
        return None
    d = _make(int(m["year"]))
    return _Point(d, "year") if d else None


def _spelled_number(words: str | None) -> int | None:
    """0-99 from words: "ninety-six", "seventy nine", "eleven"; None when not a number."""
    if not words:
        return 0
    parts = SPACE_OR_HYPHEN_RE.split(words)
    if len(parts) == 1:
        w = parts[0]
        return UNITS_WORDS.get(w) or TEENS_WORDS.get(w) or TENS_WORDS.get(w)
    if len(parts) == 2 and parts[0] in TENS_WORDS and parts[1] in UNITS_WORDS:
        return TENS_WORDS[parts[0]] + UNITS_WORDS[parts[1]]
    return None


def _rule_spelled_year(s: str, base: date | None, tense: str) -> Any:
    """Years said aloud, as broadcast transcripts write them: "nineteen ninety-six"."""
    m = SPELLED_YEAR_RE.match(s)
    if not m:
        return None
    if m["century"]:
        rest = _spelled_number(m["rest"])
        if rest is None or (not m["rest"] and not m["hundred"]):
            return None
        century = TEENS_WORDS.get(m["century"]) or TENS_WORDS[m["century"]]
        year = century * 100 + rest
    else:
        rest = _spelled_number(m["rest2"])
        if rest is None:
            return None
        year = 2000 + rest
    d = _make(year)
    return _Point(d, "year") if d else None


def _easter(year: int) -> date:
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


def _holiday(name: str, year: int) -> date | None:
    if not _in_range(year):
        return None
    if name in FIXED_HOLIDAYS:
        return _make(year, *FIXED_HOLIDAYS[name])
    if name in EASTER_HOLIDAYS:
        return _easter(year) + timedelta(days=EASTER_HOLIDAYS[name])
    if name in NTH_WEEKDAY_HOLIDAYS:
        month, weekday, nth = NTH_WEEKDAY_HOLIDAYS[name]
        if nth > 0:
            first = date(year, month, 1)
            return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
        last = _add_months(date(year, month, 1), 1) - timedelta(days=1)
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    return None


HOLIDAY_RE = re.compile(
    r"^(?:(?P<rel>last|next|this|this past|this coming)\s+)?(?P<name>"
    + _alternation({*FIXED_HOLIDAYS, *NTH_WEEKDAY_HOLIDAYS, *EASTER_HOLIDAYS})
    + rf")(?:\s*,?\s*(?P<year>{YEAR_PATTERN}))?$"
)


def _rule_holiday(s: str, base: date | None, tense: str) -> Any:
    m = HOLIDAY_RE.match(s)
    if not m:
        return None
    name = m["name"]
    if m["year"]:
        d = _holiday(name, int(m["year"]))
        return _Point(d, "day") if d else None
    if base is None:
        return _NEEDS_BASE
    candidates = [d for d in (_holiday(name, base.year + k) for k in (-1, 0, 1)) if d is not None]
    rel = m["rel"]
    if rel in ("last", "this past"):
        candidates = [d for d in candidates if d < base]
        found = max(candidates, default=None)
    elif rel in ("next", "this coming"):
        candidates = [d for d in candidates if d > base]
        found = min(candidates, default=None)
    elif rel == "this":
        found = _holiday(name, base.year)
    else:
        found = _nearest(candidates, base, tense)
    return _Point(found, "day") if found else None


def _rule_weekday(s: str, base: date | None, tense: str) -> Any:
    m = WEEKDAY_RE.match(s)
    if not m:
        return None
    weekday = _weekday_number(m["wd"])
    if weekday is None:
        return None
    if base is None:
        return _NEEDS_BASE
    return _Point(_weekday_near(weekday, base, tense, m["rel"]), "day")


def _rule_relative_day(s: str, base: date | None, tense: str) -> Any:
    key = s[4:] if s.startswith("the ") else s
    if key not in RELATIVE_DAYS:
        return None
    if base is None:
        return _NEEDS_BASE
    return _Point(base + timedelta(days=RELATIVE_DAYS[key]), "day")


def _rule_relative_unit(s: str, base: date | None, tense: str) -> Any:
    """"this week", "last month", "next year", "this weekend"."""
    m = RELATIVE_UNIT_RE.match(s)
    if not m:
        return None
    if base is None:
        return _NEEDS_BASE
    rel, unit = m["rel"], m["unit"]
    step = {"last": -1, "previous": -1, "this past": -1, "next": 1, "coming": 1, "this coming": 1}.get(rel, 0)
    if unit == "week":
        return _Point(base + timedelta(weeks=step), "week")
    if unit == "month":
        return _Point(_add_months(base, step), "month")
    if unit == "year":
        d = _make(base.year + step)
        return _Point(d, "year") if d else None
    return _weekend(base, tense, step)


def _weekend(base: date, tense: str, step: int) -> _Point:
    """The ISO week of a weekend: by default the latest one begun (past) or the next one (future)."""
    saturday = base - timedelta(days=(base.weekday() - 5) % 7)  # this or the latest Saturday
    in_weekend = base.weekday() >= 5
    if step < 0:
        if in_weekend:
            saturday -= timedelta(days=7)
    elif step > 0 or (tense == "future" and not in_weekend):
        saturday += timedelta(days=7)
    return _Point(saturday, "week")


def _rule_bare_weekend(s: str, base: date | None, tense: str) -> Any:
    if s != "weekend":
        return None
    if base is None:
        return _NEEDS_BASE
    return _weekend(base, tense, 0)


def _rule_ago(s: str, base: date | None, tense: str) -> Any:
    """"two weeks ago", "a year ago", "three days from now"."""
    m = AGO_RE.match(s)
    if not m:
        return None
    n = _number(m["n"])
    if n is None:
        return None
    if base is None:
        return _NEEDS_BASE
    sign = -1 if m["dir"] == "ago" else 1
    unit = m["unit"].rstrip("s")
    try:
        if unit == "day":
            return _Point(base + timedelta(days=sign * n), "day")
        if unit in ("week", "fortnight"):
            return _Point(base + timedelta(weeks=sign * n * (2 if unit == "fortnight" else 1)), "week")
        if unit == "month":
            d = _add_months(base, sign * n)
            return _Point(d, "month") if _in_range(d.year) else None
    except (OverflowError, ValueError):
        return None
    years = n * (10 if unit == "decade" else 1)
    d = _make(base.year + sign * years)
    return _Point(d, "year") if d else None


def _rule_quarter(s: str, base: date | None, tense: str) -> Any:
    """A quarter is kept at year precision: "the third quarter of 2016" → 2016 (true, if coarse)."""
    m = QUARTER_RE.match(s)
    if not m:
        return None
    quarter = int(m["qn"]) if m["qn"] else ORDINALS[m["q"]]
    year_text = m["y1"] or m["y2"] or m["y3"]
    if year_text:
        d = _make(int(year_text))
        return _Point(d, "year") if d else None
    yrel = m["yrel"] or m["yrel2"]
    if yrel:
        year = _year_word(yrel, base)
        if year is _NEEDS_BASE:
            return _NEEDS_BASE
        d = _make(int(year))  # type: ignore[arg-type]
        return _Point(d, "year") if d else None
    if base is None:
        return _NEEDS_BASE
    first, last = 3 * quarter - 2, 3 * quarter
    return _Point(_period_year(first, last, base, tense, m["rel"]), "year")


def _period_year(first: int, last: int, base: date, tense: str, rel: str | None) -> date:
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


def _rule_season(s: str, base: date | None, tense: str) -> Any:
    """A season is kept at year precision; winter straddles two years and is left unresolved."""
    m = SEASON_RE.match(s)
    if not m:
        return None
    season = m["season"] or m["season2"]
    year_text = m["year"] or m["year2"]
    if season == "winter":
        return None
    if year_text:
        d = _make(int(year_text))
        return _Point(d, "year") if d else None
    if base is None:
        return _NEEDS_BASE
    first, last = SEASONS[season]
    return _Point(_period_year(first, last, base, tense, m["rel"]), "year")


_RULES = (
    _rule_relative_day,
    _rule_weekday,
    _rule_absolute,
    _rule_month,
    _rule_year,
    _rule_relative_unit,
    _rule_bare_weekend,
    _rule_ago,
    _rule_quarter,
    _rule_season,
    _rule_holiday,
    _rule_spelled_year,
)


def _rule_week_of(s: str, base: date | None, tense: str) -> Any:
    m = WEEK_OF_RE.match(s)
    if not m:
        return None
    inner = _resolve_day_phrase(m["rest"], base, tense)
    if isinstance(inner, _Point) and inner.precision == "day":
        return _Point(inner.day, "week")
    return inner if inner is _NEEDS_BASE else None


# --------------------------------------------------------------------------------------------
# dateparser fallback (absolute forms the rules above do not know)
# --------------------------------------------------------------------------------------------


@lru_cache(maxsize=64)
def _date_parser(base: date | None, prefer: str) -> "DateDataParser":
    """One DateDataParser per (publication date, direction), built lazily; they are cheap after the first."""
    from dateparser.date import DateDataParser

    settings: dict[str, Any] = {"PREFER_DATES_FROM": prefer, "RETURN_TIME_AS_PERIOD": True}
    if base is not None:
        settings["RELATIVE_BASE"] = datetime(base.year, base.month, base.day)
    return DateDataParser(languages=["en"], settings=settings)


def _rule_dateparser(s: str, base: date | None, tense: str) -> Any:
    words = FALLBACK_WORD_RE.findall(s)
    if not words or not FALLBACK_TRIGGER_RE.search(s):
        return None
    if not all(ABSOLUTE_WORDS_RE.match(w) for w in words):
        return None
    has_year = WRITTEN_YEAR_RE.search(s) is not None
    if not has_year and base is None:
        return _NEEDS_BASE
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
    if not _in_range(found.year):
        return None
    return _Point(found, precision)


# --------------------------------------------------------------------------------------------
# Cleaning and the composite expression (clock + part of day + day phrase)
# --------------------------------------------------------------------------------------------


def _strip_words(s: str, words: tuple[str, ...]) -> str:
    changed = True
    while changed and s and s.startswith(words):  # (a quick exit: most phrases start with none of them)
        changed = False
        for w in words:
            if s.startswith(w + " ") or s.startswith(w + "-"):
                rest = s[len(w) :].lstrip(" -")
                if rest:
                    s = rest
                    changed = True
                    break
    return s


def _clean(expression: str) -> str:
    s = expression.lower().replace("’", "'").replace("‘", "'")
    s = BRACKETS_AND_QUOTES_RE.sub(" ", s)
    s = SPACES_RE.sub(" ", s).strip(" ,;:!?'-")
    s = POSSESSIVE_END_RE.sub("", s)  # "Friday's"
    s = FULL_STOP_END_RE.sub("", s) if not AM_PM_END_RE.search(s) else s
    return s.strip()


def _resolve_day_phrase(s: str, base: date | None, tense: str) -> Any:
    s = s.strip(" ,")
    s = _strip_words(s, LEADING_WORDS)
    s = _strip_words(s, NARROWING_WORDS)
    s = _strip_words(s, LEADING_WORDS)
    if not s or VAGUE_RE.match(s) or DECADE_RE.search(s):
        return None
    spelled = SPELLED_YEAR_TAIL_RE.match(s)
    if spelled:  # "January nineteen ninety-seven" → "january 1997"
        year = _rule_spelled_year(spelled["year"], base, tense)
        if isinstance(year, _Point):
            s = f"{spelled['head']} {year.day.year}"
    for rule in (*_RULES, _rule_week_of):
        found = rule(s, base, tense)
        if found is not None:
            return found
    return _rule_dateparser(s, base, tense)


def _is_relative(s: str) -> bool:
    """Whether the expression needs the publication date (no explicit year written in it)."""
    return WRITTEN_YEAR_RE.search(s) is None


def _value(expression: str, published: date | None, tense: str) -> dict | None:
    """Normalise one expression: split off a clock time and a part of the day, then resolve the
    day phrase left by the rules above. None when it is not a point in time."""
    s = _clean(expression)
    if not s or len(s) > 200:
        return None
    if AGE_RE.search(s):
        return None
    if DURATION_RE.search(s) and not DURATION_ANCHOR_RE.search(s):
        return None
    part: str | None = None
    kind = "DATE"
    rest = s
    clock = CLOCK_RE.search(rest)
    if clock:
        kind = "TIME"
        hour = clock["hour"] or clock["hour24"] or clock["oclock"]
        hour_n = _number(hour) if hour else None
        if hour_n is not None and hour_n <= 24:
            if clock["ampm"]:
                hour_n = hour_n % 12 + (12 if clock["ampm"].startswith("p") else 0)
            part = _part_from_hour(hour_n % 24)
        rest = (rest[: clock.start()] + " " + rest[clock.end() :]).strip()
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
    rest = SPACES_RE.sub(" ", FILLER_RE.sub(" ", rest)).strip(" ,")
    if not rest or _strip_words(rest, LEADING_WORDS + NARROWING_WORDS) in ("", "the", "early", "late", "mid"):
        if not clock:
            return None  # "the morning", "night": no day, no clock, nothing to place
        return _dict(expression, None, part, True, False, tense, kind, "the day is not stated")
    try:
        found = _resolve_day_phrase(rest, published, tense)
        if isinstance(found, _Point) and day_offset:
            found = _Point(found.day + timedelta(days=day_offset), found.precision)
    except (OverflowError, ValueError):  # arithmetic past year 9999 or before year 1
        return None
    if found is _NEEDS_BASE:
        return _dict(expression, None, part, True, False, tense, kind, "no publication date")
    if not isinstance(found, _Point):
        return None
    if not _in_range(found.day.year) or not _in_range(int(_iso(found)[:4])):
        return None  # (an ISO week can belong to the year before its Monday's calendar year)
    relative = _is_relative(rest)
    if found.precision != "day":
        part = None
    return _dict(expression, found, part, relative, True, tense, kind, None)


def _dict(
    expression: str,
    point: _Point | None,
    part: str | None,
    relative: bool,
    resolved: bool,
    tense: str,
    kind: str,
    reason: str | None,
) -> dict:
    value: dict[str, Any] = {
        "value": _iso(point) if point else None,
        "precision": point.precision if point else "day",
        "part": part,
        "relative": relative,
        "resolved": resolved,
        "tense": tense,
        "type": kind,
        "expression": expression,
    }
    if reason:
        value["reason"] = reason
    return value


# --------------------------------------------------------------------------------------------
# Tense
# --------------------------------------------------------------------------------------------


def _tense_from_text(sentence: str, expression: str) -> str:
    """Guess the tense governing `expression` from the words of its own clause.

    Conservative by design: a future auxiliary before the expression in its clause makes it
    future, else a past form before it past, else the first cue after it; a fronted adverbial
    ("In January, the firm hired...") takes the tense of the clause that follows. Anything else
    is present, which resolves to the nearest date. Used when no parse is at hand;
    `extract_dates` reads the dependency parse instead.
    """
    lower = sentence.lower().replace("’", "'")
    needle = _clean(expression)
    where = lower.find(needle) if needle else -1
    if where < 0:
        return "present"
    end = where + len(needle)
    boundaries = [(m.start(), m.end()) for m in CLAUSE_BOUNDARY_RE.finditer(lower)]
    clause_start = max([e for s, e in boundaries if e <= where], default=0)
    stops = [s for s, e in boundaries if s >= end]
    clause_end = min(stops, default=len(lower))
    before = _cues(lower[clause_start:where])
    if any(t == "future" for _, t in before):
        return "future"
    if before:
        return before[-1][1]
    after = _cues(lower[end:clause_end])
    if after:
        return after[0][1]
    if clause_start == 0 and stops:  # a fronted adverbial: the main clause follows
        following = [s for s, e in boundaries if s > clause_end]
        nxt = _cues(lower[clause_end + 1 : min(following, default=len(lower))])
        if nxt:
            return nxt[0][1]
    return "present"


def _cues(text: str) -> list[tuple[int, str]]:
    """Tense cues in a stretch of text, in order: (position, "future" | "past")."""
    cues = [(m.start(), "future") for m in FUTURE_CUE_RE.finditer(text)]
    for m in PAST_CUE_RE.finditer(text):
        word = m.group(0)
        if FUTURE_CUE_RE.fullmatch(word):
            continue
        if word.endswith("ed") and PASSIVE_BEFORE_RE.search(text[: m.start()]):
            continue  # "must be returned": a participle, not a past tense
        cues.append((m.start(), "past"))
    return sorted(cues)


def _governing_verb(span: "Span"):
    """The verb a date hangs from and the preposition on the way ("for" in "set for Friday").

    The verb is None when the date hangs from an adjective ("payable Dec. 7"), whose tense says
    nothing about the date.
    """
    token = span.root
    preposition = None
    for _ in range(len(span.doc)):
        outside = not (span.start <= token.i < span.end)
        if outside and token.pos_ in ("VERB", "AUX"):
            return token, preposition
        if outside and token.pos_ == "ADJ":
            return None, preposition
        if outside and token.dep_ == "prep" and preposition is None:
            preposition = token.lower_
        if token.head.i == token.i:
            return (token if token.pos_ in ("VERB", "AUX") else None), preposition
        token = token.head
    return None, preposition


def _verb_tense(verb, preposition: str | None = None) -> str:
    """Tense of a verb as it bears on a date: future, past, or present (which says nothing)."""
    children = list(verb.children)
    aux = [c for c in children if c.dep_ in ("aux", "auxpass")]
    if any(c.lower_ in FUTURE_AUXILIARIES for c in aux):
        return "future"
    if verb.head.lemma_ == "go" and verb.head.tag_ == "VBG" and verb.dep_ == "xcomp":
        return "future"  # "is going to meet on Friday"
    if verb.tag_ == "VBN" and (
        verb.lemma_ in SCHEDULE_LEMMAS or (preposition == "for" and verb.lemma_ in SCHEDULED_FOR_LEMMAS)
    ):
        return "future"  # "was scheduled for Thursday", "set for Friday" name a coming day
    infinitive = verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in children)
    if infinitive:
        head = verb.head
        if head.i != verb.i and head.lemma_ in FUTURE_LEMMAS:
            return "future"  # "plans to meet in April"
        return "present"  # "asked it to respond by Oct. 31": unrealised, the tense says nothing
    if verb.tag_ in PAST_TAGS or any(c.tag_ in PAST_TAGS for c in aux):
        return "past"
    if verb.tag_ == "VBN" and any(c.lemma_ == "have" for c in aux):
        return "past"  # present perfect: "has met on Monday"
    return "present"


def _tense_from_span(span: "Span") -> str:
    verb, preposition = _governing_verb(span)
    if verb is None:
        return "present"
    return _verb_tense(verb, preposition)


# --------------------------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------------------------


def normalise(expression: str, published: date | None, *, sentence: str = "") -> dict | None:
    """The value dict for one expression as written, or None when it is not a point in time.

    Args:
        expression: the words of the expression, e.g. "on Wednesday night", "Feb. 8".
        published: the article's publication date; relative expressions need it.
        sentence: the sentence around the expression, used to guess its tense.

    Returns:
        ``{"value", "precision", "part", "relative", "resolved", "tense", "type", "expression"}``
        (plus ``"reason"`` when unresolved), or None for durations, ages, vague references
        ("now", "recently") and anything that is not a date.
    """
    if not isinstance(expression, str):
        return None
    base = _published(published)
    tense = _tense_from_text(sentence, expression) if sentence else "present"
    return _value(expression, base, tense)


def _pieces(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Split a span holding several expressions ("between Monday and Tuesday") into its parts."""
    chunk = text[start:end]
    cursor = 0
    for sep in list(SPLIT_RE.finditer(chunk)) + [None]:
        stop = sep.start() if sep else len(chunk)
        piece = chunk[cursor:stop]
        left = len(piece) - len(piece.lstrip())
        piece = piece.strip()
        if piece:
            yield start + cursor + left, start + cursor + left + len(piece)
        cursor = sep.end() if sep else len(chunk)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim spaces, edge punctuation and leading prepositions off a span."""
    while start < end and text[start] in " ,;:(\"'“‘-":
        start += 1
    while end > start and text[end - 1] in " ,;:)\"'”’-":
        end -= 1
    while True:
        m = SPAN_PREPOSITION_RE.match(text, start, end)
        if not m or m.end() >= end:
            break
        start = m.end()
    return start, end


def extract_dates(doc: "Doc", published: date | None) -> tuple[Facet, ...]:
    """Every temporal expression in one parsed sentence, normalised against the publication date.

    Candidates are spaCy's DATE/TIME entities (split where one holds several expressions) and
    a scanner for what the small model misses ("Mar 2" tagged PERSON, years after "in"). Where
    candidates overlap, the longest one that resolves wins. Ages and durations give nothing.

    Args:
        doc: one sentence parsed by `consistency.facets.nlp.parse`.
        published: the article's publication date, or None.

    Returns:
        Facets of kind DATE, ordered by position; `start`/`end` index `doc.text`.
    """
    text = text_of(doc)
    base = _published(published)
    candidates: list[tuple[int, int, dict]] = []

    def attempt(start: int, end: int, local: list[tuple[int, int, dict]]) -> bool:
        start, end = _trim(text, start, end)
        if end <= start or any(start < e and s < end for s, e, _ in local):
            return False
        value = _value(text[start:end], base, _tense_at(doc, start, end))
        if value is None:
            return False
        local.append((start, end, value))
        return True

    for group in _temporal_groups(doc):
        local: list[tuple[int, int, dict]] = []
        if len(group) > 1 and attempt(group[0][0], group[-1][1], local):
            candidates.extend(local)
            continue
        for ent_start, ent_end in group:
            _attempt_entity(text, ent_start, ent_end, attempt, local)
        candidates.extend(local)

    blocked = [(ent.start_char, ent.end_char) for ent in ents_of(doc) if _blocks(ent)]
    numbers = [(ent.start_char, ent.end_char) for ent in ents_of(doc) if ent.label_ in NUMBER_LABELS]
    hits = [(start, end, False) for start, end in _spans_ignoring_case(SCAN_RE, SCAN_LOWER_RE, text)]
    hits += [(start, end, True)
             for start, end in _spans_ignoring_case(CUED_SCAN_RE, CUED_SCAN_LOWER_RE, text, "target")]
    scanned: list[tuple[int, int, dict]] = []
    for start, end, cued in sorted(hits, key=lambda h: (h[0] - h[1], h[0])):
        if any(start < e and s < end for s, e in blocked):
            continue
        if cued and text[start].isdigit() and any(start < e and s < end for s, e in numbers):
            continue  # "by 1500 troops": spaCy saw a count, not a year
        if _names_capitalised(text[start:end]):
            attempt(start, end, scanned)
    candidates.extend(scanned)

    chosen: list[tuple[int, int, dict]] = []
    for start, end, value in sorted(candidates, key=lambda c: (-(c[1] - c[0]), c[0])):
        if not any(start < e and s < end for s, e, _ in chosen):
            chosen.append((start, end, _with_bound(text, start, value)))
    return tuple(
        Facet(kind=FacetKind.DATE, text=text[s:e], value=value, start=s, end=e)
        for s, e, value in sorted(chosen, key=lambda c: (c[0], c[1]))
    )


def _with_bound(text: str, start: int, value: dict) -> dict:
    """ "after June 3" is any time from June 3 on, "before 1967" any time until then: an open interval."""
    match = BOUND_RE.search(text[max(0, start - 20):start])
    if not match:
        return value
    word = " ".join(match.group("cue").lower().split())
    return {**value, "bound": "after" if word in AFTER_CUES else "before", "bound_cue": word}


def _temporal_groups(doc: "Doc") -> list[list[tuple[int, int]]]:
    """spaCy's DATE/TIME entities, those only a space or comma apart grouped ("Friday" + "evening")."""
    groups: list[list[tuple[int, int]]] = []
    for ent in ents_of(doc):
        if ent.label_ not in TEMPORAL_LABELS:
            continue
        if groups and TEMPORAL_GAP_RE.fullmatch(text_of(doc)[groups[-1][-1][1] : ent.start_char]):
            groups[-1].append((ent.start_char, ent.end_char))
        else:
            groups.append([(ent.start_char, ent.end_char)])
    return groups


def _attempt_entity(text: str, start: int, end: int, attempt, local: list) -> None:
    """Resolve one entity whole, else its parts split at "and"/"to"/dashes, else at commas."""
    if attempt(start, end, local):
        return
    for s, e in _pieces(text, start, end):
        if attempt(s, e, local):
            continue
        cursor = s
        for sep in [*COMMA_SPLIT_RE.finditer(text[s:e]), None]:
            attempt(cursor, s + sep.start() if sep else e, local)
            cursor = s + sep.end() if sep else e


def _tense_at(doc: "Doc", start: int, end: int) -> str:
    span = doc.char_span(start, end, alignment_mode="expand")
    return _tense_from_span(span) if span is not None and len(span) else "present"


def _blocks(ent: "Span") -> bool:
    """Whether a non-temporal entity covers real words, not just a misread date ("Mar" as PERSON)."""
    if ent.label_ in TEMPORAL_LABELS or ent.label_ in ("CARDINAL", "ORDINAL", "QUANTITY"):
        return False
    if ent.label_ in NON_DATE_LABELS:
        return True
    if ent.label_ == "PERSON":
        words = LETTERS_RE.findall(span_text(ent))
        return not all(w.lower() in MONTHS or w.lower() in WEEKDAYS for w in words)
    return False


def _names_capitalised(chunk: str) -> bool:
    """Month and weekday names must be capitalised in running text ("may" is a verb, "sat" too)."""
    for word in LETTERS_RE.findall(chunk):
        lower = word.lower()
        if (lower in MONTHS or lower in WEEKDAYS) and not word[0].isupper():
            return False
    return True


BEFORE_CUES = frozenset({"before", "until", "till", "by", "prior to", "no later than", "earlier than", "as of", "up to"})
AFTER_CUES = frozenset({"after", "since", "later than", "from", "starting"})
BOUND_RE = re.compile(
    r"\b(?P<cue>before|until|till|by|prior to|no later than|earlier than|as of|up to|after|since|later than|from|starting)\s+(?:the\s+)?$",
    re.I,
)


def _interval(value: Mapping) -> tuple[date, date] | None:
    span = _closed_interval(value)
    if span is None:
        return None
    bound = value.get("bound")
    if bound == "before":
        return date.min, span[1]
    if bound == "after":
        return span[0], date.max
    return span


def _closed_interval(value: Mapping) -> tuple[date, date] | None:
    iso, precision = value.get("value"), value.get("precision")
    if not value.get("resolved", iso is not None) or not isinstance(iso, str):
        return None
    try:
        if precision == "week" or "-W" in iso:
            year, week = iso.split("-W")
            first = date.fromisocalendar(int(year), int(week), 1)
            return first, first + timedelta(days=6)
        fields = [int(x) for x in iso.split("-")]
        if len(fields) == 1:
            return date(fields[0], 1, 1), date(fields[0], 12, 31)
        if len(fields) == 2:
            last = calendar.monthrange(fields[0], fields[1])[1]
            return date(fields[0], fields[1], 1), date(fields[0], fields[1], last)
        day = date(fields[0], fields[1], fields[2])
        return day, day
    except (ValueError, TypeError):
        return None


def dates_agree(a: Mapping, b: Mapping) -> bool:
    """Whether two date values can name the same time, precision-aware.

    "2016" agrees with "2016-09" and a week with the days in it; a day agrees with the same day
    with a part; two parts of the same day disagree only when they cannot touch (morning vs
    night); a night agrees with the small hours of the next day. Unresolved values never
    disagree.
    """
    ia, ib = _interval(a), _interval(b)
    if ia is None or ib is None:
        return True
    if ia[0] > ib[1] or ib[0] > ia[1]:
        if ia[0] == ia[1] and ib[0] == ib[1]:
            return _night_meets_morning(a, ia[0], b, ib[0]) or _night_meets_morning(b, ib[0], a, ia[0])
        return False
    if ia[0] == ia[1] and ib[0] == ib[1]:
        pa, pb = a.get("part"), b.get("part")
        if pa and pb and pa != pb:
            return frozenset({pa, pb}) in ADJACENT_PARTS
    return True


def _night_meets_morning(a: Mapping, day_a: date, b: Mapping, day_b: date) -> bool:
    return (
        a.get("part") == "night"
        and day_b == day_a + timedelta(days=1)
        and b.get("part") in ("morning", "night")
    )


def describe(value: Mapping) -> str:
    """Plain words for a date value, for an explanation: "Wed 1 Mar 2017 (night)", "September 2016"."""
    interval = _closed_interval(value)
    if value.get("bound") and interval is not None:
        cue = value.get("bound_cue") or value["bound"]
        return f"{cue} {describe({k: v for k, v in value.items() if k not in ('bound', 'bound_cue')})}"
    if interval is None:
        expression = value.get("expression") or value.get("text") or "?"
        reason = value.get("reason") or "no publication date"
        return f"unresolved {expression!r} ({reason})"
    first = interval[0]
    precision = value.get("precision")
    if precision == "year" or (interval[1] - first).days >= 364:
        return f"{first.year}"
    if precision == "month" or (interval[1] - first).days >= 27:
        return f"{calendar.month_name[first.month]} {first.year}"
    if precision == "week" or (interval[1] - first).days == 6:
        return f"the week of Mon {first.day} {calendar.month_abbr[first.month]} {first.year}"
    month = calendar.month_abbr[first.month]
    words = f"{calendar.day_abbr[first.weekday()]} {first.day} {month} {first.year}"
    part = value.get("part")
    return f"{words} ({part})" if part else words
