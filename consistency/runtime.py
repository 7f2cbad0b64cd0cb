"""Opt-in process tuning for the command line and `batch` workers, each change put back on leaving: the library never enters it.

`tuned()` makes a run faster without changing a byte of its output:

- while a check encodes on a second thread (embed/alongside.py), one BLAS thread and a 0.5 ms
  thread switch interval;
- pysbd's modules get a large cache of compiled patterns in place of the `re` module.

The library called from Python (`consistency.pipeline.check`) runs without them, a little slower,
and leaves the process as it found it. No offline switch is needed: the bundled model is read
from its folder with `local_files_only` (embed/torch_backend.py, embed/onnx_export.py).
"""

from __future__ import annotations

import gc
import importlib
import os
import re
import sys
from contextlib import ExitStack, contextmanager
from functools import lru_cache
from typing import Iterator

from .embed.alongside import tuning_while_encoding

SWITCH_INTERVAL = 0.0005  # seconds; Python's default is 0.005
# The pysbd modules that call `re.sub`, `re.findall` ... with patterns built per call. Not
# pysbd.segmenter: consistency's own segmenter finds sentence spans without regexes.
PYSBD_MODULES = ("abbreviation_replacer", "between_punctuation", "exclamation_words", "lists_item_replacer",
                 "processor", "punctuation_replacer", "utils", "lang.common.common")

_WORKER = ExitStack()  # a batch worker's tuning: held until the process ends


@lru_cache(maxsize=1)
def _blas_controller():
    """threadpoolctl's view of the loaded BLAS libraries, taken once: taking it costs 1.5 ms, every check.

    It is first taken inside a check, when numpy's BLAS (the one spaCy uses) is loaded.
    """
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()


@contextmanager
def _quick_handover() -> Iterator[None]:
    """Let a thread waiting for the GIL have it within 0.5 ms rather than 5.

    Between two model runs the encoding thread needs the GIL for a moment, while spaCy and the
    facets hold it most of the time: at the default interval it waited so long that encoding,
    not spaCy, set the pace (200 article pairs: 33.5 s; 31.8 s at 0.5 ms).
    """
    previous = sys.getswitchinterval()
    sys.setswitchinterval(min(previous, SWITCH_INTERVAL))
    try:
        yield
    finally:
        sys.setswitchinterval(previous)


@contextmanager
def two_threads() -> Iterator[None]:
    """While both threads of a check are busy: one BLAS thread and a quick GIL handover.

    numpy's BLAS threads spin-wait for a free core: with the encoder on the second core, spaCy's
    numpy calls ran twice as slow.
    """
    with _blas_controller().limit(limits=1, user_api="blas"), _quick_handover():
        yield


@lru_cache(maxsize=1)
def _patterns():
    from .segment import CompiledPatterns

    return CompiledPatterns()  # one per process: the patterns compiled for one story serve the next


@contextmanager
def pysbd_pattern_cache() -> Iterator[None]:
    """pysbd's modules use a large cache of compiled patterns instead of `re`; `re` again on leaving."""
    patterns = _patterns()
    installed = []
    for name in PYSBD_MODULES:
        module = importlib.import_module(f"pysbd.{name}")
        if getattr(module, "re", None) is re:
            module.re = patterns
            installed.append(module)
    try:
        yield
    finally:
        for module in installed:
            if module.re is patterns:
                module.re = re


@contextmanager
def tuned() -> Iterator[None]:
    """The tuning of a command-line run (see the module docstring); everything it changed is restored on leaving."""
    with pysbd_pattern_cache(), tuning_while_encoding(two_threads):
        yield


def tune_worker_process(threads: int) -> None:
    """In a `batch --jobs` worker process: BLAS and OpenMP limited to `threads`, and `tuned()` until the process ends."""
    for name in ("OMP_NUM_THREADS", "MKL_NUM_THREADS"):  # read by libraries loaded later (torch, MKL)
        os.environ.setdefault(name, str(threads))
    _WORKER.enter_context(tuned())


def freeze_for_exit() -> None:
    """The process ends next: leave its objects to the OS.

    Without this, the interpreter's last garbage collection walks the spaCy and model objects for
    0.2-0.3 s.
    """
    gc.freeze()
