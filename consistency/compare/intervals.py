"""The values a written figure allows ("about 60", "up to 3,000"), whether two overlap, and how far apart they are."""

from __future__ import annotations

import math

from ..core.values.numbers import NumberValue
from .number_words import unit_entry, upper_end

ABOUT_RELATIVE = 0.05
"""Least half-width of "about X" as a share of X."""

ABOUT_MAX_RELATIVE = 0.1
"""Most half-width of "about X" as a share of X, however round X is ("about 100": 90 to 110)."""

CONVERSION_SLACK = 0.04
"""Relative tolerance between two values written in different units (rounding in conversion: "60 mph" is given as
"100 km/h", 3.4% off)."""


def interval(v: NumberValue, slack: float) -> tuple[float, bool, float, bool]:
    """The values a reading allows, in base units: (low, low closed, high, high closed)."""
    value = float(v.value)
    precision = float(v.precision or 1.0)
    kind = v.kind
    entry = unit_entry(v.unit) if kind not in ("money",) else None
    factor, offset = (entry[2], entry[3]) if entry else (1.0, 0.0)

    def conv(x: float) -> float:
        return x * factor + offset

    rounding = precision / 2 if (kind in ("quantity", "percent", "countdown") or precision != 1.0) else 0.0
    approx = v.approx
    upper = upper_end(v)
    if upper is not None:
        lo, hi = value - rounding, float(upper) + rounding
        lo_c = hi_c = True
    elif approx == "about":
        half = _about_half(value, precision)
        lo, hi, lo_c, hi_c = value - half, value + half, True, False
    elif approx == "nearly":  # "nearly 200": up to the figure, from as far below as "about 200" reaches
        lo, hi, lo_c, hi_c = value - _about_half(value, precision), value, True, True
    elif approx == "more than":
        lo, hi, lo_c, hi_c = value, math.inf, False, False
    elif approx == "at least":
        lo, hi, lo_c, hi_c = value, math.inf, True, False
    elif approx == "less than":
        lo, hi, lo_c, hi_c = -math.inf, value, False, False
    elif approx == "up to":
        lo, hi, lo_c, hi_c = -math.inf, value, False, True
    else:
        lo, hi, lo_c, hi_c = value - rounding, value + rounding, rounding == 0, rounding == 0
    lo, hi = conv(lo), conv(hi)
    if slack:
        lo -= abs(lo) * slack if math.isfinite(lo) else 0.0
        hi += abs(hi) * slack if math.isfinite(hi) else 0.0
        lo_c = hi_c = True
    return lo, lo_c, hi, hi_c


def _about_half(value: float, precision: float) -> float:
    """How far "about" a figure reaches either way: half its rounding step ("about 60" is rounded to the ten), within
    `ABOUT_RELATIVE` and `ABOUT_MAX_RELATIVE` of it."""
    step = precision
    if precision == 1.0 and value == int(value) and value != 0:
        k = int(abs(value))
        while k % 10 == 0:
            step *= 10
            k //= 10
    return max(min(step / 2, ABOUT_MAX_RELATIVE * abs(value)), ABOUT_RELATIVE * abs(value))


def overlap(a: tuple[float, bool, float, bool], b: tuple[float, bool, float, bool]) -> bool:
    """Whether two spans of values (`interval`) share a value."""
    lo = max(a[0], b[0])
    hi = min(a[2], b[2])
    if lo < hi:
        return True
    if lo > hi:
        # tolerate float noise from conversions
        return math.isclose(lo, hi, rel_tol=1e-9, abs_tol=1e-12) and _closed_at(a, b, lo)
    return _closed_at(a, b, lo)


def _closed_at(a: tuple[float, bool, float, bool], b: tuple[float, bool, float, bool], x: float) -> bool:
    def contains(iv: tuple[float, bool, float, bool]) -> bool:
        lo, lo_c, hi, hi_c = iv
        if math.isclose(x, lo, rel_tol=1e-9, abs_tol=1e-12):
            return lo_c
        if math.isclose(x, hi, rel_tol=1e-9, abs_tol=1e-12):
            return hi_c
        return lo < x < hi

    return contains(a) and contains(b)


FLOORS = frozenset({"more than", "at least"})
"""The approximators that give a figure's floor."""
FLOORS_APART = 2.0
"""How many times apart two floors of one thing disagree: a reader takes "more than X" as about X, so "more than 800"
and "more than 8,000" disagree although both may hold, while "more than 100" and "more than 120" are one count rounded
down two ways."""


def far_floors(a: NumberValue, b: NumberValue) -> bool:
    """Two floors of one thing `FLOORS_APART` or more apart."""
    low, high = sorted((float(a.value), float(b.value)))
    return low > 0 and high / low >= FLOORS_APART


def bound_at_figure(a: NumberValue, b: NumberValue) -> bool:
    """ "More than 11,000" against 11,000: a report often rounds its own figure down this way; and "more than 200"
    against "nearly 200", each side of one round figure (a toll told at two moments, or rounded two ways)."""
    return a.value == b.value and a.approx == "more than" and (
        (b.approx is None and upper_end(b) is None) or b.approx == "nearly")


def gap_ratio(a: NumberValue, b: NumberValue) -> float:
    """How far apart two disagreeing numbers are: the larger of their nearest ends over the smaller (1.0 = touching).

    Scores are exact tallies copied from one result, so any two that disagree count as close.
    """
    if a.kind == "score" or b.kind == "score":
        return 1.0
    ia, ib = _written(a), _written(b)
    low, high = (ia[1], ib[0]) if ia[1] <= ib[0] else (ib[1], ia[0])
    if low <= 0:
        return math.inf if high > 0 else 1.0
    return max(1.0, high / low)


def _written(v: NumberValue) -> tuple[float, float]:
    """The figures as written, in base units (both ends of a range): "about 3 years" is 3 years here."""
    entry = unit_entry(v.unit) if v.kind != "money" else None
    factor, offset = (entry[2], entry[3]) if entry else (1.0, 0.0)
    upper = upper_end(v)
    ends = [float(v.value), float(upper if upper is not None else v.value)]
    return min(ends) * factor + offset, max(ends) * factor + offset
