"""Which two figures of two sentences fill one slot of one event: one counted noun for one verb both assert, a part
of one whole, the period a figure is given for, what a sum includes."""

from __future__ import annotations

import re
from typing import Sequence

from ..core.types import Facet, FacetKind, Severity
from ..core.values import ABSENT
from ..core.values.numbers import NumberValue
from ..facets.dates.extract import DATELINE
from ..facets.lexicon.en.agents import ATTACKER_NOUNS
from ..facets.lexicon.en.calendar import SNAPSHOT_CUES
from ..facets.lexicon.en.function_words import FUNCTION_WORDS
from ..facets.lexicon.en.numbers import (MEASURE_ALIASES, MEASURE_VERBS, NOUN_ALIASES, NOUN_CLASSES, ORDINALS,
                                         SLOT_VERBS_EXCLUDED, STATE_BY_NOUN, STATE_BY_VERB)
from .number_words import upper_end
from .pairs import SentencePair

OTHERS = ("other", "others")
"""A counted noun of everyone but those the sentence names ("eight others died with the president")."""

ANCHOR_MIN = 10
"""Least exact figure two sentences must share to anchor them to one whole (`same_exact_figure`)."""


def counted_noun(v: NumberValue) -> str | None:
    """What a count counts, in one word per thing ("person" and "persons" are people); people when it names nothing,
    or only "others", and its verb tells what befell people ("64 have been injured", "injuring 46 others"), or when
    it counts what befell them ("41 arrests")."""
    noun = str(v.noun).lower() if v.noun else None
    if noun in (None, "other") and v.kind == "count" and v.unit is None and str(v.verb) in STATE_BY_VERB:
        return "people"
    if noun in STATE_BY_NOUN and v.kind == "count":  # "made 41 arrests": 41 people arrested
        return "people"
    return NOUN_ALIASES.get(noun, noun) if noun else None


def fewer_others(a: NumberValue, b: NumberValue) -> bool:
    """`a` counts "others" (everyone but those its sentence names: "eight others died with the president") and fewer
    than `b` counts with another fate or none ("nine people were aboard"): the difference may be the people named,
    not a discrepancy. Against a count of the same fate ("injured 35 others", "53 were injured") the two still meet."""
    if a.besides is True and b.besides is not True and a.value is not None and b.value is not None:
        # "Venkatapuram and four neighbouring villages": five in all, not twelve
        return float(a.value) < float(b.value) <= float(a.value) + NAMED_BESIDES_MAX
    others = str(a.noun).lower() in OTHERS and str(b.noun).lower() not in OTHERS
    return (others and STATE_BY_VERB.get(str(b.verb)) != STATE_BY_VERB.get(str(a.verb)) and a.value is not None
            and b.value is not None and float(a.value) < float(b.value))


def same_slot(a: NumberValue, b: NumberValue, main_x: set[str], main_y: set[str]) -> bool:
    """Two counts of one noun as the same argument of one verb that both sentences assert ("five officials have been
    fired", "it fired two officials"): one slot of one event, however far apart the figures."""
    if a.kind != "count" or b.kind != "count" or a.approx is not None or b.approx is not None:
        return False
    na, verb = counted_noun(a), a.verb
    return (bool(na) and na == counted_noun(b) and na != verb and bool(verb) and verb == b.verb
            and verb not in SLOT_VERBS_EXCLUDED and a.role in ("subject", "object") and a.role == b.role
            and asserted(a, main_x) and asserted(b, main_y))


def asserted(v: NumberValue, main: set[str]) -> bool:
    """The act a count is of is told as done: its verb is one its sentence asserts (`main_verbs`), or a noun names it
    ("the derailment of four coaches", "after the arrest of three men")."""
    return v.verb in main or v.event_noun is not ABSENT


def same_part(a: NumberValue, b: NumberValue) -> bool:
    """Two counts of one noun for one verb in the same grammatical role ("including seven children", "including at
    least nine children"), whatever the verb: with a figure both sentences share (`same_exact_figure`), a part of
    one whole given twice."""
    na = counted_noun(a)
    return (a.kind == b.kind == "count" and bool(na) and na == counted_noun(b) and na != a.verb and bool(a.verb)
            and a.verb == b.verb and a.role == b.role)


