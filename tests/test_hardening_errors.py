"""Failures that are not findings (bad settings, hostile JSON, odd files, failing disks) exit 2 with one line, never 1.

Exit 1 means "a finding at or above --fail-on", which CI gates on: a crash must never look like one.
Every case runs the real command line in a subprocess (`python -m consistency`), so the entry
point's own handler is part of what is tested, on the fast hash embedder of tests/doubles.py.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from consistency.cli import app
from consistency.embed.cache import VECTORS_FILE, VectorCache

from .conftest import ROOT, SEED_A, SEED_B
from .doubles import BROKEN_MODEL, INTERRUPTED_MODEL, STORED_MODEL

FAST = {"CONSISTENCY_MODEL": "test:hash", "CONSISTENCY_USE_FACETS": "false"}
DEEP = "[" * 100_000 + "]" * 100_000
HUGE_INTEGER = "9" * 5_000


def cli(*args: object, env: dict[str, str] | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    """`consistency ARGS` in a fresh process, with the fast embedder and the given environment on top."""
    full = {k: v for k, v in os.environ.items() if not k.startswith("CONSISTENCY_") or k in
            ("CONSISTENCY_PLUGINS", "CONSISTENCY_CACHE_DIR")}
    full.update({**FAST, **(env or {})})
    return subprocess.run([sys.executable, "-m", "consistency", *map(str, args)], capture_output=True, text=True,
                          cwd=ROOT, env=full, timeout=timeout, stdin=subprocess.DEVNULL)


def assert_refused(result: subprocess.CompletedProcess, *words: str) -> str:
    """Exit 2, one line on stderr naming `words`, no traceback; returns the line."""
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 2, (result.returncode, result.stderr[-2000:])
    assert "Traceback" not in result.stderr and "──" not in result.stderr, result.stderr[-2000:]
    assert len(lines) == 1, result.stderr
    for word in words:
        assert word in lines[0], lines[0]
    return lines[0]


# ---- files the cases need ----------------------------------------------------------------------

def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _story_line(**extra) -> str:
    docs = [{"id": name, "text": path.read_text(encoding="utf-8")} for name, path in (("a", SEED_A), ("b", SEED_B))]
    return json.dumps({"id": "seed", "documents": docs, **extra})


@contextlib.contextmanager
def _mounted(tmp_path: Path, options: str):
    """A small tmpfs at tmp_path/mnt with `options` (root only); skips the case where mounting is not allowed."""
    target = tmp_path / "mnt"
    target.mkdir()
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(target)],
                                           capture_output=True).returncode != 0:
        pytest.skip("needs root and permission to mount a tmpfs")
    try:
        yield target
    finally:
        subprocess.run(["umount", "-l", str(target)], capture_output=True)


# ---- acceptance 3: every case through the real command line --------------------------------------

CASES = {
    # name: (how to build the arguments and environment from tmp_path, words the one line must contain)
    "baseline is a folder": (lambda t: ([SEED_A, SEED_B, "--baseline", t], {}), ("folder",)),
    "baseline nested too deeply": (lambda t: ([SEED_A, SEED_B, "--baseline", _write(t, "b.json", DEEP)], {}),
                                   ("b.json", "nested too deeply")),
    "baseline with a 5000-digit number": (
        lambda t: ([SEED_A, SEED_B, "--baseline", _write(t, "b.json", f'{{"schema": 1, "n": {HUGE_INTEGER}}}')], {}),
        ("b.json", "not")),
    "baseline is /dev/zero": (lambda t: ([SEED_A, SEED_B, "--baseline", "/dev/zero"], {}), ("/dev/zero", "limit")),
    "input nested too deeply": (lambda t: ([SEED_A, _write(t, "deep.json", DEEP)], {}), ("nested too deeply",)),
    "input with a 5000-digit number": (
        lambda t: ([SEED_A, _write(t, "n.json", f'{{"text": "Hello there.", "id": {HUGE_INTEGER}}}')], {}),
        ("n.json", "digits")),
    "input is /dev/zero": (lambda t: ([SEED_A, "/dev/zero"], {}), ("/dev/zero", "limit")),
    "CONSISTENCY_FAIL_ON unknown": (lambda t: ([SEED_A, SEED_B], {"CONSISTENCY_FAIL_ON": "sometimes"}),
                                    ("CONSISTENCY_FAIL_ON", "high")),
    "CONSISTENCY_LINK_THRESHOLD=abc": (lambda t: ([SEED_A, SEED_B], {"CONSISTENCY_LINK_THRESHOLD": "abc"}),
                                       ("CONSISTENCY_LINK_THRESHOLD", "abc")),
    "CONSISTENCY_LINK_THRESHOLD=nan": (lambda t: ([SEED_A, SEED_B], {"CONSISTENCY_LINK_THRESHOLD": "nan"}),
                                       ("CONSISTENCY_LINK_THRESHOLD",)),
    "CONSISTENCY_BATCH_SIZE=0": (lambda t: ([SEED_A, SEED_B], {"CONSISTENCY_BATCH_SIZE": "0"}),
                                 ("CONSISTENCY_BATCH_SIZE",)),
    "CONSISTENCY_USE_FACETS=perhaps": (lambda t: ([SEED_A, SEED_B], {"CONSISTENCY_USE_FACETS": "perhaps"}),
                                       ("CONSISTENCY_USE_FACETS",)),
    "CONSISTENCY_MAX_BYTES absurd": (lambda t: ([SEED_A, SEED_B], {"CONSISTENCY_MAX_BYTES": "999999999999GB"}),
                                     ("CONSISTENCY_MAX_BYTES",)),
    "CONSISTENCY_MAX_BYTES of 5000 digits": (lambda t: ([SEED_A, SEED_B], {"CONSISTENCY_MAX_BYTES": HUGE_INTEGER}),
                                             ("CONSISTENCY_MAX_BYTES",)),
    "an embedder that crashes": (lambda t: ([SEED_A, SEED_B], {"CONSISTENCY_MODEL": BROKEN_MODEL}),
                                 ("internal error", "RuntimeError", "CONSISTENCY_DEBUG=1")),
}


@pytest.mark.parametrize("case", CASES)
def test_no_bad_input_or_setting_exits_1_or_prints_a_traceback(case, tmp_path):
    build, words = CASES[case]
    args, env = build(tmp_path)
    assert_refused(cli("check", *args, "--fail-on", "low", env=env), *words)


BATCH_CASES = {
    "a story nested too deeply": (lambda t: _write(t, "s.jsonl", DEEP + "\n"), "nested too deeply"),
    "a story id of 5000 digits": (lambda t: _write(t, "s.jsonl", f'{{"id": {HUGE_INTEGER}, "documents": []}}\n'),
                                  "digits"),
}


@pytest.mark.parametrize("case", BATCH_CASES)
def test_a_hostile_batch_line_fails_its_story_not_the_tool(case, tmp_path):
    build, words = BATCH_CASES[case]
    stories = build(tmp_path)
    result = cli("batch", stories, "-o", tmp_path / "out", "-q", "--fail-on", "low")
    assert result.returncode == 2 and "Traceback" not in result.stderr, result.stderr[-2000:]
    summary = json.loads((tmp_path / "out" / "summary.json").read_text(encoding="utf-8"))
    assert summary["counts"]["failed"] == 1 and words in summary["stories"][0]["error"]


def test_batch_stories_from_a_device_are_refused(tmp_path):
    assert_refused(cli("batch", "/dev/zero", "-o", tmp_path / "out", "-q"), "/dev/zero", "not a file")


def test_a_gold_file_nested_too_deeply_is_refused(tmp_path):
    assert_refused(cli("evaluate", _write(tmp_path, "gold.json", DEEP)), "gold.json", "nested too deeply")


def test_a_batch_output_that_is_a_file_is_refused(tmp_path):
    stories = _write(tmp_path, "s.jsonl", _story_line() + "\n")
    target = _write(tmp_path, "report.txt", "keep me")
    assert_refused(cli("batch", stories, "-o", target, "-q"), "report.txt", "not a folder")
    assert target.read_text() == "keep me"


def test_a_read_only_batch_output_is_refused(tmp_path):
    stories = _write(tmp_path, "s.jsonl", _story_line() + "\n")
    with _mounted(tmp_path, "size=1m,ro") as folder:
        assert_refused(cli("batch", stories, "-o", folder / "out", "-q"), "out", "Read-only")
        assert_refused(cli("batch", stories, "-o", folder, "-q"), "mnt", "Read-only")


def test_a_batch_on_a_full_disk_is_refused(tmp_path):
    stories = _write(tmp_path, "s.jsonl", _story_line() + "\n")
    with _mounted(tmp_path, "size=64k") as folder:
        with contextlib.suppress(OSError):  # fill the disk, leaving no block free
            with open(folder / "filler", "wb") as handle:
                while True:
                    handle.write(b"x" * 4096)
                    handle.flush()
        assert_refused(cli("batch", stories, "-o", folder / "out", "-q"), "No space left")


def test_the_debug_switch_shows_the_traceback(tmp_path):
    result = cli("check", SEED_A, SEED_B, env={"CONSISTENCY_MODEL": BROKEN_MODEL, "CONSISTENCY_DEBUG": "1"})
    assert result.returncode == 2 and "Traceback" in result.stderr and "RuntimeError" in result.stderr


def test_an_interrupt_keeps_its_own_exit_code(tmp_path):
    result = cli("check", SEED_A, SEED_B, env={"CONSISTENCY_MODEL": INTERRUPTED_MODEL})
    assert result.returncode == 130 and "Traceback" not in result.stderr, result.stderr[-2000:]


# ---- settings and choices in any case ---------------------------------------------------------------

def _in_process(*args: object, env: dict[str, str] | None = None):
    """`consistency ARGS` through typer's runner in this process (spaCy loads once for the suite), fast embedder."""
    result = CliRunner().invoke(app, [str(a) for a in args], env={**FAST, "CONSISTENCY_FAIL_ON": "", **(env or {})})
    assert "Traceback" not in result.output
    return result


