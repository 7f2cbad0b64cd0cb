"""`consistency batch`: stories streamed from JSONL or folders, one report each, a summary, resumable, parallel."""

from __future__ import annotations

import json
import shutil

import pytest
from typer.testing import CliRunner

from consistency.workflows import batch as batch_module
from consistency.workflows.batch import file_stem, iter_stories, run_batch
from consistency.cli import app
from consistency.core.settings import Settings

from .conftest import FIXTURES, SEED_A, SEED_B

SETTINGS = Settings(model="test:hash")  # the hash embedder; spaCy still runs for the findings


def _doc(path, doc_id, source):
    text = path.read_text(encoding="utf-8")
    published = None
    if text.lstrip().startswith("date "):
        head, _, text = text.lstrip().partition(" ")[2].partition(" ")
        published = head
    return {"id": doc_id, "source": source, "published": published, "text": text}


@pytest.fixture
def stories_jsonl(tmp_path):
    control = FIXTURES / "control-football"
    lines = [
        {"id": "seed", "documents": [_doc(SEED_A, "a", "Reuters"), _doc(SEED_B, "b", "AP")]},
        "not json at all",
        {"id": "football", "documents": [_doc(control / "a.txt", "a", "A"), _doc(control / "b.txt", "b", "B")]},
        {"id": "lonely", "documents": [_doc(SEED_A, "a", "Reuters")]},
    ]
    path = tmp_path / "stories.jsonl"
    path.write_text("\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n\n", encoding="utf-8")
    return path


def test_jsonl_stories_give_one_report_each_and_a_summary(stories_jsonl, tmp_path):
    out = tmp_path / "out"
    seen = []
    summary = run_batch(stories_jsonl, out, SETTINGS, progress=lambda *a: seen.append(a))
    assert [(s.id, s.status) for s in summary.stories] == [
        ("seed", "done"), ("story-2", "failed"), ("football", "done"), ("lonely", "failed")]
    assert [a[0] for a in seen] == [0, 1, 2, 3, 4] and all(a[1] == 4 for a in seen)
    report = json.loads((out / "seed.json").read_text())
    assert report["schema"] == "consistency-report/1" and {d["source"] for d in report["documents"]} == {"Reuters", "AP"}
    data = json.loads((out / "summary.json").read_text())
    assert data["schema"] == "consistency-batch/1"
    assert data["counts"] == {"done": 2, "skipped": 0, "failed": 2}
    seed_findings = summary.stories[0].findings
    assert data["findings"]["date"]["high"] == seed_findings.get("date", {}).get("high", 0) + \
        summary.stories[2].findings.get("date", {}).get("high", 0)
    assert "not valid JSON" in data["stories"][1]["error"]
    assert "only 1 document" in data["stories"][3]["error"]
    table = (out / "summary.md").read_text()
    assert "| facet | high | medium | low | total | stories with any |" in table and "Failed:" in table


def test_a_rerun_skips_finished_stories_and_redoes_an_unfinished_one(stories_jsonl, tmp_path, monkeypatch):
    out = tmp_path / "out"
    first = run_batch(stories_jsonl, out, SETTINGS)
    before = (out / "seed.json").read_bytes()

    (out / "football.json").unlink()  # as if killed before its report was renamed into place
    (out / ".football.json.123.consistency-partial").write_text("half a rep")
    (out / ".notes.tmp").write_text("the user's own file")
    ran = []
    real = batch_module.run_story
    monkeypatch.setattr(batch_module, "run_story", lambda story, *a: ran.append(story.id) or real(story, *a))
    second = run_batch(stories_jsonl, out, SETTINGS)
    assert ran == ["story-2", "football", "lonely"]  # failed stories are tried again, finished ones are not
    assert [s.status for s in second.stories] == ["skipped", "failed", "done", "failed"]
    assert (out / "seed.json").read_bytes() == before
    assert not (out / ".football.json.123.consistency-partial").exists()  # the killed run's partial write is gone
    assert (out / ".notes.tmp").exists()  # and nothing else
    assert second.totals() == first.totals()  # a skipped story still counts in the summary

    ran.clear()
    run_batch(stories_jsonl, out, SETTINGS, force=True)
    assert ran == ["seed", "story-2", "football", "lonely"]


def test_a_folder_of_story_folders(tmp_path):
    root = tmp_path / "stories"
    for name in ("weekday-vs-date", "misquote"):
        shutil.copytree(FIXTURES / name, root / name)
    (root / "README.txt").write_text("not a story: files at the top level are ignored")
    summary = run_batch(root, tmp_path / "out", SETTINGS, fmt="md")
    assert [(s.id, s.status) for s in summary.stories] == [("misquote", "done"), ("weekday-vs-date", "done")]
    assert (tmp_path / "out" / "misquote.md").read_text().strip()
    assert summary.stories[1].documents == 2


