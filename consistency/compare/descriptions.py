"""Descriptions in apposition: one named thing described as the same relation of two different places or people
("Tacloban, the capital of Leyte province" / "Tacloban, the capital of Samar province")."""

from __future__ import annotations

import re
from typing import Iterator

from ..core.types import FacetEvidence, Finding, SentenceRef, Severity
from ..facets.attribution.identity import same_source
from .pairs import SentencePair, confidence

NAME = r"[A-Z][\w'’-]+(?:\s+(?:de|van|von|al|bin|da|di)?\s*[A-Z][\w'’-]+)*"
DESCRIBED_RE = re.compile(rf"(?<![\w'’])(?!(?:In|On|At|The|A|An|For|From|By|With|As|After|Before|When|But|And)\s)({NAME}),\s+(?:the|a|an)\s+((?:[a-z]+\s+){{0,2}}[a-z]+)\s+of\s+(?:the\s+)?({NAME})")
"""A name, a comma and a description of it as a relation of another name: "Tacloban, the capital of Leyte", "Ana
Ruiz, the mayor of Vigo", "Omar Diallo, a son of the late Sekou Diallo"."""


def compare_descriptions(pair: SentencePair) -> Iterator[Finding]:
    """One name described by one relation to two different names in two linked sentences: MEDIUM (one of them is
    wrong, or the relation is told of two different things, which the reader sees at once)."""
    if pair.texts is None:
        return
    for a in DESCRIBED_RE.finditer(pair.texts[0]):
        for b in DESCRIBED_RE.finditer(pair.texts[1]):
            if a.group(2) != b.group(2) or not same_source(a.group(1), b.group(1)):
                continue
            oa, ob = a.group(3), b.group(3)
            if same_source(oa, ob) or oa.lower() in ob.lower() or ob.lower() in oa.lower():
                continue
            names = pair.names
            yield Finding(
                facet="claim", kind="description", severity=Severity.MEDIUM, statement=pair.statement,
                a=_evidence(pair.x, a), b=_evidence(pair.y, b),
                explanation=(f"{names[pair.x.doc]} calls {a.group(1)} the {a.group(2)} of {oa}; "
                             f"{names[pair.y.doc]} the {b.group(2)} of {ob}"),
                confidence=confidence(pair.score, 0.6),
            )
            return


def _evidence(ref: SentenceRef, match: re.Match) -> FacetEvidence:
    return FacetEvidence(ref.doc, ref.index, f"{match.group(2)} of {match.group(3)}", match.group(0), match.start(),
                         match.end())
