"""The Python API as a library user meets it: `consistency.check` / `align`, `Document.from_text`, and what a
`Report` gives back (JSON, plain data, pandas frames, the notebook view)."""

from __future__ import annotations

import csv
import html
import io
import json
import pydoc
import re
import subprocess
import sys
from dataclasses import fields
from datetime import date, datetime, timedelta, timezone

import pytest

import consistency
from consistency.core.settings import Settings

from .conftest import ROOT, SEED, SEED_A, SEED_B

FAST = {"model": "test:hash", "use_facets": False}  # the hash embedder (tests/doubles.py), no spaCy for alignment

WIRE = ("date 2024-03-06\nThe minister resigned on Tuesday, the ministry said. She had led the department "
        "for three years. Twelve officials left with her.")
PAPER = ("date 2024-03-06\nThe minister quit on Wednesday, according to the newspaper. She had run the department "
         "for four years. Twelve officials left with her.")


def _python(code: str) -> str:
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return result.stdout


# ---- importing and help ------------------------------------------------------------------------

def test_import_loads_nothing_heavy_and_lists_the_api():
    out = _python("import sys, consistency; print(sorted(m for m in sys.modules if m.startswith('consistency') "
                  "or m.split('.')[0] in ('torch', 'spacy', 'onnxruntime', 'pandas', 'numpy', 'typer'))); "
                  "print([n for n in dir(consistency) if not n.startswith('_')])")
    imported, names = out.splitlines()
    assert imported == "['consistency']"
    for name in ("check", "align", "Document", "Report", "Settings", "InputError"):
        assert f"'{name}'" in names


def test_help_of_check_explains_every_argument():
    text = pydoc.render_doc(consistency.check, renderer=pydoc.plaintext)
    for name in ("inputs", "against", "sources", "skip_bad", "baseline", *(f.name for f in fields(Settings))):
        assert re.search(rf"\b{name}\b", text), name
    assert "Document.from_text" in text and "to_json" in text and "findings_frame" in text
    assert "Example" in pydoc.render_doc(consistency.Document.from_text, renderer=pydoc.plaintext)


# ---- settings as keywords -----------------------------------------------------------------------

def test_unknown_setting_is_a_type_error_naming_it_and_the_real_ones():
    with pytest.raises(TypeError, match=r"unexpected keyword argument 'link_treshold'.*link_threshold"):
        consistency.check([SEED_A, SEED_B], link_treshold=0.6)


@pytest.mark.parametrize("keywords, error, words", [
    ({"use_facets": "no"}, TypeError, "True or False"),
    ({"link_threshold": "0.6"}, TypeError, "a number"),
    ({"link_threshold": float("nan")}, ValueError, "finite"),
    ({"batch_size": 0}, ValueError, "1 or more"),
    ({"backend": "cuda"}, ValueError, "auto, onnx, onnx-int8, torch"),
])
def test_bad_setting_values_are_refused_before_any_work(keywords, error, words):
    with pytest.raises(error, match=words):
        consistency.align([SEED_A, SEED_B], **keywords)


def test_settings_reach_the_report(monkeypatch):
    monkeypatch.setenv("CONSISTENCY_EXTRA_THRESHOLD", "0.9")  # the environment counts, as on the command line ...
    report = consistency.align(SEED, link_threshold=0.6, backend="AUTO", **FAST)
    assert report.settings["link_threshold"] == 0.6 and report.settings["extra_threshold"] == 0.9
    monkeypatch.setenv("CONSISTENCY_LINK_THRESHOLD", "0.3")  # ... and a keyword beats it
    assert consistency.align(SEED, link_threshold=0.6, **FAST).settings["link_threshold"] == 0.6


# ---- what it reads --------------------------------------------------------------------------------

def test_paths_folders_documents_and_dicts_give_the_same_alignment():
    from_paths = consistency.align([SEED_A, str(SEED_B)], **FAST)
    from_folder = consistency.align(SEED, **FAST)
    texts = [(p.stem, p.read_text(encoding="utf-8")) for p in (SEED_A, SEED_B)]
    from_documents = consistency.align(
        [consistency.Document.from_text(t.split(" ", 3)[3], id=stem, published="2017-03-02") for stem, t in texts],
        **FAST)
    from_dicts = consistency.align([{"id": stem, "text": t.split(" ", 3)[3], "published": "2017-03-02"}
                                    for stem, t in texts], **FAST)
    shape = [[(m.doc, m.index) for m in s.members] for s in from_paths.statements]
    assert shape and [[(m.doc, m.index) for m in s.members] for s in from_folder.statements] == shape
    assert [[(m.doc, m.index) for m in s.members] for s in from_documents.statements] == shape
    assert [[(m.doc, m.index) for m in s.members] for s in from_dicts.statements] == shape
    assert [d.path for d in from_dicts.documents] == ["<document 1>", "<document 2>"]


def test_a_file_and_a_document_in_memory_together():
    draft = consistency.Document.from_text(PAPER.split("\n", 1)[1], source="The Paper", published=date(2024, 3, 6))
    report = consistency.align([SEED_A, draft], **FAST)
    assert {d.source for d in report.documents} == {"The Paper", SEED_A.stem}


