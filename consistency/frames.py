"""A report as pandas DataFrames (findings, statements); pandas is an optional extra imported only when a frame is asked for."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .core.types import FacetEvidence, Report

if TYPE_CHECKING:
    import pandas

EXTRA = "pip install 'consistency[pandas]'"
SIDE = ("source", "doc", "sentence_{}_index", "value", "sentence")
# The CSV report's columns (report/csv_report.py), then what a frame adds: the words that carry each value,
# how alike the two sentences are and how many other sentence pairs show the same disagreement.
FINDING_COLUMNS = ("severity", "facet", "kind",
                   *(c.format("a") if "{}" in c else f"{c}_a" for c in SIDE),
                   *(c.format("b") if "{}" in c else f"{c}_b" for c in SIDE),
                   "explanation", "confidence", "statement", "accepted", "fingerprint",
                   "words_a", "words_b", "pair_score", "also")
STATEMENT_COLUMNS = ("statement", "score", "documents", "source", "doc", "index", "sentence", "start", "end")


def _pandas(method: str) -> Any:
    try:
        import pandas
    except ImportError:
        raise ImportError(f"Report.{method}() needs pandas, an optional extra of consistency: {EXTRA}") from None
    return pandas


def _side(names: dict[str, str], texts: dict[tuple[str, int], str], e: FacetEvidence | None) -> list[Any]:
    if e is None:
        return [None] * len(SIDE)
    return [names.get(e.doc, e.doc), e.doc, e.index, e.value, texts.get((e.doc, e.index))]


def findings_frame(report: Report) -> pandas.DataFrame:
    """One row per finding, most serious first (then in report order), indexed by its place in `report.findings`.

    The columns are the CSV report's: severity, facet, kind; for each side (`_a`, `_b`; the `_b` columns are
    empty for an omission) the source name, document id, sentence index, the value it gives and the whole
    sentence; the explanation, confidence, statement number, whether a baseline accepted it and its
    fingerprint. Then `words_a` / `words_b` (the words that carry each value, as written), `pair_score` (how
    alike the two sentences are) and `also` (how many other sentence pairs show the same disagreement).
    """
    pd = _pandas("findings_frame")
    names = {d.id: d.source for d in report.documents}
    texts = {(s.doc_id, s.index): s.text for s in report.sentences}
    order = sorted(range(len(report.findings)), key=lambda n: (-report.findings[n].severity.rank, n))
    rows = []
    for n in order:
        f = report.findings[n]
        rows.append([f.severity.value, f.facet, f.kind, *_side(names, texts, f.a), *_side(names, texts, f.b),
                     f.explanation, f.confidence, f.statement, f.accepted, f.fingerprint,
                     f.a.text, f.b.text if f.b else None, f.pair_score, len(f.also)])
    frame = pd.DataFrame(rows, columns=list(FINDING_COLUMNS), index=pd.Index(order, name="finding", dtype="int64"))
    for column in ("sentence_a_index", "sentence_b_index"):  # whole numbers, empty for an omission's missing side
        frame[column] = frame[column].astype("Int64")
    return frame


def statements_frame(report: Report) -> pandas.DataFrame:
    """One row per sentence of every statement (long form: pivot on `statement` and `source` for a side-by-side
    table): the statement's number and similarity score (empty when one source alone tells it), how many
    documents tell it, and the sentence's source name, document id, index, text and offsets in the document."""
    pd = _pandas("statements_frame")
    names = {d.id: d.source for d in report.documents}
    by_ref = {(s.doc_id, s.index): s for s in report.sentences}
    rows = []
    for number, statement in enumerate(report.statements):
        for member in statement.members:
            s = by_ref[(member.doc, member.index)]
            rows.append([number, statement.score, len(statement.docs), names.get(member.doc, member.doc), member.doc,
                         member.index, s.text, s.start, s.end])
    return pd.DataFrame(rows, columns=list(STATEMENT_COLUMNS))
