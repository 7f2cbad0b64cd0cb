"""Per cent against percentage points: one change given in both units by two outlets."""

from __future__ import annotations

from typing import Iterator, Sequence

from ..core.types import Facet, FacetKind, Finding, Severity
from ..core.values.numbers import NumberValue
from ..facets.lexicon.en.numbers import CHANGE_VERBS
from .number_words import describe_number
from .numbers import CERTAINTY
from .pairs import SentencePair, confidence, evidence

POINTS_LINK = 0.85
"""Least link score of a pair for per cent against percentage points (`compare_points`): looser pairs may tell the
change of two different things ("wages rose 1 percent", "the employment rate rose 1 percentage point")."""


def compare_points(pair: SentencePair) -> Iterator[Finding]:
    """One change given as a percentage on one side and as percentage points on the other ("rose 5%", "rose 5
    percentage points"), the same figure for the same verb of change in two sentences linked closely enough to
    tell one change (`POINTS_LINK`): two different rises, one perhaps misreported. LOW: the figures do not say
    whether each is a change ("fell by 4 percentage points") or a level ("fell to 4 percent"), nor of what."""
    names = pair.names
    for a in pair.of("x", FacetKind.NUMBER):
        for b in pair.of("y", FacetKind.NUMBER):
            va, vb = a.value, b.value
            if (va.kind == vb.kind == "percent" and {va.unit, vb.unit} == {"percent", "percentage point"}
                    and va.value == vb.value and va.verb in CHANGE_VERBS and va.verb == vb.verb
                    and pair.closeness >= POINTS_LINK
                    and not _gives(pair.of("y", FacetKind.NUMBER), va) and not _gives(pair.of("x", FacetKind.NUMBER), vb)):
                da, db = describe_number(va), describe_number(vb)
                yield Finding(
                    facet="claim", kind="number", severity=Severity.LOW, statement=pair.statement,
                    a=evidence(pair.x, a, da), b=evidence(pair.y, b, db),
                    explanation=f"{names[pair.x.doc]} says {da}; {names[pair.y.doc]} says {db} (per cent against "
                                "percentage points: check which is meant, and of what)",
                    confidence=confidence(pair.closeness, CERTAINTY[Severity.LOW]),
                )
                return


def _gives(facets: Sequence[Facet], value: NumberValue) -> bool:
    """A sentence gives this figure in this unit too (both a per cent and points: no clash)."""
    return any(f.value.value == value.value and f.value.unit == value.unit for f in facets)
