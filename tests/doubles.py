"""Test doubles: the deterministic hash embedder, registered as the backend of the model name `test:hash`.

Imported through `CONSISTENCY_PLUGINS=tests.doubles` (set by conftest.py), so that subprocesses and
`batch --jobs` workers started by the tests (with the repository root as working directory) find
it too. The package itself knows nothing of it.
"""

from __future__ import annotations

import hashlib
import re
from typing import Sequence

import numpy as np

from consistency.embed import Backend, register

MODEL = "test:hash"
TOKEN = re.compile(r"\w+", re.UNICODE)


class HashEmbedder:
    """Deterministic bag-of-words vectors from hashed words and word pairs: for fast unit tests only."""

    backend = "hash"

    def __init__(self, dim: int = 256, max_words: int = 200):
        self.name = f"test:hash-{dim}"
        self.dim = dim
        self.max_words = max_words

    def _features(self, text: str) -> list[str]:
        words = [w.lower() for w in TOKEN.findall(text)][: self.max_words]
        return words + [f"{a} {b}" for a, b in zip(words, words[1:])]

    def truncated(self, texts: Sequence[str]) -> list[bool]:
        return [len(TOKEN.findall(t)) > self.max_words for t in texts]

    def encode(self, texts: Sequence[str], workers: int | None = None) -> np.ndarray:
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


register(Backend("hash", lambda model, batch_size, threads: HashEmbedder(), store_key=None,
                 serves=lambda model: model.startswith(MODEL)))


class StoredHashEmbedder(HashEmbedder):
    """The hash embedder under a model name whose vectors go to the disk cache: for tests of the cache itself."""

    backend = "stored-hash"

    def __init__(self):
        super().__init__()
        self.name = STORED_MODEL


class BrokenEmbedder(HashEmbedder):
    """An embedder that fails in a way no code expects (or as Ctrl-C does): for tests of the command line's handlers."""

    def __init__(self, failure: type[BaseException] = RuntimeError):
        super().__init__()
        self.failure = failure

    def encode(self, texts: Sequence[str], workers: int | None = None) -> np.ndarray:
        raise self.failure("the broken test embedder was asked to encode")


STORED_MODEL = "test:stored"
BROKEN_MODEL = "test:broken"
INTERRUPTED_MODEL = "test:interrupted"
register(Backend("stored-hash", lambda model, batch_size, threads: StoredHashEmbedder(), store_key="stored-hash",
                 serves=lambda model: model == STORED_MODEL))
register(Backend("broken", lambda model, batch_size, threads: BrokenEmbedder(), store_key=None,
                 serves=lambda model: model == BROKEN_MODEL))
register(Backend("interrupted", lambda model, batch_size, threads: BrokenEmbedder(KeyboardInterrupt), store_key=None,
                 serves=lambda model: model == INTERRUPTED_MODEL))
