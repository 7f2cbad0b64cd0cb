"""Records told against a year: "its lowest since 1985" against "its lowest level since 1995"."""

from __future__ import annotations

import pytest

from consistency.compare.pairs import SentencePair
from consistency.compare.records import compare_records
from consistency.core.types import SentenceRef, Severity


def _records(text_a: str, text_b: str) -> list:
    """Record findings of two linked sentences read by the real pipeline, both pages of one day."""
    from consistency import pipeline

    documents, _ = pipeline.load_records([{"id": "a", "text": text_a, "published": "2025-03-14"},
                                          {"id": "b", "text": text_b, "published": "2025-03-14"}], "test", "t")
    sentences = pipeline.segment_documents(documents)
    facets = pipeline.extract_facets(documents, sentences)
    x, y = SentenceRef("a", 0), SentenceRef("b", 0)
    return list(compare_records(SentencePair(x, facets[x], y, facets[y], {"a": "Wire", "b": "Paper"}, 0, 0.8, 0.8,
                                             (sentences[0].text, sentences[1].text))))


@pytest.mark.e2e
def test_one_record_reaching_back_to_two_years_is_medium():
    found = _records("The rand slid 4 percent to its weakest since 2016 as the results came in.",
                     "The rand fell more than 4 per cent, to its weakest level since 2008.")
    assert [f.severity for f in found] == [Severity.MEDIUM]
    assert "2016" in found[0].explanation and "2008" in found[0].explanation
    # "highest" and "biggest" tell one record in other words
    assert len(_records("Turnout was the highest since 1997.", "It was the biggest turnout since 1992.")) == 1


@pytest.mark.e2e
def test_one_record_in_other_words_or_the_same_year_or_no_record_is_no_finding():
    # "highest" and "biggest" tell one record; the same year agrees
    assert _records("Turnout was the highest since 1997.", "It was the biggest turnout since 1997.") == []
    # two different records ("wettest", "coldest"), or a year after "since" with no record before it
    assert _records("It was the wettest March since 1981.", "It was the coldest March since 1962.") == []
    assert _records("The bridge has been closed since 2019.", "The bridge has been shut since 2021.") == []
