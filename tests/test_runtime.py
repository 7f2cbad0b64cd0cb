"""Process tuning is opt-in: the command line turns it on (runtime.py) and puts it back; a check called from Python changes nothing process-wide."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from consistency import runtime
from consistency.cli import app
from consistency.embed import Backend, registry
from consistency.embed.alongside import EncodingAlongside

from .conftest import ROOT, SEED_A, SEED_B
from .doubles import HashEmbedder


def _blas_threads() -> list[int]:
    from threadpoolctl import threadpool_info

    return [lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas"]


def _pysbd_uses_re() -> bool:
    import importlib

    return all(importlib.import_module(f"pysbd.{name}").re is re for name in runtime.PYSBD_MODULES)


def _state() -> tuple:
    return sys.getswitchinterval(), _blas_threads(), _pysbd_uses_re()


SNAPSHOT = r"""
import json, os, sys
import consistency, consistency.pipeline
from consistency.core.settings import Settings
from consistency.load import load_documents

def snapshot():
    import importlib
    from threadpoolctl import threadpool_info
    pysbd = {}
    for name in %(modules)r:
        try:
            module = importlib.import_module("pysbd." + name)
        except ImportError:
            continue
        pysbd[name] = getattr(module, "re", None) is __import__("re")
    return {
        "switch interval": sys.getswitchinterval(),
        "blas threads": {lib["filepath"]: lib["num_threads"] for lib in threadpool_info()},
        "sys.modules None": sorted(name for name, module in list(sys.modules.items()) if module is None),
        "environment": dict(os.environ),
        "pysbd uses re": pysbd,
    }

documents, warnings = load_documents(sys.argv[1:])
before = snapshot()
report = consistency.pipeline.check(documents, Settings(cache=False), warnings=warnings)
after = snapshot()
print(json.dumps({"before": before, "after": after, "backend": report.settings["backend"],
                  "findings": len(report.findings), "facets": sum(len(f) for f in report.facets.values())}))
"""


@pytest.mark.e2e
def test_a_check_called_from_python_changes_no_process_wide_setting():
    """A cold interpreter, the default backend and facets: the process after the check is as it was before."""
    code = SNAPSHOT % {"modules": runtime.PYSBD_MODULES}
    result = subprocess.run([sys.executable, "-c", code, str(SEED_A), str(SEED_B)], capture_output=True, text=True,
                            cwd=ROOT, timeout=600)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    before, after = data["before"], data["after"]
    assert data["backend"] == "onnx" and data["findings"] and data["facets"]  # the real pipeline ran
    assert after["switch interval"] == before["switch interval"]
    common = set(before["blas threads"]) & set(after["blas threads"])
    assert common and {p: after["blas threads"][p] for p in common} == {p: before["blas threads"][p] for p in common}
    assert after["sys.modules None"] == [] == before["sys.modules None"]
    assert after["environment"] == before["environment"]
    assert after["pysbd uses re"] and all(after["pysbd uses re"].values())


def test_runtime_tuning_applies_while_encoding_alongside_and_is_put_back():
    default = _state()
    assert default[2]  # pysbd starts with the real `re`
    assert default[0] > runtime.SWITCH_INTERVAL  # Python's default: the tuning is visible
    seen = []

    class Recording(HashEmbedder):
        def encode(self, texts, workers=None):
            seen.append(_state())
            return super().encode(texts, workers)

    with EncodingAlongside(Recording()) as encoding:  # the library alone: no tuning
        encoding.add(["One sentence.", "Another one."])
        encoding.result()
    assert seen == [default]
    seen.clear()
    with runtime.tuned():
        assert not _pysbd_uses_re()
        assert sys.getswitchinterval() == default[0]  # only while both threads work
        with EncodingAlongside(Recording()) as encoding:
            encoding.add(["One sentence.", "Another one."])
            encoding.result()
    assert seen == [(runtime.SWITCH_INTERVAL, [1] * len(default[1]), False)]
    assert _state() == default


def test_the_command_line_check_runs_tuned_and_restores_the_process(monkeypatch):
    """Through the CLI (with facets, so the encoder runs beside spaCy), the tuning is on while encoding, off after."""
    default = _state()
    seen = []

    class Recording(HashEmbedder):
        def encode(self, texts, workers=None):
            seen.append(_state())
            return super().encode(texts, workers)

    monkeypatch.setattr(registry, "_EMBEDDERS", {})
    monkeypatch.setitem(registry._BACKENDS, "recording", Backend(
        "recording", lambda model, batch_size, threads: Recording(), store_key=None,
        serves=lambda model: model == "test:recording"))
    result = CliRunner().invoke(app, ["check", str(SEED_A), str(SEED_B), "--model", "test:recording", "-f", "json",
                                      "-q", "--fail-on", "never"])
    assert result.exit_code == 0, result.output
    tuned = (runtime.SWITCH_INTERVAL, [1] * len(default[1]), False)
    assert seen and all(state == tuned for state in seen)
    assert _state() == default
