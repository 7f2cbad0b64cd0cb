"""The HTML report shown in a notebook: the whole self-contained page, escaped into a sandboxed iframe's srcdoc."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from .core.visible import encodable

if TYPE_CHECKING:
    from .core.types import Report

HEIGHT_PX = 640  # the frame scrolls inside; the user can drag it taller (resize: vertical)


def notebook_html(report: Report) -> str:
    """An <iframe> holding the HTML report.

    The page keeps its own Content-Security-Policy, style and script, none of which reach the notebook: the
    frame is sandboxed (scripts run, with no access to the notebook's page, cookies or storage). The page is
    escaped once more for the `srcdoc` attribute, so article text stays text at both levels.
    """
    page = report.render("html")
    title = encodable("Consistency report: " + ", ".join(d.source for d in report.documents))
    return (f'<iframe title="{escape(title, quote=True)}" sandbox="allow-scripts" '
            f'style="width: 100%; height: {HEIGHT_PX}px; border: 1px solid #ccc; resize: vertical" '
            f'srcdoc="{escape(page, quote=True)}"></iframe>')
