"""The HTML and CSV reports: escaping of everything from the articles, determinism, structure, formula-injection guard.

Fast: reports come from the pipeline with the hash embedder and no findings (so no spaCy), or are
built by hand with findings.
"""

from __future__ import annotations

import csv
import hashlib
import base64
import io
import re
from dataclasses import replace
from datetime import date
from html.parser import HTMLParser

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from consistency.core.settings import Settings
from consistency.core.visible import encodable
from consistency.load import load_documents
from consistency.pipeline import check
from consistency.report import render
from consistency.report.csv_report import HEADER, guard, render_csv
from consistency.report.html import SCRIPT, STYLE, render_html
from consistency.core.types import (
    Document, FacetEvidence, Finding, Report, Sentence, SentenceRef, Severity, Statement,
)

HOSTILE = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '<a href="javascript:alert(1)">click</a> javascript:alert(1)',
    '"quotes" & <angle> brackets',
    "</style></script><!-- --><![CDATA[ x ]]>",
    "&amp; &lt; &#60; &#x3C;",
]
HOSTILE_SOURCE = '"quotes" & <angle> brackets'


# ---- helpers --------------------------------------------------------------------------------

class Tags(HTMLParser):
    """Every start tag with its attributes, and all text, as the browser's tokenizer would see them."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.data: list[str] = []
        self.script: list[str] = []
        self.style: list[str] = []
        self._in: str | None = None

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in = tag if tag in ("script", "style") else None

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        self._in = None

    def handle_data(self, data):
        if self._in == "script":
            self.script.append(data)
        elif self._in == "style":
            self.style.append(data)
        else:
            self.data.append(data)

    @property
    def text(self) -> str:
        return "".join(self.data)

    def shape(self) -> set[tuple[str, frozenset[str]]]:
        return {(tag, frozenset(attrs)) for tag, attrs in self.tags}


def parse(page: str) -> Tags:
    parser = Tags()
    parser.feed(page)
    parser.close()
    return parser


def pipeline_report(tmp_path, texts: list[str], sources: list[str] | None = None) -> Report:
    """A report from the real pipeline (hash embedder, no facets, no findings): no spaCy, no model."""
    paths = []
    for n, text in enumerate(texts):
        path = tmp_path / f"doc{n}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    documents, warnings = load_documents(paths)
    if sources:  # named here rather than with --source syntax, so that any string can be a name
        by_path = {str(p): name for p, name in zip(paths, sources)}
        documents = [replace(d, source=by_path[d.path]) for d in documents]
    return check(documents, Settings(model="test:hash", use_facets=False), with_findings=False, warnings=warnings)


def add_findings(report: Report) -> Report:
    """Hand-made findings on the report's own statements: a date dispute on each aligned pair, omissions for the rest."""
    sentences = {(s.doc_id, s.index): s for s in report.sentences}
    names = {d.id: d.source for d in report.documents}
    findings = []
    for k, stmt in enumerate(report.statements):
        first = stmt.members[0]
        if stmt.score is None:
            findings.append(Finding("omission", Severity.LOW, k, FacetEvidence(first.doc, first.index, "reported"), None,
                                    f"only {names[first.doc]} reports this", 1.0, "omission"))
            continue
        other = next(m for m in stmt.members if m.doc != first.doc)
        ta, tb = sentences[(first.doc, first.index)].text, sentences[(other.doc, other.index)].text
        findings.append(Finding(
            "date", Severity.HIGH, k,
            FacetEvidence(first.doc, first.index, "2017-03-01", ta[:5], 0, min(5, len(ta))),
            FacetEvidence(other.doc, other.index, "2017-03-02", tb[:5], 0, min(5, len(tb))),
            f"{names[first.doc]} dates it Wednesday; {names[other.doc]} Thursday", 0.9, "date-day"))
    return replace(report, findings=tuple(findings))


