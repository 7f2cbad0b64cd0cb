"""The web page at `/`: a form to paste or upload articles, and the documents of a submitted form."""

from __future__ import annotations

import base64
import hashlib
import re
from dataclasses import replace
from functools import lru_cache
from html import escape
from importlib import resources
from pathlib import PurePosixPath, PureWindowsPath
from typing import Sequence

from ..core.errors import EmptyInputError, InputError, TooLargeInputError
from ..core.types import Document
from ..load import load_bytes, settle
from ..load.limits import too_large
from ..load.text import parse_published

PASTE_BOXES = 3
SLUG = re.compile(r"[^0-9a-z]+")


@lru_cache(maxsize=1)
def _template() -> str:
    return resources.files(__package__).joinpath("assets/page.html").read_text(encoding="utf-8")


def content_security_policy() -> str:
    """No script, no resource from anywhere; its own style (by hash); forms only to this service."""
    style = re.search(r"<style>(.*?)</style>", _template(), re.S)[1]
    digest = base64.b64encode(hashlib.sha256(style.encode("utf-8")).digest()).decode("ascii")
    return (f"default-src 'none'; style-src 'sha256-{digest}'; form-action 'self'; base-uri 'none'; "
            "frame-ancestors 'none'")


def page(message: str | None = None, token: bool = False, pasted: Sequence[tuple[str, str, str]] = ()) -> str:
    """The form, with an error `message` (escaped) above it, a token field when the service asks for one, and
    the articles as pasted (source, date, text), so a refused form keeps what the user typed."""
    boxes = []
    for n in range(1, max(PASTE_BOXES, len(pasted)) + 1):
        source, published, text = pasted[n - 1] if n <= len(pasted) else ("", "", "")
        boxes.append(
            f'<fieldset><legend>Article {n}</legend>\n<div class="row"><div><label for="source{n}">Source</label>'
            f'<input type="text" id="source{n}" name="source" value="{escape(source)}" placeholder="e.g. Reuters">'
            f'</div><div><label for="published{n}">Published (YYYY-MM-DD)</label><input type="text" '
            f'id="published{n}" name="published" value="{escape(published)}" placeholder="2024-03-06"></div></div>\n'
            f'<label for="text{n}">Text</label><textarea id="text{n}" name="text">{escape(text)}</textarea>'
            "</fieldset>")
    shown = f'<p class="error" role="alert">{escape(message)}</p>' if message else ""
    asked = ('<div class="extra"><label for="token">Access token</label>'
             '<input type="password" id="token" name="token" autocomplete="current-password"></div>') if token else ""
    return (_template().replace("<!--MESSAGE-->", shown).replace("<!--ARTICLES-->", "\n".join(boxes))
            .replace("<!--TOKEN-->", asked))


def pasted_articles(sources: Sequence[str], dates: Sequence[str], texts: Sequence[str]) -> list[tuple[str, str, str]]:
    """The form's article boxes as (source, date, text), empty ones left out."""
    rows = [(sources[n] if n < len(sources) else "", dates[n] if n < len(dates) else "", text)
            for n, text in enumerate(texts)]
    return [row for row in rows if row[2].strip()]


def form_documents(pasted: Sequence[tuple[str, str, str]], uploads: Sequence[tuple[str, bytes]],
                   limit: int) -> tuple[list[Document], list[str]]:
    """The documents of a submitted form: each pasted text read as a .txt file is (its date line too), named by its
    source; each upload as the file it is, by its name's extension (the name is a label: nothing is opened)."""
    if not any(text.strip() for _, _, text in pasted) and not uploads:
        raise EmptyInputError("no article was pasted or uploaded", hint="paste two or more articles, or upload their files")
    documents: list[Document] = []
    warnings: list[str] = []
    for n, (source, published, text) in enumerate(pasted, start=1):
        name = f"{SLUG.sub('-', source.lower()).strip('-') or f'article-{n}'}.txt"
        if published.strip():
            day, clock = parse_published(published, f"the date of article {n}")
            text = f" date {day.isoformat()}{' ' + clock if clock else ''} {text}"
        loaded, found = _loaded(text.encode("utf-8"), name, limit)
        documents += [replace(d, source=" ".join(source.split())) if source.strip() else d for d in loaded]
        warnings += found
    for n, (filename, data) in enumerate(uploads, start=1):
        loaded, found = _loaded(data, upload_name(filename, n), limit)
        documents += loaded
        warnings += found
    documents, loaded_warnings = settle(documents)
    return documents, list(dict.fromkeys([*warnings, *loaded_warnings]))


def _loaded(data: bytes, name: str, limit: int) -> tuple[list[Document], list[str]]:
    if len(data) > limit:
        raise TooLargeInputError(too_large(len(data), limit), path=name)
    return load_bytes(data, name)


def upload_name(filename: str | None, number: int) -> str:
    """An uploaded file's own name, without any folder (`C:\\a\\b.txt`, `../b.txt`: `b.txt`); else `upload-N.txt`."""
    name = PureWindowsPath(PurePosixPath(filename or "").name).name.strip()
    if not name or name in (".", "..") or name.startswith("."):
        return f"upload-{number}.txt"
    return name


def refused(exc: InputError) -> str:
    """What the page says of input it cannot use: the CLI's one line."""
    return exc.one_line()
