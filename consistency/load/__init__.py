"""Reading .txt, .md, .html, .json and .jsonl files (or folders of them) into `Document`s."""

from __future__ import annotations

import json
import os
import re
import stat
from dataclasses import replace
from datetime import date
from pathlib import Path, PurePath
from typing import Any, Iterable, Mapping, Sequence

from ..core import environment
from ..core.errors import (
    BinaryInputError,
    EmptyInputError,
    InputError,
    MalformedInputError,
    TooFewDocumentsError,
    TooLargeInputError,
    UnreadableInputError,
    printable,
)
from ..core.types import Document

SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl")
DATE_PREFIX = re.compile(r"^\ufeff?[ \t]?date[ \t]+(\d{4}-\d{2}-\d{2})(?:[ \t]+|[ \t]*\n|$)")
FRONT_MATTER = re.compile(r"^---[ \t]*\n(.*?)\n---[ \t]*(?:\n|$)", re.S)
FRONT_MATTER_LINE = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$")
ISO_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
DOCUMENT_FIELDS = ("id", "source", "published", "title", "text", "url")
PUBLISHED_YEARS = (1000, 2200)  # a publication date outside these years is a typo, not a date

# Size limit: a file is read whole, so a limit keeps memory bounded. Raise it with the environment variable.
DEFAULT_MAX_BYTES = 10 * 1024 * 1024
MAX_BYTES_ENV = environment.MAX_BYTES
SIZE_UNITS = {"": 1, "b": 1, "k": 1024, "kb": 1024, "m": 1024**2, "mb": 1024**2, "g": 1024**3, "gb": 1024**3}
# Binary detection: share of control characters in the first 8 KiB, share of invalid UTF-8 overall.
BINARY_CONTROL_SHARE = 0.05
BINARY_INVALID_SHARE = 0.2
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


def decode(data: bytes, path: str) -> tuple[str, list[str]]:
    """Bytes to text: BOMs honoured, invalid UTF-8 replaced with a warning naming its byte offset; binary refused."""
    warnings: list[str] = []
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    else:
        for bom, codec in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
            if data.startswith(bom):
                text = data[2:].decode(codec, errors="replace")
                odd = sum(1 for c in text[:4096] if c == "\ufffd" or (c < " " and c not in "\t\n\r\f"))
                if odd > BINARY_INVALID_SHARE * min(len(text), 4096):
                    raise BinaryInputError(f"is not {codec.upper()} text, though it starts with its byte-order mark",
                                           path=path, hint="save the article as UTF-8 text")
                if "\ufffd" in text and b"\xfd\xff" not in data and b"\xff\xfd" not in data:
                    warnings.append(f"{printable(path)}: invalid {codec.upper()} (an odd byte or a lone surrogate);"
                                    " undecodable bytes were replaced with U+FFFD")
                return text, warnings
        if b"\x00" in data[:8192] or _looks_binary(data[:8192]):
            raise BinaryInputError(
                "is a binary file, not text", path=path,
                hint="give a .txt, .md, .html, .json or .jsonl article saved as UTF-8 (UTF-16 needs a byte-order mark)",
            )
    try:
        return data.decode("utf-8"), warnings
    except UnicodeDecodeError as exc:
        text = data.decode("utf-8", errors="replace")
        invalid = text.count("\ufffd") - data.count("\ufffd".encode("utf-8"))
        if invalid > BINARY_INVALID_SHARE * len(text):
            raise BinaryInputError(
                f"is not UTF-8 text ({invalid} of its {len(text)} characters are undecodable bytes)", path=path,
                hint="save the article as UTF-8 text",
            ) from None
        more = f" and {invalid - 1} more place{'s' if invalid > 2 else ''}" if invalid > 1 else ""
        warnings.append(
            f"{printable(path)}: invalid UTF-8 at byte {exc.start}{more}; undecodable bytes were replaced with U+FFFD"
        )
        return text, warnings


def _looks_binary(head: bytes) -> bool:
    if not head:
        return False
    control = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return control / len(head) > BINARY_CONTROL_SHARE


