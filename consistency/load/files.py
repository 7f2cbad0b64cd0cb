"""Files and folders to documents: which files, in which order, with which ids and source names."""

from __future__ import annotations

import sys
from dataclasses import replace
from datetime import date
from pathlib import Path, PurePath
from typing import Iterable, Sequence

from ..core.errors import (EmptyInputError, InputError, TooFewDocumentsError, TooLargeInputError, UnreadableInputError,
                           printable)
from ..core.types import Document
from .decode import decode, normalise_newlines
from .html import load_html
from .limits import _size, _too_large_hint, max_bytes, read_bytes
from .markdown import load_markdown
from .records import load_json, load_jsonl
from .text import load_text, no_date_line, parse_published

SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl")
STDIN = "-"  # the path that reads standard input: one plain-text article
STDIN_PATH = "<stdin>"  # how its document's path is shown
STDIN_ID = "stdin"  # its document's id and source name


def is_stdin(path: str | Path) -> bool:
    return str(path) == STDIN


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given, folders as every supported file inside them (sorted; hidden files and folders skipped)."""
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if is_stdin(raw):
            out.append(p)
        elif p.is_dir():
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


def load_file(path: Path, skip_bad: bool = False, max_size: int | str | None = None) -> tuple[list[Document], list[str]]:
    """One file into its documents, and the warnings it raised; larger than `max_size` (10 MiB) is refused."""
    if is_stdin(path):
        return load_bytes(read_stdin(max_size), STDIN_PATH, stem=STDIN_ID, suffix=".txt")
    path = Path(path)
    return load_bytes(read_bytes(path, max_size), str(path), skip_bad)


def read_stdin(max_size: int | str | None = None) -> bytes:
    """Standard input's bytes, refusing more than the size limit (read up to one byte past it)."""
    limit = max_bytes(max_size)
    stream = getattr(sys.stdin, "buffer", sys.stdin)
    try:
        data = stream.read(limit + 1) if stream is not None else None
    except (OSError, ValueError) as exc:  # closed, or not readable
        raise UnreadableInputError(f"cannot be read ({getattr(exc, 'strerror', None) or exc})", path=STDIN_PATH,
                                   hint="pipe the article in: cat draft.txt | consistency check - wire.txt") from None
    if data is None:
        raise UnreadableInputError("is closed", path=STDIN_PATH, hint="pipe the article in, or give a file")
    if isinstance(data, str):  # a replaced stdin that reads text
        data = data.encode("utf-8", "surrogateescape")
    if len(data) > limit:
        raise TooLargeInputError(f"is more than the {_size(limit)} limit", path=STDIN_PATH,
                                 hint=_too_large_hint(limit * 2))
    return data


def load_bytes(data: bytes, path: str, skip_bad: bool = False, *, stem: str | None = None,
               suffix: str | None = None) -> tuple[list[Document], list[str]]:
    """A file's bytes into its documents, and the warnings: the format comes from `suffix`, else that of `path`."""
    shown = str(path)
    suffix = (suffix or PurePath(shown).suffix).lower()
    if not data.strip():
        raise EmptyInputError("is empty", path=shown, hint="give a file with the article's text")
    text, warnings = decode(data, shown)
    text = normalise_newlines(text)
    if not text.strip(" \t\n\ufeff"):
        raise EmptyInputError("is empty", path=shown, hint="give a file with the article's text")
    stem = stem or PurePath(shown).stem
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
    max_size: int | str | None = None, published: Sequence[str] = (),
) -> tuple[list[Document], list[str]]:
    """Load every path into Documents with unique ids, sorted by id; sources named per file win.

    `sources` are `NAME` (one per file, in order) or `PATH=NAME`. `published` gives publication dates:
    `DATE` to every document without one, `PATH=DATE` to the documents of one file (over their own).
    The path `-` reads one plain-text article from standard input (id and source `stdin`). A file larger
    than `max_size` (default `CONSISTENCY_MAX_BYTES`, else 10 MiB) is refused.
    """
    limit = max_bytes(max_size)
    every, dated = _parse_published(published)
    files = expand_paths(paths)
    warnings: list[str] = []
    seen: dict[Path | str, Path] = {}
    unique: list[Path] = []
    for f in files:
        key = STDIN if is_stdin(f) else f.resolve()
        if key in seen:
            shown = "- (standard input)" if is_stdin(f) else printable(str(f))
            warnings.append(f"{shown}: given more than once; read once")
            continue
        seen[key] = f
        unique.append(f)
    named, positional = _parse_sources(sources)
    if positional and len(positional) != len(unique):
        raise InputError(f"{len(positional)} --source names for {len(unique)} files",
                         hint="give one --source per file, or use --source PATH=NAME")
    docs: list[Document] = []
    used: set[str] = set()
    dated_used: set[str] = set()
    for i, f in enumerate(unique):
        loaded, file_warnings = load_file(f, skip_bad, limit)
        warnings += file_warnings
        key = _source_key(named, f)
        used.add(key)
        name = named.get(key) or (positional[i] if positional else None)
        date_key = _source_key(dated, f)
        dated_used.add(date_key)
        for d in loaded:
            given = dated.get(date_key) or (every if d.published is None else None)
            d = _dated(d, given) if given else d
            warnings += list(d.warnings)
            docs.append(replace(d, source=name) if name else d)
    for key in sorted(named.keys() - used):
        raise InputError(f"--source {key}={named[key]} names no input file",
                         hint="give PATH as one of the files, as written or by its file name")
    for key in sorted(dated.keys() - dated_used):
        raise InputError(f"--published {key}={dated[key][0].isoformat()} names no input file",
                         hint="give PATH as one of the files, as written or by its file name")
    if len(docs) < minimum:
        _too_few(len(docs), str(unique[0]) if len(unique) == 1 else None, len(files) - len(unique))
    return unique_ids(docs), warnings


