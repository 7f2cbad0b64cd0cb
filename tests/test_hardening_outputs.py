"""Hostile outputs and names: -o never overwrites an input and is written whole or not at all; odd file names,
terminal control sequences and article markup never reach a report or a terminal raw (issue 14, items 1, 2, 5, 7
and the low ones). Everything runs through the command line on the fast hash embedder."""

from __future__ import annotations

import errno
import io
import json
import os
import re
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from consistency.cli import app

from .conftest import SEED_A, SEED_B

runner = CliRunner()

CAFE = "caf\udce9.txt"  # the name b"caf\xe9.txt" (Latin-1, not UTF-8) as Python spells it on Linux
CAFE_SHOWN = "caf\\xe9.txt"  # how every output shows it
ESC = "\x1b"
HOSTILE = f"{ESC}[2J{ESC}]0;pwned\x07"  # clear the screen, set the window title


@pytest.fixture(autouse=True)
def fast(monkeypatch):
    """The hash embedder, no spaCy, and no size limit or fail-on from the caller's environment."""
    monkeypatch.setenv("CONSISTENCY_MODEL", "test:hash")
    monkeypatch.setenv("CONSISTENCY_USE_FACETS", "false")
    for name in ("CONSISTENCY_MAX_BYTES", "CONSISTENCY_FAIL_ON", "CONSISTENCY_LINK_THRESHOLD", "NO_COLOR"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def articles(tmp_path, monkeypatch) -> tuple[Path, Path]:
    """Two seed articles, a.txt and b.txt, in the current folder."""
    monkeypatch.chdir(tmp_path)
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_bytes(SEED_A.read_bytes())
    b.write_bytes(SEED_B.read_bytes())
    return a, b


def _run(*args):
    return runner.invoke(app, [str(a) for a in args])


def _refused(result, *words: str) -> str:
    """Exit 2, one line on stderr starting `error: `, no traceback, naming each of `words`."""
    assert result.exit_code == 2, (result.exit_code, result.output, result.exception)
    message = result.stderr.strip()
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert message.count("\n") == 0 and message.startswith("error: "), message
    for word in words:
        assert word in message, (word, message)
    return message


def _finished(result) -> None:
    """A run that checked (exit 0: clean, 1: findings), with no crash."""
    assert result.exit_code in (0, 1), (result.exit_code, result.output, result.exception)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)


# ---- item 1: an output that is an input is refused, the article kept -------------------------------

def _spellings(tmp_path: Path, a: Path) -> dict[str, Path]:
    (tmp_path / "sub").mkdir(exist_ok=True)
    link = tmp_path / "link.txt"
    link.symlink_to(a)
    hard = tmp_path / "hard.txt"
    os.link(a, hard)
    return {"same": a, "dot": Path("./a.txt"), "detour": Path("sub/../a.txt"), "symlink": link, "hard link": hard}


@pytest.mark.parametrize("option", ["-o", "--write-baseline"])
@pytest.mark.parametrize("spelling", ["same", "dot", "detour", "symlink", "hard link"])
def test_an_output_naming_an_input_is_refused_and_the_article_kept(articles, tmp_path, option, spelling):
    a, b = articles
    before = a.read_bytes()
    target = _spellings(tmp_path, a)[spelling]
    _refused(_run("check", "a.txt", "b.txt", option, target), "input")
    assert a.read_bytes() == before


def test_an_output_inside_an_input_folder_that_is_read_is_refused(tmp_path):
    folder = tmp_path / "story"
    folder.mkdir()
    (folder / "a.txt").write_bytes(SEED_A.read_bytes())
    (folder / "b.txt").write_bytes(SEED_B.read_bytes())
    before = (folder / "b.txt").read_bytes()
    _refused(_run("align", folder, "-o", folder / "b.txt"), "input")
    assert (folder / "b.txt").read_bytes() == before


def test_report_and_baseline_to_one_file_is_refused(articles, tmp_path):
    _refused(_run("check", "a.txt", "b.txt", "-o", "out.json", "--write-baseline", "./out.json"), "same file")


def test_a_report_over_the_baseline_it_reads_is_refused_but_rewriting_the_baseline_is_fine(articles, tmp_path):
    _finished(_run("check", "a.txt", "b.txt", "--write-baseline", "base.json", "--fail-on", "never"))
    before = (tmp_path / "base.json").read_text()
    _refused(_run("check", "a.txt", "b.txt", "--baseline", "base.json", "-o", "base.json"), "--baseline")
    assert (tmp_path / "base.json").read_text() == before
    _finished(_run("check", "a.txt", "b.txt", "--baseline", "base.json", "--write-baseline", "base.json"))


