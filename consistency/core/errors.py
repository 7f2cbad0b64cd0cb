"""Exception classes with stable codes and a message that says what to do."""

from __future__ import annotations

from .visible import neutralise


def printable(text: str) -> str:
    """`text` with line breaks, control characters and lone surrogates escaped, so a message stays one line."""
    return neutralise(text)  # as the reports show them: a file name's undecodable byte as `\xe9`


def abridged(value: object, limit: int = 40) -> str:
    """`repr(value)`, cut to about `limit` characters with "..." so a message quoting a huge value stays readable."""
    shown = repr(value)
    return shown if len(shown) <= limit else f"{shown[:limit - 4]}...{shown[-1]}"


class ConsistencyError(Exception):
    """Base error: `code` is stable, `str()` is one line naming the problem and the fix."""

    code = "E000"
    exit_code = 2

    def __init__(self, message: str, *, path: str | None = None, hint: str | None = None):
        self.message = message
        self.path = path
        self.hint = hint
        super().__init__(self.one_line())

    def one_line(self) -> str:
        where = f"{self.path}: " if self.path else ""
        fix = f" ({self.hint})" if self.hint else ""
        return printable(f"{where}{self.message}{fix}")


class InputError(ConsistencyError):
    """A file or argument the tool cannot use."""

    code = "E001"


class EmptyInputError(InputError):
    """A document with no text."""

    code = "E002"


class BinaryInputError(InputError):
    """A file that is not text."""

    code = "E003"


class MalformedInputError(InputError):
    """JSON or JSONL that does not parse, or lacks its fields."""

    code = "E004"


class TooFewDocumentsError(InputError):
    """Fewer than two documents to compare."""

    code = "E005"


class TooLargeInputError(InputError):
    """A file larger than the size limit (`CONSISTENCY_MAX_BYTES`)."""

    code = "E007"


class UnreadableInputError(InputError):
    """A file that exists but cannot be read: a folder, no permission, gone before it was read."""

    code = "E008"


class OutputError(ConsistencyError):
    """A report or output folder that cannot be written: not a folder, read-only, a full disk."""

    code = "E009"


class GoldError(InputError):
    """A gold file that does not match the documents or the gold schema."""

    code = "E006"


class ModelError(ConsistencyError):
    """The embedding model or spaCy pipeline cannot be loaded."""

    code = "E010"
