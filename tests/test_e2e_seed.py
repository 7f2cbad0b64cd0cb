"""End to end on the real bundled model and spaCy pipeline: the seed pair against its gold."""

from __future__ import annotations

import json
import random
import re
import subprocess
import sys

import pytest

from consistency.core.settings import load_settings
from consistency.workflows.evaluate import evaluate_gold, read_gold
from consistency.load import load_documents
from consistency.pipeline import check
from consistency.report.json_report import render_json

from .conftest import ROOT, SEED_A, SEED_B, SEED_GOLD

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def seed_result():
    return evaluate_gold(SEED_GOLD, load_settings())


def _items(result, kind):
    return [i for i in result.items if i.kind == kind]


def test_seed_aligned_pairs_all_found(seed_result):
    result, _ = seed_result
    aligned = _items(result, "aligned")
    assert len(aligned) == 5
    assert all(i.passed for i in aligned), [i.detail for i in aligned if not i.passed]


def test_seed_unaligned_sentences_left_alone(seed_result):
    result, _ = seed_result
    unaligned = _items(result, "unaligned")
    assert len(unaligned) == 3
    assert all(i.passed for i in unaligned), [i.detail for i in unaligned if not i.passed]


def test_seed_statements_partition_body_sentences(seed_result):
    _, report = seed_result
    body = {(s.doc_id, s.index) for s in report.sentences if s.kind.value == "body" and s.duplicate_of is None}
    members = [(m.doc, m.index) for st in report.statements for m in st.members]
    assert sorted(members) == sorted(body)


def _shuffle_paragraphs(text: str, seed: int) -> str:
    match = re.match(r"^( ?date \d{4}-\d{2}-\d{2} )", text)
    prefix, rest = (match[1], text[match.end():]) if match else ("", text)
    paragraphs = [p for p in re.split(r"\n\s*\n", rest) if p.strip()]
    random.Random(seed).shuffle(paragraphs)
    return prefix + "\n\n".join(paragraphs)


def test_shuffled_paragraphs_give_the_same_evaluation(tmp_path, seed_result):
    original, _ = seed_result
    gold = read_gold(SEED_GOLD)
    (tmp_path / SEED_A.name).write_text(SEED_A.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / SEED_B.name).write_text(_shuffle_paragraphs(SEED_B.read_text(encoding="utf-8"), 7), encoding="utf-8")
    (tmp_path / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    shuffled, _ = evaluate_gold(tmp_path / "gold.json", load_settings())
    assert [(i.kind, i.id, i.passed) for i in shuffled.items] == [(i.kind, i.id, i.passed) for i in original.items]
    assert (shuffled.pair_tp, shuffled.pair_fn) == (original.pair_tp, original.pair_fn)


def test_reverse_document_order_gives_the_same_statements():
    settings = load_settings()
    forward, _ = load_documents([SEED_A, SEED_B])
    backward, _ = load_documents([SEED_B, SEED_A])
    a = check(forward, settings)
    b = check(list(reversed(backward)), settings)
    assert a.statements == b.statements
    assert render_json(a) == render_json(b)


def test_evaluate_command_shows_the_table_and_passes():
    result = subprocess.run(
        [sys.executable, "-m", "consistency", "evaluate", str(SEED_GOLD)],
        capture_output=True, text=True, cwd=ROOT, timeout=600,
    )
    assert "P " in result.stdout.splitlines()[0] or "P" in result.stdout.splitlines()[0]
    assert "seed/gold.json" in result.stdout
    assert result.returncode == 0, result.stdout + result.stderr
