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


def _full(name: str) -> bool:
    """A first name and a surname at least, titles aside ("Sen. Ann Vale", not "Vale")."""
    from ..facets.lexicon.en.names import HONORIFICS, TITLE_WORDS

    titles = HONORIFICS | TITLE_WORDS
    return len([w for w in name.split() if w.lower() not in titles and w.lower().rstrip(".") not in titles]) >= 2


def compare_roles(pair: SentencePair) -> Iterator[Finding]:
    """A person's party that differs between the two sentences: HIGH when both name the person in full and the
    pair is well linked (one of the two is wrong, and a draft should not go out with it), else MEDIUM."""
    from ..facets.lexicon.en.parties import PARTY_MEMBER
    from .numbers import HIGH_LINK

    names = pair.names
    for a in _members(pair.fx):
        for b in _members(pair.fy):
            if a.value.party == b.value.party or not _same_person(a.value.name, b.value.name):
                continue
            ma, mb = (PARTY_MEMBER.get(f.value.party, f.value.party) for f in (a, b))
            why = ("" if pair.closeness >= HIGH_LINK else "the two sentences are only loosely linked") if (
                _full(a.value.name) and _full(b.value.name)) else "only the surname is given on one side"
            yield Finding(
                facet="claim", kind="party", severity=Severity.MEDIUM if why else Severity.HIGH, statement=pair.statement,
                a=evidence(pair.x, a, f"{a.value.name}: {a.value.party}"),
                b=evidence(pair.y, b, f"{b.value.name}: {b.value.party}"),
                explanation=f"{names[pair.x.doc]} calls {a.value.name} {ma}; {names[pair.y.doc]} {mb}"
                            + (f" ({why})" if why else ""),
                confidence=confidence(pair.score, 0.9 if not why else 0.7),
            )
            return
