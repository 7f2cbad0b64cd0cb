"""Real coverage: run `check` on every story of a real-news folder (one subfolder per story, with gold.json) and
score what a fact-checker would see.

Usage: ``python benchmarks/realnews.py --realnews ../shared/realnews [--out benchmarks/results]``

Measures, per facet and in total, at the default settings (a finding "matches" a gold item when its facet is
the item's and one of its sentence pairs is the item's two sentences):

* flag recall: `flag` items reported at medium or high;
* false alarms: medium/high findings (omissions aside) whose sentence pairs no gold finding item names, per story;
* HIGH precision: HIGH findings matching a `flag` or `maybe` item, over all HIGH findings;
* `no-flag` violated (reported above low) and untested (its two sentences not in one statement);
* `maybe` items reported (any severity);
* gold aligned sentence pairs that end up in one statement;
* the sentence pairs gold finding items name, by how they were compared (report `pairs`: linked, similar,
  headline) or not at all.

Writes ``realnews.json`` (every number, every story, the settings, the commit) and ``realnews.md``.
The stories are read by path and never copied.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FACETS = ("date", "attribution", "claim")


def _commit() -> str:
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    except OSError:
        return "unknown"


def _pairs(finding) -> list[frozenset]:
    return [frozenset(((a.doc, a.index), (b.doc, b.index))) for a, b in ((finding.a, finding.b), *finding.also)]


def checked_story(gold_path: Path, settings):
    """A story's gold, its report at `settings`, the gold's document ids in the report, and the locator of
    gold snippets in it."""
    from consistency import pipeline
    from consistency.workflows.evaluate import SnippetLocator, read_gold

    gold = read_gold(gold_path)
    documents, warnings = pipeline.load([gold_path.parent / d["path"] for d in gold["documents"]])
    by_path = {Path(d.path).resolve(): d.id for d in documents}
    doc_ids = {g["id"]: by_path[(gold_path.parent / g["path"]).resolve()] for g in gold["documents"]}
    report = pipeline.check(documents, settings, warnings=warnings)
    return gold, report, doc_ids, SnippetLocator(report, doc_ids, str(gold_path))


def story_arguments(argv: list[str] | None, description: str, written: str) -> tuple[argparse.Namespace, list[Path]]:
    """The command line of a real-news benchmark, and the stories' gold files (none: the folder holds no story)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--realnews", type=Path, default=ROOT.parent / "shared" / "realnews", help="folder of stories with gold.json")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results", help=f"where to write {written}")
    args = parser.parse_args(argv)
    golds = sorted(args.realnews.glob("*/gold.json"))
    if not golds:
        print(f"no */gold.json under {args.realnews}", file=sys.stderr)
    return args, golds


def score_story(gold_path: Path, settings) -> dict[str, Any]:
    """One story's counts."""
    from consistency.core.types import Severity
    from consistency.workflows.evaluate import gold_sides

    gold, report, doc_ids, locate = checked_story(gold_path, settings)
    statement_of = {(m.doc, m.index): k for k, st in enumerate(report.statements) for m in st.members}

    def together(a, b) -> bool:
        return statement_of.get(a) is not None and statement_of.get(a) == statement_of.get(b)

    def find(d: str, snippet: str):
        """The sentence holding a gold snippet, or None when the splitter cut the snippet in two (a miss)."""
        try:
            return (doc_ids[d], locate.find(d, snippet))
        except LookupError:
            counts["snippets_not_found"] += 1
            return None

    counts: Counter = Counter()
    for item in gold.get("aligned", []):
        refs = [find(d, s) for d, s in gold_sides(item)]
        for i in range(len(refs)):
            for j in range(i + 1, len(refs)):
                counts["aligned_pairs"] += 1
                counts["aligned_pairs_together"] += None not in (refs[i], refs[j]) and together(refs[i], refs[j])

    basis = {frozenset(((p.a.doc, p.a.index), (p.b.doc, p.b.index))): p.basis.value for p in report.pairs}
    serious = [f for f in report.findings if f.b is not None and f.facet != "omission" and f.severity.rank >= Severity.MEDIUM.rank]
    named: set[frozenset] = set()
    explains: set[tuple[frozenset, str]] = set()
    items = []
    for item in gold.get("findings", []):
        refs = [find(d, s) for d, s in gold_sides(item)[:2]]
        pair, facet, expect = frozenset(refs), item["facet"], item["expect"]
        named.add(pair)
        counts["item_pairs"] += 1
        counts[f"item_pairs_{basis.get(pair, 'not_compared')}"] += 1
        if expect in ("flag", "maybe"):
            explains.add((pair, facet))
        hits = [f for f in report.findings if f.facet == facet and f.b is not None and pair in _pairs(f)]
        hit_serious = [f for f in hits if f.severity.rank >= Severity.MEDIUM.rank]
        if expect == "flag":
            counts[f"flag_{facet}"] += 1
            counts[f"flag_{facet}_found"] += bool(hit_serious)
            outcome = "found" if hit_serious else "missed"
        elif expect == "maybe":
            counts["maybe"] += 1
            counts["maybe_reported"] += bool(hits)
            outcome = "reported" if hits else "not reported"
        else:
            counts["no_flag"] += 1
            if None in refs or not together(*refs):
                counts["no_flag_untested"] += 1
                outcome = "untested"
            elif hit_serious:
                counts["no_flag_violated"] += 1
                outcome = "violated"
            else:
                outcome = "kept"
        items.append({"id": item.get("id"), "facet": facet, "expect": expect, "outcome": outcome})

    false_alarms = []
    for f in serious:
        if not any(p in named for p in _pairs(f)):
            counts[f"false_{f.facet}"] += 1
            false_alarms.append(f"[{f.severity.value}] {f.facet}: {f.explanation}")
    for f in report.findings:
        if f.severity is Severity.HIGH and f.b is not None:
            counts[f"high_{f.facet}"] += 1
            counts[f"high_{f.facet}_right"] += any((p, f.facet) in explains for p in _pairs(f))
    return {"story": gold_path.parent.name, "counts": dict(counts), "items": items, "false_alarms": false_alarms}


