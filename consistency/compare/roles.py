"""The roles rules: one named person given two parties in a linked pair ("Republican Senator X" / "X (D-Ohio)"), or
one role given to two first names of one surname ("race director Paolo Ferri" / "race director Marco Ferri")."""

from __future__ import annotations

import re
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


def compare_first_names(pair: SentencePair) -> Iterator[Finding]:
    """One role named in both sentences for one surname under two first names that are no nickname of each other
    ("Race director Paolo Ferri said ..." / "Race director Marco Ferri was quick to ..."): one of the two is wrong.
    MEDIUM: two relatives may share a surname, so the role written before both names must be the same too."""
    if pair.texts is None:
        return
    tx, ty = pair.texts
    for a in _people(pair.fx):
        for b in _people(pair.fy):
            fa, fb = a.value.name.split(), b.value.name.split()
            if _fold(fa[-1]) != _fold(fb[-1]) or _same_person(a.value.name, b.value.name) or _spelt_alike(fa[0], fb[0]):
                continue
            role = _role_before(tx, a.start) & _role_before(ty, b.start)
            if not role or _names(tx, b.value.name) or _names(ty, a.value.name):
                continue
            yield Finding(
                facet="claim", kind="name", severity=Severity.MEDIUM, statement=pair.statement,
                a=evidence(pair.x, a, a.value.name), b=evidence(pair.y, b, b.value.name),
                explanation=(f"{pair.names[pair.x.doc]} names the {' '.join(sorted(role))} {a.value.name}; "
                             f"{pair.names[pair.y.doc]} {b.value.name} (one surname, two first names)"),
                confidence=confidence(pair.score, 0.7),
            )
            return


ROLE_WINDOW = 3
"""Words before a name read for its role ("Race director Paolo Ferri", "the club's president, Ana Ruiz")."""

_WORD_RE = re.compile(r"[^\W\d_]+")


def _people(facets) -> list[Facet]:
    """The persons a sentence names by first name and surname."""
    return [f for f in facets if f.kind is FacetKind.ENTITY and f.value.label == "PERSON" and _full(f.value.name)]


def _role_before(text: str, start: int) -> set[str]:
    """The words of an office right before a name ("director" in "Race director Paolo Ferri"); a rank or a place
    alone ("former", "senior", "US") is no role."""
    from ..facets.lexicon.en.names import ROLE_NOUNS

    return {w.lower() for w in _WORD_RE.findall(text[:start])[-ROLE_WINDOW:] if w.lower() in ROLE_NOUNS}


def _spelt_alike(a: str, b: str) -> bool:
    """Two spellings or forms of one first name ("Kurbanguly" / "Gurbanguly", "Jon" / "John", "Mike" / "Mihalis"),
    not two names ("Tom" / "Tim")."""
    from ..facets.attribution.canonical import one_edit_apart
    from ..facets.attribution.identity import first_names_alike

    return (one_edit_apart(_fold(a), _fold(b)) and min(len(a), len(b)) > 3) or first_names_alike(a, b)


def _fold(word: str) -> str:
    return word.lower().strip(".")


def _names(text: str, name: str) -> bool:
    """The sentence names this person too (both brothers in one sentence are two people)."""
    return name.lower() in text.lower()
