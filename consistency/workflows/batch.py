"""Many stories at once: stream them from a JSONL file or a folder of story folders, one report each, a summary, resumable and parallel."""

from __future__ import annotations

import hashlib
import json
import os
import re
import time
from collections import deque
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterator, Mapping

from ..core.settings import Settings
from ..core.errors import ConsistencyError, InputError
from ..load.records import json_problem
from ..report.formats import extensions
from .findings import RECORD_SUFFIX, story_findings, write_findings
from .outfolder import STATE_DIR, atomic_write as _atomic_write, prepare as _prepare_outdir
from .outfolder import remove_partial_writes as _remove_partial_writes
from .summary import SEVERITIES, BatchSummary, StoryResult, render_summary_table  # the batch API

EXTENSIONS = extensions("batch")  # format name -> file extension, from the report format registry
RESERVED_STEMS = ("summary", "findings")  # the batch's own files (summary.*, findings.*): never a story's name
WORKER_MEMORY = 350 * 1024**2  # what one worker process holds with the models loaded (about 290 MB measured)

# progress(done, total, story_id, status): called after each story; total is None when unknown.
BatchProgress = Callable[[int, "int | None", str, str], None]


@dataclass(frozen=True)
class Story:
    """One story to check: its documents come either as JSON records (a JSONL line) or as a folder."""

    position: int
    id: str
    records: tuple[Any, ...] | None = None  # document objects in the loader's fields (JSONL input)
    folder: str | None = None  # a folder of articles (folder input)
    origin: str = ""  # where it came from, for messages: "stories.jsonl line 3" or the folder
    error: str | None = None  # the line could not be read as a story


# ---------------------------------------------------------------- reading stories (streaming)


def count_stories(source: Path) -> int:
    """How many stories `source` holds, without parsing them (non-blank lines, or subfolders)."""
    source = Path(source)
    if source.is_dir():
        return sum(1 for _ in _story_folders(source))
    with open(source, "rb") as handle:
        return sum(1 for _ in _lines(handle, 0))


def _lines(handle, limit: int) -> Iterator[tuple[int, bytes | None, int]]:
    """The non-blank lines of a binary file as (number, bytes, size), never holding more than `limit` bytes of
    one: a longer line is read past in pieces and given as None (its size counted)."""
    number = 0
    while True:
        line = handle.readline(limit + 1)
        if not line:
            return
        number += 1
        size = len(line)
        if size > limit and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):
                line = handle.readline(1 << 20)
                size += len(line)
            yield number, None, size
        elif line.strip():
            yield number, line, size


def _story_folders(source: Path) -> Iterator[Path]:
    for entry in sorted(source.iterdir(), key=lambda p: p.name):
        if entry.is_dir() and not entry.name.startswith("."):
            yield entry


def iter_stories(source: Path) -> Iterator[Story]:
    """Stories one at a time: a JSONL file (one `{"id", "documents": [...]}` a line) or a folder of story folders."""
    source = Path(source)
    if source.is_dir():
        found = False
        for position, folder in enumerate(_story_folders(source)):
            found = True
            yield Story(position=position, id=folder.name, folder=str(folder), origin=str(folder))
        if not found:
            raise InputError("holds no story folders", path=str(source),
                             hint="give a folder with one subfolder of articles per story, or a .jsonl file")
        return
    if not source.is_file():  # missing, or a device or pipe (/dev/zero would never end)
        problem = "is not a file or a folder" if source.exists() else "does not exist"
        raise InputError(problem, path=str(source), hint="give a .jsonl file or a folder of story folders")
    from ..load.limits import max_bytes, too_large

    limit = max_bytes()
    position = 0
    with open(source, "rb") as handle:
        for number, raw, size in _lines(handle, limit):
            origin = f"{source} line {number}"
            fallback = f"story-{number}"
            if raw is None:  # refused before it is parsed: a story is held whole, as a file is
                yield Story(position, fallback, origin=origin, error=f"{origin}: {too_large(size, limit)}")
                position += 1
                continue
            line = raw.decode("utf-8", errors="replace")
            try:
                record = json.loads(line)
            except (ValueError, RecursionError) as exc:  # bad syntax, nested too deeply, a number too long
                yield Story(position, fallback, origin=origin, error=f"{origin}: not valid JSON ({json_problem(exc)})")
                position += 1
                continue
            if not isinstance(record, Mapping) or not isinstance(record.get("documents"), list):
                yield Story(position, _story_id(record, fallback), origin=origin,
                            error=f"{origin}: a story is an object with a 'documents' list")
            else:
                yield Story(position, _story_id(record, fallback), records=tuple(record["documents"]), origin=origin)
            position += 1


