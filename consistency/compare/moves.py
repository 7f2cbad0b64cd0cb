"""A price's move told by two verbs: one moment of the trading day, or two ("in early trading", "closed")."""

from __future__ import annotations

import re

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


TRADING_MOMENT_RE = re.compile(
    r"\b(?:in (?:early|morning|afternoon|late|midday|overnight|thin|heavy|Asian|European|New York|London|Tokyo) "
    r"trad(?:e|ing)|(?:ended|finished|closed|opened) the (?:day|week|session|month)|at the (?:close|open)|intraday|"
    r"(?:earlier|later) in the (?:day|session))\b", re.IGNORECASE)
"""Words that tell the moment of the trading day or week a price was at ("in morning trading", "ended the week")."""


def two_trading_moments(texts: tuple[str, str]) -> bool:
    """Both sentences tell the moment a price was at, and not the same one ("ended the week at $1.0856", "was down
    1.8% at $1.1050 in morning trading"): two quotes of a price that moves all day, each right."""
    moments = [{m.group(0).lower() for m in TRADING_MOMENT_RE.finditer(t)} for t in texts]
    return all(moments) and not moments[0] & moments[1]
