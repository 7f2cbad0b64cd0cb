"""Sentence embedders: the `Embedder` protocol and the backend registry (torch, ONNX runtime, plugins), over the vector cache."""

from __future__ import annotations

from .base import Embedder, bundled_model_path, encode_with
from .cache import CachedEmbedder
from .registry import Backend, get_backend, get_embedder, prepare_notice, register, resolve_backend
from .torch_backend import SentenceTransformerEmbedder

__all__ = ["Backend", "CachedEmbedder", "Embedder", "SentenceTransformerEmbedder", "bundled_model_path",
           "encode_with", "get_backend", "get_embedder", "prepare_notice", "register", "resolve_backend"]
