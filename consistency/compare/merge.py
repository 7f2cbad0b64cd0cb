"""One finding per disagreement: repeats across the sentence pairs of a statement are merged."""

from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from ..core.types import Finding


def merge_repeats(found: Sequence[Finding]) -> list[Finding]:
    """The same two values between the same two sources, seen in several sentence pairs of a
    statement, become one finding that lists the other pairs."""
    merged: dict[tuple, Finding] = {}
    for f in sorted(found, key=lambda f: -f.severity.rank):
        b = f.b
        key = (f.facet, f.kind, f.a.doc, f.a.value, b.doc if b else None, b.value if b else None)
        if key in merged:
            first = merged[key]
            merged[key] = replace(first, also=first.also + ((f.a, f.b),))
        else:
            merged[key] = f
    return list(merged.values())
