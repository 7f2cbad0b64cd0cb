"""Baseline files: the fingerprints of findings a desk has accepted, read, applied and written."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from ..core.errors import MalformedInputError
from ..core.types import Finding, Report, Severity
from ..load.records import read_json_file

BASELINE_SCHEMA = "consistency-baseline/1"


def read_baseline(path: str | Path) -> frozenset[str]:
    """The fingerprints a baseline file accepts."""
    path = Path(path)
    # Within the size limit, and a folder, a device, bad UTF-8 or hostile JSON all refused as bad input.
    data = read_json_file(path, hint="write one with --write-baseline")
    if not isinstance(data, dict) or data.get("schema") != BASELINE_SCHEMA or not isinstance(data.get("accepted"), list):
        raise MalformedInputError(f"is not a {BASELINE_SCHEMA} file", path=str(path), hint="write one with --write-baseline")
    return frozenset(str(item.get("fingerprint")) for item in data["accepted"] if isinstance(item, dict))


def apply_baseline(report: Report, accepted: frozenset[str]) -> Report:
    """Mark the findings the baseline accepts; they stay in the report but never fail a run."""
    if not accepted:
        return report
    return replace(report, findings=tuple(
        replace(f, accepted=True) if f.fingerprint in accepted else f for f in report.findings))


def render_baseline(report: Report) -> str:
    """A baseline file accepting every current finding except omissions (which never fail a run)."""
    sources = {d.id: d.source for d in report.documents}
    accepted = [
        {"fingerprint": f.fingerprint, "facet": f.facet, "kind": f.kind, "severity": f.severity.value,
         "explanation": f.explanation, "sources": sorted({sources[f.a.doc]} | ({sources[f.b.doc]} if f.b else set()))}
        for f in report.findings if f.facet != "omission"
    ]
    accepted.sort(key=lambda item: (item["fingerprint"], item["explanation"]))
    return json.dumps({"schema": BASELINE_SCHEMA, "accepted": accepted}, ensure_ascii=False, indent=2) + "\n"


def failing(report: Report, fail_on: str) -> list[Finding]:
    """Findings at or above `fail_on` that no baseline accepts (omissions never fail)."""
    if fail_on == "never":
        return []
    limit = Severity(fail_on).rank
    return [f for f in report.findings if f.facet != "omission" and not f.accepted and f.severity.rank >= limit]
