"""The number rule: a number for the same counted thing that differs between two linked sentences."""

from __future__ import annotations

from typing import Iterator, Sequence

from ..core.types import Facet, FacetKind, Finding, Severity
from .pairs import SentencePair, confidence, evidence


def _same_number(a: Facet, b: Facet) -> bool:
    """The number checker's verdict when the two are comparable; otherwise equal values (and units) agree."""
    from ..facets.numbers import numbers_agree

    verdict = numbers_agree(a.value, b.value)
    if verdict is not None:
        return verdict
    va, vb = a.value.get("si_value", a.value.get("value")), b.value.get("si_value", b.value.get("value"))
    return va is not None and va == vb and a.value.get("unit") == b.value.get("unit")


def _match_numbers(nx: Sequence[Facet], ny: Sequence[Facet]) -> tuple[list[Facet], list[Facet]]:
    """Pair agreeing numbers one to one (same counted noun and equal value first); return the unpaired."""
    candidates = []
    for i, a in enumerate(nx):
        for j, b in enumerate(ny):
            if _same_number(a, b):
                same_noun = a.value.get("noun") == b.value.get("noun")
                same_value = a.value.get("value") == b.value.get("value")
                candidates.append((not same_noun, not same_value, i, j))
    used_x: set[int] = set()
    used_y: set[int] = set()
    for *_, i, j in sorted(candidates):
        if i not in used_x and j not in used_y:
            used_x.add(i)
            used_y.add(j)
    return ([a for i, a in enumerate(nx) if i not in used_x], [b for j, b in enumerate(ny) if j not in used_y])


def compare_numbers(pair: SentencePair) -> Iterator[Finding]:
    """Numbers pair off with agreeing ones, one to one; only numbers left unpaired on both sides,
    and comparable (same counted thing), disagree."""
    from ..facets.numbers import describe_number, numbers_agree

    names, x, y = pair.names, pair.x, pair.y
    unmatched_x, unmatched_y = _match_numbers(pair.of("x", FacetKind.NUMBER), pair.of("y", FacetKind.NUMBER))
    for a in unmatched_x:
        clash = [b for b in unmatched_y if numbers_agree(a.value, b.value) is False]
        if clash:
            b = clash[0]
            yield Finding(
                facet="claim", kind="number", severity=Severity.HIGH, statement=pair.statement,
                a=evidence(x, a, describe_number(a.value)), b=evidence(y, b, describe_number(b.value)),
                explanation=f"{names[x.doc]} says {describe_number(a.value)}; {names[y.doc]} says {describe_number(b.value)}",
                confidence=confidence(pair.score, 0.85),
            )
            return
