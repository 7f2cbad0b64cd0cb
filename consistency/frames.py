"""A report as pandas DataFrames (findings, statements); pandas is an optional extra imported only when a frame is asked for."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .core.types import FacetEvidence, Report

if TYPE_CHECKING:
    import pandas

EXTRA = "pip install 'consistency[pandas]'"
SIDE = ("doc", "source", "index", "value", "words", "sentence")
FINDING_COLUMNS = ("facet", "kind", "severity", "statement", *(f"a_{c}" for c in SIDE), *(f"b_{c}" for c in SIDE),
                   "explanation", "confidence", "pair_score", "accepted", "fingerprint", "also")
STATEMENT_COLUMNS = ("statement", "score", "documents", "doc", "source", "index", "sentence", "start", "end")


def _pandas(method: str) -> Any:
    try:
        import pandas
    except ImportError:
        raise ImportError(f"Report.{method}() needs pandas, an optional extra of consistency: {EXTRA}") from None
    return pandas


def _side(report_names: dict[str, str], texts: dict[tuple[str, int], str], e: FacetEvidence | None) -> list[Any]:
    if e is None:
        return [None] * len(SIDE)
    return [e.doc, report_names.get(e.doc, e.doc), e.index, e.value, e.text, texts.get((e.doc, e.index))]


def findings_frame(report: Report) -> pandas.DataFrame:
    """One row per finding, in the report's order: its facet, kind and severity; for each side (`a_`, `b_`) the
    document id, source name, sentence index, the value it gives, the words that carry it and the whole
    sentence (the `b_` columns are empty for an omission); the explanation, confidence, how alike the two
    sentences are (`pair_score`), whether a baseline accepted it, its fingerprint and how many other sentence
    pairs show the same disagreement (`also`)."""
    pd = _pandas("findings_frame")
    names = {d.id: d.source for d in report.documents}
    texts = {(s.doc_id, s.index): s.text for s in report.sentences}
    rows = [[f.facet, f.kind, f.severity.value, f.statement, *_side(names, texts, f.a), *_side(names, texts, f.b),
             f.explanation, f.confidence, f.pair_score, f.accepted, f.fingerprint, len(f.also)]
            for f in report.findings]
    frame = pd.DataFrame(rows, columns=list(FINDING_COLUMNS))
    for column in ("a_index", "b_index"):  # whole numbers, empty for an omission's missing side
        frame[column] = frame[column].astype("Int64")
    return frame


def statements_frame(report: Report) -> pandas.DataFrame:
    """One row per sentence of every statement (long form: pivot on `statement` and `source` for a side-by-side
    table): the statement's number and similarity score (empty when one source alone tells it), how many
    documents tell it, and the sentence's document id, source name, index, text and offsets in the document."""
    pd = _pandas("statements_frame")
    names = {d.id: d.source for d in report.documents}
    by_ref = {(s.doc_id, s.index): s for s in report.sentences}
    rows = []
    for number, statement in enumerate(report.statements):
        for member in statement.members:
            s = by_ref[(member.doc, member.index)]
            rows.append([number, statement.score, len(statement.docs), member.doc, names.get(member.doc, member.doc),
                         member.index, s.text, s.start, s.end])
    return pd.DataFrame(rows, columns=list(STATEMENT_COLUMNS))
