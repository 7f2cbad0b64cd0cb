"""Calendar words: weekdays, months, parts of the day, relative days, seasons, holidays, and the cues that place a date in time."""

from .cardinals import CARDINALS

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

FULL_MONTHS: frozenset[str] = frozenset(MONTHS) - MONTH_ABBREVIATIONS
"""Full month names; the only ones the date scanner accepts without a day or year beside them."""

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
"""Words naming a part of the day, mapped to the part recorded in a date value."""

CLOSING_PARTS = frozenset({"evening", "night", "late"})
OPENING_PARTS = frozenset({"early", "morning"})
"""Parts that run up to midnight and parts that start after it: where one moment may be dated on either of two days
(across midnight, or in two time zones)."""

EDGE_PARTS: dict[str, str] = {"early": "early", "late": "late"}
"""The part of the day "early" and "late" before a day name mean in news: "early Saturday" is its small hours or
morning, "late Friday" its afternoon, evening or night (wire copy's "late Friday" is often the end of the working
day), so each is a part of its own that meets those."""

PART_START_HOURS: tuple[tuple[int, str], ...] = (
    (5, "morning"),
    (12, "afternoon"),
    (17, "evening"),
    (21, "night"),
)
"""Clock hour (0-23) at which each part of the day begins."""

RELATIVE_DAYS: dict[str, int] = {
    "today": 0,
    "tonight": 0,
    "yesterday": -1,
    "tomorrow": 1,
    "day before yesterday": -2,
    "day after tomorrow": 2,
}
"""Words for the day relative to publication, as an offset in days."""

UNIT_WORDS: dict[str, int] = {w: n for w, n in CARDINALS.items() if 1 <= n <= 9}
TEEN_WORDS: dict[str, int] = {w: n for w, n in CARDINALS.items() if 10 <= n <= 19}
TENS_WORDS: dict[str, int] = {w: n for w, n in CARDINALS.items() if n >= 20}
"""Spelled-out numbers of spoken years ("nineteen ninety-six", "two thousand one")."""

COUNT_WORDS: dict[str, int] = {
    "a": 1, "an": 1, **UNIT_WORDS, **TEEN_WORDS,
    **{w: n for w, n in TENS_WORDS.items() if n <= 60},
    "a hundred": 100, "a couple of": 2, "a couple": 2,
}  # fmt: skip
"""Number words in relative date expressions ("a year ago", "a couple of weeks ago", "sixty days from now")."""

QUARTER_ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
}  # fmt: skip
"""Ordinals naming a quarter of the year ("the third quarter", "2nd-quarter")."""

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
"""Ordinal words for days of the month ("March eighth" in broadcast transcripts)."""

SEASONS: dict[str, tuple[int, int]] = {
    "spring": (3, 5),
    "summer": (6, 8),
    "fall": (9, 11),
    "autumn": (9, 11),
}
"""Seasons as (first month, last month); winter straddles two years and is not resolved."""

LEADING_WORDS: tuple[str, ...] = (
    "as of", "as early as", "as late as", "on", "in", "at", "by", "since", "until", "till",
    "through", "throughout", "from", "during", "before", "after", "of", "for", "around",
    "about", "circa", "approximately", "sometime", "some time", "the", "this coming",
)  # fmt: skip
"""Words that may open a date expression without changing the point in time it names."""

NARROWING_WORDS: tuple[str, ...] = (
    "beginning of", "start of", "end of", "middle of", "first half of", "second half of",
    "early part of", "latter part of", "the", "earlier", "later", "early", "late", "mid", "end",
)  # fmt: skip
"""Words that narrow a period without leaving it ("late September" is still September)."""

FIXED_HOLIDAYS: dict[str, tuple[int, int]] = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
    "boxing day": (12, 26), "new year's day": (1, 1), "new year's eve": (12, 31),
    "new year": (1, 1), "independence day": (7, 4), "the fourth of july": (7, 4),
    "fourth of july": (7, 4), "halloween": (10, 31), "valentine's day": (2, 14),
    "st. patrick's day": (3, 17), "veterans day": (11, 11), "armistice day": (11, 11),
}  # fmt: skip
"""Fixed-date holidays (US usage) as (month, day), resolved like a day written without its year."""

