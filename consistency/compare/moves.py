"""A price's move told by two verbs: one moment of the trading day, or two ("in early trading", "closed")."""

from __future__ import annotations

from ..core.values.numbers import NumberValue
from ..facets.lexicon.en.numbers import CLOSING_VERBS, MEASURE_VERBS


def price_moves(a: NumberValue, b: NumberValue) -> bool:
    """A price or a share told by two verbs of change ("jumped 36% to $65.50 in premarket trading", "closed 34 per
    cent higher at $64.62"): a price moves all day."""
    return a.kind in ("money", "percent") and a.verb != b.verb and {a.verb, b.verb} <= MEASURE_VERBS


def close_and_move(a: NumberValue, b: NumberValue) -> bool:
    """Of two verbs of a price's move, one tells where it closed and the other not ("dropped 3.6% in early trading",
    "closed 4.1% lower"): two moments of the day, each told right."""
    return price_moves(a, b) and len({a.verb, b.verb} & CLOSING_VERBS) == 1
