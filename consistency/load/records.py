"""JSON and JSON Lines input: one document per object, with the fields id, source, published, title, text, url, sentences."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Mapping, Sequence

from ..core.errors import EmptyInputError, InputError, MalformedInputError, UnreadableInputError, printable
from ..core.given import SentencesError, checked_sentences, joined, spans
from ..core.types import Document
from .decode import normalise_newlines
from .document import SURROGATE, make_document, parse_date
from .limits import read_bytes

DOCUMENT_FIELDS = ("id", "source", "published", "title", "text", "url", "sentences")


def document_from_record(record: Any, path: str, where: str, fallback_id: str) -> Document:
    if not isinstance(record, Mapping):
        raise MalformedInputError(f"{where} is not a JSON object", path=path,
                                  hint=f"each document is an object with fields {', '.join(DOCUMENT_FIELDS)}")
    sentences = _sentences(record, path, where)
    text = record.get("text")
    if sentences is not None and (text is None or (isinstance(text, str) and not text.strip())):
        text = joined(sentences)
    if not isinstance(text, str):
        raise MalformedInputError(f"{where} has no string field 'text'", path=path,
                                  hint="each document needs its article text in 'text', or its sentences in 'sentences'")
    warnings: list[str] = []
    label = f"{path} ({where})"
    doc_id = _scalar(record, "id", label, warnings) or fallback_id
    if not text.strip():
        raise EmptyInputError(f"{where} has an empty 'text'", path=path, hint="remove it or fill in the article")
    text = normalise_newlines(text)
    if sentences is not None:
        try:
            spans(text, sentences)
        except SentencesError as exc:
            raise SentencesError(f"{where}: {exc.message}", path=path, hint=exc.hint) from None
    return make_document(
        id=doc_id, source=_scalar(record, "source", label, warnings) or doc_id,
        published=parse_date(record.get("published"), label, warnings),
        text=text, path=path, title=_scalar(record, "title", label, warnings),
        url=_scalar(record, "url", label, warnings), warnings=warnings, sentences=sentences,
    )


def _sentences(record: Mapping[str, Any], path: str, where: str) -> tuple[str, ...] | None:
    """The record's `sentences` (a list of non-empty strings), or None without one; else a SentencesError naming `where`."""
    value = record.get("sentences")
    if value is None:
        return None
    try:
        return tuple(normalise_newlines(s) for s in checked_sentences(value))
    except SentencesError as exc:
        raise SentencesError(f"{where}: {exc.message}", path=path, hint=exc.hint) from None


def _scalar(record: Mapping[str, Any], name: str, label: str, warnings: list[str]) -> str | None:
    """A text field as a one-line string: numbers become text, objects and lists are left out with a warning."""
    value = record.get(name)
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        warnings.append(f"{printable(label)}: field {name!r} is not text; left out")
        return None
    value = " ".join(SURROGATE.sub("\ufffd", str(value)).split())
    return value or None


def json_problem(exc: BaseException) -> str:
    """What json.loads found wrong, in a few words: its syntax message, nesting too deep, or a number too long."""
    if isinstance(exc, json.JSONDecodeError):
        return exc.msg
    if isinstance(exc, RecursionError):
        return "nested too deeply"
    return str(exc).split(":")[0]  # e.g. an integer longer than Python converts ("Exceeds the limit (4300 digits) ...")


def parse_json(text: str, path: str, where: str, hint: str) -> Any:
    """json.loads whose every failure (syntax, nesting too deep, a huge integer) is a MalformedInputError."""
    try:
        return json.loads(text)
    except (ValueError, RecursionError) as exc:
        syntax = isinstance(exc, json.JSONDecodeError)
        place = f"line {exc.lineno}, column {exc.colno}: " if syntax and not where else ""
        problem = f"{place}{json_problem(exc)}"
    raise MalformedInputError(f"{where}{' ' if where else ''}is not valid JSON ({problem})", path=path, hint=hint)


def read_json_file(path: Path, hint: str) -> Any:
    """A whole JSON file (a baseline, a gold file) read within the size limit; any failure an InputError with `hint`."""
    shown = str(path)
    if not path.exists():
        raise InputError("does not exist", path=shown, hint=hint)
    try:
        data = read_bytes(path)
    except UnreadableInputError as exc:
        raise UnreadableInputError(exc.message, path=shown, hint=hint) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise MalformedInputError(f"is not UTF-8 text (at byte {exc.start})", path=shown, hint=hint) from None
    return parse_json(text, shown, "", hint)


def load_json(text: str, path: str, stem: str) -> list[Document]:
    """A .json file: one document object or a list of them."""
    data = parse_json(text, path, "", "fix the JSON or give the article as .txt")
    return documents_from_records(data if isinstance(data, list) else [data], path, stem)


def documents_from_records(records: Sequence[Any], path: str, stem: str) -> list[Document]:
    """The documents of a .json file's list of objects (or of a list in memory named as such a file would be)."""
    if not records:
        raise EmptyInputError("holds an empty list of documents", path=path, hint="add at least one document")
    many = len(records) > 1
    return [
        document_from_record(r, path, f"document {i + 1}" if many else "the document", f"{stem}-{i + 1}" if many else stem)
        for i, r in enumerate(records)
    ]


def load_jsonl(text: str, path: str, stem: str, skip_bad: bool = False) -> tuple[list[Document], list[str]]:
    """A .jsonl file: one document a line; a bad line is an error naming it, or skipped with `skip_bad`."""
    docs: list[Document] = []
    skipped: list[str] = []
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            record = parse_json(line, path, f"line {number}", "fix that line")
            docs.append(document_from_record(record, path, f"line {number}", f"{stem}-{number}"))
        except InputError as exc:
            if not skip_bad:
                raise type(exc)(exc.message, path=exc.path,
                                hint=f"{exc.hint or 'fix that line'}, or pass --skip-bad to leave it out") from None
            skipped.append(exc.one_line())
    if not docs:
        bad = f" ({len(skipped)} bad line{'s' if len(skipped) != 1 else ''} skipped)" if skipped else ""
        raise EmptyInputError(f"holds no documents{bad}", path=path, hint="add one JSON document a line")
    return docs, [f"skipped: {s}" for s in skipped]


def load_records(records: Sequence[Any], origin: str, stem: str) -> tuple[list[Document], list[str]]:
    """Documents from already-parsed JSON objects (a batch story's `documents`), with unique ids, and their warnings."""
    from .files import unique_ids

    docs, warnings = [], []
    for i, record in enumerate(records, start=1):
        doc = document_from_record(record, origin, f"document {i}", f"{stem}-{i}")
        warnings += list(doc.warnings)
        docs.append(doc)
    return unique_ids(docs), warnings