NTH_WEEKDAY_HOLIDAYS: dict[str, tuple[int, int, int]] = {
    "thanksgiving": (11, 3, 4), "thanksgiving day": (11, 3, 4), "labor day": (9, 0, 1),
    "memorial day": (5, 0, -1), "martin luther king day": (1, 0, 3), "presidents day": (2, 0, 3),
    "presidents' day": (2, 0, 3), "mother's day": (5, 6, 2), "father's day": (6, 6, 3),
}  # fmt: skip
"""Movable holidays as (month, weekday, nth): nth -1 is the last such weekday of the month."""

EASTER_HOLIDAYS: dict[str, int] = {"easter": 0, "easter sunday": 0, "good friday": -2, "easter monday": 1}
"""Holidays counted in days from Easter Sunday."""

FUTURE_AUXILIARIES = frozenset({"will", "'ll", "shall", "wo", "would", "ll"})
"""Auxiliaries whose presence puts a governed date in the future."""

MODAL_AUXILIARIES = frozenset({"should", "must", "could", "may", "might", "can", "ca"})
"""Modals that look forward ("should reopen by Friday", "must register by Thursday") unless "have" follows ("could
have reopened on Monday")."""

FUTURE_LEMMAS = frozenset(
    {
        "plan", "expect", "schedule", "intend", "aim", "prepare", "set", "due", "vow",
        "promise", "pledge", "threaten", "propose", "slate", "forecast",
        "predict", "anticipate", "project",
    }
)  # fmt: skip
"""Verbs whose infinitive complement names a coming time: "plans to meet in April"."""

SCHEDULE_LEMMAS = frozenset({"schedule", "slate", "due", "expect"})
"""Participles that name a coming time even in the past tense: "was scheduled for Thursday", "was expected on Sunday"."""

CALLED_OFF_LEMMAS = frozenset({"cancel", "postpone", "suspend", "scrap", "axe", "cut"})
"""Verbs whose date, in the present perfect, is the day of what was called off, not of the calling off: "has
cancelled 14 trains on Thursday" on a Wednesday page is tomorrow's trains."""

SCHEDULED_FOR_LEMMAS = frozenset({"set", "plan", "book", "fix", "reschedule", "postpone", "delay", "move", "call"})
"""Verbs that name a coming time with "for", in the past or as a participle: "set for Friday", "called a strike for
January 31" (but "a record set Aug. 6")."""

ADJOURNING_LEMMAS = frozenset({"adjourn", "remand", "bail", "defer", "postpone", "delay", "reschedule", "move", "set",
                               "fix", "book", "list"})
"""Verbs that put something off to a day, named through "for" or "until" even in the past tense: "adjourned the case
for sentencing on 19 April", "was remanded in custody until May 3"."""

BASELINE_LEMMAS = frozenset({"compare"})
"""Verbs whose date is a yardstick, not when the thing told happened: "compared with 380 at this point in 2024"."""

SNAPSHOT_CUES = frozenset({"by", "as of"})
"""Bounds that, with a figure, date how things stood at a moment ("by Wednesday evening the flow had reached 5.2 km",
"11 in intensive care as of Thursday evening")."""

ONGOING_LEMMAS = frozenset({"continue", "remain", "stay", "keep", "persist"})
"""Verbs of a state or an activity going on ("continued to rattle on Wednesday", "will remain closed on Sunday"): the
day they carry is one day of it, not the day it happened."""

BEFORE_CUES: tuple[str, ...] = (
    "before", "until", "till", "by", "prior to", "no later than", "earlier than", "as of", "up to",
)  # fmt: skip
"""Words that make a date the end of an open interval: "before 1967" is any time until then."""

AFTER_CUES: tuple[str, ...] = ("after", "since", "later than", "from", "starting")
"""Words that make a date the start of an open interval: "after June 3" is any time from then on."""

