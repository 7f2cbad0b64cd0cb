"""Facet extraction: every sentence parsed once, then dates, sources, numbers, negation, quotes and names read from the parse."""

from __future__ import annotations

from typing import Sequence

from ..segment import body
from ..core.types import Document, Facet, FacetKind, Sentence, SentenceRef
from .lexicon.en.names import NAME_CONNECTORS, NAME_PARTICLES
from .lexicon.en.predicates import LIGHT_PREDICATES
from .nlp import tokens_of


def extract_all(documents: Sequence[Document], sentences: Sequence[Sentence]) -> dict[SentenceRef, tuple[Facet, ...]]:
    """Facets of every body sentence, keyed by sentence; one spaCy pass over all of them."""
    from .attribution import extract_attributions
    from .dates import extract_dates
    from .entities import extract_entities
    from .negation import negation_and_polarity
    from .nlp import parse, release
    from .numbers import extract_numbers
    from .quotes import extract_quotes

    body_sentences = body(list(sentences))
    parsed = parse([s.text for s in body_sentences]) if body_sentences else []
    by_doc: dict[str, list[tuple[Sentence, object]]] = {}
    for s, doc in zip(body_sentences, parsed):
        by_doc.setdefault(s.doc_id, []).append((s, doc))
    out: dict[SentenceRef, tuple[Facet, ...]] = {}
    for document in documents:
        pairs = by_doc.get(document.id, [])
        attributions = extract_attributions([doc for _, doc in pairs]) if pairs else []
        for (s, doc), attributed in zip(pairs, attributions):
            found = [
                *extract_dates(doc, document.published), *_mark_named(doc, attributed), *extract_numbers(doc),
                *_polarity_facets(doc, *negation_and_polarity(doc)),
                *extract_quotes(doc), *extract_entities(doc),
            ]
            found.sort(key=lambda f: (f.start, f.end, f.kind.value, f.text))
            out[SentenceRef(s.doc_id, s.index)] = tuple(found)
            release(doc)
    return out


NAMED_ENTITY_TYPES = ("PERSON", "ORG", "GPE", "NORP", "FAC")




def _looks_like_a_name(source: str) -> bool:
    """"Nancy Pelosi", "Diario del Ebro": two or more words, all capitalised but particles.

    One capitalised word may just open the sentence ("Officers said"), so it is left to the parse.
    """
    words = [w for w in source.replace("\u2019", "'").split() if any(c.isalpha() for c in w)]
    return len(words) >= 2 and all(w[0].isupper() or w.lower() in NAME_PARTICLES or w.lower() in NAME_CONNECTORS for w in words)


def _mark_named(doc, attributions: Sequence[Facet]) -> list[Facet]:
    """Mark sources whose head word is a name (or a pronoun resolved to one) apart from descriptions.

    "US intelligence officials" and "the company" describe a source without naming it, so
    they never conflict with a named one; "Reuters" and "Spain's health ministry" name it.
    """
    out = []
    for f in attributions:
        span = doc.char_span(f.start, f.end, alignment_mode="expand")
        root = span.root if span is not None and len(span) else None
        named = bool(f.value.get("resolved_from")) or _looks_like_a_name(str(f.value.get("source") or "")) or (
            root is not None and (root.pos_ == "PROPN" or root.ent_type_ in NAMED_ENTITY_TYPES
                                  or (root.is_upper and len(root) > 1)))
        out.append(Facet(f.kind, f.text, {**f.value, "named": named}, f.start, f.end))
    return out


MAIN_CLAUSE_DEPS = ("ROOT", "ccomp")


def _is_main(token) -> bool:
    """A predicate the sentence asserts (its root, or what a reporting verb reports), not one in a relative clause."""
    if token.dep_ == "conj":
        token = token.head
    return token.dep_ in MAIN_CLAUSE_DEPS


def _polarity_facets(doc, negated: Sequence[Facet], polarities: dict[str, bool]) -> list[Facet]:
    """Negated predicates (polarity False) plus affirmed ones (True), so two sentences' polarity can be compared."""
    tokens = tokens_of(doc)
    out = []
    for f in negated:
        lemma = f.value.get("predicate")
        token = next((t for t in tokens if f.start <= t.idx < f.end and t.lemma_.lower() == lemma), None)
        main = bool(token is not None and _is_main(token))
        out.append(Facet(f.kind, f.text, {**f.value, "polarity": False, "main": main}, f.start, f.end))
    seen = {f.value.get("predicate") for f in negated}
    unreported = {lemma for lemma, pol in polarities.items() if pol is True} - seen - LIGHT_PREDICATES
    for token in tokens:
        if not unreported:
            break
        lemma = token.lemma_.lower()
        if lemma in unreported and token.pos_ in ("VERB", "ADJ"):
            out.append(Facet(FacetKind.NEGATION, token.text,
                             {"predicate": lemma, "cue": None, "polarity": True, "main": _is_main(token)},
                             token.idx, token.idx + len(token.text)))
            unreported.discard(lemma)  # once per lemma
    return out
