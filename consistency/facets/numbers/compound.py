"""Measures written in two units ("7 hours 33 minutes", "nine years and four months"): one measure, not two."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..nlp import text_of, tokens_of

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

    from .reading import Reading

JOINED_RE = re.compile(r"^\s*(?:,\s*|and\s+|,\s*and\s+)?$", re.IGNORECASE)
"""What may stand between the two parts: nothing, "and" or a comma."""


def compound_measures(doc: "Doc", readings: "list[Reading]") -> None:
    """Join a measure and the smaller unit of the same dimension written right after it into one reading ("7 hours
    33 minutes" is 7.55 hours; "nine years and four months" is 9.33 years), so "7 hours 3 minutes" and "7 hours 33
    minutes" are two different spans, not one agreeing and one extra."""
    tokens, text = tokens_of(doc), text_of(doc)
    ordered = sorted(readings, key=lambda r: r.span_start)
    joined: list[int] = []  # positions in `ordered` of parts joined to the measure before them
    for k, (left, right) in enumerate(zip(ordered, ordered[1:])):
        if k in joined:
            continue  # a part already joined starts no measure of its own
        if not (left.kind == right.kind == "quantity" and left.dimension and left.dimension == right.dimension
                and left.factor > right.factor and left.offset == right.offset == 0 and right.approx is None
                and left.upper is None and right.upper is None):
            continue
        end = tokens[left.span_end - 1]
        if not JOINED_RE.match(text[end.idx + len(end.text):tokens[right.span_start].idx]):
            continue
        scale = right.factor / left.factor
        left.value += right.value * scale
        left.precision = min(left.precision, right.precision * scale)
        left.span_end, left.end_tok = right.span_end, right.end_tok
        joined.append(k + 1)
    readings[:] = [r for k, r in enumerate(ordered) if k not in joined]
