"""The findings as CSV for a spreadsheet: one finding a row, most serious first, cells guarded against formula injection."""

from __future__ import annotations

import csv
import io
from typing import Any

from ..core.types import FacetEvidence, Finding, Report

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


def _side(e: FacetEvidence | None, sources: dict[str, str], sentences: dict) -> list[Any]:
    if e is None:
        return ["", "", "", "", ""]
    sentence = sentences.get((e.doc, e.index))
    return [sources.get(e.doc, e.doc), e.doc, e.index, e.value, sentence.text if sentence else ""]


def _row(f: Finding, sources: dict[str, str], sentences: dict) -> list[str]:
    cells = [f.severity.value, f.facet, f.kind,
             *_side(f.a, sources, sentences), *_side(f.b, sources, sentences),
             f.explanation, round(float(f.confidence), 4), f.statement,
             "yes" if f.accepted else "", f.fingerprint]
    return [guard(c) for c in cells]


def render_csv(report: Report) -> str:
    """Every finding (omissions included, with empty b columns), most serious first, then in report order."""
    sources = {d.id: d.source for d in report.documents}
    sentences = {(s.doc_id, s.index): s for s in report.sentences}
    order = sorted(range(len(report.findings)), key=lambda n: (-report.findings[n].severity.rank, n))
    buffer = io.StringIO()
    # Every cell quoted: a lone carriage return inside a cell then survives any reader.
    writer = csv.writer(buffer, lineterminator="\n", quoting=csv.QUOTE_ALL)
    writer.writerow(HEADER)
    for n in order:
        writer.writerow(_row(report.findings[n], sources, sentences))
    return buffer.getvalue()
