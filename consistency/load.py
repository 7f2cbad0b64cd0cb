"""Reading .txt, .md, .html, .json and .jsonl files (or folders of them) into `Document`s."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

from .errors import (
    BinaryInputError,
    EmptyInputError,
    InputError,
    MalformedInputError,
    TooFewDocumentsError,
)
from .types import Document

SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl")
DATE_PREFIX = re.compile(r"^\ufeff?[ \t]?date[ \t]+(\d{4}-\d{2}-\d{2})(?:[ \t]+|[ \t]*\n|$)")
FRONT_MATTER = re.compile(r"^---[ \t]*\n(.*?)\n---[ \t]*(?:\n|$)", re.S)
FRONT_MATTER_LINE = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$")
ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
DOCUMENT_FIELDS = ("id", "source", "published", "title", "text", "url")


def decode(data: bytes, path: str) -> tuple[str, list[str]]:
    """Bytes to text: BOMs honoured, invalid UTF-8 replaced with a warning; binary refused."""
    warnings: list[str] = []
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), warnings
    for bom, codec in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            return data[2:].decode(codec, errors="replace"), warnings
    if b"\x00" in data[:8192] or _looks_binary(data[:8192]):
        raise BinaryInputError(
            "is a binary file, not text", path=path, hint="give a .txt, .md, .html, .json or .jsonl article"
        )
    try:
        return data.decode("utf-8"), warnings
    except UnicodeDecodeError as exc:
        warnings.append(
            f"{path}: invalid UTF-8 at byte {exc.start}; undecodable bytes were replaced with U+FFFD"
        )
        return data.decode("utf-8", errors="replace"), warnings


def _looks_binary(head: bytes) -> bool:
    if not head:
        return False
    control = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return control / len(head) > 0.05


def normalise_newlines(text: str) -> str:
    """Windows and old Mac line endings become \\n, so offsets mean the same everywhere."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def parse_date(value: Any, path: str, warnings: list[str]) -> date | None:
    """A `YYYY-MM-DD...` value to a date; anything else is a warning and None."""
    if value in (None, ""):
        return None
    match = ISO_DATE.search(str(value))
    if match:
        try:
            return date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            pass
    warnings.append(f"{path}: publication date {value!r} is not YYYY-MM-DD; relative dates stay unresolved")
    return None


def _document(
    *, id: str, source: str, published: date | None, text: str, path: str,
    title: str | None = None, url: str | None = None, warnings: Sequence[str] = (),
) -> Document:
    if not text.strip():
        raise EmptyInputError("has no article text", path=path, hint="give a file with the article's text")
    return Document(
        id=id, source=source, published=published, text=text, path=path,
        title=title, url=url, warnings=tuple(warnings),
    )


def load_text(text: str, path: str, stem: str) -> Document:
    """A .txt article: an optional ` date YYYY-MM-DD ` prefix, the article on the same line."""
    warnings: list[str] = []
    published = None
    match = DATE_PREFIX.match(text)
    if match:
        published = parse_date(match[1], path, warnings)
        text = text[match.end():]
    else:
        text = text.lstrip("\ufeff")
    return _document(id=stem, source=stem, published=published, text=text, path=path, warnings=warnings)


def load_markdown(text: str, path: str, stem: str) -> Document:
    """A Markdown article with optional front matter (`date:`, `title:`, `source:`, `url:`)."""
    warnings: list[str] = []
    meta: dict[str, str] = {}
    match = FRONT_MATTER.match(text.lstrip("\ufeff"))
    if match:
        for line in match[1].splitlines():
            kv = FRONT_MATTER_LINE.match(line)
            if kv:
                meta[kv[1].lower()] = kv[2].strip("'\"")
        text = text.lstrip("\ufeff")[match.end():]
    else:
        prefixed = DATE_PREFIX.match(text)
        if prefixed:
            meta["date"] = prefixed[1]
            text = text[prefixed.end():]
    published = parse_date(meta.get("date") or meta.get("published"), path, warnings)
    return _document(
        id=meta.get("id") or stem, source=meta.get("source") or stem, published=published,
        text=text, path=path, title=meta.get("title"), url=meta.get("url"), warnings=warnings,
    )


