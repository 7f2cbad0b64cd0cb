"""A Markdown report to paste into a ticket: findings by severity, then what each source has alone.

Markdown is often rendered, so text from the articles is escaped to read as itself: no HTML tag, link or
image of an article's becomes one (a backslash before `<`, `[` and `]`), no table is broken (`\\|`) and
control characters are shown escaped (core/visible.py).
"""

from __future__ import annotations

import re

from ..core.types import Report, Severity
from ..core.visible import neutralise
from .json_report import summary
from .words import count, discrepancies

# What would start a tag, an autolink, a link or an image, or end a table cell; and a backslash that would
# escape the character after it (CommonMark: a backslash escapes ASCII punctuation only).
_MARKUP = re.compile(r"[<\[\]|]|\\(?=[!-/:-@\[-`{-~])")


def _escape(text: str) -> str:
    return _MARKUP.sub(lambda m: "\\" + m.group(), neutralise(text))


def _cell(text: str) -> str:
    """Text from an article (sentences, explanations): on one line, escaped."""
    return _escape(" ".join(text.split()))


def _name(text: str) -> str:
    """A source name or id: escaped, a line break in it shown as `\\n`."""
    return _escape(text)


def _code(text: str) -> str:
    """A file name as inline code, fenced by more backticks than it holds, its control characters and `|` escaped."""
    text = neutralise(text).replace("|", "\\|")
    fence = "`" * (max((len(run) for run in re.findall("`+", text)), default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def render_markdown(report: Report, view: str = "check") -> str:
    sentences = {(s.doc_id, s.index): s for s in report.sentences}
    sources = {d.id: d.source for d in report.documents}
    out = ["# Consistency report", ""]
    out.append("| source | published | file |")
    out.append("| --- | --- | --- |")
    for d in report.documents:
        out.append(f"| {_name(d.source)} | {d.published.isoformat() if d.published else '—'} | {_code(d.path)} |")
    counts = summary(report)
    out.append("")
    disputes = [f for f in report.findings if f.facet != "omission"]
    if view == "check":
        if report.draft is not None:
            drafted = next(d.source for d in report.documents if d.id == report.draft)
            references = ", ".join(_name(d.source) for d in report.documents if d.id != report.draft)
            out += [f"Pre-publish check: the draft **{_name(drafted)}** against {references}", ""]
        out.append(f"**{discrepancies(len(disputes))}** · {count(counts['aligned_statements'], 'aligned statement')} · "
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
                        out.append(f"  - {_name(sources[side.doc])} #{side.index}: \u201c"
                                   f"{_cell(sentences[(side.doc, side.index)].text)}\u201d")
    else:
        out.append(f"**{count(counts['aligned_statements'], 'aligned statement')}**")
        out += ["", "## Aligned statements", ""]
        for k, st in enumerate(report.statements):
            if st.score is None:
                continue
            out.append(f"- Statement {k} (similarity {st.score:.2f})")
            for m in st.members:
                out.append(f"  - {_name(sources[m.doc])} #{m.index}: {_cell(sentences[(m.doc, m.index)].text)}")
    for d in report.documents:
        alone = [st for st in report.statements if st.score is None and st.members[0].doc == d.id]
        if alone:
            out += ["", f"## Only in {_name(d.source)} ({len(alone)})", ""]
            for st in alone:
                for m in st.members:
                    out.append(f"- #{m.index}: {_cell(sentences[(m.doc, m.index)].text)}")
    if report.warnings:
        out += ["", "## Notes", ""] + [f"- {_cell(w)}" for w in report.warnings]
    return "\n".join(out) + "\n"
