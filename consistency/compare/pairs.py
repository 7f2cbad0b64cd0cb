"""The typed input of every comparison rule: two linked sentences of different documents and their facets."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Iterator, Mapping, Sequence

from ..core.types import Facet, FacetEvidence, FacetKind, Finding, SentenceRef, Severity


@dataclass(frozen=True)
class SentencePair:
    """Sentence `x` and sentence `y` of one statement, with their facets and what the rules need to explain."""

    x: SentenceRef
    fx: Sequence[Facet]
    y: SentenceRef
    fy: Sequence[Facet]
    names: Mapping[str, str]  # document id -> source name, for explanations
    statement: int  # index of the statement the pair belongs to
    score: float | None  # the statement's similarity score
    link: float | None = None  # this pair's own score (cosine plus the facet bonus), when the aligner linked it
    texts: tuple[str, str] | None = None  # the two sentences' words, when the caller has them (facet offsets index them)

    @property
    def closeness(self) -> float:
        """The pair's own link score, else its statement's (every pair of a statement given whole is compared)."""
        return self.link if self.link is not None else (self.score or 0.0)

    @property
    def restated(self) -> bool:
        """The two sentences say nearly the same thing: a clash between them is one fact told two ways,
        however far apart the values are."""
        return self.closeness >= RESTATED_LINK

    @property
    def asks(self) -> bool:
        """Either sentence asks a question in its own words ("Should the Yankees go higher than $25 million?"): it
        tells nothing, whatever figure or day it names. A question quoted is a statement's words, not this."""
        return self.texts is not None and (asks_question(self.texts[0], self.fx) or asks_question(self.texts[1], self.fy))

    def of(self, side: str, kind: FacetKind) -> list[Facet]:
        """The facets of one kind on side "x" or "y"."""
        return of_kind(self.fx if side == "x" else self.fy, kind)


Rule = Callable[[SentencePair], Iterator[Finding]]

RESTATED_LINK = 0.95
"""A pair scoring this much (cosine plus facet bonus) restates one sentence in the other's words."""


def asks_question(text: str, facets: Sequence[Facet]) -> bool:
    """The sentence's own words, its quotations left out, end in a question mark."""
    chars = list(text)
    for f in of_kind(facets, FacetKind.QUOTE):
        chars[f.start:f.end] = " " * (f.end - f.start)
    return "".join(chars).rstrip(QUESTION_TAIL).endswith("?")


QUESTION_TAIL = " \t\n\"'“”‘’)]"
"""What may follow a sentence's question mark: space, quotation marks and closing brackets."""


def of_kind(facets: Sequence[Facet], kind: FacetKind) -> list[Facet]:
    return [f for f in facets if f.kind is kind]


def evidence(ref: SentenceRef, facet: Facet | None, value: str) -> FacetEvidence:
    """One side of a finding: the sentence, the value, and the words that carry it when there are any."""
    if facet is None:
        return FacetEvidence(ref.doc, ref.index, value)
    return FacetEvidence(ref.doc, ref.index, value, facet.text, facet.start, facet.end)


def facet_at(side: FacetEvidence, kind: FacetKind, facets: Mapping[SentenceRef, Sequence[Facet]]) -> Facet | None:
    """The facet of `kind` a finding's side points at (its sentence, its start), or None."""
    return next((f for f in facets.get(SentenceRef(side.doc, side.index), ()) if f.kind is kind and f.start == side.start),
                None)


def pair_key(x: FacetEvidence | SentenceRef, y: FacetEvidence | SentenceRef) -> frozenset:
    """Two sentences of a finding as one key, whichever comes first."""
    return frozenset(((x.doc, x.index), (y.doc, y.index)))


def confidence(score: float | None, certainty: float) -> float:
    """How sure a finding is: the pair's similarity times the rule's certainty, within 0..1."""
    return round(max(0.0, min(1.0, (score or 0.5) * certainty)), 4)


WRITTEN_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
"""A year written out ("in 2011"): what a sentence dates by it may be background to the story."""


def written_years(facets: Sequence[Facet]) -> set[str]:
    """The years a sentence's dates name in writing (not "last year", which the page's date places)."""
    return {str(f.value.value)[:4] for f in facets
            if f.kind is FacetKind.DATE and f.value.value and WRITTEN_YEAR.search(f.text)}


def worded_finding(pair: SentencePair, kind: str, x: re.Match, y: re.Match, why: str, certainty: float = 0.6) -> Finding:
    """A medium claim finding on the words two text rules matched in each sentence (`x` in pair.x's, `y` in pair.y's):
    "Wire says “all 11 counts”; Daily says “10 of the 11 counts” (why)"."""
    a, b = (FacetEvidence(ref.doc, ref.index, m.group(0), m.group(0), m.start(), m.end())
            for ref, m in ((pair.x, x), (pair.y, y)))
    names = pair.names
    return Finding(
        facet="claim", kind=kind, severity=Severity.MEDIUM, statement=pair.statement, a=a, b=b,
        explanation=(f"{names[pair.x.doc]} says \u201c{x.group(0)}\u201d; {names[pair.y.doc]} says \u201c{y.group(0)}\u201d "
                     f"({why})"),
        confidence=confidence(pair.closeness, certainty),
    )
