"""Terminal niceties for the command line: a delayed stage spinner and a batch progress bar on stderr, coloured text reports."""

from __future__ import annotations

import sys
import threading

# The text renderer's styles (report/text.py: a severity value or "heading") as rich styles.
RICH_STYLES = {"high": "bold red", "medium": "yellow", "low": "dim", "heading": "bold"}


class Spinner:
    """Context manager yielding a progress(stage) callback; draws a spinner only after `delay` seconds."""

    def __init__(self, enabled: bool, delay: float = 1.0):
        self.enabled = enabled
        self.delay = delay
        self.stage = "starting"
        self._status = None
        self._timer: threading.Timer | None = None
        self._lock = threading.Lock()

    def __call__(self, stage: str) -> None:
        with self._lock:
            self.stage = stage
            if self._status is not None:
                self._status.update(f"{stage} …")

    def _show(self) -> None:
        from rich.console import Console

        with self._lock:
            self._status = Console(stderr=True).status(f"{self.stage} …")
            self._status.start()

    def __enter__(self):
        if self.enabled:
            self._timer = threading.Timer(self.delay, self._show)
            self._timer.daemon = True
            self._timer.start()
        return self

    def __exit__(self, *exc) -> None:
        if self._timer is not None:
            self._timer.cancel()
        with self._lock:
            if self._status is not None:
                self._status.stop()
                self._status = None


class BatchBar:
    """A progress bar on stderr (rich), only on a terminal and without --quiet; called after each story."""

    def __init__(self, quiet: bool):
        self.enabled = not quiet and sys.stderr.isatty()
        self._bar = None
        self._task = None

    def __enter__(self):
        if self.enabled:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

            self._bar = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                                 TimeRemainingColumn(), console=Console(stderr=True), transient=True)
            self._bar.start()
            self._task = self._bar.add_task("stories", total=None)
        return self

    def __call__(self, done: int, total, story_id: str, status: str) -> None:
        if self._bar is not None:
            from rich.markup import escape

            from ..core.visible import neutralise

            # a story id is data: neither a control sequence nor rich markup ("[bold]") may act
            self._bar.update(self._task, completed=done, total=total,
                             description=escape(neutralise(f"{status} {story_id}")[:40]))

    def __exit__(self, *exc) -> None:
        if self._bar is not None:
            self._bar.stop()


def print_styled(lines) -> None:
    """Print a text report's lines of (text, style) segments on standard output, styled with rich."""
    from rich.console import Console
    from rich.text import Text

    console = Console(highlight=False, soft_wrap=True)
    for line in lines:
        styled = Text()
        for text, style in line:
            styled.append(text, style=RICH_STYLES.get(style) if style else None)
        console.print(styled)
