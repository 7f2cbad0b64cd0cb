"""HTML pages: the main text (trafilatura) and the published-time metadata."""

from __future__ import annotations

from ..core.errors import EmptyInputError
from ..core.types import Document
from .decode import normalise_newlines
from .document import make_document, parse_date


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
    return make_document(
        id=stem, source=sitename or stem, published=published, text=normalise_newlines(body),
        path=path, title=title, url=url, warnings=warnings,
    )
