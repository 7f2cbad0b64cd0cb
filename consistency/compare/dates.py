"""The date rule: two linked sentences date the same thing differently; when two date values agree, and how one reads."""

from __future__ import annotations

import calendar
import re
from dataclasses import replace
from datetime import date, timedelta
from typing import Iterator, Sequence

from ..core.types import Facet, FacetKind, Finding, Severity
from ..core.values import ABSENT
from ..core.values.dates import DateValue
from ..facets.dates.points import weekday_number
from ..facets.lexicon.en.calendar import (BASELINE_LEMMAS, CLOSING_PARTS, LIGHT_EVENTS, ONE_EVENT_VERBS, OPENING_PARTS,
                                         SMALL_HOURS_WORDS, SNAPSHOT_CUES, START_LEMMAS)
from .intervals import interval, overlap
from .pairs import SentencePair, confidence, evidence
from .periods import closed_interval
from .zones import told_in_zones, zone_shift

PRECISION_CLASS = {"day": "day", "part": "day", "time": "day", "week": "week", "month": "month", "year": "year"}

#: Parts of one day that can be one moment; night and the next morning meet across midnight (`dates_agree`).
ADJACENT_PARTS = frozenset(frozenset(pair) for pair in (
    ("morning", "afternoon"), ("afternoon", "evening"), ("evening", "night"), ("early", "morning"),
    ("late", "afternoon"), ("late", "evening"), ("late", "night")))
DO_SO_RE = re.compile(r"(?i)\b(?:do|does|did|done|doing) so\b")
SMALL_HOURS_RE = re.compile(r"(?i)\b(?:" + "|".join(SMALL_HOURS_WORDS) + r")\b")
#: Parts that end a day: a night meets the next day's `OPENING_PARTS` across midnight.
ENDS_OF_DAY = frozenset({"night", "late"})
#: Words that tell a month by its end or its start ("late February", "the beginning of March").
EDGE_OF_MONTH_RE = re.compile(r"(?i)\b(?:early|late|end|beginning|start|mid)\b")
#: Words whose day is counted from the day they were spoken: "yesterday", "last night", "two days ago".
SPEAKING_DAY_RE = re.compile(r"(?i)\b(?:yesterday|today|tomorrow|tonight|last night|this (?:morning|afternoon|evening)"
                             r"|ago|(?:last|next|this) week)\b")
#: A clock time told as night before this hour is the small hours of its day, which "early" means.
SMALL_HOURS_END = "05:00"
#: Words that count a period from the page's date exactly ("last year", "this month"): no year guessed.
COUNTED_PERIOD_RE = re.compile(r"(?i)(?<!the )\b(?:last|next|this|coming|past)\b")  # not "ago": "50 years ago" is round
#: A hedge on a counted period ("about two years ago"): no exact year.
HEDGED_PERIOD_RE = re.compile(r"(?i)\b(?:about|around|nearly|almost|some|roughly|more than|over|under|less than)\b")
WORD_RE = re.compile(r"[a-z]+")
#: Parts read from "early" or "late" alone ("early Friday", "late Friday"): they do not say the hour.
VAGUE_PARTS = frozenset({"early", "late"})


#: The precision classes, finest first: each is compared before the coarser ones.
CLASS_ORDER = ("day", "month", "year")
#: A pair linked at or above this score states one event closely enough for a one-day clash to be HIGH.
STRONG_LINK = 0.85
#: Dates this many days apart or more name different events (the day of a storm, the day of a visit).
FAR_APART = 4


