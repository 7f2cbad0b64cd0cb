"""Where a number sits in the parse: its governing verb, the role of its phrase, its "of" object."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon.en.numbers import VERB_LEMMA_FIXES
from ..nlp import tokens_of
from .reading import Reading

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token

ROLE_BY_DEP: dict[str, str] = {
    "nsubj": "subject", "csubj": "subject", "nsubjpass": "object", "dobj": "object",
    "attr": "object", "oprd": "object", "dative": "object",
}
"""The role of a number's phrase for its verb; a passive subject is what was acted on ("15 were killed")."""


def group_root(doc: "Doc", r: Reading) -> "Token":
    """The token of the written number whose head lies outside it."""
    tokens = tokens_of(doc)
    group = range(r.start_tok, r.end_tok)
    for k in group:
        if tokens[k].head.i not in group or tokens[k].head.i == k:
            return tokens[k]
    return tokens[r.end_tok - 1]


def of_object(tok: "Token") -> "Token | None":
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for g in child.children:
                if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN", "PRON"):
                    return g if g.pos_ != "PRON" else None
    return None


def verb_and_role(tok: "Token") -> tuple[str | None, str | None]:
    """The nearest verb above `tok` and the role `tok`'s phrase plays for it (subject, object, other)."""
    t = tok
    for _ in range(6):
        head = t.head
        if head.i == t.i:
            return None, None
        if head.pos_ == "VERB":
            return verb_lemma(head), ROLE_BY_DEP.get(t.dep_, "other")
        t = head
    return None, None


def verb_lemma(tok: "Token") -> str:
    lemma = tok.lemma_.lower()
    return VERB_LEMMA_FIXES.get(lemma, lemma)


def governing_verb(tok: "Token | None") -> str | None:
    """Lemma of the nearest verb above `tok` in the parse (at most five steps)."""
    if tok is None:
        return None
    t = tok
    for _ in range(6):
        if t.pos_ == "VERB":
            return verb_lemma(t)
        if t.head.i == t.i:
            break
        t = t.head
    return None
