"""One finding per disagreement: repeats across sentence pairs merged, and across many documents grouped by value."""

from __future__ import annotations

from dataclasses import replace
from typing import Mapping, Sequence

from ..core.types import FacetEvidence, Finding, SentenceRef

NAMED = 10
"""Sources named per value in a grouped finding's explanation; the rest are counted (all are in `also`)."""


def merge_repeats(found: Sequence[Finding]) -> list[Finding]:
    """The same two values between the same two sources, seen in several sentence pairs of a
    statement, become one finding that lists the other pairs."""
    merged: dict[tuple, Finding] = {}
    for f in sorted(found, key=lambda f: -f.severity.rank):
        b = f.b
        key = (f.facet, f.kind, f.a.doc, f.a.value, b.doc if b else None, b.value if b else None)
        if key in merged:
            first = merged[key]
            merged[key] = replace(first, also=first.also + ((f.a, f.b),))
        else:
            merged[key] = f
    return list(merged.values())


def group_by_value(found: Sequence[Finding], alike: Mapping[SentenceRef, Sequence[SentenceRef]],
                   names: Mapping[str, str], rank: Mapping[str, int]) -> list[Finding]:
    """The findings of one statement told by many documents, one per disagreement: values linked by a finding
    (of one facet, rule and severity) are one disagreement, whatever the document pairs. Each sentence of
    `alike` (the statement's sentences with the same facets) gives the value its representative gave.

    A disagreement among two documents is merged as `merge_repeats` does. Among more, the finding keeps its
    closest pair as `a` and `b`, says which sources give which value, and lists every other sentence once in
    `also`, beside a sentence that gives another value: its length grows with the documents, not their pairs.
    """
    parent: dict[tuple, tuple] = {}

    def root(v: tuple) -> tuple:
        while parent.setdefault(v, v) != v:
            v = parent[v]
        return v

    for f in found:
        head = (f.facet, f.kind, f.severity)
        ra, rb = root((*head, f.a.value)), root((*head, f.b.value if f.b else None))
        if ra != rb:
            parent[max(ra, rb, key=repr)] = min(ra, rb, key=repr)
    components: dict[tuple, list[Finding]] = {}
    for f in sorted(found, key=lambda f: -f.severity.rank):
        components.setdefault(root((f.facet, f.kind, f.severity, f.a.value)), []).append(f)
    out: list[Finding] = []
    for group in components.values():
        given = _given(group, alike)
        if len({e.doc for e in given}) <= 2 or any(f.b is None for f in group):
            out.extend(merge_repeats(group))
        else:
            out.append(_grouped(group, given, names, rank))
    return out


def _given(group: Sequence[Finding], alike: Mapping[SentenceRef, Sequence[SentenceRef]]) -> list[FacetEvidence]:
    """Every sentence that gives one of the group's values, once, with the value it gives."""
    seen: dict[tuple[str, int], FacetEvidence] = {}
    for f in group:
        for side in (f.a, f.b):
            if side is None:
                continue
            for m in alike.get(SentenceRef(side.doc, side.index), (SentenceRef(side.doc, side.index),)):
                seen.setdefault((m.doc, m.index), replace(side, doc=m.doc, index=m.index))
    return list(seen.values())


def _grouped(group: Sequence[Finding], given: Sequence[FacetEvidence], names: Mapping[str, str],
             rank: Mapping[str, int]) -> Finding:
    rep = max(group, key=lambda f: f.confidence)  # the first of the most confident: the closest pair
    order = {rep.a.value: 0, rep.b.value: 1}
    given = sorted(given, key=lambda e: (order.get(e.value, 2), rank[e.doc], e.index))
    by_value: dict[str, list[str]] = {}
    for e in given:
        docs = by_value.setdefault(e.value, [])
        if e.doc not in docs:
            docs.append(e.doc)
    parts = []
    for value, docs in by_value.items():
        shown = ", ".join(names[d] for d in docs[:NAMED]) + (f" and {len(docs) - NAMED} more" if len(docs) > NAMED else "")
        parts.append(f"{value}: {shown} ({len(docs)})")
    sources = len({e.doc for e in given})
    also = []
    for e in given:
        if (e.doc, e.index) in ((rep.a.doc, rep.a.index), (rep.b.doc, rep.b.index)):
            continue
        partner = rep.b if e.value == rep.a.value else rep.a
        pair = (e, partner) if (rank[e.doc], e.index) < (rank[partner.doc], partner.index) else (partner, e)
        also.append(pair)
    also.sort(key=lambda p: (rank[p[0].doc], p[0].index, rank[p[1].doc], p[1].index))
    return replace(rep, also=tuple(also),
                   explanation=f"{rep.explanation}; {len(by_value)} values across {sources} sources: " + "; ".join(parts))
