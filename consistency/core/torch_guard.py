"""Keeps torch out of spaCy's import, and lets a model load on another thread import torch safely meanwhile."""

from __future__ import annotations

import sys
import threading
from contextlib import contextmanager
from typing import Iterator

# Held while torch is hidden, and around every deliberate import of torch: the embedding model
# may load on a background thread while spaCy is imported, and must not find torch hidden.
_LOCK = threading.RLock()


@contextmanager
def torch_hidden() -> Iterator[None]:
    """While spaCy is first imported, make `import torch` fail unless torch is already loaded.

    thinc (spaCy's ML layer) imports torch at import time whenever it is installed, only to
    offer PyTorch-wrapped layers; the small English pipeline uses none, and the import costs
    seconds. A `None` entry in `sys.modules` is Python's documented way to make an import raise
    ImportError, which thinc catches (it then runs without torch support). The entry is removed
    afterwards, so torch stays importable for everything else, e.g. the torch embedding backend.
    """
    with _LOCK:
        if "torch" in sys.modules or "thinc" in sys.modules:
            yield
            return
        sys.modules["torch"] = None  # type: ignore[assignment]
        try:
            yield
        finally:
            if sys.modules.get("torch", 0) is None:
                del sys.modules["torch"]


@contextmanager
def importing_torch() -> Iterator[None]:
    """Around code that imports torch (or asks whether it is installed): waits while torch is hidden."""
    with _LOCK:
        yield