def test_stories_are_read_one_at_a_time(tmp_path):
    path = tmp_path / "big.jsonl"
    good = json.dumps({"id": "first", "documents": [{"text": "One."}, {"text": "Two."}]})
    with open(path, "w") as handle:
        handle.write(good + "\n")
        for i in range(2000):
            handle.write(json.dumps({"id": f"s{i}", "documents": [{"text": "x " * 50}] * 2}) + "\n")
    stories = iter_stories(path)
    first = next(stories)  # a generator: nothing past the first line has been parsed
    assert first.id == "first" and len(first.records) == 2
    assert sum(1 for _ in stories) == 2000


def test_story_file_names_are_safe_and_distinct():
    assert file_stem("seed") == "seed"
    unsafe = file_stem("../../etc/passwd")
    assert "/" not in unsafe and not unsafe.startswith(".")
    assert file_stem("a/b") != file_stem("a_b")


def test_batch_command_writes_reports_and_exits_by_fail_on(stories_jsonl, tmp_path):
    runner = CliRunner()
    out = tmp_path / "cli-out"
    result = runner.invoke(app, ["batch", str(stories_jsonl), "-o", str(out), "--model", "test:hash", "-q"])
    assert result.exit_code == 2  # two stories failed
    assert (out / "seed.json").exists() and (out / "summary.json").exists()
    good = tmp_path / "good.jsonl"
    good.write_text(stories_jsonl.read_text().split("\n")[0] + "\n")
    again = runner.invoke(app, ["batch", str(good), "-o", str(out), "--model", "test:hash", "--fail-on", "high"])
    assert again.exit_code in (0, 1)
    assert "1 story: 0 checked, 1 already done, 0 failed" in again.output
    missing = runner.invoke(app, ["batch", str(tmp_path / "nope.jsonl"), "-o", str(out), "-q"])
    assert missing.exit_code == 2 and "does not exist" in missing.output


