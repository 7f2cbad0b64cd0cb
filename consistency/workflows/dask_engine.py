"""Batch's Dask engine: stories streamed to the workers of a dask.distributed cluster (a local one by default), written here."""

from __future__ import annotations

import asyncio
import logging
import os
import threading
import time
from contextlib import ExitStack
from pathlib import Path
from typing import Any, Callable, Iterator

from ..core.errors import InputError
from ..core.settings import Settings
from .batch import (
    Checked, Story, StoryResult, check_story, load_story, make_worker_embedder, prepare_fast_model, story_error, write_story,
)

CONNECT_TIMEOUT = 10  # seconds to reach a scheduler given with --scheduler
CONNECT_GRACE = 5  # seconds more for a peer that accepted the connection to speak Dask (its handshake has no deadline)
IN_FLIGHT = 2  # stories submitted per worker thread: one running, one waiting (never the whole corpus)
WINDOW_EVERY = 5.0  # seconds between two looks at how many worker threads the cluster has
INSTALL_HINT = "pip install -e '.[dask]'"

# ---------------------------------------------------------------- on a worker

_READY: set[tuple] = set()
_ONE_AT_A_TIME = threading.Lock()  # a worker with several threads still checks one story at a time


def _ready(settings: Settings, threads: int) -> None:
    """Once per worker process: tuned as a `--jobs` worker is; its models made once per settings, kept for every story."""
    from ..runtime import tune_worker_process

    if not _READY:
        tune_worker_process(threads)
        _READY.add(())
    key = (settings.model, settings.batch_size, settings.backend, settings.cache)
    if key not in _READY:
        _READY.add(key)
        make_worker_embedder(settings, threads)


def check_on_worker(documents, warnings, settings: Settings, fmt: str, threads: int,
                    origin: str) -> tuple[Checked | None, str | None, float]:
    """One story's check on a worker: (checked, None, seconds), or (None, the one-line error, seconds)."""
    with _ONE_AT_A_TIME:
        started = time.perf_counter()
        _ready(settings, threads)
        try:
            return check_story(documents, warnings, settings, fmt), None, time.perf_counter() - started
        except Exception as exc:  # one odd story must not stop the batch: it is reported as failed
            return None, story_error(origin, exc), time.perf_counter() - started


# ---------------------------------------------------------------- on the client


def _distributed():
    try:
        import distributed
    except ImportError:
        raise InputError("--engine dask needs dask.distributed, which is not installed", hint=INSTALL_HINT) from None
    return distributed


