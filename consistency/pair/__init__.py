"""Which sentence pairs of different documents are compared, and why: the aligner's links, near misses, headlines."""

from __future__ import annotations

from typing import Hashable, Mapping, Sequence

import numpy as np

from ..alignment import Similarity
from ..core.types import ClaimPair, Facet, PairBasis, SentenceRef, Statement

HEADLINE_MIN_COSINE = 0.45
"""Least cosine between a headline and a sentence of another document for the two to be compared (as for similar pairs)."""

__all__ = ["HEADLINE_MIN_COSINE", "claim_pairs", "facet_signature", "headline_pairs", "linked_pairs", "similar_pairs"]

Facets = Mapping[SentenceRef, Sequence[Facet]]


def facet_signature(facets: Facets, ref: SentenceRef) -> Hashable:
    """What the comparison rules see of a sentence: two sentences with the same signature give the same findings
    against any partner (the words and offsets of every facet, and its value)."""
    return repr(tuple(facets.get(ref, ())))


def linked_pairs(statements: Sequence[Statement], doc_rank: dict[str, int], facets: Facets | None = None) -> list[ClaimPair]:
    """The pairs the aligner linked, statement by statement, each statement's members in document order.

    With `facets`, a statement told by three or more documents keeps, of the linked pairs between two
    sentences' signatures (`facet_signature`), only the closest: the others would give the same findings,
    and comparing every pair grows with the square of the documents (the findings list who says what).
    """
    out = []
    for k, st in enumerate(statements):
        if st.score is None:
            continue
        members = sorted(st.members, key=lambda m: (doc_rank[m.doc], m.index))
        grouped = facets is not None and len({m.doc for m in members}) > 2
        kind = {m: facet_signature(facets, m) for m in members} if grouped else {}
        best: dict[frozenset, ClaimPair] = {}
        for x, y, score in _compared(st, members, doc_rank):
            pair = ClaimPair(x, y, score, PairBasis.LINKED, k)
            if not grouped:
                out.append(pair)
                continue
            key = frozenset((kind[x], kind[y])) if kind[x] != kind[y] else frozenset((kind[x],))
            if key not in best or pair.score > best[key].score:
                best[key] = pair
        out.extend(best.values())
    return out


def _compared(st: Statement, members: Sequence[SentenceRef], doc_rank: dict[str, int]):
    """The sentence pairs of a statement to compare, each in document order, sorted: the pairs linked to each
    other (in a statement chained across several sources, two sentences joined only through a third may tell
    different facts), or every pair of sources of a statement given whole, without links."""
    def order(ref: SentenceRef) -> tuple[int, int]:
        return doc_rank[ref.doc], ref.index

    if not st.links:
        return [(x, y, st.score) for i, x in enumerate(members) for y in members[i + 1:] if x.doc != y.doc]
    pairs = {}
    for a, b, score in st.links:
        if a.doc != b.doc:
            x, y = (a, b) if order(a) < order(b) else (b, a)
            pairs.setdefault((order(x), order(y)), (x, y, score))
    return [pairs[key] for key in sorted(pairs)]


def similar_pairs(groups: Sequence[Sequence[SentenceRef]], scores: Similarity, statements: Sequence[Statement],
                  threshold: float) -> list[ClaimPair]:
    """Pairs of different documents scoring at least `threshold` that the aligner did not link."""
    linked = {frozenset((a, b)) for st in statements for a, b, _ in st.links}
    statement_of = {m: k for k, st in enumerate(statements) for m in st.members}
    out = []
    whole = getattr(scores, "matrix", None)
    if whole is not None:
        # Many documents: one pass over the matrix of all sentences. A statement keeps only the links that join
        # it, so two sentences of one statement are never a near miss of each other here.
        flat = [ref for group in groups for ref in group]
        doc_of = np.repeat(np.arange(len(groups)), [len(g) for g in groups])
        statement = np.array([statement_of[ref] for ref in flat])
        rows, cols = np.nonzero(np.triu(whole >= threshold) & (doc_of[:, None] != doc_of[None, :])
                                & (statement[:, None] != statement[None, :]))
        order = np.lexsort((cols, rows, doc_of[cols], doc_of[rows]))
        for r, c in zip(rows[order], cols[order]):
            x, y = flat[r], flat[c]
            if frozenset((x, y)) not in linked:
                out.append(ClaimPair(x, y, float(whole[r, c]), PairBasis.SIMILAR, statement_of[x]))
        return out
    for i in range(len(groups)):
        for j in range(i + 1, len(groups)):
            matrix = scores(i, j)
            for r, c in zip(*np.nonzero(matrix >= threshold)):
                x, y = groups[i][int(r)], groups[j][int(c)]
                if frozenset((x, y)) not in linked:
                    out.append(ClaimPair(x, y, float(matrix[r, c]), PairBasis.SIMILAR, statement_of[x]))
    return out


def headline_pairs(headlines: Sequence[SentenceRef], headline_vectors: np.ndarray, groups: Sequence[Sequence[SentenceRef]],
                   vectors: np.ndarray, statements: Sequence[Statement], doc_rank: dict[str, int],
                   threshold: float = HEADLINE_MIN_COSINE) -> list[ClaimPair]:
    """Each headline with every body sentence of the other documents, and with their headlines, at least
    `threshold` alike: a headline compresses the story, so the sentence that gives its figure is seldom the
    one nearest it overall. Two headlines' findings show with the statement of the first one's lead (the
    body sentence of its own document nearest it)."""
    statement_of = {m: k for k, st in enumerate(statements) for m in st.members}
    offsets = np.cumsum([0] + [len(g) for g in groups])
    of_doc = {group[0].doc: k for k, group in enumerate(groups) if group}
    out = []
    for n, (h, vector) in enumerate(zip(headlines, headline_vectors)):
        for k, group in enumerate(groups):
            if not group or group[0].doc == h.doc:
                continue
            cosines = vectors[offsets[k]:offsets[k + 1]] @ vector
            for r in np.nonzero(cosines >= threshold)[0]:
                partner, score = group[int(r)], float(cosines[r])
                a, b = (h, partner) if doc_rank[h.doc] < doc_rank[partner.doc] else (partner, h)
                out.append(ClaimPair(a, b, score, PairBasis.HEADLINE, statement_of[partner]))
        for other, other_vector in zip(headlines[n + 1:], headline_vectors[n + 1:]):
            score = float(vector @ other_vector)
            if other.doc == h.doc or score < threshold:
                continue
            a, b = (h, other) if doc_rank[h.doc] < doc_rank[other.doc] else (other, h)
            if a.doc in of_doc:  # a page with no body sentence has no statement to show this beside
                k = of_doc[a.doc]
                lead = groups[k][int(np.argmax(vectors[offsets[k]:offsets[k + 1]] @ (vector if a == h else other_vector)))]
                out.append(ClaimPair(a, b, score, PairBasis.HEADLINE, statement_of[lead]))
    return out


def claim_pairs(*kinds: Sequence[ClaimPair]) -> tuple[ClaimPair, ...]:
    """Every compared pair once, in a fixed order (by statement, then sentences); a linked pair wins over the rest."""
    seen: dict[frozenset, ClaimPair] = {}
    for pairs in kinds:
        for p in pairs:
            seen.setdefault(frozenset((p.a, p.b)), p)
    return tuple(sorted(seen.values(), key=lambda p: (p.statement, p.a.doc, p.a.index, p.b.doc, p.b.index)))