def same_exact_figure(a: Facet, b: Facet) -> bool:
    """Two sentences give one figure exactly, the same ("a toll of 24", "24 dead"): not a small count, which any two
    sentences may share, nor a year."""
    return (anchors(a) and anchors(b) and a.value.kind == b.value.kind and a.value.value == b.value.value
            and a.value.unit == b.value.unit)


def anchors(f: Facet) -> bool:
    """An exact figure large enough, or with a unit, to tie two sentences to one whole."""
    v = f.value
    return v.approx is None and v.value is not None and v.kind in ("count", "money", "quantity", "percent") \
        and (v.value >= ANCHOR_MIN or v.unit is not None)


def one_whole(a: Facet, b: Facet, nx: Sequence[Facet], ny: Sequence[Facet]) -> bool:
    """The whole just before each part is one figure both sentences give exactly ("24, including seven children",
    "24 people, including at least nine children"): the parts of one whole, not of two ("killed 24 ..., including
    seven children, and injured 110" against "treated 110 injured, including nine children")."""
    def whole(part: Facet, side: Sequence[Facet]) -> Facet | None:
        # the nearest figure before the part that could be a whole: not another part of the list ("including 5 women
        # and nine children"), nor a small count ("across 3 villages")
        before = [f for f in side if f.end <= part.start and f.value.verb != part.value.verb and anchors(f)]
        return max(before, key=lambda f: f.start, default=None)
    wa, wb = whole(a, nx), whole(b, ny)
    return wa is not None and wb is not None and same_exact_figure(wa, wb)


def main_verbs(facets: Sequence[Facet]) -> set[str]:
    """The verbs a sentence asserts (its root or reported clause, not a relative or subordinate one)."""
    return {str(f.value.predicate) for f in facets
            if f.kind is FacetKind.NEGATION and getattr(f.value, "main", None) is True}


def one_event(pair: SentencePair) -> bool:
    """A linked pair whose dates do not set the two sentences apart ("killed five" and "last year killed 20")."""
    def dates(facets: Sequence[Facet]) -> set[str]:
        return {str(getattr(f.value, "value", f.text)) for f in facets if f.kind is FacetKind.DATE}
    return pair.link is not None and dates(pair.fx) == dates(pair.fy)


def other_periods(pair: SentencePair, a: Facet, b: Facet) -> str:
    """The days, or else the years or months, the figures `a` and `b` are given for, when no one of them is in both
    ("11 in intensive care as of Thursday evening", "nine on Wednesday evening"; "worth $42 billion in 2023", "$38
    billion in 2022"): a count at two moments or two periods' figures, not one misreported (the date rule reports
    the days or periods if they should be one). A figure's dates are those on its own verb ("totalled $38 billion
    in 2022 before climbing last year": 2022), else those on no verb ("were $38 billion in 2022"), else every one in
    its sentence; a day a figure was told on ("the toll rose to 41, officials said on Wednesday") dates it too.
    A count or score dated by a day on its own verb against one dated by a month or year that does not hold the day
    ("won 34-17 this morning", "had beaten them 27-19 in August") is of two periods too. Empty when they share one
    or either has none."""
    for told, said in ((DAY_CLASS, True), (PERIOD_CLASS, False)):
        if told is DAY_CLASS and a.value.kind == b.value.kind == "age":
            continue  # a person's age is the same on Saturday and on Sunday: two days tell no two ages
        px, py = _figure_dates(pair.fx, a, told, said), _figure_dates(pair.fy, b, told, said)
        if _one_event_elsewhere(pair, a, b, told):
            return ""  # "flooded 420 homes after the river burst its banks on Monday" / "... on Tuesday": one event
        if px and py:
            points = told is PERIOD_CLASS and bool(pair.texts) and record_figure(a, pair.texts[0]) and record_figure(
                b, pair.texts[1])  # a record is set once: its month is in its year
            shared = any(_one_moment(x, y) or (points and _within(x, y)) for x in px for y in py)
            return "" if shared else f"{', '.join(px)} against {', '.join(py)}"
    if {a.value.kind, b.value.kind} - {"count", "score"} or {a.value.verb, b.value.verb} & MEASURE_VERBS:
        return ""  # "inflation fell to 2.6% in April" may be told on the Wednesday it was published
    # a count or a score on a day against one of a month or year on the other side only, each on the figure's own
    # verb ("won 34-17 this morning", "had beaten them 27-19 in August"): two periods unless the day falls in it
    days = _figure_dates(pair.fx, a, DAY_CLASS, True, True), _figure_dates(pair.fy, b, DAY_CLASS, True, True)
    periods = _figure_dates(pair.fx, a, PERIOD_CLASS, False, True), _figure_dates(pair.fy, b, PERIOD_CLASS, False, True)
    for mine, theirs in ((days[0], periods[1]), (days[1], periods[0])):
        if mine and theirs and not (days[0] and days[1]) and not any(_within(d.partition(" ")[0], p)
                                                                      for d in mine for p in theirs):
            return f"{', '.join(mine)} against {', '.join(theirs)}"
    return ""


