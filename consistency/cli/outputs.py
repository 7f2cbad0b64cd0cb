"""Where the command line writes: never over an input, whole or not at all (a temporary file renamed), always UTF-8."""

from __future__ import annotations

import contextlib
import io
import os
import stat
import sys
import tempfile
from pathlib import Path
from typing import Iterable, Mapping, Optional

from ..core.visible import encodable, neutralise
from ._common import fail

PARTIAL_SUFFIX = ".consistency-partial"  # a report being written, renamed over the target when whole
# what batch writes into its folder besides the reports
BATCH_SUMMARIES = ("summary.json", "summary.md", "findings.jsonl", "findings.csv")


def _identity(path: str | Path) -> Optional[tuple[int, int]]:
    """The file `path` leads to (device and inode: the same for a symlink, a hard link or another spelling), or None."""
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    return st.st_dev, st.st_ino


def _spot(path: Path) -> str:
    """Where `path` leads, for telling two outputs apart when neither exists yet."""
    return os.path.normcase(os.path.realpath(path))


def refuse_overwrite(outputs: Mapping[str, Optional[Path]], inputs: Iterable[str | Path],
                     what: str = "the input file") -> None:
    """Exit 2 when an output names one of `inputs` (however spelt), or two outputs name one file."""
    given = {option: path for option, path in outputs.items() if path is not None}
    targets = {option: _identity(path) for option, path in given.items()}
    if any(targets.values()):
        read = {}
        for path in inputs:
            identity = _identity(path)
            if identity is not None:
                read.setdefault(identity, path)
        for option, identity in targets.items():
            if identity in read:
                fail(f"{option} {neutralise(str(given[option]))} is {what} {neutralise(str(read[identity]))}: "
                     "writing there would overwrite it (choose another file to write to)")
    options = list(given)
    for k, first in enumerate(options):
        for second in options[k + 1:]:
            same = targets[first] is not None and targets[first] == targets[second]
            if same or _spot(given[first]) == _spot(given[second]):
                fail(f"{first} and {second} name the same file {neutralise(str(given[second]))} "
                     "(give each its own file)")


def refuse_batch_overwrite(stories: Path, outdir: Path, extension: str) -> None:
    """Exit 2 when batch's output folder would overwrite its stories or be read as one of them on the next run."""
    source, target = _spot(stories), _spot(outdir)
    shown = f"-o {neutralise(str(outdir))}"
    if os.path.isdir(source):
        if target == source or target.startswith(source.rstrip(os.sep) + os.sep):
            fail(f"{shown} is inside the stories folder {neutralise(str(stories))}: its reports would be read as "
                 "a story next time (choose an output folder outside it)")
    elif target == source:
        fail(f"{shown} is the stories file itself (give a folder for the reports)")
    elif os.path.isfile(source) and os.path.dirname(source) == target and (
            os.path.basename(source) in BATCH_SUMMARIES or source.endswith(f".{extension}")):
        rename = "" if extension == "jsonl" or os.path.basename(source) in BATCH_SUMMARIES else \
            ", or rename the stories file to .jsonl"
        fail(f"{shown} could overwrite the stories file {neutralise(str(stories))} with a report "
             f"(choose another output folder{rename})")


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _write_in_place(path: str | Path, data: bytes) -> None:
    with io.open(path, "wb") as handle:
        handle.write(data)


def write_atomic(path: Path, data: bytes) -> None:
    """Write `data` to a temporary file beside `path`, then rename it over `path`: a failed write leaves the old file.

    A symlink is followed (its target is replaced, the link kept) and a replaced file keeps its
    permissions. A device or a pipe (`/dev/stdout`, `/dev/null`) is written in place, as is a file in
    a folder where no temporary file may be made. Raises OSError.
    """
    target = os.path.realpath(path)
    try:
        old = os.stat(target)
    except FileNotFoundError:
        old = None
    if old is not None and stat.S_ISDIR(old.st_mode):
        raise IsADirectoryError(21, "is a folder, not a file")
    if old is not None and not stat.S_ISREG(old.st_mode):
        _write_in_place(target, data)
        return
    folder, name = os.path.split(target)
    try:
        fd, partial = tempfile.mkstemp(dir=folder, prefix=f".{name}.", suffix=PARTIAL_SUFFIX)
    except PermissionError:
        if old is None:
            raise
        _write_in_place(target, data)  # a writable file in a folder that is not: no other way
        return
    try:
        with io.open(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(partial, stat.S_IMODE(old.st_mode) if old is not None else 0o666 & ~_umask())
        os.replace(partial, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(partial)
        raise


def write_output(text: str, output: Optional[Path]) -> None:
    """`text` as UTF-8 to standard output or, whole or not at all, to `output`; a failed write: exit 2, one line."""
    data = encodable(text).encode("utf-8")
    if output is None:
        buffer = getattr(sys.stdout, "buffer", None)
        if buffer is None:  # a replaced stdout that takes only text
            sys.stdout.write(data.decode("utf-8"))
            return
        sys.stdout.flush()
        buffer.write(data)
        buffer.flush()
        return
    try:
        write_atomic(output, data)
    except OSError as exc:
        fail(f"{neutralise(str(output))}: cannot write the report ({exc.strerror or exc})")
