"""Polarity facets: negated predicates and the affirmed ones, marked when the sentence asserts them."""

from __future__ import annotations

from typing import Sequence

from dataclasses import replace

from ..core.types import Facet, FacetKind
from ..core.values.claims import PolarityValue
from .lexicon.en.negation import NEGATION_VERBS
from .lexicon.en.predicates import COMMITMENT_VERBS, INTENT_VERBS, LIGHT_PREDICATES
from .negation import ADJECTIVE_PREDICATE_DEPS, extraposed
from .nlp import tokens_of

MAIN_CLAUSE_DEPS = ("ROOT", "ccomp")
# "is safe", "found guilty": asserted as the verb they complete is (an adjective that is a ccomp is main itself)
ADJECTIVE_COMPLEMENT_DEPS = ADJECTIVE_PREDICATE_DEPS - {"ccomp"}
COMMITTING = COMMITMENT_VERBS | NEGATION_VERBS  # "agreed to release", "refused to release": asserted or denied


def _is_main(token) -> bool:
    """A predicate the sentence asserts (its root, or what a reporting verb reports), not one in a relative clause;
    an adjective said of a subject ("is safe"), and what a subject agrees or refuses to do, as its verb is."""
    if token.dep_ == "conj":
        token = token.head
    if token.pos_ == "ADJ" and extraposed(token):
        return False
    if token.pos_ == "ADJ" and token.dep_ in ADJECTIVE_COMPLEMENT_DEPS:
        token = token.head
    if token.dep_ == "xcomp" and token.head.lemma_.lower() in COMMITTING:
        token = token.head
    return token.dep_ in MAIN_CLAUSE_DEPS


def _intent(token) -> str | None:
    """The commitment an affirmed deed hangs on ("agree" in "agreed to release"): not yet the deed itself."""
    head = token.head.lemma_.lower()
    return head if token.dep_ == "xcomp" and head in INTENT_VERBS else None


def polarity_facets(doc, negated: Sequence[Facet], polarities: dict[str, bool]) -> list[Facet]:
    """Negated predicates (polarity False) plus affirmed ones (True), so two sentences' polarity can be compared."""
    tokens = tokens_of(doc)
    out = []
    for f in negated:
        lemma = f.value.predicate
        token = next((t for t in tokens if f.start <= t.idx < f.end and t.lemma_.lower() == lemma), None)
        main = bool(token is not None and _is_main(token))
        out.append(Facet(f.kind, f.text, replace(f.value, polarity=False, main=main), f.start, f.end))
    seen = {f.value.predicate for f in negated}
    unreported = {lemma for lemma, pol in polarities.items() if pol is True} - seen - LIGHT_PREDICATES
    for token in tokens:
        if not unreported:
            break
        lemma = token.lemma_.lower()
        if lemma in unreported and token.pos_ in ("VERB", "ADJ"):
            out.append(Facet(FacetKind.NEGATION, token.text,
                             PolarityValue(predicate=lemma, polarity=True, cue=_intent(token), main=_is_main(token)),
                             token.idx, token.idx + len(token.text)))
            unreported.discard(lemma)  # once per lemma
    return out