def test_a_missing_stories_file_is_refused_before_the_model_is_prepared(tmp_path, monkeypatch):
    monkeypatch.setenv("CONSISTENCY_CACHE_DIR", str(tmp_path / "empty-cache"))  # no prepared model here
    result = CliRunner().invoke(app, ["batch", str(tmp_path / "nope.jsonl"), "-o", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "does not exist" in result.output and "preparing" not in result.output
    assert not (tmp_path / "empty-cache" / "models").exists()


@pytest.mark.e2e
def test_parallel_jobs_give_the_same_reports(stories_jsonl, tmp_path):
    one = run_batch(stories_jsonl, tmp_path / "one", SETTINGS, jobs=1)
    two = run_batch(stories_jsonl, tmp_path / "two", SETTINGS, jobs=2)
    assert [(s.id, s.status, s.findings) for s in one.stories] == [(s.id, s.status, s.findings) for s in two.stories]
    for name in ("seed.json", "football.json"):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes()


@pytest.mark.e2e
def test_a_batch_killed_halfway_resumes_without_redoing_finished_stories(tmp_path):
    """SIGKILL to the whole process group (workers too) mid-run, as a user's Ctrl-\\ or an OOM kill would."""
    import os
    import signal
    import subprocess
    import sys
    import time

    pairs = sorted(p for p in FIXTURES.iterdir() if (p / "a.txt").is_file() and (p / "b.txt").is_file())
    stories = [{"id": f"{p.name}-{k}", "documents": [_doc(p / "a.txt", "a", "A"), _doc(p / "b.txt", "b", "B")]}
               for k in range(3) for p in pairs]
    path = tmp_path / "stories.jsonl"
    path.write_text("".join(json.dumps(s) + "\n" for s in stories), encoding="utf-8")
    out = tmp_path / "out"
    command = [sys.executable, "-m", "consistency", "batch", str(path), "-o", str(out), "--model", "test:hash",
               "--jobs", "2", "-q"]
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 120
    state = out / ".state"  # written last for each story: three records are three finished stories
    while proc.poll() is None and len(list(state.glob("*.json"))) < 3 and time.monotonic() < deadline:
        time.sleep(0.02)
    assert proc.poll() is None, "the batch ended before the kill"
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    # A story is finished once its state record is written, after its report.
    finished = {p.name: p.stat().st_mtime_ns for p in out.glob("*.json") if (out / ".state" / p.name).is_file()}
    assert 3 <= len(finished) < len(stories), "the kill should land halfway"
    assert not (out / "summary.json").exists()

    rerun = subprocess.run(command, capture_output=True, text=True)
    assert rerun.returncode in (0, 1), rerun.stderr
    counts = json.loads((out / "summary.json").read_text())["counts"]
    assert counts["skipped"] >= len(finished) and counts["failed"] == 0
    assert counts["done"] + counts["skipped"] == len(stories)
    assert all((out / name).stat().st_mtime_ns == stamp for name, stamp in finished.items())
    leftovers = [*out.glob(".*.consistency-partial"), *(out / ".state").glob(".*.consistency-partial")]
    assert not leftovers  # no half-written file left


def test_a_story_called_summary_keeps_its_report_and_is_redone_after_a_kill(stories_jsonl, tmp_path):
    """A story whose id is `summary` (any case) must not share a file with the batch summary."""
    seed = json.loads(stories_jsonl.read_text().split("\n")[0])
    path = tmp_path / "summary-story.jsonl"
    lines = [{**seed, "id": "summary"}, {**seed, "id": "SUMMARY"}, {**seed, "id": "plain"}]
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["batch", str(path), "-o", str(out), "--model", "test:hash", "-q"])
    assert result.exit_code == 0, result.output
    summary = json.loads((out / "summary.json").read_text())
    assert summary["schema"] == "consistency-batch/1"
    reports = {s["id"]: s["report"] for s in summary["stories"]}
    assert len(set(reports.values())) == 3
    for story_id in ("summary", "SUMMARY"):
        report = json.loads(open(reports[story_id], encoding="utf-8").read())
        assert report["schema"] == "consistency-report/1"  # the story's own report, not the batch summary
        assert not reports[story_id].lower().endswith(("summary.json", "summary.md"))
    # The batch summary was written last: a rerun must still see the stories' reports as theirs.
    again = run_batch(path, out, SETTINGS)
    assert [s.status for s in again.stories] == ["skipped", "skipped", "skipped"]
    # A lost report is redone, not taken as done because summary.json exists.
    import os
    os.unlink(reports["summary"])
    third = run_batch(path, out, SETTINGS)
    assert [s.status for s in third.stories] == ["done", "skipped", "skipped"]


def test_a_story_line_over_the_size_limit_is_refused_and_the_rest_run(tmp_path, monkeypatch):
    monkeypatch.setenv("CONSISTENCY_MAX_BYTES", "2000")
    path = tmp_path / "stories.jsonl"
    small = {"id": "small", "documents": [{"text": "One fire hurt 12 people."}, {"text": "A fire hurt 14 people."}]}
    huge = {"id": "huge", "documents": [{"text": "word " * 3000}, {"text": "Two."}]}
    path.write_text("\n".join(json.dumps(x) for x in (huge, small)) + "\n", encoding="utf-8")
    assert batch_module.count_stories(path) == 2
    stories = list(iter_stories(path))
    assert stories[0].records is None and "more than the 2,000 bytes limit" in stories[0].error
    assert "CONSISTENCY_MAX_BYTES" in stories[0].error and stories[0].id == "story-1"
    result = CliRunner().invoke(app, ["batch", str(path), "-o", str(tmp_path / "out"), "--model", "test:hash", "-q"])
    assert result.exit_code == 2 and "Traceback" not in result.output
    summary = json.loads((tmp_path / "out" / "summary.json").read_text())
    assert [(s["id"], s["status"]) for s in summary["stories"]] == [("story-1", "failed"), ("small", "done")]


def test_jobs_are_capped_at_what_the_machine_has(monkeypatch):
    monkeypatch.setattr(batch_module, "_available_cpus", lambda: 2)
    monkeypatch.setattr(batch_module, "_available_memory", lambda: None)
    jobs, note = batch_module.capped_jobs(1000)
    assert jobs == 2 and "1000" in note and "2" in note
    assert batch_module.capped_jobs(2) == (2, None)
    monkeypatch.setattr(batch_module, "_available_memory", lambda: 600 * 1024**2)
    jobs, note = batch_module.capped_jobs(2)
    assert jobs == 1 and "memory" in note


def test_the_batch_command_says_when_it_caps_jobs(stories_jsonl, tmp_path, monkeypatch):
    monkeypatch.setattr(batch_module, "_available_cpus", lambda: 1)
    good = tmp_path / "good.jsonl"
    good.write_text(stories_jsonl.read_text().split("\n")[0] + "\n")
    result = CliRunner().invoke(app, ["batch", str(good), "-o", str(tmp_path / "out"), "--model", "test:hash",
                                      "--jobs", "1000", "-q"])
    assert result.exit_code == 0, result.output
    assert "--jobs 1000" in result.output and "1 process" in result.output
