"""One finding per disagreement: repeats across sentence pairs merged, and across many documents grouped by value."""

from __future__ import annotations

from dataclasses import replace
from typing import Any, Callable, Mapping, Sequence

from ..core.types import Facet, FacetEvidence, FacetKind, Finding, SentenceRef, Severity
from ..core.values.sources import SourceValue
from .dates import dates_agree
from .numbers import numbers_agree
from .pairs import facet_at

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


def told_once(findings: Sequence[Finding], near_misses: set[int], facets: Mapping[SentenceRef, Sequence[Facet]]) -> list[Finding]:
    """A near miss (the positions `near_misses`: a headline or an unpaired sentence) that shows the same disagreement
    as another finding at least as severe, in any statement, joins that finding's other pairs: one disagreement is
    told once. The same disagreement: the same two sources, and on each side a value that agrees with the other
    finding's ("$13.2 billion" and "$13.23 billion" given twice by one outlet, against "$13.04 billion")."""
    out = list(findings)
    folded: set[int] = set()
    for n in sorted(near_misses):
        f = out[n]
        if f.b is None:
            continue
        keepers = [k for k, g in enumerate(out) if k != n and k not in folded and g.b is not None
                   and (g.severity.rank > f.severity.rank
                        or (g.severity.rank == f.severity.rank and (k not in near_misses or k < n)))
                   and _same_disagreement(f, g, facets)]
        if keepers:
            k = max(keepers, key=lambda k: (out[k].severity.rank, k not in near_misses, -k))
            out[k] = replace(out[k], also=out[k].also + ((f.a, f.b), *f.also))
            folded.add(n)
    return [f for n, f in enumerate(out) if n not in folded]


def _same_disagreement(f: Finding, g: Finding, facets: Mapping[SentenceRef, Sequence[Facet]]) -> bool:
    """The same facet and kind between the same two sources, each side's value agreeing with the other finding's."""
    if (f.facet, f.kind, f.a.doc, f.b.doc) != (g.facet, g.kind, g.a.doc, g.b.doc):
        return False
    rule = agreement(f.kind)
    return all(x.value == y.value or (rule is not None and _agree(x, y, *rule, facets)) for x, y in ((f.a, g.a), (f.b, g.b)))


def _agree(x: FacetEvidence, y: FacetEvidence, kind: FacetKind, agree: Callable[[Any, Any], Any],
           facets: Mapping[SentenceRef, Sequence[Facet]]) -> bool:
    """Whether the facet values two sides of findings point at agree (never where a side names no such facet)."""
    fx, fy = facet_at(x, kind, facets), facet_at(y, kind, facets)
    return fx is not None and fy is not None and agree(fx.value, fy.value) is True


def agreement(kind: str) -> tuple[FacetKind, Callable[[Any, Any], Any]] | None:
    """The facet a finding's kind compares and the rule for two values that agree: figures, dates and speakers."""
    if kind == "number":
        return FacetKind.NUMBER, numbers_agree
    if kind.startswith("date-"):
        return FacetKind.DATE, dates_agree
    if kind == "speaker":
        return FacetKind.ATTRIBUTION, _same_speaker
    return None


def _same_speaker(a: SourceValue, b: SourceValue) -> bool:
    """Two speakers on the record who are one source ("Mayor Jane Carter", "Carter")."""
    from ..facets.attribution.identity import same_source

    return (a.role == b.role == "speaker" and a.anonymous is not True and b.anonymous is not True
            and bool(a.source) and bool(b.source) and same_source(a.source, b.source))


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
            out.extend(_both_given(f, given) for f in merge_repeats(group))
        else:
            out.append(_both_given(_grouped(group, given, names, rank), given))
    return out


def _both_given(finding: Finding, given: Sequence[FacetEvidence]) -> Finding:
    """LOW when two sources or more each give both values in sentences of the statement ("58-3" for the champion and
    "36-3" for the challenger): two facts they tell, not one told two ways. One source giving both may be correcting
    a stale figure ("42 killed; officials had earlier said 24") that another still carries."""
    if finding.b is None or finding.severity is Severity.LOW:
        return finding
    values: dict[str, set[str]] = {}
    for e in given:
        values.setdefault(e.doc, set()).add(e.value)
    if sum({finding.a.value, finding.b.value} <= told for told in values.values()) < 2:
        return finding
    return replace(finding, severity=Severity.LOW, explanation=f"{finding.explanation} (sources give both)")


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


def _partner(e: FacetEvidence, rep: Finding, group: Sequence[Finding]) -> FacetEvidence:
    """The side of `rep` a sentence of the group is set against: one a finding of the group sets it against (its
    value may be written otherwise than `rep`'s: "Ms Whitcombe" agrees with "Sarah Whitcombe" and clashes with "Paul
    Fenn"), else the side whose value it does not give."""
    here = (e.doc, e.index)
    sides = {(s.doc, s.index): s for s in (rep.a, rep.b)}
    against = [f.b if (f.a.doc, f.a.index) == here else f.a for f in group
               if f.b is not None and here in ((f.a.doc, f.a.index), (f.b.doc, f.b.index))]
    for other in against:
        if (other.doc, other.index) in sides:
            return sides[(other.doc, other.index)]
    if against:
        return against[0]
    return rep.b if e.value == rep.a.value else rep.a


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
        partner = _partner(e, rep, group)
        pair = (e, partner) if (rank[e.doc], e.index) < (rank[partner.doc], partner.index) else (partner, e)
        also.append(pair)
    also.sort(key=lambda p: (rank[p[0].doc], p[0].index, rank[p[1].doc], p[1].index))
    return replace(rep, also=tuple(also),
                   explanation=f"{rep.explanation}; {len(by_value)} values across {sources} sources: " + "; ".join(parts))
