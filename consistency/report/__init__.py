"""Renderers: pure functions from a `Report` to text, JSON, Markdown, HTML or CSV."""

from __future__ import annotations

from ..core.types import Report

FORMATS = ("text", "json", "md", "html", "csv")


def render(report: Report, fmt: str, *, view: str = "check", color: bool = False) -> str:
    """The report in one format; `view` is "align" (statements) or "check" (findings)."""
    if fmt == "json":
        from .json_report import render_json

        return render_json(report)
    if fmt == "html":
        from .html import render_html

        return render_html(report, view=view)
    if fmt == "csv":
        from .csv_report import render_csv

        return render_csv(report)
    if fmt == "md":
        from .markdown import render_markdown

        return render_markdown(report, view=view)
    from .text import render_text

    return render_text(report, view=view)
