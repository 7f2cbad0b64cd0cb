"""Terminal niceties for the command line: a delayed stage spinner on stderr and coloured text reports."""

from __future__ import annotations

import re
import threading
import time

SEVERITY_STYLE = {"high": "bold red", "medium": "yellow", "low": "dim"}
FINDING_LINE = re.compile(r"^- \[(high|medium|low)\] (\w+):")
HEADINGS = re.compile(r"^(HIGH|MEDIUM|LOW|Only in .*|Notes:|Statement \d+.*)$")


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


def print_coloured(text: str) -> None:
    """Print a text report with severities and headings coloured (rich), the words unchanged."""
    from rich.console import Console
    from rich.text import Text

    console = Console(highlight=False, soft_wrap=True)
    for line in text.rstrip("\n").split("\n"):
        styled = Text(line)
        match = FINDING_LINE.match(line)
        if match:
            styled.stylize(SEVERITY_STYLE[match[1]], 0, match.end())
        elif HEADINGS.match(line):
            level = line.lower()
            styled.stylize(SEVERITY_STYLE.get(level, "bold"))
        console.print(styled)
