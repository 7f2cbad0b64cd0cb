"""Entity facets of one sentence: the named people, places, organisations and groups it is about."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..core.types import Facet, FacetKind
from ..core.values.claims import EntityValue
from .lexicon.en.calendar import MONTH_ABBREVIATIONS
from .nlp import ents_of, span_text, text_of, tokens_of

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span

ENTITY_LABELS: frozenset[str] = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT"})
"""spaCy labels reported as entities."""

LEADING_ARTICLES: frozenset[str] = frozenset({"the"})
"""Words stripped from the start of a name."""

POSSESSIVE_ENDINGS: tuple[str, ...] = ("'s", "’s", "'", "’")
"""Endings stripped from a name ("Russia's", "Sessions’")."""

NORP_WORDS: frozenset[str] = frozenset({
    "democrat", "democrats", "republican", "republicans", "muslim", "muslims", "christian",
    "christians", "jew", "jews", "jewish", "catholic", "catholics", "protestant", "protestants",
    "hindu", "hindus", "sikh", "sikhs", "buddhist", "buddhists", "conservative", "conservatives",
    "liberal", "liberals", "labour", "tory", "tories", "sunni", "sunnis", "shia", "shiite",
    "shiites", "kurd", "kurds", "arab", "arabs", "islamist", "islamists", "communist",
    "communists", "socialist", "socialists", "nazi", "nazis", "taliban", "greens", "democratic",
    "independent", "independents", "evangelical", "evangelicals", "orthodox", "maoist", "maoists",
})
"""Groups that really are NORP even when tagged as a singular proper noun."""

DEMONYM_SUFFIXES: tuple[str, ...] = ("an", "ans", "ese", "ish", "ic", "ics", "i", "is", "ch", "que", "ot", "ots")
"""Endings of nationality words ("Russian", "Chinese", "Turkish", "Iraqi"): such NORP tags are kept."""

PERSON_DEPS: frozenset[str] = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "poss", "appos", "conj", "nmod"})
"""Roles in which a mistagged NORP proper noun ("Sessions") is taken for a person."""


def extract_entities(doc: "Doc") -> tuple[Facet, ...]:
    """ENTITY facets for the named people, places, organisations, groups, facilities and events.

    The value is ``EntityValue(label="PERSON", name="Jeff Sessions")``; the name is as written, without
    a leading "the" or a possessive ending, and the offsets cover exactly the name.
    """
    facets = []
    for ent in ents_of(doc):
        label = _label(ent)
        if label is None:
            continue
        start, end = _name_bounds(doc, ent)
        if end <= start:
            continue
        name = text_of(doc)[start:end]
        if not any(ch.isalpha() for ch in name):
            continue
        facets.append(Facet(kind=FacetKind.ENTITY, text=name, value=EntityValue(label=label, name=name),
                            start=start, end=end))
    return tuple(facets)


def _label(ent: "Span") -> str | None:
    """The label to report, correcting known slips of the small model; None to drop the entity."""
    label = ent.label_
    if label not in ENTITY_LABELS:
        return None
    if label == "PERSON" and len(ent) == 1 and span_text(ent).lower().rstrip(".") in MONTH_ABBREVIATIONS:
        return None  # "Mar 2"
    if label == "NORP" and len(ent) == 1:
        tok = ent[0]
        low = tok.lower_
        if (tok.tag_ == "NNP" and tok.dep_ in PERSON_DEPS and low not in NORP_WORDS
                and not low.endswith(DEMONYM_SUFFIXES) and tok.is_title):
            return "PERSON"  # "Sessions oversees the Justice Department"
    return label


def _name_bounds(doc: "Doc", ent: "Span") -> tuple[int, int]:
    tokens = tokens_of(doc)[ent.start:ent.end]
    while tokens and tokens[0].lower_ in LEADING_ARTICLES:
        tokens = tokens[1:]
    while tokens and tokens[-1].text in POSSESSIVE_ENDINGS:
        tokens = tokens[:-1]
    if not tokens:
        return 0, 0
    start = tokens[0].idx
    end = tokens[-1].idx + len(tokens[-1].text)
    text = text_of(doc)
    for ending in POSSESSIVE_ENDINGS:  # a possessive glued to the last token
        if text[start:end].endswith(ending) and end - len(ending) > start:
            end -= len(ending)
            break
    while end > start and text[end - 1] in " ,;:":
        end -= 1
    return start, end