def load_html(text: str, path: str, stem: str) -> Document:
    """An HTML page: its main text via trafilatura, its date from the published-time metadata."""
    import trafilatura  # imported here: only HTML input pays for it

    warnings: list[str] = []
    body = trafilatura.extract(
        text, include_comments=False, include_tables=False, favor_precision=True, deduplicate=False
    )
    if not body or not body.strip():
        raise EmptyInputError("has no article text that could be extracted from its HTML", path=path,
                              hint="check that the page contains the article, not only a script shell")
    meta = trafilatura.extract_metadata(text)
    published_raw = getattr(meta, "date", None) if meta else None
    title = getattr(meta, "title", None) if meta else None
    sitename = getattr(meta, "sitename", None) if meta else None
    url = getattr(meta, "url", None) if meta else None
    published = parse_date(published_raw, path, warnings) if published_raw else None
    return _document(
        id=stem, source=sitename or stem, published=published, text=normalise_newlines(body),
        path=path, title=title, url=url, warnings=warnings,
    )


def _from_record(record: Any, path: str, where: str, fallback_id: str) -> Document:
    if not isinstance(record, Mapping):
        raise MalformedInputError(f"{where} is not a JSON object", path=path,
                                  hint=f"each document is an object with fields {', '.join(DOCUMENT_FIELDS)}")
    text = record.get("text")
    if not isinstance(text, str):
        raise MalformedInputError(f"{where} has no string field 'text'", path=path,
                                  hint="each document needs its article text in 'text'")
    warnings: list[str] = []
    doc_id = str(record.get("id") or fallback_id)
    label = f"{path} ({where})"
    if not text.strip():
        raise EmptyInputError(f"{where} has an empty 'text'", path=path, hint="remove it or fill in the article")
    return _document(
        id=doc_id, source=str(record.get("source") or doc_id),
        published=parse_date(record.get("published"), label, warnings),
        text=normalise_newlines(text), path=path, title=record.get("title"), url=record.get("url"),
        warnings=warnings,
    )


def load_json(text: str, path: str, stem: str) -> list[Document]:
    """A .json file: one document object or a list of them."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise MalformedInputError(f"is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})",
                                  path=path, hint="fix the JSON or give the article as .txt") from None
    records = data if isinstance(data, list) else [data]
    if not records:
        raise EmptyInputError("holds an empty list of documents", path=path, hint="add at least one document")
    many = len(records) > 1
    return [
        _from_record(r, path, f"document {i + 1}" if many else "the document", f"{stem}-{i + 1}" if many else stem)
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
            record = json.loads(line)
            docs.append(_from_record(record, path, f"line {number}", f"{stem}-{number}"))
        except json.JSONDecodeError as exc:
            problem = MalformedInputError(f"line {number} is not valid JSON ({exc.msg})", path=path,
                                          hint="fix that line, or pass --skip-bad to leave it out")
            if not skip_bad:
                raise problem from None
            skipped.append(problem.one_line())
        except InputError as exc:
            if not skip_bad:
                raise
            skipped.append(exc.one_line())
    if not docs:
        raise EmptyInputError("holds no documents", path=path, hint="add one JSON document a line")
    return docs, [f"skipped: {s}" for s in skipped]


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given, folders as every supported file inside them (sorted); duplicates once."""
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found = sorted(
                (f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUPPORTED_SUFFIXES
                 and not f.name.startswith(".") and f.name != "gold.json"),
                key=lambda f: f.as_posix(),
            )
            if not found:
                raise InputError("is a folder with no supported file", path=str(p),
                                 hint=f"put articles ending in {', '.join(SUPPORTED_SUFFIXES)} in it")
            out.extend(found)
        elif p.exists():
            out.append(p)
        else:
            raise InputError("does not exist", path=str(p), hint="check the path")
    return out


