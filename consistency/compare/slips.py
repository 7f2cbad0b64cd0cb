"""Two figures that differ by a slip of the keyboard or of a scale word: the same digits swapped, a zero more or
less, "million" for "billion"."""

from __future__ import annotations

import math

from ..core.values.numbers import NumberValue
from .number_words import upper_end

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
