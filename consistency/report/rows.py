"""One flat record per finding (both sides' source, sentence and value): the rows of the CSV and the lines of JSONL."""

from __future__ import annotations

from typing import Any

from ..core.types import Document, FacetEvidence, Finding, Report

SIDE = ("source", "doc", "path", "sentence_{}_index", "value", "sentence")


def side_fields(side: str) -> tuple[str, ...]:
    """The field names of one side: `source_a`, `doc_a`, `path_a`, `sentence_a_index`, `value_a`, `sentence_a`."""
    return tuple(f.format(side) if "{}" in f else f"{f}_{side}" for f in SIDE)


FIELDS = ("severity", "facet", "kind", *side_fields("a"), *side_fields("b"),
          "explanation", "confidence", "statement", "accepted", "fingerprint")


def _side(side: str, e: FacetEvidence | None, documents: dict[str, Document], sentences: dict) -> dict[str, Any]:
    names = side_fields(side)
    if e is None:  # an omission: what one source tells alone has no other side
        return dict.fromkeys(names)
    document = documents.get(e.doc)
    sentence = sentences.get((e.doc, e.index))
    values = (document.source if document else e.doc, e.doc, document.path if document else None, e.index, e.value,
              sentence.text if sentence else None)
    return dict(zip(names, values))


def finding_row(f: Finding, documents: dict[str, Document], sentences: dict) -> dict[str, Any]:
    return {"severity": f.severity.value, "facet": f.facet, "kind": f.kind,
            **_side("a", f.a, documents, sentences), **_side("b", f.b, documents, sentences),
            "explanation": f.explanation, "confidence": round(float(f.confidence), 4), "statement": f.statement,
            "accepted": bool(f.accepted), "fingerprint": f.fingerprint}


def finding_rows(report: Report) -> list[dict[str, Any]]:
    """Every finding (omissions too, their b side empty) as a flat record: most serious first, then in report order."""
    documents = {d.id: d for d in report.documents}
    sentences = {(s.doc_id, s.index): s for s in report.sentences}
    order = sorted(range(len(report.findings)), key=lambda n: (-report.findings[n].severity.rank, n))
    return [finding_row(report.findings[n], documents, sentences) for n in order]
