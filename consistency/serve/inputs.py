"""A request's documents and options, read as `consistency check` reads a .json file of documents and its flags."""

from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import PurePath
from typing import Any

from ..core.errors import EmptyInputError, InputError, MalformedInputError, TooLargeInputError, printable
from ..core.settings import Settings
from ..core.types import Document
from ..load import decode, documents_from_records, normalise_newlines, settle
from ..load.records import parse_json
from ..report.formats import format_names

REQUEST_NAME = "request.json"
"""How a request's documents are named in the report when it names them not: as if read from a file of this name."""
FIXED = ("model", "backend", "batch_size")  # chosen once, when the service starts (`consistency serve --model ...`)
SETTING_FIELDS = tuple(f.name for f in fields(Settings))
OPTIONS = ("format", "name", "published", "draft", *(name for name in SETTING_FIELDS if name not in FIXED))
NAME_MAX = 255
BODY_HINT = ('send a JSON list of documents, or an object {"documents": [...], "format": ..., settings...}; '
             "each document has 'text' (or 'sentences') and optional 'source', 'published', 'title', 'url', 'id'")


@dataclass(frozen=True)
class Asked:
    """What one request asks for: its documents and their loading warnings, the settings it names, a format, and in
    pre-publish mode the id of the draft (`"draft": N`, the N-th document, counted from 0; the others are the wire copy)."""

    documents: list[Document]
    warnings: list[str]
    settings: dict[str, Any]
    format: str | None
    draft: str | None = None


def body_too_large(size: int, limit: int) -> TooLargeInputError:
    """The one-line refusal of a request body of `size` bytes (or more: what was read) over the size limit."""
    return TooLargeInputError(f"the request is {size:,} bytes or more, over this service's limit of {limit:,} bytes",
                              hint="send one story a request (its articles together are held to the per-document "
                                   "limit, as a line of `batch` is); the service's operator sets the limit with "
                                   "CONSISTENCY_MAX_BYTES")


def read_request(body: bytes) -> Asked:
    """The documents of a JSON request body (a list of documents, or an object with `documents` and options), read
    as `consistency check NAME.json` reads a file of that name holding the list; a bad one: an InputError."""
    if not body.strip():
        raise EmptyInputError("the request has no body", hint=BODY_HINT)
    text, warnings = decode(body, REQUEST_NAME)
    data = parse_json(normalise_newlines(text), REQUEST_NAME, "", BODY_HINT)
    if isinstance(data, list):
        records, options = data, {}
    elif isinstance(data, dict) and "documents" in data:
        records, options = data["documents"], {k: v for k, v in data.items() if k != "documents"}
    else:
        raise MalformedInputError("is not a list of documents nor an object with 'documents'", path=REQUEST_NAME,
                                  hint=BODY_HINT)
    unknown = sorted(set(options) - set(OPTIONS) - set(FIXED))
    if unknown:
        raise InputError(f"the request has a field {printable(unknown[0])!r} that is not an option",
                         hint=f"the fields are documents, {', '.join(OPTIONS)}")
    name = request_name(options.get("name"))
    if warnings and name != REQUEST_NAME:
        warnings = decode(body, name)[1]  # the decoding warnings name the documents as the request names them
    settings = {k: v for k, v in options.items() if k in SETTING_FIELDS and v is not None}
    fmt = options.get("format")
    if fmt is not None and not isinstance(fmt, str):
        raise InputError(f"format must be a string, not {printable(repr(fmt))}")
    published = options.get("published")
    if published is not None and not isinstance(published, str):
        raise InputError(f"published must be a date as a string (YYYY-MM-DD), not {printable(repr(published))}")
    if not isinstance(records, list):
        raise MalformedInputError("'documents' is not a list", path=name, hint=BODY_HINT)
    documents = documents_from_records(records, name, PurePath(name).stem)
    documents, loaded = settle(documents, published, path=name)
    return Asked(documents, [*warnings, *loaded], settings, fmt, draft_id(options.get("draft"), documents))


def draft_id(value: Any, documents: list[Document]) -> str | None:
    """The id of the document a request's `draft` points at (its index in `documents`, from 0), or None without one."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < len(documents):
        raise InputError(f"draft must be the index of one of the {len(documents)} documents (0 to {len(documents) - 1}), "
                         f"not {printable(repr(value))}", hint="\"draft\": 0 checks the first document against the others")
    return documents[value].id


def request_name(value: Any) -> str:
    """The request's `name` (a label for its documents' path and ids, never opened), else `request.json`."""
    if value is None:
        return REQUEST_NAME
    if not isinstance(value, str) or not value.strip() or len(value) > NAME_MAX or printable(value) != value:
        raise InputError(f"name must be a file name of one line, at most {NAME_MAX} characters",
                         hint="e.g. \"name\": \"story.json\"; it labels the documents and is never opened")
    return value


def chosen_format(command: str, given: str | None, accept: str | None) -> str:
    """The report format: the request's `format`, else the best the Accept header names, else json."""
    offered = format_names(command)
    if given is not None:
        wanted = given.strip().lower()
        if wanted not in offered:
            raise InputError(f"format must be one of {', '.join(offered)}, not {printable(repr(given))}")
        return wanted
    for media in _accepted(accept):
        fmt = MEDIA_FORMATS.get(media)
        if fmt in offered:
            return fmt
        if media in ("*/*", "application/*"):
            return "json"
        if media == "text/*":
            return "text"
    raise NotAcceptable(f"{command} writes {', '.join(MEDIA_TYPES[f] for f in offered)}, not {printable(accept or '')}")


class NotAcceptable(InputError):
    """An Accept header that names no format the command writes (HTTP 406)."""

    code = "E011"


MEDIA_TYPES = {"json": "application/json", "html": "text/html", "md": "text/markdown", "csv": "text/csv",
               "text": "text/plain", "jsonl": "application/jsonl"}
MEDIA_FORMATS = {**{media: fmt for fmt, media in MEDIA_TYPES.items()}, "application/x-ndjson": "jsonl",
                 "application/x-jsonlines": "jsonl", "text/x-markdown": "md"}


def _accepted(accept: str | None) -> list[str]:
    """The Accept header's media types, most wanted first (q=0 left out); none given reads as */*."""
    ranked = []
    for n, part in enumerate((accept or "*/*").split(",")):
        media, _, params = part.strip().partition(";")
        q = 1.0
        for param in params.split(";"):
            key, _, value = param.strip().partition("=")
            if key.strip() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        if q > 0:
            ranked.append((-q, n, media.strip().lower()))
    return [media for _, _, media in sorted(ranked)]
