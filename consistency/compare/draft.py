"""Pre-publish mode: keep only where the draft diverges from the references, and what it leaves out."""

from __future__ import annotations

from dataclasses import replace
from typing import Mapping, Sequence

from ..core.types import FacetEvidence, Finding, Statement
from .omission import omission


def _touches(pair: tuple[FacetEvidence, FacetEvidence | None], draft: str) -> bool:
    a, b = pair
    return a.doc == draft or (b is not None and b.doc == draft)


def focus_on_draft(findings: Sequence[Finding], statements: Sequence[Statement], draft: str, names: Mapping[str, str]) -> list[Finding]:
    """Only where the draft diverges from the references, not where references diverge among themselves.

    Statements the references share without the draft become low "omission" findings: what the
    draft leaves out.
    """
    out: list[Finding] = []
    for f in findings:
        if f.facet == "omission":
            if f.a.doc == draft:
                out.append(replace(f, explanation=f"only the draft ({names[draft]}) reports this; no reference does"))
            continue
        pairs = [(f.a, f.b), *f.also]
        kept = [p for p in pairs if _touches(p, draft)]
        if not kept:
            continue
        first, rest = kept[0], tuple(kept[1:])
        out.append(replace(f, a=first[0], b=first[1], also=rest))
    for k, st in enumerate(statements):
        docs = {m.doc for m in st.members}
        if draft not in docs:
            refs = ", ".join(names[d] for d in sorted(docs))
            out.append(omission(k, st.members[0], "draft-leaves-out",
                                f"the draft ({names[draft]}) leaves out what {refs} report{'s' if len(docs) == 1 else ''}"))
    out.sort(key=lambda f: (f.statement, f.facet != "omission", f.facet, f.kind))
    return out
