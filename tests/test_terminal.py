"""Terminal output: coloured on a terminal, no escape codes in a pipe or with NO_COLOR."""

from __future__ import annotations

import os
import pty
import subprocess
import sys

import pytest

from .conftest import ROOT, SEED

pytestmark = pytest.mark.e2e
ESC = b"\x1b["


def _in_terminal(extra_env: dict[str, str]) -> bytes:
    """Run `consistency check` with stdout on a pseudo-terminal; return what it printed."""
    env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    env.update({"TERM": "xterm-256color", "COLUMNS": "120", **extra_env})
    leader, follower = pty.openpty()
    process = subprocess.Popen([sys.executable, "-m", "consistency", "check", str(SEED), "--quiet"],
                               stdout=follower, stderr=subprocess.DEVNULL, cwd=ROOT, env=env)
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    process.wait(timeout=600)
    os.close(leader)
    return b"".join(chunks)


def test_a_terminal_gets_colour():
    out = _in_terminal({})
    assert b"Wed 1 Mar 2017" in out
    assert ESC in out


def test_no_color_on_a_terminal_has_no_escape_codes():
    out = _in_terminal({"NO_COLOR": "1"})
    assert b"Wed 1 Mar 2017" in out
    assert ESC not in out


def test_a_pipe_has_no_escape_codes():
    result = subprocess.run([sys.executable, "-m", "consistency", "check", str(SEED)],
                            capture_output=True, cwd=ROOT, timeout=600)
    assert b"Wed 1 Mar 2017" in result.stdout
    assert ESC not in result.stdout and ESC not in result.stderr
