"""Comparison: every pair of linked sentences from different documents, run through one rule per facet."""

from __future__ import annotations

from dataclasses import replace
from typing import Mapping, Sequence

from ..core.types import ClaimPair, Document, Facet, Finding, PairBasis, SentenceRef, Severity, Statement
from .ages import unpaired_ages
from .agents import compare_doers, unpaired_doers
from .attribution import compare_attribution
from .channels import compare_channels
from .corroborate import corroborated
from .dates import compare_dates
from .descriptions import compare_descriptions
from ..pair import facet_signature
from .merge import group_by_value, merge_repeats, told_once
from .harm import compare_harm, unpaired_harms
from .identities import compare_identities
from .negation import compare_polarity
from .numbers import compare_numbers
from .points import compare_points
from .records import compare_records
from .slips import compare_permuted
from .omission import omission
from .pairs import Rule, SentencePair, pair_key
from .populations import unpaired_populations
from .tolls import unpaired_tolls
from .quotes import compare_quotes, quote_containment
from .roles import compare_first_names, compare_roles
from .spellings import misspelt_names
from .times import compare_times
from .unlinked import compare_unlinked, numbers_by_doc, told_elsewhere
from .directions import compare_directions
from .verdicts import compare_verdicts
from .votes import compare_unanimity
from .wholes import compare_wholes

# In this order: the order of findings within a statement before merging follows it.
RULES: tuple[Rule, ...] = (
    compare_dates, compare_attribution, compare_numbers, compare_points, compare_records, compare_times,
    compare_polarity, compare_quotes, compare_roles, compare_first_names, compare_harm, compare_channels, compare_doers,
    compare_descriptions, compare_permuted, compare_wholes, compare_unanimity, compare_verdicts, compare_directions,
    compare_identities,
)

__all__ = ["RULES", "Rule", "SentencePair", "compare", "merge_repeats", "quote_containment"]


def compare(
    documents: Sequence[Document],
    statements: Sequence[Statement],
    pairs: Sequence[ClaimPair],
    facets: Mapping[SentenceRef, Sequence[Facet]],
    *,
    grouped: bool = True,
    texts: Mapping[SentenceRef, str] | None = None,
) -> list[Finding]:
    """Every finding, in statement order; omissions (one source only) are low-severity findings.

    Linked pairs go through every rule; a pair that is only alike, or a headline with its nearest sentence,
    is searched for near-miss figures alone (see `compare_unlinked`). With `grouped`, the findings of a
    statement told by three or more documents are grouped by value (`group_by_value`): one finding says which
    sources give which value, instead of one per document pair. `texts` (each sentence's words) lets a rule read
    what two sentences share besides their facets.
    """
    names = {d.id: d.source for d in documents}
    rank = {d.id: n for n, d in enumerate(documents)}
    by_statement: dict[int, list[ClaimPair]] = {}
    for p in pairs:
        if p.basis is not PairBasis.HEADLINE:
            by_statement.setdefault(p.statement, []).append(p)
    # A headline meets several sentences and headlines of another source: one finding per disagreement,
    # shown beside the first statement it touches.
    headline_findings: dict[int, list[Finding]] = {}
    for f in merge_repeats(compare_unlinked([p for p in pairs if p.basis is PairBasis.HEADLINE], facets, names, texts)):
        headline_findings.setdefault(f.statement, []).append(f)
    # a surname spelt two ways, or a harm denied, is read across whole documents, and shown beside the statement of
    # the first sentence
    statement_of = {m: k for k, st in enumerate(statements) for m in st.members}
    spellings: dict[int, list[Finding]] = {}
    for f in misspelt_names([d.id for d in documents], facets, texts, names) if texts else ():
        k = statement_of.get(SentenceRef(f.a.doc, f.a.index), 0)
        spellings.setdefault(k, []).append(replace(f, statement=k))
    # "No one was injured" against someone another source tells hurt, one person's two ages, one place's two
    # populations, one group of a toll counted twice, in sentences never compared
    compared = {frozenset((p.a, p.b)) for p in pairs}
    refs = sorted(statement_of, key=lambda m: (rank[m.doc], m.index))
    for f in unpaired_harms(refs, facets, texts, names, statement_of, compared) if texts else ():
        spellings.setdefault(f.statement, []).append(f)
    for f in [*unpaired_ages(refs, facets, texts, names, compared),
              *unpaired_populations(refs, facets, texts, names, compared),
              *unpaired_tolls(refs, facets, texts, names, compared),
              *unpaired_doers(refs, facets, names, compared)] if texts else ():
        k = statement_of[SentenceRef(f.a.doc, f.a.index)]
        spellings.setdefault(k, []).append(replace(f, statement=k))
    findings: list[Finding] = []
    numbers = numbers_by_doc(facets)
    near_misses: set[int] = set()  # the positions in `findings` of findings on pairs the aligner did not link
    for k, st in enumerate(statements):
        if st.score is None:
            first = st.members[0]
            others = ", ".join(names[d.id] for d in documents if d.id != first.doc)
            findings.append(omission(
                k, first, "omission",
                f"only {names[first.doc]} reports this; {others} do{'es' if len(documents) == 2 else ''} not"))
        found: list[Finding] = []
        linked = [p for p in by_statement.get(k, ()) if p.basis is PairBasis.LINKED]
        for p in linked:
            pair = SentencePair(p.a, facets.get(p.a, ()), p.b, facets.get(p.b, ()), names, k, st.score, p.score,
                                (texts[p.a], texts[p.b]) if texts else None)
            asks = pair.asks
            for rule in RULES:
                found.extend(_asked(replace(f, pair_score=pair.link), asks) for f in rule(pair))
        if grouped and len({m.doc for m in st.members}) > 2:
            found = group_by_value(corroborated(found, linked, facets), _alike(st, facets), names, rank)
        else:
            found = merge_repeats(found)
        findings.extend(found)
        # A near miss already told by a finding of the statement (a third source's figure joined to it) is not
        # told twice.
        told = {(f.kind, pair_key(x, y)) for f in found if f.b is not None for x, y in ((f.a, f.b), *f.also)}
        unlinked = [p for p in by_statement.get(k, ()) if p.basis is not PairBasis.LINKED]
        near = [f for f in compare_unlinked(unlinked, facets, names, texts) if (f.kind, pair_key(f.a, f.b)) not in told]
        near += headline_findings.get(k, ())
        near += spellings.get(k, ())
        near = [f for f in near if not told_elsewhere(f, facets, numbers)]
        near_misses.update(range(len(findings), len(findings) + len(near)))
        findings.extend(near)
    return told_once(findings, near_misses, facets)


def _asked(finding: Finding, asks: bool) -> Finding:
    """A clash with a question ("Should they go higher than $25 million?") is no more than low: a question tells no
    figure, day or source; a misquotation is still one."""
    if not asks or finding.kind == "quote" or finding.severity.rank <= Severity.LOW.rank:
        return finding
    return replace(finding, severity=Severity.LOW, explanation=f"{finding.explanation} (one side asks it as a question)")


def _alike(statement: Statement, facets: Mapping[SentenceRef, Sequence[Facet]]) -> dict[SentenceRef, list[SentenceRef]]:
    """Each member of the statement with every member of the same facet signature (itself included)."""
    signature = {m: facet_signature(facets, m) for m in statement.members}
    same: dict[object, list[SentenceRef]] = {}
    for m in statement.members:
        same.setdefault(signature[m], []).append(m)
    return {m: same[signature[m]] for m in statement.members}
