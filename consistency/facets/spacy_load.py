"""Loads a spaCy pipeline without what the facets never use: spaCy's command line, unused components, a tokenizer built twice."""

from __future__ import annotations

import sys
from contextlib import contextmanager
from types import ModuleType
from typing import TYPE_CHECKING, Any, Iterator

from ..core.torch_guard import torch_hidden

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language

# The components the facets read, and what for (the small English pipeline has exactly these, plus
# `senter`, which it ships disabled: the parser already sets the sentence boundaries).
NEEDED = {
    "tok2vec": "the token vectors the tagger and the parser listen to",
    "tagger": "fine-grained tags (`tag_`: CD, VBD, NNP) for numbers, quotations and speakers",
    "parser": "dependencies (`dep_`, `head`, `children`): speakers, negation scope, what a number counts",
    "attribute_ruler": "coarse parts of speech (`pos_`) from the tags",
    "lemmatizer": "lemmas (`lemma_`): speech verbs (said, told → say, tell), negation",
    "ner": "entities: dates and times, numbers, people and organisations as sources",
}
# Left out with `exclude` (never loaded), not `disable` (loaded, then skipped).
UNUSED = ("senter",)

TOKENIZER = "consistency.packaged_tokenizer.v1"


def load(name: str, packaged_tokenizer: bool = False) -> "Language":
    """`spacy.load(name)` without the components in `UNUSED`: the same analyses, token for token.

    With `packaged_tokenizer` (for a pipeline known to save spaCy's standard tokenizer, such as the
    bundled one), the tokenizer is built once, from the package's file (`_packaged_tokenizer`).
    """
    import spacy

    config = {}
    if packaged_tokenizer:
        spacy.registry.tokenizers.register(TOKENIZER, func=_packaged_tokenizer)
        config = {"nlp": {"tokenizer": {"@tokenizers": TOKENIZER}}}
    with _entry_points_by_group():
        nlp = spacy.load(name, exclude=list(UNUSED), config=config)
    if packaged_tokenizer and not nlp.tokenizer.rules:  # no tokenizer file after all: the language's own
        return load(name)
    return nlp


def import_spacy() -> ModuleType:
    """`import spacy`, the first time without torch (see torch_guard) and without spaCy's command line."""
    with torch_hidden(), _without_spacy_cli():
        import spacy

    return spacy


def _packaged_tokenizer():
    """A tokenizer with no rules yet: loading the package fills it from the package's `tokenizer` file.

    spaCy first builds the language's default tokenizer (2,700 special cases), then replaces all of
    it with the package's saved one; starting empty skips the first build.
    """
    from spacy.tokenizer import Tokenizer

    return lambda nlp: Tokenizer(nlp.vocab)


def _cli_info(*args: Any, **kwargs: Any) -> Any:
    """`spacy.info`, imported from spaCy's command line when called."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


@contextmanager
def _without_spacy_cli() -> Iterator[None]:
    """While spaCy is first imported, stand in for its command line (`spacy.cli`).

    `import spacy` imports `spacy.cli` (weasel, httpx, requests, jinja2: 0.2 s) only to offer
    `spacy.info`; loading and running a pipeline never use it. The stand-in's `info` imports the real
    one when called, and the stand-ins leave `sys.modules` afterwards, so `import spacy.cli` works as usual.
    """
    if "spacy" in sys.modules or "spacy.cli" in sys.modules:
        yield
        return
    package, info = ModuleType("spacy.cli"), ModuleType("spacy.cli.info")
    package.__path__ = []  # a package, so `spacy.cli.info` is found in sys.modules
    info.info = _cli_info  # type: ignore[attr-defined]
    sys.modules["spacy.cli"], sys.modules["spacy.cli.info"] = package, info
    try:
        yield
    finally:
        for key, stand_in in (("spacy.cli", package), ("spacy.cli.info", info)):
            if sys.modules.get(key) is stand_in:
                del sys.modules[key]
        spacy = sys.modules.get("spacy")
        if spacy is not None and getattr(spacy, "cli", None) is package:
            delattr(spacy, "cli")


class _ByGroup:
    """The installed entry points, each group's selection computed once (catalogue selects per registry lookup)."""

    def __init__(self, entry_points: Any) -> None:
        self._all = entry_points
        self._groups: dict[str, Any] = {}

    def select(self, **params: Any) -> Any:
        if set(params) != {"group"}:
            return self._all.select(**params)
        group = params["group"]
        if group not in self._groups:
            self._groups[group] = self._all.select(group=group)  # an immutable EntryPoints
        return self._groups[group]

    def __getattr__(self, name: str) -> Any:
        return getattr(self._all, name)


@contextmanager
def _entry_points_by_group() -> Iterator[None]:
    """While a pipeline loads: catalogue's registry lookups (about 250) find each group's entry points once.

    Each lookup otherwise walks every installed entry point again (0.05 s in all); the entry points
    found, and their order, are the same.
    """
    import catalogue

    available = catalogue.AVAILABLE_ENTRY_POINTS
    if not hasattr(available, "select"):  # pragma: no cover - an old importlib.metadata
        yield
        return
    catalogue.AVAILABLE_ENTRY_POINTS = _ByGroup(available)
    try:
        yield
    finally:
        catalogue.AVAILABLE_ENTRY_POINTS = available
