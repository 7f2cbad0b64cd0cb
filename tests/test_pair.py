"""Which sentence pairs are compared: the aligner's links, similar pairs it left apart, and headlines."""

from __future__ import annotations

import numpy as np

from consistency.core.types import PairBasis, SentenceRef, Statement
from consistency.pair import claim_pairs, headline_pairs, linked_pairs, similar_pairs

A0, A1, B0, B1, C0 = (SentenceRef("a", 0), SentenceRef("a", 1), SentenceRef("b", 0), SentenceRef("b", 1), SentenceRef("c", 0))
RANK = {"a": 0, "b": 1, "c": 2}


def test_only_sentences_linked_to_each_other_are_compared_inside_a_chained_statement():
    chained = Statement((A0, B0, C0), 0.8, ((A0, B0, 0.8), (B0, C0, 0.7)))
    pairs = linked_pairs([chained], RANK)
    assert [(p.a, p.b, p.score) for p in pairs] == [(A0, B0, 0.8), (B0, C0, 0.7)]
    assert {p.basis for p in pairs} == {PairBasis.LINKED}


def test_one_source_statements_give_no_linked_pair():
    assert linked_pairs([Statement((A0,), None)], RANK) == []


def test_similar_pairs_are_the_unlinked_ones_at_or_above_the_threshold():
    groups = [[A0, A1], [B0, B1]]
    matrix = np.array([[0.9, 0.46], [0.2, 0.44]], dtype=np.float32)
    statements = [Statement((A0, B0), 0.9, ((A0, B0, 0.9),)), Statement((A1,), None), Statement((B1,), None)]
    pairs = similar_pairs(groups, lambda i, j: matrix, statements, 0.45)
    assert [(p.a, p.b, p.basis, p.statement) for p in pairs] == [(A0, B1, PairBasis.SIMILAR, 0)]


def test_a_headline_is_paired_with_each_sentence_of_the_other_documents_close_enough_to_it():
    groups = [[A0, A1], [B0, B1], [C0]]
    vectors = np.array([[1, 0], [0, 1], [0.6, 0.8], [0.8, 0.6], [-1, 0]], dtype=np.float32)  # a0 a1 b0 b1 c0
    statements = [Statement((A0, B1), 0.9, ((A0, B1, 0.9),)), Statement((A1, B0), 0.9, ((A1, B0, 0.9),)), Statement((C0,), None)]
    headline = SentenceRef("a", 5)
    pairs = headline_pairs([headline], np.array([[1, 0]], dtype=np.float32), groups, vectors, statements, RANK)
    # b0 and b1 are close enough; a1 is its own document's; c0 points the other way; findings show with the partner's statement
    assert [(p.a, p.b, p.basis, p.statement) for p in pairs] == [(headline, B0, PairBasis.HEADLINE, 1), (headline, B1, PairBasis.HEADLINE, 0)]


def test_each_pair_is_compared_once_and_a_link_wins_over_similarity():
    chained = Statement((A0, B0), 0.8, ((A0, B0, 0.8),))
    linked = linked_pairs([chained], RANK)
    similar = similar_pairs([[A0], [B0]], lambda i, j: np.array([[0.8]]), [Statement((A0, B0), 0.8, ())], 0.45)
    assert [p.basis for p in claim_pairs(linked, similar)] == [PairBasis.LINKED]


def test_two_headlines_alike_are_compared_and_shown_with_the_first_ones_lead():
    groups = [[A0, A1], [B0]]
    vectors = np.array([[1, 0], [0, 1], [0, 1]], dtype=np.float32)  # a0 a1 b0
    statements = [Statement((A0,), None), Statement((A1, B0), 0.9, ((A1, B0, 0.9),))]
    ha, hb = SentenceRef("a", 9), SentenceRef("b", 9)
    heads = np.array([[0.8, 0.6], [0.6, 0.8]], dtype=np.float32)
    pairs = headline_pairs([hb, ha], heads[::-1], groups, vectors, statements, RANK, threshold=0.9)
    # each headline is too far from the other's body; the two headlines meet, shown with a0 (ha's nearest)
    assert [(p.a, p.b, p.statement) for p in pairs] == [(ha, hb, 0)]