def test_a_string_of_article_text_is_pointed_to_document_from_text():
    with pytest.raises(TypeError, match="Document.from_text"):
        consistency.check(["The minister resigned.\nShe left.", SEED_A])


def test_bad_input_raises_the_one_line_input_error(tmp_path):
    missing = tmp_path / "nope.txt"
    with pytest.raises(consistency.InputError, match="nope.txt: does not exist"):
        consistency.check([missing, SEED_A], **FAST)
    with pytest.raises(consistency.InputError, match="only 1 document"):
        consistency.check(SEED_A, **FAST)


def test_sources_name_the_files():
    report = consistency.align([SEED_A, SEED_B], sources={str(SEED_A): "Reuters", SEED_B.name: "AP"}, **FAST)
    assert sorted(d.source for d in report.documents) == ["AP", "Reuters"]
    assert sorted(d.source for d in consistency.align([SEED_A, SEED_B], sources=["X", "Y"], **FAST).documents) == ["X", "Y"]


def test_against_is_the_pre_publish_check_of_the_command_line(write, monkeypatch):
    monkeypatch.setenv("CONSISTENCY_MODEL", "test:hash")
    draft, wire = write("draft.txt", PAPER), write("wire.txt", WIRE)
    result = subprocess.run([sys.executable, "-m", "consistency", "check", str(draft), "--against", str(wire),
                             "-f", "json", "--quiet"], cwd=ROOT, capture_output=True, timeout=300)
    report = consistency.check(draft, against=[wire])
    assert report.draft == "draft" and report.findings
    assert report.to_json().encode("utf-8") == result.stdout
    with pytest.raises(ValueError, match="one draft"):
        consistency.check([draft, wire], against=[SEED_A], **FAST)


def test_a_baseline_marks_what_the_desk_accepted_as_the_command_line_does(write, monkeypatch):
    monkeypatch.setenv("CONSISTENCY_MODEL", "test:hash")
    wire, paper, accepted = write("wire.txt", WIRE), write("paper.txt", PAPER), write("accepted.json", "")
    subprocess.run([sys.executable, "-m", "consistency", "check", str(wire), str(paper), "--write-baseline",
                    str(accepted), "--quiet", "-o", str(write("report.txt", ""))], cwd=ROOT, capture_output=True, timeout=300)
    result = subprocess.run([sys.executable, "-m", "consistency", "check", str(wire), str(paper), "--baseline",
                             str(accepted), "-f", "json", "--quiet"], cwd=ROOT, capture_output=True, timeout=300)
    report = consistency.check([wire, paper], baseline=accepted)
    serious = [f for f in report.findings if f.facet != "omission"]
    assert serious and all(f.accepted for f in serious)
    assert report.to_json().encode("utf-8") == result.stdout
    by_fingerprint = consistency.check([wire, paper], baseline=[serious[0].fingerprint])
    assert [f.accepted for f in by_fingerprint.findings if f.facet != "omission"][:1] == [True]
    assert not any(f.accepted for f in consistency.check([wire, paper]).findings)
    with pytest.raises(TypeError, match="baseline"):
        consistency.check([wire, paper], baseline=[1, 2])


# ---- Document.from_text --------------------------------------------------------------------------

def test_document_from_text_fills_in_id_source_and_path():
    d = consistency.Document.from_text("The minister resigned.", source="Wire Service", published="2024-03-06")
    assert (d.id, d.source, d.path, d.published, d.published_time) == ("wire-service", "Wire Service", "<wire-service>",
                                                                      date(2024, 3, 6), None)
    anonymous = consistency.Document.from_text("The minister resigned.")
    assert anonymous.id.startswith("text-") and anonymous.source == anonymous.id
    assert anonymous.id == consistency.Document.from_text("The minister resigned.").id  # the same every run


def test_document_from_text_keeps_the_clock_time():
    at = datetime(2024, 3, 6, 9, 30, tzinfo=timezone(timedelta(hours=1)))
    assert consistency.Document.from_text("x y.", published=at).published_time == "09:30+01:00"
    assert consistency.Document.from_text("x y.", published="2024-03-06T18:05:10").published_time == "18:05:10"


@pytest.mark.parametrize("kwargs, error, words", [
    ({"text": "   "}, ValueError, "empty"),
    ({"text": "..."}, ValueError, "no words"),
    ({"text": "Fine.", "published": "March 6"}, ValueError, "not an ISO date"),
    ({"text": "Fine.", "published": 20240306}, TypeError, "datetime.date"),
    ({"text": b"bytes"}, TypeError, "str"),
    ({}, TypeError, "text"),
])
def test_document_from_text_refuses_what_it_cannot_use(kwargs, error, words):
    with pytest.raises(error, match=words):
        consistency.Document.from_text(**kwargs)


def test_document_stays_a_frozen_dataclass_built_as_before():
    d = consistency.Document("a", "A", None, "Text.", "a.txt")
    assert d.sentences is None and d.warnings == ()
    with pytest.raises(AttributeError):
        d.text = "other"  # type: ignore[misc]


