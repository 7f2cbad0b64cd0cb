"""Similarity between two documents' sentences: a function of the two document indices, from unit vectors."""

from __future__ import annotations

from typing import Callable, Sequence

import numpy as np

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


class MatrixSimilarity:
    """Similarity read from one matrix of all sentences, documents in order: with many documents, one
    product replaces one per pair of documents."""

    def __init__(self, matrix: np.ndarray, sizes: Sequence[int]):
        self.matrix = matrix
        self.offsets = np.cumsum([0, *sizes])

    def __call__(self, i: int, j: int) -> np.ndarray:
        o = self.offsets
        return self.matrix[o[i]:o[i + 1], o[j]:o[j + 1]]


def cosine_matrix(vectors: np.ndarray) -> np.ndarray:
    """Cosine similarity of every pair of unit vectors, as float64."""
    return np.clip(vectors @ vectors.T, -1.0, 1.0).astype(np.float64)
