"""End to end on the real models: `consistency check` and `evaluate` against the hand-annotated fixtures and the seed gold."""

from __future__ import annotations

import json
import subprocess
import sys
from importlib import resources

import jsonschema
import pytest

from consistency.core.settings import load_settings
from consistency.workflows.evaluate import evaluate_gold
from consistency.load import load_documents
from consistency.pipeline import check
from consistency.report.json_report import report_dict

from .conftest import FIXTURES, ROOT, SEED, SEED_A, SEED_B, SEED_GOLD

pytestmark = pytest.mark.e2e
FIXTURE_GOLDS = sorted(p for p in FIXTURES.glob("*/gold.json") if p.parent.name != "seed")


@pytest.fixture(scope="module")
def seed():
    return evaluate_gold(SEED_GOLD, load_settings())


def test_seed_gold_flags_found_and_no_flags_respected(seed):
    result, _ = seed
    failed = [(i.kind, i.id, i.detail) for i in result.failed]
    assert failed == []
    flags = [i for i in result.items if i.kind == "flag"]
    assert len(flags) == 2 and all(i.passed for i in flags)
    no_flags = [i for i in result.items if i.kind == "no-flag"]
    assert len(no_flags) == 6 and all(i.passed for i in no_flags)
    assert len(result.unexplained) <= 2, result.unexplained


def test_at_least_eight_fixtures_and_two_negative_controls():
    assert len(FIXTURE_GOLDS) >= 8
    controls = [p for p in FIXTURE_GOLDS
                if all(f["expect"] == "no-flag" for f in json.loads(p.read_text())["findings"])]
    assert len(controls) >= 2


@pytest.mark.parametrize("gold", FIXTURE_GOLDS, ids=lambda p: p.parent.name)
def test_fixture_gold(gold):
    result, _ = evaluate_gold(gold, load_settings())
    assert [(i.kind, i.id, i.detail) for i in result.failed] == []
    assert len(result.unexplained) <= 1, result.unexplained


@pytest.fixture(scope="module")
def seed_json():
    documents, _ = load_documents([SEED_A, SEED_B])
    return report_dict(check(documents, load_settings()))


def test_json_report_validates_against_the_documented_schema(seed_json):
    schema = json.loads(resources.files("consistency.report").joinpath("schema.json").read_text())
    jsonschema.validate(seed_json, schema)


def test_each_compared_pair_shows_how_alike_its_sentences_are(seed_json):
    """A finding on two sentences carries the score of the link that joined them; an omission has none."""
    links = {frozenset(((l["a"]["doc"], l["a"]["index"]), (l["b"]["doc"], l["b"]["index"]))): l["score"]
             for st in seed_json["statements"] for l in st["links"]}
    compared = [f for f in seed_json["findings"] if f["b"] is not None]
    assert compared
    for f in compared:
        pair = frozenset(((f["a"]["doc"], f["a"]["index"]), (f["b"]["doc"], f["b"]["index"])))
        assert f["pair_score"] == links[pair]
    assert all(f["pair_score"] is None for f in seed_json["findings"] if f["b"] is None)


def test_the_report_lists_every_compared_pair_and_each_finding_is_on_one(seed_json):
    pairs = {frozenset(((p["a"]["doc"], p["a"]["index"]), (p["b"]["doc"], p["b"]["index"]))): p for p in seed_json["pairs"]}
    linked = {frozenset(((l["a"]["doc"], l["a"]["index"]), (l["b"]["doc"], l["b"]["index"])))
              for st in seed_json["statements"] for l in st["links"]}
    assert linked <= {k for k, p in pairs.items() if p["basis"] == "linked"}
    for f in seed_json["findings"]:
        if f["b"] is not None:
            assert frozenset(((f["a"]["doc"], f["a"]["index"]), (f["b"]["doc"], f["b"]["index"]))) in pairs


def _wire_and_daily(tmp_path, wire: str, daily: str) -> dict:
    """The JSON report of two articles of 2024-05-03, each given as its headline and story."""
    for name, text in (("wire", wire), ("daily", daily)):
        (tmp_path / f"{name}.txt").write_text(f"date 2024-05-03\n\n{text}\n", encoding="utf-8")
    documents, _ = load_documents([tmp_path / "wire.txt", tmp_path / "daily.txt"])
    return report_dict(check(documents, load_settings()))


def test_a_headline_that_gives_another_figure_than_the_other_outlets_story_is_reported(tmp_path):
    report = _wire_and_daily(
        tmp_path,
        "Ferry capsizes in storm with 212 passengers aboard\n\n"
        "A ferry capsized in a storm on Friday off the northern coast. "
        "It was carrying 212 passengers, the port authority said. Rescue boats searched the area overnight.",
        "Storm sinks ferry: 241 passengers feared aboard\n\n"
        "A passenger ferry overturned in heavy seas on Friday near the northern coast. "
        "Rescue boats searched the area through the night. Officials have not said what caused the accident.")
    headline = [f for f in report["findings"] if "in a headline" in f["explanation"]]
    assert [(f["severity"], {f["a"]["value"], f["b"]["value"]}) for f in headline] == [("medium", {"212 passengers", "241 passengers"})]
    assert any(p["basis"] == "headline" for p in report["pairs"])


