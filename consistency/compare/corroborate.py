"""A third source giving one side's figure, date or speaker joins that side of a disagreement."""

from __future__ import annotations

from dataclasses import replace
from typing import Mapping, Sequence

from ..core.types import ClaimPair, Facet, FacetKind, Finding, SentenceRef
from .merge import agreement
from .numbers import without_conversions
from .quotes import quoted_apart
from .pairs import evidence, facet_at, pair_key


def corroborated(found: Sequence[Finding], linked: Sequence[ClaimPair],
                 facets: Mapping[SentenceRef, Sequence[Facet]]) -> list[Finding]:
    """The statement's findings with, for each figure, date or speaker finding, the same finding between the other
    side and every sentence of a third source, linked to this side, whose value agrees with this side's ("two workers"
    beside "two people", against "three people"): the grouped finding then says which sources give which value.
    A less sure finding of the same kind on a pair that gets such a finding is dropped."""
    partners: dict[SentenceRef, list[SentenceRef]] = {}
    for p in linked:
        partners.setdefault(p.a, []).append(p.b)
        partners.setdefault(p.b, []).append(p.a)

    def key_of(f: Finding) -> tuple[str, frozenset]:
        return f.kind, pair_key(f.a, f.b)

    # the surest finding of each kind already on each pair: a derived one replaces a less sure one there
    have: dict[tuple[str, frozenset], int] = {}
    for f in found:
        if f.b is not None and agreement(f.kind):
            have[key_of(f)] = max(have.get(key_of(f), -1), f.severity.rank)
    out: list[Finding] = []
    for f in found:
        rule = agreement(f.kind) if f.b is not None else None
        if rule is None:
            continue
        facet_kind, agree = rule
        for side, other in ((f.a, f.b), (f.b, f.a)):
            ref = SentenceRef(side.doc, side.index)
            value = facet_at(side, facet_kind, facets)
            if value is None:
                continue
            for m in partners.get(ref, ()):
                key = (f.kind, pair_key(m, other))
                if m.doc in (f.a.doc, f.b.doc) or have.get(key, -1) >= f.severity.rank:
                    continue
                if facet_kind is FacetKind.ATTRIBUTION and quoted_apart(facets.get(m, ()), facets.get(
                        SentenceRef(other.doc, other.index), ())):
                    continue  # the same speaker quoted saying something else: not this statement
                same = next((g for g in _told(facets.get(m, ()), facet_kind) if agree(value.value, g.value) is True), None)
                if same is not None:
                    have[key] = f.severity.rank
                    out.append(replace(f, a=evidence(m, same, side.value), b=other, also=()))
    surest = {key_of(f): f.severity.rank for f in out}
    kept = [f for f in found if f.b is None or surest.get(key_of(f), -1) <= f.severity.rank]
    return kept + out


def _told(facets: Sequence[Facet], kind: FacetKind) -> list[Facet]:
    """A sentence's facets of `kind`, a figure's conversion ("46.1C (115F)") left out: it is the figure before it,
    and on its own, loosened by conversion, it may agree with a figure the sentence does not give."""
    found = [f for f in facets if f.kind is kind]
    return without_conversions(found) if kind is FacetKind.NUMBER else found