def test_facets_and_evaluate_refuse_to_overwrite_their_input(articles, tmp_path):
    a, _ = articles
    before = a.read_bytes()
    _refused(_run("facets", "a.txt", "-o", "./a.txt"), "input")
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps({"schema": "consistency-gold/1", "documents": [
        {"id": "a", "path": "a.txt"}, {"id": "b", "path": "b.txt"}], "statements": [], "findings": []}))
    gold_before = gold.read_bytes()
    _refused(_run("evaluate", gold, "-o", gold), "input")
    _refused(_run("evaluate", gold, "-o", "b.txt"), "input")
    assert a.read_bytes() == before and gold.read_bytes() == gold_before


def test_batch_output_inside_the_stories_folder_is_refused(tmp_path):
    stories = tmp_path / "stories"
    for story in ("one", "two"):
        (stories / story).mkdir(parents=True)
        (stories / story / "a.txt").write_bytes(SEED_A.read_bytes())
        (stories / story / "b.txt").write_bytes(SEED_B.read_bytes())
    before = sorted(p.relative_to(stories) for p in stories.rglob("*"))
    for outdir in (stories, stories / "one", stories / "reports"):
        _refused(_run("batch", stories, "-o", outdir, "-q"), "stories")
    assert sorted(p.relative_to(stories) for p in stories.rglob("*")) == before


def test_batch_output_that_would_overwrite_the_stories_file_is_refused(tmp_path):
    source = tmp_path / "summary.json"  # a JSONL file under a name batch writes into its output folder
    source.write_text(json.dumps({"id": "s", "documents": [{"text": SEED_A.read_text()},
                                                           {"text": SEED_B.read_text()}]}) + "\n")
    before = source.read_bytes()
    _refused(_run("batch", source, "-o", tmp_path, "-q"), "stories")
    _refused(_run("batch", source, "-o", source, "-q"), "stories")
    assert source.read_bytes() == before


# ---- item 2: a file name that is not UTF-8 -----------------------------------------------------------

