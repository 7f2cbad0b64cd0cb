"""A price's move told by two verbs: one moment of the trading day, or two ("in early trading", "closed"); one move told
up by one source and down by the other."""

from __future__ import annotations

import re

from typing import Iterator

from ..core.types import FacetKind, Finding, Severity
from ..core.values.numbers import NumberValue
from ..facets.lexicon.en.numbers import CLOSING_VERBS, DOWN_VERBS, MEASURE_VERBS, UP_VERBS
from .number_words import describe_number
from .pairs import SentencePair, confidence, evidence


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


def compare_directions(pair: SentencePair) -> Iterator[Finding]:
    """One figure of one measure told as a rise by one sentence and as a fall by the other ("Microsoft shares fell
    2.4%", "Microsoft's stock rose 2.4 per cent"): medium. Each sentence must tell one way only: "rose 2%, while the
    index fell 2%" gives both."""
    moves = [[f for f in pair.of(side, FacetKind.NUMBER) if _way(f.value)] for side in ("x", "y")]
    if any(len({_way(f.value) for f in side}) != 1 for side in moves):
        return
    for a in moves[0]:
        for b in moves[1]:
            va, vb = a.value, b.value
            if (_way(va) != _way(vb) and va.kind == vb.kind and va.kind in ("percent", "money") and va.value == vb.value
                    and va.unit == vb.unit and va.measures and va.measures == vb.measures):
                names, da, db = pair.names, describe_number(va), describe_number(vb)
                yield Finding(
                    facet="claim", kind="direction", severity=Severity.MEDIUM, statement=pair.statement,
                    a=evidence(pair.x, a, f"{_way(va)} {da}"), b=evidence(pair.y, b, f"{_way(vb)} {db}"),
                    explanation=(f"{names[pair.x.doc]} says {va.measures} went {_way(va)} {da} (“{va.verb}”); "
                                 f"{names[pair.y.doc]} says it went {_way(vb)} {db} (“{vb.verb}”)"),
                    confidence=confidence(pair.closeness, 0.6),
                )
                return


def _way(v: NumberValue) -> str | None:
    """ "up" or "down" for a figure on a verb of rising or falling, else None."""
    return "up" if v.verb in UP_VERBS else "down" if v.verb in DOWN_VERBS else None
