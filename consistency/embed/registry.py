"""The backend registry: embedding backends registered and looked up by name, and the one embedder per model and backend of a process.

Built in: `torch` (any sentence-transformers model), `onnx` and `onnx-int8` (the bundled model).
A backend from outside the package registers itself when its module is imported, with `register`.
The modules named in `CONSISTENCY_PLUGINS` (comma- or space-separated) are imported at each lookup
(once each); being an environment variable, the list reaches every child process as well: a
`python -m consistency` subprocess, the `batch --jobs` workers. The test suite's hash embedder
comes in this way (tests/doubles.py; tests/conftest.py sets `CONSISTENCY_PLUGINS=tests.doubles`):

    register(Backend("hash", lambda model, batch_size, threads: HashEmbedder(),
                     store_key=None, serves=lambda model: model.startswith("test:hash")))

A backend with `serves` runs the model names it claims whatever `--backend` says.
"""

from __future__ import annotations

import importlib
import sys
from dataclasses import dataclass
from typing import Callable

from ..core import environment
from ..core.errors import ConsistencyError, ModelError
from ..core.settings import BACKENDS, BUNDLED_MODEL
from .onnx_export import prepare
from .onnx_runtime import RECIPES, OnnxEmbedder, export_available, is_prepared, model_file, runtime_available
from .base import Embedder
from .cache import CachedEmbedder, VectorCache, cache_dir
from .torch_backend import SentenceTransformerEmbedder


@dataclass(frozen=True)
class Backend:
    """One way to run models: its name (recorded in reports) and how to make an embedder (loading lazily)."""

    name: str
    create: Callable[[str, int, "int | None"], Embedder]  # (model, batch_size, threads or None)
    store_key: str | None  # its vectors' name in the disk cache (a new one when they change); None: never on disk
    serves: Callable[[str], bool] | None = None  # the model names it claims, whatever the backend setting


_BACKENDS: dict[str, Backend] = {}
_EMBEDDERS: dict[tuple, CachedEmbedder] = {}


def register(backend: Backend) -> None:
    """Make `backend` available by its name (a later one of the same name replaces it)."""
    _BACKENDS[backend.name] = backend


def _load_plugins() -> None:
    for module in environment.plugins():
        if module in sys.modules:
            continue
        try:
            importlib.import_module(module)
        except ImportError as exc:
            raise ModelError(f"CONSISTENCY_PLUGINS names {module!r}, which cannot be imported ({exc})",
                             hint="name importable modules that register embedding backends") from exc


def get_backend(name: str) -> Backend:
    """The registered backend called `name`."""
    _load_plugins()
    try:
        return _BACKENDS[name]
    except KeyError:
        raise ModelError(f"no embedding backend {name!r} is registered",
                         hint=f"use one of {', '.join(BACKENDS)}") from None


def _onnx(quantized: bool) -> Callable[[str, int, "int | None"], Embedder]:
    def create(model: str, batch_size: int, threads: int | None) -> Embedder:
        return OnnxEmbedder(quantized=quantized, threads=threads, prepare=prepare)

    return create


register(Backend("torch", lambda model, batch_size, threads: SentenceTransformerEmbedder(model, batch_size), "torch"))
register(Backend("onnx", _onnx(False), f"onnx:{RECIPES['fp32']}"))
register(Backend("onnx-int8", _onnx(True), f"onnx-int8:{RECIPES['int8']}"))


def resolve_backend(model: str = BUNDLED_MODEL, backend: str = "auto") -> str:
    """The backend that will run: a plugin's for the models it serves, else `torch`, `onnx` or `onnx-int8`.

    The ONNX backends run the bundled model only. `auto` picks `onnx` (float32, faithful to torch)
    when onnxruntime and tokenizers are installed and the model is prepared, or can be (torch is
    there to export it); otherwise `torch`.
    """
    if backend not in BACKENDS:
        raise ModelError(f"unknown backend {backend!r}", hint=f"use one of {', '.join(BACKENDS)}")
    _load_plugins()
    for candidate in _BACKENDS.values():
        if candidate.serves is not None and candidate.serves(model):
            return candidate.name
    if backend == "torch":
        return "torch"
    if model != BUNDLED_MODEL:
        if backend != "auto":
            raise ModelError(f"the {backend} backend runs the bundled model only, not {model!r}",
                             hint="use --backend torch (or auto) for other models")
        return "torch"
    if backend != "auto":
        return backend
    if runtime_available() and (is_prepared() or export_available()):
        return "onnx"
    return "torch"


def prepare_notice(model: str = BUNDLED_MODEL, backend: str = "auto") -> str | None:
    """A line for the user when this run will first export the fast model (the CLI prints it); else None."""
    try:
        resolved = resolve_backend(model, backend)
        if resolved not in ("onnx", "onnx-int8"):
            return None
        quantized = resolved == "onnx-int8"
        if is_prepared(quantized=quantized):
            return None
        target = model_file(quantized=quantized)
    except ConsistencyError:
        return None
    return (f"preparing the fast embedding model once (an ONNX export, about 10-30 s) into {target.parent}; "
            f"`consistency model prepare` does it ahead of time")


def get_embedder(model: str = BUNDLED_MODEL, batch_size: int = 32, backend: str = "auto",
                 cache: bool = True, threads: int | None = None) -> Embedder:
    """The process-wide embedder for a model and backend (created once, loaded lazily), over the disk cache with `cache`.

    `threads` caps the CPU threads of the embedder this call creates (default: the backend's own
    choice); a later call finds the same embedder whatever `threads` it gives.
    """
    resolved = resolve_backend(model, backend)
    spec = _BACKENDS[resolved]
    where = str(cache_dir()) if cache and spec.store_key is not None else ""
    key = (model, batch_size, resolved, where)
    if key not in _EMBEDDERS:
        store = VectorCache() if where else None
        _EMBEDDERS[key] = CachedEmbedder(spec.create(model, batch_size, threads), store, spec.store_key)
    return _EMBEDDERS[key]
