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
