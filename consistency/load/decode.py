"""Bytes to text: byte-order marks, invalid UTF-8 with a warning, binary refused, newlines normalised."""

from __future__ import annotations


from ..core.errors import BinaryInputError, printable

# Binary detection: share of control characters in the first 8 KiB, share of invalid UTF-8 overall.
BINARY_CONTROL_SHARE = 0.05
BINARY_INVALID_SHARE = 0.2


def decode(data: bytes, path: str) -> tuple[str, list[str]]:
    """Bytes to text: BOMs honoured, invalid UTF-8 replaced with a warning naming its byte offset; binary refused."""
    warnings: list[str] = []
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    else:
        for bom, codec in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
            if data.startswith(bom):
                text = data[2:].decode(codec, errors="replace")
                odd = sum(1 for c in text[:4096] if c == "\ufffd" or (c < " " and c not in "\t\n\r\f"))
                if odd > BINARY_INVALID_SHARE * min(len(text), 4096):
                    raise BinaryInputError(f"is not {codec.upper()} text, though it starts with its byte-order mark",
                                           path=path, hint="save the article as UTF-8 text")
                if "\ufffd" in text and b"\xfd\xff" not in data and b"\xff\xfd" not in data:
                    warnings.append(f"{printable(path)}: invalid {codec.upper()} (an odd byte or a lone surrogate);"
                                    " undecodable bytes were replaced with U+FFFD")
                return text, warnings
        if b"\x00" in data[:8192] or _looks_binary(data[:8192]):
            raise BinaryInputError(
                "is a binary file, not text", path=path,
                hint="give a .txt, .md, .html, .json or .jsonl article saved as UTF-8 (UTF-16 needs a byte-order mark)",
            )
    try:
        return data.decode("utf-8"), warnings
    except UnicodeDecodeError as exc:
        text = data.decode("utf-8", errors="replace")
        invalid = text.count("\ufffd") - data.count("\ufffd".encode("utf-8"))
        if invalid > BINARY_INVALID_SHARE * len(text):
            raise BinaryInputError(
                f"is not UTF-8 text ({invalid} of its {len(text)} characters are undecodable bytes)", path=path,
                hint="save the article as UTF-8 text",
            ) from None
        more = f" and {invalid - 1} more place{'s' if invalid > 2 else ''}" if invalid > 1 else ""
        warnings.append(
            f"{printable(path)}: invalid UTF-8 at byte {exc.start}{more}; undecodable bytes were replaced with U+FFFD"
        )
        return text, warnings


def _looks_binary(head: bytes) -> bool:
    if not head:
        return False
    control = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return control / len(head) > BINARY_CONTROL_SHARE


def normalise_newlines(text: str) -> str:
    """Windows and old Mac line endings become \\n, so offsets mean the same everywhere."""
    return text.replace("\r\n", "\n").replace("\r", "\n")
