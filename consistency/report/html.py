"""A self-contained HTML report: the articles side by side, aligned statements linked, every finding highlighted on its words.

One file, CSS and script inline (kept as package data in assets/), no network request (a
Content-Security-Policy with hashes forbids any other script, style or resource). Every piece of text
that comes from the report (article text, file names, source names, values, explanations, warnings)
goes through `esc()`; the script reads only data attributes the template writes (statement and
finding numbers), never article text.
"""

from __future__ import annotations

import base64
import hashlib
from collections import defaultdict
from html import escape
from importlib import resources
from typing import Any, Iterable, Sequence

from ..core.types import Document, FacetEvidence, Finding, Report, Sentence, SentenceKind, Severity
from ..core.visible import encodable
from .json_report import FACETS, summary
from .words import count
from .text import _notes

SEVERITIES = (Severity.HIGH, Severity.MEDIUM, Severity.LOW)
KNOWN_FACETS = frozenset(FACETS)


def _asset(name: str) -> str:
    """A file of assets/ (package data), without its final newline."""
    return resources.files(__package__).joinpath("assets", name).read_text(encoding="utf-8").rstrip("\n")


STYLE = _asset("report.css")  # inlined in a <style> element; the CSP allows it by its hash
SCRIPT = _asset("report.js")  # inlined in a <script> element; reads only the data attributes written here


def esc(value: Any) -> str:
    """Text from the report, safe as HTML text or a quoted attribute value."""
    text = "" if value is None else str(value)
    # A lone surrogate cannot be written as UTF-8: shown escaped, as every format does (core/visible.py).
    # NUL is not allowed in HTML: U+FFFD instead.
    text = encodable(text).replace("\x00", "\ufffd")
    return escape(text, quote=True)


def _csp_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def _facet_class(facet: str) -> str:
    return facet if facet in KNOWN_FACETS else "other"


def _sev(f: Finding) -> str:
    return f.severity.value if f.severity in SEVERITIES else "low"


class _Page:
    """Lookups shared by the parts of the page."""

    def __init__(self, report: Report, view: str):
        self.report = report
        self.view = view
        self.findings: Sequence[Finding] = report.findings if view != "align" else ()
        self.pos = {d.id: n for n, d in enumerate(report.documents)}
        self.names = {d.id: d.source for d in report.documents}
        self.sentences = {(s.doc_id, s.index): s for s in report.sentences}
        self.by_doc: dict[str, list[Sentence]] = defaultdict(list)
        for s in report.sentences:
            self.by_doc[s.doc_id].append(s)
        self.statement_of: dict[tuple[str, int], int] = {}
        for k, st in enumerate(report.statements):
            for m in st.members:
                self.statement_of[(m.doc, m.index)] = k
        # the most serious first; omissions after the disputes of the same severity
        self.order = sorted(range(len(self.findings)),
                            key=lambda n: (-self.findings[n].severity.rank, self.findings[n].facet == "omission", n))
        self.spans: dict[tuple[str, int], list[tuple[int, int, int]]] = defaultdict(list)
        self.notes: dict[tuple[str, int], list[tuple[int, str]]] = defaultdict(list)
        self.only_chip: dict[tuple[str, int], int] = {}
        for n, f in enumerate(self.findings):
            if f.facet == "omission" and f.b is None:
                key = (f.a.doc, f.a.index)
                if key in self.sentences:
                    self.only_chip.setdefault(key, n)
                    self.spans[key].append((0, len(self.sentences[key].text), n))
                continue
            pairs = [(f.a, f.b), *f.also]
            for a, b in pairs:
                self._span(a, n)
                self._span(b, n)
            if (f.a.doc, f.a.index) in self.sentences:
                self.notes[(f.a.doc, f.a.index)].append((n, "a"))
            if f.b is not None and (f.b.doc, f.b.index) in self.sentences:
                self.notes[(f.b.doc, f.b.index)].append((n, "b"))

    def _span(self, e: FacetEvidence | None, n: int) -> None:
        if e is None or e.start is None or e.end is None:
            return
        s = self.sentences.get((e.doc, e.index))
        if s is None:
            return
        start, end = max(0, int(e.start)), min(len(s.text), int(e.end))
        if start < end:
            self.spans[(e.doc, e.index)].append((start, end, n))

    def sid(self, doc: str, index: int) -> str:
        return f"s-{self.pos.get(doc, 0)}-{int(index)}"

    def where(self, e: FacetEvidence | None) -> str:
        if e is None:
            return ""
        return f"{esc(self.names.get(e.doc, e.doc))} #{int(e.index)}"

    def label(self, n: int) -> str:
        f = self.findings[n]
        return (f'<span class="tag sev-{_sev(f)}">{esc(f.severity.value)}</span> '
                f'<span class="tag f-{_facet_class(f.facet)}">{esc(f.facet)}</span>')


