"""Links between sentences of two documents, then N-way statements over all documents: arrays in, no model."""

from __future__ import annotations

from typing import Sequence

import numpy as np

from ..core.types import SentenceRef, Statement
from .similarity import Similarity


def pair_links(
    sim: np.ndarray,
    link_threshold: float,
    extra_threshold: float,
    margin: float = 0.0,
    extra_margin: float = 0.0,
) -> list[tuple[int, int, float]]:
    """Links between two documents' sentences: (row, col, score), sorted.

    Two sentences link when their score is at or above `link_threshold` and within `margin` of
    the best score of each (mutual best matches, or near-ties when one sentence is as close to
    two partners). A sentence left without a link joins its best match (one sentence covering
    two) when the score is at or above `extra_threshold`, or, with `extra_margin` > 0, when that
    match is linked to a partner of its own and the score is at or above `link_threshold` and
    within `extra_margin` of the match's best score (the match is nearly as close to this
    sentence as to its partner). Order is never assumed.

    Args:
        sim: scores of shape (rows, cols).

    Returns:
        (row, col, score) triples sorted by row then column.
    """
    rows, cols = sim.shape
    if rows == 0 or cols == 0:
        return []
    row_best = sim.max(axis=1)
    col_best = sim.max(axis=0)
    best_col = np.argmax(sim, axis=1)  # first maximum: the lowest index wins a tie
    best_row = np.argmax(sim, axis=0)
    if margin > 0:
        near = (sim >= link_threshold) & (sim >= row_best[:, None] - margin) & (sim >= col_best[None, :] - margin)
    else:  # strict mutual best, ties broken by the lowest index
        near = np.zeros(sim.shape, dtype=bool)
        r = np.nonzero(best_row[best_col] == np.arange(rows))[0]
        r = r[sim[r, best_col[r]] >= link_threshold]
        near[r, best_col[r]] = True
    extra = np.zeros(sim.shape, dtype=bool)
    r = np.arange(rows)
    score = sim[r, best_col]
    join = ~near.any(axis=1) & (score >= extra_threshold)
    if extra_margin > 0:
        anchored = near.any(axis=0)[best_col]  # the match has a partner of its own
        join |= ~near.any(axis=1) & anchored & (score >= link_threshold) & (col_best[best_col] - score <= extra_margin)
    extra[r[join], best_col[join]] = True
    c = np.arange(cols)
    score = sim[best_row, c]
    join = ~near.any(axis=0) & (score >= extra_threshold)
    if extra_margin > 0:
        anchored = near.any(axis=1)[best_row]
        join |= ~near.any(axis=0) & anchored & (score >= link_threshold) & (row_best[best_row] - score <= extra_margin)
    extra[best_row[join], c[join]] = True
    found = np.nonzero(near | extra)  # row-major: sorted by row, then column
    return [(int(i), int(j), float(sim[i, j])) for i, j in zip(*found)]


def links_within(
    sim: np.ndarray,
    doc_of: np.ndarray,
    link_threshold: float,
    extra_threshold: float,
    margin: float = 0.0,
    extra_margin: float = 0.0,
) -> list[tuple[int, int, float]]:
    """`pair_links` for every pair of documents at once, over one symmetric matrix of all sentences.

    Args:
        sim: scores of shape (n, n) between all sentences, symmetric; a document's own block is ignored.
        doc_of: the document of each sentence (n,), non-decreasing: each document's sentences are contiguous.

    Returns:
        (a, b, score) triples with a < b (flat sentence indices), sorted; the same links `pair_links` gives
        block by block, with one array pass instead of one per pair of documents.
    """
    n = len(doc_of)
    if n == 0:
        return []
    starts = np.flatnonzero(np.r_[True, doc_of[1:] != doc_of[:-1]])  # first sentence of each document
    segment = np.cumsum(np.r_[False, doc_of[1:] != doc_of[:-1]])  # 0..k-1: the document's position among those
    cross = segment[:, None] != segment[None, :]
    best = np.maximum.reduceat(sim, starts, axis=1)  # best[x, d]: x's best score in document d
    best_there = best[:, segment]  # best_there[x, y]: x's best score in y's document
    first_best = np.minimum.reduceat(np.where(sim == best_there, np.arange(n)[None, :], n), starts, axis=1)
    if margin > 0:
        near = cross & (sim >= link_threshold) & (sim >= best_there - margin) & (sim >= best_there.T - margin)
    else:  # strict mutual best, ties broken by the lowest index
        to = first_best[:, segment]  # to[x, y]: x's first best match in y's document
        columns = np.arange(n)
        near = cross & (sim >= link_threshold) & (to == columns[None, :]) & (to.T == columns[:, None])
    has_near = np.logical_or.reduceat(near, starts, axis=1)  # has_near[x, d]: x has a near link into document d
    x, d = np.nonzero(~has_near & (np.arange(len(starts))[None, :] != segment[:, None]))
    y = first_best[x, d]
    score = sim[x, y]
    join = score >= extra_threshold
    if extra_margin > 0:
        anchored = has_near[y, segment[x]]  # the match has a partner of its own in x's document
        join |= anchored & (score >= link_threshold) & (best[y, segment[x]] - score <= extra_margin)
    pairs = {(int(a), int(b)) for a, b in zip(*np.nonzero(np.triu(near)))}
    pairs.update((int(min(a, b)), int(max(a, b))) for a, b in zip(x[join], y[join]))
    return [(a, b, float(sim[a, b])) for a, b in sorted(pairs)]


