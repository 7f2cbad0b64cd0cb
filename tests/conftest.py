"""Shared test fixtures: paths to the bundled articles, the fast fake embedder (tests/doubles.py) and settings for it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from consistency.core.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SEED = FIXTURES / "seed"
SEED_GOLD = SEED / "gold.json"
SEED_A = SEED / "000_d87adb77edba6fd7.txt"
SEED_B = SEED / "002_06dffba5690dd31a.txt"


def gold_story(gold: Path) -> list[Path]:
    """The articles a fixture's gold file names (a story may borrow articles from another fixture's folder)."""
    import json

    return [(gold.parent / d["path"]).resolve() for d in json.loads(gold.read_text(encoding="utf-8"))["documents"]]


PLUGIN = "tests.doubles"


@pytest.fixture(scope="session", autouse=True)
def hash_embedder():
    """The `test:hash` model, in this process and in every process a test starts (see embed/registry.py)."""
    previous = os.environ.get("CONSISTENCY_PLUGINS")
    os.environ["CONSISTENCY_PLUGINS"] = f"{previous} {PLUGIN}" if previous else PLUGIN
    yield
    if previous is None:
        os.environ.pop("CONSISTENCY_PLUGINS", None)
    else:
        os.environ["CONSISTENCY_PLUGINS"] = previous


@pytest.fixture(scope="session", autouse=True)
def private_cache(tmp_path_factory, request):
    """Every test, and every process a test starts, caches in a folder of its own, never the user's.

    When end-to-end tests are collected, the fast model is exported into it once, up front (the
    export itself is tested in test_speed_backend.py); later runs in the session find it there.
    """
    folder = tmp_path_factory.mktemp("consistency-cache")
    previous = os.environ.get("CONSISTENCY_CACHE_DIR")
    os.environ["CONSISTENCY_CACHE_DIR"] = str(folder)
    if any(item.get_closest_marker("e2e") for item in request.session.items):
        from consistency.embed import onnx_export, onnx_runtime

        if onnx_runtime.runtime_available() and onnx_runtime.export_available():
            onnx_export.prepare()
    yield folder
    if previous is None:
        os.environ.pop("CONSISTENCY_CACHE_DIR", None)
    else:
        os.environ["CONSISTENCY_CACHE_DIR"] = previous


@pytest.fixture
def fast_settings() -> Settings:
    """The deterministic hash embedder and no spaCy: for unit tests of the plumbing only."""
    return Settings(model="test:hash", use_facets=False)


@pytest.fixture
def write(tmp_path):
    """Write bytes or text to a file under tmp_path and return its path."""

    def _write(name: str, content: str | bytes) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path

    return _write
