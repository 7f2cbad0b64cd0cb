"""Building a `Document`: its publication date, empty-text refusals, and warnings about what later stages will read badly."""

from __future__ import annotations

import re
from datetime import date
from typing import Any, Sequence

from ..core.errors import EmptyInputError, printable
from ..core.types import Document

ISO_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
PUBLISHED_YEARS = (1000, 2200)  # a publication date outside these years is a typo, not a date
# Language heuristic: English news has 30-50% of its words in this list; other languages a few percent.
ENGLISH_STOPWORDS = frozenset(
    "a about after all also an and are as at be been but by can could did do for from had has have he her "
    "his i if in into is it its more no not of on one or our out over said says she so than that the their "
    "them there they this to up was we were what when which who will with would you".split()
)
ENGLISH_MIN_WORDS = 30  # shorter texts are not judged
ENGLISH_MIN_LETTERS = 40  # ... unless mostly in another script: Chinese has no spaces between words
ENGLISH_MIN_SHARE = 0.12
LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
WORD = re.compile(r"[^\W\d_]+")
SURROGATE = re.compile(r"[\ud800-\udfff]")


def parse_date(value: Any, path: str, warnings: list[str]) -> date | None:
    """A `YYYY-MM-DD...` value to a date; anything else is a warning and None."""
    if value in (None, ""):
        return None
    match = ISO_DATE.search(str(value))
    if match and PUBLISHED_YEARS[0] <= int(match[1]) <= PUBLISHED_YEARS[1]:
        try:
            return date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            pass
    shown = printable(repr(value) if len(repr(value)) <= 60 else repr(value)[:57] + "...")
    warnings.append(f"{printable(path)}: publication date {shown} is not YYYY-MM-DD;"
                    " relative dates stay unresolved")
    return None


def make_document(
    *, id: str, source: str, published: date | None, text: str, path: str,
    title: str | None = None, url: str | None = None, warnings: Sequence[str] = (), published_time: str | None = None,
) -> Document:
    if not text.strip():
        raise EmptyInputError("has no article text", path=path, hint="give a file with the article's text")
    if not any(c.isalnum() for c in text):
        raise EmptyInputError("has no words, only punctuation or symbols", path=path,
                              hint="give a file with the article's text")
    warnings = list(warnings)
    if SURROGATE.search(text):
        text = SURROGATE.sub("\ufffd", text)
        warnings.append(f"{printable(path)}: lone UTF-16 surrogates (\\ud800-\\udfff escapes) were replaced with U+FFFD")
    warnings += text_warnings(text, path)
    return Document(
        id=id, source=source, published=published, text=text, path=path,
        title=title, url=url, warnings=tuple(warnings), published_time=published_time,
    )


def english_share(text: str) -> tuple[float, int]:
    """The share of words that are common English words, and the number of words (letters only)."""
    words = WORD.findall(text[:200_000])
    if not words:
        return 0.0, 0
    common = sum(1 for w in words if w.lower() in ENGLISH_STOPWORDS)
    return common / len(words), len(words)


def text_warnings(text: str, path: str) -> list[str]:
    """What the later stages will do badly with: a language other than English, runs without sentence ends."""
    from ..segment import MAX_SEGMENT_CHARS, long_runs

    out: list[str] = []
    share, words = english_share(text)
    letters = "".join(WORD.findall(text[:200_000]))
    latin = len(LATIN.findall(letters))
    other_script = len(letters) >= ENGLISH_MIN_LETTERS and latin < len(letters) / 2
    if (words >= ENGLISH_MIN_WORDS or other_script) and share < ENGLISH_MIN_SHARE:
        out.append(
            f"{printable(path)}: does not look like English ({share:.0%} common English words, English news has"
            " 30-50%); sentences, dates and sources are read as English, so expect misses"
        )
    for start, end, pieces in long_runs(text):
        out.append(
            f"{printable(path)}: characters {start}-{end} go on for more than {MAX_SEGMENT_CHARS:,} characters"
            f" without a sentence end; split at spaces into {pieces} sentences of at most {MAX_SEGMENT_CHARS:,}"
            " characters, which may cut a sentence in two"
        )
    return out
