"""A self-contained HTML report: the articles side by side, aligned statements linked, every finding highlighted on its words.

One file, CSS and script inline, no network request (a Content-Security-Policy with hashes forbids
any other script, style or resource). Every piece of text that comes from the report (article
text, file names, source names, values, explanations, warnings) goes through `esc()`; the script
reads only data attributes the template writes (statement and finding numbers), never article text.
"""

from __future__ import annotations

import base64
import hashlib
from collections import defaultdict
from html import escape
from typing import Any, Iterable, Sequence

from ..core.types import Document, FacetEvidence, Finding, Report, Sentence, SentenceKind, Severity
from .json_report import FACETS, summary
from .text import _notes

SEVERITIES = (Severity.HIGH, Severity.MEDIUM, Severity.LOW)
KNOWN_FACETS = frozenset(FACETS)

STYLE = """
:root{--ink:#1f2933;--muted:#6b7280;--line:#d9dee5;--paper:#fff;--bg:#f5f6f8;
--date:#dbeafe;--date-ink:#1d4ed8;--attribution:#ede4ff;--attribution-ink:#6d28d9;
--claim:#ffe8cc;--claim-ink:#b45309;--omission:#eef1f4;--omission-ink:#52606d;--other:#fdf3b5;--other-ink:#8a6d00;
--high:#b91c1c;--medium:#d97706;--low:#7b8794;--link:#0369a1}
*{box-sizing:border-box}
html{background:var(--bg);color:var(--ink);font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
body{margin:0 auto;padding:1.2rem 1.5rem 3rem;max-width:110rem}
h1{font-size:1.45rem;margin:0 0 .2rem}
h2{font-size:1.1rem;margin:0 0 .4rem}
h3{font-size:.95rem;margin:.2rem 0 .3rem}
a{color:var(--link)}
code,.path{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.85em;word-break:break-all}
.panel{background:var(--paper);border:1px solid var(--line);border-radius:8px;padding:1rem 1.2rem;margin:0 0 1rem}
.lede{margin:.1rem 0 .8rem;font-size:1.05rem}
.lede b{font-weight:650}
.sources{margin:0 0 .8rem;padding:0;list-style:none;color:var(--muted);font-size:.9rem}
.top{display:flex;flex-wrap:wrap;gap:1rem 2.5rem;align-items:flex-start}
table{border-collapse:collapse}
.counts th,.counts td{padding:.2rem .65rem;border-bottom:1px solid var(--line);text-align:right}
.counts th:first-child,.counts td:first-child{text-align:left}
.counts td.zero{color:#b8c0cc}
.counts tfoot td{font-weight:650;border-bottom:0}
.filters{display:none;font-size:.92rem}
.js .filters{display:block}
.filters fieldset{border:0;margin:0 0 .4rem;padding:0}
.filters legend{font-weight:650;padding:0;margin-bottom:.15rem}
.filters label{display:inline-flex;align-items:center;gap:.3rem;margin:0 .9rem .2rem 0;cursor:pointer}
.legend{font-size:.85rem;color:var(--muted);max-width:26rem}
.legend p{margin:.15rem 0}
.tag{display:inline-block;border-radius:4px;padding:0 .38rem;font-size:.74rem;font-weight:650;line-height:1.45rem;letter-spacing:.02em;text-transform:uppercase;white-space:nowrap;vertical-align:1px}
.tag.sev-high{background:var(--high);color:#fff}
.tag.sev-medium{background:var(--medium);color:#fff}
.tag.sev-low{background:#e4e7eb;color:#3e4c59}
.tag.f-date{background:var(--date);color:var(--date-ink)}
.tag.f-attribution{background:var(--attribution);color:var(--attribution-ink)}
.tag.f-claim{background:var(--claim);color:var(--claim-ink)}
.tag.f-omission{background:var(--omission);color:var(--omission-ink)}
.tag.f-other{background:var(--other);color:var(--other-ink)}
.flist{margin:.8rem 0 0;padding:0;list-style:none;columns:2 34rem;column-gap:2rem}
.flist li{break-inside:avoid;padding:.28rem 0;border-top:1px solid #eef0f3}
.flist li a{text-decoration:none;color:inherit}
.flist li a:hover .expl{text-decoration:underline}
.flist .where{display:block;color:var(--muted);font-size:.82rem;margin-left:.2rem}
.flist li.f-omission{color:var(--muted);font-size:.9rem}
.off{display:none!important}
mark.m.off{display:inline!important;background:none!important;border-bottom:0!important;padding:0}
.columns{display:flex;gap:1rem;align-items:flex-start;overflow-x:auto;padding-bottom:.4rem}
.col{flex:1 1 0;min-width:20rem;background:var(--paper);border:1px solid var(--line);border-radius:8px;padding:0 1.1rem 1rem}
.colhead{position:sticky;top:0;background:var(--paper);border-bottom:2px solid var(--ink);padding:.75rem 0 .45rem;margin-bottom:.6rem;z-index:1}
.colhead h2{margin:0;font-size:1.15rem;word-break:break-word}
.colhead .meta{margin:.1rem 0 0;color:var(--muted);font-size:.85rem}
.colhead .title{margin:.2rem 0 0;font-style:italic}
.para{margin:0 0 .75rem}
.s{border-radius:3px;transition:background .12s}
.s[data-st]{cursor:pointer}
.s.hl{background:#e0f2fe;box-shadow:0 0 0 2px #7dd3fc}
.s.pin{background:#bae6fd;box-shadow:0 0 0 2px #0284c7}
.s:focus{outline:2px solid #0284c7;outline-offset:1px}
.s.k-heading{display:block;color:var(--muted);font-size:.8rem;font-weight:700;letter-spacing:.06em;margin-top:.3rem}
.s.k-dateline,.s.k-caption,.s.k-credit{color:var(--muted);font-size:.82rem}
.s.k-caption,.s.k-credit{font-style:italic}
.s.dup{text-decoration:line-through;text-decoration-color:#c5ccd6}
.idx{color:#9aa5b1;font-size:.68rem;font-weight:600;margin-right:.15rem;vertical-align:.25em;user-select:none}
.chip{display:inline-block;font-size:.68rem;font-weight:650;border-radius:9px;padding:0 .4rem;margin:0 .2rem;line-height:1.2rem;vertical-align:.1em;white-space:nowrap;user-select:none}
.chip.st{background:#e0f2fe;color:#075985}
.chip.only{background:var(--omission);color:var(--omission-ink);border:1px dashed #9aa5b1}
.chip.kind{background:#f1f3f5;color:var(--muted)}
mark.m{color:inherit;border-radius:2px;padding:0 1px}
mark.f-date{background:var(--date)}
mark.f-attribution{background:var(--attribution)}
mark.f-claim{background:var(--claim)}
mark.f-other{background:var(--other)}
mark.m.f-omission{background:#f1f3f5;border-bottom:0}
mark.sev-high{border-bottom:3px solid var(--high);font-weight:600}
mark.sev-medium{border-bottom:2px solid var(--medium)}
mark.sev-low{border-bottom:1px dashed var(--low)}
.note{display:block;margin:.3rem 0 .45rem;padding:.3rem .55rem;border-left:4px solid var(--low);background:#f8f9fb;font-size:.86rem;line-height:1.4;border-radius:0 4px 4px 0}
.note.sev-high{border-left-color:var(--high);background:#fdf2f2}
.note.sev-medium{border-left-color:var(--medium);background:#fef8ee}
.note.echo{opacity:.85}
.note a{white-space:nowrap}
:target{scroll-margin-top:6rem}
.note:target,.chip:target{box-shadow:0 0 0 3px #0284c7}
.alone{display:flex;flex-wrap:wrap;gap:1rem 2rem}
.alone>div{flex:1 1 22rem}
.alone ol{margin:0;padding-left:1.2rem;font-size:.92rem}
.alone li{margin:.2rem 0}
.disputes th,.disputes td{padding:.35rem .6rem;border-bottom:1px solid var(--line);text-align:left;vertical-align:top;font-size:.92rem}
.disputes ul{margin:0;padding-left:1rem}
.val{font-weight:650}
.quiet{color:var(--muted)}
.notes{font-size:.88rem;color:var(--muted)}
.notes ul{margin:.2rem 0;padding-left:1.2rem}
footer{color:var(--muted);font-size:.8rem;margin-top:1.5rem}
footer table td{padding:0 .8rem 0 0}
@media print{.filters{display:none!important}.colhead{position:static}}
""".strip()

