"""The torch backend: any sentence-transformers model, the bundled one by default, loaded on first use."""

from __future__ import annotations

import threading
from typing import Sequence

import numpy as np

from ..core import timing
from ..core.environment import quiet_model_libraries
from ..core.errors import ModelError
from ..core.settings import BUNDLED_MODEL
from ..core.torch_guard import importing_torch
from .base import bundled_model_path


class SentenceTransformerEmbedder:
    """Any sentence-transformers model; the bundled one by default, loaded on first use, from disk.

    The bundled model is loaded from its folder with `local_files_only`: the hub client is never
    asked, and no offline switch is needed in the environment.
    """

    backend = "torch"

    def __init__(self, model: str = BUNDLED_MODEL, batch_size: int = 32):
        self.name = model
        self.batch_size = batch_size
        self._model = None
        # A check may call this from two threads. transformers switches the shared tokenizer's
        # truncation on and off per call, so loading, encoding and `truncated` take turns.
        self._lock = threading.RLock()

    def load(self) -> None:
        """Load now rather than on first use."""
        self._load()

    def _load(self):
        if self._model is not None:
            return self._model
        with self._lock:
            if self._model is not None:
                return self._model
            with timing.stage("model load"), quiet_model_libraries():
                return self._load_model()

    def _load_model(self):
        if self.name == BUNDLED_MODEL:
            location, options = bundled_model_path(), {"local_files_only": True}
        else:
            location, options = self.name, {}
        try:
            with importing_torch():  # spaCy may be importing on another thread, with torch hidden
                from sentence_transformers import SentenceTransformer
            self._model = SentenceTransformer(location, device="cpu", **options)
        except Exception as exc:  # any load failure becomes one clear message
            raise ModelError(f"cannot load the embedding model {self.name!r} ({type(exc).__name__}: {exc})".split("\n")[0],
                             hint="give an installed sentence-transformers model name or folder with --model") from exc
        return self._model

    @property
    def max_tokens(self) -> int:
        return int(self._load().max_seq_length)

    def truncated(self, texts: Sequence[str]) -> list[bool]:
        model = self._load()
        # The tokenizer reads TOKENIZERS_PARALLELISM on each call: kept off, as while loading.
        with self._lock, quiet_model_libraries():
            tokenizer = model.tokenizer
            limit = self.max_tokens
            lengths = [len(ids) for ids in tokenizer(list(texts), add_special_tokens=True, truncation=False)["input_ids"]]
        return [n > limit for n in lengths]

    def encode(self, texts: Sequence[str], workers: int | None = None) -> np.ndarray:
        model = self._load()
        if not texts:
            return np.zeros((0, model.get_sentence_embedding_dimension() or 0), dtype=np.float32)
        with self._lock, quiet_model_libraries():
            vectors = model.encode(
                list(texts), batch_size=self.batch_size, convert_to_numpy=True,
                normalize_embeddings=True, show_progress_bar=False,
            )
        return np.asarray(vectors, dtype=np.float32)
