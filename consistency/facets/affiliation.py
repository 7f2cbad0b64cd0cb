"""A named person's party as the sentence gives it: "Republican Senator X", "X (D-Ohio)", "X, a Democrat"."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Sequence

from ..core.types import Facet, FacetKind
from .lexicon.en.names import HONORIFICS, TITLE_WORDS
from .lexicon.en.parties import PARTY_ABBREVIATIONS, PARTY_TITLES, PARTY_WORDS
from .nlp import text_of

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token

_ABBREVIATION_RE = re.compile(r"\s*\(\s*([DRI])\s*[-\u2013]\s*[A-Z][\w.' ]*\)")  # "(D-W.Va.)", "(R-Ohio)"
_BETWEEN = TITLE_WORDS | HONORIFICS | PARTY_TITLES | {"."}  # between a party and a name: "Republican Sen. X"


def _party_word(tok: "Token") -> str | None:
    """The party a capitalised party word names ("Democrat", "GOP"); lower-case "democratic reforms" is no party."""
    return PARTY_WORDS.get(tok.lower_) if tok.text[:1].isupper() else None


def _before(doc: "Doc", span: "Span") -> str | None:
    """"Republican Senator Joe X", "Democrat Jane Y": a party word before the name, only titles between."""
    for i in range(span.start - 1, max(-1, span.start - 4), -1):
        party = _party_word(doc[i])
        if party or doc[i].lower_ not in _BETWEEN:
            return party
    return None


def _predicated(span: "Span") -> str | None:
    """"X, a Republican," (apposition) or "X was the only Democrat" (copula): not "X joined the Republicans"."""
    root = span.root
    for child in root.children:
        if child.dep_ == "appos" and child.i >= span.end:
            party = _party_word(child)
            if party:
                return party
    if root.dep_ == "nsubj" and root.head.lemma_ == "be":
        for child in root.head.children:
            if child.dep_ == "attr" and child.i > root.i:
                return _party_word(child)
    return None


def party_of(doc: "Doc", span: "Span") -> str | None:
    """The party of the person named by `span`, when the sentence says it next to the name."""
    match = _ABBREVIATION_RE.match(text_of(doc)[span.end_char:])
    if match:
        return PARTY_ABBREVIATIONS[match[1].lower()]
    return _before(doc, span) or _predicated(span)


def mark_parties(doc: "Doc", entities: Sequence[Facet]) -> list[Facet]:
    """The entity facets with `party` set on each person whose party the sentence gives."""
    out = []
    for f in entities:
        if f.kind is FacetKind.ENTITY and f.value.label == "PERSON":
            span = doc.char_span(f.start, f.end, alignment_mode="expand")
            party = party_of(doc, span) if span is not None and len(span) else None
            if party:
                f = Facet(f.kind, f.text, replace(f.value, party=party), f.start, f.end)
        out.append(f)
    return out