def settle(docs: Sequence[Document], published: str | None = None, *, minimum: int = 2,
           path: str | None = None, option: str = "published") -> tuple[list[Document], list[str]]:
    """Documents read from memory (a request to `consistency serve`, an upload), finished as `load_documents`
    finishes those of files: `published` (a DATE, as `--published DATE` gives it) to each undated one, at least
    `minimum` of them (`path` names their one file in the message), unique ids; with their warnings."""
    every = parse_published(published, option) if published else None
    out: list[Document] = []
    warnings: list[str] = []
    for d in docs:
        d = _dated(d, every) if every and d.published is None else d
        warnings += list(d.warnings)
        out.append(d)
    if len(out) < minimum:
        _too_few(len(out), path)
    return unique_ids(out), warnings


def _too_few(count: int, path: str | None, repeated: int = 0) -> None:
    twice = f", as a file given more than once counts once" if repeated else ""
    raise TooFewDocumentsError(f"only {count} document{'s' if count != 1 else ''} to compare{twice}", path=path,
                               hint="give two or more articles about the same event")


Dated = tuple[date, "str | None"]  # a publication date and its ISO clock time


def _parse_published(published: Sequence[str]) -> tuple[Dated | None, dict[str, Dated]]:
    """`--published` values: the one DATE for every undated input, and PATH=DATE per input; a bad date: InputError."""
    every: Dated | None = None
    dated: dict[str, Dated] = {}
    for value in published:
        if "=" in value:
            key, _, when = value.rpartition("=")
            if not key.strip():
                raise InputError(f"--published {value} names no input file",
                                 hint="give PATH=DATE with PATH one of the files, or DATE alone for every input")
            dated[key.strip()] = parse_published(when)
        elif every is not None:
            raise InputError(f"--published {value} is a second date for every input",
                             hint="give one DATE for every input without one, and PATH=DATE for the others")
        else:
            every = parse_published(value)
    return every, dated


def _dated(d: Document, given: Dated) -> Document:
    """`d` published on the date given for it; the warning that it had none is dropped."""
    published, clock = given
    return replace(d, published=published, published_time=clock,
                   warnings=tuple(w for w in d.warnings if w != no_date_line(d.path)))


def unique_ids(docs: Sequence[Document]) -> list[Document]:
    """Make ids unique and sort by id, the same whatever order the files came in.

    Documents sharing an id get the shortest end of their path that tells them apart (`x/sub/a` and
    `y/sub/a`; `a.txt` and `a.md` in one folder); two documents of one file with the same id are
    numbered in the file's order (`a`, `a-2`). A source name that was only the id follows it.
    """
    by_id: dict[str, list[Document]] = {}
    for d in docs:
        by_id.setdefault(d.id, []).append(d)
    labels: dict[int, str] = {}
    for doc_id, group in by_id.items():
        if len(group) > 1:
            labels.update(_distinct_labels(doc_id, group))
    used = {d.id for d in docs if id(d) not in labels}
    renamed: list[Document] = []
    for d in sorted(docs, key=lambda d: d.path):  # stable: one file's documents keep the file's order
        if id(d) not in labels:
            renamed.append(d)
            continue
        base = new_id = labels[id(d)]
        n = 2
        while new_id in used:
            new_id = f"{base}-{n}"
            n += 1
        used.add(new_id)
        renamed.append(replace(d, id=new_id, source=new_id if d.source == d.id else d.source))
    return sorted(renamed, key=lambda d: (d.id, d.path))


def _distinct_labels(doc_id: str, group: Sequence[Document]) -> dict[int, str]:
    """For documents sharing `doc_id`: the id preceded by the fewest folders that tell their files apart,
    else the file's whole name in place of its stem (one id per distinct path)."""
    paths = sorted({d.path for d in group})
    parents = {p: PurePath(p).parent.parts for p in paths}
    named = {p: PurePath(p).name if PurePath(p).stem == doc_id else doc_id for p in paths}
    depth = max(len(v) for v in parents.values())
    chosen: dict[str, str] = {p: doc_id for p in paths}
    for k in range(1, depth + 1):
        trial = {p: "/".join([*parents[p][-k:], doc_id]) for p in paths}
        if len(set(trial.values())) == len(paths):
            chosen = trial
            break
    else:
        if len(set(named.values())) == len(paths):  # one folder: a.txt and a.md
            chosen = named
    return {id(d): chosen[d.path] for d in group}


def _source_key(named: dict[str, str], f: Path) -> str:
    """The PATH of `named` that names file `f`: as written, by its file name, or another spelling of it."""
    for key in (str(f), f.name):
        if key in named:
            return key
    for key in named:
        try:
            if Path(key).exists() and Path(key).samefile(f):
                return key
        except OSError:
            continue
    return ""


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