# ---- what a Report gives back ---------------------------------------------------------------------

@pytest.fixture(scope="module")
def fast_report():
    return consistency.check([SEED_A, SEED_B], **FAST)


def test_to_json_is_the_same_bytes_as_the_command_line(tmp_path, monkeypatch):
    monkeypatch.setenv("CONSISTENCY_MODEL", "test:hash")
    monkeypatch.setenv("CONSISTENCY_USE_FACETS", "0")
    out = tmp_path / "report.json"
    result = subprocess.run([sys.executable, "-m", "consistency", "check", str(SEED_A), str(SEED_B), "-f", "json",
                             "-o", str(out), "--quiet"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode in (0, 1), result.stderr
    report = consistency.check([SEED_A, SEED_B])
    assert report.to_json().encode("utf-8") == out.read_bytes()
    assert report.to_dict() == json.loads(out.read_text(encoding="utf-8"))


def test_render_gives_every_format(fast_report):
    assert fast_report.render().startswith("[000_d87adb77edba6fd7]")
    assert fast_report.render("md").startswith("#")
    assert fast_report.render("csv").startswith('"severity"')
    assert "aligned statement" in consistency.align([SEED_A, SEED_B], **FAST).render()


def test_findings_frame_has_the_csv_columns_and_a_row_per_finding(fast_report):
    frame = fast_report.findings_frame()
    assert len(frame) == len(fast_report.findings) > 0
    header = next(csv.reader(io.StringIO(fast_report.render("csv"))))
    assert list(frame.columns[:len(header)]) == header  # the same columns as `check -f csv`, then a few more
    assert list(frame["fingerprint"]) == [row[header.index("fingerprint")]
                                          for row in list(csv.reader(io.StringIO(fast_report.render("csv"))))[1:]]
    number, first = next(iter(frame.iterrows()))
    finding = fast_report.findings[number]  # the index is the finding's place in report.findings
    assert (first["facet"], first["severity"], first["doc_a"]) == (finding.facet, finding.severity.value, finding.a.doc)
    sentences = {(s.doc_id, s.index): s.text for s in fast_report.sentences}
    assert first["sentence_a"] == sentences[(finding.a.doc, finding.a.index)]
    omissions = frame[frame["facet"] == "omission"]
    assert len(omissions) and omissions["doc_b"].isna().all() and str(frame["sentence_b_index"].dtype) == "Int64"


def test_statements_frame_has_a_row_per_sentence_of_each_statement(fast_report):
    frame = fast_report.statements_frame()
    assert len(frame) == sum(len(s.members) for s in fast_report.statements)
    aligned = frame[frame["documents"] > 1]
    assert len(aligned) and aligned["score"].notna().all() and frame[frame["documents"] == 1]["score"].isna().all()
    texts = {d.id: d.text for d in fast_report.documents}
    row = frame.iloc[0]
    assert texts[row["doc"]][row["start"]:row["end"]] == row["sentence"]


def test_without_pandas_the_frames_say_which_extra_to_install(fast_report, monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)  # import pandas now raises ImportError
    for method in (fast_report.findings_frame, fast_report.statements_frame):
        with pytest.raises(ImportError, match=re.escape("pip install 'consistency[pandas]'")):
            method()


HOSTILE = "<script>alert('x')</script> The minister resigned on Tuesday, the ministry said \"<b>\" & left."


def test_notebook_view_is_the_html_report_in_a_sandboxed_frame():
    hostile = consistency.Document.from_text(HOSTILE, source="<img src=x onerror=alert(1)>", published="2024-03-06")
    report = consistency.check([hostile, consistency.Document.from_text(WIRE.split("\n", 1)[1], source="Wire",
                                                                        published="2024-03-06")], **FAST)
    shown = report._repr_html_()
    frame = re.fullmatch(r'<iframe title="[^"<>]*" sandbox="allow-scripts" style="[^"<>]*" srcdoc="([^"<>]*)"></iframe>',
                         shown)
    assert frame, shown[:300]  # one element, its attributes quoted and free of markup
    assert "allow-same-origin" not in shown
    page = html.unescape(frame.group(1))
    assert page == report.render("html")
    assert "<script>alert" not in page and "<img src=x" not in page  # the page itself escapes the article
    assert "&lt;script&gt;alert" in page


def test_report_stays_frozen(fast_report):
    with pytest.raises(AttributeError):
        fast_report.findings = ()  # type: ignore[misc]


@pytest.mark.e2e
def test_with_the_real_model_the_api_gives_the_report_of_the_command_line(monkeypatch):
    result = subprocess.run([sys.executable, "-m", "consistency", "check", "fixtures/seed", "-f", "json", "--quiet"],
                            cwd=ROOT, capture_output=True, timeout=600)
    assert result.returncode == 1, result.stderr  # the seed pair's high date finding
    monkeypatch.chdir(ROOT)
    report = consistency.check("fixtures/seed")
    assert report.to_json().encode("utf-8") == result.stdout
    high = report.findings_frame().query("severity == 'high'")
    assert list(high["facet"]) == ["date"] and list(high["words_a"]) == ["Wednesday"]
