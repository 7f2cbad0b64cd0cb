"""Shared test fixtures: paths to the bundled articles and settings for the fast fake embedder."""

from __future__ import annotations

from pathlib import Path

import pytest

from consistency.config import Settings

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SEED = FIXTURES / "seed"
SEED_GOLD = SEED / "gold.json"
SEED_A = SEED / "000_d87adb77edba6fd7.txt"
SEED_B = SEED / "002_06dffba5690dd31a.txt"


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