@pytest.fixture
def latin1_name(tmp_path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_bytes(SEED_A.read_bytes())
    path = tmp_path / CAFE
    path.write_bytes(SEED_B.read_bytes())
    return path


@pytest.mark.parametrize("fmt", ["text", "json", "md", "html", "csv"])
def test_a_non_utf8_file_name_is_shown_escaped_in_every_report_file(latin1_name, tmp_path, fmt):
    result = _run("check", "a.txt", CAFE, "-f", fmt, "-o", "report.out")
    _finished(result)
    text = (tmp_path / "report.out").read_bytes().decode("utf-8")  # strict: valid UTF-8
    if fmt == "json":
        paths = [d["path"] for d in json.loads(text)["documents"]]
        assert CAFE_SHOWN in paths
    elif fmt != "csv":  # the CSV names sources, which are the ids, not the files
        assert CAFE_SHOWN in text
    else:
        assert "caf\\xe9" in text


@pytest.mark.parametrize("command", ["check", "align"])
def test_a_non_utf8_file_name_on_standard_output_is_valid_utf8_json(latin1_name, command):
    result = _run(command, "a.txt", CAFE, "-f", "json")
    _finished(result)
    report = json.loads(result.stdout_bytes.decode("utf-8"))
    assert CAFE_SHOWN in [d["path"] for d in report["documents"]]


def test_a_non_utf8_file_name_in_the_text_report_and_facets(latin1_name):
    result = _run("check", "a.txt", CAFE)
    _finished(result)
    assert CAFE_SHOWN in result.stdout_bytes.decode("utf-8")
    facets = _run("facets", CAFE, "-f", "json")
    assert facets.exit_code == 0, facets.output
    assert json.loads(facets.stdout_bytes.decode("utf-8"))["documents"][0]["path"] == CAFE_SHOWN


def test_a_non_utf8_story_does_not_stop_the_batch(tmp_path):
    stories = tmp_path / "stories"
    for story, second in (("caf\udce9", "b.txt"), ("plain", CAFE), ("good", "b.txt")):
        (stories / story).mkdir(parents=True)
        (stories / story / "a.txt").write_bytes(SEED_A.read_bytes())
        (stories / story / second).write_bytes(SEED_B.read_bytes())
    out = tmp_path / "out"
    result = _run("batch", stories, "-o", out, "-f", "md")
    _finished(result)
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["counts"] == {"done": 3, "skipped": 0, "failed": 0}
    table = (out / "summary.md").read_bytes().decode("utf-8")
    assert "3 stories" in table
    for report in out.glob("*.md"):
        report.read_bytes().decode("utf-8")
    assert any(CAFE_SHOWN in p.read_text(encoding="utf-8") for p in out.glob("plain*.md"))


def test_a_jsonl_story_id_with_a_lone_surrogate_does_not_break_the_summary(tmp_path):
    documents = [{"text": SEED_A.read_text()}, {"text": SEED_B.read_text()}]
    source = tmp_path / "stories.jsonl"
    source.write_text(json.dumps({"id": "bad\ud800id", "documents": documents}) + "\n"
                      + json.dumps({"id": "alone\udcff", "documents": documents[:1]}) + "\n"  # fails: listed
                      + json.dumps({"id": "good", "documents": documents}) + "\n")
    out = tmp_path / "out"
    result = _run("batch", source, "-o", out)
    assert result.exit_code == 2 and (result.exception is None or isinstance(result.exception, SystemExit))
    table = (out / "summary.md").read_bytes().decode("utf-8")
    assert "3 stories: 2 checked, 0 already done, 1 failed" in table and "alone\\xff" in table
    assert json.loads((out / "summary.json").read_text())["counts"]["done"] == 2
    rerun = _run("batch", source, "-o", out)
    assert rerun.exit_code == 2 and "2 already done" in rerun.stderr


# ---- item 5: control characters never reach a human-facing output raw ------------------------------

@pytest.fixture
def hostile(tmp_path, monkeypatch) -> Path:
    """Two articles, one with a screen-clearing sentence under a file name holding a newline and an escape."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_bytes(SEED_A.read_bytes())
    text = SEED_B.read_text().replace("\n\n", f"\n\nThe mayor {HOSTILE}said the\x9b bridge\u202e was shut.\n\n", 1)
    name = f"b\n[zz] Forged Wire \u00b7 2020-01-01 \u00b7 {ESC}[31mx.txt"
    (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path / name


def _no_raw_controls(text: str) -> None:
    controls = [c for c in text if (ord(c) < 32 and c != "\n") or 0x7f <= ord(c) <= 0x9f or c == "\u202e"]
    assert not controls, controls


@pytest.mark.parametrize("command,fmt", [("check", "text"), ("check", "md"), ("align", "text"), ("align", "md")])
def test_control_sequences_are_shown_escaped_in_text_and_markdown(hostile, command, fmt):
    result = _run(command, "a.txt", hostile.name, "-f", fmt, "-s", f"a.txt=Evil{ESC}[2J Wire")
    _finished(result)
    out = result.stdout
    _no_raw_controls(out)

    def shown(escaped: str) -> str:  # Markdown also escapes brackets
        return escaped if fmt == "text" else escaped.replace("[", "\\[").replace("]", "\\]")

    assert shown("\\x1b[2J") in out and shown("Evil\\x1b[2J Wire") in out
    forged = [line for line in out.split("\n") if re.match(r"[|\s-]*\\?\[zz", line)]
    assert not forged  # the file name never starts a line of its own
    if command == "align":
        assert shown("\\x1b]0;pwned\\x07") in out and "\\u202e" in out and "\\x9b" in out


def test_json_keeps_control_characters_exactly(hostile):
    result = _run("check", "a.txt", hostile.name, "-f", "json", "-s", f"a.txt=Evil{ESC} Wire")
    _finished(result)
    report = json.loads(result.stdout)
    assert hostile.name in [d["path"] for d in report["documents"]]
    assert f"Evil{ESC} Wire" in [d["source"] for d in report["documents"]]
    assert any(HOSTILE in s["text"] for s in report["sentences"])


def test_the_coloured_terminal_view_is_escaped_too(hostile):
    from consistency.pipeline import check, load
    from consistency.core.settings import Settings
    from consistency.report.text import styled_lines

    documents, warnings = load(["a.txt", hostile.name], [f"a.txt=Evil{ESC}[2J"])
    report = check(documents, Settings(model="test:hash", use_facets=False), with_findings=True, warnings=warnings)
    for view in ("check", "align"):
        for line in styled_lines(report, view):
            for text, _ in line:
                _no_raw_controls(text.replace("\n", "\\n"))
                assert "\n" not in text


def test_terminal_messages_escape_control_characters(tmp_path):
    bad = tmp_path / f"x{ESC}[2J.txt"
    bad.write_text("")
    result = _run("check", bad, SEED_A)
    _refused(result, "\\x1b[2J")
    stories = tmp_path / "s.jsonl"
    stories.write_text(json.dumps({"id": f"evil{ESC}]0;t\x07", "documents": []}) + "\n")
    result = _run("batch", stories, "-o", tmp_path / "out")
    assert result.exit_code == 2
    _no_raw_controls(result.stderr)
    _no_raw_controls((tmp_path / "out" / "summary.md").read_text())


# ---- item 7: -o is written whole or not at all -------------------------------------------------------

class _FullDisk:
    """A file whose writes fail as on a full disk."""

    def __init__(self, handle):
        self._handle = handle

    def write(self, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    def __getattr__(self, name):
        return getattr(self._handle, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self._handle.close()


def test_a_failed_write_keeps_the_previous_report(articles, tmp_path, monkeypatch):
    report = tmp_path / "report.txt"
    report.write_text("the previous report\n")
    real_open = io.open

    def full_open(file, mode="r", *args, **kwargs):
        handle = real_open(file, mode, *args, **kwargs)
        return _FullDisk(handle) if any(m in mode for m in "wax") else handle

    monkeypatch.setattr(io, "open", full_open)
    _refused(_run("check", "a.txt", "b.txt", "-o", report), "report.txt", "No space left")
    monkeypatch.setattr(io, "open", real_open)
    assert report.read_text() == "the previous report\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "b.txt", "report.txt"]  # no temporary left


def test_a_rewritten_report_keeps_its_permissions_and_its_symlink(articles, tmp_path):
    real = tmp_path / "reports" / "r.md"
    real.parent.mkdir()
    real.write_text("old\n")
    real.chmod(0o640)
    link = tmp_path / "latest.md"
    link.symlink_to(real)
    _finished(_run("check", "a.txt", "b.txt", "-f", "md", "-o", link))
    assert link.is_symlink() and real.read_text().startswith("# Consistency report")
    assert real.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in real.parent.iterdir()) == ["r.md"]


@pytest.mark.skipif(not Path("/dev/full").exists() or sys.platform != "linux", reason="needs /dev/full and /dev/null")
def test_devices_are_written_in_place(articles):
    _refused(_run("check", "a.txt", "b.txt", "-o", "/dev/full"), "/dev/full")
    _finished(_run("check", "a.txt", "b.txt", "-o", "/dev/null"))
    assert Path("/dev/null").is_char_device() and Path("/dev/full").is_char_device()


def test_an_output_in_a_missing_folder_is_one_line(articles, tmp_path):
    _refused(_run("check", "a.txt", "b.txt", "-o", tmp_path / "nope" / "r.txt"), "nope")
    _refused(_run("check", "a.txt", "b.txt", "-o", tmp_path), "folder")


# ---- low items ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("value", ["nan", "inf", "-inf", "NaN"])
def test_a_threshold_that_is_not_a_finite_number_is_refused(articles, value):
    _refused(_run("check", "a.txt", "b.txt", "-f", "json", "--link-threshold", value), "--link-threshold")
    _refused(_run("align", "a.txt", "b.txt", "--extra-threshold", value), "--extra-threshold")


@pytest.mark.parametrize("name", ["CONSISTENCY_LINK_THRESHOLD", "CONSISTENCY_MARGIN", "CONSISTENCY_FACET_WEIGHT"])
def test_a_setting_that_is_not_a_finite_number_is_refused(articles, monkeypatch, name):
    monkeypatch.setenv(name, "nan")
    _refused(_run("check", "a.txt", "b.txt", "-f", "json"), name)


def test_a_source_naming_no_input_is_refused(articles):
    _refused(_run("check", "a.txt", "b.txt", "-s", "c.txt=Reuters"), "c.txt", "--source")


def test_a_source_path_spelled_differently_names_its_file(articles):
    result = _run("check", "a.txt", "./b.txt", "-f", "json", "-s", "./a.txt=Reuters", "-s", "b.txt=AP")
    _finished(result)
    assert sorted(d["source"] for d in json.loads(result.stdout)["documents"]) == ["AP", "Reuters"]


def test_markdown_reports_do_not_pass_html_or_links_through(tmp_path, monkeypatch):
    markdown_it = pytest.importorskip("markdown_it")
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_bytes(SEED_A.read_bytes())
    injected = ('The mayor said <script>alert(1)</script> the bridge <img src=x onerror=alert(2)> was shut, '
                'see [the notice](javascript:alert(3)) and ![pixel](http://tracker.example/p.png) and '
                '<http://evil.example/> and \\<b>bold\\</b> now.')
    text = SEED_B.read_text().replace("\n\n", f"\n\n{injected}\n\n", 1)
    (tmp_path / "b.txt").write_text(text, encoding="utf-8")
    for command in ("check", "align"):
        result = _run(command, "a.txt", "b.txt", "-f", "md", "-s", "b.txt=<i>Wire</i> [x](javascript:y)")
        _finished(result)
        html = markdown_it.MarkdownIt("commonmark").enable("table").render(result.stdout)
        for tag in ("<script", "<img", "<a ", "<b>", "<i>"):
            assert tag not in html, (tag, html)
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "[the notice](javascript:alert(3))" in html
    assert "<script>alert(1)</script>" not in result.stdout


def test_cache_info_shows_a_cache_folder_with_control_characters_escaped(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from consistency.cli import app

    folder = tmp_path / "cache\x1b[2Jhere"
    monkeypatch.setenv("CONSISTENCY_CACHE_DIR", str(folder))
    result = CliRunner().invoke(app, ["cache", "info"])
    assert result.exit_code == 0
    assert "\x1b" not in result.output and "\\x1b[2Jhere" in result.output
