"""The spelling rule: one person's surname spelt two ways by two outlets is told, at LOW."""

from __future__ import annotations

import pytest

from consistency.compare.spellings import misspelt_names
from consistency.core.types import SentenceRef, Severity


def _spellings(text_a: str, text_b: str) -> list:
    from consistency import pipeline

    documents, _ = pipeline.load_records([{"id": "a", "text": text_a, "published": "2024-05-06"},
                                          {"id": "b", "text": text_b, "published": "2024-05-06"}], "test", "t")
    sentences = pipeline.segment_documents(documents)
    facets = pipeline.extract_facets(documents, sentences)
    texts = {SentenceRef(s.doc_id, s.index): s.text for s in sentences}
    return misspelt_names(["a", "b"], facets, texts, {"a": "Wire", "b": "Daily"})


WIRE = "Police named the escaped prisoners as Dean Callow and Marcus Fenn. Fenn was on remand charged with murder."


@pytest.mark.e2e
def test_a_surname_one_letter_apart_under_one_first_name_is_told_once_at_low():
    """ "Marcus Fenn" in the wire, "Marcus Venn" in the paper, neither writing the other's spelling: a copy editor's
    catch (LOW), on the first sentence of each that names him."""
    (found,) = _spellings(WIRE, "Dean Callow and Marcus Venn fled the prison on Monday. Venn is awaiting trial.")
    assert (found.facet, found.kind, found.severity) == ("claim", "spelling", Severity.LOW)
    assert (found.a.index, found.b.index) == (0, 0)
    assert "Marcus Fenn" in found.explanation and "Marcus Venn" in found.explanation


@pytest.mark.e2e
def test_two_spellings_one_outlet_also_uses_or_two_first_names_are_not_told():
    """The paper writes both spellings (it knows of both); "Dean Venn" is someone else than "Marcus Fenn"; "Lee" and
    "Lea" are too short to tell a slip from two names."""
    assert _spellings(WIRE, "Marcus Venn, also reported as Fenn, fled the prison on Monday.") == []
    assert _spellings(WIRE, "Prison officer Dean Venn raised the alarm on Monday.") == []
    assert _spellings("The coach, Anna Lee, praised the team.", "The coach, Anna Lea, praised the team.") == []