def _one_event_elsewhere(pair: SentencePair, a: Facet, b: Facet, precisions: tuple[str, ...]) -> bool:
    """Neither figure has a date of its own verb, and every date of both sentences hangs on one other verb ("420
    homes were flooded after the river burst its banks early on Monday", "240 homes were flooded when it burst its
    banks yesterday morning"): the sentences date one event two ways, which the date rule reports; the figures are
    still one count."""
    def dated(facets: Sequence[Facet], figure: Facet) -> set[str] | None:
        found = [f for f in facets if f.kind is FacetKind.DATE and f.value.value is not None
                 and f.value.precision in precisions and f.value.said != DATELINE]
        # a day of telling dates the figures told that day ("said on Wednesday morning that 230 ...")
        if not found or any(f.value.event == figure.value.verb or not f.value.event or f.value.said for f in found):
            return None
        return {str(f.value.event) for f in found}
    ex, ey = dated(pair.fx, a), dated(pair.fy, b)
    return ex is not None and ex == ey and len(ex) == 1


def _one_moment(x: str, y: str) -> bool:
    """Two dates of figures that may be one moment: the same day, unless one is its morning and the other a later
    part ("Wednesday morning" and "Wednesday evening" are two moments: a toll told twice a day; "late on Sunday"
    and "Sunday night" may be one)."""
    (dx, _, px), (dy, _, py) = x.partition(" "), y.partition(" ")
    return dx == dy and not ("morning" in (px, py) and {px, py} & {"afternoon", "evening", "night"})


def _within(x: str, y: str) -> bool:
    """One period holds the other ("2018", "2018-04"): a figure of April 2018 is one of 2018."""
    return x.startswith(y + "-") or y.startswith(x + "-")


def measured(v: NumberValue) -> str | None:
    """What a figure measures: what the sentence says it is of, or the noun a sum of money names ("a $310 million
    rainy-day fund")."""
    if v.measures:
        return str(v.measures)
    return MEASURE_ALIASES.get(str(v.noun), str(v.noun)) if v.kind == "money" and v.noun else None


