"""Quote facets of one sentence (the directly quoted words) and word-level similarity of two quotations."""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from typing import TYPE_CHECKING, NamedTuple

from ..core.types import Facet, FacetKind
from ..core.values.claims import QuoteValue
from .nlp import text_of

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

OPENING_DOUBLE_QUOTES: frozenset[str] = frozenset({"“", "„", "«", "‟"})
"""Marks that always open a quotation."""

CLOSING_DOUBLE_QUOTES: frozenset[str] = frozenset({"”", "»"})
"""Marks that always close a quotation."""

STRAIGHT_DOUBLE_QUOTE = '"'
"""The ASCII quotation mark: opening or closing is read from the characters around it."""

OPENING_SINGLE_QUOTE = "‘"
"""Opens a single-quoted quotation; its closing mark ’ is also the apostrophe, so single-quoted
quotations are taken only when both marks are in the sentence."""

CLOSING_SINGLE_QUOTE = "’"
"""Closes a single-quoted quotation (when not an apostrophe)."""

OPENING_CONTEXT = "([{—–-/ \t\n\r\u00a0:"
"""Characters after which a straight quote opens."""

CLOSING_CONTEXT = ".,;:!?)]}—–-… \t\n\r\u00a0"
"""Characters before which a straight quote closes."""

TRIM_CHARS = " \t\n\r\u00a0,;:"
"""Stripped from both ends of the quoted words (a final single full stop is stripped too)."""

WORD_RE = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
"""A word for `quote_similarity`: letters and digits, with inner apostrophes ("don't")."""

DOUBLE_QUOTE_RE = re.compile(
    "[" + re.escape("".join(sorted({STRAIGHT_DOUBLE_QUOTE, *OPENING_DOUBLE_QUOTES, *CLOSING_DOUBLE_QUOTES}))) + "]"
)
"""Any double quotation mark, straight or curly."""

APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'"})
"""Apostrophe variants folded to ASCII before comparing words."""


class _Mark(NamedTuple):
    pos: int
    role: str  # "open" | "close" | "either"


def extract_quotes(doc: "Doc") -> tuple[Facet, ...]:
    """Direct quotations of the sentence: one QUOTE facet per quoted stretch.

    A quotation that starts in an earlier sentence (a closing mark with no opening one before
    it) runs from the start of the sentence; one that goes on into the next sentence runs to the
    end. Offsets cover the quoted words without the marks.
    """
    text = text_of(doc)
    spans = _double_quoted(text)
    taken = list(spans)
    for a, b in _single_quoted(text):
        if not any(a < e and s < b for s, e in taken):
            spans.append((a, b))
    facets = []
    for a, b in sorted(spans):
        a, b = _trim(text, a, b)
        if b <= a or not any(ch.isalnum() for ch in text[a:b]):
            continue
        quote = " ".join(text[a:b].split())
        value = QuoteValue(quote=quote, words=len(WORD_RE.findall(quote.translate(APOSTROPHES))))
        facets.append(Facet(kind=FacetKind.QUOTE, text=text[a:b], value=value, start=a, end=b))
    return tuple(facets)


def _role(text: str, pos: int) -> str:
    ch = text[pos]
    if ch in OPENING_DOUBLE_QUOTES:
        return "open"
    if ch in CLOSING_DOUBLE_QUOTES:
        return "close"
    before = text[pos - 1] if pos > 0 else None
    after = text[pos + 1] if pos + 1 < len(text) else None
    opens = (before is None or before in OPENING_CONTEXT) and after is not None and not after.isspace()
    closes = (after is None or after in CLOSING_CONTEXT or after in "\"”'’") and before is not None \
        and not before.isspace()
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return "either"


def _double_quoted(text: str) -> list[tuple[int, int]]:
    """Inner spans (without marks) of double-quoted stretches, balanced or open at an edge."""
    marks = [_Mark(m.start(), _role(text, m.start())) for m in DOUBLE_QUOTE_RE.finditer(text)]
    spans: list[tuple[int, int]] = []
    pending: int | None = None
    first = True
    for mark in marks:
        if pending is None and text[mark.pos] == STRAIGHT_DOUBLE_QUOTE and mark.pos > 0 and text[mark.pos - 1].isdigit():
            continue  # inches or seconds: 12" pizza
        if pending is None:
            if mark.role == "close" and first:
                spans.append((0, mark.pos))  # began in an earlier sentence
            elif mark.role in ("open", "either"):
                pending = mark.pos
            first = False
            continue
        # a quotation is open
        if mark.role in ("close", "either") or text[mark.pos] == STRAIGHT_DOUBLE_QUOTE:
            spans.append((pending + 1, mark.pos))
            pending = None
        else:  # a second opening curly mark: the first was never closed
            spans.append((pending + 1, mark.pos))
            pending = mark.pos
        first = False
    if pending is not None:
        spans.append((pending + 1, len(text)))  # goes on into the next sentence
    return spans


def _single_quoted(text: str) -> list[tuple[int, int]]:
    """Inner spans of ‘single-quoted’ stretches whose two marks are both in the sentence."""
    spans = []
    i = 0
    while True:
        a = text.find(OPENING_SINGLE_QUOTE, i)
        if a < 0:
            break
        if a > 0 and text[a - 1].isalnum():
            i = a + 1
            continue
        b = a + 1
        close = -1
        while True:
            b = text.find(CLOSING_SINGLE_QUOTE, b)
            if b < 0:
                break
            after = text[b + 1] if b + 1 < len(text) else None
            if (after is None or not after.isalnum()) and b > a + 1 and not text[b - 1].isspace():
                close = b
                break
            b += 1
        if close < 0:
            break
        spans.append((a + 1, close))
        i = close + 1
    return spans


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    """Drop spaces and the closing comma or full stop the quoting sentence adds ("resign," / "resign.")."""
    while a < b and text[a] in TRIM_CHARS:
        a += 1
    while b > a and text[b - 1] in TRIM_CHARS:
        b -= 1
    if b - a > 1 and text[b - 1] == "." and text[b - 2] != ".":
        b -= 1
        while b > a and text[b - 1] in TRIM_CHARS:
            b -= 1
    return a, b


def _words(text: str) -> list[str]:
    return WORD_RE.findall(text.lower().translate(APOSTROPHES))


def quote_similarity(a: str, b: str) -> float:
    """Word-level similarity of two quotations, 0..1, ignoring case and punctuation.

    It is 2·M / (len(a) + len(b)) over the word sequences, M the words matched in order
    (difflib), so 1.0 means word for word and a quotation cut short scores by how much is left.
    Two texts without words are identical (1.0).
    """
    wa, wb = _words(a or ""), _words(b or "")
    if not wa and not wb:
        return 1.0
    if not wa or not wb:
        return 0.0
    if wa == wb:
        return 1.0
    return float(SequenceMatcher(None, wa, wb, autojunk=False).ratio())