# ---- the summary ----------------------------------------------------------------------------

def _summary(page: _Page) -> str:
    report = page.report
    counts = summary(report)
    findings = page.findings
    disputes = [f for f in findings if f.facet != "omission"]
    by = {s: sum(1 for f in disputes if f.severity is s) for s in SEVERITIES}
    out = ['<section class="panel" id="summary" aria-label="Summary">', "<h1>Consistency report</h1>"]
    if page.view == "align":
        out.append(f'<p class="lede"><b>{count(counts["aligned_statements"], "aligned statement")}</b> · '
                   f'{counts["single_source_statements"]} told by one source only · alignment view: '
                   f'<code>consistency check</code> compares the facts</p>')
    else:
        out.append(f'<p class="lede"><b>{count(len(disputes), "discrepancy", "discrepancies")}</b> '
                   f'(high {by[Severity.HIGH]}, medium {by[Severity.MEDIUM]}, low {by[Severity.LOW]}) · '
                   f'{count(counts["aligned_statements"], "aligned statement")} · '
                   f'{counts["single_source_statements"]} told by one source only</p>')
    if report.draft is not None and report.draft in page.names:
        out.append(f'<p class="draft">Pre-publish check: the draft <b>{esc(page.names[report.draft])}</b> against '
                   + ", ".join(esc(d.source) for d in report.documents if d.id != report.draft) + "</p>")
    out.append('<ul class="sources">' + "".join(
        f'<li><a href="#doc-{n}">{esc(d.source)}</a> · {esc(d.published.isoformat() if d.published else "no publication date")}'
        f' · <span class="path">{esc(d.path)}</span></li>' for n, d in enumerate(report.documents)) + "</ul>")
    if findings:
        out.append('<div class="top">')
        out.append(_counts_table(counts["findings"]))
        out.append(_filters(page))
        out.append(_legend())
        out.append("</div>")
        out.append('<ol class="flist" aria-label="Findings, most serious first">')
        done: set[int] = set()
        for n in page.order:
            if n in done:
                continue
            f = findings[n]
            if f.facet == "omission" and f.b is None:
                # what one source has alone: one line per source and severity, each statement a link
                group = [m for m in page.order if findings[m].facet == "omission" and findings[m].b is None
                         and findings[m].a.doc == f.a.doc and findings[m].severity is f.severity]
                done.update(group)
                links = ", ".join(
                    f'<a href="#f-{m}" data-finding="{m}" data-facet="{esc(findings[m].facet)}" '
                    f'data-severity="{esc(findings[m].severity.value)}">#{int(findings[m].a.index)}</a>'
                    for m in group)
                out.append(
                    f'<li class="f-omission" data-fs="{" ".join(map(str, group))}" data-facet="{esc(f.facet)}" '
                    f'data-severity="{esc(f.severity.value)}">{page.label(n)} '
                    f'<span class="expl">only {esc(page.names.get(f.a.doc, f.a.doc))} reports '
                    f'{count(len(group), "statement")}:</span> {links}</li>')
                continue
            done.add(n)
            where = page.where(f.a) + (f" ↔ {page.where(f.b)}" if f.b is not None else "")
            if f.also:
                where += " · also " + ", ".join(f"{page.where(a)} ↔ {page.where(b)}" for a, b in f.also)
            out.append(
                f'<li class="f-{_facet_class(f.facet)}" data-finding="{n}" data-fs="{n}" data-facet="{esc(f.facet)}" '
                f'data-severity="{esc(f.severity.value)}"><a href="#f-{n}">{page.label(n)} '
                f'<span class="expl">{esc(f.explanation)}</span>{_accepted(f)}</a><span class="where">{where}</span></li>')
        out.append("</ol>")
    elif page.view != "align":
        out.append('<p class="quiet">No discrepancies found.</p>')
    out.append("</section>")
    return "\n".join(out)