def summarise(stories: list[dict[str, Any]]) -> dict[str, Any]:
    total: Counter = Counter()
    for s in stories:
        total.update(s["counts"])
    out: dict[str, Any] = {"stories": len(stories)}
    for facet in (*FACETS, "all"):
        keys = FACETS if facet == "all" else (facet,)
        flags = sum(total[f"flag_{k}"] for k in keys)
        found = sum(total[f"flag_{k}_found"] for k in keys)
        high = sum(total[f"high_{k}"] for k in keys)
        right = sum(total[f"high_{k}_right"] for k in keys)
        false = sum(total[f"false_{k}"] for k in keys)
        out[facet] = {"flag": flags, "flag_found": found, "flag_recall": round(found / flags, 4) if flags else None,
                      "false_alarms": false, "false_alarms_per_story": round(false / len(stories), 4) if stories else None,
                      "high": high, "high_right": right, "high_precision": round(right / high, 4) if high else None}
    out["no_flag"] = {"items": total["no_flag"], "violated": total["no_flag_violated"], "untested": total["no_flag_untested"]}
    out["maybe"] = {"items": total["maybe"], "reported": total["maybe_reported"]}
    out["aligned_pairs"] = {"pairs": total["aligned_pairs"], "together": total["aligned_pairs_together"]}
    out["item_pairs"] = {"pairs": total["item_pairs"], **{b: total[f"item_pairs_{b}"] for b in ("linked", "similar", "headline", "not_compared")}}
    out["snippets_not_found"] = total["snippets_not_found"]
    return out


def markdown(summary: dict[str, Any]) -> str:
    def ratio(a, b):
        return f"{a} / {b}"

    rows = ["| facet | flag found | false alarms (per story) | HIGH right / HIGH |", "| --- | --- | --- | --- |"]
    for facet in (*FACETS, "all"):
        s = summary[facet]
        precision = f" ({s['high_precision']:.2f})" if s["high_precision"] is not None else ""
        rows.append(f"| {facet} | {ratio(s['flag_found'], s['flag'])} | {s['false_alarms']} ({s['false_alarms_per_story']:.2f}) "
                    f"| {ratio(s['high_right'], s['high'])}{precision} |")
    nf, mb, al = summary["no_flag"], summary["maybe"], summary["aligned_pairs"]
    rows += ["", f"`no-flag` violated / untested: {nf['violated']} / {nf['untested']} of {nf['items']}; "
             f"`maybe` reported: {mb['reported']} / {mb['items']}; gold aligned pairs in one statement: "
             f"{al['together']} / {al['pairs']}; gold snippets split across two sentences: {summary['snippets_not_found']}.",
             "", f"Sentence pairs named by gold finding items ({summary['item_pairs']['pairs']}) that were compared: "
             f"{summary['item_pairs']['linked']} linked (every rule), {summary['item_pairs']['similar']} similar and "
             f"{summary['item_pairs']['headline']} headline (near-miss figures and times only); "
             f"{summary['item_pairs']['not_compared']} not compared."]
    return "\n".join(rows) + "\n"


def main(argv: list[str] | None = None) -> int:
    args, golds = story_arguments(argv, __doc__.split("\n\n")[0], "realnews.json and realnews.md")
    if not golds:
        return 2
    from consistency.core.settings import load_settings

    settings = load_settings()
    started = time.perf_counter()
    stories = []
    for path in golds:
        stories.append(score_story(path, settings))
        print(f"{path.parent.name}: {stories[-1]['counts']}", file=sys.stderr)
    summary = summarise(stories)
    table = markdown(summary)
    print(table)
    args.out.mkdir(parents=True, exist_ok=True)
    record = {"summary": summary, "stories": stories, "settings": settings.to_dict(), "commit": _commit(),
              "seconds": round(time.perf_counter() - started, 1)}
    (args.out / "realnews.json").write_text(json.dumps(record, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    (args.out / "realnews.md").write_text(table, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
