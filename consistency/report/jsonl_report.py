"""The findings as JSON Lines for pipelines: one finding a line, with both sides' document, sentence and value."""

from __future__ import annotations

import json
from typing import Any, Iterable, Mapping

from ..core.types import Report
from .rows import finding_rows

# Line breaks JSON leaves raw inside a string, which some readers (Python's str.splitlines) split a line at.
_RAW_BREAKS = {"\u2028": "\\u2028", "\u2029": "\\u2029", "\x85": "\\u0085"}


def json_line(record: Mapping[str, Any]) -> str:
    """One record as one line of JSON (no line break inside it), ending in a newline."""
    line = json.dumps(record, ensure_ascii=False, separators=(", ", ": "))
    for raw, escaped in _RAW_BREAKS.items():
        line = line.replace(raw, escaped)
    return line + "\n"


def json_lines(records: Iterable[Mapping[str, Any]]) -> str:
    return "".join(json_line(r) for r in records)


def render_jsonl(report: Report) -> str:
    """Every finding, most serious first (report/rows.py says which fields); no findings is an empty output."""
    return json_lines(finding_rows(report))
