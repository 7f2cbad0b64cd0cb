"""Latency of a warm `consistency serve`, next to the cold command line and the bare encode of the same sentences.

What is measured, in one run:

* ``warm POST /check`` -- the real service (``python -m consistency serve``, a new process on a free port,
  its own empty cache folder) answering ``--requests`` requests for the same story, after one untimed
  request, from one client and from four clients at once (each request's latency as the client sees it:
  connect, send, check, receive the JSON report); median and 95th percentile. Two stories: the seed pair
  (``fixtures/seed``) and a story of three outlets (``fixtures/weekday-vs-date`` a and b, and
  ``fixtures/third-outlet/bbc.txt``). A warm service keeps the vectors and the facets of documents it has
  seen, so these requests (the same wire copy checked again) encode and parse nothing new.
* ``first sight`` -- the same service answering one request for each fixture story it has not seen
  (``fixtures/*/``, 16 pairs): every sentence encoded and parsed, as for a new draft; median and p95.
* ``cold CLI`` -- ``python -m consistency check STORY.json -f json --no-cache``, a new process each run,
  wall time from spawn to exit (median of ``--cold-runs``), on the same documents as the service gets.
* ``bare encode`` -- in this process, the onnx embedder alone (``OnnxEmbedder.encode``, as
  benchmarks/speed.py measures the warm encode), model loaded and warmed, encoding the same body
  sentences; median of ``--requests`` runs.
* the time from starting ``consistency serve`` to its first answer on /health (models loaded, one warm-up check).

Acceptance (issue 16): warm POST /check on the seed pair, one client: median <= 0.25 s and <= 1.5x the
bare encode of the same sentences. The machine is shared and noisy: the load average before and after is
recorded; read the figures of a quiet run.

Usage: ``python benchmarks/serve.py`` (about 3 minutes on 2 CPUs; writes ``benchmarks/results/serve.json``
and ``serve.md``). Needs the serve extra (``pip install -e '.[serve]'``).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results"
FIXTURES = ROOT / "fixtures"
STORIES = {
    "seed pair": [(FIXTURES / "seed" / "000_d87adb77edba6fd7.txt", None), (FIXTURES / "seed" / "002_06dffba5690dd31a.txt", None)],
    "three outlets": [(FIXTURES / "weekday-vs-date" / "a.txt", "Reuters"), (FIXTURES / "weekday-vs-date" / "b.txt", "Courier"),
                      (FIXTURES / "third-outlet" / "bbc.txt", "BBC")],
}
LIMIT_MEDIAN, LIMIT_RATIO = 0.25, 1.5


def documents_of(paths) -> list[dict]:
    """Fixture articles as JSON documents (text, source, date as the .txt loader reads them)."""
    from consistency.load import load_file

    out = []
    for path, source in paths:
        document = load_file(path)[0][0]
        out.append({"text": document.text, "source": source or document.source,
                    "published": document.published.isoformat() if document.published else None})
    return out


def body_sentences(documents: list[dict]) -> list[str]:
    """The body sentences the check encodes, split by the check's own loader and splitter."""
    from consistency.api import documents as loaded
    from consistency.pipeline import segment_documents
    from consistency.segment import body

    return [s.text for s in body(segment_documents(loaded(documents)[0]))]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def summary(values: list[float]) -> dict:
    return {"median": statistics.median(values), "p95": percentile(values, 0.95), "min": min(values),
            "max": max(values), "runs": len(values)}


def load_average() -> list[float]:
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:
        return []


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_service(env: dict) -> tuple[subprocess.Popen, str, float]:
    port = free_port()
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "consistency", "serve", "--port", str(port), "--quiet"],
                               cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    while True:
        if process.poll() is not None:
            raise SystemExit(f"consistency serve exited: {process.stderr.read().decode()}")
        try:
            with urllib.request.urlopen(f"{url}/health", timeout=2):
                return process, url, time.perf_counter() - start
        except OSError:
            time.sleep(0.05)


def timed_post(url: str, body: bytes) -> float:
    request = urllib.request.Request(f"{url}/check", data=body, method="POST",
                                     headers={"Content-Type": "application/json", "Accept": "application/json"})
    start = time.perf_counter()
    with urllib.request.urlopen(request, timeout=300) as answer:
        answer.read()
        assert answer.status == 200
    return time.perf_counter() - start


def latencies(url: str, body: bytes, requests: int, clients: int) -> list[float]:
    timed_post(url, body)  # untimed: the first sight of this story
    if clients == 1:
        return [timed_post(url, body) for _ in range(requests)]
    with ThreadPoolExecutor(max_workers=clients) as pool:
        return list(pool.map(lambda _: timed_post(url, body), range(requests)))


def first_sight(url: str) -> list[float]:
    """One request for each fixture story the service has not seen yet (every sentence new to it)."""
    times = []
    for gold in sorted(FIXTURES.glob("*/gold.json")):
        if gold.parent.name == "seed":
            continue
        paths = [((gold.parent / d["path"]).resolve(), None) for d in json.loads(gold.read_text(encoding="utf-8"))["documents"]]
        times.append(timed_post(url, json.dumps({"documents": documents_of(paths)}).encode()))
    return times


