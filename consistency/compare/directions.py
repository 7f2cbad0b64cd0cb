"""The direction rule: one move of one measure told as a rise by one source and as a fall by the other."""

from __future__ import annotations

import re
from typing import Iterator

from ..core.types import Facet, FacetKind, Finding, Severity
from ..core.values.numbers import NumberValue
from ..facets.lexicon.en.numbers import DOWN_VERBS, UP_VERBS
from .moves import TRADING_MOMENT_RE
from .number_words import describe_number
from .pairs import SentencePair, confidence, evidence

LEVEL_BEFORE_RE = re.compile(r"\bto\s*$", re.IGNORECASE)
""""fell to 3%": where a figure came to, a level of its moment, not a move."""
NAMED_LABELS = frozenset({"ORG", "PERSON", "GPE", "NORP"})
"""Entity labels that say whose measure a figure is."""
CLOSE_RE = re.compile(r"\b(?:by|at) the (?:close|end of (?:the )?(?:day|session|trading))\b", re.IGNORECASE)
""""by the close": one moment of trading, told by one side only (the other may tell another)."""


def compare_directions(pair: SentencePair) -> Iterator[Finding]:
    """One figure of one measure told as a rise by one sentence and as a fall by the other ("Microsoft shares fell
    2.4%", "Microsoft's stock rose 2.4 per cent"): medium. Each sentence must tell one way only ("rose 2%, while the
    index fell 2%" gives both), of the same names if both name any ("Acme", "Zenith"), at no two moments of trading."""
    if (pair.texts is None or _other_names(pair)
            or any(TRADING_MOMENT_RE.search(t) or CLOSE_RE.search(t) for t in pair.texts)):
        return  # two companies' moves, or a price's at a moment of the day it moves all day
    moves = [[f for f in pair.of(side, FacetKind.NUMBER) if _way(f.value) and not _level(f, text)]
             for side, text in (("x", pair.texts[0]), ("y", pair.texts[1]))]
    if any(len({_way(f.value) for f in side}) != 1 for side in moves):
        return
    for a in moves[0]:
        for b in moves[1]:
            va, vb = a.value, b.value
            if (_way(va) != _way(vb) and va.kind == vb.kind and va.kind in ("percent", "money") and va.value == vb.value
                    and va.unit == vb.unit and va.measures and va.measures == vb.measures):
                names, da, db = pair.names, describe_number(va), describe_number(vb)
                yield Finding(
                    facet="claim", kind="direction", severity=Severity.MEDIUM, statement=pair.statement,
                    a=evidence(pair.x, a, f"{_way(va)} {da}"), b=evidence(pair.y, b, f"{_way(vb)} {db}"),
                    explanation=(f"{names[pair.x.doc]} says {va.measures} went {_way(va)} {da} (\u201c{va.verb}\u201d); "
                                 f"{names[pair.y.doc]} says it went {_way(vb)} {db} (\u201c{vb.verb}\u201d)"),
                    confidence=confidence(pair.closeness, 0.6),
                )
                return


def _way(v: NumberValue) -> str | None:
    """ "up" or "down" for a figure on a verb of rising or falling, else None."""
    return "up" if v.verb in UP_VERBS else "down" if v.verb in DOWN_VERBS else None


def _level(figure: Facet, text: str) -> bool:
    return LEVEL_BEFORE_RE.search(text[:figure.start]) is not None


def _other_names(pair: SentencePair) -> bool:
    """Both sentences name someone (their entity facets), and no name is in both: two companies' or two indexes' moves
    ("Acme", "Zenith")."""
    found = [{f.value.name.lower() for f in pair.of(side, FacetKind.ENTITY) if f.value.label in NAMED_LABELS}
             for side in ("x", "y")]
    return bool(found[0] and found[1]) and not found[0] & found[1]