def hand_report(a0: str, a1: str, b0: str, b1: str, source_a: str = "Alpha", source_b: str = "Beta",
                path_a: str = "a.txt", path_b: str = "b.txt", explanation: str = "A says X; B says Y",
                value: str = "2017-03-01", url: str | None = None, title: str | None = None) -> Report:
    """Two documents of two sentences each (the first aligned, the second alone) and one finding of each facet."""
    def doc(doc_id, source, path, first, second):
        text = first + " " + second
        return (Document(doc_id, source, date(2017, 3, 2), text, path, title=title, url=url),
                [Sentence(doc_id, 0, first, 0, len(first)),
                 Sentence(doc_id, 1, second, len(first) + 1, len(text))])

    da, sa = doc("A", source_a, path_a, a0, a1)
    db, sb = doc("B", source_b, path_b, b0, b1)
    statements = (
        Statement((SentenceRef("A", 0), SentenceRef("B", 0)), 0.8,
                  ((SentenceRef("A", 0), SentenceRef("B", 0), 0.8),)),
        Statement((SentenceRef("A", 1),), None),
        Statement((SentenceRef("B", 1),), None),
    )

    def ev(doc_id, text, v, start, end):
        return FacetEvidence(doc_id, 0, v, text[start:end], start, end)

    half_a, half_b = max(1, len(a0) // 2), max(1, len(b0) // 2)
    findings = (
        Finding("date", Severity.HIGH, 0, ev("A", a0, value, 0, half_a), ev("B", b0, value + "x", 0, half_b),
                explanation, 0.9, "date-day"),
        Finding("attribution", Severity.MEDIUM, 0, ev("A", a0, value, 0, len(a0)), ev("B", b0, "none", 0, len(b0)),
                explanation, 0.7, "speaker"),
        Finding("claim", Severity.LOW, 0, ev("A", a0, value, 0, half_a), FacetEvidence("B", 0, "none"),
                explanation, 0.5, "number"),
        Finding("omission", Severity.LOW, 1, FacetEvidence("A", 1, "reported"), None, explanation, 1.0, "omission"),
        Finding("omission", Severity.LOW, 2, FacetEvidence("B", 1, "reported"), None, explanation, 1.0, "omission"),
    )
    return Report(documents=(da, db), sentences=tuple(sa + sb), statements=statements, findings=findings,
                  settings={"model": "test:hash"}, warnings=(explanation,), version="0.1.0")


BENIGN = dict(a0="Pelosi spoke on Wednesday.", a1="Only A says this.", b0="Pelosi spoke on Thursday.",
              b1="Only B says this.")

THREE = [
    "Pelosi spoke on Wednesday about the resignation of the attorney general.\n\nThe weather was fine in Washington.",
    "Pelosi spoke on Thursday about the resignation of the attorney general.\n\nThe committee meets next week again.",
    "Pelosi spoke on Wednesday about the resignation of the attorney general.\n\nA third outlet adds a detail here.",
]


# ---- escaping -------------------------------------------------------------------------------

@pytest.mark.parametrize("hostile", HOSTILE)
def test_hostile_article_text_appears_only_escaped(tmp_path, hostile):
    texts = [f" date 2017-03-02 Pelosi spoke on Wednesday. {hostile} Sessions denied it.",
             f" date 2017-03-02 Pelosi spoke on Thursday. {hostile} Sessions denied it again."]
    report = add_findings(pipeline_report(tmp_path, texts, [HOSTILE_SOURCE, "<b>Second</b>"]))
    page = render_html(report)
    parsed = parse(page)
    for s in report.sentences:  # shown to the reader as the characters they are
        assert s.text in parsed.text
    assert "".join(hostile.split()) in "".join("".join(s.text for s in report.sentences).split())
    assert page.count("<script") == 1 and page.count("</script>") == 1
    assert not any(tag in ("img", "a") and "onerror" in attrs for tag, attrs in parsed.tags)
    assert {tag for tag, _ in parsed.tags} <= ALLOWED_TAGS
    assert not any(name.startswith("on") for _, attrs in parsed.tags for name in attrs)
    for tag, attrs in parsed.tags:
        if "href" in attrs:
            assert attrs["href"].startswith("#"), attrs
    assert "<b>Second</b>" not in page and "&lt;b&gt;Second&lt;/b&gt;" in page
    assert HOSTILE_SOURCE not in page and "&quot;quotes&quot; &amp; &lt;angle&gt; brackets" in page


def test_hostile_names_paths_values_and_explanations_are_escaped():
    hostile = "<script>alert(1)</script>"
    report = hand_report(**BENIGN, source_a=HOSTILE_SOURCE, source_b='<img src=x onerror=alert(1)>',
                         path_a='x"><script>alert(1)</script>.txt', explanation=f"A {hostile}", value=f'v"{hostile}',
                         url="javascript:alert(1)", title="<i>title</i>")
    page = render_html(report)
    parsed = parse(page)
    assert "alert(1)</script>" not in page.replace(SCRIPT, "")
    assert [tag for tag, _ in parsed.tags].count("script") == 1
    assert "img" not in {tag for tag, _ in parsed.tags}
    assert "javascript:alert(1)" in parsed.text  # the url is shown as text ...
    assert not any("javascript" in (v or "") for _, attrs in parsed.tags for k, v in attrs.items() if k == "href")
    assert 'data-value-a="v&quot;&lt;script&gt;alert(1)&lt;/script&gt;"' in page
    assert HOSTILE_SOURCE in parsed.text and "<i>title</i>" in parsed.text


ALLOWED_TAGS = {"html", "head", "meta", "title", "style", "body", "section", "h1", "h2", "h3", "p", "b", "ul", "ol",
                "li", "a", "span", "div", "table", "thead", "tbody", "tfoot", "tr", "th", "td", "form", "fieldset",
                "legend", "label", "input", "mark", "article", "header", "footer", "code", "details", "summary",
                "script"}


text_strategy = st.one_of(
    st.text(min_size=1, max_size=60),
    st.lists(st.sampled_from(HOSTILE + ["<", ">", "&", '"', "'", "=", "`", "\u2028", "\x00", "x"]),
             min_size=1, max_size=6).map("".join),
)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(a0=text_strategy, a1=text_strategy, b0=text_strategy, b1=text_strategy, source=text_strategy,
       explanation=text_strategy)
def test_no_markup_from_arbitrary_text(a0, a1, b0, b1, source, explanation):
    benign = parse(render_html(hand_report(**BENIGN)))
    page = render_html(hand_report(a0, a1, b0, b1, source_a=source, path_b=source, explanation=explanation,
                                   value=explanation))
    parsed = parse(page)
    # the same tags with the same attribute names as for a benign report: nothing was injected
    assert parsed.shape() == benign.shape()
    assert "".join(parsed.script) == SCRIPT and "".join(parsed.style) == STYLE
    clean = [encodable(t).replace("\x00", "\ufffd")  # a lone surrogate shown as its escape, as everywhere
             for t in (a0, a1, b0, b1, source)]
    for text in clean:
        assert text in parsed.text


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(words=st.lists(st.one_of(st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=25),
                                st.sampled_from(HOSTILE)), min_size=2, max_size=8))
