"""The claims benchmark runs end to end on a tiny sample written here (no shared data needed)."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

BENCHMARKS = ROOT / "benchmarks"

# Invented rows in the VitaminC and SICK formats (Penn-Treebank tokenised like VitaminC).
VITAMINC = [
    {"id": "r-number", "label": "refutes", "source_file": "test",
     "claim": "The storm killed more than 40 people in the region .",
     "evidence": "The storm killed 12 people in the region , officials said ."},
    {"id": "r-date", "label": "refutes", "source_file": "test",
     "claim": "The bridge opened on March 3 , 2015 .",
     "evidence": "The bridge opened on March 9 , 2015 , after two years of work ."},
    {"id": "r-place", "label": "refutes", "source_file": "test",
     "claim": "The museum is located in Paris .",
     "evidence": "The museum , founded in 1901 , is located in Lyon ."},
    {"id": "r-same-digits", "label": "refutes", "source_file": "test",
     "claim": "The team won 3 titles under its first coach .",
     "evidence": "The team won 3 titles under its second coach ."},
    {"id": "s-number", "label": "supports", "source_file": "test",
     "claim": "The company hired 300 workers in May .",
     "evidence": "In May , the company hired 300 workers -LRB- mostly engineers -RRB- ."},
    {"id": "s-words", "label": "supports", "source_file": "test",
     "claim": "The river is long .", "evidence": "The river is very long , `` the longest '' in the country ."},
    {"id": "s-year", "label": "supports", "source_file": "test",
     "claim": "The school opened in the 20th century .", "evidence": "The school opened in 1954 ."},
    {"id": "n-1", "label": "not enough info", "source_file": "test",
     "claim": "The mayor visited 2 towns .", "evidence": "The mayor gave a speech ."},
]
SICK = [
    {"id": "sick-t1", "split": "train", "relatedness": 4.0, "label": "contradiction",
     "sentence_A": "A man is not playing a guitar", "sentence_B": "A man is playing a guitar"},
    {"id": "sick-t2", "split": "train", "relatedness": 4.5, "label": "entailment",
     "sentence_A": "A dog is running in a field", "sentence_B": "A dog is running on the grass"},
    {"id": "sick-t3", "split": "train", "relatedness": 3.0, "label": "neutral",
     "sentence_A": "A woman is cooking", "sentence_B": "A woman is reading"},
]


def _load(name: str):
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    spec = importlib.util.spec_from_file_location(f"bench_{name}", BENCHMARKS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def claims():
    return _load("facets_claims")


def _write_jsonl(path: Path, rows: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


@pytest.fixture(scope="module")
def result(claims, tmp_path_factory):
    data = tmp_path_factory.mktemp("data")
    _write_jsonl(data / "claims" / "vitaminc-dev.jsonl", VITAMINC)
    _write_jsonl(data / "claims" / "sick-train.jsonl", SICK)
    return claims.run(data)


def test_subset_rule_is_plain_digits_and_months(claims):
    assert claims.in_subset("born in 1956", "born June 10, 1945")
    assert claims.in_subset("in January", "in February")
    assert claims.in_subset("located in Paris", "founded in 1901")  # one side has no digits: sets differ
    assert not claims.in_subset("won 3 titles", "3 titles won")
    assert not claims.in_subset("It may rain", "It may snow")  # modal "may" is not a month
    assert claims.negation_driven("A man is not playing", "A man is playing")
    assert not claims.negation_driven("A dog runs", "A dog sprints")


def test_detokenize(claims):
    text = "Gabler 's play -LRB- 1891 -RRB- , `` Hedda '' , cost $ 5 -- 10 % more ."
    assert claims.detokenize(text) == "Gabler's play (1891), \u201cHedda\u201d, cost $5 -- 10% more."
    assert claims.as_sentence_text("A man is playing a guitar") == "A man is playing a guitar."


@pytest.mark.e2e
def test_claims_benchmark_runs_end_to_end(result):
    v = result["vitaminc"]
    assert v["rows"] == len(VITAMINC)
    assert json.loads(json.dumps(result)) == result  # JSON-ready
    for variant in ("end_to_end", "forced"):
        r = v[variant]
        # group sizes come from the labels and the plain rule, not from the tool
        assert r["refutes_subset"]["pairs"] == 3
        assert r["refutes_subset_both_sides"]["pairs"] == 2
        assert r["supports_all"]["pairs"] == 3
        assert r["supports_subset"]["pairs"] == 1
        assert r["nei_all"]["pairs"] == 1
        for group in ("refutes_subset", "supports_all", "supports_subset", "refutes_all", "nei_all"):
            g = r[group]
            assert 0 <= g["flagged"] <= g["pairs"]
            assert set(g["by_rule"]) == {"number", "date", "negation", "quote"}
            assert all(n <= g["flagged"] for n in g["by_rule"].values())
        assert len(r["examples"]["misses"]) <= 5 and len(r["examples"]["false_flags"]) <= 5
        for example in r["examples"]["misses"]:
            assert set(example) >= {"id", "claim", "evidence"}
    assert set(v["end_to_end"]["aligned"]) >= {"refutes_subset", "supports_all"}
    forced = v["forced"]
    # a clear number clash and a clear day clash, compared directly, are flagged
    assert forced["refutes_subset"]["flagged"] >= 2
    assert forced["refutes_subset"]["by_rule"]["number"] >= 1
    assert forced["refutes_subset"]["by_rule"]["date"] >= 1
    assert "r-place" in {m["id"] for m in forced["examples"]["misses"]}

    s = result["sick"]
    assert s["contradiction"]["pairs"] == 1 and s["entailment"]["pairs"] == 1
    assert s["contradiction"]["negation_flagged"] == 1
    assert s["entailment"]["negation_flagged"] == 0


@pytest.mark.e2e
def test_summary_table_renders(result):
    facets = _load("facets")
    table = facets.markdown({"claims": result, "seconds": {"total": 1.0}, "cpu_count": 2, "git_commit": "abc"})
    assert table.startswith("| facet | data | measure | tool | baseline |")
    assert "refutes, digits or months differ: flagged" in table
    assert "forced 2/3" in table or "forced 3/3" in table


def test_the_same_claim_benchmark_fits_and_ranks_like_the_textbook():
    bench = _load("same_claim")
    import numpy as np

    x = np.array([[0.1], [0.2], [0.3], [0.7], [0.8], [0.9]])
    y = np.array([0, 0, 1, 0, 1, 1], dtype=float)
    p = bench.predict(bench.fit_logistic(x, y, l2=0.01), x)
    assert list(np.argsort(p)) == [0, 1, 2, 3, 4, 5]  # a monotone fit keeps the order of the feature
    assert bench.roc_auc(y, p) == pytest.approx(8 / 9)  # one positive (0.3) ranked under one negative (0.7)
    assert bench.average_precision(np.array([1.0, 0, 1]), np.array([0.9, 0.8, 0.1])) == pytest.approx((1 + 2 / 3) / 2)


@pytest.mark.e2e
def test_the_clusters_benchmark_counts_what_a_reader_would_check(tmp_path):
    """Two invented outlets of one event, one figure apart, and two page stamps a day apart: the figure is a finding,
    the stamps are not."""
    bench = _load("clusters")
    rows = [{"doc_id": "1_1ecb", "subtopic": "1_ecb", "sentences": [
                "May 03 , 2013", "The ferry was carrying 212 passengers when it capsized off the coast on Thursday ."]},
            {"doc_id": "1_2ecb", "subtopic": "1_ecb", "sentences": [
                "May 2 , 2013", "The ferry was carrying 241 passengers when it capsized off the coast on Thursday ."]}]
    (tmp_path / "clusters").mkdir()
    (tmp_path / "clusters" / "docs.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    result = bench.check_clusters(tmp_path, docs=4)
    assert result["clusters"] == 1
    assert sum(n for k, n in result["findings"].items() if k.endswith("claim/number")) == 1
    assert not any("date" in k for k in result["findings"])
    assert "1 ECB+ clusters" in bench.markdown(result)