def normalise_newlines(text: str) -> str:
    """Windows and old Mac line endings become \\n, so offsets mean the same everywhere."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


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


def _document(
    *, id: str, source: str, published: date | None, text: str, path: str,
    title: str | None = None, url: str | None = None, warnings: Sequence[str] = (),
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
        title=title, url=url, warnings=tuple(warnings),
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
    label = f"{path} ({where})"
    doc_id = _scalar(record, "id", label, warnings) or fallback_id
    if not text.strip():
        raise EmptyInputError(f"{where} has an empty 'text'", path=path, hint="remove it or fill in the article")
    return _document(
        id=doc_id, source=_scalar(record, "source", label, warnings) or doc_id,
        published=parse_date(record.get("published"), label, warnings),
        text=normalise_newlines(text), path=path, title=_scalar(record, "title", label, warnings),
        url=_scalar(record, "url", label, warnings), warnings=warnings,
    )


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


def _parse_json(text: str, path: str, where: str, hint: str) -> Any:
    """json.loads whose every failure (syntax, nesting too deep, a huge integer) is a MalformedInputError."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        place = f"line {exc.lineno}, column {exc.colno}: " if not where else ""
        problem = f"{place}{exc.msg}"
    except RecursionError:
        problem = "nested too deeply"
    except ValueError as exc:  # e.g. an integer longer than Python converts
        problem = str(exc).split(":")[0]
    raise MalformedInputError(f"{where}{' ' if where else ''}is not valid JSON ({problem})", path=path, hint=hint)


def load_json(text: str, path: str, stem: str) -> list[Document]:
    """A .json file: one document object or a list of them."""
    data = _parse_json(text, path, "", "fix the JSON or give the article as .txt")
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
            record = _parse_json(line, path, f"line {number}", "fix that line")
            docs.append(_from_record(record, path, f"line {number}", f"{stem}-{number}"))
        except InputError as exc:
            if not skip_bad:
                raise type(exc)(exc.message, path=exc.path,
                                hint=f"{exc.hint or 'fix that line'}, or pass --skip-bad to leave it out") from None
            skipped.append(exc.one_line())
    if not docs:
        bad = f" ({len(skipped)} bad line{'s' if len(skipped) != 1 else ''} skipped)" if skipped else ""
        raise EmptyInputError(f"holds no documents{bad}", path=path, hint="add one JSON document a line")
    return docs, [f"skipped: {s}" for s in skipped]


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given, folders as every supported file inside them (sorted; hidden files and folders skipped)."""
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found = sorted(
                (f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUPPORTED_SUFFIXES
                 and f.name != "gold.json"
                 and not any(part.startswith(".") for part in f.relative_to(p).parts)),
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


def max_bytes(value: int | str | None = None) -> int:
    """The size limit in bytes: `value` if given, else `CONSISTENCY_MAX_BYTES`, else 10 MiB. `"20MB"` style accepted."""
    source = "max_bytes"
    if value is None:
        value = environment.max_bytes()
        source = MAX_BYTES_ENV
    if value is None:
        return DEFAULT_MAX_BYTES
    if isinstance(value, int) and not isinstance(value, bool):
        number = value
    else:
        match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([kmg]?b?)\s*", str(value), re.I)
        if not match:
            raise InputError(f"{source}={value!r} is not a size",
                             hint=f"give bytes or a size such as 50MB, e.g. {MAX_BYTES_ENV}=50MB")
        number = int(float(match[1]) * SIZE_UNITS[match[2].lower()])
    if number <= 0:
        raise InputError(f"{source}={value!r} must be more than 0", hint=f"e.g. {MAX_BYTES_ENV}=50MB")
    return number


def _size(n: int) -> str:
    return f"{n / 1024**2:.1f} MB" if n >= 1024**2 else f"{n:,} bytes"


def _too_large_hint(needed: int) -> str:
    mb = -(-needed // 1024**2)  # rounded up
    return f"set {MAX_BYTES_ENV}={mb}MB or more to read it; the whole text is held in memory"


def read_bytes(path: Path, limit: int | None = None) -> bytes:
    """A file's bytes, refusing more than `limit` (see `max_bytes`) without reading them all."""
    limit = max_bytes(limit)
    shown = str(path)
    try:
        with open(path, "rb") as handle:
            info = os.fstat(handle.fileno())
            if stat.S_ISREG(info.st_mode) and info.st_size > limit:
                raise TooLargeInputError(f"is {_size(info.st_size)}, more than the {_size(limit)} limit",
                                         path=shown, hint=_too_large_hint(info.st_size))
            data = handle.read(limit + 1)  # a pipe or device says nothing of its size: read one byte past the limit
    except FileNotFoundError:
        raise UnreadableInputError("disappeared before it could be read", path=shown,
                                   hint="check that nothing moves or deletes it while the check runs") from None
    except IsADirectoryError:
        raise UnreadableInputError("is a folder, not a file", path=shown,
                                   hint="give the folder itself to read every article in it") from None
    except OSError as exc:
        raise UnreadableInputError(f"cannot be read ({exc.strerror or type(exc).__name__})", path=shown,
                                   hint="check that it is a readable file") from None
    if len(data) > limit:
        raise TooLargeInputError(f"is more than the {_size(limit)} limit", path=shown, hint=_too_large_hint(limit * 2))
    return data


