"""The clock-time rule: two sentences on one event give times of day that cannot be the same moment."""

from __future__ import annotations

from typing import Iterator, Sequence

from ..core.types import Facet, FacetKind, Finding, Severity
from ..core.values import ABSENT
from ..facets.lexicon.en.calendar import ONSET_LEMMAS, TIME_ZONES
from .pairs import SentencePair, confidence, evidence

#: Minutes: a misreported time lies near the other; times further apart belong to two events
#: (a declaration in the evening, its lifting at dawn).
NEAR = 60
#: Minutes: one happening timed by both sentences of a linked pair (the same verb, or two verbs of its start) may be
#: misreported by an hour or two ("at about 9:15 a.m." / "at around 11:15 am"); further apart, another moment.
ONE_EVENT = 150
#: Characters between a time and its conversion to another zone: "9:03 a.m. local time (00:03 GMT)".
ADJACENT = 3
DAY_MINUTES = 24 * 60
CERTAINTY = 0.6

Reading = tuple[Facet, int, str]  # the facet, minutes since midnight, its zone ("local" when none is given)


def compare_times(pair: SentencePair) -> Iterator[Finding]:
    """Each sentence gives one moment (a clock time, maybe with its conversion to another zone); no reading
    of one can be the other's within the precision each states, and they are within an hour of each other."""
    fx, fy = pair.of("x", FacetKind.DATE), pair.of("y", FacetKind.DATE)
    x, y = _moment(fx), _moment(fy)
    linked = pair.link is not None
    if linked:  # a sentence that also gives an end ("until 7am") still times the start
        x, y = x or _onset(fx), y or _onset(fy)
    if not x or not y or _other_day(x, y) or {bool(r[0].value.said) for r in (*x, *y)} == {True, False}:
        return
    apart = []
    for a in x:
        for b in y:
            gap = _gap(a, b)
            if gap is None:
                continue
            if gap[0] == 0 and not _other_hours(a, b):
                return  # one reading of each agrees: the same moment
            apart.append((gap, a, b))
    if not apart:
        return
    (gap, points), a, b = min(apart, key=lambda g: g[0][1])
    if points > (ONE_EVENT if linked and _one_event(x, y) else NEAR):
        return
    names = pair.names
    yield Finding(
        facet="claim", kind="time", severity=Severity.MEDIUM, statement=pair.statement,
        a=evidence(pair.x, a[0], _shown(a)), b=evidence(pair.y, b[0], _shown(b)),
        explanation=(f"{names[pair.x.doc]} gives the time as {_shown(a)} (\u201c{a[0].text}\u201d); "
                     f"{names[pair.y.doc]} as {_shown(b)} (\u201c{b[0].text}\u201d): {points} minutes apart"),
        confidence=confidence(pair.closeness, CERTAINTY),
    )


def _moment(facets: Sequence[Facet]) -> list[Reading] | None:
    """The readings of the one moment a sentence gives, or None when it gives none, several (a range, two
    events) or one open-ended ("after 9 a.m.", "by noon")."""
    clocks = sorted((f for f in facets if f.value.clock), key=lambda f: f.start)
    if not clocks:
        return None
    for prev, nxt in zip(clocks, clocks[1:]):
        # Only a conversion may follow: the next time right after, in another zone.
        if nxt.start - prev.end > ADJACENT or (prev.value.zone or "local") == (nxt.value.zone or "local"):
            return None
    if any(f.value.bound and not f.value.approx for f in clocks):
        return None
    return _readings(clocks)


def _readings(clocks: Sequence[Facet]) -> list[Reading]:
    out = []
    for f in clocks:
        hour, minute = (int(p) for p in str(f.value.clock).split(":"))
        out.append((f, hour * 60 + minute, str(f.value.zone or "local")))
    return out


def _onset(facets: Sequence[Facet]) -> list[Reading] | None:
    """The one clock time a sentence gives for a start or a happening ("broke out at 10.40pm ... not brought under
    control until 7am"), or None."""
    clocks = [f for f in facets if f.value.clock and not f.value.bound and f.value.event in ONSET_LEMMAS]
    return _readings(clocks) if len(clocks) == 1 else None


def _one_event(x: list[Reading], y: list[Reading]) -> bool:
    """Both times hang on one verb, or each on a verb of a start or a happening ("occurred", "took place")."""
    ex, ey = ({r[0].value.event for r in side} - {None, ABSENT} for side in (x, y))
    return bool(ex and ey) and bool(ex & ey or (ex | ey) <= ONSET_LEMMAS)


def _other_hours(a: Reading, b: Reading) -> bool:
    """Two plain hours told as they are ("3pm", "2pm"): each may be rounded from the half hour on either side, yet two
    outlets rounding one moment to two hours is less likely than one of them misreporting it."""
    return a[1] % 60 == 0 and b[1] % 60 == 0 and a[1] != b[1] and not a[0].value.approx and not b[0].value.approx


def _other_day(x: list[Reading], y: list[Reading]) -> bool:
    """Both sentences name the day, and not the same one: the date rule's case, or two events."""
    days_x = {r[0].value.value for r in x if r[0].value.resolved and r[0].value.precision == "day"}
    days_y = {r[0].value.value for r in y if r[0].value.resolved and r[0].value.precision == "day"}
    return bool(days_x and days_y and not days_x & days_y)


def _gap(a: Reading, b: Reading) -> tuple[int, int] | None:
    """(minutes between the two stated spans, minutes between the two times), both around the clock; None when
    the zones cannot be compared (a local time against GMT, an abbreviation used for several zones)."""
    ta, tb = a[1], b[1]
    if a[2] != b[2]:
        oa, ob = TIME_ZONES.get(a[2].lower()), TIME_ZONES.get(b[2].lower())
        if oa is None or ob is None:
            return None
        ta, tb = ta - oa, tb - ob  # both in UTC
    lo_a, hi_a = _span(a[0], ta)
    lo_b, hi_b = _span(b[0], tb)
    spans = min(max(0.0, lo_b + s - hi_a, lo_a - hi_b - s) for s in (-DAY_MINUTES, 0, DAY_MINUTES))
    points = min(abs(tb + s - ta) for s in (-DAY_MINUTES, 0, DAY_MINUTES))
    return int(round(spans)), points


def _span(facet: Facet, minutes: int) -> tuple[float, float]:
    """The minutes a stated time stands for: a round time is rounded ("4:30" may be 4:27), a hedged one more."""
    step = _step(minutes % 60)
    approx = facet.value.approx
    if approx == "about":
        return minutes - step, minutes + step
    if approx == "after":
        return minutes, minutes + step
    if approx == "before":
        return minutes - step, minutes
    return minutes - step / 2, minutes + step / 2


def _step(minute: int) -> int:
    """How finely a time is told: on the hour, half hour, quarter hour, five minutes, or to the minute."""
    for step in (60, 30, 15, 5):
        if minute % step == 0:
            return step
    return 1


def _shown(reading: Reading) -> str:
    """ "9:07 a.m. local time", "about 4:30 a.m.", "00:03 GMT"."""
    facet, minutes, zone = reading
    hour, minute = divmod(minutes, 60)
    words = f"{(hour % 12) or 12}:{minute:02d} {'a.m.' if hour < 12 else 'p.m.'}"
    if zone != "local" or facet.value.zone:
        words += " local time" if zone == "local" else f" {zone}"
    hedge = {"about": "about ", "after": "just after ", "before": "just before "}.get(str(facet.value.approx or ""), "")
    return hedge + words
