"""Records told against a year ("its lowest since 1985"): two linked sentences that reach back to different years."""

from __future__ import annotations

import re
from typing import Iterator, Sequence

from ..core.types import Facet, FacetKind, Finding, Severity
from ..facets.lexicon.en.numbers import RECORD_WORDS
from .pairs import SentencePair, confidence, evidence

SUPERLATIVE_RE = re.compile(r"\b(" + RECORD_WORDS + r")\b[^.;:!?]{0,60}$", re.IGNORECASE)
"""A superlative, or "first", shortly before a "since" year in one clause: "its lowest level since 1995", "the first
time since 2004", "the deadliest in the region since 1980"."""

SAME_RECORD: dict[str, str] = {
    **{w: "high" for w in ("highest", "biggest", "largest", "greatest", "most", "strongest")},
    **{w: "low" for w in ("lowest", "smallest", "least", "fewest", "weakest")},
}
"""Superlatives that tell one record in other words ("highest turnout", "biggest turnout"); others must be the same."""


def compare_records(pair: SentencePair) -> Iterator[Finding]:
    """One record reaching back to two years ("the pound fell to its lowest since 1985", "sterling hit its lowest level
    since 1995"): the same superlative before "since" and a year in both linked sentences, the years different.
    MEDIUM: a record's yardstick is a fact of its own, which one outlet has wrong (or each measured a different
    thing, which the reader can see)."""
    if pair.texts is None:
        return
    rx = _records(pair.of("x", FacetKind.DATE), pair.texts[0])
    ry = _records(pair.of("y", FacetKind.DATE), pair.texts[1])
    for a, wa in rx:
        for b, wb in ry:
            if SAME_RECORD.get(wa, wa) != SAME_RECORD.get(wb, wb) or a.value.value == b.value.value:
                continue
            names = pair.names
            yield Finding(
                facet="claim", kind="record", severity=Severity.MEDIUM, statement=pair.statement,
                a=evidence(pair.x, a, str(a.value.value)), b=evidence(pair.y, b, str(b.value.value)),
                explanation=(f"{names[pair.x.doc]} says the {wa} since {a.value.value}; {names[pair.y.doc]} the {wb} "
                             f"since {b.value.value} (one record, two years it reaches back to)"),
                confidence=confidence(pair.score, 0.6),
            )
            return


def _records(dates: Sequence[Facet], text: str) -> list[tuple[Facet, str]]:
    """The "since" years of a sentence that a superlative shortly before makes a record's yardstick, with the word."""
    out = []
    for f in dates:
        if f.value.bound_cue != "since" or f.value.precision != "year" or f.value.value is None:
            continue
        match = SUPERLATIVE_RE.search(text[:f.start].rstrip().removesuffix("since").rstrip() + " ")
        if match:
            out.append((f, match.group(1).lower()))
    return out