def _counts_table(counts: dict[str, dict[str, int]]) -> str:
    rows = []
    totals = {s.value: 0 for s in SEVERITIES}
    for facet in [*FACETS, *sorted(k for k in counts if k not in KNOWN_FACETS)]:
        row = counts.get(facet, {})
        cells = []
        for s in SEVERITIES:
            v = int(row.get(s.value, 0))
            totals[s.value] += v
            cells.append(f'<td class="zero">0</td>' if v == 0 else f"<td>{v}</td>")
        total = sum(int(row.get(s.value, 0)) for s in SEVERITIES)
        rows.append(f'<tr><td><span class="tag f-{_facet_class(facet)}">{esc(facet)}</span></td>{"".join(cells)}'
                    f'<td>{total}</td></tr>')
    head = "".join(f'<th><span class="tag sev-{s.value}">{s.value}</span></th>' for s in SEVERITIES)
    foot = "".join(f"<td>{totals[s.value]}</td>" for s in SEVERITIES)
    return (f'<table class="counts" aria-label="Findings by facet and severity"><thead><tr><th>facet</th>{head}'
            f'<th>all</th></tr></thead><tbody>{"".join(rows)}</tbody>'
            f'<tfoot><tr><td>all</td>{foot}<td>{sum(totals.values())}</td></tr></tfoot></table>')


def _filters(page: _Page) -> str:
    facets = [*FACETS, *sorted({f.facet for f in page.findings} - KNOWN_FACETS)]
    present = {f.facet for f in page.findings}
    boxes = []
    for facet in facets:
        if facet not in present and facet not in KNOWN_FACETS:
            continue
        boxes.append(f'<label><input type="checkbox" data-filter="facet" value="{esc(facet)}" checked autocomplete="off">'
                     f' <span class="tag f-{_facet_class(facet)}">{esc(facet)}</span></label>')
    sev = "".join(f'<label><input type="checkbox" data-filter="severity" value="{s.value}" checked autocomplete="off">'
                  f' <span class="tag sev-{s.value}">{s.value}</span></label>' for s in SEVERITIES)
    return (f'<form class="filters" aria-label="Filters"><fieldset><legend>Show facets</legend>{"".join(boxes)}</fieldset>'
            f"<fieldset><legend>Show severities</legend>{sev}</fieldset></form>")


def _legend() -> str:
    return ('<div class="legend"><p>Highlights are coloured by facet: <mark class="m f-date sev-low">date</mark> '
            '<mark class="m f-attribution sev-low">attribution</mark> <mark class="m f-claim sev-low">claim</mark>; '
            'underlined by severity: <mark class="m f-date sev-high">high</mark> '
            '<mark class="m f-date sev-medium">medium</mark> <mark class="m f-date sev-low">low</mark>.</p>'
            '<p>Hover or click a sentence to light up the same statement in the other articles; '
            '<span class="chip st">S4</span> names the statement, <span class="chip only">only here</span> '
            'marks what no other source reports.</p></div>')


# ---- the articles side by side --------------------------------------------------------------

def _highlight(page: _Page, s: Sentence) -> str:
    """The sentence text with each disagreeing stretch in a <mark>; overlapping findings share one mark."""
    text = s.text
    spans = page.spans.get((s.doc_id, s.index), [])
    if not spans:
        return esc(text)
    cuts = sorted({0, len(text), *(a for a, _, _ in spans), *(b for _, b, _ in spans)})
    out = []
    for lo, hi in zip(cuts, cuts[1:]):
        covering = sorted({n for a, b, n in spans if a <= lo and hi <= b})
        piece = esc(text[lo:hi])
        if not covering:
            out.append(piece)
            continue
        top = page.findings[min(covering, key=lambda n: (-page.findings[n].severity.rank, n))]
        title = "\n".join(f"[{page.findings[n].severity.value}] {page.findings[n].facet}: {page.findings[n].explanation}"
                          for n in covering)
        out.append(f'<mark class="m f-{_facet_class(top.facet)} sev-{_sev(top)}" data-fs="{" ".join(map(str, covering))}" '
                   f'title="{esc(title)}">{piece}</mark>')
    return "".join(out)


def _accepted(f: Finding) -> str:
    return ' <span class="chip kind" title="listed in the baseline: shown, but never fails a run">accepted</span>' \
        if f.accepted else ""