def year_of_figure(pair: SentencePair, a: Facet, b: Facet) -> str:
    """The bare written year (or "last year", "next year") one figure is dated by on its own verb ("In 2019, the carrier Elsa Maru was stuck there
    with 19 crew"; "a previous programme in 2022, when about 1,100 jobs were lost") when the other sentence names no
    such year: the figure of an earlier event, told as background. Not when the figure's verb carries a relative
    date too ("sales of $2.1 billion last year, up from $1.7 billion in 2023" is last year's). Empty otherwise."""
    def years(side: Sequence[Facet], text: str) -> list[Facet]:
        return [f for f in side if f.kind is FacetKind.DATE and f.value.value is not None and f.value.precision == "year"
                and (str(f.value.expression).strip().isdigit() if not f.value.relative
                     else OTHER_YEAR_RE.match(str(f.value.expression).strip()) is not None)
                and not YARDSTICK_BEFORE_RE.search(text[max(0, f.start - 30):f.start])
                # "the highest since 1992": a record's yardstick, not the figure's year
                and f.value.bound_cue != "since"]
    tx, ty = pair.texts or ("", "")
    for figure, side, theirs, text, other in ((a, pair.fx, pair.fy, tx, ty), (b, pair.fy, pair.fx, ty, tx)):
        verb = figure.value.verb or ABSENT
        mine = years(side, text)
        relative = [f for f in side if f.kind is FacetKind.DATE and f.value.relative and f.value.event == verb
                    and f not in mine]
        # a year on no verb dates what the sentence tells ("a previous programme in 2022, when ... were lost"); one
        # written right after the figure dates it ("the previous record of 45.9C set in 2019")
        # "last year's budget ... was $4.1 billion": a year owning the subject of a figure on no verb dates it too
        own = [d for d in mine if d.value.event in (verb, ABSENT) or 0 <= d.start - figure.end <= YEAR_AFTER_FIGURE
               or (verb is ABSENT and str(d.value.expression).endswith(("'s", "\u2019s")))]
        if own and not years(theirs, other) and not relative:
            return str(own[0].value.value)
    return ""


YEAR_AFTER_FIGURE = 16
"""Characters from a figure to a year that dates it in the same phrase (" set in 2019", " in 2019")."""

YARDSTICK_BEFORE_RE = re.compile(r"\b(?:unchanged|up|down|higher|lower|flat|level|compared)\s+(?:from|on|with|to)\s+$",
                                 re.IGNORECASE)
"""Words before a year that make it a yardstick of the figure, not its date: "4.2p, unchanged from last year"."""

RECORD_BEFORE_RE = re.compile(r"\brecord(?: time| score| total)?\s+(?:of|stood at|was|is)\s+(?:about |around |just )?$"
                              r"|(?P<apposed>\b(?:previous|old|former|earlier|prior)\s+(?:[\w-]+\s+){0,2}record\b"
                              r"[^.;:,]{0,40},\s+)$",
                              re.IGNORECASE)
"""Words before a figure that make it a record set before ("the previous record of 7 hours 20 minutes", "the old record
for a first weekend, $257.7 million,"): the yardstick of the new figure, another figure than it."""


def record_figure(figure: Facet, text: str) -> bool:
    """The figure is a record told as the yardstick ("beat the record of 7 hours 20 minutes"); one in apposition only
    when set off after it too ("the previous record, $257.7 million, was set by ...")."""
    match = RECORD_BEFORE_RE.search(text[max(0, figure.start - 80):figure.start])
    return match is not None and (match.group("apposed") is None
                                  or APPOSED_AFTER_RE.match(text[figure.end:]) is not None)


APPOSED_AFTER_RE = re.compile(r"\s*(?:(?:for|of|by|in)\s+(?:[\w'-]+\s+){0,6}?[\w'-]+\s*)?(?:,|was set|set by)",
                              re.IGNORECASE)
"""What closes a record figure in apposition: a comma, "was set", "set by", perhaps after what it was for ("$142.4
million for a triptych,"); not a sentence going on ("2,500 dancers performed in the square,")."""


BAR_AFTER_RE = re.compile(r"^[\s'\u2019]*(?:[\w'\u2019-]+[\s'\u2019]+)?(?:needed|required|necessary)\s+(?:for|to)\s+"
                          r"(?!be\b)", re.IGNORECASE)
"""Words after a figure that make it a bar to reach ("the 57 seats needed for a majority", "the 60 votes required to
pass it"), not a count of what was done ("12 people needed to be treated"); only after "the"."""
EACH_AFTER_RE = re.compile(r"^[\s'\u2019]*(?:[\w'\u2019-]+[\s'\u2019]+){0,2}?(?:on|for)\s+each\s+of\b", re.IGNORECASE)
"""Words after a figure that give it for each of several ("10 years' jail on each of the three charges"), not for all
of them; "12 years each" and "each year" are other things."""