def _spanning(links: list[tuple[int, int, float]], n: int) -> list[tuple[int, int, float]]:
    """The strongest links that join each statement (a maximum spanning forest): with many documents every
    sentence links to its counterpart in every other document, and keeping them all grows with the square."""
    uf = _UnionFind(n)
    kept = []
    for a, b, score in sorted(links, key=lambda link: (-link[2], link[0], link[1])):
        if uf.find(a) != uf.find(b):
            uf.union(a, b)
            kept.append((a, b, score))
    return sorted(kept)


class _UnionFind:
    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def align(
    groups: Sequence[Sequence[SentenceRef]],
    similarity: Similarity,
    link_threshold: float,
    extra_threshold: float,
    margin: float = 0.0,
    extra_margin: float = 0.0,
) -> list[Statement]:
    """Partition every sentence of every group into statements.

    Args:
        groups: one sequence of sentence refs per document, documents in a fixed order.
        similarity: gives the (len(groups[i]), len(groups[j])) score matrix for i < j.
        link_threshold: score at which mutual best matches are linked.
        extra_threshold: score at which a sentence joins its best match's statement one-sidedly.
        margin: how far below each sentence's best score a near-tie still links.
        extra_margin: how far below its match's own best score a sentence left without a link
            may be and still join that match (at or above `link_threshold`); 0 turns this off.

    Returns:
        Statements sorted by their first member; each sentence is in exactly one. A statement
        with members from one document has score None (the other sources omit it).
    """
    flat: list[SentenceRef] = [ref for group in groups for ref in group]
    offsets = np.cumsum([0] + [len(g) for g in groups])
    uf = _UnionFind(len(flat))
    all_links: list[tuple[int, int, float]] = []
    whole = getattr(similarity, "matrix", None)
    if whole is not None:  # many documents: every pair of documents in one pass (the same links)
        doc_of = np.repeat(np.arange(len(groups)), [len(g) for g in groups])
        all_links = _spanning(links_within(np.asarray(whole, dtype=np.float64), doc_of, link_threshold, extra_threshold,
                                           margin, extra_margin), len(flat))
    else:
        for i in range(len(groups)):
            for j in range(i + 1, len(groups)):
                sim = np.asarray(similarity(i, j), dtype=np.float64)
                for r, c, score in pair_links(sim, link_threshold, extra_threshold, margin, extra_margin):
                    all_links.append((int(offsets[i] + r), int(offsets[j] + c), score))
    for a, b, _ in all_links:
        uf.union(a, b)
    # Plain tuples sort like the refs themselves (doc, index) and far faster.
    key = [(ref.doc, ref.index) for ref in flat]
    doc_rank = {ref.doc: n for n, group in enumerate(groups) for ref in group}
    rank = [(doc_rank[ref.doc], ref.index) for ref in flat]
    components: dict[int, list[int]] = {}
    for k in range(len(flat)):
        components.setdefault(uf.find(k), []).append(k)
    links_by_root: dict[int, list[tuple[int, int, float]]] = {}
    for a, b, score in all_links:
        links_by_root.setdefault(uf.find(a), []).append((a, b, score))
    ordered = []
    for root, members in components.items():
        members.sort(key=key.__getitem__)
        refs = tuple(flat[k] for k in members)
        found = sorted(((key[a], key[b], round(s, 4)), a, b) for a, b, s in links_by_root.get(root, []))
        links = tuple((flat[a], flat[b], t[2]) for t, a, b in found)
        multi_doc = len({key[k][0] for k in members}) > 1
        score = round(float(np.mean([t[2] for t, _, _ in found])), 4) if multi_doc and found else None
        ordered.append((min(rank[k] for k in members), Statement(refs, score, links)))
    ordered.sort(key=lambda item: item[0])
    return [st for _, st in ordered]
