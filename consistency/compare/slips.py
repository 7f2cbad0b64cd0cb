"""Two figures that differ by a slip of the keyboard, of a scale word or of a unit: the same digits swapped, a zero
more or less, "million" for "billion", "1.5 kilometres" for "1.5 miles"."""

from __future__ import annotations

import math
from typing import Iterator

from ..core.types import FacetKind, Finding, Severity
from ..core.values.numbers import NumberValue
from .number_words import describe_number, unit_entry, upper_end
from .pairs import SentencePair, confidence, evidence

MISTYPED_KINDS = frozenset({"count", "money", "percent", "quantity"})
"""Kinds of figure compared for a keyboard slip (`mistyped`)."""

SCALE_STEPS = (1e3, 1e6)
"""How far apart the same digits are when one figure's scale word was slipped ("million" for "billion")."""


def mistyped(a: NumberValue, b: NumberValue) -> bool:
    """Two figures written with the same two or more significant digits, swapped ("5.2" and "2.5", "16" and "61") or
    with a zero more or less ("45,000" and "450,000"): a slip of the keyboard, however far apart the values."""
    if a.kind not in MISTYPED_KINDS or a.kind != b.kind or upper_end(a) is not None or upper_end(b) is not None:
        return False
    try:
        da, db = (digits(float(v.value)) for v in (a, b))
        big = min(abs(float(a.value)), abs(float(b.value))) >= 10
    except (TypeError, ValueError):
        return False
    if da == db:  # only the zeros differ, in a figure that is no round estimate ("about 1,000", "10,000")
        return big and float(a.value) != float(b.value) and len(da) >= 2
    return len(da) >= 2 and sorted(da) == sorted(db)


def digits(x: float) -> str:
    """The significant digits of a figure as written: 40000 -> "4", 5.2 -> "52"."""
    return f"{x:.6g}".split("e")[0].replace(".", "").replace("-", "").strip("0")


def scale_slip(a: NumberValue, b: NumberValue) -> bool:
    """The same digits a thousand or a million times apart ("6.5 billion", "6.5 million"): a scale word slipped."""
    if not mistyped(a, b):
        return False
    low, high = sorted((abs(float(a.value)), abs(float(b.value))))
    return low > 0 and any(math.isclose(high / low, step) for step in SCALE_STEPS)


def unit_slip(a: NumberValue, b: NumberValue) -> bool:
    """The same figure in two units of one measure ("a 1.5-kilometre tunnel", "a 1.5-mile tunnel"): one unit slipped
    for the other, not a conversion. Spans of time are left out: "four days deliberating", "a four-week penalty
    phase" are two spans more often than one misread."""
    ea, eb = unit_entry(a.unit), unit_entry(b.unit)
    return (ea is not None and eb is not None and a.unit != b.unit and ea[1] == eb[1] != "time"
            and a.value == b.value and upper_end(a) is None and upper_end(b) is None)



PERMUTED_DIGITS_MIN = 4
"""Fewest significant digits for a reordering that agrees to be a slip: "135 killed" and "at least 153" may be a toll
that rose; "6,453 homes" and "at least 4,653" hardly."""


def permuted(a: NumberValue, b: NumberValue) -> bool:
    """The same `PERMUTED_DIGITS_MIN` or more significant digits in another order ("6,453" and "at least 4,653"): a
    slip, even where a hedge makes the two figures agree."""
    return (mistyped(a, b) and len(digits(float(a.value))) >= PERMUTED_DIGITS_MIN
            and digits(float(a.value)) != digits(float(b.value)))


def compare_permuted(pair: SentencePair) -> Iterator[Finding]:
    """One count of one thing written with its digits in another order, which a hedge lets agree ("6,453 homes", "at
    least 4,653 homes"): MEDIUM, a slip to check. Figures that disagree are the number rule's."""
    from .numbers import numbers_agree
    from .slots import counted_noun

    for a in pair.of("x", FacetKind.NUMBER):
        for b in pair.of("y", FacetKind.NUMBER):
            if (permuted(a.value, b.value) and a.value.kind == b.value.kind == "count" and numbers_agree(a.value, b.value) is True
                    and a.value.noun is not None and counted_noun(a.value) == counted_noun(b.value)):
                da, db, names = describe_number(a.value), describe_number(b.value), pair.names
                yield Finding(
                    facet="claim", kind="number", severity=Severity.MEDIUM, statement=pair.statement,
                    a=evidence(pair.x, a, da), b=evidence(pair.y, b, db),
                    explanation=f"{names[pair.x.doc]} says {da}; {names[pair.y.doc]} says {db} (the same digits in "
                                "another order)",
                    confidence=confidence(pair.score, 0.6),
                )
                return
