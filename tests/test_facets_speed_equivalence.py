"""The shortcuts the facet extractors take for speed give what the slow, plain way gives."""

from __future__ import annotations

import re
from functools import lru_cache

import pytest

from consistency.facets.dates import scan
from consistency.facets.negation import extract_negation, negation_and_polarity, polarity

SCANNERS = [(scan.SCAN_RE, scan.SCAN_LOWER_RE, 0), (scan.CUED_SCAN_RE, scan.CUED_SCAN_LOWER_RE, "target")]

TEXTS = [
    "Officials said on Thursday, Mar 2, 2017 that the vote was held in May.",
    "WASHINGTON -- LAST WEEK the ministry said it would meet NEXT TUESDAY at 10 P.M. EST.",
    "He left in 1998 and came back three years ago, early this morning, or late Wed. night.",
    "“We met on 2 March 2017,” she said – as of September 2016 — “and again… yesterday.”",
    "The mayor may march to the market on Sunday\u00a0evening; the Sept. 11 report.",
    "ſunday, İn 2016 and in Kelvin-K 2017: Ünited in June 3 while Юлия spoke on Monday",
]


def _plain_spans(pattern: re.Pattern[str], text: str, group: int | str) -> list[tuple[int, int]]:
    return [m.span(group) for m in pattern.finditer(text)]


def test_scanners_are_written_in_lower_case():
    """What makes matching lower-cased text case-sensitively the same as ignoring case."""
    for pattern, lower, _ in SCANNERS:
        assert pattern.flags & re.IGNORECASE and not lower.flags & re.IGNORECASE
        assert lower.pattern == pattern.pattern and pattern.pattern.isascii()
        assert not re.search(r"(?<![\\?])[A-Z]", pattern.pattern.replace("(?P<", "(?<"))


@pytest.mark.parametrize("text", TEXTS + [t.upper() for t in TEXTS] + [t.title() for t in TEXTS])
def test_case_blind_scan_matches_ignorecase(text):
    for pattern, lower, group in SCANNERS:
        assert scan.spans_ignoring_case(pattern, lower, text, group) == _plain_spans(pattern, text, group)


@lru_cache(maxsize=None)
def _docs():
    from consistency.facets.nlp import parse

    return tuple(parse(TEXTS + ["Nobody denied that he did not meet or speak with them, and no one left."]))


@pytest.mark.e2e
def test_cached_doc_views_equal_spacy():
    from consistency.facets.nlp import ents_of, load_pipeline, release, span_text, text_of, tokens_of

    built = tuple(load_pipeline()(text) for text in TEXTS)  # no text given by parse(): built on demand
    for doc in _docs() + built:
        for _ in range(2):  # built, then kept; and again after release
            assert text_of(doc) == doc.text
            assert [(t.i, t.text, t.idx) for t in tokens_of(doc)] == [(t.i, t.text, t.idx) for t in doc]
            assert [(e.start, e.end, e.label_) for e in ents_of(doc)] == [(e.start, e.end, e.label_) for e in doc.ents]
            assert [span_text(e) for e in ents_of(doc)] == [e.text for e in doc.ents]
            assert all(span_text(doc[a:b]) == doc[a:b].text for a in range(len(doc) + 1) for b in range(a, len(doc) + 1))
            release(doc)


@pytest.mark.e2e
def test_negation_and_polarity_together_equal_apart():
    for doc in _docs():
        assert negation_and_polarity(doc) == (extract_negation(doc), polarity(doc))
