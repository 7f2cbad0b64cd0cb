"""Cross-document alignment over similarity matrices: links between sentences, then N-way statements. Pure numpy."""

from __future__ import annotations

from typing import Callable, Sequence

import numpy as np

from .types import SentenceRef, Statement

Similarity = Callable[[int, int], np.ndarray]
"""similarity(i, j) -> array of shape (len(groups[i]), len(groups[j])) for documents i < j."""


def cosine_similarity(vectors: Sequence[np.ndarray]) -> Similarity:
    """Similarity from per-document arrays of unit vectors, each of shape (n_sentences, dim)."""

    def similarity(i: int, j: int) -> np.ndarray:
        a, b = vectors[i], vectors[j]
        if len(a) == 0 or len(b) == 0:
            return np.zeros((len(a), len(b)), dtype=np.float32)
        return np.clip(a @ b.T, -1.0, 1.0)

    return similarity


def pair_links(
    sim: np.ndarray, link_threshold: float, extra_threshold: float, margin: float = 0.0
) -> list[tuple[int, int, float]]:
    """Links between two documents' sentences: (row, col, score), sorted.

    Two sentences link when their score is at or above `link_threshold` and within `margin` of
    the best score of each (mutual best matches, or near-ties when one sentence is as close to
    two partners). A sentence left without a link joins its best match at or above
    `extra_threshold` (one sentence covering two). Order is never assumed.
    """
    rows, cols = sim.shape
    if rows == 0 or cols == 0:
        return []
    row_best = sim.max(axis=1)
    col_best = sim.max(axis=0)
    best_col = np.argmax(sim, axis=1)  # first maximum: the lowest index wins a tie
    best_row = np.argmax(sim, axis=0)
    near = (sim >= link_threshold) & (sim >= row_best[:, None] - margin) & (sim >= col_best[None, :] - margin)
    if margin <= 0:  # strict mutual best, ties broken by the lowest index
        near = np.zeros_like(near)
        for r in range(rows):
            c = int(best_col[r])
            near[r, c] = int(best_row[c]) == r and sim[r, c] >= link_threshold
    links: dict[tuple[int, int], float] = {
        (int(r), int(c)): float(sim[r, c]) for r, c in zip(*np.nonzero(near))
    }
    linked_rows = {r for r, _ in links}
    linked_cols = {c for _, c in links}
    for r in range(rows):
        c = int(best_col[r])
        if r not in linked_rows and sim[r, c] >= extra_threshold:
            links[(r, c)] = float(sim[r, c])
    for c in range(cols):
        r = int(best_row[c])
        if c not in linked_cols and sim[r, c] >= extra_threshold:
            links[(r, c)] = float(sim[r, c])
    return sorted((r, c, s) for (r, c), s in links.items())


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
) -> list[Statement]:
    """Partition every sentence of every group into statements.

    Args:
        groups: one sequence of sentence refs per document, documents in a fixed order.
        similarity: gives the (len(groups[i]), len(groups[j])) score matrix for i < j.
        link_threshold: score at which mutual best matches are linked.
        extra_threshold: score at which a sentence joins its best match's statement one-sidedly.
        margin: how far below each sentence's best score a near-tie still links.

    Returns:
        Statements sorted by their first member; each sentence is in exactly one. A statement
        with members from one document has score None (the other sources omit it).
    """
    flat: list[SentenceRef] = [ref for group in groups for ref in group]
    offsets = np.cumsum([0] + [len(g) for g in groups])
    uf = _UnionFind(len(flat))
    all_links: list[tuple[int, int, float]] = []
    for i in range(len(groups)):
        for j in range(i + 1, len(groups)):
            sim = np.asarray(similarity(i, j), dtype=np.float64)
            for r, c, score in pair_links(sim, link_threshold, extra_threshold, margin):
                a, b = int(offsets[i] + r), int(offsets[j] + c)
                uf.union(a, b)
                all_links.append((a, b, score))
    components: dict[int, list[int]] = {}
    for k in range(len(flat)):
        components.setdefault(uf.find(k), []).append(k)
    links_by_root: dict[int, list[tuple[int, int, float]]] = {}
    for a, b, score in all_links:
        links_by_root.setdefault(uf.find(a), []).append((a, b, score))
    statements = []
    for root, members in components.items():
        refs = tuple(sorted(flat[k] for k in members))
        links = tuple(sorted((flat[a], flat[b], round(s, 4)) for a, b, s in links_by_root.get(root, [])))
        multi_doc = len({r.doc for r in refs}) > 1
        score = round(float(np.mean([s for *_, s in links])), 4) if multi_doc and links else None
        statements.append(Statement(refs, score, links))
    doc_rank = {ref.doc: n for n, group in enumerate(groups) for ref in group}
    statements.sort(key=lambda st: min((doc_rank[m.doc], m.index) for m in st.members))
    return statements
