"""Counts in words: "1 discrepancy", "2 discrepancies", as every report and summary prints them."""

from __future__ import annotations


def count(n: int, singular: str, plural: str | None = None) -> str:
    """`n` and the noun in the number it takes: `count(1, "story", "stories")` is "1 story"."""
    return f"{n} {singular if n == 1 else (plural or singular + 's')}"


def discrepancies(n: int) -> str:
    return count(n, "discrepancy", "discrepancies")