def _note(page: _Page, n: int, side: str) -> str:
    f = page.findings[n]
    a, b = f.a, f.b
    attrs = (f'class="note sev-{_sev(f)}{" echo" if side == "b" else ""}" data-fs="{n}" '
             f'data-facet="{esc(f.facet)}" data-severity="{esc(f.severity.value)}" '
             f'data-a="{page.sid(a.doc, a.index)}" data-value-a="{esc(a.value)}"')
    if b is not None:
        attrs += f' data-b="{page.sid(b.doc, b.index)}" data-value-b="{esc(b.value)}"'
    if side == "a":
        other = (f' <a href="#{page.sid(b.doc, b.index)}">→ {page.where(b)}</a>' if b is not None else "")
        return f'<span id="f-{n}" {attrs}>{page.label(n)} {esc(f.explanation)}{_accepted(f)}{other}</span>'
    return (f'<span {attrs}>{page.label(n)} {esc(f.explanation)}{_accepted(f)} '
            f'<a href="#f-{n}">→ {page.where(a)}</a></span>')


def _sentence(page: _Page, s: Sentence) -> str:
    key = (s.doc_id, s.index)
    classes = ["s", f"k-{s.kind.value if isinstance(s.kind, SentenceKind) else 'body'}"]
    if s.duplicate_of is not None:
        classes.append("dup")
    k = page.statement_of.get(key)
    st = page.report.statements[k] if k is not None else None
    attrs = f'class="{" ".join(classes)}" id="{page.sid(*key)}"'
    chips = []
    if st is not None and st.score is not None:
        attrs += f' data-st="{k}" tabindex="0"'
        partners = [m for m in st.members if m.doc != s.doc_id]
        title = f"statement {k}, similarity {st.score:.2f}; also told by " + ", ".join(
            f"{page.names.get(m.doc, m.doc)} #{m.index}" for m in partners)
        chips.append(f'<span class="chip st" title="{esc(title)}">S{k}</span>')
    elif st is not None:
        n = page.only_chip.get(key)
        extra = f' id="f-{n}" data-fs="{n}"' if n is not None else ""
        chips.append(f'<span class="chip only"{extra} title="no other source reports this">only here</span>')
    if s.kind is not SentenceKind.BODY:
        chips.append(f'<span class="chip kind">{esc(s.kind.value)}</span>')
    if s.duplicate_of is not None:
        chips.append(f'<span class="chip kind">repeats #{int(s.duplicate_of)}</span>')
    if s.truncated:
        chips.append('<span class="chip kind" title="longer than the model reads: embedded from its start only">'
                     'truncated</span>')
    notes = "".join(_note(page, n, side) for n, side in page.notes.get(key, []))
    return (f'<span {attrs}><span class="idx">{int(s.index)}</span>{_highlight(page, s)}</span>'
            f'{"".join(chips)}{notes}')


def _column(page: _Page, n: int, d: Document) -> str:
    published = d.published.isoformat() if d.published else "no publication date"
    draft = ' <span class="chip st">draft</span>' if page.report.draft == d.id else ""
    head = [f'<header class="colhead"><h2>{esc(d.source)}{draft}</h2>',
            f'<p class="meta">{esc(published)} · <span class="path">{esc(d.path)}</span></p>']
    if d.title:
        head.append(f'<p class="title">{esc(d.title)}</p>')
    if d.url:
        head.append(f'<p class="meta">URL (not a link): <span class="path">{esc(d.url)}</span></p>')
    head.append("</header>")
    paragraphs: list[list[str]] = []
    previous: Sentence | None = None
    for s in page.by_doc.get(d.id, []):
        gap = d.text[previous.end:s.start] if previous is not None else ""
        if previous is None or "\n" in gap or s.kind is SentenceKind.HEADING or previous.kind is SentenceKind.HEADING:
            paragraphs.append([])
        paragraphs[-1].append(_sentence(page, s))
        previous = s
    body = "\n".join('<p class="para">' + " ".join(p) + "</p>" for p in paragraphs)
    return (f'<article class="col" id="doc-{n}" aria-label="{esc(d.source)}">' + "".join(head) + "\n"
            + body + "</article>")


# ---- who says what, alone and together ------------------------------------------------------