def compare_dates(pair: SentencePair) -> Iterator[Finding]:
    """Dates of the same precision class that agree nowhere across the two sentences."""
    dx, dy = _told_dates(pair.of("x", FacetKind.DATE)), _told_dates(pair.of("y", FacetKind.DATE))
    if not dx or not dy:
        return
    compared = False
    for cls in CLASS_ORDER:
        # Compare within a precision class first: a coarse "the second quarter" must not hide a
        # clash between two days.
        cx = [f for f in dx if PRECISION_CLASS.get(str(f.value.precision), "") == cls]
        cy = [f for f in dy if PRECISION_CLASS.get(str(f.value.precision), "") == cls]
        if not cx or not cy:
            continue
        compared = True
        # A year or a month the other sentence gives within a finer date ("in 1999" against "in June 1999") is
        # told by both: it clashes with no other year there ("between 1991 and 1998").
        fx, fy = _this_or_finer(dx, cls), _this_or_finer(dy, cls)
        unmatched_x = [a for a in cx if not any(dates_agree(a.value, b.value) for b in fy)]
        unmatched_y = [b for b in cy if not any(dates_agree(a.value, b.value) for a in fx)]
        if not (unmatched_x and unmatched_y):
            unmatched_x, unmatched_y = _one_event_clash(cx, cy, fx, fy)
        if unmatched_x and unmatched_y:
            a, b = min(((a, b) for a in unmatched_x for b in unmatched_y), key=lambda ab: _rank(*ab))
            if cls == "day":
                severity, why = _day_severity(pair, a.value, b.value, single=len(cx) == 1 and len(cy) == 1)
                quoted = [f for f, fs in ((a, pair.fx), (b, pair.fy)) if _quoted_from_page(f, fs)]
                if severity.rank > Severity.LOW.rank and _quoted_day_old(a, b, quoted):
                    severity, why = Severity.LOW, "words quoted from a day not told, counted from the page's date"
                elif severity is Severity.HIGH and quoted:
                    severity, why = Severity.MEDIUM, (f"\u201c{quoted[0].text}\u201d is quoted from a day not told: "
                                                      "counted from the page's")
            elif {a.value.tense, b.value.tense} == {"past", "future"}:
                severity, why = Severity.LOW, "what is expected against what happened"
            elif _own_figures(pair):
                severity, why = Severity.LOW, "each gives a figure of its own for its period"
            elif (_year_placed(a.value) or _year_placed(b.value)) and not _other_month(a.value, b.value):
                severity, why = Severity.LOW, "a period without a year, placed by the page date"
            elif cls == "month" and (a.value.relative or b.value.relative) and _neighbouring_months(a.value, b.value):
                severity, why = Severity.LOW, "neighbouring months (\"late February\", \"early March\")"
            else:
                severity, why = _far_events(pair, a.value, b.value) or (Severity.MEDIUM, "")
            yield _date_finding(pair, a, b, f"date-{cls}", severity, why)
            return  # one date finding per pair: the finest class that disagrees
    if compared:
        return
    # No precision in common ("in 1956" against "June 10, 1945"): the periods must still overlap.
    # A day placed by the page date against a written year is most often two events ("Saturday"
    # against "since 1991"): LOW; two written years that differ stay MEDIUM.
    unmatched_x = [a for a in dx if not any(dates_agree(a.value, b.value) for b in dy)]
    unmatched_y = [b for b in dy if not any(dates_agree(a.value, b.value) for a in dx)]
    if len(unmatched_x) == len(dx) and len(unmatched_y) == len(dy):
        a, b = unmatched_x[0], unmatched_y[0]
        # "early December" against "on 19 December": one month both name, parts of it that do not meet
        one_month = len(str(a.value.value)) >= 7 and str(a.value.value)[:7] == str(b.value.value)[:7]
        # ... unless the two sentences restate each other and both dates hang on one act ("raised its alert to phase
        # five on April 29", "raised its alert to phase five at the end of last month")
        same_act = pair.restated and _one_event(a.value, b.value)
        if (a.value.relative or b.value.relative) and not one_month and not same_act:
            yield _date_finding(pair, a, b, "date-precision", Severity.LOW,
                                "a date placed by the page date, likely another event")
        else:
            yield _date_finding(pair, a, b, "date-precision",
                                *(_far_events(pair, a.value, b.value, same_precision=False) or (Severity.MEDIUM,)))


def _told_dates(dates: Sequence[Facet]) -> list[Facet]:
    """The resolved dates of what a sentence tells, not a yardstick ("compared with 380 at this point in 2024")."""
    return [f for f in dates if f.value.resolved and f.value.value and f.value.event not in BASELINE_LEMMAS]


def _this_or_finer(dates: Sequence[Facet], cls: str) -> list[Facet]:
    """The dates of precision class `cls` or a finer one (a day is finer than a month, a month than a year)."""
    finer = CLASS_ORDER[:CLASS_ORDER.index(cls) + 1]
    return [f for f in dates if PRECISION_CLASS.get(str(f.value.precision), "") in finer]