def _story_id(record: Any, fallback: str) -> str:
    if isinstance(record, Mapping) and isinstance(record.get("id"), (str, int)) and str(record["id"]).strip():
        return " ".join(str(record["id"]).split())
    return fallback


def file_stem(story_id: str) -> str:
    """A safe, unique file name for a story id (unsafe characters replaced, a hash added when any were, or when
    the name is one the batch keeps for itself: a story `summary` is written to `summary-<hash>.json`)."""
    safe = re.sub(r"[^A-Za-z0-9._-]+", "_", story_id).strip("._") or "story"
    if safe != story_id or len(safe) > 100 or safe.lower() in RESERVED_STEMS:
        safe = f"{safe[:80]}-{hashlib.sha256(story_id.encode('utf-8', 'surrogatepass')).hexdigest()[:8]}"
    return safe


def load_story(story: Story):
    from ..pipeline import load, load_records

    if story.folder is not None:
        return load([story.folder])
    return load_records(story.records or (), story.origin, file_stem(story.id))


# ---------------------------------------------------------------- running one story


def _paths(outdir: Path, story_id: str, fmt: str) -> tuple[Path, Path]:
    stem = file_stem(story_id)
    return outdir / f"{stem}.{EXTENSIONS[fmt]}", outdir / STATE_DIR / f"{stem}.json"


def findings_record(outdir: Path, story_id: str) -> Path:
    """Where a story's findings are kept (JSON Lines, beside its state record) for findings.jsonl and findings.csv."""
    return outdir / STATE_DIR / f"{file_stem(story_id)}{RECORD_SUFFIX}"