def cold_cli(env: dict, story: Path, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        result = subprocess.run([sys.executable, "-m", "consistency", "check", str(story), "-f", "json", "--no-cache",
                                 "--quiet"], cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        times.append(time.perf_counter() - start)
        assert result.returncode in (0, 1), result.stderr.decode()
    return times


def bare_encode(sentences: list[str], runs: int) -> list[float]:
    """The onnx embedder alone in this (warm) process: loaded, warmed, then timed encoding the sentences."""
    from consistency.embed.onnx_export import prepare
    from consistency.embed.onnx_runtime import OnnxEmbedder

    onnx = OnnxEmbedder(prepare=prepare)
    onnx.load()
    for _ in range(3):
        onnx.encode(sentences)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        onnx.encode(sentences)
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--requests", type=int, default=50, help="timed requests per story and client count")
    parser.add_argument("--cold-runs", type=int, default=7, help="runs of the cold command line")
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    started, before = time.perf_counter(), load_average()
    results: dict = {"stories": {}, "load_average_before": before}
    with tempfile.TemporaryDirectory(prefix="consistency-serve-bench-") as tmp:
        env = {**os.environ, "CONSISTENCY_CACHE_DIR": tmp, "PYTHONPATH": str(ROOT)}
        os.environ["CONSISTENCY_CACHE_DIR"] = tmp
        from consistency.embed.onnx_export import prepare

        prepare()  # the one-time export, outside every figure
        process, url, ready = start_service(env)
        try:
            results["start to first answer s"] = ready
            for name, paths in STORIES.items():
                documents = documents_of(paths)
                body = json.dumps({"documents": documents}).encode()
                row = {"documents": len(documents), "body sentences": len(body_sentences(documents))}
                for clients in (1, 4):
                    row[f"{clients} client{'s' if clients > 1 else ''}"] = summary(
                        latencies(url, body, args.requests, clients))
                results["stories"][name] = row
            results["first sight"] = summary(first_sight(url))
        finally:
            process.terminate()
            process.wait(timeout=60)
        for name, paths in STORIES.items():
            documents = documents_of(paths)
            story = Path(tmp) / f"{name.replace(' ', '-')}.json"
            story.write_text(json.dumps(documents), encoding="utf-8")
            row = results["stories"][name]
            row["cold CLI"] = summary(cold_cli(env, story, args.cold_runs))
            row["bare encode"] = summary(bare_encode(body_sentences(documents), args.requests))
            row["warm / bare encode"] = row["1 client"]["median"] / row["bare encode"]["median"]
    seed = results["stories"]["seed pair"]
    results["acceptance"] = {"median s": seed["1 client"]["median"], "limit s": LIMIT_MEDIAN,
                             "ratio to bare encode": seed["warm / bare encode"], "limit ratio": LIMIT_RATIO,
                             "met": seed["1 client"]["median"] <= LIMIT_MEDIAN and seed["warm / bare encode"] <= LIMIT_RATIO}
    results.update(load_average_after=load_average(), seconds=time.perf_counter() - started,
                   python=platform.python_version(), cpus=os.cpu_count())
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "serve.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    (args.out / "serve.md").write_text(render(results), encoding="utf-8")
    print(render(results))


def _ms(s: dict) -> str:
    return f"{s['median'] * 1000:.0f} / {s['p95'] * 1000:.0f}"


def render(results: dict) -> str:
    lines = ["| story | body sentences | warm POST /check, 1 client: median / p95 ms | 4 clients: median / p95 ms "
             "| cold CLI median ms | bare encode median ms | warm ÷ bare encode |",
             "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for name, row in results["stories"].items():
        lines.append(f"| {name} ({row['documents']} articles) | {row['body sentences']} | {_ms(row['1 client'])} | "
                     f"{_ms(row['4 clients'])} | {row['cold CLI']['median'] * 1000:.0f} | "
                     f"{row['bare encode']['median'] * 1000:.0f} | {row['warm / bare encode']:.2f} |")
    first, accepted = results["first sight"], results["acceptance"]
    lines += ["", f"First sight (one request for each of {first['runs']} fixture stories the service had not seen: every "
              f"sentence encoded and parsed): median {first['median'] * 1000:.0f} ms, p95 {first['p95'] * 1000:.0f} ms. "
              f"From `consistency serve` started to its first answer: {results['start to first answer s']:.2f} s.",
              "", f"Acceptance: warm POST /check on the seed pair {accepted['median s'] * 1000:.0f} ms (limit "
              f"{accepted['limit s'] * 1000:.0f} ms), {accepted['ratio to bare encode']:.2f}× the bare encode (limit "
              f"{accepted['limit ratio']}×): {'met' if accepted['met'] else 'NOT met'}.",
              "", f"`python benchmarks/serve.py`: {results['seconds']:.0f} s on {results['cpus']} CPUs (load average "
              f"{results['load_average_before']} before, {results['load_average_after']} after; the machine is shared), "
              f"Python {results['python']}. Requests are timed by the client (connect, send, check, receive); four "
              "clients share the service's one queue, so their latency includes the wait."]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
