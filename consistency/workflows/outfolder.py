"""The batch output folder: made and checked before any story runs, its files written whole, leftovers removed."""

from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, TextIO

from ..core.errors import OutputError

PARTIAL_SUFFIX = ".consistency-partial"  # a report or state record being written (renamed when whole)
STATE_DIR = ".state"  # one small record per finished story: what the summary is built from on a rerun


def atomic_write(path: Path, text: str) -> None:
    """Write to a temporary file beside `path`, then rename: a reader sees all of it or nothing (or an OutputError)."""
    with atomic_file(path) as handle:
        handle.write(text)


@contextmanager
def atomic_file(path: Path) -> Iterator[TextIO]:
    """A UTF-8 text file to write in pieces, renamed over `path` when the block ends well; else removed, `path` untouched."""
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=PARTIAL_SUFFIX)
    except OSError as exc:
        raise cannot_write(path, exc) from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            yield handle
        os.replace(tmp, path)
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(exc, OSError):
            raise cannot_write(path, exc) from None
        raise


def cannot_write(path: Path, exc: OSError) -> OutputError:
    return OutputError(f"cannot write {path.name} ({exc.strerror or type(exc).__name__})", path=str(path.parent),
                       hint="free some space or give -o a folder you can write to")


def prepare(outdir: Path) -> None:
    """Make the output folder (and its state folder) now: a file, a read-only place or no space is refused up front."""
    if outdir.exists() and not outdir.is_dir():
        raise OutputError("is not a folder", path=str(outdir),
                          hint="give -o a folder for the reports (it is made if missing)")
    try:
        (outdir / STATE_DIR).mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot make the output folder ({exc.strerror or type(exc).__name__})", path=str(outdir),
                          hint="give -o a folder you can write to") from None


def remove_partial_writes(outdir: Path) -> None:
    """Delete the temporary files a killed run left (an output folder serves one batch at a time)."""
    for folder in (outdir, outdir / STATE_DIR):
        for leftover in folder.glob(f".*{PARTIAL_SUFFIX}"):
            try:
                leftover.unlink()
            except OSError:
                pass
