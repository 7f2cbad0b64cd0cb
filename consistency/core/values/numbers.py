"""The value of a NUMBER facet: what a number claims, in the key order of the JSON report."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from . import ABSENT, FacetValue


@dataclass(frozen=True, kw_only=True)
class NumberValue(FacetValue):
    """A number as read: a score carries both numbers in `value` and none of the fields from `si_unit` on.

    A field set to `ABSENT` is not written to the report (`upper`, `vague`, `of` appear only when
    the number has them); `None` is written as null.
    """

    value: Any  # float, or [float, float] for a score
    unit: str | None = None  # canonical unit ("mile", "percent") or currency code ("usd")
    si_value: float | None = None  # value in the dimension's base unit; the count itself for counts
    si_unit: str | None = ABSENT
    noun: str | None = None  # what is counted (a lemma); the verb for "twice"
    approx: str | None = None  # canonical approximator: "more than", "about", "at least" ...
    kind: str | None = None  # count, money, percent, quantity, ordinal, score, age, minute, countdown, size
    verb: str | None = None  # lemma of the governing verb
    role: str | None = ABSENT  # what the number's phrase is to the verb: subject, object, other
    precision: float = ABSENT  # the step of the last written digit (0.1 for "2.5"; 1e6 for "two million")
    upper: float = ABSENT  # the other end of a range ("10-15", "between 10 and 15")
    si_upper: float = ABSENT
    vague: str = ABSENT  # "dozens", "tens of thousands"
    of: bool = ABSENT  # the noun was read from "58 percent of voters"
    total: float = ABSENT  # the sum of the list of counts it is part of ("four officials and an adviser": 5)
    forecast: bool = ABSENT  # an expectation, not a result: "analysts expected $1.2 billion", "the estimate of 40"
    future: bool = ABSENT  # told as what will be: "will save £3.2bn", "is set to cut 200 jobs"
    event_noun: str = ABSENT  # the noun of the act `verb` is read from: "derailment" in "the derailment of four coaches"
    measures: str = ABSENT  # what a percentage or sum with no counted noun is of: "revenue" in "revenue rose 17%"
    holder: str = ABSENT  # the name the figure's verb is said of: "Bharatiya Janata Party" in "the ... Party won 282 seats"
    besides: bool = ABSENT  # counted beside things the sentence names: "Venkatapuram and four neighbouring villages"
    since: str = ABSENT  # the word telling a span from another moment: "after" in "arrested 26 minutes after the call"
