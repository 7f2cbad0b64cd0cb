"""Markdown articles, with optional front matter (`date:`, `title:`, `source:`, `url:`)."""

from __future__ import annotations

import re

from ..core.types import Document
from .document import make_document, parse_date
from .text import read_date_line

FRONT_MATTER = re.compile(r"^---[ \t]*\n(.*?)\n---[ \t]*(?:\n|$)", re.S)
FRONT_MATTER_LINE = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$")


def load_markdown(text: str, path: str, stem: str) -> Document:
    """A Markdown article with optional front matter (`date:`, `title:`, `source:`, `url:`)."""
    warnings: list[str] = []
    meta: dict[str, str] = {}
    clock = None
    match = FRONT_MATTER.match(text.lstrip("\ufeff"))
    if match:
        for line in match[1].splitlines():
            kv = FRONT_MATTER_LINE.match(line)
            if kv:
                meta[kv[1].lower()] = kv[2].strip("'\"")
        text = text.lstrip("\ufeff")[match.end():]
        published = parse_date(meta.get("date") or meta.get("published"), path, warnings)
    else:
        published, clock, text = read_date_line(text, path, warnings)
    return make_document(
        id=meta.get("id") or stem, source=meta.get("source") or stem, published=published,
        text=text, path=path, title=meta.get("title"), url=meta.get("url"), warnings=warnings,
        published_time=clock,
    )