def _quoted_from_page(found: Facet, facets: Sequence[Facet]) -> bool:
    """A day counted from the day of speaking ("yesterday", "last night") inside a quotation whose sentence does not
    date the saying: "'Yesterday we finished,' the engineer said" counts from the page's date, though the words may
    be a day or more older than the page. A weekday ("'We finished on Monday'") moves only across a week: as sure as
    any other date."""
    quotes = [f for f in facets if f.kind is FacetKind.QUOTE]

    def quoted(f: Facet) -> bool:
        return any(q.start <= f.start and f.end <= q.end for q in quotes)
    # a date of saying inside the quotation ("Today we have written history") dates nothing the page tells
    return (bool(found.value.relative) and SPEAKING_DAY_RE.search(found.text) is not None
            and not any(f.kind is FacetKind.DATE and f.value.said and not quoted(f) for f in facets) and quoted(found))


def _quoted_day_old(a: Facet, b: Facet, quoted: list[Facet]) -> bool:
    """Both days are words quoted from a day not told, or the later one is, a day after the other ("passed away this
    morning" quoted on Saturday's page, "died on Friday"): words said the day before the page give just that."""
    later = max((a, b), key=lambda f: str(f.value.value))
    return len(quoted) == 2 or (quoted == [later] and days_apart(a.value, b.value) == 1)


def _one_event_clash(cx: list[Facet], cy: list[Facet], fx: list[Facet], fy: list[Facet]
                     ) -> tuple[list[Facet], list[Facet]]:
    """Two dates of one event (one verb, neither of a statement), one of this class (`cx`, `cy`), the other of it or
    finer (`fx`, `fy`), each agreeing with nothing on the other side but an open date: "rose on Saturday night, and by
    Sunday morning" / "began rising on Friday night, and by Saturday morning"; "retired in August 2017 ... since 1952"
    / "retired in 2019". An open date agrees with any day before (or after) it, so it vouches for neither."""
    def only_open(value: DateValue, others: list[Facet]) -> bool:
        # An open date on the same verb still vouches: "arrested two on Saturday, and by Monday evening a third"
        # against "arrested a third on Sunday": the arrests are a series, not one event told two ways.
        return not any(dates_agree(o.value, value) for o in others if not o.value.bound or o.value.event == value.event)

    clashes = [(a, b) for a in fx for b in fy if (a in cx or b in cy) and _one_event(a.value, b.value)
               and not dates_agree(a.value, b.value) and only_open(a.value, fy) and only_open(b.value, fx)]
    if not clashes:
        return [], []
    a, b = min(clashes, key=lambda ab: _rank(*ab))
    return [a], [b]


def _one_event(a: DateValue, b: DateValue) -> bool:
    """Two dates, neither of a statement nor open nor to come, that hang on one verb: they date one event ("met on
    Monday" and "will meet again on Friday" are two meetings)."""
    return (not a.said and not b.said and not a.bound and not b.bound and "future" not in (a.tense, b.tense)
            and a.event is not ABSENT and bool(a.event) and bool(b.event)
            and (_same_act(a.event, b.event) or {a.event, b.event} <= START_LEMMAS))


def _rank(a: Facet, b: Facet) -> tuple[bool, int, bool]:
    """The pair of dates most likely to date the same thing: both of a statement or both of the event, then nearest,
    then the pair hanging on one verb ("made landfall late on Wednesday" and "made landfall on Tuesday night", not
    "spent Thursday clearing debris")."""
    same_verb = bool(a.value.event) and _same_act(a.value.event, b.value.event)
    return bool(a.value.said) != bool(b.value.said), days_apart(a.value, b.value), not same_verb


def _other_month(a: DateValue, b: DateValue) -> bool:
    """Two months named differently ("in March", "in May"): a clash whatever year the page date places them in."""
    return a.precision == b.precision == "month" and str(a.value)[5:7] != str(b.value)[5:7]


