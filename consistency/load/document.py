"""Building a `Document`: its publication date, empty-text refusals, and warnings about what later stages will read badly."""

from __future__ import annotations

import hashlib
import re
from datetime import date, datetime
from typing import Any, Sequence

from ..core.errors import EmptyInputError, printable
from ..core.given import checked_sentences, joined
from ..core.types import Document
from .decode import normalise_newlines
from .written_dates import written_date

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
    """A `YYYY-MM-DD...` value to a date, or one written out with its month named (with a warning saying how it was
    read); anything else is a warning and None."""
    if value in (None, ""):
        return None
    match = ISO_DATE.search(str(value))
    if match and PUBLISHED_YEARS[0] <= int(match[1]) <= PUBLISHED_YEARS[1]:
        try:
            return date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            pass
    shown = printable(repr(value) if len(repr(value)) <= 60 else repr(value)[:57] + "...")
    written = plausible_written_date(str(value)) if not match else None
    if written:
        warnings.append(f"{printable(path)}: publication date {shown} is read as {written.isoformat()}")
        return written
    warnings.append(f"{printable(path)}: publication date {shown} is not YYYY-MM-DD;"
                    " relative dates stay unresolved")
    return None


def plausible_written_date(value: str) -> date | None:
    """A publication date written with its month named (`written_date`), within the years a page may have."""
    written = written_date(value)
    return written if written and PUBLISHED_YEARS[0] <= written.year <= PUBLISHED_YEARS[1] else None


def make_document(
    *, id: str, source: str, published: date | None, text: str, path: str,
    title: str | None = None, url: str | None = None, warnings: Sequence[str] = (), published_time: str | None = None,
    sentences: Sequence[str] | None = None,
) -> Document:
    """A checked `Document`: empty text refused, lone surrogates replaced (in `sentences` too), warnings added."""
    if not text.strip():
        raise EmptyInputError("has no article text", path=path, hint="give a file with the article's text")
    if not any(c.isalnum() for c in text):
        raise EmptyInputError("has no words, only punctuation or symbols", path=path,
                              hint="give a file with the article's text")
    warnings = list(warnings)
    if SURROGATE.search(text):
        text = SURROGATE.sub("\ufffd", text)
        warnings.append(f"{printable(path)}: lone UTF-16 surrogates (\\ud800-\\udfff escapes) were replaced with U+FFFD")
        if sentences is not None:
            sentences = [SURROGATE.sub("\ufffd", s) for s in sentences]
    warnings += text_warnings(text, path, split=sentences is None)
    return Document(
        id=id, source=source, published=published, text=text, path=path,
        title=title, url=url, warnings=tuple(warnings), published_time=published_time,
        sentences=None if sentences is None else tuple(sentences),
    )


def english_share(text: str) -> tuple[float, int]:
    """The share of words that are common English words, and the number of words (letters only)."""
    words = WORD.findall(text[:200_000])
    if not words:
        return 0.0, 0
    common = sum(1 for w in words if w.lower() in ENGLISH_STOPWORDS)
    return common / len(words), len(words)


def text_warnings(text: str, path: str, split: bool = True) -> list[str]:
    """What the later stages will do badly with: a language other than English, runs without sentence ends
    (only when the text is to be `split` into sentences: sentences given by the user are used as given)."""
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
    for start, end, pieces in long_runs(text) if split else ():
        out.append(
            f"{printable(path)}: characters {start}-{end} go on for more than {MAX_SEGMENT_CHARS:,} characters"
            f" without a sentence end; split at spaces into {pieces} sentences of at most {MAX_SEGMENT_CHARS:,}"
            " characters, which may cut a sentence in two"
        )
    return out


SLUG = re.compile(r"[^0-9a-z]+")


def document_from_text(
    text: str | None, *, source: str | None = None, published: Any = None, id: str | None = None,
    title: str | None = None, url: str | None = None, sentences: Sequence[str] | None = None, path: str | None = None,
) -> Document:
    """`Document.from_text`: a document from text in memory, with a sensible id, source and path (see there)."""
    if text is None and sentences is None:
        raise TypeError("Document.from_text() needs the article's text, or its sentences as a list of strings")
    if text is not None and not isinstance(text, str):
        raise TypeError(f"Document.from_text() takes the article's text as a str, not {type(text).__name__}"
                        " (for a file, give its path to consistency.check)")
    given = None if sentences is None else [normalise_newlines(s) for s in checked_sentences(sentences, path)]
    text = joined(given) if text is None or (given and not text.strip()) else normalise_newlines(text)
    if not text.strip():
        raise ValueError("Document.from_text() got an empty text: give the article's text")
    for name, value in (("source", source), ("id", id), ("title", title), ("url", url), ("path", path)):
        if value is not None and not isinstance(value, str):
            raise TypeError(f"Document.from_text() takes {name} as a str, not {type(value).__name__}")
    day, clock = _published(published)
    if id is None or not id.strip():
        id = SLUG.sub("-", (source or "").lower()).strip("-") or "text-" + hashlib.sha1(
            text.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    try:
        return make_document(id=id, source=source or id, published=day, text=text, path=path or f"<{id}>",
                             title=title, url=url, published_time=clock, sentences=given)
    except EmptyInputError as exc:
        raise ValueError(f"Document.from_text(): the text {exc.message}") from None


def _published(value: Any) -> tuple[date | None, str | None]:
    """A publication date given as a date, a datetime or an ISO string, and its clock time if any; else a ValueError."""
    if value is None or value == "":
        return None, None
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.strip()) if len(value.strip()) > 10 else date.fromisoformat(value.strip())
        except ValueError:
            raise ValueError(f"published={value!r} is not an ISO date: give 'YYYY-MM-DD' (a time may follow, as in"
                             " '2024-03-06T09:30+01:00') or a datetime.date") from None
    if isinstance(value, datetime):
        clock = f"{value:%H:%M}" + (f":{value:%S}" if value.second else "")
        offset = value.utcoffset()
        if offset is not None:
            minutes = int(offset.total_seconds() // 60)
            clock += f"{'+' if minutes >= 0 else '-'}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
        return value.date(), clock
    if isinstance(value, date):
        return value, None
    raise TypeError(f"published is {type(value).__name__}; give a datetime.date, a datetime or 'YYYY-MM-DD'")
