"""Descriptions in apposition: one named thing described as the same relation of two different places or people
("Tacloban, the capital of Leyte province" / "Tacloban, the capital of Samar province")."""

from __future__ import annotations

import re
from typing import Iterator

from ..core.types import FacetEvidence, Finding, SentenceRef, Severity
from ..facets.attribution.identity import same_source
from .pairs import SentencePair, confidence

NAME = r"[A-Z][\w'’-]+(?:\s+(?:de|van|von|al|bin|da|di)?\s*[A-Z][\w'’-]+)*"
NOT_A_NAME = r"(?!(?:In|On|At|The|A|An|For|From|By|With|As|After|Before|When|But|And)\s)"
"""Capitalised words that open a sentence, not a name ("In Washington, the head of ...")."""

DESCRIBED_RE = re.compile(rf"(?<![\w'’]){NOT_A_NAME}({NAME}),\s+(?:the|a|an)\s+((?:[a-z]+\s+){{0,2}}[a-z]+)\s+of\s+"
                          rf"(?:the\s+)?({NAME})")
"""A name, a comma and a description of it as a relation of another name: "Tacloban, the capital of Leyte", "Ana
Ruiz, the mayor of Vigo", "Omar Diallo, a son of the late Sekou Diallo"."""


NAMED_AS_RE = re.compile(rf"\b[Tt]he\s+([a-z]+),?\s+(?:was|were|is|has been|had been)\s+(identified|named)"
                         rf"(?:\s+by\s+[^,.;]{{1,40}}?)?\s+as\s+({NAME})")
"""What a thing named by its role was named as: "The hijacker was identified by police as Seif Mustafa"."""

HELD_BY_RE = re.compile(rf"\b[Tt]he\s+([a-z]+),?\s+(?:(?:is|was|are|were)\s+)?(owned|operated)\s+by\s+"
                        rf"(?:the\s+)?({NAME})")
"""Who owns or runs a thing: "The rig is owned by Transocean", "The rig, owned by BP, was drilling"."""


def compare_descriptions(pair: SentencePair) -> Iterator[Finding]:
    """One name described by one relation to two different names in two linked sentences ("Tacloban, the capital of
    Leyte" / "of Samar"), one role named as two people ("the hijacker was identified as X" / "named as Y"), or one
    thing owned or run by two different names: MEDIUM (one of them is wrong, or the relation is told of two
    different things, which the reader sees at once)."""
    if pair.texts is None:
        return
    for pattern in (DESCRIBED_RE, NAMED_AS_RE, HELD_BY_RE):
        found = _clash(pair, pattern)
        if found is not None:
            yield found
            return


def _clash(pair: SentencePair, pattern: re.Pattern) -> Finding | None:
    for a in pattern.finditer(pair.texts[0]):
        for b in pattern.finditer(pair.texts[1]):
            if _relation(a) != _relation(b) or not _same_subject(a.group(1), b.group(1)):
                continue
            oa, ob = a.group(3), b.group(3)
            if same_source(oa, ob) or oa.lower() in ob.lower() or ob.lower() in oa.lower():
                continue
            names = pair.names
            return Finding(
                facet="claim", kind="description", severity=Severity.MEDIUM, statement=pair.statement,
                a=_evidence(pair.x, a), b=_evidence(pair.y, b),
                explanation=(f"{names[pair.x.doc]} tells {a.group(1)} {_told(a)} {oa}; "
                             f"{names[pair.y.doc]} {_told(b)} {ob}"),
                confidence=confidence(pair.score, 0.6),
            )
    return None


def _relation(match: re.Match) -> str:
    """The relation a match tells, one word for the verbs of one relation ("identified", "named" as)."""
    word = match.group(2)
    return {"identified": "named", "operated": "owned"}.get(word, word)


def _same_subject(a: str, b: str) -> bool:
    return same_source(a, b) or a.split()[-1].lower() == b.split()[-1].lower()


def _told(match: re.Match) -> str:
    word = match.group(2)
    return f"as {word} as" if word in ("identified", "named") else f"{word} by" if word in ("owned", "operated") \
        else f"as the {word} of"


def _evidence(ref: SentenceRef, match: re.Match) -> FacetEvidence:
    return FacetEvidence(ref.doc, ref.index, f"{_told(match)} {match.group(3)}", match.group(0), match.start(),
                         match.end())
