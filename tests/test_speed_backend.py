"""The fast ONNX backend: exported on first use, faithful to the torch reference, never importing torch; and the timing hook."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import numpy as np
import pytest

from consistency.embed import onnx_export, onnx_runtime, registry
from consistency.core.settings import BUNDLED_MODEL, Settings, load_settings
from consistency.embed import (CachedEmbedder, SentenceTransformerEmbedder, get_embedder, prepare_notice,
                               resolve_backend)
from consistency.core.errors import ModelError
from consistency.load import load_documents
from consistency.embed.onnx_runtime import OnnxEmbedder
from consistency.pipeline import check
from consistency.report.json_report import report_dict
from consistency.segment import body, segment

from .conftest import FIXTURES, ROOT, SEED, gold_story

FIXTURE_GOLDS = sorted(FIXTURES.glob("*/gold.json"))


def _body_texts(folder) -> list[str]:
    documents, _ = load_documents([folder])
    return [s.text for d in documents for s in body(segment(d))]


# ------------------------------------------------------------------ choosing a backend (no models)


def test_auto_picks_onnx_for_the_bundled_model_and_torch_for_any_other(monkeypatch):
    monkeypatch.setattr(registry, "runtime_available", lambda: True)
    monkeypatch.setattr(registry, "is_prepared", lambda *a, **k: True)
    assert resolve_backend(BUNDLED_MODEL, "auto") == "onnx"
    assert resolve_backend("sentence-transformers/all-mpnet-base-v2", "auto") == "torch"
    assert resolve_backend(BUNDLED_MODEL, "torch") == "torch"
    assert resolve_backend(BUNDLED_MODEL, "onnx-int8") == "onnx-int8"
    assert resolve_backend("test:hash", "auto") == "hash"
    with pytest.raises(ModelError, match="bundled model only"):
        resolve_backend("some/other-model", "onnx")
    with pytest.raises(ModelError, match="unknown backend"):
        resolve_backend(BUNDLED_MODEL, "tensorflow")


def test_auto_falls_back_to_torch_without_onnxruntime(monkeypatch):
    monkeypatch.setattr(registry, "runtime_available", lambda: False)
    assert resolve_backend(BUNDLED_MODEL, "auto") == "torch"
    assert prepare_notice(BUNDLED_MODEL, "auto") is None


def test_auto_falls_back_to_torch_when_nothing_can_export_the_model(monkeypatch):
    monkeypatch.setattr(registry, "runtime_available", lambda: True)
    monkeypatch.setattr(registry, "is_prepared", lambda *a, **k: False)
    monkeypatch.setattr(registry, "export_available", lambda: False)
    assert resolve_backend(BUNDLED_MODEL, "auto") == "torch"


def test_first_use_is_announced_once_until_the_model_is_prepared(monkeypatch, tmp_path):
    monkeypatch.setenv("CONSISTENCY_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(registry, "runtime_available", lambda: True)
    monkeypatch.setattr(registry, "export_available", lambda: True)
    notice = prepare_notice(BUNDLED_MODEL, "auto")
    assert notice and "consistency model prepare" in notice and str(tmp_path) in notice
    target = onnx_runtime.model_file()
    target.parent.mkdir(parents=True)
    target.write_bytes(b"stand-in")
    assert prepare_notice(BUNDLED_MODEL, "auto") is None
    assert prepare_notice(BUNDLED_MODEL, "torch") is None


def test_backend_and_cache_come_from_the_environment_too(monkeypatch):
    monkeypatch.setenv("CONSISTENCY_BACKEND", "torch")
    monkeypatch.setenv("CONSISTENCY_CACHE", "0")
    settings = load_settings()
    assert settings.backend == "torch" and settings.cache is False
    assert load_settings(backend="onnx").backend == "onnx"


def test_importing_the_package_and_cli_loads_no_model_library():
    code = ("import sys, consistency, consistency.cli, consistency.embed, consistency.pipeline, consistency.workflows.batch;"
            "print(sorted(m for m in ('torch', 'sentence_transformers', 'onnxruntime', 'spacy', 'tokenizers')"
            " if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_stage_timings_hook_is_opt_in_and_exclusive():
    from consistency.core import timing

    assert timing.active() is None
    with timing.stage("ignored"):
        pass  # no record under way: nothing happens
    record = timing.start()
    lap = timing.laps()
    with timing.stage("model load"):
        with timing.stage("inner"):
            pass
    lap("embedding")
    timing.stop()
    assert set(record.to_dict()["stages"]) == {"model load", "inner", "embedding"}
    # nothing counted twice (the raw seconds: the report's are rounded to the microsecond)
    assert abs(sum(record.stages.values()) - record.recorded) < 1e-9


# ------------------------------------------------------------------ the real models


@pytest.fixture(scope="module")
def seed_texts():
    return _body_texts(SEED)


@pytest.fixture(scope="module")
def torch_embedder():
    return SentenceTransformerEmbedder()


@pytest.fixture(scope="module")
def onnx_embedder():
    embedder = OnnxEmbedder(prepare=onnx_export.prepare)
    embedder.load()
    return embedder


@pytest.mark.e2e
def test_first_use_exports_into_the_cache_folder_owner_only(private_cache):
    path = onnx_runtime.model_file()
    assert path.is_file() and path.parent.parent == private_cache  # made by the session fixture via prepare()
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    assert onnx_export.prepare() == path  # prepared already: returned as it is


@pytest.mark.e2e
def test_onnx_vectors_match_torch_on_the_seed_sentences(seed_texts, torch_embedder, onnx_embedder):
    reference = torch_embedder.encode(seed_texts)
    fast = onnx_embedder.encode(seed_texts)
    assert fast.shape == reference.shape == (len(seed_texts), 384) and fast.dtype == np.float32
    cosine = (fast * reference).sum(axis=1)
    assert cosine.mean() >= 0.99 and cosine.min() >= 0.999  # float32 export: equal to ~1e-6
    assert np.allclose(np.linalg.norm(fast, axis=1), 1.0, atol=1e-5)


@pytest.mark.e2e
def test_int8_backend_is_close_on_average_but_not_the_default(seed_texts, torch_embedder):
    quantized = OnnxEmbedder(quantized=True, prepare=onnx_export.prepare)
    fast = quantized.encode(seed_texts)
    cosine = (fast * torch_embedder.encode(seed_texts)).sum(axis=1)
    assert cosine.mean() >= 0.99
    # One sentence alone gives the same vector as within a list: no batch effects.
    assert np.allclose(quantized.encode(seed_texts[3:4])[0], fast[3], atol=1e-6)
    assert resolve_backend(BUNDLED_MODEL, "auto") == "onnx"


@pytest.mark.e2e
def test_a_vector_does_not_depend_on_its_batch(seed_texts, onnx_embedder):
    together = onnx_embedder.encode(seed_texts)
    alone = np.stack([onnx_embedder.encode([t])[0] for t in seed_texts])
    assert np.allclose(together, alone, atol=1e-6)


@pytest.mark.e2e
def test_truncation_is_reported_as_the_torch_backend_does(torch_embedder, onnx_embedder):
    long_text = "The storm closed the port. " + " ".join(f"word{i}" for i in range(300))
    texts = ["A short sentence.", long_text, " ".join(["ship"] * 254), " ".join(["ship"] * 255)]
    assert onnx_embedder.truncated(texts) == torch_embedder.truncated(texts) == [False, True, False, True]
    cosine = (onnx_embedder.encode(texts) * torch_embedder.encode(texts)).sum(axis=1)
    assert cosine.min() >= 0.999  # the long text is read from its start on both


def _shape(report) -> tuple:
    data = report_dict(report)
    statements = sorted(tuple((m["doc"], m["index"]) for m in s["members"]) for s in data["statements"])
    findings = [{k: v for k, v in f.items() if k != "confidence"} for f in data["findings"]]
    return statements, findings


@pytest.mark.e2e
@pytest.mark.parametrize("gold", FIXTURE_GOLDS, ids=lambda p: p.parent.name)
def test_same_statements_and_findings_as_torch(gold, torch_embedder, onnx_embedder):
    documents, _ = load_documents(gold_story(gold))
    settings = Settings(cache=False)
    with_torch = check(documents, settings, CachedEmbedder(torch_embedder))
    with_onnx = check(documents, settings, CachedEmbedder(onnx_embedder))
    assert _shape(with_onnx) == _shape(with_torch)
    scores = [s.score for s in with_torch.statements if s.score is not None]
    fast_scores = [s.score for s in with_onnx.statements if s.score is not None]
    assert np.allclose(scores, fast_scores, atol=1e-4)


@pytest.mark.e2e
def test_a_fast_check_never_imports_torch(tmp_path):
    """The CLI check on the default backend: no torch, no sentence-transformers, spaCy still works."""
    probe = tmp_path / "modules.json"
    code = (
        "import sys, json\n"
        "sys.argv = ['consistency', 'check', sys.argv[1], '--no-cache', '-q', '-f', 'json']\n"
        "from consistency.cli import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "mods = [m for m in ('torch', 'sentence_transformers', 'transformers', 'spacy', 'onnxruntime') if m in sys.modules]\n"
        "open(%r, 'w').write(json.dumps(mods))\n" % str(probe)
    )
    result = subprocess.run([sys.executable, "-c", code, str(SEED)], capture_output=True, text=True,
                            cwd=ROOT, timeout=600)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["settings"]["backend"] == "onnx"
    assert len(report["findings"]) >= 2
    assert json.loads(probe.read_text()) == ["spacy", "onnxruntime"]


@pytest.mark.e2e
def test_timings_file_names_every_stage_of_a_check(tmp_path):
    path = tmp_path / "timings.json"
    result = subprocess.run([sys.executable, "-m", "consistency", "check", str(SEED), "--no-cache", "-q"],
                            capture_output=True, text=True, cwd=ROOT, timeout=600,
                            env={**os.environ, "CONSISTENCY_TIMINGS": str(path)})
    assert result.returncode == 1  # the seed's high finding
    assert result.stderr == ""  # the hook writes its file and nothing else
    data = json.loads(path.read_text())
    stages = data["stages"]
    for name in ("imports", "loading", "segmentation", "model load", "embedding", "spaCy load", "facets",
                 "alignment", "comparison", "rendering"):
        assert name in stages and stages[name] >= 0, name
    # the model loads and encodes on the second thread, alongside spaCy: apart from the total
    assert data["background"] == ["embedding", "model load"]
    assert abs(data["total"] - sum(v for k, v in stages.items() if k not in data["background"])) < 1e-5


@pytest.mark.e2e
def test_first_use_exports_the_model_beside_spacy_loading_and_gives_the_same_report(tmp_path):
    """The export imports torch on the second thread while spaCy is imported with torch hidden."""
    reports, notices = [], []
    for folder in (tmp_path / "fresh-cache", None):  # a first use, then the session's prepared model
        env = dict(os.environ)
        if folder is not None:
            env["CONSISTENCY_CACHE_DIR"] = str(folder)
        result = subprocess.run([sys.executable, "-m", "consistency", "check", str(SEED), "-f", "json"],
                                capture_output=True, text=True, cwd=ROOT, timeout=600, env=env)
        assert result.returncode == 1, result.stderr  # the seed's high finding
        reports.append(result.stdout)
        notices.append("preparing the fast embedding model once" in result.stderr)
    assert notices == [True, False]
    assert list((tmp_path / "fresh-cache" / "models").glob("*.onnx"))
    assert reports[0] == reports[1]


@pytest.mark.e2e
def test_torch_backend_is_still_the_reference_and_recorded(tmp_path):
    documents, _ = load_documents([SEED])
    report = check(documents, Settings(backend="torch", cache=False))
    assert report.settings["backend"] == "torch"
    assert get_embedder(BUNDLED_MODEL, 32, "torch", False).backend == "torch"


def test_onnx_batches_keep_padding_small_and_cover_every_sentence_once():
    from consistency.embed.onnx_runtime import MAX_PADDING, _batches

    lengths = [12, 40, 13, 90, 11, 41, 12, 12, 39, 256, 14, 15, 13, 12, 11, 12, 12, 13]
    batches = _batches(lengths, 8)
    assert sorted(i for b in batches for i in b) == list(range(len(lengths)))
    for batch in batches:
        padded = len(batch) * max(lengths[i] for i in batch)
        assert len(batch) <= 8
        assert padded - sum(lengths[i] for i in batch) <= MAX_PADDING * padded or len(batch) == 1
    assert [lengths[i] for i in batches[-1]] == [256]  # the long one runs alone, not padding seven short ones
