"""Scale of `consistency check`: a story of many tiny articles, and one long article without punctuation.

What is measured (one run each, a new process, ``--no-cache``: read the trend, not the digits):

* a story of N tiny articles (N = 100, 250 and ``--documents``, 500 by default), each three or four
  sentences about one warehouse fire written by a different outlet: a third give 14 injured and the
  rest 12, half say the fire burned 3 hours and half 4, ten kinds of goods stored, and four in five add
  one of ten further facts. Wall time, peak memory (``wait4`` max RSS), the findings by facet and the size of the
  JSON report. The acceptance (issue 14): 500 documents in under 15 s and 1 GB.
* a pair: an article of ``--long-mib`` MiB (9.9 by default) of words without a single punctuation
  mark, and a short ordinary article: wall time, peak memory, how many pieces the long run became
  and how many sentences the report says were cut.

Usage: ``python benchmarks/scale.py`` (a few minutes on 2 CPUs; writes ``benchmarks/results/scale.json``
and ``scale.md``).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results"
CLI = [sys.executable, "-m", "consistency"]

ITEMS = ("paper", "tyres", "furniture", "textiles", "electronics", "toys", "paint", "food", "books", "plastics")
OWN = (  # a sentence some outlets have and others not, of ten kinds
    " A neighbour said the smoke could be seen across the city.", " The cause of the fire is not yet known.",
    " Police closed the ring road for the afternoon.", " The owner thanked the emergency services.",
    " Schools nearby kept pupils indoors.", " An investigation has been opened by the fire service.",
    " Trains on the line to York were delayed.", " The building had passed an inspection last year.",
    " Residents were told to keep their windows shut.", " Insurance experts expect a costly claim.")
WORDS = ("river", "market", "council", "engine", "window", "harbour", "station", "garden", "letter", "signal",
         "bridge", "winter", "school", "ticket", "doctor", "silver", "forest", "dinner", "camera", "poster")


def tiny_story(n: int) -> list[tuple[str, str]]:
    """`n` tiny articles about one warehouse fire, as (file name, text): the same fixed mix whatever `n`."""
    out = []
    for k in range(n):
        injured = 14 if k % 3 == 0 else 12
        hours = 3 if k % 2 == 0 else 4
        item = ITEMS[k % len(ITEMS)]
        text = (f" date 2024-03-06 A fire at a warehouse in Leeds on Tuesday injured {injured} people, officials said. "
                f"Firefighters needed {hours} hours to bring the blaze under control. "
                f"The warehouse stored {item}.{OWN[(k // 2) % len(OWN)] if k % 5 else ''}\n")
        out.append((f"outlet{k:04d}.txt", text))
    return out


def long_article(mib: float, seed: int = 14) -> str:
    """About `mib` MiB of lower-case words without a single punctuation mark or line break."""
    rng = random.Random(seed)
    words, size, target = [], 0, int(mib * 1024 * 1024)
    while size < target:
        w = rng.choice(WORDS)
        words.append(w)
        size += len(w) + 1
    return " date 2024-03-06 " + " ".join(words) + "\n"


def run(args: list[str], timeout: float = 3600) -> dict:
    """One CLI run in a new process: wall seconds, peak RSS (MB), exit code, stderr's last line."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    started = time.perf_counter()
    proc = subprocess.Popen([*CLI, *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, cwd=ROOT)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - started
    err = proc.stderr.read().decode("utf-8", "replace").strip().splitlines() if proc.stderr else []
    code = os.waitstatus_to_exitcode(status)
    return {"seconds": round(seconds, 2), "peak_rss_mb": round(usage.ru_maxrss / 1024, 1), "exit": code,
            "stderr": err[-1] if err else ""}


def measure_story(n: int, tmp: Path) -> dict:
    folder = tmp / f"story{n}"
    folder.mkdir()
    for name, text in tiny_story(n):
        (folder / name).write_text(text, encoding="utf-8")
    out = tmp / f"story{n}.json"
    result = run(["check", str(folder), "--no-cache", "--quiet", "--fail-on", "never", "-f", "json", "-o", str(out)])
    report = json.loads(out.read_text(encoding="utf-8"))
    by_facet: dict[str, int] = {}
    for f in report["findings"]:
        by_facet[f["facet"]] = by_facet.get(f["facet"], 0) + 1
    also = max((len(f["also"]) for f in report["findings"]), default=0)
    return {"documents": n, **result, "findings": len(report["findings"]), "by_facet": by_facet,
            "largest_also": also, "statements": len(report["statements"]), "pairs": len(report["pairs"]),
            "report_mb": round(out.stat().st_size / 1024**2, 2), "warnings": report["warnings"]}


def measure_long(mib: float, tmp: Path) -> dict:
    folder = tmp / "long"
    folder.mkdir()
    (folder / "long.txt").write_text(long_article(mib), encoding="utf-8")
    (folder / "short.txt").write_text(tiny_story(1)[0][1], encoding="utf-8")
    out = tmp / "long.json"
    result = run(["check", str(folder), "--no-cache", "--quiet", "--fail-on", "never", "-f", "json", "-o", str(out)])
    pieces = cut = 0
    if out.exists():
        report = json.loads(out.read_text(encoding="utf-8"))
        long_id = next(d["id"] for d in report["documents"] if d["path"].endswith("long.txt"))
        pieces = sum(1 for s in report["sentences"] if s["doc"] == long_id)
        cut = sum(1 for s in report["sentences"] if s["truncated"])
    return {"mib": mib, **result, "sentences_of_long": pieces, "truncated": cut}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--documents", type=int, default=500)
    parser.add_argument("--trend", default="100,250", help="smaller stories measured first (comma-separated)")
    parser.add_argument("--long-mib", type=float, default=9.9, help="size of the long article (0 to skip)")
    args = parser.parse_args()
    sizes = [int(x) for x in args.trend.split(",") if x.strip()] + [args.documents]
    rows = []
    with tempfile.TemporaryDirectory(prefix="consistency-scale-") as tmp:
        for n in sizes:
            row = measure_story(n, Path(tmp))
            print(json.dumps({k: v for k, v in row.items() if k != "warnings"}), flush=True)
            rows.append(row)
        long = measure_long(args.long_mib, Path(tmp)) if args.long_mib else None
        if long:
            print(json.dumps(long), flush=True)
    record = {"machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                          "load": os.getloadavg()}, "stories": rows, "long_article": long}
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "scale.json").write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    (RESULTS / "scale.md").write_text(markdown(record), encoding="utf-8")


def markdown(record: dict) -> str:
    lines = ["A story of N tiny articles (`consistency check FOLDER --no-cache -f json`, one run each in a new process, "
             f"{record['machine']['cpus']} CPUs, load {record['machine']['load'][0]:.1f}):", "",
             "| documents | seconds | peak RSS MB | findings | by facet | largest `also` | statements | compared pairs | report MB |",
             "| ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: |"]
    for r in record["stories"]:
        facets = ", ".join(f"{k} {v}" for k, v in sorted(r["by_facet"].items()))
        lines.append(f"| {r['documents']} | {r['seconds']} | {r['peak_rss_mb']} | {r['findings']} | {facets} | "
                     f"{r['largest_also']} | {r['statements']} | {r['pairs']} | {r['report_mb']} |")
    long = record.get("long_article")
    if long:
        lines += ["", f"An article of {long['mib']} MiB without punctuation beside a short one: {long['seconds']} s, "
                  f"{long['peak_rss_mb']} MB peak, exit {long['exit']}; the long run became {long['sentences_of_long']} "
                  f"sentences, {long['truncated']} of them cut for the model."]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
