"""The on-disk embedding cache: where it lives, what it stores, permissions, two processes at once, and a second run that encodes nothing."""

from __future__ import annotations

import multiprocessing
from dataclasses import replace
import os
import sqlite3
import stat
import subprocess
import sys

import numpy as np
import pytest
from typer.testing import CliRunner

from consistency.embed.cache import VECTORS_FILE, VectorCache, cache_dir, clear_cache, text_key
from consistency.cli import app
from consistency.core.settings import Settings
from consistency.embed import CachedEmbedder
from consistency.load import load_documents
from consistency.pipeline import check
from consistency.report import render

from .conftest import ROOT, SEED
from .doubles import HashEmbedder


class CountingEmbedder(HashEmbedder):
    """The hash embedder, counting what it is asked to encode."""

    backend = "counting"

    def __init__(self):
        super().__init__()
        self.name = "test:counting"
        self.calls = 0
        self.texts = 0

    def encode(self, texts):
        self.calls += 1
        self.texts += len(texts)
        return super().encode(texts)


@pytest.fixture
def cache_env(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("CONSISTENCY_CACHE_DIR", str(folder))
    return folder


def test_cache_dir_prefers_the_explicit_variable_then_xdg_then_home(tmp_path, monkeypatch):
    monkeypatch.setenv("CONSISTENCY_CACHE_DIR", str(tmp_path / "mine"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_dir() == tmp_path / "mine"
    monkeypatch.delenv("CONSISTENCY_CACHE_DIR")
    assert cache_dir() == tmp_path / "xdg" / "consistency"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert cache_dir() == tmp_path / "home" / ".cache" / "consistency"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/path")  # the XDG spec says ignore a relative one
    assert cache_dir() == tmp_path / "home" / ".cache" / "consistency"


def test_a_second_run_over_the_same_articles_encodes_nothing(cache_env):
    documents, _ = load_documents([SEED])
    settings = Settings(model="test:counting", use_facets=False)
    first_inner = CountingEmbedder()
    first = check(documents, settings, CachedEmbedder(first_inner, VectorCache()), with_findings=False)
    assert first_inner.calls == 1 and first_inner.texts > 10

    # A new embedder over the same file: what a second process would have.
    second_inner = CountingEmbedder()
    second = check(documents, settings, CachedEmbedder(second_inner, VectorCache()), with_findings=False)
    assert second_inner.calls == 0 and second_inner.texts == 0
    assert render(second, "json") == render(first, "json")  # the cache never changes a report

    # One new sentence: only it is encoded.
    changed = [documents[0], replace(documents[1], text=documents[1].text + "\n\nA brand new closing line.")]
    third_inner = CountingEmbedder()
    check(changed, settings, CachedEmbedder(third_inner, VectorCache()), with_findings=False)
    assert third_inner.texts == 1


def test_vectors_are_raw_float32_keyed_by_model_backend_and_text_hash(cache_env):
    store = VectorCache()
    vector = np.arange(8, dtype=np.float32) / 10
    store.put("model-a", "onnx:x", [(text_key("hello"), vector, True)])
    store.close()
    with sqlite3.connect(cache_env / VECTORS_FILE) as conn:
        model, backend, key, dim, truncated, blob = conn.execute("SELECT * FROM vectors").fetchone()
    assert (model, backend, key, dim, truncated) == ("model-a", "onnx:x", text_key("hello"), 8, 1)
    assert isinstance(blob, bytes) and len(blob) == 8 * 4 and not blob.startswith(b"\x80")  # not a pickle
    assert np.array_equal(np.frombuffer(blob, dtype="<f4"), vector)
    again = VectorCache()
    assert again.get("model-b", "onnx:x", [text_key("hello")]) == {}  # another model never shares vectors
    assert again.get("model-a", "torch", [text_key("hello")]) == {}  # nor another backend
    found = again.get("model-a", "onnx:x", [text_key("hello")])
    assert np.array_equal(found[text_key("hello")][0], vector) and found[text_key("hello")][1] is True


def test_cache_folder_and_file_are_owner_only(tmp_path, monkeypatch):
    monkeypatch.setenv("CONSISTENCY_CACHE_DIR", str(tmp_path / "deep" / "cache"))
    old = os.umask(0o022)
    try:
        store = VectorCache()
        store.put("m", "b", [("k", np.ones(3, dtype=np.float32), False)])
    finally:
        os.umask(old)
    folder = tmp_path / "deep" / "cache"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE((tmp_path / "deep").stat().st_mode) == 0o700
    for path in folder.iterdir():  # the database and, while open, its -wal and -shm files
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    store.close()


def _writer(path: str, worker: int, rounds: int) -> int:
    store = VectorCache(__import__("pathlib").Path(path))
    for r in range(rounds):
        rows = [(f"{worker}-{r}-{i}", np.full(16, worker, dtype=np.float32), False) for i in range(20)]
        store.put("m", "b", rows)
        store.get("m", "b", [key for key, _, _ in rows])
    return store.count()


def test_two_processes_can_write_at_once(tmp_path):
    path = str(tmp_path / VECTORS_FILE)
    VectorCache(tmp_path / VECTORS_FILE).count()  # create it
    context = multiprocessing.get_context("spawn")
    with context.Pool(2) as pool:
        pool.starmap(_writer, [(path, 1, 25), (path, 2, 25)])
    assert VectorCache(tmp_path / VECTORS_FILE).count() == 2 * 25 * 20


def test_an_unreadable_cache_is_a_warning_not_a_failure(cache_env):
    cache_env.mkdir(mode=0o700)
    (cache_env / VECTORS_FILE).write_bytes(b"this is not a database" * 100)
    documents, _ = load_documents([SEED])
    inner = CountingEmbedder()
    report = check(documents, Settings(model="test:counting", use_facets=False),
                   CachedEmbedder(inner, VectorCache()), with_findings=False)
    assert inner.calls == 1
    assert any("embedding cache not used" in w for w in report.warnings)


def test_cache_clear_and_info_commands(cache_env):
    VectorCache().put("m", "b", [("k", np.ones(4, dtype=np.float32), False)])
    runner = CliRunner()
    info = runner.invoke(app, ["cache", "info"])
    assert info.exit_code == 0 and "vectors: 1 " in info.output and str(cache_env) in info.output
    cleared = runner.invoke(app, ["cache", "clear"])
    assert cleared.exit_code == 0, cleared.output
    assert not (cache_env / VECTORS_FILE).exists()
    assert clear_cache() == []  # nothing left to remove


def test_settings_cache_flag_is_not_part_of_the_report():
    assert "cache" not in Settings().to_dict()
    assert Settings(cache=False).to_dict() == Settings().to_dict()


@pytest.mark.e2e
def test_cli_second_run_loads_no_model_and_no_cache_writes_nothing(tmp_path, write):
    """Through the command line on the real model: --no-cache leaves the cache alone; a cached rerun loads no model."""
    a = write("a.txt", " date 2020-05-04 The harbour reopened on Monday after the storm, officials said. "
                       "Thirty ships waited offshore.")
    b = write("b.txt", " date 2020-05-04 Officials said the harbour reopened Monday once the storm passed. "
                       "About 30 ships had waited at sea.")
    store = VectorCache()
    before = store.count() if (cache_dir() / VECTORS_FILE).exists() else 0
    store.close()

    def run(*args, timings=None):
        env = {**os.environ, **({"CONSISTENCY_TIMINGS": str(timings)} if timings else {})}
        return subprocess.run([sys.executable, "-m", "consistency", "check", str(a), str(b), "-q", "--fail-on", "never",
                               *args], capture_output=True, text=True, cwd=ROOT, env=env, timeout=600)

    assert run("--no-cache").returncode == 0
    after_no_cache = VectorCache().count()
    assert after_no_cache == before

    first = run(timings=tmp_path / "first.json")
    assert first.returncode == 0, first.stderr
    assert VectorCache().count() == before + 4
    second = run(timings=tmp_path / "second.json")
    assert second.stdout == first.stdout
    import json

    stages_first = json.loads((tmp_path / "first.json").read_text())["stages"]
    stages_second = json.loads((tmp_path / "second.json").read_text())["stages"]
    assert "model load" in stages_first
    assert "model load" not in stages_second  # every vector came from the cache


def test_the_in_memory_layer_is_bounded_and_still_right():
    inner = CountingEmbedder()
    embedder = CachedEmbedder(inner, store=None, max_items=3)
    texts = [f"sentence number {i}" for i in range(10)]
    vectors = embedder.encode(texts)  # more texts than the memory holds: all still returned, in order
    assert np.array_equal(vectors, HashEmbedder().encode(texts))
    assert len(embedder._memory) == 3
    embedder.encode(texts[-3:])  # the most recent ones are remembered
    assert inner.texts == 10