def _disputes(page: _Page) -> str:
    """For 3+ sources: for each disputed fact, which value each source gives."""
    if len(page.report.documents) < 3:
        return ""
    groups: dict[tuple[int, str], list[int]] = defaultdict(list)
    for n, f in enumerate(page.findings):
        if f.facet != "omission" and f.b is not None:
            groups[(f.statement, f.facet)].append(n)
    if not groups:
        return ""
    rows = []
    for (k, facet), ids in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1])):
        values: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        for n in ids:
            f = page.findings[n]
            for a, b in [(f.a, f.b), *f.also]:
                for e in (a, b):
                    if e is not None:
                        bucket = values[str(e.value)][e.doc]
                        if e.text:
                            bucket.add(e.text)
        said = {doc for docs in values.values() for doc in docs}
        members = page.report.statements[k].members if 0 <= k < len(page.report.statements) else ()
        silent = sorted({m.doc for m in members} - said, key=lambda doc: page.pos.get(doc, 0))
        items = []
        for value, docs in sorted(values.items(), key=lambda kv: (-len(kv[1]), kv[0])):
            order = sorted(docs, key=lambda doc: page.pos.get(doc, 0))
            words = sorted({w for doc in order for w in docs[doc]})
            shown = f' ({", ".join(f"“{esc(w)}”" for w in words)})' if words else ""
            items.append(f'<li><span class="val">{esc(value)}</span>{shown}: {count(len(order), "source")} — '
                         + ", ".join(esc(page.names.get(doc, doc)) for doc in order) + "</li>")
        if silent:
            items.append('<li class="quiet">no value: ' + ", ".join(esc(page.names.get(doc, doc)) for doc in silent)
                         + "</li>")
        first = min(ids, key=lambda n: (-page.findings[n].severity.rank, n))
        worst = page.findings[first]
        rows.append(f'<tr data-fs="{" ".join(map(str, sorted(ids)))}"><td><a href="#f-{first}">S{int(k)}</a></td>'
                    f'<td><span class="tag sev-{_sev(worst)}">{esc(worst.severity.value)}</span> '
                    f'<span class="tag f-{_facet_class(facet)}">{esc(facet)}</span></td><td><ul>{"".join(items)}</ul></td></tr>')
    return ('<section class="panel" id="disputes"><h2>Disputed facts: who says what</h2>'
            '<table class="disputes"><thead><tr><th>statement</th><th>facet</th><th>what each source says</th></tr></thead>'
            f'<tbody>{"".join(rows)}</tbody></table></section>')


def _alone(page: _Page) -> str:
    blocks = []
    for n, d in enumerate(page.report.documents):
        own = [st for st in page.report.statements if st.score is None and st.members and st.members[0].doc == d.id]
        refs = [m for st in own for m in st.members]
        if not refs:
            blocks.append(f'<div><h3>Only in {esc(d.source)} (0)</h3><p class="quiet">nothing: every statement is '
                          "also in another source</p></div>")
            continue
        items = []
        for m in refs:
            s = page.sentences.get((m.doc, m.index))
            if s is None:
                continue
            items.append(f'<li><a href="#{page.sid(m.doc, m.index)}">#{int(m.index)}</a> {esc(s.text)}</li>')
        blocks.append(f'<div><h3>Only in {esc(d.source)} ({len(items)})</h3><ol>{"".join(items)}</ol></div>')
    return ('<section class="panel" id="alone"><h2>What each source reports alone</h2>'
            f'<div class="alone">{"".join(blocks)}</div></section>')


def _notes_section(report: Report) -> str:
    notes = _notes(report)
    if not notes:
        return ""
    return ('<section class="panel notes" id="notes"><h2>Notes</h2><ul>'
            + "".join(f"<li>{esc(n)}</li>" for n in notes) + "</ul></section>")


def _footer(report: Report) -> str:
    rows = "".join(f"<tr><td>{esc(k)}</td><td>{esc(v)}</td></tr>" for k, v in sorted(report.settings.items()))
    return (f"<footer><p>consistency {esc(report.version)} · one self-contained file: no script, font or image "
            f"is fetched.</p><details><summary>Settings</summary><table>{rows}</table></details></footer>")


def _join(parts: Iterable[str]) -> str:
    return "\n".join(p for p in parts if p)


def render_html(report: Report, view: str = "check") -> str:
    """The report as one self-contained HTML page; `view` "align" leaves out the findings."""
    page = _Page(report, view)
    title = "Consistency report: " + ", ".join(d.source for d in report.documents)
    csp = (f"default-src 'none'; script-src {_csp_hash(SCRIPT)}; style-src {_csp_hash(STYLE)}; "
           "img-src 'none'; font-src 'none'; connect-src 'none'; base-uri 'none'; form-action 'none'")
    columns = "\n".join(_column(page, n, d) for n, d in enumerate(report.documents))
    body = _join([
        _summary(page),
        _disputes(page),
        f'<section class="columns" id="articles" aria-label="The articles side by side">\n{columns}\n</section>',
        _alone(page),
        _notes_section(report),
        _footer(report),
    ])
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">\n'
        '<meta name="referrer" content="no-referrer">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{esc(title)}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"
        f"{body}\n<script>{SCRIPT}</script>\n</body>\n</html>\n"
    )
