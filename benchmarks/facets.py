"""All facet benchmarks in one run: dates (TempEval-3), attribution (PolNeAR), claims (VitaminC, SICK).

Runs ``facets_dates.run``, ``facets_attribution.run`` and ``facets_claims.run`` on the shared data
folder (read by path, never copied), prints a summary table and writes
``benchmarks/results/facets.json`` (the three result dicts, timings, git commit, CPU count) and
``benchmarks/results/facets.md`` (a compact Markdown table for the README). A part that fails is
recorded with its error and the others still run; the exit status is then 1.

Usage: ``python benchmarks/facets.py --data ../shared/data [--only dates,claims] [--limit N]
[--no-baseline] [--sick-limit N] [--out benchmarks/results]``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
import traceback
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Sequence

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
for path in (ROOT, HERE):  # the project and the sibling benchmark modules
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

PARTS = ("dates", "attribution", "claims")
DEFAULT_OUT = HERE / "results"


def _git(*args: str) -> str | None:
    try:
        out = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.strip() if out.returncode == 0 else None


def _runner(part: str, data: Path, args: argparse.Namespace) -> Callable[[], dict[str, Any]]:
    if part == "dates":
        import facets_dates

        return lambda: facets_dates.run(data, limit=args.limit, baseline=not args.no_baseline)
    if part == "attribution":
        import facets_attribution

        return lambda: facets_attribution.run(data, limit=args.limit)
    import facets_claims

    return lambda: facets_claims.run(data, args.limit, sick=args.sick_limit != 0, sick_limit=args.sick_limit)


def run_all(data: Path, parts: Sequence[str], args: argparse.Namespace) -> dict[str, Any]:
    """Each part in turn, timed; a failing part is recorded as {"error": ...}."""
    started = time.perf_counter()
    commit = _git("rev-parse", "--short", "HEAD")
    status = _git("status", "--porcelain", "--untracked-files=no")
    result: dict[str, Any] = {
        "about": "facet benchmarks: python benchmarks/facets.py --data <shared data>",
        "data": str(data),
        "git_commit": commit,
        "git_dirty": bool(status) if status is not None else None,
        "cpu_count": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "started": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "limit": args.limit,
        "seconds": {},
    }
    for part in parts:
        print(f"running {part} ...", file=sys.stderr, flush=True)
        t0 = time.perf_counter()
        try:
            result[part] = _runner(part, data, args)()
        except Exception as exc:  # one broken part must not hide the others
            result[part] = {"error": f"{type(exc).__name__}: {exc}", "traceback": traceback.format_exc(limit=5)}
        result["seconds"][part] = round(time.perf_counter() - t0, 1)
    result["seconds"]["total"] = round(time.perf_counter() - started, 1)
    return result


# ------------------------------------------------------------------------------------------
# Rendering
# ------------------------------------------------------------------------------------------


def _prf(m: dict[str, Any] | None) -> str:
    if not m:
        return "n/a"
    return f"{m['precision']:.3f} / {m['recall']:.3f} / {m['f1']:.3f}"


def _share(n: int, d: int) -> str:
    return f"{n}/{d} ({n / d:.1%})" if d else "0/0"


def _ok(result: dict[str, Any], part: str) -> dict[str, Any] | None:
    r = result.get(part)
    return r if isinstance(r, dict) and "error" not in r else None


def rows(result: dict[str, Any]) -> list[tuple[str, str, str, str, str]]:
    """(facet, data, measure, tool, baseline) rows shared by the Markdown and the console table."""
    out: list[tuple[str, str, str, str, str]] = []
    d = _ok(result, "dates")
    if d:
        va = d["value_accuracy"]
        data = f"TempEval-3 TBAQ, {d['documents']} docs, {va['gold']} DATE/TIME"
        base = d.get("baseline_search_dates")
        out += [
            ("dates", data, "value accuracy given the gold span (all / representable)",
             f"{va['accuracy']:.3f} / {va['accuracy_on_representable']:.3f}", "\u2014"),
            ("dates", "", "end-to-end span P / R / F1", _prf(d["extraction"]["span"]),
             f"search_dates {_prf(base['span'])}" if base else "\u2014"),
            ("dates", "", "end-to-end span + value P / R / F1", _prf(d["extraction"]["span_value"]),
             f"search_dates {_prf(base['span_value'])}" if base else "\u2014"),
        ]
    a = _ok(result, "attribution")
    if a:
        data = f"PolNeAR dev, {a['documents']} docs, {a['source_head']['gold']} sourced"
        out += [
            ("attribution", data, "source P / R / F1, head word", _prf(a["source_head"]), "\u2014"),
            ("attribution", "", "source P / R / F1, exact span", _prf(a["source_exact"]), "\u2014"),
            ("attribution", "", "cue P / R / F1", _prf(a["cue"]), "\u2014"),
        ]
    c = _ok(result, "claims")
    if c:
        v = c["vitaminc"]
        e2e, forced = v.get("end_to_end"), v["forced"]

        def both(group: str) -> str:
            f = forced[group]
            text = f"forced {_share(f['flagged'], f['pairs'])}"
            if e2e:
                text = f"end-to-end {_share(e2e[group]['flagged'], e2e[group]['pairs'])}; {text}"
            return text

        data = f"VitaminC dev sample, {v['rows']} pairs"
        out += [
            ("claims", data, "refutes, digits or months differ: flagged", both("refutes_subset"), "\u2014"),
            ("claims", "", "\u2026 of which both texts state a number or date: flagged",
             both("refutes_subset_both_sides"), "\u2014"),
            ("claims", "", "supports: wrongly flagged", both("supports_all"), "\u2014"),
            ("claims", "", "supports, digits or months differ: wrongly flagged", both("supports_subset"), "\u2014"),
        ]
        s = c.get("sick")
        if s:
            con, ent = s["contradiction_negation_driven"], s["entailment"]
            out += [
                ("claims", f"SICK train, first {s['limit_per_label']} per label",
                 "contradiction with a negation word on one side: negation finding",
                 f"forced {_share(con['negation_flagged'], con['pairs'])}", "\u2014"),
                ("claims", "", "entailment: wrongly a negation finding",
                 f"forced {_share(ent['negation_flagged'], ent['pairs'])}", "\u2014"),
            ]
    return out


def markdown(result: dict[str, Any]) -> str:
    lines = [
        "| facet | data | measure | tool | baseline |",
        "| --- | --- | --- | --- | --- |",
    ]
    for facet, data, measure, tool, base in rows(result):
        lines.append(f"| {facet} | {data} | {measure} | {tool} | {base} |")
    errors = [p for p in PARTS if isinstance(result.get(p), dict) and "error" in result[p]]
    commit = result.get("git_commit") or "unknown"
    if result.get("git_dirty"):
        commit += " + uncommitted changes"
    lines += [
        "",
        f"Flagged = a `claim` or `date` finding at medium or high. End-to-end = `pipeline.check` with the "
        f"default settings (the pair is compared only if aligned); forced = every sentence of both texts in "
        f"one statement, so only the comparison rules are measured. "
        f"`python benchmarks/facets.py --data ../shared/data`: {result['seconds']['total']:.0f} s on "
        f"{result.get('cpu_count')} CPUs, commit {commit}.",
    ]
    if errors:
        lines.append(f"Failed parts: {', '.join(errors)} (see facets.json).")
    return "\n".join(lines) + "\n"


def console(result: dict[str, Any]) -> str:
    table = rows(result)
    widths = [max(len(r[i]) for r in table) if table else 0 for i in range(5)]
    widths = [min(w, 60) for w in widths]
    lines = []
    for r in table:
        lines.append("  ".join(cell[:60].ljust(w) for cell, w in zip(r, widths)).rstrip())
    for part in PARTS:
        r = result.get(part)
        if isinstance(r, dict) and "error" in r:
            lines.append(f"{part}: FAILED {r['error']}")
    lines.append(f"seconds: {result['seconds']}  cpus: {result.get('cpu_count')}  commit: {result.get('git_commit')}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"), help="the shared data folder")
    parser.add_argument("--only", default=",".join(PARTS), help="comma-separated parts: dates,attribution,claims")
    parser.add_argument("--limit", type=int, default=None,
                        help="first N documents (dates, attribution) / VitaminC rows (claims): for a quick look")
    parser.add_argument("--no-baseline", action="store_true", help="skip the dates search_dates baseline")
    parser.add_argument("--sick-limit", type=int, default=300, help="SICK pairs per label; 0 skips SICK")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="folder for facets.json and facets.md")
    args = parser.parse_args(argv)
    parts = [p.strip() for p in args.only.split(",") if p.strip()]
    unknown = [p for p in parts if p not in PARTS]
    if unknown:
        parser.error(f"unknown part(s) {unknown}; choose from {PARTS}")
    if not args.data.is_dir():
        parser.error(f"no data folder at {args.data}")
    result = run_all(args.data, parts, args)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "facets.json").write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    (args.out / "facets.md").write_text(markdown(result), encoding="utf-8")
    print(console(result))
    print(f"wrote {args.out / 'facets.json'} and {args.out / 'facets.md'}")
    return 1 if any(isinstance(result.get(p), dict) and "error" in result[p] for p in parts) else 0


if __name__ == "__main__":
    raise SystemExit(main())