def test_settings_and_choices_are_read_in_any_case():
    lower = _in_process("check", SEED_A, SEED_B, "-f", "json", "-q", env={"CONSISTENCY_FAIL_ON": "low"})
    upper = _in_process("check", SEED_A, SEED_B, "-f", "JSON", "-q", env={"CONSISTENCY_FAIL_ON": "LOW"})
    assert lower.exit_code == 1, lower.output  # the seed pair has findings at low
    assert upper.exit_code == 1 and upper.stdout == lower.stdout, upper.output[-2000:]
    flag = _in_process("check", SEED_A, SEED_B, "--fail-on", "Never", "--backend", "AUTO", "-q",
                       env={"CONSISTENCY_FAIL_ON": "High"})
    assert flag.exit_code == 0, flag.output[-2000:]


def test_batch_honours_consistency_fail_on(tmp_path):
    stories = _write(tmp_path, "s.jsonl", _story_line() + "\n")
    assert _in_process("batch", stories, "-o", tmp_path / "one", "-q").exit_code == 0  # default: never
    from_env = _in_process("batch", stories, "-o", tmp_path / "two", "-q", env={"CONSISTENCY_FAIL_ON": "low"})
    assert from_env.exit_code == 1
    flag_wins = _in_process("batch", stories, "-o", tmp_path / "three", "-q", "--fail-on", "never",
                            env={"CONSISTENCY_FAIL_ON": "low"})
    assert flag_wins.exit_code == 0


