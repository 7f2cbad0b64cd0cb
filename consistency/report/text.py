"""Plain-text views of a `Report`: statements side by side (align) and findings by severity (check)."""

from __future__ import annotations

import textwrap

from ..core.types import Finding, Report, SentenceKind, Severity
from .json_report import summary

WIDTH = 100


def _wrap(text: str, indent: str) -> str:
    return textwrap.fill(" ".join(text.split()), width=WIDTH, initial_indent=indent,
                         subsequent_indent=" " * (len(indent) + 2))


def _header(report: Report) -> list[str]:
    lines = []
    for d in report.documents:
        published = d.published.isoformat() if d.published else "no publication date"
        lines.append(f"[{d.id}] {d.source} · {published} · {d.path}")
    return lines


def _notes(report: Report) -> list[str]:
    lines = []
    sources = {d.id: d.source for d in report.documents}
    for s in report.sentences:
        if s.duplicate_of is not None:
            lines.append(f"{sources[s.doc_id]} #{s.index} repeats #{s.duplicate_of} word for word ({s.kind.value}); kept once")
        if s.truncated:
            lines.append(f"{sources[s.doc_id]} #{s.index} is longer than the model reads; embedded from its start only")
    lines += list(report.warnings)
    return lines


def render_align(report: Report) -> str:
    sentences = {(s.doc_id, s.index): s for s in report.sentences}
    sources = {d.id: d.source for d in report.documents}
    out = _header(report)
    aligned = [st for st in report.statements if st.score is not None]
    alone = [st for st in report.statements if st.score is None]
    out.append("")
    out.append(f"{len(aligned)} aligned statements, {len(alone)} told by one source only")
    for k, st in enumerate(report.statements):
        if st.score is None:
            continue
        out.append("")
        out.append(f"Statement {k} (similarity {st.score:.2f})")
        for m in st.members:
            out.append(_wrap(sentences[(m.doc, m.index)].text, f"  {sources[m.doc]} #{m.index}: "))
    for d in report.documents:
        own = [st for st in alone if st.members[0].doc == d.id]
        if not own:
            continue
        out.append("")
        out.append(f"Only in {d.source}:")
        for st in own:
            for m in st.members:
                out.append(_wrap(sentences[(m.doc, m.index)].text, f"  #{m.index}: "))
    skipped = [s for s in report.sentences if s.kind is not SentenceKind.BODY]
    if skipped:
        out.append("")
        out.append("Not aligned (not body text): " + ", ".join(
            f"{sources[s.doc_id]} #{s.index} {s.kind.value}" for s in skipped))
    notes = _notes(report)
    if notes:
        out.append("")
        out.append("Notes:")
        out += [f"  {n}" for n in notes]
    return "\n".join(out) + "\n"


def _finding_lines(f: Finding, report: Report, sentences: dict, sources: dict) -> list[str]:
    accepted = " (accepted in the baseline)" if f.accepted else ""
    lines = [f"- [{f.severity.value}] {f.facet}: {f.explanation}{accepted}"]
    for side in (f.a, f.b):
        if side is None:
            continue
        lines.append(_wrap(sentences[(side.doc, side.index)].text, f"    {sources[side.doc]} #{side.index}: "))
    if f.also:
        pairs = ", ".join(f"{sources[a.doc]} #{a.index} / {sources[b.doc]} #{b.index}" for a, b in f.also)
        lines.append(f"    (the same disagreement also in {pairs})")
    return lines


def render_check(report: Report) -> str:
    sentences = {(s.doc_id, s.index): s for s in report.sentences}
    sources = {d.id: d.source for d in report.documents}
    out = _header(report)
    if report.draft is not None:
        out.append(f"Pre-publish check: the draft {sources[report.draft]} against "
                   + ", ".join(d.source for d in report.documents if d.id != report.draft))
    counts = summary(report)
    disputes = [f for f in report.findings if f.facet != "omission"]
    omissions = [f for f in report.findings if f.facet == "omission"]
    by = {s: sum(1 for f in disputes if f.severity is s) for s in Severity}
    out.append("")
    out.append(
        f"{len(disputes)} discrepancies (high {by[Severity.HIGH]}, medium {by[Severity.MEDIUM]}, low {by[Severity.LOW]}); "
        f"{counts['aligned_statements']} aligned statements; {len(omissions)} statements told by one source only"
    )
    for severity in (Severity.HIGH, Severity.MEDIUM, Severity.LOW):
        group = [f for f in disputes if f.severity is severity]
        if not group:
            continue
        out.append("")
        out.append(f"{severity.value.upper()}")
        for f in group:
            out += _finding_lines(f, report, sentences, sources)
    left_out = [f for f in omissions if f.kind == "draft-leaves-out"]
    if left_out:
        out.append("")
        out.append(f"The draft leaves out ({len(left_out)}):")
        for f in left_out:
            out.append(_wrap(sentences[(f.a.doc, f.a.index)].text, f"  {sources[f.a.doc]} #{f.a.index}: "))
    omissions = [f for f in omissions if f.kind != "draft-leaves-out"]
    if omissions:
        for d in report.documents:
            own = [f for f in omissions if f.a.doc == d.id]
            if not own:
                continue
            out.append("")
            out.append(f"Only in {d.source} ({len(own)}):")
            for f in own:
                out.append(_wrap(sentences[(f.a.doc, f.a.index)].text, f"  #{f.a.index}: "))
    notes = _notes(report)
    if notes:
        out.append("")
        out.append("Notes:")
        out += [f"  {n}" for n in notes]
    return "\n".join(out) + "\n"


def render_text(report: Report, view: str = "check") -> str:
    return render_align(report) if view == "align" else render_check(report)