def _neighbouring_months(a: DateValue, b: DateValue) -> bool:
    """Two months one after the other, one of them told by its end or start ("late February", "early March"): the
    two may be days apart."""
    months = sorted(int(str(v.value)[:4]) * 12 + int(str(v.value)[5:7]) for v in (a, b))
    edge = any(EDGE_OF_MONTH_RE.search(str(v.expression or "")) for v in (a, b))
    return months[1] - months[0] == 1 and edge


def days_apart(a: DateValue, b: DateValue) -> int:
    """Days between two date values' periods (0 when they overlap)."""
    ia, ib = closed_interval(a), closed_interval(b)
    if ia is None or ib is None:
        return 0
    return max(0, (ib[0] - ia[1]).days, (ia[0] - ib[1]).days)


def _day_severity(pair: SentencePair, a: DateValue, b: DateValue, *, single: bool) -> tuple[Severity, str]:
    """How sure a clash between two days is: a one-day slip on a closely linked pair is HIGH;
    across midnight, between a statement and the event, or far apart, they are likely two moments."""
    gap = days_apart(a, b)
    strong = (pair.link or 0.0) >= STRONG_LINK
    if bool(a.said) != bool(b.said):
        return Severity.LOW, "one dates a statement, the other the event"
    if (a.ongoing or b.ongoing) and not pair.restated:
        # "aftershocks continued to rattle the region on Wednesday" against "had been recorded by noon on Tuesday"
        return Severity.LOW, "one tells a state or an activity going on, of which a day is one day"
    own_figures = _own_figures(pair)
    if own_figures and {a.bound_cue, b.bound_cue} <= SNAPSHOT_CUES:
        # "had advanced about 3 km by Tuesday afternoon", "by Wednesday evening had reached 5.2 km": two moments
        return Severity.LOW, "each gives a figure of its own as of its own moment"
    if a.said and own_figures:  # "said on Friday, as cases rose to 46" and "announced on Thursday: 38 ill"
        return Severity.LOW, "two statements on different days, each with figures of its own: likely an update"
    if own_figures and gap >= 2:
        # "closed at $64.62 yesterday" (Monday) and "closed at $48.20 on Friday": two moments, each with its figure.
        # A day apart ("abducted 37 pupils late on Friday", "39 pupils kidnapped on Thursday night") it stays a clash.
        return Severity.LOW, "each gives a figure of its own for its day"
    named = _weekday_named(a)
    if gap == 7 and "present" in (a.tense, b.tense) and named is not None and named == _weekday_named(b):
        return Severity.LOW, "the same weekday a week apart: a verb in the present does not say which week"
    if gap == 1 and pair.texts and told_in_zones(pair.texts) and _zone_shift(a, b):
        # a close pair is one moment told in two zones, or a slip: not a blocking HIGH, not nothing either
        return (Severity.MEDIUM if strong else Severity.LOW), "one day apart, one side told in a named time zone"
    if gap == 1 and (_across_midnight(a, b) or _across_midnight(b, a)):
        earlier, later = (a, b) if _across_midnight(a, b) else (b, a)
        if (earlier.part in ("evening", "night") and later.part is None and not later.clock
                and not any(SMALL_HOURS_RE.search(t) for t in pair.texts or ())):
            # "declared a state of emergency on Tuesday night" against "on Wednesday": a night's small hours are
            # "early Wednesday" or "Wednesday morning", seldom the whole next day ("late Tuesday" may be a time zone's)
            return Severity.MEDIUM, f"one day apart: an {earlier.part} against the whole next day"
        return Severity.LOW, "one day apart across midnight"
    if gap == 0 and (a.part in VAGUE_PARTS or b.part in VAGUE_PARTS):
        # "early Friday" against "Friday night": a night may be its small hours, which "early" means
        if {a.part, b.part} == {"early", "night"} and not isinstance((a if a.part == "night" else b).clock, str):
            return Severity.LOW, "\"early\" may be the small hours the other calls night"
        return Severity.MEDIUM, "\"early\" or \"late\" does not say the hour"
    if single and not a.bound and not b.bound and ((gap == 1 and strong) or pair.restated):
        if _other_events(a, b):
            return Severity.MEDIUM, f"the dates hang on different verbs ({a.event}, {b.event})"
        return Severity.HIGH, ""  # a weekday slip, or two sentences that say the same thing on different days
    if gap >= FAR_APART:
        if pair.restated:
            return Severity.MEDIUM, f"{gap} days apart in two sentences that otherwise say the same"
        if _one_date_to_come(pair, a, b):
            return Severity.MEDIUM, f"{gap} days apart for one thing to come ({a.event})"
        if strong and _one_event(a, b):
            # "was last inspected on January 20" against "had last been inspected on January 28"
            return Severity.MEDIUM, f"{gap} days apart for one verb's event ({a.event}) in two closely linked sentences"
        return Severity.LOW, f"{gap} days apart, likely different events"
    if gap == 1 or strong:
        return Severity.MEDIUM, ""
    return Severity.LOW, f"{gap} days apart on a loosely linked pair"


