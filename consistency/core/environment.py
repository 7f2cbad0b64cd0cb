"""Every environment variable the package reads, read here; and the ones it sets for the model libraries, only while they run.

The package reads `CONSISTENCY_<FIELD>` for each `Settings` field (see settings.py) and these:

- `CONSISTENCY_MAX_BYTES`: the input size limit (load/).
- `CONSISTENCY_CACHE_DIR`, else `XDG_CACHE_HOME`: where the vector cache and prepared models live.
- `CONSISTENCY_ONNX_THREADS`: CPU threads for the ONNX backend.
- `CONSISTENCY_PLUGINS`: modules to import that register embedding backends (embed/registry.py).
- `CONSISTENCY_TIMINGS`: a file for the stage timings of a command-line run.
- `CONSISTENCY_TOKEN`: the bearer token `consistency serve` requires of every request (when set).
- `CONSISTENCY_DEBUG`: the full traceback of an unexpected failure (the command line prints one line otherwise).
- `NO_COLOR`: a plain text report on a terminal.
"""

from __future__ import annotations

import os
from contextlib import AbstractContextManager, contextmanager
from typing import Iterator, Mapping

PREFIX = "CONSISTENCY_"
MAX_BYTES = "CONSISTENCY_MAX_BYTES"
CACHE_DIR = "CONSISTENCY_CACHE_DIR"
ONNX_THREADS = "CONSISTENCY_ONNX_THREADS"
PLUGINS = "CONSISTENCY_PLUGINS"
TIMINGS = "CONSISTENCY_TIMINGS"
DEBUG = "CONSISTENCY_DEBUG"
TOKEN = "CONSISTENCY_TOKEN"

# What the model libraries (transformers, huggingface_hub, tokenizers) read to stay quiet: library
# code never prints. Set while they load or run (see `quiet_model_libraries`), never left behind.
QUIET_MODEL_LIBRARIES = {"HF_HUB_DISABLE_PROGRESS_BARS": "1", "TRANSFORMERS_VERBOSITY": "error",
                         "TOKENIZERS_PARALLELISM": "false"}


def setting_name(field: str) -> str:
    """The environment variable of a `Settings` field: `CONSISTENCY_<FIELD>`."""
    return f"{PREFIX}{field.upper()}"


def setting(field: str) -> str | None:
    """`CONSISTENCY_<FIELD>` for a `Settings` field; None when unset or empty."""
    value = os.environ.get(setting_name(field))
    return value if value else None


def max_bytes() -> str | None:
    return os.environ.get(MAX_BYTES) or None


def cache_dir() -> str | None:
    return os.environ.get(CACHE_DIR) or None


def xdg_cache_home() -> str | None:
    return os.environ.get("XDG_CACHE_HOME")


def onnx_threads() -> int | None:
    """`CONSISTENCY_ONNX_THREADS` as a count of at least 1; None when unset or not a number."""
    try:
        return max(1, int(os.environ.get(ONNX_THREADS, "")))
    except ValueError:
        return None


def plugins() -> tuple[str, ...]:
    """The module names in `CONSISTENCY_PLUGINS`, separated by commas or spaces."""
    return tuple(name for name in os.environ.get(PLUGINS, "").replace(",", " ").split() if name)


def timings_path() -> str | None:
    return os.environ.get(TIMINGS) or None


def token() -> str | None:
    """`CONSISTENCY_TOKEN`: the bearer token `consistency serve` requires; None when unset. Set but empty is returned
    as it is, so that the service refuses to start rather than run open because a secret went missing."""
    return os.environ.get(TOKEN)


def debug() -> bool:
    """`CONSISTENCY_DEBUG` set to anything but empty, 0, false, no or off."""
    return os.environ.get(DEBUG, "").strip().lower() not in ("", "0", "false", "no", "off")


def no_color() -> bool:
    return bool(os.environ.get("NO_COLOR"))


@contextmanager
def scoped(values: Mapping[str, str], override: bool = False) -> Iterator[None]:
    """Set `values` (only those unset, unless `override`) for the block, then put the environment back as it was."""
    saved = {name: os.environ.get(name) for name in values}
    for name, value in values.items():
        if override or name not in os.environ:
            os.environ[name] = value
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def quiet_model_libraries() -> AbstractContextManager[None]:
    """No progress bars or warnings from the model libraries while the block runs; the environment is restored after."""
    return scoped(QUIET_MODEL_LIBRARIES)
