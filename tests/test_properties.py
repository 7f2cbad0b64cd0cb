"""Properties that hold for any input, checked with Hypothesis on a fixed (derandomised) set of examples.

- the loaders never fail except with an `InputError`, and sentence offsets index the loaded text exactly;
- a publication date is a date within 1000-2200 or nothing (the date normaliser's own property is in
  tests/test_dates.py);
- a document aligned with an identical copy gives the identity;
- the report does not depend on the order in which the documents are given;
- the JSON report round-trips through `json.loads` and validates against its schema.

The pipeline runs on the hash embedder (`Settings(model="test:hash", use_facets=False)`); findings use the
real spaCy pipeline.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from importlib import resources

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from consistency.core.settings import Settings
from consistency.core.errors import InputError
from consistency.load import load_bytes, normalise_newlines, parse_date
from consistency.pipeline import check
from consistency.report import render
from consistency.report.json_report import report_dict
from consistency.segment import body, segment
from consistency.core.types import Document

FAST = Settings(model="test:hash", use_facets=False)
CI = settings(max_examples=60, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
CI_SLOW = settings(max_examples=25, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))

# Text that looks like articles some of the time and like anything at all the rest.
ARTICLE_BITS = st.sampled_from([
    "The mayor resigned on Wednesday.", " ", "\n", "\n\n", "\r\n", "\r", "\t", "WASHINGTON: ", "LONDON (Reuters) - ",
    "REUTERS/Kevin Lamarque/File Photo", "Mr. Smith said.", "U.S.", "...", "!", "?", '"', "“", "”", "’", "(", ")",
    "1.", "2)", "\u00a0", "\u200b", "\u2028", "\x1c", "\x1f7", "\ufeff", "é", "e\u0301", "北京", "👍", "a", "CALLS TO RESIGN",
    " date 2017-03-02 ", "---\ntitle: x\n---\n", "<p>", "</p>", "\\", "{", "}", ":", ";",
])
ANY_TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300)
TEXTS = st.one_of(ANY_TEXT, st.lists(st.one_of(ARTICLE_BITS, ANY_TEXT), max_size=40).map("".join))


def assert_offsets(doc: Document) -> None:
    sentences = segment(doc)
    previous = 0
    for i, s in enumerate(sentences):
        assert s.index == i and s.start >= previous
        assert doc.text[s.start:s.end] == s.text
        assert s.text and s.text == s.text.strip()
        previous = s.end


def encode(text: str, fmt: str, encoding: str) -> tuple[bytes, str]:
    if fmt == "json":
        text = json.dumps({"text": text, "id": "x"}, ensure_ascii=encoding == "ascii")
    elif fmt == "jsonl":
        text = json.dumps({"text": text}) + "\n" + json.dumps({"text": "Second document."})
    if encoding == "utf-16":
        return b"\xff\xfe" + text.encode("utf-16-le"), fmt
    if encoding == "utf-8-sig":
        return b"\xef\xbb\xbf" + text.encode("utf-8"), fmt
    return text.encode("utf-8"), fmt


@pytest.mark.parametrize("fmt", ["txt", "md", "json", "jsonl"])
@settings(max_examples=40, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
@given(text=TEXTS, encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "ascii"]))
def test_offsets_index_the_loaded_text_for_any_file(fmt, text, encoding):
    data, suffix = encode(text, fmt, encoding)
    try:
        docs, warnings = load_bytes(data, f"article.{suffix}")
    except InputError as exc:
        assert "\n" not in exc.one_line()
        return
    assert all("\n" not in w for w in warnings)
    for doc in docs:
        assert_offsets(doc)
    if fmt in ("json", "jsonl"):  # the text field arrives whole, only its line endings normalised
        assert docs[0].text == normalise_newlines(text)
    elif fmt == "txt" and " date " not in text[:20] and "\ufeff" not in text:
        assert docs[0].text == normalise_newlines(text)


@CI
@given(st.binary(max_size=2000), st.sampled_from([".txt", ".md", ".json", ".jsonl", ".html"]))
def test_any_bytes_load_or_are_refused_with_an_input_error(data, suffix):
    try:
        docs, _ = load_bytes(data, f"x{suffix}")
    except InputError:
        return
    for doc in docs:
        doc.text.encode("utf-8")  # no lone surrogate gets through
        assert_offsets(doc)


@CI
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=60))
def test_lone_surrogates_in_json_never_reach_the_text(text):
    raw = json.dumps({"text": "Story \ud800 " + text + " \udfff end."})  # escaped as \ud800
    (doc,), _ = load_bytes(raw.encode(), "s.json")
    doc.text.encode("utf-8")
    assert doc.text.startswith("Story \ufffd ")
    assert any("surrogates" in w for w in doc.warnings)


@settings(max_examples=12, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
@given(st.lists(st.sampled_from(["Ships waited offshore and", "the port", "stayed shut", "x", "\n", "!"]),
                min_size=300, max_size=3000).map(" ".join))
def test_offsets_hold_for_runs_longer_than_the_splitter_takes(text):
    doc = Document(id="d", source="d", published=None, text=text, path="d.txt")
    assert_offsets(doc)


@CI
@given(st.one_of(st.none(), st.text(max_size=40), st.integers(), st.floats(), st.booleans(),
                 st.dates().map(str), st.datetimes().map(lambda d: d.isoformat()),
                 st.lists(st.integers(), max_size=3), st.dictionaries(st.text(max_size=3), st.integers(), max_size=2)))
def test_a_publication_date_is_a_sane_date_or_none_and_never_raises(value):
    warnings: list[str] = []
    found = parse_date(value, "x.json", warnings)
    assert found is None or (isinstance(found, date) and 1000 <= found.year <= 2200)
    if found is None and value not in (None, ""):
        assert len(warnings) == 1 and "\n" not in warnings[0]


# --------------------------------------------------------------------------------------------
# The pipeline
# --------------------------------------------------------------------------------------------

SUBJECTS = ["The mayor", "Senator Jeff Sessions", "Nancy Pelosi", "The company", "Police", "The ministry"]
VERBS = ["announced", "denied", "confirmed", "said", "reported", "rejected"]
OBJECTS = ["a plan to close the bridge", "that 12 people were hurt", "the report", "a new budget of $5 million",
           "talks with the union", "that the fire started at night"]
TIMES = ["on Monday", "on Wednesday", "last year", "on March 1, 2017", "in 2016", ""]
CREDITS = ["", ", according to AP", ", Reuters reported", ', a spokeswoman said', ", the Washington Post said"]


@st.composite
def sentences(draw) -> str:
    parts = [draw(st.sampled_from(SUBJECTS)), draw(st.sampled_from(VERBS)), draw(st.sampled_from(OBJECTS)),
             draw(st.sampled_from(TIMES))]
    return " ".join(p for p in parts if p) + draw(st.sampled_from(CREDITS)) + "."


def _key(sentence: str) -> tuple[str, ...]:
    import re

    return tuple(re.findall(r"\w+", sentence.lower()))


ARTICLES = st.lists(sentences(), min_size=1, max_size=8, unique_by=_key).map(" ".join)


def _doc(doc_id: str, text: str, published: date | None = date(2017, 3, 2)) -> Document:
    return Document(id=doc_id, source=doc_id.upper(), published=published, text=text, path=f"{doc_id}.txt")


@CI
@given(ARTICLES, st.sampled_from([date(2017, 3, 2), None]))
def test_a_document_aligned_with_its_copy_is_the_identity(text, published):
    a = _doc("a", text, published)
    report = check([a, replace(a, id="b", path="b.txt")], FAST, with_findings=False)
    bodies = body(list(report.sentences))
    assert len(report.statements) == len(bodies) // 2
    for statement in report.statements:
        (da, ia), (db, ib) = [(m.doc, m.index) for m in statement.members]
        assert (da, db) == ("a", "b") and ia == ib
        assert statement.score == pytest.approx(1.0, abs=1e-4)


@st.composite
def story(draw) -> list[Document]:
    """Two to four articles sharing some sentences, some of them told differently (day, source, number)."""
    pool = draw(st.lists(sentences(), min_size=2, max_size=8, unique_by=_key))
    n = draw(st.integers(2, 4))
    docs = []
    for k in range(n):
        chosen = draw(st.lists(st.sampled_from(pool), min_size=1, max_size=6, unique=True))
        variants = [s.replace("Monday", "Tuesday") if draw(st.booleans()) else s for s in chosen]
        published = draw(st.sampled_from([date(2017, 3, 2), date(2017, 3, 3), None]))
        docs.append(_doc(f"doc{k}", " ".join(variants), published))
    return docs


def _schema() -> dict:
    return json.loads(resources.files("consistency.report").joinpath("schema.json").read_text())


@CI_SLOW
@given(story(), st.randoms(use_true_random=False))
def test_the_report_does_not_depend_on_the_order_of_the_documents(docs, rng):
    shuffled = list(docs)
    rng.shuffle(shuffled)
    first = check(docs, FAST, with_findings=True)
    second = check(shuffled, FAST, with_findings=True)
    assert first.statements == second.statements
    assert first.findings == second.findings
    assert render(first, "json") == render(second, "json")


@CI_SLOW
@given(story(), st.booleans())
def test_the_json_report_round_trips_and_validates(docs, with_findings):
    report = check(docs, FAST, with_findings=with_findings)
    rendered = render(report, "json")
    loaded = json.loads(rendered)
    assert loaded == json.loads(json.dumps(report_dict(report)))
    jsonschema.validate(loaded, _schema())
    texts = {d["id"]: d["text"] for d in loaded["documents"]}
    for s in loaded["sentences"]:
        assert texts[s["doc"]][s["start"]:s["end"]] == s["text"]
