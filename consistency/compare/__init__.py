"""Comparison: every pair of linked sentences from different documents, run through one rule per facet."""

from __future__ import annotations

from dataclasses import replace
from typing import Mapping, Sequence

from ..core.types import Document, Facet, Finding, Sentence, SentenceRef, Statement
from .attribution import compare_attribution
from .dates import compare_dates
from .merge import merge_repeats
from .negation import compare_polarity
from .numbers import compare_numbers
from .omission import omission
from .pairs import Rule, SentencePair
from .quotes import compare_quotes, quote_containment
from .roles import compare_roles
from .unlinked import Candidate, compare_unlinked

# In this order: the order of findings within a statement before merging follows it.
RULES: tuple[Rule, ...] = (compare_dates, compare_attribution, compare_numbers, compare_polarity, compare_quotes,
                           compare_roles)

__all__ = ["RULES", "Rule", "SentencePair", "compare", "merge_repeats", "quote_containment"]


def compare(
    documents: Sequence[Document],
    sentences: Sequence[Sentence],
    statements: Sequence[Statement],
    facets: Mapping[SentenceRef, Sequence[Facet]],
    candidates: Sequence[Candidate] = (),
) -> list[Finding]:
    """Every finding, in statement order; omissions (one source only) are low-severity findings.

    `candidates` are similar sentence pairs the aligner did not link: only near-miss figures are reported on them.
    """
    names = {d.id: d.source for d in documents}
    rank = {d.id: n for n, d in enumerate(documents)}
    findings: list[Finding] = []
    for k, st in enumerate(statements):
        if st.score is None:
            first = st.members[0]
            others = ", ".join(names[d.id] for d in documents if d.id != first.doc)
            findings.append(omission(
                k, first, "omission",
                f"only {names[first.doc]} reports this; {others} do{'es' if len(documents) == 2 else ''} not"))
            continue
        members = sorted(st.members, key=lambda m: (rank[m.doc], m.index))
        linked = {frozenset((a, b)): score for a, b, score in st.links}
        found: list[Finding] = []
        for i, x in enumerate(members):
            for y in members[i + 1:]:
                # Only sentences linked to each other are compared: in a statement chained across
                # several sources, two sentences joined only through a third may tell different facts.
                if x.doc == y.doc or (linked and frozenset((x, y)) not in linked):
                    continue
                pair = SentencePair(x, facets.get(x, ()), y, facets.get(y, ()), names, k, st.score,
                                    linked.get(frozenset((x, y))))
                for rule in RULES:
                    found.extend(replace(f, pair_score=pair.link) for f in rule(pair))
        findings.extend(merge_repeats(found))
    if candidates:
        statement_of = {m: k for k, st in enumerate(statements) for m in st.members}
        findings.extend(compare_unlinked(candidates, facets, names, statement_of))
        findings.sort(key=lambda f: f.statement)  # stable: each statement's own order is kept
    return findings