SCRIPT = """
(function(){
var d=document;d.documentElement.classList.add('js');
function all(sel){return Array.prototype.slice.call(d.querySelectorAll(sel));}
var groups={},pinned=null;
all('.s[data-st]').forEach(function(e){(groups[e.dataset.st]=groups[e.dataset.st]||[]).push(e);});
function light(st,cls,on){(groups[st]||[]).forEach(function(e){e.classList.toggle(cls,on);});}
function pin(st){if(pinned!==null){light(pinned,'pin',false);}pinned=(pinned===st)?null:st;if(pinned!==null){light(pinned,'pin',true);}}
all('.s[data-st]').forEach(function(e){var st=e.dataset.st;
e.addEventListener('mouseenter',function(){light(st,'hl',true);});
e.addEventListener('mouseleave',function(){light(st,'hl',false);});
e.addEventListener('focus',function(){light(st,'hl',true);});
e.addEventListener('blur',function(){light(st,'hl',false);});
e.addEventListener('click',function(ev){if(ev.target.closest('a')){return;}pin(st);});
e.addEventListener('keydown',function(ev){if(ev.key==='Enter'||ev.key===' '){ev.preventDefault();pin(st);}});});
var info={};
all('[data-finding]').forEach(function(e){info[e.dataset.finding]=[e.dataset.facet,e.dataset.severity];});
function apply(){var on={};
all('input[data-filter]').forEach(function(c){on[c.dataset.filter+'\\u0000'+c.value]=c.checked;});
function shown(id){var i=info[id];if(!i){return true;}return on['facet\\u0000'+i[0]]!==false&&on['severity\\u0000'+i[1]]!==false;}
all('[data-fs]').forEach(function(e){e.classList.toggle('off',!e.dataset.fs.split(' ').some(shown));});}
all('input[data-filter]').forEach(function(c){c.addEventListener('change',apply);});
apply();
})();
""".strip()


