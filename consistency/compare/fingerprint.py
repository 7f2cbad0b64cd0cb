"""Fingerprints of findings that survive unrelated edits: what a baseline file accepts."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from typing import Iterable, Mapping, Sequence

from ..core.types import Finding, Sentence


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def fingerprint(finding: Finding, sentences: Mapping[tuple[str, int], Sentence]) -> str:
    """A hash of what disagrees and the words of the sentences involved, not of positions or file names.

    Editing another sentence of the draft, moving paragraphs or renaming files keeps it; editing
    one of the two sentences (or the values) makes a new finding that must be looked at again.
    """
    sides = []
    for side in (finding.a, finding.b):
        if side is None:
            continue
        sides.append(f"{side.value}\x1f{_norm(sentences[(side.doc, side.index)].text)}")
    material = "\x1e".join([finding.facet, finding.kind, *sorted(sides)])
    return hashlib.sha256(material.encode("utf-8")).hexdigest()[:16]


def with_fingerprints(findings: Iterable[Finding], sentences: Sequence[Sentence]) -> list[Finding]:
    """The findings, each with its fingerprint set."""
    by_ref = {(s.doc_id, s.index): s for s in sentences}
    return [replace(f, fingerprint=fingerprint(f, by_ref)) for f in findings]
