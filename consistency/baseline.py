"""Pre-publish mode: findings that concern the draft, fingerprints that survive unrelated edits, and baseline files of accepted findings."""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from pathlib import Path
from typing import Iterable, Mapping, Sequence

from .errors import InputError, MalformedInputError
from .types import FacetEvidence, Finding, Report, Sentence, Severity, Statement

BASELINE_SCHEMA = "consistency-baseline/1"


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def fingerprint(finding: Finding, sentences: Mapping[tuple[str, int], Sentence]) -> str:
    """A hash of what disagrees and the words of the sentences involved, not of positions or file names.

    Editing another sentence of the draft, moving paragraphs or renaming files keeps it; editing
    one of the two sentences (or the values) makes a new finding that must be looked at again.
    """
    sides = []
    for side in (finding.a, finding.b):
        if side is None:
            continue
        sides.append(f"{side.value}\x1f{_norm(sentences[(side.doc, side.index)].text)}")
    material = "\x1e".join([finding.facet, finding.kind, *sorted(sides)])
    return hashlib.sha256(material.encode("utf-8")).hexdigest()[:16]


def with_fingerprints(findings: Iterable[Finding], sentences: Sequence[Sentence]) -> list[Finding]:
    by_ref = {(s.doc_id, s.index): s for s in sentences}
    return [replace(f, fingerprint=fingerprint(f, by_ref)) for f in findings]


def _touches(pair: tuple[FacetEvidence, FacetEvidence | None], draft: str) -> bool:
    a, b = pair
    return a.doc == draft or (b is not None and b.doc == draft)


def focus_on_draft(findings: Sequence[Finding], statements: Sequence[Statement], draft: str, names: Mapping[str, str]) -> list[Finding]:
    """Only where the draft diverges from the references, not where references diverge among themselves.

    Statements the references share without the draft become low "omission" findings: what the
    draft leaves out.
    """
    out: list[Finding] = []
    for f in findings:
        if f.facet == "omission":
            if f.a.doc == draft:
                out.append(replace(f, explanation=f"only the draft ({names[draft]}) reports this; no reference does"))
            continue
        pairs = [(f.a, f.b), *f.also]
        kept = [p for p in pairs if _touches(p, draft)]
        if not kept:
            continue
        first, rest = kept[0], tuple(kept[1:])
        out.append(replace(f, a=first[0], b=first[1], also=rest))
    for k, st in enumerate(statements):
        docs = {m.doc for m in st.members}
        if draft not in docs:
            first = st.members[0]
            refs = ", ".join(names[d] for d in sorted(docs))
            out.append(Finding(
                facet="omission", kind="draft-leaves-out", severity=Severity.LOW, statement=k,
                a=FacetEvidence(first.doc, first.index, "reported"), b=None,
                explanation=f"the draft ({names[draft]}) leaves out what {refs} report{'s' if len(docs) == 1 else ''}",
                confidence=1.0,
            ))
    out.sort(key=lambda f: (f.statement, f.facet != "omission", f.facet, f.kind))
    return out


def read_baseline(path: str | Path) -> frozenset[str]:
    """The fingerprints a baseline file accepts."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError("does not exist", path=str(path), hint="write one with --write-baseline") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise MalformedInputError(f"is not a baseline file ({exc})", path=str(path),
                                  hint="write one with --write-baseline") from None
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