THE_BEFORE_RE = re.compile(r"\bthe\s+$", re.IGNORECASE)
"""A bar is told as a known figure: "the 57 seats needed", not "57 seats needed to be won"."""


def figure_role(figure: Facet, text: str) -> str:
    """What a figure is besides a plain value, which only a figure of the same role meets: the yardstick record
    (`record_figure`), a bar to reach, or a figure for each of several; "" for none."""
    after = text[figure.end:]
    if record_figure(figure, text):
        return "record"
    if BAR_AFTER_RE.match(after) and THE_BEFORE_RE.search(text[:figure.start]):
        return "bar"
    return "each" if EACH_AFTER_RE.match(after) else ""


OTHER_YEAR_RE = re.compile(r"(?:last|next|previous)\s+year(?:'s|\u2019s)?$", re.IGNORECASE)
"""A year the page's date places other than its own: "last year's budget was $4.1 billion"."""


DAY_CLASS = ("day", "part", "time")
PERIOD_CLASS = ("month", "year")


def _figure_dates(facets: Sequence[Facet], figure: Facet, precisions: tuple[str, ...], said: bool,
                  own_only: bool = False) -> list[str]:
    """The dates of `precisions` a figure is given for (`other_periods`); with `said`, days of telling count too; with
    `own_only`, only those on the figure's own verb."""
    found = [f for f in facets if f.kind is FacetKind.DATE and f.value.value is not None and f.value.precision in precisions
             and (said or not f.value.said) and f.value.said != DATELINE  # a wire's dateline dates the report
             and (not f.value.bound or f.value.bound_cue in SNAPSHOT_CUES)]
    own = [f for f in found if figure.value.verb and f.value.event == figure.value.verb]
    # a figure on "was" is read with the verb above it ("were $38 billion in 2022 ..., the ministry said"): the
    # dates on no verb are its own, as "in 2022" is
    bare = [f for f in found if not f.value.event]
    # a toll is dated by its event, not by another verb's day ("became prime minister in 2017", "led the country
    # through the attacks, in which 51 people were killed"), only by the day it was told; other figures by any day
    other = [f for f in found if f.value.said] if str(figure.value.verb) in STATE_BY_VERB else found
    return sorted({_moment(f.value) for f in (own if own_only else own or bare or other)})


def _moment(value) -> str:
    """A figure's date as a day, with the part of the day when one is given ("2024-05-22 evening")."""
    day = str(value.value)[:10]
    return f"{day} {value.part}" if len(day) == 10 and value.part else day


def same_sum(a: NumberValue, b: NumberValue) -> bool:
    """Two sums of one currency that both name what they are ("demanded a ransom of $15 million", "demanded a ransom
    of $5m") under one verb of an act: one sum of one act, however far apart. A level told by a verb of change is
    not: many budgets "rise to" their sums."""
    return (a.kind == b.kind == "money" and a.unit == b.unit and a.approx is None and b.approx is None
            and measured(a) is not None and measured(a) == measured(b) and bool(a.verb) and a.verb == b.verb
            and a.verb not in MEASURE_VERBS)  # "the police budget rises to $612m", "the fire budget rises to": levels


def slot_rival(a: Facet, side: Sequence[Facet]) -> bool:
    """Another count of the same noun for the same verb beside `a` ("killed 5 here and 20 there"): which is which
    is unclear."""
    return any(c is not a and c.value.kind == "count" and counted_noun(c.value) == counted_noun(a.value)
               and c.value.verb == a.value.verb
               for c in side)


def headline_slot(a: NumberValue, b: NumberValue, main_x: set[str], main_y: set[str]) -> bool:
    """A headline's count without its noun and a count of people, or another count without its noun, for the same
    verb both assert, in the same role ("Bus crash kills 14", "Twelve people were killed when ..."; "Quake kills 30",
    "Quake kills 45"): a headline leaves out whom it counts."""
    if a.kind != "count" or b.kind != "count" or (a.noun is not None and b.noun is not None):
        return False
    noun = counted_noun(a) or counted_noun(b)
    verb = a.verb
    return ((noun is None or NOUN_CLASSES.get(noun) == "people") and bool(verb) and verb == b.verb
            and verb not in SLOT_VERBS_EXCLUDED and a.role in ("subject", "object") and a.role == b.role
            and asserted(a, main_x) and asserted(b, main_y))


