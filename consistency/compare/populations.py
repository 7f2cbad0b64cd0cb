"""The population rule across a story: the place it happened given two populations by two outlets."""

from __future__ import annotations

import re
from typing import Mapping, Sequence

from ..core.types import Facet, FacetKind, Finding, SentenceRef
from .ages import unpaired_figures
from .intervals import gap_ratio
from .numbers import RELATED_RATIO, numbers_agree

SETTLEMENT = (r"town|city|village|suburb|community|borough|hamlet|municipality|parish|island|county|district|"
              r"region|province|state|country|nation")
POPULATION_RE = re.compile(rf"(?i)\b(?:{SETTLEMENT})\s+(?:of|with)\s+(?:[a-z]+\s+){{0,2}}?(?P<figure>[\d][\d,.]*"
                           rf"(?:\s*(?:million|m|bn|billion))?)\s+(?:people|residents|inhabitants|souls)\b")
"""A place told with how many live there ("this Oklahoma City suburb of 41,000 people", "a town of about 7,500
residents")."""


def unpaired_populations(refs: Sequence[SentenceRef], facets: Mapping[SentenceRef, Sequence[Facet]],
                         texts: Mapping[SentenceRef, str], names: Mapping[str, str],
                         compared: set[frozenset]) -> list[Finding]:
    """Two outlets that each give one population of a place ("a suburb of 41,000 people", "Moore, a community of
    56,000 people") and disagree: one place, one population, wherever the sentences stand. MEDIUM, and only when
    each outlet gives one population (two places are two figures) and the two are at most twice apart (a town
    against its region is further); none where the two sentences were compared (the number rule read them)."""
    told: dict[str, list[tuple[SentenceRef, Facet]]] = {}
    for ref in refs:
        for m in POPULATION_RE.finditer(texts[ref]):
            figure = next((f for f in facets.get(ref, ()) if f.kind is FacetKind.NUMBER
                           and m.start("figure") <= f.start < m.end("figure")), None)
            if figure is not None:
                told.setdefault(ref.doc, []).append((ref, figure))
    one = {doc: found[0] for doc, found in told.items()
           if all(numbers_agree(found[0][1].value, f.value) is not False for _, f in found[1:])}
    out: list[Finding] = []
    docs = [d for d in names if d in one]
    for i, x in enumerate(docs):
        for y in docs[i + 1:]:
            (ra, a), (rb, b) = one[x], one[y]
            if (numbers_agree(a.value, b.value) is not False or gap_ratio(a.value, b.value) > RELATED_RATIO
                    or frozenset((ra, rb)) in compared):
                continue
            out.append(unpaired_figures(ra, a, rb, b, names, "one place, two populations"))
    return out
