"""The findings as CSV for a spreadsheet: one finding a row, most serious first, cells guarded against formula injection."""

from __future__ import annotations

import csv
import io
from typing import Any, Iterable, Mapping

from ..core.types import Report
from .rows import finding_rows

HEADER = (
    "severity", "facet", "kind",
    "source_a", "doc_a", "sentence_a_index", "value_a", "sentence_a",
    "source_b", "doc_b", "sentence_b_index", "value_b", "sentence_b",
    "explanation", "confidence", "statement", "accepted", "fingerprint",
)
# A spreadsheet reads a cell starting with one of these as a formula (OWASP "CSV injection");
# tab and carriage return are on the OWASP list too.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def guard(value: Any) -> str:
    """The cell as text; text a spreadsheet would run as a formula gets a leading apostrophe."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def _cell(value: Any) -> str:
    if isinstance(value, bool):
        return "yes" if value else ""
    return guard(value)


def csv_table(rows: Iterable[Mapping[str, Any]], columns: tuple[str, ...] = HEADER, header: bool = True) -> str:
    """A header line of `columns` (unless not `header`), then one line per row (report/rows.py records), every
    cell quoted and guarded."""
    buffer = io.StringIO()
    # Every cell quoted: a lone carriage return inside a cell then survives any reader.
    writer = csv.writer(buffer, lineterminator="\n", quoting=csv.QUOTE_ALL)
    if header:
        writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(row.get(c)) for c in columns])
    return buffer.getvalue()


def render_csv(report: Report) -> str:
    """Every finding (omissions included, with empty b columns), most serious first, then in report order."""
    return csv_table(finding_rows(report))