def part_of(figure: Facet, side: Sequence[Facet]) -> bool:
    """A count given as a part of a whole right after it ("35 of the 44 miners") or before it ("Nine people were taken
    to hospital, two of them ..."): the whole is a larger count of the same noun a few characters on, or earlier."""
    v = figure.value
    return v.kind == "count" and v.of is True and any(
        g is not figure and g.value.kind == "count" and counted_noun(g.value) == counted_noun(v)
        and (0 <= g.start - figure.end <= PART_GAP or g.end <= figure.start) and float(g.value.value) > float(v.value)
        for g in side)


LIST_JOIN_RE = re.compile(r"\s*(?:,|,?\s+(?:and|or))\s*$")
"""What joins two figures of one list ("$599 and $699", "3, 4 or 6")."""


def listed(figure: Facet, side: Sequence[Facet], text: str) -> bool:
    """The figure is one of a bare list of figures of its kind ("will sell for $599 and $699"): one item each, so which
    one the other sentence's figure is of is unclear, and a clash with it is no HIGH."""
    def joined(first: Facet, second: Facet) -> bool:
        return LIST_JOIN_RE.fullmatch(text[first.end:second.start]) is not None

    return any(g is not figure and g.value.kind == figure.value.kind and (joined(g, figure) or joined(figure, g))
               for g in side)


def qualified(figure: Facet, text: str) -> bool:
    """A sum told with what it includes or leaves out ("$15.9bn including debt", "excluding fees")."""
    return figure.value.kind == "money" and QUALIFIER_RE.match(text, figure.end) is not None


def attacker_counted(a: Facet, b: Facet, texts: tuple[str, str]) -> bool:
    """Two counts one apart, the larger told as including the attacker or the smaller as leaving them out, in the words
    right after it ("Fifty people were killed, including the gunman", "Forty-nine people were killed"): one toll."""
    va, vb = a.value, b.value
    if va.kind != "count" or vb.kind != "count" or upper_end(va) is not None or upper_end(vb) is not None:
        return False
    if abs(float(va.value) - float(vb.value)) != 1:
        return False
    for figure, other, text in ((a, b, texts[0]), (b, a, texts[1])):
        told = ATTACKER_INCLUDED_RE.search(text, figure.end)
        if told and told.start() - figure.end <= ATTACKER_REACH:
            larger = float(figure.value.value) > float(other.value.value)
            return larger == (told.group(1).lower() in ("including", "counting", "plus"))
    return False


ATTACKER_INCLUDED_RE = re.compile(
    r"\b(including|excluding|not including|not counting|counting|besides|plus)\s+(?:the\s+|a\s+)?(?:\w+\s+)?(?:"
    + "|".join(sorted(ATTACKER_NOUNS | {"gunmen", "attackers", "bombers", "assailants", "suspect", "perpetrator",
                                        "hijacker", "hijackers", "terrorist", "terrorists"})) + r")\b", re.IGNORECASE)
"""A toll told with the attacker in it or left out ("including the gunman", "not counting the two bombers")."""
ATTACKER_REACH = 40
"""Most characters between a count and the words that put the attacker in it or leave them out."""


QUALIFIER_RE = re.compile(r"\s*(?:,?\s*(?:including|excluding|inclusive of|exclusive of|plus|net of)|\s(?:before|after|with))\b",
                          re.I)
"""After a comma, "with" or "after" starts a clause of its own ("£2.13bn, with pre-tax profit of £141.8m")."""

PART_GAP = 12
"""Most characters between a part and its whole ("35 of the 44"): " of the " and a little more."""