def load_file(path: Path, skip_bad: bool = False) -> tuple[list[Document], list[str]]:
    """One file into its documents, and the warnings it raised."""
    shown = str(path)
    suffix = path.suffix.lower()
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot be read ({exc.strerror})", path=shown, hint="check it exists and is readable") from None
    if not data.strip():
        raise EmptyInputError("is empty", path=shown, hint="give a file with the article's text")
    text, warnings = decode(data, shown)
    text = normalise_newlines(text)
    if not text.strip(" \t\n\ufeff"):
        raise EmptyInputError("is empty", path=shown, hint="give a file with the article's text")
    stem = path.stem
    if suffix == ".json":
        docs = load_json(text, shown, stem)
    elif suffix == ".jsonl":
        docs, skipped = load_jsonl(text, shown, stem, skip_bad)
        warnings += skipped
    elif suffix in (".md", ".markdown"):
        docs = [load_markdown(text, shown, stem)]
    elif suffix in (".html", ".htm"):
        docs = [load_html(text, shown, stem)]
    else:
        docs = [load_text(text, shown, stem)]
    return docs, warnings


def load_documents(
    paths: Sequence[str | Path], sources: Sequence[str] = (), skip_bad: bool = False, minimum: int = 2,
) -> tuple[list[Document], list[str]]:
    """Load every path into Documents with unique ids, sorted by id; sources named per file win.

    `sources` are `NAME` (one per file, in order) or `PATH=NAME`.
    """
    files = expand_paths(paths)
    warnings: list[str] = []
    seen: dict[Path, Path] = {}
    unique: list[Path] = []
    for f in files:
        key = f.resolve()
        if key in seen:
            warnings.append(f"{f}: given more than once; read once")
            continue
        seen[key] = f
        unique.append(f)
    named, positional = _parse_sources(sources)
    if positional and len(positional) != len(unique):
        raise InputError(f"{len(positional)} --source names for {len(unique)} files",
                         hint="give one --source per file, or use --source PATH=NAME")
    docs: list[Document] = []
    for i, f in enumerate(unique):
        loaded, file_warnings = load_file(f, skip_bad)
        warnings += file_warnings
        name = named.get(str(f)) or named.get(f.name) or (positional[i] if positional else None)
        for d in loaded:
            warnings += list(d.warnings)
            docs.append(replace(d, source=name) if name else d)
    if len(docs) < minimum:
        raise TooFewDocumentsError(
            f"only {len(docs)} document{'s' if len(docs) != 1 else ''} to compare",
            path=str(unique[0]) if len(unique) == 1 else None,
            hint="give two or more articles about the same event",
        )
    return unique_ids(docs), warnings


def unique_ids(docs: Sequence[Document]) -> list[Document]:
    """Make ids unique (a repeated id gets its parent folder, then a number) and sort by id."""
    counts: dict[str, int] = {}
    for d in docs:
        counts[d.id] = counts.get(d.id, 0) + 1
    renamed: list[Document] = []
    used: set[str] = set()
    for d in docs:
        new_id = d.id
        if counts[d.id] > 1:
            parent = Path(d.path).parent.name
            new_id = f"{parent}/{d.id}" if parent else d.id
        base, n = new_id, 2
        while new_id in used:
            new_id = f"{base}-{n}"
            n += 1
        used.add(new_id)
        renamed.append(replace(d, id=new_id) if new_id != d.id else d)
    return sorted(renamed, key=lambda d: (d.id, d.path))


def _parse_sources(sources: Sequence[str]) -> tuple[dict[str, str], list[str]]:
    named: dict[str, str] = {}
    positional: list[str] = []
    for s in sources:
        if "=" in s:
            key, _, value = s.partition("=")
            named[key.strip()] = value.strip()
        else:
            positional.append(s)
    return named, positional
