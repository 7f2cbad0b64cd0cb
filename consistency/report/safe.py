"""The last step of every rendered output: always writable as UTF-8, no raw control character for people."""

from __future__ import annotations

from ..core.visible import encodable, encodable_json, neutralise_lines

HUMAN = ("text", "md")  # read by people, often in a terminal: control characters are shown escaped


def finish(text: str, fmt: str) -> str:
    """`text` rendered as `fmt`, made safe to write: JSON keeps its exact text (it escapes controls itself)."""
    if fmt in ("json", "jsonl"):
        return encodable_json(text)
    if fmt in HUMAN:
        return neutralise_lines(text)
    return encodable(text)
