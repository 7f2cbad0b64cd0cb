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
          "alignment", "comparison", "rendering")


class Timings:
    """Exclusive wall time per stage: a stage nested in another is subtracted from its parent."""

    def __init__(self) -> None:
        self.stages: dict[str, float] = {}
        self.counts: dict[str, int] = {}
        self.created = time.time()
        self._stack: list[list[float]] = []  # per open stage: [start, time spent in nested stages]
        self.recorded = 0.0  # all time recorded so far, so a lap can leave out what was recorded within it
        self.mark: tuple[float, float] | None = None  # (clock, recorded) where a `laps(from_mark=True)` starts
        self._lock = threading.Lock()

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        start = time.perf_counter()
        frame = [start, 0.0]
        owner = threading.current_thread() is threading.main_thread()
        if owner:
            self._stack.append(frame)
        try:
            yield
        finally:
            spent = time.perf_counter() - start
            with self._lock:
                if owner:
                    self._stack.pop()
                    if self._stack:
                        self._stack[-1][1] += spent
                self._record(name, spent - frame[1])

    def add(self, name: str, seconds: float) -> None:
        with self._lock:
            self._record(name, seconds)

    def _record(self, name: str, seconds: float) -> None:
        self.stages[name] = self.stages.get(name, 0.0) + seconds
        self.counts[name] = self.counts.get(name, 0) + 1
        self.recorded += seconds

    def to_dict(self) -> dict:
        order = {name: i for i, name in enumerate(STAGES)}
        stages = dict(sorted(self.stages.items(), key=lambda kv: (order.get(kv[0], len(order)), kv[0])))
        return {"stages": {k: round(v, 6) for k, v in stages.items()}, "total": round(sum(stages.values()), 6)}


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
