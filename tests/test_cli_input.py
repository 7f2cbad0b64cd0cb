"""Bad input on the command line: one line naming the file and what to do, exit code 2, never a traceback."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from consistency.cli import app

from .conftest import SEED_A

runner = CliRunner()


def _run(*args: str):
    return runner.invoke(app, list(args))


def _assert_clean_refusal(result, *words: str):
    assert result.exit_code == 2, result.output
    message = result.stderr.strip()
    assert "Traceback" not in result.output and "Traceback" not in message
    assert message.count("\n") == 0, message
    assert message.startswith("error: ")
    for word in words:
        assert word in message


@pytest.mark.parametrize("command", ["align", "check"])
def test_empty_file(write, command):
    empty = write("empty.txt", "")
    _assert_clean_refusal(_run(command, str(empty), str(SEED_A)), str(empty), "empty")


def test_whitespace_only_file(write):
    blank = write("blank.txt", "  \n\n\t ")
    _assert_clean_refusal(_run("align", str(blank), str(SEED_A)), str(blank), "empty")


def test_binary_file(write):
    image = write("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    _assert_clean_refusal(_run("align", str(image), str(SEED_A)), str(image), "binary")


def test_one_document_only():
    _assert_clean_refusal(_run("check", str(SEED_A)), str(SEED_A), "only 1 document")


def test_malformed_json(write):
    broken = write("story.json", '{"id": "a", "text": "One."')
    _assert_clean_refusal(_run("align", str(broken), str(SEED_A)), str(broken), "not valid JSON")


def test_malformed_jsonl_line_is_numbered(write):
    broken = write("story.jsonl", '{"id": "a", "text": "One."}\n{"id": "b", "text": "Two."\n')
    _assert_clean_refusal(_run("align", str(broken)), str(broken), "line 2", "--skip-bad")


def test_folder_without_articles(tmp_path):
    (tmp_path / "notes.csv").write_text("a,b\n")
    _assert_clean_refusal(_run("align", str(tmp_path), str(SEED_A)), str(tmp_path), "no supported file")


def test_missing_file():
    _assert_clean_refusal(_run("align", "no/such/file.txt", str(SEED_A)), "no/such/file.txt", "does not exist")


def test_unknown_format_and_fail_level():
    _assert_clean_refusal(_run("align", "--format", "pdf", str(SEED_A), str(SEED_A)), "--format")
    _assert_clean_refusal(_run("check", "--fail-on", "critical", str(SEED_A), str(SEED_A)), "--fail-on")


def test_bad_gold_file(write):
    gold = write("gold.json", '{"schema": "something-else"}')
    _assert_clean_refusal(_run("evaluate", str(gold)), str(gold), "consistency-gold/1")


def test_help_lists_every_command():
    result = _run("--help")
    assert result.exit_code == 0
    for command in ("align", "check", "facets", "evaluate"):
        assert command in result.output