def load_file(path: Path, skip_bad: bool = False, max_size: int | str | None = None) -> tuple[list[Document], list[str]]:
    """One file into its documents, and the warnings it raised; larger than `max_size` (10 MiB) is refused."""
    path = Path(path)
    return load_bytes(read_bytes(path, max_size), str(path), skip_bad)


def load_bytes(data: bytes, path: str, skip_bad: bool = False) -> tuple[list[Document], list[str]]:
    """A file's bytes into its documents, and the warnings: the format comes from the suffix of `path`."""
    shown = str(path)
    suffix = PurePath(shown).suffix.lower()
    if not data.strip():
        raise EmptyInputError("is empty", path=shown, hint="give a file with the article's text")
    text, warnings = decode(data, shown)
    text = normalise_newlines(text)
    if not text.strip(" \t\n\ufeff"):
        raise EmptyInputError("is empty", path=shown, hint="give a file with the article's text")
    stem = PurePath(shown).stem
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
    max_size: int | str | None = None,
) -> tuple[list[Document], list[str]]:
    """Load every path into Documents with unique ids, sorted by id; sources named per file win.

    `sources` are `NAME` (one per file, in order) or `PATH=NAME`. A file larger than `max_size` (default
    `CONSISTENCY_MAX_BYTES`, else 10 MiB) is refused.
    """
    limit = max_bytes(max_size)
    files = expand_paths(paths)
    warnings: list[str] = []
    seen: dict[Path, Path] = {}
    unique: list[Path] = []
    for f in files:
        key = f.resolve()
        if key in seen:
            warnings.append(f"{printable(str(f))}: given more than once; read once")
            continue
        seen[key] = f
        unique.append(f)
    named, positional = _parse_sources(sources)
    if positional and len(positional) != len(unique):
        raise InputError(f"{len(positional)} --source names for {len(unique)} files",
                         hint="give one --source per file, or use --source PATH=NAME")
    docs: list[Document] = []
    for i, f in enumerate(unique):
        loaded, file_warnings = load_file(f, skip_bad, limit)
        warnings += file_warnings
        name = named.get(str(f)) or named.get(f.name) or (positional[i] if positional else None)
        for d in loaded:
            warnings += list(d.warnings)
            docs.append(replace(d, source=name) if name else d)
    if len(docs) < minimum:
        repeated = len(files) - len(unique)
        twice = f", as a file given more than once counts once" if repeated else ""
        raise TooFewDocumentsError(
            f"only {len(docs)} document{'s' if len(docs) != 1 else ''} to compare{twice}",
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