def finished(outdir: Path, story_id: str, fmt: str) -> StoryResult | None:
    """The recorded result of a story whose report and findings record are complete, or None (then it must be run)."""
    report, state = _paths(outdir, story_id, fmt)
    if not (report.is_file() and state.is_file() and findings_record(outdir, story_id).is_file()):
        return None
    try:
        data = json.loads(state.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if data.get("id") != story_id or data.get("format") != fmt:
        return None
    return StoryResult(id=story_id, status="skipped", report=str(report), documents=data.get("documents", 0),
                       sentences=data.get("sentences", 0), statements=data.get("statements", 0),
                       findings=data.get("findings", {}))


@dataclass(frozen=True)
class Checked:
    """One story checked and rendered, not yet written: what an engine's worker hands back to be written."""

    text: str  # the report
    findings_lines: str  # its findings record (JSON Lines)
    findings: dict[str, dict[str, int]]  # counts by facet, then severity
    documents: int
    sentences: int
    statements: int


def check_story(documents, warnings, settings: Settings, fmt: str) -> Checked:
    """Check one story's loaded documents and render its report and findings record (raises as `check` does)."""
    from ..pipeline import check
    from ..report import render

    report = check(documents, settings, with_findings=True, warnings=warnings)
    findings: dict[str, dict[str, int]] = {}
    for f in report.findings:
        row = findings.setdefault(f.facet, {s: 0 for s in SEVERITIES})
        row[f.severity.value] = row.get(f.severity.value, 0) + 1
    return Checked(render(report, fmt, view="check"), story_findings(report), findings, len(report.documents),
                   len(report.sentences), len(report.statements))


def story_error(origin: str, exc: Exception) -> str:
    """The one line a failed story's result gives for `exc`."""
    if isinstance(exc, ConsistencyError):
        return exc.one_line()
    return f"{origin}: {type(exc).__name__}: {exc}".split("\n")[0]


def write_story(outdir: Path, story: Story, fmt: str, checked: Checked, started: float) -> StoryResult:
    """Write a checked story's report, then its findings record, then its state record (which marks it done), each
    atomically; `started` is when its work began (time.perf_counter)."""
    report_path, state_path = _paths(outdir, story.id, fmt)
    state_path.parent.mkdir(parents=True, exist_ok=True)
    _atomic_write(report_path, checked.text)
    _atomic_write(findings_record(outdir, story.id), checked.findings_lines)
    result = StoryResult(id=story.id, status="done", report=str(report_path), documents=checked.documents,
                         sentences=checked.sentences, statements=checked.statements, findings=checked.findings,
                         seconds=round(time.perf_counter() - started, 3), position=story.position)
    state = {"id": story.id, "format": fmt, **{k: v for k, v in result.to_dict().items()
                                              if k in ("documents", "sentences", "statements", "findings")}}
    _atomic_write(state_path, json.dumps(state, sort_keys=True) + "\n")
    return result


def run_story(story: Story, outdir: Path, settings: Settings, fmt: str) -> StoryResult:
    """Check one story and write its report (then its state record), each atomically."""
    started = time.perf_counter()
    if story.error:
        return StoryResult(id=story.id, status="failed", position=story.position, error=story.error)
    try:
        checked = check_story(*load_story(story), settings, fmt)
    except Exception as exc:  # one odd story must not stop a batch of thousands: it is reported as failed
        return StoryResult(id=story.id, status="failed", position=story.position, error=story_error(story.origin, exc))
    return write_story(outdir, story, fmt, checked, started)


# ---------------------------------------------------------------- parallel workers


_WORKER: dict[str, Any] = {}


def _init_worker(outdir: str, settings: Settings, fmt: str, threads: int) -> None:
    """Runs once in each worker process: tunes it as the command line is, limits its threads; the models then load once, on first use."""
    from ..runtime import tune_worker_process

    tune_worker_process(threads)
    make_worker_embedder(settings, threads)
    _WORKER.update(outdir=Path(outdir), settings=settings, fmt=fmt)


def make_worker_embedder(settings: Settings, threads: int) -> None:
    """A worker's embedder, made once with its share of the threads (`get_embedder` keeps it: its checks find it);
    a model that cannot be made is left for each story to report."""
    from ..embed import get_embedder

    try:
        get_embedder(settings.model, settings.batch_size, settings.backend, settings.cache, threads=threads)
    except ConsistencyError:
        pass


def prepare_fast_model(settings: Settings) -> None:
    """Export the ONNX model if the settings run it and it is not there yet."""
    from ..embed import resolve_backend

    resolved = resolve_backend(settings.model, settings.backend)
    if resolved in ("onnx", "onnx-int8"):
        from ..embed.onnx_export import prepare

        prepare(quantized=resolved == "onnx-int8")


def _available_cpus() -> int:
    """The CPUs this process may run on (its affinity, else the machine's count)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def _available_memory() -> int | None:
    """Bytes of memory available now (Linux's MemAvailable), or None when not cheap to know."""
    try:
        with open("/proc/meminfo", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return None


def capped_jobs(jobs: int) -> tuple[int, str | None]:
    """`jobs` capped at the CPUs this process may use and the workers the available memory holds, and a line
    saying so when it was capped (None when not)."""
    cpus = _available_cpus()
    memory = _available_memory()
    by_memory = max(1, memory // WORKER_MEMORY) if memory is not None else jobs
    capped = max(1, min(jobs, cpus, by_memory))
    if capped >= jobs:
        return jobs, None
    why = (f"{cpus} CPU{'s' if cpus != 1 else ''}" if capped == cpus else
           f"memory for {by_memory} worker{'s' if by_memory != 1 else ''} ({memory / 1024**3:.1f} GB available)")
    return capped, f"--jobs {jobs} capped at {capped} process{'es' if capped != 1 else ''}: this machine has {why}"


def _work(story: Story) -> StoryResult:
    return run_story(story, _WORKER["outdir"], _WORKER["settings"], _WORKER["fmt"])


def _run_all(source: Path, outdir: Path, settings: Settings, fmt: str, jobs: int, force: bool,
             progress: BatchProgress | None, total: int | None, dask) -> list[StoryResult]:
    """Every story's result, in the order they finished: skipped when done before, else run by the engine."""
    results: list[StoryResult] = []
    seen: set[str] = set()
    done = 0
    if progress is not None:
        progress(0, total, "", "starting")

    def record(result: StoryResult) -> None:
        nonlocal done
        results.append(result)
        done += 1
        if progress is not None:
            progress(done, total, result.id, result.status)

    def pending() -> Iterator[Story]:
        for story in iter_stories(source):
            if story.id in seen:
                record(StoryResult(id=story.id, status="failed", position=story.position,
                                   error=f"{story.origin}: story id {story.id!r} is used more than once"))
                continue
            seen.add(story.id)
            previous = None if force else finished(outdir, story.id, fmt)
            if previous is not None:
                previous.position = story.position
                record(previous)
                continue
            yield story

    if dask is not None:
        dask.run(pending(), record, outdir, settings, fmt)
    elif jobs <= 1:
        for story in pending():
            record(run_story(story, outdir, settings, fmt))
    else:
        import multiprocessing
        from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

        prepare_fast_model(settings)  # once, before the workers start (each would otherwise try)

        threads = max(1, (os.cpu_count() or 1) // jobs)
        context = multiprocessing.get_context("spawn")  # no fork of a process that may hold model threads
        with ProcessPoolExecutor(jobs, mp_context=context, initializer=_init_worker,
                                 initargs=(str(outdir), settings, fmt, threads)) as pool:
            in_flight: deque = deque()
            limit = 2 * jobs  # bounded: stories are read only as workers free up
            for story in pending():
                in_flight.append(pool.submit(_work, story))
                while len(in_flight) >= limit:
                    finished_now, _ = wait(list(in_flight), return_when=FIRST_COMPLETED)
                    for future in finished_now:
                        in_flight.remove(future)
                        record(future.result())
            for future in in_flight:
                record(future.result())

    return results


def run_batch(
    source: Path,
    outdir: Path,
    settings: Settings,
    *,
    fmt: str = "json",
    jobs: int | None = 1,
    force: bool = False,
    progress: BatchProgress | None = None,
    engine: str = "local",
    scheduler: str | None = None,
) -> BatchSummary:
    """Check every story in `source`, writing `OUTDIR/<story>.<ext>`, `summary.json`, `summary.md`, and
    `findings.jsonl` and `findings.csv` (every story's findings, rebuilt from the stories' records on each run).

    Stories are read one at a time (at most a few per worker in flight), so memory does not grow
    with the corpus. A story whose report and state record exist is skipped unless `force`.
    With `jobs` > 1 stories run in that many processes, each loading the models once; never more than the
    machine's CPUs and available memory allow (the summary's `warnings` say so when capped).
    With `engine="dask"` stories run on the Dask cluster whose scheduler is at `scheduler`, or on a local cluster of
    `jobs` worker processes (default: one per CPU, capped as above); the reports are the same bytes.
    """
    if fmt not in EXTENSIONS:
        raise InputError(f"unknown format {fmt!r}", hint=f"use one of {', '.join(EXTENSIONS)}")
    if engine not in ("local", "dask"):
        raise InputError(f"unknown engine {engine!r}", hint="use local or dask")
    if scheduler is not None and engine != "dask":
        raise InputError("a scheduler is only for --engine dask", hint="add --engine dask, or leave out --scheduler")
    source, outdir = Path(source), Path(outdir)
    started = time.perf_counter()
    total = count_stories(source) if source.exists() else None
    jobs, capped = capped_jobs(jobs or (_available_cpus() if engine == "dask" else 1))
    notes = [capped] if capped and scheduler is None else []
    _prepare_outdir(outdir)
    _remove_partial_writes(outdir)
    with ExitStack() as stack:
        dask = None
        if engine == "dask":
            from .dask_engine import DaskEngine  # dask is imported only here

            dask = DaskEngine.start(settings, scheduler, jobs)  # a scheduler that does not answer stops the batch here
            stack.callback(dask.close)
        results = _run_all(source, outdir, settings, fmt, jobs, force, progress, total, dask)
    results.sort(key=lambda r: r.position)
    summary = BatchSummary(results, fmt, seconds=round(time.perf_counter() - started, 3), warnings=notes)
    _atomic_write(outdir / "summary.json", json.dumps(summary.to_dict(), indent=2, sort_keys=False) + "\n")
    _atomic_write(outdir / "summary.md", render_summary_table(summary))
    write_findings(outdir, [(r.id, findings_record(outdir, r.id)) for r in results if r.status in ("done", "skipped")])
    return summary
