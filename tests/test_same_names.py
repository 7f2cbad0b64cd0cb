"""Two inputs with the same file name in different folders: ids and names that tell them apart, in any order."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from consistency.cli import app

from .conftest import SEED_A, SEED_B


def _two_folders(tmp_path):
    for top, seed in (("x", SEED_A), ("y", SEED_B)):
        folder = tmp_path / top / "sub"
        folder.mkdir(parents=True)
        (folder / "a.txt").write_text(seed.read_text(encoding="utf-8"), encoding="utf-8")
    return "x/sub/a.txt", "y/sub/a.txt"


def _check(tmp_path, monkeypatch, *args):
    monkeypatch.chdir(tmp_path)
    return CliRunner().invoke(app, ["check", *args, "--model", "test:hash", "--fail-on", "never", "-f", "json"])


def test_same_file_names_get_ids_and_names_from_their_folders(tmp_path, monkeypatch):
    x, y = _two_folders(tmp_path)
    result = _check(tmp_path, monkeypatch, x, y)
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert [(d["id"], d["source"]) for d in report["documents"]] == [("x/sub/a", "x/sub/a"), ("y/sub/a", "y/sub/a")]
    assert {f["a"]["doc"] for f in report["findings"]} <= {"x/sub/a", "y/sub/a"}


def test_the_report_is_the_same_whatever_the_argument_order(tmp_path, monkeypatch):
    x, y = _two_folders(tmp_path)
    for fmt in ("json", "text", "md"):
        one = _check(tmp_path, monkeypatch, x, y, "-f", fmt)
        two = _check(tmp_path, monkeypatch, y, x, "-f", fmt)
        assert one.exit_code == two.exit_code == 0
        assert one.stdout_bytes == two.stdout_bytes, fmt


def test_same_stem_in_one_folder_and_repeated_record_ids(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(SEED_A.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "a.md").write_text(SEED_B.read_text(encoding="utf-8"), encoding="utf-8")
    result = _check(tmp_path, monkeypatch, "a.txt", "a.md")
    ids = [d["id"] for d in json.loads(result.stdout)["documents"]]
    assert ids == ["a.md", "a.txt"]
    assert _check(tmp_path, monkeypatch, "a.md", "a.txt").stdout_bytes == result.stdout_bytes