def test_json_offsets_and_evidence_point_at_the_text(seed_json):
    texts = {d["id"]: d["text"] for d in seed_json["documents"]}
    sentences = {(s["doc"], s["index"]): s for s in seed_json["sentences"]}
    for s in seed_json["sentences"]:
        assert texts[s["doc"]][s["start"]:s["end"]] == s["text"]
    for f in seed_json["findings"]:
        for side in (f["a"], f["b"]):
            if side and side["text"] is not None:
                sentence = sentences[(side["doc"], side["index"])]["text"]
                assert sentence[side["start"]:side["end"]] == side["text"]


def test_every_explanation_names_both_values_in_plain_words(seed_json):
    disputes = [f for f in seed_json["findings"] if f["facet"] != "omission"]
    assert disputes
    for f in disputes:
        words = f["explanation"]
        assert f["a"]["text"] is None or f["a"]["text"] in words or f["a"]["value"] in words
        if f["b"]["text"] is not None:
            assert f["b"]["text"] in words or f["b"]["value"] in words
    date = [f for f in disputes if f["facet"] == "date" and f["severity"] == "high"]
    assert any("Wed 1 Mar 2017" in f["explanation"] and "Thu 2 Mar 2017" in f["explanation"] for f in date)


def _check(*args):
    return subprocess.run([sys.executable, "-m", "consistency", "check", *args],
                          capture_output=True, text=True, cwd=ROOT, timeout=600)


def test_check_exit_codes_follow_fail_on():
    assert _check(str(SEED)).returncode == 1  # the Wednesday/Thursday clash is high
    assert _check(str(SEED), "--fail-on", "never").returncode == 0
    control = FIXTURES / "control-earthquake"
    clean = _check(str(control / "a.txt"), str(control / "b.txt"), "--fail-on", "medium")
    assert clean.returncode == 0, clean.stdout


def test_check_markdown_has_the_findings():
    result = _check(str(SEED), "--format", "md", "--fail-on", "never")
    assert result.returncode == 0
    assert result.stdout.startswith("# Consistency report")
    assert "## High" in result.stdout and "Wed 1 Mar 2017" in result.stdout


def test_a_headline_repeating_a_reported_disagreement_is_listed_with_it_not_told_again(tmp_path):
    """The wire's headline and its story both say seven children; the daily says at least nine: one finding, which
    shows both of the wire's sentences."""
    report = _wire_and_daily(
        tmp_path,
        "Tornado toll revised down to 24, including seven children\n\n"
        "A tornado tore through the town of Millbrook on Thursday afternoon. The medical examiner has revised the "
        "death toll from 40 to 24, including seven children. Rescue crews searched the rubble through the night.",
        "Millbrook counts its dead after tornado\n\n"
        "A tornado struck Millbrook on Thursday afternoon, flattening homes and a school. On Friday, the state medical "
        "examiner lowered the death toll to 24 people, including at least nine children. Crews kept searching the "
        "rubble overnight.")
    children = [f for f in report["findings"] if "children" in f["explanation"]]
    assert len(children) == 1
    (finding,) = children
    wire_sentences = {side["sentence"] for pair in [finding, *finding["also"]] for side in (pair["a"], pair["b"])
                      if side["doc"] == "wire"}
    assert wire_sentences == {"Tornado toll revised down to 24, including seven children",
                              "The medical examiner has revised the death toll from 40 to 24, including seven children."}


def test_a_surname_of_a_person_named_in_full_before_is_a_person_whose_quote_can_clash(tmp_path):
    """ "Sokol told reporters" after "Dmitri Sokol resigned": the surname alone may be tagged a body, but the story
    named the person in full, so the quotation credited to another person by the other outlet is a clash (medium),
    not "a person may speak for the body"."""
    report = _wire_and_daily(
        tmp_path,
        "Sokol loses title\n\nGrandmaster Dmitri Sokol resigned the twelfth game on move 52 in Basel. "
        "\"She played the endgame like a machine,\" Sokol told reporters.",
        "Basel title changes hands\n\nThe defending champion resigned on move 52 in Basel. "
        "\"She played the endgame like a machine,\" said Viktor Halm, the former champion.")
    speaker = [f for f in report["findings"] if f["facet"] == "attribution" and f["kind"] == "speaker"]
    assert [(f["severity"], {f["a"]["value"], f["b"]["value"]}) for f in speaker] == [("medium", {"Dmitri Sokol", "Viktor Halm"})]
