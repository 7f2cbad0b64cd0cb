"""Facet extraction: every sentence parsed once, then dates, sources, numbers, negation, quotes and names read from the parse."""

from __future__ import annotations

from typing import Hashable, MutableMapping, Sequence

from ..core.types import Document, Facet, Sentence, SentenceRef


def unread(sentences: Sequence[Sentence]) -> list[Sentence]:
    """The sentences too long to be read for facets (runs without sentence punctuation, cut into pieces):
    parsing them costs much and finds little; the pipeline says so in the report's warnings."""
    from ..segment import LONG_SENTENCE_CHARS

    return [s for s in sentences if len(s.text) > LONG_SENTENCE_CHARS]


def extract_all(documents: Sequence[Document], sentences: Sequence[Sentence],
                memo: MutableMapping[Hashable, list[tuple[Facet, ...]]] | None = None) -> dict[SentenceRef, tuple[Facet, ...]]:
    """Facets of every body sentence and headline, keyed by sentence; one spaCy pass over all of them.

    A run's facets depend only on its publication date and its sentences' texts, in order: with `memo` (a
    long-running process's store, e.g. `consistency serve`), a run seen before is taken from it, not parsed again.
    """
    from ..furniture import is_stamp
    from ..segment import body, headlines  # here: segment reads the calendar words of facets/lexicon
    from .nlp import parse

    too_long = {(s.doc_id, s.index) for s in unread(list(sentences))}
    # A given sentence that is only a date ("May 03, 2013", a corpus's page stamp) tells no event: nothing to read.
    body_sentences = [s for s in body(list(sentences)) if (s.doc_id, s.index) not in too_long and not is_stamp(s.text)]
    headline_sentences = [s for s in headlines(list(sentences)) if (s.doc_id, s.index) not in too_long]
    by_doc: dict[str, list[Sentence]] = {}
    for s in body_sentences:
        by_doc.setdefault(s.doc_id, []).append(s)
    # A headline is read alone: the story's pronouns never refer back to it.
    runs = [r for r in [by_doc.get(d.id, []) for d in documents] + [[h] for h in headline_sentences] if r]
    by_id = {d.id: d for d in documents}
    keys = [(by_id[run[0].doc_id].published, tuple(s.text for s in run)) for run in runs]
    todo = [run for run, key in zip(runs, keys) if memo is None or key not in memo]
    distinct = list(dict.fromkeys(s.text for run in todo for s in run))  # a sentence repeated across documents is parsed once
    by_text = dict(zip(distinct, parse(distinct))) if distinct else {}
    out: dict[SentenceRef, tuple[Facet, ...]] = {}
    for run, key in zip(runs, keys):
        found = memo.get(key) if memo is not None else None
        if found is None:
            found = _run_facets(by_id[run[0].doc_id], [by_text[s.text] for s in run])
            if memo is not None:
                memo[key] = found
        for s, facets in zip(run, found):
            out[SentenceRef(s.doc_id, s.index)] = facets
    return out


def _run_facets(document: Document, parsed: list) -> list[tuple[Facet, ...]]:
    """The facets of each sentence of one run (a document's body sentences in order, or one headline)."""
    from .affiliation import mark_parties
    from .attribution import extract_attributions
    from .dates import extract_dates
    from .entities import extract_entities
    from .negation import negation_and_polarity
    from .nlp import release
    from .numbers import extract_numbers
    from .named import carry_full_mentions, mark_named
    from .polarity import polarity_facets
    from .quotes import extract_quotes

    out = []
    named = [mark_named(doc, attributed) for doc, attributed in zip(parsed, extract_attributions(parsed))]
    people = {ent.text for doc in parsed for ent in doc.ents if ent.label_ == "PERSON" and len(ent.text.split()) >= 2}
    for doc, attributed in zip(parsed, carry_full_mentions(named, people)):
        found = [
            *extract_dates(doc, document.published), *attributed, *extract_numbers(doc),
            *polarity_facets(doc, *negation_and_polarity(doc)),
            *extract_quotes(doc), *mark_parties(doc, extract_entities(doc)),
        ]
        found.sort(key=lambda f: (f.start, f.end, f.kind.value, f.text))
        out.append(tuple(found))
        release(doc)
    return out
