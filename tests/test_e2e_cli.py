"""End to end through the command line on the real models: facets, truncation, missing dates, formats."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from .conftest import ROOT, SEED, SEED_A

pytestmark = pytest.mark.e2e


def _run(*args: str):
    return subprocess.run([sys.executable, "-m", "consistency", *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=600)


def test_facets_command_shows_normalised_dates_and_sources():
    result = _run("facets", str(SEED_A))
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "2017-03-01" in out and "Wed 1 Mar 2017" in out  # "on Wednesday" in a Thursday article
    assert "Associated Press" in out  # "according to AP"
    assert "relay" in out and "speaker" in out


def test_facets_json_lists_every_sentence():
    result = _run("facets", str(SEED_A), "--format", "json")
    data = json.loads(result.stdout)
    assert data["documents"][0]["published"] == "2017-03-02"
    dates = [f["value"]["value"] for s in data["sentences"] for f in s["facets"] if f["kind"] == "date"]
    assert "2016" in dates  # "last year"


def test_missing_publication_date_leaves_relative_dates_unresolved(write):
    a = write("a.txt", "The mayor resigned on Wednesday, officials said. The council will meet on January 10, 2017.")
    b = write("b.txt", " date 2017-01-06 The mayor resigned on Thursday, officials said. "
                       "The council will meet on January 10, 2017.")
    result = _run("check", str(a), str(b), "--format", "json", "--fail-on", "never")
    report = json.loads(result.stdout)
    dates = {(f["doc"], f["index"]): [x["value"] for x in f["facets"] if x["kind"] == "date"] for f in report["facets"]}
    a_first = dates[("a", 0)][0]
    assert a_first["resolved"] is False and a_first["value"] is None
    assert any(v["value"] == "2017-01-10" for v in dates[("a", 1)])  # absolute dates still resolve
    assert not [f for f in report["findings"] if f["facet"] == "date"]  # unresolved never disagrees


def test_a_sentence_longer_than_the_model_reads_is_marked(write):
    words = " ".join(f"word{i}" for i in range(400))
    a = write("a.txt", f"The storm closed the port on Monday. {words} ended the list.")
    b = write("b.txt", "The storm closed the port on Monday. Ships waited offshore.")
    result = _run("align", str(a), str(b), "--format", "json")
    report = json.loads(result.stdout)
    truncated = [s for s in report["sentences"] if s["truncated"]]
    assert [s["doc"] for s in truncated] == ["a"]
    text = _run("align", str(a), str(b)).stdout
    assert "embedded from its start only" in text


def test_repeated_caption_is_reported_once():
    text = _run("align", str(SEED)).stdout
    assert "repeats #0 word for word (caption); kept once" in text
