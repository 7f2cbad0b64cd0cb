"""The value of a date facet: a point in time at its precision, as the report writes it."""

from __future__ import annotations

from dataclasses import dataclass

from . import ABSENT, FacetValue


@dataclass(frozen=True)
class DateValue(FacetValue):
    """A temporal expression normalised against the publication date.

    `value` is an ISO string at `precision` ("2017-03-01" day, "2017-W09" week, "2017-03" month,
    "2017" year), None when unresolved (then `reason` says why). `bound` ("before" or "after",
    with the words that said so in `bound_cue`) marks an open interval: "after June 3". `said`
    is the word of saying the date hangs on ("say" in "said on Monday", "statement"): then it
    dates a statement, not the event the statement reports. `clock` is a time of day ("09:07", 24-hour)
    when the words fix it (a.m./p.m., a 24-hour form or a zone), `zone` the zone it is given in ("GMT",
    "local"), and `approx` "about", "after" or "before" when hedged ("around 9 a.m.", "just after 3 a.m.").
    `event` is the lemma of the verb the date hangs on when there is one: what the date dates. `ongoing` is True
    when that verb tells a state or an activity going on ("were battling on Wednesday", "continued on Tuesday").
    """

    value: str | None
    precision: str  # "day", "week", "month" or "year"
    part: str | None  # "morning", "afternoon", "evening", "night"
    relative: bool  # no year written: the publication date placed it
    resolved: bool
    tense: str  # "past", "present" or "future"
    type: str  # "DATE", or "TIME" with a clock or a part of the day
    expression: str  # the words as written
    reason: str = ABSENT
    bound: str = ABSENT
    bound_cue: str = ABSENT
    said: str = ABSENT
    clock: str = ABSENT
    zone: str = ABSENT
    approx: str = ABSENT
    event: str = ABSENT  # the verb the date hangs on ("sentence" in "was sentenced on Monday")
    ongoing: bool = ABSENT
