"""Near misses between sentences the aligner did not link: the same figure or clock time given differently in two similar sentences."""

from __future__ import annotations

from dataclasses import replace
from typing import Mapping, Sequence

from ..core.types import Facet, FacetKind, Finding, SentenceRef, Severity
from .numbers import compare_numbers
from .pairs import SentencePair
from .times import compare_times

Candidate = tuple[SentenceRef, SentenceRef, float]


def compare_unlinked(
    candidates: Sequence[Candidate], facets: Mapping[SentenceRef, Sequence[Facet]], names: Mapping[str, str],
    statement_of: Mapping[SentenceRef, int],
) -> list[Finding]:
    """Number findings on similar but unlinked pairs, kept only where the rule itself would say HIGH (the same
    counted thing, the figures close) and then reported at MEDIUM: the pairing is less sure than a link; and
    clock times of one moment given differently, at MEDIUM as on linked pairs."""
    out: list[Finding] = []
    for x, y, score in candidates:
        pair = SentencePair(x, facets.get(x, ()), y, facets.get(y, ()), names, statement_of[x], None, score)
        for f in compare_numbers(replace(pair, link=max(score, 1.0))):  # grade by the values alone
            # A tally ("50-48") reads as close to any other, and a story often gives several votes or results.
            if f.severity is Severity.HIGH and not _tallies(f, pair):
                out.append(replace(f, severity=Severity.MEDIUM, pair_score=score, confidence=round(min(f.confidence, score) * 0.8, 4),
                                   explanation=f.explanation + " (in two similar sentences the aligner did not pair)"))
        for f in compare_times(pair):  # MEDIUM already: two times of one moment that cannot both be right
            out.append(replace(f, pair_score=score, confidence=round(f.confidence * 0.8, 4),
                               explanation=f.explanation + " (in two similar sentences the aligner did not pair)"))
    return out


def _tallies(finding: Finding, pair: SentencePair) -> bool:
    numbers = [f for f in (*pair.fx, *pair.fy) if f.kind is FacetKind.NUMBER and f.value.kind == "score"]
    return any(f.text == finding.a.text or f.text == finding.b.text for f in numbers)
