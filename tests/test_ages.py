"""One person, one age: two outlets' ages of a named person, wherever in the articles (compare/ages.py)."""

from __future__ import annotations

import pytest

from consistency.compare.ages import unpaired_ages
from consistency.core.types import Document, SentenceRef, Severity
from consistency.facets import extract_all
from consistency.segment import segment

pytestmark = pytest.mark.e2e

NAMES = {"a": "Wire", "b": "Daily"}


def read_story(articles: dict[str, str]) -> tuple[list, dict, dict]:
    """Every sentence of each article (document id -> text), its facets and its words, read by the real pipeline."""
    refs, facets, texts = [], {}, {}
    for doc, text in articles.items():
        document = Document(id=doc, source=NAMES.get(doc, doc), published=None, text=text, path=None)
        sentences = segment(document)
        found = extract_all([document], sentences)
        for s in sentences:
            ref = SentenceRef(doc, s.index)
            refs.append(ref)
            facets[ref], texts[ref] = found.get(ref, ()), s.text
    return refs, facets, texts


def _ages(a: str, b: str, compared: set = frozenset()) -> list:
    """Age findings of two articles, their sentences never compared but the pairs in `compared`."""
    refs, facets, texts = read_story({"a": a, "b": b})
    return unpaired_ages(refs, facets, texts, NAMES, {frozenset((SentenceRef(*x), SentenceRef(*y))) for x, y in compared})


def test_one_person_given_two_ages_in_unlike_sentences_is_worth_a_look():
    wire = "Voters in Harbury elected a new MP on Friday. Dana Whitcombe, 39, won by a wide margin."
    daily = "Turnout was low across the county. Ms Whitcombe, 43, thanked her family in a short speech."
    (found,) = _ages(wire, daily)
    assert (found.kind, found.severity) == ("number", Severity.MEDIUM)
    assert "39" in found.a.value and "43" in found.b.value and "did not pair" in found.explanation


def test_an_age_said_of_he_or_she_is_the_age_of_the_one_person_named_just_before():
    wire = "The actor Roland Pike died at his home on Sunday. He was 78."
    daily = "Roland Pike has died aged 87. He starred in more than 70 films."
    (found,) = _ages(wire, daily)
    assert "78" in found.a.value and "87" in found.b.value


def test_an_age_opening_a_sentence_unnamed_is_the_age_of_the_one_person_named_just_before():
    wire = "Kezia Whitlock broke the record on Saturday. The 27-year-old from Kingston was wind-aided."
    daily = "Whitlock, 24, said afterwards that she would rest for a week."
    (found,) = _ages(wire, daily)
    assert "27" in found.a.value and "24" in found.b.value


def test_two_people_of_one_surname_an_age_at_an_act_or_a_compared_pair_are_no_finding():
    assert _ages("Graham Pike, 58, was convicted.", "His brother Alan Pike, 61, was cleared.") == []
    assert _ages("Dana Whitcombe joined the party at 19.", "Dana Whitcombe, 43, thanked her family.") == []
    assert _ages("In 2015 Dana Whitcombe, 33, stood for the council.", "Dana Whitcombe, 43, thanked her family.") == []
    assert _ages("Dana Whitcombe, 39, won.", "Dana Whitcombe, 43, thanked her family.", {(("a", 0), ("b", 0))}) == []