PARTIAL_COUNT_RE = re.compile(r"(?i)\bwith (?:about |nearly |almost |more than )?[\d.]+ ?(?:%|per ?cent|percent) of "
                              r"(?:the )?(?:ballots|votes|precincts|polling (?:districts|stations)|districts|constituencies)"
                              r"(?: \w+)? (?:counted|reporting|reported|in|declared|tallied)|\b(?:partial|preliminary|"
                              r"provisional|early) (?:results|returns|count)\b")
"""Words that tell a vote count still in progress ("with 92 per cent of ballots counted", "preliminary results"): its
figures may differ from the final ones, each right."""

UPDATED_TO_RE = re.compile(r"\b(?:bringing|taking|raising|pushing|lifting|brought|took|raised|pushed|lifted|rose|risen|"
                           r"rising|climbed|climbing|increased|has grown|had grown)\b[^.;]{0,60}\bto\s*$", re.IGNORECASE)
"""Words before a figure that tell it as a total since changed ("bringing the number of people killed to four")."""

RUNNING_TOTAL_RE = re.compile(r"\b(?:(?:has|have|had) now [a-z]+|now (?:stands?|stood|totals?|total?led|reache[sd]|is)"
                              r"(?: at)?)\s+(?:(?:at least|more than|about|nearly|almost|over|some|around)\s+)?$",
                              re.IGNORECASE)
"""Words right before a count that tell it as a running total at the moment of writing ("has now killed at least 79",
"the toll now stands at"): an earlier or later page may give another total, both right. Only the figure's own verb
counts ("has now moved offshore, killing 12" and "has now said it will cut 500 jobs" are no totals)."""


def updated(figure: Facet, text: str) -> bool:
    """The count is told as the new value of a total that has changed ("has died in hospital, bringing the toll to
    four") or as a running total ("has now killed 79"): the other page may be older, and both right. A price or a rate
    raised "to" a level is no such update."""
    before = text[:figure.start]
    return figure.value.kind == "count" and (UPDATED_TO_RE.search(before) is not None
                                             or RUNNING_TOTAL_RE.search(before) is not None)


LONE_LINK = 0.8
"""Least link score of a pair whose sentences give one figure each for those to meet as `lone_figures`."""


def lone_figures(a: NumberValue, b: NumberValue) -> bool:
    """Two figures that name nothing counted and hang on one verb or on a verb and none ("finished second in 9.71",
    "was second in 9.74"): told as the only figures of two close sentences, one figure. Two verbs ("carrying 150",
    "which seats 180") or a noun on one side ("40 homes", "45") keep them apart."""
    return (counted_noun(a) is None and counted_noun(b) is None
            and (a.verb is None or b.verb is None or a.verb == b.verb))


NAMED_BESIDES_MAX = 3  # things a sentence names before "and N other ...", at most
TWO_SPANS = "spans of two acts"  # the reason two spans of time on different verbs give (low when told from moments)


def span_moments(a: Facet, b: Facet, texts: tuple[str, str]) -> tuple[Severity, str] | None:
    """Two spans of time, at least one told from another moment ("40 minutes after officers arrived", "50 minutes after
    the first call"): from two named moments, two gaps (low); from a moment only one names ("36 minutes later"), perhaps
    two (medium at most); None when neither is told from a moment or both from the same one."""
    if not (a.value.since or b.value.since):
        return None
    anchors = [_moment_word(f, text) for f, text in ((a, texts[0]), (b, texts[1]))]
    if all(anchors):
        return None if anchors[0] == anchors[1] else (Severity.LOW, f"spans from two moments ({anchors[0]}, {anchors[1]})")
    return Severity.MEDIUM, "a span from a moment only one side names"


def _moment_word(figure: Facet, text: str) -> str | None:
    """The moment a span is told from, by the first content word after its "after" or "before" ("after officers arrived":
    "officers"; "after the first call": "call"); None for "later" or "earlier", which point back to a sentence before."""
    if figure.value.since not in ("after", "before"):
        return None
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", text[figure.end:figure.end + 80])][1:]
    return next((w for w in words if w not in FUNCTION_WORDS and w not in ORDINALS), None)
