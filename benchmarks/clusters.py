"""What the report says on real multi-outlet coverage nobody annotated for discrepancies: ECB+ clusters.

Usage: ``python benchmarks/clusters.py --data ../shared/data [--docs 4] [--out benchmarks/results]``

Each ECB+ subtopic (one real event, several outlets; ``clusters/docs.jsonl``) is checked at the default settings
on its first ``--docs`` documents (by id), their sentences as given. ECB+ marks events, not discrepancies, so this
is not precision: it counts the medium and high findings a reader would have to check, by facet and kind, and lists
every HIGH one (a HIGH fails a pre-publish job). Read the list: a finding a fact-checker would reject is a false
alarm class to fix. Writes ``clusters.json`` and ``clusters.md``; the documents are read by path.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from realnews import _commit  # noqa: E402  (the same commit stamp as the real-news benchmark)


def check_clusters(data: Path, docs: int) -> dict:
    """Medium and high findings per ECB+ subtopic checked on its first `docs` documents."""
    from consistency import pipeline
    from consistency.core.settings import load_settings
    from consistency.core.types import Severity

    settings = load_settings()
    by_topic: dict[str, list[dict]] = defaultdict(list)
    with open(data / "clusters" / "docs.jsonl", encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            by_topic[row["subtopic"]].append(row)
    counts: Counter = Counter()
    high: list[str] = []
    for topic in sorted(by_topic):
        rows = sorted(by_topic[topic], key=lambda r: r["doc_id"])[:docs]
        records = [{"id": r["doc_id"], "sentences": r["sentences"]} for r in rows]
        documents, warnings = pipeline.load_records(records, topic, topic)
        report = pipeline.check(documents, settings, warnings=warnings)
        for f in report.findings:
            if f.b is None or f.facet == "omission" or f.severity.rank < Severity.MEDIUM.rank:
                continue
            counts[f"{f.severity.value} {f.facet}/{f.kind}"] += 1
            if f.severity is Severity.HIGH:
                high.append(f"[{topic}] {f.facet}/{f.kind}: {f.explanation}")
    return {"clusters": len(by_topic), "docs_per_cluster": docs, "findings": dict(sorted(counts.items())), "high": high}


def markdown(result: dict) -> str:
    rows = ["| severity facet/kind | findings |", "| --- | --- |"]
    rows += [f"| {k} | {v} |" for k, v in result["findings"].items()]
    total_high = sum(v for k, v in result["findings"].items() if k.startswith("high"))
    total_medium = sum(v for k, v in result["findings"].items() if k.startswith("medium"))
    rows += ["", f"{result['clusters']} ECB+ clusters, first {result['docs_per_cluster']} documents each: "
             f"{total_high} high, {total_medium} medium findings. Every HIGH one:", ""]
    rows += [f"- {h}" for h in result["high"]] or ["- none"]
    return "\n".join(rows) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="the shared data folder (holds clusters/docs.jsonl)")
    parser.add_argument("--docs", type=int, default=4, help="documents checked per cluster (default 4)")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results", help="where to write clusters.*")
    args = parser.parse_args(argv)
    if not (args.data / "clusters" / "docs.jsonl").exists():
        print(f"no clusters/docs.jsonl under {args.data}", file=sys.stderr)
        return 2
    started = time.perf_counter()
    result = check_clusters(args.data, args.docs)
    result.update(commit=_commit(), seconds=round(time.perf_counter() - started, 1))
    table = markdown(result)
    print(table)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "clusters.json").write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    (args.out / "clusters.md").write_text(table, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