SERIES_RE = re.compile(r"\b(?:another|second|third|further|also)\b", re.IGNORECASE)
"""Words that make a thing to come one of a series: "another vote on May 2", "a second hearing on June 9"."""


def one_dated_event(pair: SentencePair, a: DateValue, b: DateValue) -> bool:
    """Two days date one event by one word of an act that says what happened ("Thursday's referendum",
    "Wednesday's referendum"; "will appear in court on Monday", "will appear ... this morning"), not a verb as light
    as "be", "have" or "make": in two sentences the aligner did not pair, what makes their days a clash. Years are
    left out: a career's acts repeat year after year ("hosted the Emmys in 2005", "hosted the Oscars in 2007")."""
    return (a.precision == b.precision == "day" and str(a.event) not in LIGHT_EVENTS
            and (_one_event(a, b) and _same_act(a.event, b.event) or _one_date_to_come(pair, a, b)))


def _one_date_to_come(pair: SentencePair, a: DateValue, b: DateValue) -> bool:
    """Two days set for one verb's event to come ("members will vote on April 17", "will vote on the offer on April
    24"): a thing planned has one date. Done things repeat ("arrested two on Saturday", "arrested a third on
    Wednesday"); so does a thing to come told as one of a series ("will hold a second vote on May 2")."""
    return (a.tense == b.tense == "future" and bool(a.event) and _same_act(a.event, b.event) and not a.said and not b.said
            and not a.bound and not b.bound and not any(SERIES_RE.search(t) for t in pair.texts or ()))


def _far_events(pair: SentencePair, a: DateValue, b: DateValue, *, same_precision: bool = True
                ) -> tuple[Severity, str] | None:
    """LOW for two periods far apart that hang on different verbs ("a report of July 2018", "a pledge first made in
    November 2017"): two events, as two far-apart days are; None otherwise. Of one precision, a date on a noun
    against one on a verb ("the 2019 run-off", "were introduced in 1999") is two events too; of two precisions ("her
    death in 2018", "born August 18, 1998") both verbs must be given."""
    # Two years (or months) side by side touch at midnight: count from their starts, a year apart is far
    gap = days_apart(a, b) if a.precision == b.precision == "day" else _start_gap(a, b)
    verb_a, verb_b = a.said or a.event, b.said or b.event  # what the date dates: a saying ("report") or an event
    verbs = (verb_a or verb_b) if same_precision else (verb_a and verb_b)
    started = {verb_a, verb_b} <= START_LEMMAS  # "began in March 2023", "was opened in March 2022": one start
    # "the last pope to resign did so in 1417": "do so" stands for the other side's verb
    stands_in = "do" in (verb_a, verb_b) and any(DO_SO_RE.search(t) for t in pair.texts or ())
    if gap >= FAR_APART and not pair.restated and verbs and not _same_act(verb_a, verb_b) and not started and not stands_in:
        return Severity.LOW, f"{gap} days apart on different verbs ({verb_a}, {verb_b}), likely different events"
    return None


def _start_gap(a: DateValue, b: DateValue) -> int:
    """Days between the starts of two periods ("2023" and "last year" of 2025 are 365 days apart)."""
    ia, ib = closed_interval(a), closed_interval(b)
    return 0 if ia is None or ib is None else abs((ia[0] - ib[0]).days)