def esc(value: Any) -> str:
    """Text from the report, safe as HTML text or a quoted attribute value."""
    text = "" if value is None else str(value)
    # A lone surrogate cannot be written as UTF-8, and NUL is not allowed in HTML: show U+FFFD instead.
    text = text.encode("utf-8", "surrogatepass").decode("utf-8", "replace").replace("\x00", "\ufffd")
    return escape(text, quote=True)


def _csp_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def _facet_class(facet: str) -> str:
    return facet if facet in KNOWN_FACETS else "other"


def _sev(f: Finding) -> str:
    return f.severity.value if f.severity in SEVERITIES else "low"


def _plural(n: int, word: str, plural: str | None = None) -> str:
    return f"{n} {word if n == 1 else (plural or word + 's')}"


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
        out.append(f'<p class="lede"><b>{_plural(counts["aligned_statements"], "aligned statement")}</b> · '
                   f'{counts["single_source_statements"]} told by one source only · alignment view: '
                   f'<code>consistency check</code> compares the facts</p>')
    else:
        out.append(f'<p class="lede"><b>{_plural(len(disputes), "discrepancy", "discrepancies")}</b> '
                   f'(high {by[Severity.HIGH]}, medium {by[Severity.MEDIUM]}, low {by[Severity.LOW]}) · '
                   f'{_plural(counts["aligned_statements"], "aligned statement")} · '
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
                    f'{_plural(len(group), "statement")}:</span> {links}</li>')
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
            items.append(f'<li><span class="val">{esc(value)}</span>{shown}: {_plural(len(order), "source")} — '
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
