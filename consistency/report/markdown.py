"""A Markdown report to paste into a ticket: findings by severity, then what each source has alone."""

from __future__ import annotations

from ..core.types import Report, Severity
from .json_report import summary


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def render_markdown(report: Report, view: str = "check") -> str:
    sentences = {(s.doc_id, s.index): s for s in report.sentences}
    sources = {d.id: d.source for d in report.documents}
    out = ["# Consistency report", ""]
    out.append("| source | published | file |")
    out.append("| --- | --- | --- |")
    for d in report.documents:
        out.append(f"| {_cell(d.source)} | {d.published.isoformat() if d.published else '—'} | `{_cell(d.path)}` |")
    counts = summary(report)
    out.append("")
    disputes = [f for f in report.findings if f.facet != "omission"]
    if view == "check":
        out.append(f"**{len(disputes)} discrepancies** · {counts['aligned_statements']} aligned statements · "
                   f"{counts['single_source_statements']} told by one source only")
        for severity in (Severity.HIGH, Severity.MEDIUM, Severity.LOW):
            group = [f for f in disputes if f.severity is severity]
            if not group:
                continue
            out += ["", f"## {severity.value.capitalize()} ({len(group)})", ""]
            for f in group:
                out.append(f"- **{f.facet}**: {_cell(f.explanation)}")
                for side in (f.a, f.b):
                    if side is not None:
                        out.append(f"  - {_cell(sources[side.doc])} #{side.index}: \u201c"
                                   f"{_cell(sentences[(side.doc, side.index)].text)}\u201d")
    else:
        out.append(f"**{counts['aligned_statements']} aligned statements**")
        out += ["", "## Aligned statements", ""]
        for k, st in enumerate(report.statements):
            if st.score is None:
                continue
            out.append(f"- Statement {k} (similarity {st.score:.2f})")
            for m in st.members:
                out.append(f"  - {_cell(sources[m.doc])} #{m.index}: {_cell(sentences[(m.doc, m.index)].text)}")
    for d in report.documents:
        alone = [st for st in report.statements if st.score is None and st.members[0].doc == d.id]
        if alone:
            out += ["", f"## Only in {_cell(d.source)} ({len(alone)})", ""]
            for st in alone:
                for m in st.members:
                    out.append(f"- #{m.index}: {_cell(sentences[(m.doc, m.index)].text)}")
    if report.warnings:
        out += ["", "## Notes", ""] + [f"- {_cell(w)}" for w in report.warnings]
    return "\n".join(out) + "\n"