def _same_act(a: object, b: object) -> bool:
    """Two words of one act: the same lemma, two verbs of one `ONE_EVENT_VERBS` act ("arrest", "capture"), or a verb
    and its noun in -ing ("sentence", "sentencing")."""
    if a == b or (a in ONE_EVENT_VERBS and ONE_EVENT_VERBS[a] == ONE_EVENT_VERBS.get(b)):
        return True
    if not isinstance(a, str) or not isinstance(b, str):
        return False
    noun, verb = (a, b) if a.endswith("ing") else (b, a)
    return noun.endswith("ing") and len(verb) >= 3 and noun[:-3] in (verb, verb.removesuffix("e"), verb + verb[-1])


def _other_events(a: DateValue, b: DateValue) -> bool:
    """Both dates hang on a verb and the verbs differ ("was sentenced on Monday", "halved on Tuesday"): perhaps
    two events of one story, so a clash between them is not sure enough to block a publication. Two dates of
    statements ("said on Monday", "announced on Tuesday") date one kind of event whatever the verb."""
    if a.said and b.said:
        return False
    return a.event is not ABSENT and b.event is not ABSENT and not _same_act(a.event, b.event)


def _zone_shift(a: DateValue, b: DateValue) -> bool:
    """`zone_shift` with the earlier of the two days first."""
    ia, ib = closed_interval(a), closed_interval(b)
    return ia is not None and ib is not None and (zone_shift(a, b) if ia[0] < ib[0] else zone_shift(b, a))


def _across_midnight(earlier: DateValue, later: DateValue) -> bool:
    """An evening or night against the next day: the same moment told either side of midnight or of a time zone."""
    ie, il = closed_interval(earlier), closed_interval(later)
    if ie is None or il is None or (il[0] - ie[1]).days != 1:
        return False
    # Two nights (or an evening and the next night) are a whole day apart, not one moment told two ways.
    return earlier.part in CLOSING_PARTS and (  # "after midnight on Friday" ends "Thursday night"
        later.part not in ("afternoon", "evening", "night", "late") or "midnight" in str(later.expression).lower())


def _date_finding(pair: SentencePair, a: Facet, b: Facet, kind: str, severity: Severity, why: str = "") -> Finding:
    names, x, y = pair.names, pair.x, pair.y
    certainty = {Severity.HIGH: 0.9, Severity.MEDIUM: 0.7}.get(severity, 0.4)
    return Finding(
        facet="date", kind=kind, severity=severity, statement=pair.statement,
        a=evidence(x, a, _told_value(a.value)), b=evidence(y, b, _told_value(b.value)),
        explanation=(f"{names[x.doc]} dates it {describe(a.value)} (\u201c{a.text}\u201d); "
                     f"{names[y.doc]} {describe(b.value)} (\u201c{b.text}\u201d)" + (f" ({why})" if why else "")),
        confidence=confidence(pair.score, certainty))


def _told_value(value: DateValue) -> str:
    """A date's value for the report: its ISO date, or the ISO interval of the part of a year or month its words name
    ("2026-07/2026-12" for the second half of 2026), so two halves of one year are two values."""
    iso, span = str(value.value), closed_interval(value)
    if span is None or value.precision not in ("year", "month"):
        return iso
    first, last = span
    if value.precision == "year" and (first.month, last.month) != (1, 12):
        return f"{first:%Y-%m}/{last:%Y-%m}"
    if value.precision == "month" and (first.day != 1 or last.day != calendar.monthrange(last.year, last.month)[1]):
        return f"{first.isoformat()}/{last.isoformat()}"
    return iso


def _interval(value: DateValue) -> tuple[date, date] | None:
    span = closed_interval(value)
    if span is None:
        return None
    if value.bound == "before":
        return date.min, span[1]
    if value.bound == "after":
        return span[0], date.max
    return span