TIME_ZONES: dict[str, int | None] = {
    "gmt": 0, "utc": 0, "wet": 0, "west": 60, "bst": 60, "cet": 60, "cest": 120, "eet": 120,
    "eest": 180, "msk": 180, "sast": 120, "pkt": 300, "ict": 420, "wib": 420, "hkt": 480, "sgt": 480,
    "pht": 480, "awst": 480, "kst": 540, "jst": 540, "acst": 570, "aest": 600, "aedt": 660, "nzst": 720,
    "nzdt": 780, "est": -300, "edt": -240, "cdt": -300, "mst": -420, "mdt": -360, "pst": -480, "pdt": -420,
    "akst": -540, "hst": -600,
    # Written for more than one zone (IST: India, Israel, Ireland; CST: US Central, China; ET: EST or EDT).
    "ist": None, "cst": None, "ast": None, "et": None, "ct": None, "mt": None, "pt": None,
}  # fmt: skip
"""Time-zone abbreviations and their offset from UTC in minutes; None where the letters name several zones."""

LOCAL_TIME_WORDS: tuple[str, ...] = ("local time", "local")
"""Words after a clock time that place it in the zone of where it happened."""

CLOCK_HEDGES: dict[str, str] = {
    "about": "about", "around": "about", "approximately": "about", "roughly": "about", "some": "about",
    "circa": "about", "nearly": "about", "almost": "about", "sometime around": "about", "at about": "about",
    "at around": "about", "just after": "after", "shortly after": "after", "soon after": "after",
    "just past": "after", "a little after": "after", "right after": "after", "moments after": "after",
    "just before": "before", "shortly before": "before", "a little before": "before", "right before": "before",
    "moments before": "before",
}  # fmt: skip
"""Words before a clock time that make it approximate ("about") or a little after or before it."""

START_LEMMAS = frozenset({"start", "begin", "break", "erupt", "ignite", "occur", "happen", "take", "open", "launch",
                          "commence"})
"""Verbs of a happening's start ("the fire began on Monday", "broke out on Sunday", "took place", "the inquiry was
opened in March"): two of them in a linked pair date one event, as one verb does."""

ONSET_LEMMAS = START_LEMMAS | frozenset({
    "strike", "hit", "explode", "collapse", "fail", "crash", "derail", "spark", "trigger", "detonate",
})
"""Verbs a clock time of an event's start hangs on ("broke out at 10.40pm", "the explosion took place at 11:15 am",
"the blackout hit just before 8pm"): two of them in one linked pair time one happening."""

LIGHT_EVENTS: frozenset[str] = frozenset({
    "be", "have", "make", "take", "do", "get", "give", "go", "come", "say", "tell", "see", "begin", "start", "continue",
    "end", "hold", "put", "set",
})
"""Verbs that say too little of an act for two days on them to date one event in sentences not paired."""

SMALL_HOURS_WORDS = ("midnight", "overnight", "small hours", "early hours", "predawn", "pre-dawn", "before dawn")
"""Words of the hours around midnight that a date's own words may leave out ("just after midnight Sunday")."""

ONE_EVENT_VERBS: dict[str, str] = {
    **{w: "arrest" for w in ("arrest", "capture", "apprehend")},
    **{w: "flee" for w in ("flee", "escape")},
    **{w: "question" for w in ("question", "interview", "interrogate")},
    **{w: "buy" for w in ("buy", "acquire", "purchase")},
    **{w: "dismiss" for w in ("dismiss", "fire", "sack", "oust")},
    **{w: "quit" for w in ("quit", "resign")},
    **{w: "strike" for w in ("strike", "hit", "jolt", "rock")},
    **{w: "kidnap" for w in ("kidnap", "abduct", "seize")},
    **{w: "impose" for w in ("impose", "levy")},
}
"""Verbs that name one act when two sources date it ("was arrested in May 2011", "was captured in May 2012"): two days
on them are one event told twice, as on one verb. Not an act and its sequel ("shot" and "killed", "detained" and
"arrested", "convicted" and "sentenced"), which may fall on different days, nor a verb of many senses ("close")."""

YEAR_PARTS = {"first half": (1, 6), "h1": (1, 6), "second half": (7, 12), "h2": (7, 12),
              "first quarter": (1, 3), "q1": (1, 3), "second quarter": (4, 6), "q2": (4, 6),
              "third quarter": (7, 9), "q3": (7, 9), "fourth quarter": (10, 12), "q4": (10, 12)}
"""Months (first, last) of the part of a year its words name."""

MONTH_PARTS = {"early": (1, 12), "beginning": (1, 12), "start": (1, 12), "mid": (8, 23), "middle": (8, 23),
               "late": (18, 31), "end": (18, 31)}
"""Days (first, last) of the part of a month its words name: early, mid, late."""
