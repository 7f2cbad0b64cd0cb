"""Sentences a user gives already split: checked as a list of non-empty strings and located in the document text."""

from __future__ import annotations

from typing import Any, Sequence

from .errors import MalformedInputError, abridged

HINT = "give 'sentences' as a list of non-empty strings, in the order they appear in the text"


class SentencesError(MalformedInputError, ValueError):
    """Given sentences that cannot be used: a ValueError to a Python caller, exit 2 with one line on the command line."""


def checked_sentences(value: Any, path: str | None = None) -> tuple[str, ...]:
    """`value` as a tuple of sentences (each stripped of surrounding whitespace); else a SentencesError."""
    if isinstance(value, (str, bytes)) or not isinstance(value, Sequence):
        raise SentencesError(f"'sentences' is {type(value).__name__} {abridged(value)}, not a list of strings",
                             path=path, hint=HINT)
    if not value:
        raise SentencesError("'sentences' is an empty list", path=path,
                             hint="give at least one sentence, or leave 'sentences' out and give 'text'")
    out = []
    for number, sentence in enumerate(value, start=1):
        if not isinstance(sentence, str):
            raise SentencesError(f"sentence {number} is {type(sentence).__name__} {abridged(sentence)}, not a string",
                                 path=path, hint=HINT)
        if not sentence.strip():
            raise SentencesError(f"sentence {number} is empty", path=path, hint=HINT)
        out.append(sentence.strip())
    return tuple(out)


def joined(sentences: Sequence[str]) -> str:
    """The document text of sentences given without one: one sentence a line."""
    return "\n".join(sentences)


def spans(text: str, sentences: Sequence[str], path: str | None = None) -> list[tuple[int, int]]:
    """Where each sentence is in `text`: its first occurrence after the previous one; one not there is a SentencesError."""
    out: list[tuple[int, int]] = []
    cursor = 0
    for number, sentence in enumerate(sentences, start=1):
        start = text.find(sentence, cursor)
        if start < 0:
            after = f" after sentence {number - 1}" if number > 1 else ""
            raise SentencesError(f"sentence {number} {abridged(sentence)} is not in 'text'{after}", path=path,
                                 hint="give sentences copied from 'text' in its order, or give 'sentences' without 'text'")
        cursor = start + len(sentence)
        out.append((start, cursor))
    return out
