"""Renderers: pure functions from a `Report` to text, JSON, JSON Lines, Markdown, HTML or CSV, looked up in `formats.REGISTRY`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .formats import format_names, get_format
from .safe import finish

if TYPE_CHECKING:
    from ..core.types import Report

FORMATS = format_names()


def render(report: Report, fmt: str, *, view: str = "check") -> str:
    """The report in one format, safe to write (report/safe.py); `view` is "align" or "check"."""
    return finish(get_format(fmt).render(report, view), fmt)
