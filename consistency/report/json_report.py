"""The `consistency-report/1` JSON document: every sentence, statement, facet and finding, in a fixed order."""

from __future__ import annotations

import json
from typing import Any

from ..core.types import Facet, FacetEvidence, Finding, Report, Severity
from ..core.values import value_dict

SCHEMA = "consistency-report/1"
FACETS = ("attribution", "date", "claim", "omission")


def _round(value: Any) -> Any:
    if isinstance(value, float):
        return round(value, 4)
    if isinstance(value, dict):
        return {k: _round(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_round(v) for v in value]
    return value


def _facet(f: Facet) -> dict[str, Any]:
    return {"kind": f.kind.value, "text": f.text, "start": f.start, "end": f.end, "value": value_dict(f.value)}


def _evidence(e: FacetEvidence | None, sentences: dict) -> dict[str, Any] | None:
    if e is None:
        return None
    return {
        "doc": e.doc, "index": e.index, "value": e.value, "text": e.text, "start": e.start, "end": e.end,
        "sentence": sentences[(e.doc, e.index)].text,
    }


def finding_dict(f: Finding, sentences: dict) -> dict[str, Any]:
    return {
        "facet": f.facet, "kind": f.kind, "severity": f.severity.value, "statement": f.statement,
        "a": _evidence(f.a, sentences), "b": _evidence(f.b, sentences),
        "explanation": f.explanation, "confidence": f.confidence,
        "fingerprint": f.fingerprint, "accepted": f.accepted,
        "also": [{"a": _evidence(a, sentences), "b": _evidence(b, sentences)} for a, b in f.also],
        "pair_score": f.pair_score,
    }


def summary(report: Report) -> dict[str, Any]:
    """Counts of findings by facet and severity, and of statements by kind."""
    counts = {facet: {s.value: 0 for s in Severity} for facet in FACETS}
    for f in report.findings:
        counts.setdefault(f.facet, {s.value: 0 for s in Severity})[f.severity.value] += 1
    aligned = sum(1 for st in report.statements if st.score is not None)
    return {
        "statements": len(report.statements),
        "aligned_statements": aligned,
        "single_source_statements": len(report.statements) - aligned,
        "findings": counts,
    }


def report_dict(report: Report) -> dict[str, Any]:
    """The report as plain JSON-ready data (the documented schema)."""
    sentences = {(s.doc_id, s.index): s for s in report.sentences}
    data: dict[str, Any] = {
        "schema": SCHEMA,
        "version": report.version,
        "settings": dict(sorted(report.settings.items())),
        "draft": report.draft,
        "documents": [
            {"id": d.id, "path": d.path, "source": d.source,
             "published": d.published.isoformat() if d.published else None,
             "published_time": d.published_time, "title": d.title, "url": d.url, "text": d.text}
            for d in report.documents
        ],
        "sentences": [
            {"doc": s.doc_id, "index": s.index, "text": s.text, "start": s.start, "end": s.end,
             "kind": s.kind.value, "duplicate_of": s.duplicate_of, "truncated": s.truncated}
            for s in report.sentences
        ],
        "statements": [
            {"id": k, "members": [{"doc": m.doc, "index": m.index} for m in st.members], "score": st.score,
             "links": [{"a": {"doc": a.doc, "index": a.index}, "b": {"doc": b.doc, "index": b.index}, "score": sc}
                       for a, b, sc in st.links]}
            for k, st in enumerate(report.statements)
        ],
        "facets": [
            {"doc": ref.doc, "index": ref.index, "facets": [_facet(f) for f in fs]}
            for ref, fs in sorted(report.facets.items()) if fs
        ],
        "pairs": [
            {"a": {"doc": p.a.doc, "index": p.a.index}, "b": {"doc": p.b.doc, "index": p.b.index},
             "score": p.score, "basis": p.basis.value, "statement": p.statement}
            for p in report.pairs
        ],
        "findings": [finding_dict(f, sentences) for f in report.findings],
        "summary": summary(report),
        "warnings": list(report.warnings),
    }
    return _round(data)


def render_json(report: Report) -> str:
    return json.dumps(report_dict(report), ensure_ascii=False, indent=2) + "\n"