def test_pipeline_report_of_arbitrary_text_has_only_template_tags(tmp_path, words):
    texts = [" date 2017-03-02 " + " ".join(words) + " end.", " date 2017-03-02 Something else. " + " ".join(words)]
    report = add_findings(pipeline_report(tmp_path, texts, ["".join(words[:2]), "<x>"]))
    parsed = parse(render_html(report))
    assert {tag for tag, _ in parsed.tags} <= ALLOWED_TAGS
    assert [tag for tag, _ in parsed.tags].count("script") == 1
    assert not any(name.startswith("on") for _, attrs in parsed.tags for name in attrs)
    for s in report.sentences:
        assert s.text.replace("\x00", "\ufffd") in parsed.text


# ---- self-contained and deterministic -------------------------------------------------------

def test_self_contained_no_external_reference():
    page = render_html(hand_report(**BENIGN))
    parsed = parse(page)
    assert "link" not in {tag for tag, _ in parsed.tags}
    for _, attrs in parsed.tags:
        assert "src" not in attrs
        assert attrs.get("href", "#").startswith("#")
    assert "url(" not in STYLE and "@import" not in STYLE and "http" not in STYLE + SCRIPT
    assert "fetch(" not in SCRIPT and "XMLHttpRequest" not in SCRIPT and "innerHTML" not in SCRIPT
    # the Content-Security-Policy allows exactly this script and this style, nothing from the network
    csp = next(attrs["content"] for tag, attrs in parsed.tags if tag == "meta" and attrs.get("http-equiv"))
    for code in (SCRIPT, STYLE):
        digest = base64.b64encode(hashlib.sha256(code.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in csp
    assert "default-src 'none'" in csp


def test_same_report_same_bytes(tmp_path):
    texts = [" date 2017-03-02 " + t for t in THREE]
    first = render_html(add_findings(pipeline_report(tmp_path, texts)))
    second = render_html(add_findings(pipeline_report(tmp_path, texts)))
    assert first == second
    assert render_html(hand_report(**BENIGN)) == render_html(hand_report(**BENIGN))
    assert not re.search(r"20\d\d-\d\d-\d\dT\d\d:", first)  # no timestamp


# ---- what the page shows --------------------------------------------------------------------

def test_columns_statements_marks_and_notes():
    report = hand_report(**BENIGN)
    page = render_html(report)
    parsed = parse(page)
    tags = parsed.tags
    columns = [attrs for tag, attrs in tags if tag == "article"]
    assert [c["id"] for c in columns] == ["doc-0", "doc-1"]
    # aligned sentences carry their statement id; single-source ones do not link
    linked = {attrs["id"]: attrs["data-st"] for tag, attrs in tags if "data-st" in attrs}
    assert linked == {"s-0-0": "0", "s-1-0": "0"}
    # the high date finding marks exactly its words, with facet and severity classes and the explanation
    marks = [attrs for tag, attrs in tags if tag == "mark" and "data-fs" in attrs]
    date_marks = [m for m in marks if "0" in m["data-fs"].split()]
    assert date_marks and all("f-date" in m["class"] and "sev-high" in m["class"] for m in date_marks)
    assert all("A says X; B says Y" in m["title"] for m in date_marks)
    assert '<mark class="m f-date sev-high" data-fs="0 1 2"' in page  # overlapping findings share one mark
    assert ">Pelosi spoke </mark>" in page  # the first half of "Pelosi spoke on Wednesday."
    # every summary link has its target in the columns
    ids = {attrs.get("id") for _, attrs in tags}
    links = [attrs["href"] for tag, attrs in tags if tag == "a" and attrs["href"].startswith("#f-")]
    assert set(links) == {f"#f-{n}" for n in range(len(report.findings))} and all(link[1:] in ids for link in links)
    # most serious first in the summary list
    listed = [(attrs["data-severity"], attrs["data-facet"]) for tag, attrs in tags if tag == "li" and "data-fs" in attrs]
    assert listed == [("high", "date"), ("medium", "attribution"), ("low", "claim"), ("low", "omission"),
                      ("low", "omission")]
    assert "only Alpha reports 1 statement: #1" in parsed.text
    # filters for every facet and severity
    boxes = {(attrs["data-filter"], attrs["value"]) for tag, attrs in tags if tag == "input"}
    assert boxes == {("facet", f) for f in ("date", "attribution", "claim", "omission")} | {
        ("severity", s) for s in ("high", "medium", "low")}
    # what each source reports alone
    assert "Only in Alpha (1)" in parsed.text and "Only in Beta (1)" in parsed.text
    # two sources: no who-says-what table
    assert 'id="disputes"' not in page


def test_counts_come_from_the_summary():
    page = parse(render_html(hand_report(**BENIGN))).text
    assert "3 discrepancies (high 1, medium 1, low 1)" in page


def test_offsets_outside_the_sentence_give_no_mark_and_no_error():
    report = hand_report(**BENIGN)
    bad = Finding("claim", Severity.HIGH, 0, FacetEvidence("A", 0, "1", "x", 500, 510),
                  FacetEvidence("B", 0, "2", "y", -5, 0), "out of range", 0.5, "number")
    page = render_html(replace(report, findings=(bad,)))
    assert not [attrs for tag, attrs in parse(page).tags if tag == "mark" and "data-fs" in attrs]
    assert 'id="f-0"' in page


def test_non_body_sentences_are_marked_by_kind(tmp_path):
    texts = [" date 2017-03-02 CALLS TO RESIGN\n\nPelosi spoke on Wednesday about it.",
             " date 2017-03-02 Pelosi spoke on Thursday about it."]
    page = render_html(pipeline_report(tmp_path, texts))
    assert 'class="s k-heading"' in page


def test_three_sources_get_a_who_says_what_table(tmp_path):
    base = pipeline_report(tmp_path, [" date 2017-03-02 " + t for t in THREE], ["One", "Two", "Three"])
    first = next(st for st in base.statements if len({m.doc for m in st.members}) == 3)
    a, b, c = first.members
    texts = {(s.doc_id, s.index): s.text for s in base.sentences}

    def ev(ref, value, word):
        start = texts[(ref.doc, ref.index)].index(word)
        return FacetEvidence(ref.doc, ref.index, value, word, start, start + len(word))

    k = base.statements.index(first)
    findings = (
        Finding("date", Severity.HIGH, k, ev(a, "2017-03-01", "Wednesday"), ev(b, "2017-03-02", "Thursday"),
                "One says Wednesday; Two Thursday", 0.9, "date-day",
                also=((ev(c, "2017-03-01", "Wednesday"), ev(b, "2017-03-02", "Thursday")),)),
    )
    page = render_html(replace(base, findings=findings))
    text = parse(page).text
    assert 'id="disputes"' in page
    assert "2017-03-01 (“Wednesday”): 2 sources — One, Three" in text
    assert "2017-03-02 (“Thursday”): 1 source — Two" in text
    assert [tag for tag, attrs in parse(page).tags if tag == "article"] == ["article"] * 3
    assert page.count('data-fs="0"') >= 4  # summary item, note, echo note, table row, the three marks


def test_align_view_has_columns_and_no_findings(tmp_path):
    report = pipeline_report(tmp_path, [" date 2017-03-02 " + t for t in THREE[:2]])
    page = render(report, "html", view="align")
    tags = parse(page).tags
    assert "alignment view" in page and 'class="col"' in page
    assert not [t for t, _ in tags if t in ("input", "mark")] and 'id="f-' not in page


# ---- CSV ------------------------------------------------------------------------------------

def rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline="")))


