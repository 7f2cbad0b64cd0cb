"""Plain-text articles: an optional ` date YYYY-MM-DD ` prefix, then the article."""

from __future__ import annotations

import re

from ..core.types import Document
from .document import make_document, parse_date

DATE_PREFIX = re.compile(r"^\ufeff?[ \t]?date[ \t]+(\d{4}-\d{2}-\d{2})(?:[ \t]+|[ \t]*\n|$)")


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
    return make_document(id=stem, source=stem, published=published, text=text, path=path, warnings=warnings)
