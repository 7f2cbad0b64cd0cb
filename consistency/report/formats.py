"""The format registry: each report format's renderer, file extension and the commands that offer it."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the CLI reads the registry for its --help: keep that import light
    from ..core.types import Report

# The commands that write a `Report` (facets and evaluate render their own data, in text or json).
REPORT_COMMANDS = ("align", "check", "batch")


@dataclass(frozen=True)
class ReportFormat:
    """One output format; its renderer is imported on first use, so `--help` loads none of them."""

    name: str  # what --format takes
    extension: str  # the file suffix batch writes, without the dot
    renderer: str  # "module:function" inside consistency.report
    commands: tuple[str, ...]  # the commands that offer it
    by_view: bool = True  # the renderer takes view="align" or "check"
    also: tuple[str, ...] = ()  # other file suffixes that name this format (`-o report.htm`), without the dot

    def render(self, report: Report, view: str = "check") -> str:
        module, function = self.renderer.split(":")
        renderer = getattr(import_module(f".{module}", __package__), function)
        return renderer(report, view=view) if self.by_view else renderer(report)


REGISTRY: dict[str, ReportFormat] = {f.name: f for f in (
    ReportFormat("text", "txt", "text:render_text", ("align", "check", "facets", "evaluate", "batch")),
    ReportFormat("json", "json", "json_report:render_json", ("align", "check", "facets", "evaluate", "batch"),
                 by_view=False),
    ReportFormat("md", "md", "markdown:render_markdown", ("align", "check", "batch"), also=("markdown",)),
    ReportFormat("html", "html", "html:render_html", ("align", "check", "batch"), also=("htm",)),
    ReportFormat("csv", "csv", "csv_report:render_csv", ("check", "batch"), by_view=False),
    ReportFormat("jsonl", "jsonl", "jsonl_report:render_jsonl", ("check", "batch"), by_view=False),
)}


def format_names(command: str | None = None) -> tuple[str, ...]:
    """Every format's name, or those `command` offers, in registry order."""
    return tuple(name for name, f in REGISTRY.items() if command is None or command in f.commands)


def extensions(command: str | None = None) -> dict[str, str]:
    """Format name → file extension (without the dot), for every format or those `command` offers."""
    return {name: REGISTRY[name].extension for name in format_names(command)}


def format_of_suffix(suffix: str) -> str | None:
    """The format a file suffix (`.html`, `.HTM`, `md`) names, or None when it names none."""
    wanted = suffix.lower().lstrip(".")
    return next((f.name for f in REGISTRY.values() if wanted and wanted in (f.extension, *f.also)), None)


def get_format(name: str) -> ReportFormat:
    """The registered format `name`; a ValueError names the formats that exist."""
    try:
        return REGISTRY[name]
    except KeyError:
        raise ValueError(f"unknown report format {name!r}: use one of {', '.join(REGISTRY)}") from None
