"""The warm service: settings fixed at start, models loaded once, one check at a time, reports rendered as the CLI writes them."""

from __future__ import annotations

import threading
from collections import OrderedDict
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from typing import Any, Callable, Hashable, Mapping, Sequence

from ..api import settings_from
from ..core.errors import InputError
from ..core.settings import Settings
from ..core.types import Document, Report
from .inputs import FIXED

MEMO_RUNS = 2048  # documents (and headlines) whose facets the service keeps: a few MB


class Memo(OrderedDict):
    """At most `size` entries, the least recently used dropped first: the service's store of documents' facets."""

    def __init__(self, size: int = MEMO_RUNS):
        super().__init__()
        self.size = size

    def get(self, key: Hashable, default: Any = None) -> Any:
        if key in self:
            self.move_to_end(key)
            return self[key]
        return default

    def __setitem__(self, key: Hashable, value: Any) -> None:
        super().__setitem__(key, value)
        self.move_to_end(key)
        while len(self) > self.size:
            self.popitem(last=False)


WARM_UP = (
    "Officials said on Monday that 12 people were hurt in the fire. \"We are sad,\" the mayor said.",
    "The fire hurt 14 people on Tuesday, police said. The mayor said the city was sad.",
)


@dataclass(frozen=True)
class Answer:
    """A rendered report: its bytes (UTF-8, as `consistency COMMAND -f FORMAT` writes them) and the CLI's exit code."""

    body: bytes
    format: str
    exit_code: int


class Service:
    """Runs checks and alignments for the HTTP app with the settings the service was started with.

    `overrides` are the settings given when starting (`--model`, `--backend`, `--no-cache`), over the
    `CONSISTENCY_*` environment, over the defaults; a request may change every other setting. `tuning` is the
    command line's process tuning (runtime.tuned), entered around each run. Runs are serialised: the pipeline
    tunes process-wide state (BLAS threads, the thread switch interval) while it runs, and one run already
    keeps two cores busy, so a queue is as fast as running side by side and gives the same bytes. The facets of
    the documents seen last are kept (`Memo`): wire copy checked against one draft after another is parsed once.
    """

    def __init__(self, overrides: Mapping[str, Any] | None = None,
                 tuning: Callable[[], AbstractContextManager[Any]] = nullcontext):
        self.overrides = {k: v for k, v in (overrides or {}).items() if v is not None}
        self.settings = self.settings_for("serve", {})  # a bad setting or variable stops the start, one line
        self._tuning = tuning
        self._lock = threading.Lock()
        self._memo = Memo()
        self.backend = self.settings.backend  # the backend that runs, once `warm` has loaded it

    def settings_for(self, command: str, asked: Mapping[str, Any]) -> Settings:
        """The service's settings with those a request names; the fixed ones may only repeat the service's."""
        for name in FIXED:
            if name in asked and hasattr(self, "settings") and asked[name] != getattr(self.settings, name):
                where = (f"start another service with `consistency serve --{name} ...`" if name in ("model", "backend")
                         else "every request of this service uses the same one")
                raise InputError(f"{name} is chosen when the service starts, as {getattr(self.settings, name)!r}",
                                 hint=where)
        try:
            return settings_from(command, {**self.overrides, **asked})
        except (TypeError, ValueError) as exc:
            raise InputError(_plain(str(exc))) from None

    def run(self, command: str, documents: Sequence[Document], warnings: Sequence[str], asked: Mapping[str, Any],
            fmt: str, draft: str | None = None) -> Answer:
        """`consistency check` (or `align`) on the documents, rendered in `fmt`; bad input raises an InputError.
        With `draft` (a document's id), pre-publish mode as `check DRAFT --against REF...`: only where it diverges."""
        from ..workflows.baseline import failing

        if draft is not None and command != "check":
            raise InputError(f"draft is for /check only, not /{command}", hint="leave out \"draft\" to align the articles")
        settings = self.settings_for(command, asked)
        report = self._report(command, documents, warnings, settings, draft)
        code = 1 if command == "check" and failing(report, settings.fail_on) else 0
        return Answer(render_bytes(report, fmt, command), fmt, code)

    def _report(self, command: str, documents: Sequence[Document], warnings: Sequence[str], settings: Settings,
                draft: str | None = None) -> Report:
        from ..pipeline import check

        with self._lock, self._tuning():
            return check(documents, settings, with_findings=command == "check", warnings=warnings, draft=draft,
                         memo=self._memo)

    def warm(self) -> None:
        """Load the model and spaCy, and run every stage once on two tiny articles, so the first request is quick."""
        from ..load import settle
        from ..core.types import Document as Doc

        from ..embed import get_embedder

        settings = self.settings
        embedder = get_embedder(settings.model, settings.batch_size, settings.backend, settings.cache)  # the run's own
        self.backend = getattr(embedder, "backend", settings.backend)  # what "auto" became, as reports record it
        load = getattr(getattr(embedder, "inner", embedder), "load", None)
        if load is not None:
            load()  # even when the warm-up's vectors are in the disk cache already
        documents, _ = settle([Doc.from_text(text, source=f"warm-up {n}", published="2024-01-03")
                               for n, text in enumerate(WARM_UP, start=1)])
        for fmt in ("json", "html"):
            render_bytes(self._report("check", documents, [], settings), fmt, "check")


def render_bytes(report: Report, fmt: str, command: str) -> bytes:
    """The report as `consistency COMMAND -f FMT` writes it: the same renderer and the same finishing, in UTF-8."""
    from ..core.visible import encodable
    from ..report import render

    return encodable(render(report, fmt, view=command)).encode("utf-8")


def _plain(message: str) -> str:
    """A Python API message ("check(): link_threshold must be ...") as a request's: without the function name."""
    for prefix in ("check(): ", "align(): ", "serve(): "):
        if message.startswith(prefix):
            return message[len(prefix):]
    return message
