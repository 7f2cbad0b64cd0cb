"""The date rule: two linked sentences date the same thing differently."""

from __future__ import annotations

from typing import Iterator

from ..core.types import FacetKind, Finding, Severity
from .pairs import SentencePair, confidence, evidence

PRECISION_CLASS = {"day": "day", "part": "day", "time": "day", "week": "week", "month": "month", "year": "year"}


def compare_dates(pair: SentencePair) -> Iterator[Finding]:
    """Dates of the same precision class that agree nowhere across the two sentences."""
    from ..facets.dates import dates_agree

    dx = [f for f in pair.of("x", FacetKind.DATE) if f.value.get("resolved") and f.value.get("value")]
    dy = [f for f in pair.of("y", FacetKind.DATE) if f.value.get("resolved") and f.value.get("value")]
    if not dx or not dy:
        return
    compared = False
    for cls in ("day", "month", "year"):
        # Compare within a precision class first: a coarse "the second quarter" must not hide a
        # clash between two days.
        cx = [f for f in dx if PRECISION_CLASS.get(str(f.value.get("precision")), "") == cls]
        cy = [f for f in dy if PRECISION_CLASS.get(str(f.value.get("precision")), "") == cls]
        if not cx or not cy:
            continue
        compared = True
        unmatched_x = [a for a in cx if not any(dates_agree(a.value, b.value) for b in cy)]
        unmatched_y = [b for b in cy if not any(dates_agree(a.value, b.value) for a in cx)]
        if unmatched_x and unmatched_y:
            severity = Severity.HIGH if cls == "day" and len(cx) == 1 and len(cy) == 1 else Severity.MEDIUM
            yield _date_finding(pair, unmatched_x[0], unmatched_y[0], f"date-{cls}", severity)
            return  # one date finding per pair: the finest class that disagrees
    if compared:
        return
    # No precision in common ("in 1956" against "June 10, 1945"): the periods must still overlap.
    unmatched_x = [a for a in dx if not any(dates_agree(a.value, b.value) for b in dy)]
    unmatched_y = [b for b in dy if not any(dates_agree(a.value, b.value) for a in dx)]
    if len(unmatched_x) == len(dx) and len(unmatched_y) == len(dy):
        yield _date_finding(pair, unmatched_x[0], unmatched_y[0], "date-precision", Severity.MEDIUM)


def _date_finding(pair: SentencePair, a, b, kind: str, severity: Severity) -> Finding:
    from ..facets.dates import describe

    names, x, y = pair.names, pair.x, pair.y
    return Finding(
        facet="date", kind=kind, severity=severity, statement=pair.statement,
        a=evidence(x, a, str(a.value["value"])), b=evidence(y, b, str(b.value["value"])),
        explanation=(f"{names[x.doc]} dates it {describe(a.value)} (\u201c{a.text}\u201d); "
                     f"{names[y.doc]} {describe(b.value)} (\u201c{b.text}\u201d)"),
        confidence=confidence(pair.score, 0.9 if severity is Severity.HIGH else 0.7),
    )
