"""Anchors (specific names, numbers and dates) shared by two sentences, as a bonus on top of embedding similarity."""

from __future__ import annotations

import math
import re
from typing import Mapping, Sequence

import numpy as np

from .similarity import Similarity
from ..core.types import Facet, FacetKind, SentenceRef

ANCHOR_ENTITY_LABELS = ("PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT")
# How telling a shared anchor is of one fact: a shared count or day says more than a shared country.
TYPE_WEIGHT = {"q": 1.0, "n": 1.0, "d": 1.0, "t": 1.0, "h": 0.6, "m": 0.6, "y": 0.5, "p": 0.8, "s": 0.6, "e": 0.5, "g": 0.25}
SATURATION = 4.0  # weighted evidence at which the bonus is full


def _entity_anchor(name: str, label: str) -> str:
    from ..facets.attribution.canonical import canonical_source

    words = canonical_source(name).lower().replace("’", "'").split()
    if not words:
        return ""
    if label == "PERSON":
        return "p:" + words[-1].removesuffix("'s")
    if label in ("GPE", "LOC", "NORP"):
        word = " ".join(words)
        if label == "NORP" and len(words) == 1 and word.endswith("an"):
            word = word[:-1]  # Russian -> russia, American -> america
        return "g:" + GEO_ALIASES.get(word, word)
    return "e:" + " ".join(words)


QUOTE_SHINGLE = 5
"""Words in a row two quotations share for one to be the other's words ("a professional job, planned over weeks")."""
QUOTE_WORD_RE = re.compile(r"[^\W_]+(?:'[^\W_]+)?")


GEO_ALIASES = {"u.s.": "us", "united states": "us", "america": "us", "u.k.": "uk", "united kingdom": "uk",
               "britain": "uk", "russians": "russia", "americans": "us"}


def anchors(facets: Sequence[Facet]) -> set[str]:
    """The specific things a sentence mentions, normalised so two sources' wordings meet."""
    out: set[str] = set()
    for f in facets:
        v = f.value
        if f.kind is FacetKind.ENTITY and v.label in ANCHOR_ENTITY_LABELS:
            out.add(_entity_anchor(v.name or f.text, v.label))
        elif f.kind is FacetKind.QUOTE:
            words = QUOTE_WORD_RE.findall(str(v.quote).lower())
            out.update("q:" + " ".join(words[k:k + QUOTE_SHINGLE]) for k in range(len(words) - QUOTE_SHINGLE + 1))
        elif f.kind is FacetKind.ATTRIBUTION and v.source:
            out.add("s:" + str(v.source).lower())
        elif f.kind is FacetKind.NUMBER and v.value is not None and v.kind != "age":  # an age rides on the name
            out.add(f"n:{v.si_value}")
        elif f.kind is FacetKind.DATE and (v.value or v.clock):
            iso = str(v.value or "")
            out.update(f"{tag}:{iso[:k]}" for tag, k in (("y", 4), ("m", 7), ("d", 10)) if len(iso) >= k)
            if v.clock:  # a clock time: the minute as a day is, its hour as a month is ("9:03" and "9:07")
                zone = v.zone or "local"
                out.update((f"t:{zone}:{v.clock}", f"h:{zone}:{str(v.clock)[:2]}"))
    out.discard("")
    return out


def anchor_strengths(sets: Sequence[Sequence[set[str]]]) -> dict[str, float]:
    """How telling each anchor of a story is (sets: each document's sentences' anchors): rare and of a telling kind."""
    total = sum(len(g) for g in sets) or 1
    df: dict[str, int] = {}
    for group in sets:
        for s in group:
            for a in s:
                df[a] = df.get(a, 0) + 1
    return {a: math.log(1 + total / n) * TYPE_WEIGHT.get(a.split(":", 1)[0], 0.5) for a, n in df.items()}


def facet_bonus_matrix(groups: Sequence[Sequence[SentenceRef]], facets: Mapping[SentenceRef, Sequence[Facet]],
                       weight: float) -> np.ndarray:
    """`facet_bonus` for every pair of sentences at once (rows and columns: the groups' sentences in order)."""
    sets = [[anchors(facets.get(ref, ())) for ref in group] for group in groups]
    strength = anchor_strengths(sets)
    holders: dict[str, list[int]] = {}
    for row, s in enumerate(s for group in sets for s in group):
        for a in s:
            holders.setdefault(a, []).append(row)
    n = sum(len(g) for g in groups)
    evidence = np.zeros((n, n))
    for a in sorted(holders):  # a fixed order: the same sums to the last bit on every run
        rows = np.array(holders[a])
        if len(rows) > 1:
            evidence[np.ix_(rows, rows)] += strength[a]
    return weight * np.minimum(1.0, evidence / SATURATION)


def facet_bonus(
    base: Similarity,
    groups: Sequence[Sequence[SentenceRef]],
    facets: Mapping[SentenceRef, Sequence[Facet]],
    weight: float,
) -> Similarity:
    """Similarity plus up to `weight` for the anchors two sentences share, weighed by kind and rarity.

    An anchor in most sentences of the story (the main actor's name) weighs little; a rare
    shared number, day or source weighs much. The bonus saturates, so many weak shared names
    never outweigh what the sentences say.
    """
    sets = [[anchors(facets.get(ref, ())) for ref in group] for group in groups]
    strength = anchor_strengths(sets)

    def similarity(i: int, j: int) -> np.ndarray:
        sim = np.array(base(i, j), dtype=np.float64)
        for r, sa in enumerate(sets[i]):
            if not sa:
                continue
            for c, sb in enumerate(sets[j]):
                shared = sa & sb
                if shared:
                    evidence = sum(strength[a] for a in sorted(shared))  # a fixed order, as above
                    sim[r, c] += weight * min(1.0, evidence / SATURATION)
        return sim

    return similarity
