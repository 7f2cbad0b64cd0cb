"""Fingerprints and baseline files, without models."""

from __future__ import annotations

import json

import pytest

from consistency.compare.fingerprint import fingerprint
from consistency.workflows.baseline import apply_baseline, failing, read_baseline, render_baseline
from consistency.core.errors import InputError
from consistency.core.types import Document, FacetEvidence, Finding, Report, Sentence, Severity


def _report(draft_sentence: str, index: int) -> Report:
    docs = (Document("a", "Wire", None, "x", "a.txt"), Document("b", "Draft", None, "y", "b.txt"))
    sentences = (Sentence("a", 0, "The fire started on Tuesday.", 0, 28),
                 Sentence("b", index, draft_sentence, 0, len(draft_sentence)))
    finding = Finding("date", Severity.HIGH, 0, FacetEvidence("a", 0, "2022-03-08"),
                      FacetEvidence("b", index, "2022-03-09"), "Wire dates it Tue; Draft Wed", 0.9, kind="date-day")
    by_ref = {(s.doc_id, s.index): s for s in sentences}
    finding = Finding(**{**finding.__dict__, "fingerprint": fingerprint(finding, by_ref)})
    return Report(documents=docs, sentences=sentences, statements=(), findings=(finding,))


def test_fingerprint_ignores_position_and_whitespace_but_not_wording():
    first = _report("The fire started on Wednesday.", 3).findings[0].fingerprint
    moved = _report("The fire  started on\nWednesday.", 7).findings[0].fingerprint
    reworded = _report("The blaze started on Wednesday.", 3).findings[0].fingerprint
    assert first == moved
    assert first != reworded


def test_baseline_round_trip_accepts_and_stops_failing(tmp_path):
    report = _report("The fire started on Wednesday.", 3)
    assert len(failing(report, "high")) == 1
    path = tmp_path / "baseline.json"
    path.write_text(render_baseline(report))
    accepted = apply_baseline(report, read_baseline(path))
    assert accepted.findings[0].accepted
    assert failing(accepted, "high") == []
    assert json.loads(path.read_text())["schema"] == "consistency-baseline/1"


def test_bad_baseline_file_is_named(tmp_path):
    path = tmp_path / "baseline.json"
    path.write_text("[1, 2]")
    with pytest.raises(InputError, match="baseline"):
        read_baseline(path)
