"""The README's "Python API" example runs as written, with the real model, from the repository's folder."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from .conftest import ROOT

pytestmark = pytest.mark.e2e

HEADING = "## Python API"


def python_example(markdown: str) -> str | None:
    """The first ```python block of the "## Python API" section, or None when the README has no such section."""
    start = markdown.find(f"\n{HEADING}\n")
    if start < 0:
        return None
    section = markdown[start + len(HEADING) + 2:]
    following = re.search(r"^## ", section, re.M)
    section = section[:following.start()] if following else section
    block = re.search(r"^```python\n(.*?)^```", section, re.M | re.S)
    assert block, f"README's {HEADING!r} section has no ```python block"
    return block.group(1)


def test_the_readme_python_example_runs():
    example = python_example((ROOT / "README.md").read_text(encoding="utf-8"))
    assert example is not None, f"README.md has no {HEADING!r} section"
    result = subprocess.run([sys.executable, "-c", example], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert "discrepanc" in result.stdout and "date" in result.stdout
