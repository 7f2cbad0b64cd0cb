"""Plain-text views of a `Report`: statements side by side (align) and findings by severity (check).

Both views are built as lines of (text, style) segments: `render_text` joins the text, and the
terminal prints the same segments coloured (cli/progress.py), so nothing is parsed back. Every segment
has its control characters shown escaped (core/visible.py): article text, source and file names can
neither drive the terminal nor start a line of their own.
"""

from __future__ import annotations

import textwrap
from typing import Optional

from ..core.types import Finding, Report, SentenceKind, Severity
from ..core.visible import neutralise
from .json_report import summary
from .words import count, discrepancies

WIDTH = 100
HEADING = "heading"  # the style of a section title; a finding's label is styled by its severity value

Segment = tuple[str, Optional[str]]  # text and its style: a severity value, HEADING or None
Line = tuple[Segment, ...]


def _plain(text: str) -> Line:
    return ((text, None),)


def _title(text: str, style: str = HEADING) -> Line:
    return ((text, style),)


def _wrap(text: str, indent: str) -> list[Line]:
    indent = neutralise(indent)  # it names a source: a line break in the name must not split the lines below
    filled = textwrap.fill(neutralise(" ".join(text.split())), width=WIDTH, initial_indent=indent,
                           subsequent_indent=" " * (len(indent) + 2))
    return [_plain(line) for line in filled.split("\n")]


def _header(report: Report) -> list[Line]:
    lines = []
    for d in report.documents:
        published = d.published.isoformat() if d.published else "no publication date"
        if d.published and d.published_time:
            published += f" {d.published_time}"
        lines.append(_plain(f"[{d.id}] {d.source} · {published} · {d.path}"))
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


def _notes_lines(report: Report) -> list[Line]:
    notes = _notes(report)
    if not notes:
        return []
    return [_plain(""), _title("Notes:"), *(_plain(f"  {n}") for n in notes)]


def align_lines(report: Report) -> list[Line]:
    """The align view: every aligned statement with its sentences, then what each source has alone."""
    sentences = {(s.doc_id, s.index): s for s in report.sentences}
    sources = {d.id: d.source for d in report.documents}
    out = _header(report)
    aligned = [st for st in report.statements if st.score is not None]
    alone = [st for st in report.statements if st.score is None]
    out.append(_plain(""))
    out.append(_plain(f"{count(len(aligned), 'aligned statement')}, {len(alone)} told by one source only"))
    for k, st in enumerate(report.statements):
        if st.score is None:
            continue
        out.append(_plain(""))
        out.append(_title(f"Statement {k} (similarity {st.score:.2f})"))
        for m in st.members:
            out += _wrap(sentences[(m.doc, m.index)].text, f"  {sources[m.doc]} #{m.index}: ")
    for d in report.documents:
        own = [st for st in alone if st.members[0].doc == d.id]
        if not own:
            continue
        out.append(_plain(""))
        out.append(_title(f"Only in {d.source}:"))
        for st in own:
            for m in st.members:
                out += _wrap(sentences[(m.doc, m.index)].text, f"  #{m.index}: ")
    skipped = [s for s in report.sentences if s.kind is not SentenceKind.BODY]
    if skipped:
        out.append(_plain(""))
        out.append(_plain("Not aligned (not body text): " + ", ".join(
            f"{sources[s.doc_id]} #{s.index} {s.kind.value}" for s in skipped)))
    return out + _notes_lines(report)


def _finding_lines(f: Finding, report: Report, sentences: dict, sources: dict) -> list[Line]:
    accepted = " (accepted in the baseline)" if f.accepted else ""
    lines = [((f"- [{f.severity.value}] {f.facet}:", f.severity.value), (f" {f.explanation}{accepted}", None))]
    for side in (f.a, f.b):
        if side is None:
            continue
        lines += _wrap(sentences[(side.doc, side.index)].text, f"    {sources[side.doc]} #{side.index}: ")
    if f.also:
        pairs = ", ".join(f"{sources[a.doc]} #{a.index} / {sources[b.doc]} #{b.index}" for a, b in f.also)
        lines.append(_plain(f"    (the same disagreement also in {pairs})"))
    return lines


def prepublish_line(report: Report) -> str:
    """Which document is the draft and what it is checked against (pre-publish mode, `check --against`)."""
    sources = {d.id: d.source for d in report.documents}
    return (f"Pre-publish check: the draft {sources[report.draft]} against "
            + ", ".join(d.source for d in report.documents if d.id != report.draft))


def check_lines(report: Report) -> list[Line]:
    """The check view: the findings by severity, then what the draft leaves out or each source has alone."""
    sentences = {(s.doc_id, s.index): s for s in report.sentences}
    sources = {d.id: d.source for d in report.documents}
    out = _header(report)
    if report.draft is not None:
        out.append(_plain(prepublish_line(report)))
    counts = summary(report)
    disputes = [f for f in report.findings if f.facet != "omission"]
    omissions = [f for f in report.findings if f.facet == "omission"]
    by = {s: sum(1 for f in disputes if f.severity is s) for s in Severity}
    out.append(_plain(""))
    out.append(_plain(
        f"{discrepancies(len(disputes))} (high {by[Severity.HIGH]}, medium {by[Severity.MEDIUM]}, low {by[Severity.LOW]}); "
        f"{count(counts['aligned_statements'], 'aligned statement')}; "
        f"{count(len(omissions), 'statement')} told by one source only"
    ))
    for severity in (Severity.HIGH, Severity.MEDIUM, Severity.LOW):
        group = [f for f in disputes if f.severity is severity]
        if not group:
            continue
        out.append(_plain(""))
        out.append(_title(severity.value.upper(), severity.value))
        for f in group:
            out += _finding_lines(f, report, sentences, sources)
    left_out = [f for f in omissions if f.kind == "draft-leaves-out"]
    if left_out:
        out.append(_plain(""))
        out.append(_title(f"The draft leaves out ({len(left_out)}):"))
        for f in left_out:
            out += _wrap(sentences[(f.a.doc, f.a.index)].text, f"  {sources[f.a.doc]} #{f.a.index}: ")
    omissions = [f for f in omissions if f.kind != "draft-leaves-out"]
    if omissions:
        for d in report.documents:
            own = [f for f in omissions if f.a.doc == d.id]
            if not own:
                continue
            out.append(_plain(""))
            out.append(_title(f"Only in {d.source} ({len(own)}):"))
            for f in own:
                out += _wrap(sentences[(f.a.doc, f.a.index)].text, f"  #{f.a.index}: ")
    return out + _notes_lines(report)


def styled_lines(report: Report, view: str = "check") -> list[Line]:
    """The text view as lines of (text, style) segments, control characters escaped; `render_text` is their text."""
    lines = align_lines(report) if view == "align" else check_lines(report)
    return [tuple((neutralise(text), style) for text, style in line) for line in lines]


def join_lines(lines: list[Line]) -> str:
    """The plain text of styled lines, one per row, ending in a newline."""
    return "\n".join("".join(text for text, _ in line) for line in lines) + "\n"


def render_text(report: Report, view: str = "check") -> str:
    return join_lines(styled_lines(report, view))
