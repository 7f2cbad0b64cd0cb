"""Alignment: similarity between sentences of different documents, then statements (pure numpy, never a model)."""

from .anchors import facet_bonus
from .similarity import Similarity, cosine_similarity
from .statements import align, pair_links

__all__ = ["Similarity", "align", "cosine_similarity", "facet_bonus", "pair_links"]
