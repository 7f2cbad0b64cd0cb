"""The spelling rule: one person's surname spelt two ways by two outlets ("Marcus Fenn" / "Marcus Venn")."""

from __future__ import annotations

import re
from typing import Mapping, Sequence

from ..core.types import Facet, FacetKind, Finding, SentenceRef, Severity
from ..facets.attribution.canonical import one_edit_apart
from ..facets.lexicon.en.names import HONORIFICS, TITLE_WORDS
from .pairs import confidence, evidence

SURNAME_MIN = 4
"""Shorter surnames one letter apart are as likely two names ("Lee" / "Lea") as one misspelt."""

TITLES = HONORIFICS | TITLE_WORDS
"""Words before a name that are no part of it ("Dr", "Chief Executive")."""

WORD_RE = re.compile(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*")


def misspelt_names(doc_ids: Sequence[str], facets: Mapping[SentenceRef, Sequence[Facet]],
                   texts: Mapping[SentenceRef, str], names: Mapping[str, str]) -> list[Finding]:
    """For each two documents, a person one names in full whose surname the other spells one letter differently
    under the same first name, neither document ever writing the other's spelling: one finding on the first
    sentence of each that names the person, LOW: a copy editor's catch, not a fact in dispute (and a name spelt
    two ways from another script, "Yevgeny" / "Yevgeniy", may be no slip at all). The first names are written alike
    or one letter apart: a nickname is no proof of one person ("Helen Marrick", "Lena Marwick" are two)."""
    people = {d: _people(d, facets) for d in doc_ids}
    words = {d: {w.lower() for ref, t in texts.items() if ref.doc == d for w in WORD_RE.findall(t)} for d in doc_ids}
    out: list[Finding] = []
    for i, x in enumerate(doc_ids):
        for y in doc_ids[i + 1:]:
            seen: set[tuple[str, str]] = set()
            for (fa, sa), (ra, a) in people[x].items():
                for (fb, sb), (rb, b) in people[y].items():
                    if (sa == sb or min(len(sa), len(sb)) < SURNAME_MIN or not one_edit_apart(sa, sb)
                            or not (fa == fb or (min(len(fa), len(fb)) > 3 and one_edit_apart(fa, fb)))
                            or sa in words[y] or sb in words[x]
                            or (sa, sb) in seen):
                        continue
                    seen.add((sa, sb))
                    out.append(Finding(
                        facet="claim", kind="spelling", severity=Severity.LOW, statement=-1,
                        a=evidence(ra, a, a.value.name), b=evidence(rb, b, b.value.name),
                        explanation=(f"{names[x]} names {a.value.name}; {names[y]} {b.value.name} (one person, the "
                                     "surname spelt two ways: neither outlet writes the other's spelling)"),
                        confidence=confidence(None, 0.7 if fa == fb else 0.5),
                    ))
    return out


def _people(doc: str, facets: Mapping[SentenceRef, Sequence[Facet]]) -> dict[tuple[str, str], tuple[SentenceRef, Facet]]:
    """(first name, surname) in lower case -> the first sentence naming that person in full, with its facet."""
    out: dict[tuple[str, str], tuple[SentenceRef, Facet]] = {}
    for ref in sorted(r for r in facets if r.doc == doc):
        for f in facets[ref]:
            if f.kind is not FacetKind.ENTITY or f.value.label != "PERSON":
                continue
            parts = [w for w in str(f.value.name).split() if w.lower().strip(".") not in TITLES]
            if not 2 <= len(parts) <= 3 or not all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha()
                                                   for w in parts):
                continue
            out.setdefault((parts[0].lower(), parts[-1].lower()), (ref, f))
    return out
