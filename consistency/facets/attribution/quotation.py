"""Quotation marks: which tokens of a sentence are quoted, carrying an open quotation over to the next sentences."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..nlp import text_of, tokens_of

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

#: Sentences a quotation may run on without any quotation mark before it is taken as unbalanced.
MAX_QUIET_SENTENCES = 4
DASHES = frozenset({"\u2015", "\u2014", "--"})
QUOTE_CHARS = "\u201c\u201d\""
_QUOTE_OPEN = "\u201c"
_QUOTE_CLOSE = "\u201d"
_QUOTE_BOTH = '"'
#: First characters of every token `quote_flags` reads as a quotation mark.
_QUOTE_MARK_STARTS = frozenset({_QUOTE_OPEN, _QUOTE_CLOSE, _QUOTE_BOTH, "'", "`"})
#: A letter or digit (what `str.isalnum` accepts).
_ALNUM_RE = re.compile(r"[^\W_]")


def quote_flags(doc: "Doc", inside: bool) -> tuple[list[bool], bool, bool]:
    """Per token: inside double quotation marks? Also the state after the sentence and whether a mark was seen.

    Curly marks say which way they go; a straight mark follows spaCy's tag (`` opens, '' closes).
    Single quotation marks are ignored (they double as apostrophes).
    """
    if not any(mark in text_of(doc) for mark in _QUOTE_MARK_STARTS):
        return [inside] * len(doc), inside, False  # no mark in the sentence (the usual case)
    flags: list[bool] = []
    seen = False
    whole = text_of(doc)
    for tok in tokens_of(doc):
        text = tok.text
        if text[:1] not in _QUOTE_MARK_STARTS:
            flags.append(inside)
        elif len(text) > 1 and text[0] in (_QUOTE_CLOSE, _QUOTE_BOTH) and text[1] in "".join(DASHES):
            flags.append(True)
            inside, seen = False, True
        elif text == _QUOTE_BOTH and inside and _closes(whole, tok.idx):
            flags.append(True)  # 'knew and when".': glued to the word before, spaCy may still call it opening
            inside, seen = False, True
        elif text in (_QUOTE_OPEN, "``") or (text in (_QUOTE_BOTH, "''") and tok.tag_ == "``"):
            inside, seen = True, True
            flags.append(True)
        elif text in (_QUOTE_CLOSE, "''") or (text == _QUOTE_BOTH and tok.tag_ == "''"):
            flags.append(True)
            inside, seen = False, True
        elif text == _QUOTE_BOTH:
            inside, seen = not inside, True
            flags.append(True)
        else:
            flags.append(inside)
    return flags, inside, seen


def _closes(text: str, at: int) -> bool:
    """A straight mark glued to the word before it and followed by punctuation, a space or the end closes."""
    before, after = text[at - 1:at], text[at + 1:at + 2]
    return bool(before) and not before.isspace() and (not after or after.isspace() or after in ".,;:!?)")


def all_words_quoted(doc: "Doc", quoted: list[bool]) -> bool:
    """Whether the sentence has words (tokens with a letter or digit) and all of them are quoted."""
    words = [flag for tok, flag in zip(tokens_of(doc), quoted) if _ALNUM_RE.search(tok.text)]
    return bool(words) and all(words)
