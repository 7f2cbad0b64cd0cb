"""Omission findings: a statement only some sources report (low severity, never a failure)."""

from __future__ import annotations

from ..core.types import FacetEvidence, Finding, SentenceRef, Severity


def omission(statement: int, first: SentenceRef, kind: str, explanation: str) -> Finding:
    """A low finding pointing at the first sentence of a statement the other side leaves out."""
    return Finding(
        facet="omission", kind=kind, severity=Severity.LOW, statement=statement,
        a=FacetEvidence(first.doc, first.index, "reported"), b=None,
        explanation=explanation, confidence=1.0,
    )