# ---- the embedding cache: damaged, a symlink, read-only, cannot be created ---------------------------

def _filled_cache(folder: Path) -> Path:
    """A real cache file with enough rows for several data pages, checkpointed into the main file."""
    store = VectorCache(folder / VECTORS_FILE)
    store.put("m", "b", [(f"key{i:05d}", np.full(64, i, dtype=np.float32), False) for i in range(400)])
    store.close()
    return folder / VECTORS_FILE


def _damage(db: Path) -> None:
    """Garbage over every page but the first (the schema page stays intact)."""
    page = sqlite3.connect(db).execute("PRAGMA page_size").fetchone()[0]
    size = db.stat().st_size
    assert size > 4 * page
    with open(db, "r+b") as handle:
        handle.seek(page)
        handle.write(bytes((i * 7 + 3) % 251 for i in range(size - page)))


def test_a_damaged_cache_is_a_warning_and_the_check_still_runs(tmp_path):
    cache = tmp_path / "cache"
    env = {"CONSISTENCY_CACHE_DIR": str(cache), "CONSISTENCY_MODEL": STORED_MODEL}
    clean = cli("check", SEED_A, SEED_B, "-f", "json", "--fail-on", "never", env=env)
    assert clean.returncode == 0, clean.stderr[-2000:]
    db = _filled_cache(cache)  # the check's vectors and 400 more rows
    _damage(db)
    with pytest.raises(sqlite3.DatabaseError):  # the file really is damaged
        sqlite3.connect(db).execute("SELECT COUNT(*) FROM vectors").fetchone()
    damaged = cli("check", SEED_A, SEED_B, "-f", "json", "--fail-on", "never", env=env)
    assert damaged.returncode == 0, damaged.stderr[-2000:]
    report = json.loads(damaged.stdout)
    cache_warnings = [w for w in report["warnings"] if "cache" in w]
    assert len(cache_warnings) == 1 and "damaged" in cache_warnings[0] and "cache clear" in cache_warnings[0]
    assert report["findings"] == json.loads(clean.stdout)["findings"]
    info = cli("cache", "info", env=env)
    assert info.returncode == 0 and "Traceback" not in info.stderr, info.stderr[-2000:]
    assert "damaged" in info.stdout and "consistency cache clear" in info.stdout
    assert cli("cache", "clear", env=env).returncode == 0
    assert "vectors: 0" in cli("cache", "info", env=env).stdout


