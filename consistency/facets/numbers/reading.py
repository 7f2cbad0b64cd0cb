"""A number found in a sentence (`Reading`) and the NUMBER facet it becomes."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ...core.types import Facet, FacetKind
from ...core.values import ABSENT
from ...core.values.numbers import NumberValue
from ..lexicon.en.numbers import BESIDES_WORDS, SPAN_FROM_WORDS
from ..lexicon.en.units import BASE_UNITS, SHORT_SPAN_UNITS
from ..nlp import text_of, tokens_of

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc


@dataclass
class Reading:
    """A number found in the sentence, before it becomes a `Facet`."""

    start_tok: int  # first token of the written number (after any approximator / currency)
    end_tok: int  # one past the last token of the written number
    value: float
    precision: float
    kind: str = "count"
    unit: str | None = None
    dimension: str | None = None
    factor: float = 1.0
    offset: float = 0.0
    noun: str | None = None
    verb: str | None = None
    approx: str | None = None
    upper: float | None = None
    vague: str | None = None
    pair: tuple[float, float] | None = None
    of_noun: bool = False  # the noun was read from "58 percent of voters"
    role: str | None = None  # what the number's phrase is to the verb: subject, object, other
    span_start: int = 0  # token span of the facet (with approximator, currency and unit)
    span_end: int = 0
    noun_i: int | None = None  # token of the counted noun
    total: float | None = None  # the sum of the list of counts this one is part of ("33 passengers and 6 crew")
    event_noun: str | None = None  # the noun naming the act `verb` was read from ("derailment")
    measures: str | None = None  # what a share or sum with no counted noun is of ("revenue" in "revenue rose 17%")


def to_facet(doc: "Doc", r: Reading) -> Facet:
    from .syntax import holder_name, is_forecast, is_future  # syntax.py reads `Reading`

    tokens = tokens_of(doc)
    start = tokens[r.span_start].idx
    last = tokens[r.span_end - 1]
    end = last.idx + len(last.text)
    if r.kind == "score" and r.pair is not None:
        value = NumberValue(value=[r.pair[0], r.pair[1]], unit=None, si_value=None, noun=r.noun,
                            approx=None, kind="score", verb=r.verb)
    else:
        si = None
        if r.dimension is not None:
            si = _round(r.value * r.factor + r.offset)
        elif r.kind in ("count", "money", "ordinal", "age", "size"):
            si = _round(r.value)
        upper = si_upper = ABSENT
        if r.upper is not None:
            upper = _round(r.upper)
            si_upper = _round(r.upper * r.factor + r.offset) if r.dimension else _round(r.upper)
        value = NumberValue(
            value=_round(r.value),
            unit=r.unit,
            si_value=si,
            si_unit=BASE_UNITS.get(r.dimension or "", r.unit if r.kind == "money" else None),
            noun=r.noun,
            approx=r.approx,
            kind=r.kind,
            verb=r.verb,
            role=r.role,
            precision=_round(r.precision),
            upper=upper,
            si_upper=si_upper,
            vague=r.vague if r.vague else ABSENT,
            of=True if r.of_noun else ABSENT,
            total=_round(r.total) if r.total is not None else ABSENT,
            forecast=True if is_forecast(tokens[r.end_tok - 1]) else ABSENT,
            future=True if is_future(tokens[r.end_tok - 1]) else ABSENT,
            event_noun=r.event_noun or ABSENT,
            measures=r.measures or ABSENT,
            holder=holder_name(tokens[r.end_tok - 1]) or ABSENT,
            besides=True if _besides_named(doc, r) else ABSENT,
            since=(not _margin(doc, r) and span_from_moment(doc, r)) or ABSENT,
        )
    return Facet(kind=FacetKind.NUMBER, text=text_of(doc)[start:end], value=value, start=start, end=end)


def span_from_moment(doc: "Doc", r: Reading) -> str | None:
    """The word telling seconds, minutes or hours as a span from another moment of the story ("arrested 36 minutes
    after the first call", "26 minutes later"): a gap the story measures, where years after are how a date is told
    ("four years after the war")."""
    end = r.span_end
    word = tokens_of(doc)[end].lower_ if end < len(doc) else None
    return word if r.unit in SHORT_SPAN_UNITS and word in SPAN_FROM_WORDS else None


def _margin(doc: "Doc", r: Reading) -> bool:
    """A figure after "by": a margin ("leads by 57 seconds after taking the jersey"), not a span from that moment."""
    return r.span_start > 1 and tokens_of(doc)[r.span_start - 1].lower_ == "by"  # "By 30 minutes after": a moment


def _besides_named(doc: "Doc", r: Reading) -> bool:
    """A count of others ("two other men were killed") or, after "and", of more things like those just named ("New
    Wave Bottoms, Ether Tex and two other factories", "Venkatapuram and four neighbouring villages"): the whole is
    one or more larger."""
    tokens = tokens_of(doc)
    before = tokens[r.start_tok - 1] if r.start_tok >= 2 else None
    after = tokens[r.end_tok].lower_ if r.end_tok < len(doc) else ""
    return after == "other" or (before is not None and before.lower_ == "and" and after in BESIDES_WORDS
                                and tokens[r.start_tok - 2].pos_ == "PROPN")


def _round(x: float) -> float:
    """Round to 6 significant digits so conversions give stable JSON."""
    if x == 0 or not math.isfinite(x):
        return float(x)
    digits = 6 - int(math.floor(math.log10(abs(x)))) - 1
    return float(round(x, digits))
