"""Facet extraction: every sentence parsed once, then dates, sources, numbers, negation, quotes and names read from the parse."""

from __future__ import annotations

from typing import Sequence

from ..core.types import Document, Facet, Sentence, SentenceRef


def unread(sentences: Sequence[Sentence]) -> list[Sentence]:
    """The sentences too long to be read for facets (runs without sentence punctuation, cut into pieces):
    parsing them costs much and finds little; the pipeline says so in the report's warnings."""
    from ..segment import LONG_SENTENCE_CHARS

    return [s for s in sentences if len(s.text) > LONG_SENTENCE_CHARS]


def extract_all(documents: Sequence[Document], sentences: Sequence[Sentence]) -> dict[SentenceRef, tuple[Facet, ...]]:
    """Facets of every body sentence and headline, keyed by sentence; one spaCy pass over all of them."""
    from ..segment import body, headlines  # here: segment reads the calendar words of facets/lexicon
    from .affiliation import mark_parties
    from .attribution import extract_attributions
    from .dates import extract_dates
    from .entities import extract_entities
    from .negation import negation_and_polarity
    from .nlp import parse, release
    from .numbers import extract_numbers
    from .named import mark_named
    from .polarity import polarity_facets
    from .quotes import extract_quotes

    too_long = {(s.doc_id, s.index) for s in unread(list(sentences))}
    body_sentences = [s for s in body(list(sentences)) if (s.doc_id, s.index) not in too_long]
    headline_sentences = [s for s in headlines(list(sentences)) if (s.doc_id, s.index) not in too_long]
    read = body_sentences + headline_sentences
    distinct = list(dict.fromkeys(s.text for s in read))  # a sentence repeated across documents is parsed once
    by_text = dict(zip(distinct, parse(distinct))) if distinct else {}
    parsed = [by_text[s.text] for s in read]
    by_doc: dict[str, list[tuple[Sentence, object]]] = {}
    for s, doc in zip(body_sentences, parsed):
        by_doc.setdefault(s.doc_id, []).append((s, doc))
    # A headline is read alone: the story's pronouns never refer back to it.
    runs = [by_doc.get(d.id, []) for d in documents] + [[pair] for pair in zip(headline_sentences, parsed[len(body_sentences):])]
    by_id = {d.id: d for d in documents}
    out: dict[SentenceRef, tuple[Facet, ...]] = {}
    for run in runs:
        if not run:
            continue
        document = by_id[run[0][0].doc_id]
        attributions = extract_attributions([doc for _, doc in run])
        for (s, doc), attributed in zip(run, attributions):
            found = [
                *extract_dates(doc, document.published), *mark_named(doc, attributed), *extract_numbers(doc),
                *polarity_facets(doc, *negation_and_polarity(doc)),
                *extract_quotes(doc), *mark_parties(doc, extract_entities(doc)),
            ]
            found.sort(key=lambda f: (f.start, f.end, f.kind.value, f.text))
            out[SentenceRef(s.doc_id, s.index)] = tuple(found)
            release(doc)
    return out