def test_a_cache_file_that_is_a_symlink_is_not_followed(tmp_path):
    cache = tmp_path / "cache"
    cache.mkdir(mode=0o700)
    target = _filled_cache(tmp_path / "elsewhere")
    target.chmod(0o644)
    before = target.read_bytes()
    (cache / VECTORS_FILE).symlink_to(target)
    result = cli("check", SEED_A, SEED_B, "-f", "json", "--fail-on", "never",
                 env={"CONSISTENCY_CACHE_DIR": str(cache), "CONSISTENCY_MODEL": STORED_MODEL})
    assert result.returncode == 0, result.stderr[-2000:]
    assert oct(target.stat().st_mode & 0o777) == oct(0o644) and target.read_bytes() == before
    assert any("symbolic link" in w for w in json.loads(result.stdout)["warnings"])


@contextlib.contextmanager
def _folder_to_make_read_only(tmp_path: Path):
    """A folder, and a function that makes it and its files read-only (a read-only tmpfs as root, else modes)."""
    if os.geteuid() != 0:
        folder = tmp_path / "ro"
        folder.mkdir(mode=0o700)

        def freeze() -> None:
            for path in folder.iterdir():
                path.chmod(0o400)
            folder.chmod(0o500)

        try:
            yield folder, freeze
        finally:
            folder.chmod(0o700)
        return
    with _mounted(tmp_path, "size=4m,mode=0700") as folder:  # root writes through any mode bits
        yield folder, lambda: subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)


def test_a_read_only_cache_is_still_read(tmp_path):
    with _folder_to_make_read_only(tmp_path) as (cache, freeze):
        env = {"CONSISTENCY_CACHE_DIR": str(cache), "CONSISTENCY_MODEL": STORED_MODEL}
        first = cli("check", SEED_A, SEED_B, "-f", "json", "--fail-on", "never", env=env)
        assert first.returncode == 0, first.stderr[-2000:]
        writer = VectorCache(cache / VECTORS_FILE)
        writer.put("m", "b", [("known", np.arange(4, dtype=np.float32), False)])
        writer.close()
        freeze()
        store = VectorCache(cache / VECTORS_FILE)
        found = store.get("m", "b", ["known"])
        assert found["known"][0].tolist() == [0, 1, 2, 3]
        store.put("m", "b", [("new", np.ones(4, dtype=np.float32), False)])  # not written, and no error
        assert store.get("m", "b", ["new"]) == {}
        store.close()
        again = cli("check", SEED_A, SEED_B, "-f", "json", "--fail-on", "never", env=env)
        assert again.returncode == 0 and again.stdout == first.stdout, again.stderr[-2000:]
        assert not [w for w in json.loads(again.stdout)["warnings"] if "cache" in w]


def test_a_cache_folder_that_cannot_be_created_is_a_warning_naming_what_helps(tmp_path):
    blocker = _write(tmp_path, "a-file", "")
    env = {"CONSISTENCY_CACHE_DIR": str(blocker / "cache"), "CONSISTENCY_MODEL": STORED_MODEL}
    result = cli("check", SEED_A, SEED_B, "-f", "json", "--fail-on", "never", env=env)
    assert result.returncode == 0, result.stderr[-2000:]  # the vector cache is left out, with a warning
    warning = [w for w in json.loads(result.stdout)["warnings"] if "cache" in w]
    assert len(warning) == 1 and "--no-cache" in warning[0]
    assert cli("check", SEED_A, SEED_B, "--no-cache", "-q", "--fail-on", "never", env=env).returncode == 0


@pytest.mark.e2e
def test_when_the_fast_model_cannot_be_prepared_the_hint_names_what_works(tmp_path):
    """The bundled model is prepared in the cache folder even with --no-cache: the hint must not offer it."""
    blocker = _write(tmp_path, "a-file", "")
    env = {"CONSISTENCY_CACHE_DIR": str(blocker / "cache"), "CONSISTENCY_MODEL": "", "CONSISTENCY_USE_FACETS": ""}
    line = assert_refused(cli("check", SEED_A, SEED_B, "--no-cache", "-q", env=env, timeout=600),
                          "CONSISTENCY_CACHE_DIR", "--backend torch")
    assert "--no-cache" not in line.replace("even with --no-cache", "")
    torch = cli("check", SEED_A, SEED_B, "--no-cache", "--backend", "torch", "-q", "--fail-on", "never",
                env=env, timeout=600)
    assert torch.returncode == 0, torch.stderr[-2000:]