def test_csv_one_row_per_finding_with_header_and_empty_b_for_omissions():
    report = hand_report(a0='He said "no", then, yes.\nNew line', **{k: v for k, v in BENIGN.items() if k != "a0"})
    out = rows(render_csv(report))
    assert tuple(out[0]) == HEADER
    body = [dict(zip(HEADER, r)) for r in out[1:]]
    assert len(body) == len(report.findings)
    assert [r["severity"] for r in body] == ["high", "medium", "low", "low", "low"]
    top = body[0]
    assert top["sentence_a"] == 'He said "no", then, yes.\nNew line'
    assert (top["source_a"], top["doc_a"], top["sentence_a_index"], top["value_a"]) == ("Alpha", "A", "0", "2017-03-01")
    assert (top["source_b"], top["value_b"], top["confidence"], top["statement"]) == ("Beta", "2017-03-01x", "0.9", "0")
    omissions = [r for r in body if r["facet"] == "omission"]
    assert len(omissions) == 2
    assert all(r[c] == "" for r in omissions for c in ("source_b", "doc_b", "sentence_b_index", "value_b", "sentence_b"))
    assert render(report, "csv") == render_csv(report)


@pytest.mark.parametrize("evil", ["=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"])
def test_csv_guards_against_formula_injection(evil):
    report = hand_report(a0=evil, a1="x", b0="Pelosi spoke.", b1="y", source_a=evil, explanation=evil, value=evil)
    body = [dict(zip(HEADER, r)) for r in rows(render_csv(report))[1:]]
    top = body[0]
    for column in ("source_a", "value_a", "sentence_a", "explanation"):
        assert top[column] == "'" + evil
    for r in body:
        for cell in r.values():
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))


@settings(max_examples=80, deadline=None)
@given(text=st.text(min_size=1, max_size=40), source=st.text(max_size=20))
def test_csv_round_trips_arbitrary_text(text, source):
    report = hand_report(a0=text, a1="x", b0=text, b1="y", source_a=source, explanation=text)
    out = render_csv(report)
    parsed = rows(out)
    assert all(len(r) == len(HEADER) for r in parsed)
    top = dict(zip(HEADER, parsed[1]))
    assert top["sentence_a"] == guard(text) and top["source_a"] == guard(source) and top["explanation"] == guard(text)
    assert out == render_csv(report)


def test_draft_and_accepted_findings_are_shown():
    report = hand_report(**BENIGN, source_a="Draft <d>")
    accepted = replace(report.findings[0], accepted=True, fingerprint="abc123")
    report = replace(report, draft="A", findings=(accepted, *report.findings[1:]))
    text = parse(render_html(report)).text
    assert "Pre-publish check: the draft Draft <d> against Beta" in text
    assert "accepted" in text
    top = dict(zip(HEADER, rows(render_csv(report))[1]))
    assert (top["accepted"], top["fingerprint"]) == ("yes", "abc123")
