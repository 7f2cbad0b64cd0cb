"""Many documents in one story: findings per statement and value, not per document pair; over-long sentences bounded."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from consistency.cli import app

FIRE = " date 2024-03-06 A fire at a warehouse in Leeds on Tuesday injured {n} people, officials said.\n"


def _story(tmp_path, figures):
    folder = tmp_path / "story"
    folder.mkdir()
    for k, n in enumerate(figures):
        (folder / f"outlet{k}.txt").write_text(FIRE.format(n=n), encoding="utf-8")
    return folder


def _report(folder, *extra):
    result = CliRunner().invoke(app, ["check", str(folder), "--fail-on", "never", "-f", "json", "--no-cache", *extra])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_six_sources_two_figures_give_one_finding_saying_who_gives_which(tmp_path):
    report = _report(_story(tmp_path, [14, 12, 12, 14, 12, 12]))
    claims = [f for f in report["findings"] if f["facet"] == "claim"]
    assert len(claims) == 1, [f["explanation"] for f in claims]  # not 8 pairwise findings
    finding = claims[0]
    assert finding["severity"] == "high"
    text = finding["explanation"]
    assert "14 people injured" in text and "12 people injured" in text
    assert "outlet0, outlet3 (2)" in text and "outlet1, outlet2, outlet4, outlet5 (4)" in text
    # Every source is in the finding once, with the value it gives, and `also` stays linear.
    sides = [finding["a"], finding["b"], *(s for pair in finding["also"] for s in (pair["a"], pair["b"]))]
    given = {(s["doc"], s["value"]) for s in sides}
    assert {d for d, _ in given} == {f"outlet{k}" for k in range(6)}
    assert {d for d, v in given if v.startswith("14")} == {"outlet0", "outlet3"}
    assert len(finding["also"]) <= 6


def test_three_figures_among_many_sources_stay_one_finding_per_severity(tmp_path):
    report = _report(_story(tmp_path, [14, 12, 12, 13, 12, 14, 12, 13]))
    claims = [f for f in report["findings"] if f["facet"] == "claim"]
    assert [f["severity"] for f in claims] == ["high"]
    assert "(2)" in claims[0]["explanation"] and "(4)" in claims[0]["explanation"]


def test_many_sources_are_aligned_in_one_pass_with_the_same_statements_and_linear_links(tmp_path, monkeypatch):
    """Past `MANY_DOCUMENTS` one matrix of all sentences is used; the statements and findings are those of the
    pair-by-pair path, and each statement keeps only the links that join it (one fewer than its members)."""
    from consistency import pipeline

    figures = [14 if k % 3 == 0 else 12 for k in range(14)]
    fast = _report(_story(tmp_path, figures))
    monkeypatch.setattr(pipeline, "MANY_DOCUMENTS", 100)
    slow = _report(tmp_path / "story")
    assert [st["members"] for st in fast["statements"]] == [st["members"] for st in slow["statements"]]
    assert [(f["facet"], f["severity"]) for f in fast["findings"]] == [(f["facet"], f["severity"]) for f in slow["findings"]]
    assert all(len(st["links"]) == len(st["members"]) - 1 for st in fast["statements"] if st["score"] is not None)
    assert sum(len(st["links"]) for st in slow["statements"]) > sum(len(st["links"]) for st in fast["statements"])


def test_a_long_run_without_punctuation_is_cut_marked_and_said_not_read(tmp_path):
    import random

    vocabulary = ["harbour", "signal", "market", "winter", "bridge", "garden", "ticket", "silver"]
    rng = random.Random(3)
    words = " ".join(rng.choice(vocabulary) for _ in range(9000))  # about 60,000 characters, no sentence end
    folder = tmp_path / "story"
    folder.mkdir()
    (folder / "long.txt").write_text(f" date 2024-03-06 {words}\n", encoding="utf-8")
    (folder / "short.txt").write_text(FIRE.format(n=12), encoding="utf-8")
    report = _report(folder)
    pieces = [s for s in report["sentences"] if s["doc"] == "long"]
    assert len(pieces) > 10 and all(s["truncated"] for s in pieces if s["end"] - s["start"] > 2000)  # embedded from their start
    assert "".join(report["documents"][0]["text"][s["start"]:s["end"]] for s in pieces).replace(" ", "") == words.replace(" ", "")
    assert any("not read for dates, numbers, sources or quotations" in w for w in report["warnings"])
