"""The roles rule: one named person given two parties in a linked pair ("Republican Senator X" / "X (D-Ohio)")."""

from __future__ import annotations

from typing import Iterator

from ..core.types import Facet, FacetKind, Finding, Severity
from .pairs import SentencePair, confidence, evidence


def _members(facets) -> list[Facet]:
    return [f for f in facets if f.kind is FacetKind.ENTITY and f.value.label == "PERSON" and f.value.party]


def _same_person(a: str, b: str) -> bool:
    """Same surname and, when both give one, compatible first names: two people of one sentence pair stay apart."""
    from ..facets.attribution.identity import same_source

    wa, wb = a.split(), b.split()
    return bool(wa and wb) and wa[-1].lower() == wb[-1].lower() and same_source(a, b)


def compare_roles(pair: SentencePair) -> Iterator[Finding]:
    """A person's party that differs between the two sentences is medium: a fact-checker must see which is right."""
    from ..facets.lexicon.en.parties import PARTY_MEMBER

    names = pair.names
    for a in _members(pair.fx):
        for b in _members(pair.fy):
            if a.value.party == b.value.party or not _same_person(a.value.name, b.value.name):
                continue
            ma, mb = (PARTY_MEMBER.get(f.value.party, f.value.party) for f in (a, b))
            yield Finding(
                facet="claim", kind="party", severity=Severity.MEDIUM, statement=pair.statement,
                a=evidence(pair.x, a, f"{a.value.name}: {a.value.party}"),
                b=evidence(pair.y, b, f"{b.value.name}: {b.value.party}"),
                explanation=f"{names[pair.x.doc]} calls {a.value.name} {ma}; {names[pair.y.doc]} {mb}",
                confidence=confidence(pair.score, 0.7),
            )
            return
