"""Text made safe to show: control characters and undecodable file-name bytes escaped visibly, never raw.

Two kinds of character cannot go out as they are. Control characters (C0, DEL, C1, line and paragraph
separators, bidirectional overrides) would drive a terminal or forge lines in a text report: every
human-facing output shows them as `\\x1b`, `\\n`, `\\u202e`. Lone surrogates cannot be written as UTF-8
at all: on Linux a file name that is not UTF-8 reaches Python with each bad byte as U+DC80-U+DCFF,
shown as that byte (`caf\\xe9.txt`); any other lone surrogate is shown as its code (`\\ud800`). JSON
keeps control characters (it escapes them itself) and only has its surrogates made visible.
"""

from __future__ import annotations

import re

_SURROGATE = re.compile(r"[\ud800-\udfff]")
# C0 controls, DEL and C1 controls, the Unicode line and paragraph separators, the bidirectional embeddings,
# overrides and isolates (which reorder what a terminal shows), and lone surrogates.
_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def _escape(char: str) -> str:
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # a byte of a name that is not UTF-8 (Python's surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    if code < 0x100:
        return char.encode("unicode_escape").decode("ascii")  # \n, \t, \r, \x1b, \x9b
    return f"\\u{code:04x}"


def neutralise(text: str) -> str:
    """`text` with every control character and lone surrogate shown as an escape: safe in a terminal and one line."""
    return _UNSAFE.sub(lambda m: _escape(m.group()), text)


def neutralise_lines(text: str) -> str:
    """Each line of `text` neutralised, the line breaks between them kept."""
    return "\n".join(neutralise(line) for line in text.split("\n"))


def encodable(text: str) -> str:
    """`text` with only its lone surrogates shown as escapes: always writable as UTF-8."""
    return _SURROGATE.sub(lambda m: _escape(m.group()), text)


def encodable_json(text: str) -> str:
    """A JSON document (dumped with ensure_ascii=False) with its lone surrogates shown as escapes inside their strings.

    A lone surrogate can only stand inside a JSON string, so its visible escape is written with the
    backslash escaped: the string then reads `caf\\xe9.txt`, as the other formats show it.
    """
    return _SURROGATE.sub(lambda m: _escape(m.group()).replace("\\", "\\\\"), text)