class DaskEngine:
    """A client of a Dask cluster: `start` connects (or starts a local cluster), `run` checks stories, `close` ends it.

    Documents are loaded here and the reports written here, by this process only: workers need the
    package installed but neither the input files nor the output folder, and a worker that dies
    mid-story leaves nothing behind (the scheduler gives the story to another worker).
    """

    def __init__(self, client, stack: ExitStack, threads: int):
        self.client = client
        self._stack = stack
        self._threads = threads
        self._window_size, self._window_at = 0, float("-inf")

    @classmethod
    def start(cls, settings: Settings, scheduler: str | None = None, workers: int = 1) -> "DaskEngine":
        """Connect to the scheduler at `scheduler`, or start a cluster of `workers` processes on this machine (localhost
        only, no dashboard). Dask's own logging is kept to errors while the engine runs."""
        distributed = _distributed()
        stack = ExitStack()
        _quiet(stack)
        try:
            if scheduler is None:
                prepare_fast_model(settings)  # once, before the workers start (each would otherwise try)
                cluster = stack.enter_context(distributed.LocalCluster(
                    n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                    dashboard_address=None, silence_logs=logging.ERROR))
                client = stack.enter_context(distributed.Client(cluster, set_as_default=False))
                threads = max(1, (os.cpu_count() or 1) // workers)  # as --jobs shares this machine's cores
            else:
                client = stack.enter_context(_connect(distributed, scheduler))
                threads = 1  # a remote worker's share of its machine is unknown here: Dask's one thread a task
        except BaseException:
            stack.close()
            raise
        return cls(client, stack, threads)

    def close(self) -> None:
        self._stack.close()

    def _window(self) -> int:
        """How many stories may be in flight: IN_FLIGHT per worker thread the cluster has now (asked every few
        seconds, so a cluster that grows or loses workers mid-batch is followed)."""
        if time.monotonic() - self._window_at > WINDOW_EVERY:
            self._window_size = IN_FLIGHT * max(1, sum(self.client.nthreads().values()))
            self._window_at = time.monotonic()
        return self._window_size

    def run(self, stories: Iterator[Story], record: Callable[[StoryResult], None], outdir: Path,
            settings: Settings, fmt: str) -> None:
        """Check `stories` on the cluster, a bounded number in flight, calling `record` with each result as its future
        completes (written first, when checked)."""
        from distributed import as_completed

        waiting = as_completed(loop=self.client.loop)
        started: dict[Any, tuple[Story, float]] = {}
        for story in stories:
            begun = time.perf_counter()
            if story.error:
                record(StoryResult(id=story.id, status="failed", position=story.position, error=story.error))
                continue
            try:
                documents, warnings = load_story(story)
            except Exception as exc:  # as run_story: reported as a failed story
                record(StoryResult(id=story.id, status="failed", position=story.position,
                                   error=story_error(story.origin, exc)))
                continue
            future = self.client.submit(check_on_worker, documents, warnings, settings, fmt, self._threads,
                                        story.origin, pure=False)
            started[future] = (story, time.perf_counter() - begun)
            waiting.add(future)
            while waiting.count() >= self._window():
                record(_result(next(waiting), started, outdir, fmt))
        for future in waiting:
            record(_result(future, started, outdir, fmt))


def _quiet(stack: ExitStack) -> None:
    """Dask's messages on stderr (a worker lost, a worker restarted) kept to errors until `stack` closes: the batch says
    what happened to each story itself."""
    for handler in logging.getLogger("distributed").handlers:
        if isinstance(handler, logging.StreamHandler) and handler.level < logging.ERROR:
            stack.callback(handler.setLevel, handler.level)
            handler.setLevel(logging.ERROR)


def _connect(distributed, scheduler: str):
    """A client of the scheduler at `scheduler`, or one line: Dask's own timeout covers opening the connection, not
    a peer that accepts it and never speaks Dask (a web server, the dashboard's port), so the wait is bounded here."""
    import threading

    outcome: dict = {}

    def connect() -> None:
        try:
            outcome["client"] = distributed.Client(scheduler, timeout=CONNECT_TIMEOUT, set_as_default=False)
        except BaseException as exc:  # reported below, in this thread's caller
            outcome["error"] = exc

    worker = threading.Thread(target=connect, name="dask-connect", daemon=True)
    worker.start()
    worker.join(CONNECT_TIMEOUT + CONNECT_GRACE)
    error = outcome.get("error")
    if "client" in outcome:
        return outcome["client"]
    if isinstance(error, (ValueError, TypeError)):
        raise InputError(f"{scheduler!r} is not a Dask scheduler address",
                         hint="give one as `dask scheduler` prints it, like tcp://10.0.0.5:8786") from None
    if error is None:  # still waiting: something listens there, but not a scheduler
        raise InputError(f"no Dask scheduler answered at {scheduler} within {CONNECT_TIMEOUT} s",
                         hint="give the address `dask scheduler` prints (port 8786 by default, not the dashboard's "
                              "8787), or leave out --scheduler for a cluster on this machine") from None
    if isinstance(error, (OSError, TimeoutError)):
        raise InputError(f"cannot reach the Dask scheduler at {scheduler} within {CONNECT_TIMEOUT} s",
                         hint="start one with `dask scheduler`, or leave out --scheduler for a cluster on this "
                              "machine") from None
    raise InputError(f"{scheduler} does not answer as a Dask scheduler ({type(error).__name__})",
                     hint="give the scheduler's address (port 8786 by default), not its dashboard's (8787)") from None


def _result(future, started: dict, outdir: Path, fmt: str) -> StoryResult:
    story, loading = started.pop(future)
    try:
        checked, error, seconds = future.result()
    except (Exception, asyncio.CancelledError) as exc:  # the cluster gave up on it (e.g. it killed every worker it ran on)
        checked, error, seconds = None, f"{story.origin}: the Dask cluster could not check it ({type(exc).__name__})", 0.0
    future.release()
    if error is not None:
        return StoryResult(id=story.id, status="failed", position=story.position, error=error)
    return write_story(outdir, story, fmt, checked, time.perf_counter() - loading - seconds)
