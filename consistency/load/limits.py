"""The per-file size limit, and reading a file's bytes without going past it."""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

from ..core import environment
from ..core.errors import InputError, TooLargeInputError, UnreadableInputError, abridged

# Size limit: a file is read whole, so a limit keeps memory bounded. Raise it with the environment variable.
DEFAULT_MAX_BYTES = 10 * 1024 * 1024
LARGEST_MAX_BYTES = 1024**4  # 1 TB: a limit above it is a typo, and past what a read can be asked for
MAX_BYTES_ENV = environment.MAX_BYTES
SIZE_UNITS = {"": 1, "b": 1, "k": 1024, "kb": 1024, "m": 1024**2, "mb": 1024**2, "g": 1024**3, "gb": 1024**3}


def max_bytes(value: int | str | None = None) -> int:
    """The size limit in bytes: `value` if given, else `CONSISTENCY_MAX_BYTES`, else 10 MiB. `"20MB"` style accepted."""
    source = "max_bytes"
    if value is None:
        value = environment.max_bytes()
        source = MAX_BYTES_ENV
    if value is None:
        return DEFAULT_MAX_BYTES
    if isinstance(value, int) and not isinstance(value, bool):
        number = value
    else:
        match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([kmg]?b?)\s*", str(value), re.I)
        if not match:
            raise InputError(f"{source}={abridged(value)} is not a size",
                             hint=f"give bytes or a size such as 50MB, e.g. {MAX_BYTES_ENV}=50MB")
        size = float(match[1]) * SIZE_UNITS[match[2].lower()]  # inf for thousands of digits: refused below
        number = int(size) if size <= LARGEST_MAX_BYTES else LARGEST_MAX_BYTES + 1
    if number <= 0:
        raise InputError(f"{source}={abridged(value)} must be more than 0", hint=f"e.g. {MAX_BYTES_ENV}=50MB")
    if number > LARGEST_MAX_BYTES:
        raise InputError(f"{source}={abridged(value)} is more than the largest limit, {LARGEST_MAX_BYTES >> 30} GB",
                         hint=f"give a size the machine can hold in memory, e.g. {MAX_BYTES_ENV}=50MB")
    return number


def _size(n: int) -> str:
    return f"{n / 1024**2:.1f} MB" if n >= 1024**2 else f"{n:,} bytes"


def _too_large_hint(needed: int) -> str:
    mb = -(-needed // 1024**2)  # rounded up
    return f"set {MAX_BYTES_ENV}={mb}MB or more to read it; the whole text is held in memory"


def too_large(size: int, limit: int) -> str:
    """One line saying a piece of input is over the size limit, and how to raise it."""
    return f"is {_size(size)}, more than the {_size(limit)} limit; {_too_large_hint(size)}"


def read_bytes(path: Path, limit: int | None = None) -> bytes:
    """A file's bytes, refusing more than `limit` (see `max_bytes`) without reading them all."""
    limit = max_bytes(limit)
    shown = str(path)
    try:
        with open(path, "rb") as handle:
            info = os.fstat(handle.fileno())
            if stat.S_ISREG(info.st_mode) and info.st_size > limit:
                raise TooLargeInputError(f"is {_size(info.st_size)}, more than the {_size(limit)} limit",
                                         path=shown, hint=_too_large_hint(info.st_size))
            data = handle.read(limit + 1)  # a pipe or device says nothing of its size: read one byte past the limit
    except FileNotFoundError:
        raise UnreadableInputError("disappeared before it could be read", path=shown,
                                   hint="check that nothing moves or deletes it while the check runs") from None
    except IsADirectoryError:
        raise UnreadableInputError("is a folder, not a file", path=shown,
                                   hint="give the folder itself to read every article in it") from None
    except OSError as exc:
        raise UnreadableInputError(f"cannot be read ({exc.strerror or type(exc).__name__})", path=shown,
                                   hint="check that it is a readable file") from None
    if len(data) > limit:
        raise TooLargeInputError(f"is more than the {_size(limit)} limit", path=shown, hint=_too_large_hint(limit * 2))
    return data
