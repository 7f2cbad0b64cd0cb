"""Opt-in stage timings: library code marks its stages; nothing is recorded (or printed) unless a caller asks."""

from __future__ import annotations

import json
import os
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

# The stages of a check, in the order they run (a stage not run is absent from a record).
STAGES = ("imports", "loading", "segmentation", "model load", "embedding", "spaCy load", "facets",
          "embedding (main thread)", "alignment", "comparison", "rendering")


class Timings:
    """Exclusive wall time per stage: a stage nested in another is subtracted from its parent.

    Stages timed on other threads than the main one (the model's load and encoding, which run
    alongside spaCy) are kept apart as `background`: they overlap the main thread's stages, so
    they neither add to `total` nor shorten a lap of the main thread.
    """

    def __init__(self) -> None:
        self.stages: dict[str, float] = {}
        self.counts: dict[str, int] = {}
        self.background: set[str] = set()
        self.created = time.time()
        self._stacks = threading.local()  # per thread, per open stage: [start, time spent in nested stages]
        self.recorded = 0.0  # main-thread time recorded so far, so a lap can leave out what was recorded within it
        self.mark: tuple[float, float] | None = None  # (clock, recorded) where a `laps(from_mark=True)` starts
        self._lock = threading.Lock()

    def _stack(self) -> list[list[float]]:
        stack = getattr(self._stacks, "open", None)
        if stack is None:
            stack = self._stacks.open = []
        return stack

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        start = time.perf_counter()
        frame = [start, 0.0]
        stack = self._stack()
        stack.append(frame)
        try:
            yield
        finally:
            spent = time.perf_counter() - start
            stack.pop()
            if stack:
                stack[-1][1] += spent
            with self._lock:
                self._record(name, spent - frame[1], threading.current_thread() is not threading.main_thread())

    def add(self, name: str, seconds: float) -> None:
        with self._lock:
            self._record(name, seconds, threading.current_thread() is not threading.main_thread())

    def _record(self, name: str, seconds: float, background: bool = False) -> None:
        self.stages[name] = self.stages.get(name, 0.0) + seconds
        self.counts[name] = self.counts.get(name, 0) + 1
        if background:
            self.background.add(name)
        else:
            self.recorded += seconds

    def to_dict(self) -> dict:
        order = {name: i for i, name in enumerate(STAGES)}
        stages = dict(sorted(self.stages.items(), key=lambda kv: (order.get(kv[0], len(order)), kv[0])))
        total = sum(v for k, v in stages.items() if k not in self.background)
        return {"stages": {k: round(v, 6) for k, v in stages.items()}, "background": sorted(self.background),
                "total": round(total, 6)}


_ACTIVE: Timings | None = None


def start() -> Timings:
    """Begin recording stage timings in this process (replacing any record under way)."""
    global _ACTIVE
    _ACTIVE = Timings()
    return _ACTIVE


def stop() -> Timings | None:
    """Stop recording; returns what was recorded."""
    global _ACTIVE
    active, _ACTIVE = _ACTIVE, None
    return active


def active() -> Timings | None:
    return _ACTIVE


@contextmanager
def stage(name: str) -> Iterator[None]:
    """Time a stage when a record is under way; otherwise costs one global lookup."""
    record = _ACTIVE
    if record is None:
        yield
        return
    with record.stage(name):
        yield


def _no_lap(name: str) -> None:
    return None


def set_mark() -> None:
    """Remember this moment: the next `laps(from_mark=True)` counts its first lap from here."""
    if _ACTIVE is not None:
        _ACTIVE.mark = (time.perf_counter(), _ACTIVE.recorded)


def laps(from_mark: bool = False) -> Callable[[str], None]:
    """A lap timer: each `lap(name)` adds the time since the previous lap to stage `name`.

    The first lap counts from now, or with `from_mark` from the last `set_mark()`. Time recorded
    meanwhile by anything else (a model's load in a `stage()` block, a called function's own
    laps) is left out. Without a record under way, `lap` does nothing.
    """
    record = _ACTIVE
    if record is None:
        return _no_lap
    state = list(record.mark) if from_mark and record.mark else [time.perf_counter(), record.recorded]

    def lap(name: str) -> None:
        now = time.perf_counter()
        record.add(name, max(0.0, now - state[0] - (record.recorded - state[1])))
        state[0], state[1] = now, record.recorded

    return lap


def process_age() -> float | None:
    """Seconds since this process started (Linux /proc; None elsewhere): interpreter start-up and imports."""
    try:
        ticks = os.sysconf("SC_CLK_TCK")
        with open("/proc/self/stat", "rb") as f:
            fields = f.read().rsplit(b")", 1)[1].split()
        started = int(fields[19]) / ticks  # field 22 of stat(5); two fields precede ")"
        with open("/proc/uptime", "rb") as f:
            uptime = float(f.read().split()[0])
    except (OSError, ValueError, IndexError, AttributeError):
        return None
    return max(0.0, uptime - started)


def write(record: Timings, path: str | Path, **extra: object) -> None:
    """Write a record as JSON (`stages`: seconds per stage, exclusive; `total`; wall-clock marks)."""
    data = {**record.to_dict(), "started_at": record.created, "finished_at": time.time(), **extra}
    Path(path).write_text(json.dumps(data, indent=2, sort_keys=False) + "\n", encoding="utf-8")