def dates_agree(a: DateValue, b: DateValue) -> bool:
    """Whether two date values can name the same time, precision-aware.

    "2016" agrees with "2016-09" and a week with the days in it; two open ends of one side ("until Friday",
    "until Saturday") agree as their dates do, an open end with any date within it; a day agrees with the same day
    with a part; two parts of the same day disagree only when they cannot touch (morning vs
    night); a night agrees with the small hours of the next day. Unresolved values never
    disagree.
    """
    # "until Friday" and "until Saturday": two ends, the same only as dates; "as of" dates a snapshot, not an end
    if a.bound and a.bound == b.bound and "as of" not in (a.bound_cue, b.bound_cue):
        return dates_agree(replace(a, bound=ABSENT), replace(b, bound=ABSENT))
    ia, ib = _interval(a), _interval(b)
    if ia is None or ib is None:
        return True
    if ia[0] > ib[1] or ib[0] > ia[1]:
        if ia[0] == ia[1] and ib[0] == ib[1]:
            return _night_meets_morning(a, ia[0], b, ib[0]) or _night_meets_morning(b, ib[0], a, ia[0])
        return False
    if ia[0] == ia[1] and ib[0] == ib[1]:
        pa, pb = a.part, b.part
        if pa and pb and pa != pb:
            if {pa, pb} == {"early", "night"}:  # "early Friday" and a night timed in its small hours
                clock = (a if pa == "night" else b).clock
                return isinstance(clock, str) and clock < SMALL_HOURS_END
            return frozenset({pa, pb}) in ADJACENT_PARTS
    return True


def _night_meets_morning(a: DateValue, day_a: date, b: DateValue, day_b: date) -> bool:
    """A night meets the next morning's small hours; "late Thursday" meets only "early Friday", not "Friday morning"."""
    starts = OPENING_PARTS if a.part == "night" else {"early"}
    return a.part in ENDS_OF_DAY and day_b == day_a + timedelta(days=1) and b.part in starts


def describe(value: DateValue) -> str:
    """Plain words for a date value, for an explanation: "Wed 1 Mar 2017 (night)", "September 2016"."""
    interval = closed_interval(value)
    if value.bound and interval is not None:
        cue = value.bound_cue or value.bound
        return f"{cue} {describe(replace(value, bound=ABSENT, bound_cue=ABSENT))}"
    if interval is None:
        expression = value.expression or "?"
        reason = value.reason or "no publication date"
        return f"unresolved {expression!r} ({reason})"
    first, last = interval
    precision = value.precision
    if precision == "year" or (last - first).days >= 364:
        if (last - first).days < 364:  # a half or a quarter
            return f"{calendar.month_abbr[first.month]}-{calendar.month_abbr[last.month]} {first.year}"
        return f"{first.year}"
    if precision == "month" or (last - first).days >= 27:
        if (last - first).days < 27:  # early, mid or late in the month
            return f"{first.day}-{last.day} {calendar.month_abbr[first.month]} {first.year}"
        return f"{calendar.month_name[first.month]} {first.year}"
    if precision == "week" or (interval[1] - first).days == 6:
        return f"the week of Mon {first.day} {calendar.month_abbr[first.month]} {first.year}"
    month = calendar.month_abbr[first.month]
    words = f"{calendar.day_abbr[first.weekday()]} {first.day} {month} {first.year}"
    part = value.part
    return f"{words} ({part})" if part else words


def _year_placed(value: DateValue) -> bool:
    """A period without a year that the page's date placed in one by guess ("in April", "the second quarter", "the
    previous year", "50 years ago"), not one the words count from it exactly ("last year", "next month")."""
    words = str(value.expression)
    return bool(value.relative) and (not COUNTED_PERIOD_RE.search(words) or bool(HEDGED_PERIOD_RE.search(words)))


def _weekday_named(value: DateValue) -> int | None:
    """The weekday the words name ("Thursday" in "on Thursday night", "Thu."), as its number, if any."""
    numbers = (weekday_number(w) for w in WORD_RE.findall(str(value.expression).lower()))
    return next((n for n in numbers if n is not None), None)


def _own_figures(pair: SentencePair) -> bool:
    """Both sentences give figures and share none ("worth $42 billion in 2023", "$38 billion in 2022"): two
    periods' figures, each dated right, more likely than one period misdated ("more than 22,000" shares 22,219)."""
    def figures(facets: Sequence[Facet]) -> list[tuple[float, bool, float, bool]]:
        # in base units: "a two-week state of emergency" and "a 14-day" one share their figure
        return [interval(f.value, 0.0) for f in facets if f.kind is FacetKind.NUMBER
                and isinstance(f.value.value, (int, float)) and f.value.kind in ("money", "percent", "count", "quantity")]
    fx, fy = figures(pair.fx), figures(pair.fy)
    return bool(fx) and bool(fy) and not any(overlap(a, b) for a in fx for b in fy)

