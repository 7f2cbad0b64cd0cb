"""A third source that gives the same figure as one side of a disagreement joins that side (statements of 3+ sources)."""

from __future__ import annotations

from dataclasses import replace
from typing import Mapping, Sequence

from ..core.types import ClaimPair, Facet, FacetKind, Finding, SentenceRef
from .numbers import numbers_agree
from .pairs import evidence


def corroborated(found: Sequence[Finding], linked: Sequence[ClaimPair],
                 facets: Mapping[SentenceRef, Sequence[Facet]]) -> list[Finding]:
    """The statement's findings with, for each figure finding, the same finding between the other side and every
    sentence of a third source, linked to this side, whose figure agrees with this side's ("two workers" beside
    "two people", against "three people"): the grouped finding then says which sources give which figure. A less
    sure figure finding on a pair that gets such a finding is dropped."""
    partners: dict[SentenceRef, list[SentenceRef]] = {}
    for p in linked:
        partners.setdefault(p.a, []).append(p.b)
        partners.setdefault(p.b, []).append(p.a)

    def pair_of(f: Finding) -> frozenset:
        return frozenset(((f.a.doc, f.a.index), (f.b.doc, f.b.index)))

    # the surest figure finding already on each pair: a derived one replaces a less sure one there
    have: dict[frozenset, int] = {}
    for f in found:
        if f.b is not None and f.kind == "number":
            have[pair_of(f)] = max(have.get(pair_of(f), -1), f.severity.rank)
    out: list[Finding] = []
    for f in found:
        if f.kind != "number" or f.b is None:
            continue
        for side, other in ((f.a, f.b), (f.b, f.a)):
            ref = SentenceRef(side.doc, side.index)
            figure = next((g for g in facets.get(ref, ()) if g.kind is FacetKind.NUMBER and g.start == side.start), None)
            if figure is None:
                continue
            for m in partners.get(ref, ()):
                key = frozenset(((m.doc, m.index), (other.doc, other.index)))
                if m.doc in (f.a.doc, f.b.doc) or have.get(key, -1) >= f.severity.rank:
                    continue
                same = next((g for g in facets.get(m, ()) if g.kind is FacetKind.NUMBER
                             and numbers_agree(figure.value, g.value) is True), None)
                if same is not None:
                    have[key] = f.severity.rank
                    out.append(replace(f, a=evidence(m, same, side.value), b=other, also=()))
    surest = {pair_of(f): f.severity.rank for f in out}
    kept = [f for f in found if f.b is None or f.kind != "number" or surest.get(pair_of(f), -1) <= f.severity.rank]
    return kept + out
