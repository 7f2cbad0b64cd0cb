"""A real `consistency serve` process on a free port, for the tests that talk to it over HTTP (and the browser test)."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from typing import Iterator

from .conftest import ROOT

START_TIMEOUT = 180  # seconds: the model and spaCy load before the service answers


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def served(*args: str, env: dict[str, str] | None = None) -> Iterator[tuple[str, subprocess.Popen]]:
    """`consistency serve --port P ARGS` started in ROOT, its URL once /health answers; stopped (and waited for) after."""
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "consistency", "serve", "--port", str(port), "--quiet", *args],
                               cwd=ROOT, env={**os.environ, **(env or {})}, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            if process.poll() is not None:
                raise AssertionError(f"consistency serve exited {process.returncode}: {process.stderr.read().decode()}")
            try:
                with urllib.request.urlopen(f"{url}/health", timeout=2) as answer:
                    if json.load(answer) == {"status": "ok"}:
                        break
            except (urllib.error.URLError, ConnectionError, OSError):
                pass
            if time.monotonic() > deadline:
                raise AssertionError("consistency serve did not answer /health in time")
            time.sleep(0.2)
        yield url, process
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        process.stdout.close()
        process.stderr.close()


def post(url: str, body: bytes, headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    """POST `body` (JSON unless the headers say otherwise); the status, headers (lower-case names) and bytes."""
    request = urllib.request.Request(url, data=body, method="POST",
                                     headers={"Content-Type": "application/json", **(headers or {})})
    try:
        with urllib.request.urlopen(request, timeout=300) as answer:
            return answer.status, {k.lower(): v for k, v in answer.headers.items()}, answer.read()
    except urllib.error.HTTPError as error:
        return error.code, {k.lower(): v for k, v in error.headers.items()}, error.read()
