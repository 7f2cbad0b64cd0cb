"""The aligner over plain similarity matrices: partition, many-to-one, reordering, determinism."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings, strategies as st

from consistency.alignment import align, pair_links
from consistency.core.types import SentenceRef


def _groups(*sizes):
    return [[SentenceRef(chr(65 + d), i) for i in range(n)] for d, n in enumerate(sizes)]


def _from(matrices):
    return lambda i, j: matrices[(i, j)]


def test_reordered_facts_align_by_content_not_position():
    sim = np.array([[0.1, 0.2, 0.9], [0.8, 0.1, 0.2], [0.2, 0.85, 0.1]])
    assert [(r, c) for r, c, _ in pair_links(sim, 0.5, 0.7)] == [(0, 2), (1, 0), (2, 1)]


def test_one_sentence_covering_two_is_many_to_one():
    # B0 says what A0 and A1 say together.
    sim = np.array([[0.9, 0.1], [0.75, 0.2], [0.1, 0.3]])
    statements = align(_groups(3, 2), _from({(0, 1): sim}), 0.5, 0.7)
    members = [tuple((m.doc, m.index) for m in s.members) for s in statements]
    assert (("A", 0), ("A", 1), ("B", 0)) in members


def test_below_threshold_stays_alone_with_null_score():
    sim = np.array([[0.4]])
    statements = align(_groups(1, 1), _from({(0, 1): sim}), 0.5, 0.7)
    assert [s.score for s in statements] == [None, None]


def test_ties_break_to_the_lowest_index():
    sim = np.array([[0.8, 0.8]])
    statements = align(_groups(1, 2), _from({(0, 1): sim}), 0.5, 0.9)
    assert statements[0].members == (SentenceRef("A", 0), SentenceRef("B", 0))


def test_three_documents_form_one_statement():
    ab = np.array([[0.9, 0.1], [0.1, 0.2]])
    ac = np.array([[0.8], [0.1]])
    bc = np.array([[0.85], [0.1]])
    statements = align(_groups(2, 2, 1), _from({(0, 1): ab, (0, 2): ac, (1, 2): bc}), 0.5, 0.7)
    assert statements[0].members == (SentenceRef("A", 0), SentenceRef("B", 0), SentenceRef("C", 0))


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 6), st.integers(1, 6), st.integers(0, 10_000))
def test_statements_partition_every_sentence(n, m, seed):
    rng = np.random.default_rng(seed)
    sim = rng.uniform(0, 1, size=(n, m))
    statements = align(_groups(n, m), _from({(0, 1): sim}), 0.5, 0.7)
    seen = [ref for s in statements for ref in s.members]
    assert sorted(seen) == sorted(ref for g in _groups(n, m) for ref in g)
    assert len(seen) == len(set(seen))
    for s in statements:
        assert (s.score is None) == (len({r.doc for r in s.members}) == 1)


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 6), st.integers(0, 10_000))
def test_a_document_aligned_with_itself_is_the_identity(n, seed):
    rng = np.random.default_rng(seed)
    vectors = rng.normal(size=(n, 8))
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    sim = vectors @ vectors.T
    statements = align(_groups(n, n), _from({(0, 1): sim}), 0.5, 1.01)
    pairs = sorted(tuple(m.index for m in s.members) for s in statements)
    assert pairs == [(i, i) for i in range(n)]


def test_extra_margin_joins_a_sentence_nearly_as_close_as_the_partner():
    # A1 is left without a link; its best match B0 prefers A0 (0.9), but A1 is within 0.15 of that.
    sim = np.array([[0.9, 0.1], [0.8, 0.2]])
    assert [(r, c) for r, c, _ in pair_links(sim, 0.5, 0.95)] == [(0, 0)]
    assert [(r, c) for r, c, _ in pair_links(sim, 0.5, 0.95, extra_margin=0.15)] == [(0, 0), (1, 0)]
    assert [(r, c) for r, c, _ in pair_links(sim, 0.5, 0.95, extra_margin=0.05)] == [(0, 0)]  # too far below
    assert [(r, c) for r, c, _ in pair_links(sim, 0.85, 0.95, extra_margin=0.15)] == [(0, 0)]  # below link_threshold
    statements = align(_groups(2, 2), _from({(0, 1): sim}), 0.5, 0.95, 0.0, extra_margin=0.15)
    assert statements[0].members == (SentenceRef("A", 0), SentenceRef("A", 1), SentenceRef("B", 0))


def test_extra_margin_works_for_columns_too():
    sim = np.array([[0.9, 0.82], [0.1, 0.2]])
    assert [(r, c) for r, c, _ in pair_links(sim, 0.5, 0.95, extra_margin=0.1)] == [(0, 0), (0, 1)]


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 6), st.integers(1, 6), st.integers(0, 10_000), st.sampled_from([0.0, 0.05]), st.sampled_from([0.0, 0.15]))
def test_statements_partition_with_margins(n, m, seed, margin, extra_margin):
    rng = np.random.default_rng(seed)
    sim = rng.uniform(0, 1, size=(n, m))
    statements = align(_groups(n, m), _from({(0, 1): sim}), 0.5, 0.7, margin, extra_margin)
    seen = sorted(ref for s in statements for ref in s.members)
    assert seen == sorted(ref for g in _groups(n, m) for ref in g)
    links = pair_links(sim, 0.5, 0.7, margin, extra_margin)
    assert links == sorted(links) and all(s >= 0.5 for *_, s in links)


def test_two_clock_times_in_one_hour_share_an_anchor_and_the_same_minute_shares_more():
    from datetime import date

    from consistency.alignment.anchors import anchors
    from consistency.core.types import Facet, FacetKind
    from consistency.facets.dates import normalise

    def clock(expression):
        return [Facet(FacetKind.DATE, expression, normalise(expression, date(2023, 5, 14)), 0, len(expression))]

    near, same, other = anchors(clock("9:41 p.m.")), anchors(clock("9:48 p.m.")), anchors(clock("10:05 p.m."))
    assert len(near & same) == 1 and not near & other
    assert len(near & anchors(clock("9:41 p.m."))) == 2


def test_two_quotations_sharing_five_words_in_a_row_share_an_anchor():
    """The same words quoted by two outlets tie their sentences together, whoever each credits them to."""
    from consistency.alignment.anchors import anchors
    from consistency.core.types import Facet, FacetKind
    from consistency.core.values.claims import QuoteValue

    def quoted(words):
        return anchors([Facet(FacetKind.QUOTE, words, QuoteValue(words, len(words.split())), 0, len(words))])

    full = quoted("This was a careful job, planned over many weeks. They knew the way.")
    assert full & quoted("this was a careful job, planned over weeks")
    assert not full & quoted("It was a job planned with care")
    assert not quoted("Planned over weeks")  # fewer than five words: anybody's


def test_links_over_one_matrix_of_all_documents_are_the_links_of_each_pair_of_documents():
    """The many-documents path gives exactly the links of `pair_links` block by block (ties, margins, extras)."""
    import numpy as np

    from consistency.alignment.statements import links_within

    rng = np.random.default_rng(7)
    for trial in range(300):
        sizes = rng.integers(1, 5, size=rng.integers(2, 6))
        n = int(sizes.sum())
        sim = rng.integers(0, 11, size=(n, n)) / 10  # coarse values: many ties
        sim = np.triu(sim) + np.triu(sim, 1).T
        doc_of = np.repeat(np.arange(len(sizes)), sizes)
        offsets = np.r_[0, np.cumsum(sizes)]
        settings = [(0.5, 0.7, 0.0, 0.0), (0.5, 0.7, 0.1, 0.0), (0.5, 0.7, 0.1, 0.2), (0.3, 0.9, 0.0, 0.3)][trial % 4]
        expected = []
        for i in range(len(sizes)):
            for j in range(i + 1, len(sizes)):
                block = sim[offsets[i]:offsets[i + 1], offsets[j]:offsets[j + 1]]
                expected += [(offsets[i] + r, offsets[j] + c, s) for r, c, s in pair_links(block, *settings)]
        assert links_within(sim, doc_of, *settings) == sorted(expected), (trial, settings)


def test_the_bonus_over_one_matrix_is_the_bonus_pair_by_pair():
    """The many-documents path adds the same facet bonus as the pair-by-pair one (up to the last bits)."""
    import numpy as np

    from consistency.alignment.anchors import facet_bonus, facet_bonus_matrix
    from consistency.core.types import Facet, FacetKind, SentenceRef
    from consistency.core.values.claims import EntityValue

    def name(text):
        return Facet(FacetKind.ENTITY, text, EntityValue(label="PERSON", name=text), 0, len(text))

    people = ["Ann Lee", "Bo Chan", "Cy Ode", "Di Poe"]
    groups = [[SentenceRef(d, k) for k in range(3)] for d in "abcd"]
    facets = {ref: (name(people[(n + k) % 4]),) for n, group in enumerate(groups) for k, ref in enumerate(group)}
    zero = lambda i, j: np.zeros((len(groups[i]), len(groups[j])))  # noqa: E731
    pairwise = facet_bonus(zero, groups, facets, 0.25)
    whole = facet_bonus_matrix(groups, facets, 0.25)
    for i in range(4):
        for j in range(i + 1, 4):
            assert np.allclose(whole[3 * i:3 * i + 3, 3 * j:3 * j + 3], pairwise(i, j))
    assert whole.max() > 0
