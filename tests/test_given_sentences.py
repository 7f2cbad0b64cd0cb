"""Already-split text: a `sentences` list in JSON / JSON Lines input or in a `Document` is used as given, one
sentence each, with offsets into the document's text; a list that is not one of non-empty strings is refused."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from typer.testing import CliRunner

import consistency
from consistency.cli import app
from consistency.segment import segment

runner = CliRunner()
FAST = ["--model", "test:hash", "--no-facets"]

# pysbd would cut the first one after "Mr." or "U.S."; the second, a short line without a full stop, would be a
# heading; the third has no sentence end at all.
SPLIT = ["Mr. Smith of the U.S. Treasury said on Tuesday that 12 banks had failed.",
         "Banks closed early",
         "Officials met late into the night and no agreement was reached",
         "Banks closed early"]
OTHER = ["The Treasury said 14 banks failed on Tuesday.", "Officials met all night without agreement."]


def _align_json(*paths, args=()):
    result = runner.invoke(app, ["align", *map(str, paths), "-f", "json", *FAST, *args])
    return result, (json.loads(result.stdout) if result.exit_code == 0 else None)


def _sentences_of(data, doc):
    return [s for s in data["sentences"] if s["doc"] == doc]


def test_json_sentences_are_used_as_given_with_offsets(write):
    story = write("story.json", json.dumps([{"id": "wire", "sentences": SPLIT, "published": "2024-03-05"},
                                            {"id": "paper", "text": " ".join(OTHER)}]))
    result, data = _align_json(story)
    assert result.exit_code == 0, result.output
    wire = _sentences_of(data, "wire")
    assert [s["text"] for s in wire] == SPLIT
    assert {s["kind"] for s in wire} == {"body"}
    assert [s["duplicate_of"] for s in wire] == [None, None, None, 1]  # a repeat is kept once, as in any article
    text = next(d["text"] for d in data["documents"] if d["id"] == "wire")
    assert text == "\n".join(SPLIT)
    assert all(text[s["start"]:s["end"]] == s["text"] for s in wire)


def test_jsonl_sentences_with_their_text_keep_the_text(write):
    text = "  Mr. Smith of the U.S. Treasury said on Tuesday that 12 banks had failed.  Banks closed early.\n"
    given = ["Mr. Smith of the U.S. Treasury said on Tuesday", "that 12 banks had failed.", "Banks closed early."]
    lines = [json.dumps({"id": "wire", "text": text, "sentences": given}), json.dumps({"id": "paper", "text": " ".join(OTHER)})]
    result, data = _align_json(write("story.jsonl", "\n".join(lines) + "\n"))
    assert result.exit_code == 0, result.output
    wire = _sentences_of(data, "wire")
    assert [s["text"] for s in wire] == given
    assert next(d["text"] for d in data["documents"] if d["id"] == "wire") == text
    starts = [2, text.index("that"), text.index("Banks")]
    assert [(s["start"], s["end"]) for s in wire] == [(a, a + len(g)) for a, g in zip(starts, given)]


def test_a_long_given_sentence_is_not_reported_as_cut(write):
    long_one = "word " * 1500 + "end."
    story = write("story.json", json.dumps([{"id": "a", "sentences": [long_one, "Short one."]},
                                            {"id": "b", "sentences": ["Short one.", "Another."]}]))
    result, data = _align_json(story)
    assert result.exit_code == 0, result.output
    assert not any("without a sentence end" in w for w in data["warnings"])
    assert len(_sentences_of(data, "a")) == 2


@pytest.mark.parametrize("value, words", [
    ([], "'sentences' is an empty list"),
    ("One sentence.", "'sentences' is str"),
    ({"0": "One."}, "'sentences' is dict"),
    (["One.", ""], "sentence 2 is empty"),
    (["One.", "   "], "sentence 2 is empty"),
    (["One.", 2], "sentence 2 is int"),
    (["One.", ["Two."]], "sentence 2 is list"),
])
def test_bad_sentences_stop_with_one_line(write, value, words):
    story = write("story.jsonl", json.dumps({"id": "a", "sentences": value}) + "\n"
                  + json.dumps({"id": "b", "text": "Fine. Text."}) + "\n")
    result = runner.invoke(app, ["align", str(story), *FAST])
    assert result.exit_code == 2, result.output
    message = result.stderr.strip()
    assert "\n" not in message and "Traceback" not in result.output
    assert message.startswith("error: ") and str(story) in message and "line 1" in message and words in message


def test_sentences_not_in_the_text_are_refused(write):
    story = write("story.json", json.dumps([{"id": "a", "text": "One. Two.", "sentences": ["One.", "Three."]},
                                            {"id": "b", "text": "Fine."}]))
    result = runner.invoke(app, ["check", str(story), "--model", "test:hash"])
    assert result.exit_code == 2, result.output
    assert "document 1: sentence 2 'Three.' is not in 'text' after sentence 1" in result.stderr


def test_skip_bad_leaves_out_a_line_with_bad_sentences(write):
    story = write("story.jsonl", "\n".join([json.dumps({"id": "a", "sentences": ["One.", None]}),
                                            json.dumps({"id": "b", "text": "Fine. Text."}),
                                            json.dumps({"id": "c", "sentences": ["Fine.", "More text."]})]) + "\n")
    result, data = _align_json(story, args=["--skip-bad"])
    assert result.exit_code == 0, result.output
    assert [d["id"] for d in data["documents"]] == ["b", "c"]
    assert any("line 1" in w and "sentence 2 is NoneType" in w for w in data["warnings"])


def test_a_document_in_python_takes_sentences_too():
    wire = consistency.Document.from_text(sentences=SPLIT, source="Wire", published="2024-03-05")
    paper = consistency.Document.from_text(" ".join(OTHER), source="Paper", sentences=OTHER)
    report = consistency.align([wire, paper], model="test:hash", use_facets=False)
    assert [s.text for s in report.sentences if s.doc_id == "wire"] == SPLIT
    assert wire.sentences == tuple(SPLIT)
    assert {s.kind.value for s in report.sentences} == {"body"}


@pytest.mark.parametrize("sentences, words", [
    ("One. Two.", "not a list"),
    (["One.", ""], "sentence 2 is empty"),
    ([], "empty list"),
])
def test_bad_sentences_in_python_are_a_value_error(sentences, words):
    with pytest.raises(ValueError, match=words):
        consistency.Document.from_text(sentences=sentences)
    with pytest.raises(ValueError, match=words):
        consistency.align([{"id": "a", "sentences": sentences}, {"id": "b", "text": "Fine."}], model="test:hash")


@settings(max_examples=60, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
@given(st.lists(st.text(min_size=1, max_size=40).filter(lambda t: any(c.isalnum() for c in t)), min_size=1, max_size=8))
def test_any_given_sentences_come_back_one_each_with_offsets(sentences):
    document = consistency.Document.from_text(sentences=sentences, source="Any")
    split = segment(document)
    assert [s.text for s in split] == [t.strip().replace("\r\n", "\n").replace("\r", "\n") for t in sentences]
    assert all(document.text[s.start:s.end] == s.text for s in split)


def test_a_document_built_directly_checks_its_sentences():
    with pytest.raises(ValueError, match="sentence 2 'Three.' is not in 'text'"):
        consistency.Document("a", "A", None, "One. Two.", "a.txt", sentences=("One.", "Three."))


@pytest.mark.e2e
def test_given_sentences_are_checked_with_the_real_model(write):
    story = write("story.json", json.dumps([
        {"id": "wire", "source": "Wire", "published": "2024-03-06",
         "sentences": ["The Treasury said on Tuesday that 12 banks had failed.", "Officials met late into the night."]},
        {"id": "paper", "source": "Paper", "published": "2024-03-06",
         "sentences": ["The Treasury said on Tuesday that 14 banks had failed.", "Officials met late into the night."]},
    ]))
    result = runner.invoke(app, ["check", str(story), "-f", "json"])
    assert result.exit_code == 1, result.output  # 12 banks against 14: a high finding
    findings = json.loads(result.stdout)["findings"]
    assert [(f["severity"], f["a"]["value"], f["b"]["value"]) for f in findings] == [("high", "14 banks", "12 banks")]


def test_a_given_sentence_that_is_only_a_date_is_aligned_but_not_compared(write):
    """A corpus's page stamp ("May 03 , 2013", "21 July 2013 Last updated at 11 : 11 GMT") tells no event: two
    outlets' stamps a day apart are no date clash."""
    from consistency import pipeline
    from consistency.core.settings import load_settings

    stamps = [("May 03 , 2013", "May 2 , 2013"), ("21 July 2013 Last updated at 11 : 11 GMT", "22 July 2013 , 09 : 40 AM")]
    for a, b in stamps:
        records = [{"id": "wire", "sentences": [a, "The actress checked into a clinic on Thursday ."], "published": "2013-05-03"},
                   {"id": "paper", "sentences": [b, "The actress checked into a clinic on Thursday ."], "published": "2013-05-03"}]
        documents, warnings = pipeline.load_records(records, "story.json", "story")
        report = pipeline.check(documents, load_settings(), warnings=warnings)
        assert [s.kind.value for s in report.sentences if s.doc_id == "wire"] == ["body", "body"]
        assert [f for f in report.findings if f.facet == "date"] == [], (a, b)
