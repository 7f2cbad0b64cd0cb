"""Pre-publish mode on the real models: a draft checked against references, with a baseline of accepted findings."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from .conftest import ROOT, SEED_A, SEED_B

pytestmark = pytest.mark.e2e


def _check(*args: str):
    return subprocess.run([sys.executable, "-m", "consistency", "check", *args],
                          capture_output=True, text=True, cwd=ROOT, timeout=600)


@pytest.fixture
def draft_and_refs(tmp_path):
    draft = tmp_path / "draft.txt"
    draft.write_text(SEED_B.read_text(encoding="utf-8"), encoding="utf-8")
    wire = tmp_path / "wire.txt"
    wire.write_text(SEED_A.read_text(encoding="utf-8"), encoding="utf-8")
    # A second reference that differs from the first one only where the draft agrees with neither
    # reference's wording: the Flores comment moves from Wednesday to Tuesday.
    other = tmp_path / "other.txt"
    other.write_text(SEED_B.read_text(encoding="utf-8").replace(
        "also commented on the allegations Wednesday", "also commented on the allegations Tuesday"), encoding="utf-8")
    return draft, wire, other


def test_only_divergences_of_the_draft_are_reported(draft_and_refs):
    # Here the wire copy is the draft; the two other articles are the references.
    reference, draft, other = draft_and_refs
    everything = json.loads(_check(str(reference), str(other), "-f", "json", "--fail-on", "never").stdout)
    assert any(f["facet"] == "date" and "Tuesday" in (f["a"]["text"] or "") + (f["b"]["text"] or "")
               for f in everything["findings"])  # the references disagree among themselves
    result = _check(str(draft), "--against", str(reference), str(other), "-f", "json")
    report = json.loads(result.stdout)
    assert report["draft"] == "wire"
    for f in report["findings"]:
        docs = {f["a"]["doc"], (f["b"] or {}).get("doc")}
        assert "wire" in docs or f["kind"] == "draft-leaves-out"
    assert not any("Tuesday" in (f["a"]["text"] or "") + ((f["b"] or {}).get("text") or "") for f in report["findings"])
    assert result.returncode == 1  # Wednesday against Thursday is high


def test_baseline_accepts_known_findings_and_survives_unrelated_edits(draft_and_refs, tmp_path):
    draft, wire, _ = draft_and_refs
    baseline = tmp_path / "baseline.json"
    first = _check(str(draft), "--against", str(wire), "--write-baseline", str(baseline), "-q")
    assert first.returncode == 1
    assert _check(str(draft), "--against", str(wire), "--baseline", str(baseline), "-q").returncode == 0
    # An unrelated edit elsewhere in the draft, and a paragraph moved: still accepted.
    text = draft.read_text(encoding="utf-8")
    paragraphs = text.split("\n\n")
    edited = "\n\n".join([paragraphs[0], paragraphs[-1], *paragraphs[1:-1]])
    edited = edited.replace("an early advocate of Donald Trump", "an early supporter of Donald Trump")
    draft.write_text(edited, encoding="utf-8")
    again = _check(str(draft), "--against", str(wire), "--baseline", str(baseline), "-f", "json")
    assert again.returncode == 0, again.stdout[-2000:]
    assert all(f["accepted"] for f in json.loads(again.stdout)["findings"] if f["facet"] != "omission"
               and f["severity"] == "high")
    # A new divergence in the draft fails the job again.
    draft.write_text(edited.replace("On Thursday, top Democratic leader", "On Friday, top Democratic leader"),
                     encoding="utf-8")
    assert _check(str(draft), "--against", str(wire), "--baseline", str(baseline), "-q").returncode == 1
