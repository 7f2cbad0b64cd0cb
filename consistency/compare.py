"""Comparison rules, one per facet, over the sentence pairs of each aligned statement: `Finding`s with severity and a plain explanation."""

from __future__ import annotations

import difflib
import re
from dataclasses import replace
from typing import Iterator, Mapping, Sequence

from .types import (
    Document, Facet, FacetEvidence, FacetKind, Finding, Sentence, SentenceRef, Severity, Statement,
)

DAY_PRECISIONS = ("day", "part", "time")
PRECISION_CLASS = {"day": "day", "part": "day", "time": "day", "week": "week", "month": "month", "year": "year"}
QUOTE_SAME = 0.85  # share of the shorter quotation found, in order, in the longer: a partial quote, not a misquote
QUOTE_RELATED = 0.35  # below this two quotations are about different things
LIGHT_PREDICATES = frozenset({"be", "have", "do", "say", "tell", "accord"})
CONFIRM_CUES = frozenset({"confirm", "admit", "acknowledge", "concede"})
DENY_CUES = frozenset({"deny", "reject", "dispute", "refute"})
WORD = re.compile(r"[\w']+")


def _of(facets: Sequence[Facet], kind: FacetKind) -> list[Facet]:
    return [f for f in facets if f.kind is kind]


def _evidence(ref: SentenceRef, facet: Facet | None, value: str) -> FacetEvidence:
    if facet is None:
        return FacetEvidence(ref.doc, ref.index, value)
    return FacetEvidence(ref.doc, ref.index, value, facet.text, facet.start, facet.end)


def _confidence(score: float | None, certainty: float) -> float:
    return round(max(0.0, min(1.0, (score or 0.5) * certainty)), 4)


# ---- dates ---------------------------------------------------------------------------------

def compare_dates(x, fx, y, fy, names, statement, score) -> Iterator[Finding]:
    """Dates of the same precision class that agree nowhere across the two sentences."""
    from .facets.dates import dates_agree

    dx = [f for f in _of(fx, FacetKind.DATE) if f.value.get("resolved") and f.value.get("value")]
    dy = [f for f in _of(fy, FacetKind.DATE) if f.value.get("resolved") and f.value.get("value")]
    if not dx or not dy:
        return
    compared = False
    for cls in ("day", "month", "year"):
        # Compare within a precision class first: a coarse "the second quarter" must not hide a
        # clash between two days.
        cx = [f for f in dx if PRECISION_CLASS.get(str(f.value.get("precision")), "") == cls]
        cy = [f for f in dy if PRECISION_CLASS.get(str(f.value.get("precision")), "") == cls]
        if not cx or not cy:
            continue
        compared = True
        unmatched_x = [a for a in cx if not any(dates_agree(a.value, b.value) for b in cy)]
        unmatched_y = [b for b in cy if not any(dates_agree(a.value, b.value) for a in cx)]
        if unmatched_x and unmatched_y:
            severity = Severity.HIGH if cls == "day" and len(cx) == 1 and len(cy) == 1 else Severity.MEDIUM
            yield _date_finding(x, unmatched_x[0], y, unmatched_y[0], names, statement, score, f"date-{cls}", severity)
            return  # one date finding per pair: the finest class that disagrees
    if compared:
        return
    # No precision in common ("in 1956" against "June 10, 1945"): the periods must still overlap.
    unmatched_x = [a for a in dx if not any(dates_agree(a.value, b.value) for b in dy)]
    unmatched_y = [b for b in dy if not any(dates_agree(a.value, b.value) for a in dx)]
    if len(unmatched_x) == len(dx) and len(unmatched_y) == len(dy):
        yield _date_finding(x, unmatched_x[0], y, unmatched_y[0], names, statement, score, "date-precision", Severity.MEDIUM)


def _date_finding(x, a, y, b, names, statement, score, kind, severity) -> Finding:
    from .facets.dates import describe

    return Finding(
        facet="date", kind=kind, severity=severity, statement=statement,
        a=_evidence(x, a, str(a.value["value"])), b=_evidence(y, b, str(b.value["value"])),
        explanation=(f"{names[x.doc]} dates it {describe(a.value)} (\u201c{a.text}\u201d); "
                     f"{names[y.doc]} {describe(b.value)} (\u201c{b.text}\u201d)"),
        confidence=_confidence(score, 0.9 if severity is Severity.HIGH else 0.7),
    )


# ---- attribution ---------------------------------------------------------------------------

def _sources(facets: Sequence[Facet], role: str) -> list[Facet]:
    """Named sources in a role; a description ("the company", "officials") may mean anyone, so it never conflicts."""
    return [f for f in _of(facets, FacetKind.ATTRIBUTION)
            if f.value.get("role") == role and f.value.get("source") and f.value.get("named", True)]


def _label(f: Facet) -> str:
    source = str(f.value["source"])
    resolved = f.value.get("resolved_from")
    return f"{source} (\u201c{resolved}\u201d)" if resolved else source


def compare_attribution(x, fx, y, fy, names, statement, score) -> Iterator[Finding]:
    """Speaker against speaker, relay against relay; an extra relay on one side is low."""
    from .facets.attribution import same_source

    sx, sy = _sources(fx, "speaker"), _sources(fy, "speaker")
    if sx and sy and not any(same_source(a.value["source"], b.value["source"]) for a in sx for b in sy):
        a, b = sx[0], sy[0]
        severity = Severity.HIGH if len(sx) == 1 and len(sy) == 1 and not (a.value.get("resolved_from") or b.value.get("resolved_from")) else Severity.MEDIUM
        yield Finding(
            facet="attribution", kind="speaker", severity=severity, statement=statement,
            a=_evidence(x, a, str(a.value["source"])), b=_evidence(y, b, str(b.value["source"])),
            explanation=f"{names[x.doc]} credits it to {_label(a)}; {names[y.doc]} to {_label(b)}",
            confidence=_confidence(score, 0.8),
        )
        return
    rx, ry = _sources(fx, "relay"), _sources(fy, "relay")
    if rx and ry and not any(same_source(a.value["source"], b.value["source"]) for a in rx for b in ry):
        a, b = rx[0], ry[0]
        yield Finding(
            facet="attribution", kind="relay", severity=Severity.MEDIUM, statement=statement,
            a=_evidence(x, a, str(a.value["source"])), b=_evidence(y, b, str(b.value["source"])),
            explanation=f"{names[x.doc]} has it via {_label(a)}; {names[y.doc]} via {_label(b)}",
            confidence=_confidence(score, 0.7),
        )
        return
    extra = [(x, rx, y, ry), (y, ry, x, rx)]
    for p, rp, q, rq in extra:
        if rp and not rq:
            a = rp[0]
            speakers = {str(s.value["source"]) for s in _sources(fx if q is y else fy, "speaker")}
            if any(same_source(a.value["source"], s) for s in speakers):
                continue
            yield Finding(
                facet="attribution", kind="extra-relay", severity=Severity.LOW, statement=statement,
                a=_evidence(p, a, str(a.value["source"])), b=_evidence(q, None, "none"),
                explanation=f"{names[p.doc]} says it came via {_label(a)}; {names[q.doc]} names no relay",
                confidence=_confidence(score, 0.5),
            )
            return


# ---- claims --------------------------------------------------------------------------------

def _words(text: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in WORD.findall(text)]


def quote_containment(a: str, b: str) -> float:
    """Share of the shorter quotation's words found, in order, in the longer one."""
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return 0.0
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    matcher = difflib.SequenceMatcher(a=short, b=long_, autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks()) / len(short)


def _same_number(a: Facet, b: Facet) -> bool:
    """The number checker's verdict when the two are comparable; otherwise equal values (and units) agree."""
    from .facets.numbers import numbers_agree

    verdict = numbers_agree(a.value, b.value)
    if verdict is not None:
        return verdict
    va, vb = a.value.get("si_value", a.value.get("value")), b.value.get("si_value", b.value.get("value"))
    return va is not None and va == vb and a.value.get("unit") == b.value.get("unit")


def _match_numbers(nx: Sequence[Facet], ny: Sequence[Facet]) -> tuple[list[Facet], list[Facet]]:
    """Pair agreeing numbers one to one (same counted noun and equal value first); return the unpaired."""
    candidates = []
    for i, a in enumerate(nx):
        for j, b in enumerate(ny):
            if _same_number(a, b):
                same_noun = a.value.get("noun") == b.value.get("noun")
                same_value = a.value.get("value") == b.value.get("value")
                candidates.append((not same_noun, not same_value, i, j))
    used_x: set[int] = set()
    used_y: set[int] = set()
    for *_, i, j in sorted(candidates):
        if i not in used_x and j not in used_y:
            used_x.add(i)
            used_y.add(j)
    return ([a for i, a in enumerate(nx) if i not in used_x], [b for j, b in enumerate(ny) if j not in used_y])


def _opposite_polarity(x, fx, y, fy, names, statement, score) -> Iterator[Finding]:
    """The same asserted predicate affirmed on one side and negated on the other, or confirmed vs denied."""
    from .facets.attribution import same_source

    def asserted(facets):
        return {f.value["predicate"]: f for f in _of(facets, FacetKind.NEGATION)
                if f.value.get("predicate") and f.value.get("main") and f.value["predicate"] not in LIGHT_PREDICATES}

    px, py = asserted(fx), asserted(fy)
    pairs = [(px[p], py[p]) for p in sorted(set(px) & set(py)) if px[p].value["polarity"] != py[p].value["polarity"]]
    for a in _of(fx, FacetKind.ATTRIBUTION):
        for b in _of(fy, FacetKind.ATTRIBUTION):
            ca, cb = a.value.get("cue"), b.value.get("cue")
            opposite = (ca in CONFIRM_CUES and cb in DENY_CUES) or (ca in DENY_CUES and cb in CONFIRM_CUES)
            if opposite and a.value.get("source") and b.value.get("source") and same_source(a.value["source"], b.value["source"]):
                pairs.append((a, b))
    if not pairs:
        return
    a, b = pairs[0]
    a_yes = a.value.get("polarity", a.value.get("cue") in CONFIRM_CUES)
    yes, no = ((x, a), (y, b)) if a_yes else ((y, b), (x, a))
    yield Finding(
        facet="claim", kind="negation", severity=Severity.MEDIUM, statement=statement,
        a=_evidence(x, a, "affirmed" if a_yes else "negated"), b=_evidence(y, b, "negated" if a_yes else "affirmed"),
        explanation=(f"{names[yes[0].doc]} says it is so (\u201c{yes[1].text}\u201d); "
                     f"{names[no[0].doc]} says it is not (\u201c{no[1].text}\u201d)"),
        confidence=_confidence(score, 0.7),
    )


def compare_claims(x, fx, y, fy, names, statement, score) -> Iterator[Finding]:
    """Numbers for the same counted thing, opposite polarity of the same predicate, and misquotes."""
    from .facets.numbers import describe_number, numbers_agree

    nx, ny = _of(fx, FacetKind.NUMBER), _of(fy, FacetKind.NUMBER)
    # Numbers pair off with agreeing ones, one to one; only numbers left unpaired on both sides,
    # and comparable (same counted thing), disagree.
    unmatched_x, unmatched_y = _match_numbers(nx, ny)
    for a in unmatched_x:
        clash = [b for b in unmatched_y if numbers_agree(a.value, b.value) is False]
        if clash:
            b = clash[0]
            yield Finding(
                facet="claim", kind="number", severity=Severity.HIGH, statement=statement,
                a=_evidence(x, a, describe_number(a.value)), b=_evidence(y, b, describe_number(b.value)),
                explanation=f"{names[x.doc]} says {describe_number(a.value)}; {names[y.doc]} says {describe_number(b.value)}",
                confidence=_confidence(score, 0.85),
            )
            break

    yield from _opposite_polarity(x, fx, y, fy, names, statement, score)

    qx, qy = _of(fx, FacetKind.QUOTE), _of(fy, FacetKind.QUOTE)
    for a in qx:
        for b in qy:
            contained = quote_containment(str(a.value.get("quote", a.text)), str(b.value.get("quote", b.text)))
            if QUOTE_RELATED <= contained < QUOTE_SAME:
                yield Finding(
                    facet="claim", kind="quote", severity=Severity.MEDIUM, statement=statement,
                    a=_evidence(x, a, str(a.value.get("quote", a.text))), b=_evidence(y, b, str(b.value.get("quote", b.text))),
                    explanation=(f"the quotation differs: {names[x.doc]} has \u201c{a.value.get('quote', a.text)}\u201d; "
                                 f"{names[y.doc]} has \u201c{b.value.get('quote', b.text)}\u201d"),
                    confidence=_confidence(score, 0.6),
                )
                return


RULES = (compare_dates, compare_attribution, compare_claims)


def compare(
    documents: Sequence[Document],
    sentences: Sequence[Sentence],
    statements: Sequence[Statement],
    facets: Mapping[SentenceRef, Sequence[Facet]],
) -> list[Finding]:
    """Every finding, in statement order; omissions (one source only) are low-severity findings."""
    names = {d.id: d.source for d in documents}
    rank = {d.id: n for n, d in enumerate(documents)}
    findings: list[Finding] = []
    for k, st in enumerate(statements):
        if st.score is None:
            first = st.members[0]
            others = ", ".join(names[d.id] for d in documents if d.id != first.doc)
            findings.append(Finding(
                facet="omission", kind="omission", severity=Severity.LOW, statement=k,
                a=FacetEvidence(first.doc, first.index, "reported"), b=None,
                explanation=f"only {names[first.doc]} reports this; {others} do{'es' if len(documents) == 2 else ''} not",
                confidence=1.0,
            ))
            continue
        members = sorted(st.members, key=lambda m: (rank[m.doc], m.index))
        linked = {frozenset((a, b)) for a, b, _ in st.links}
        found: list[Finding] = []
        for i, x in enumerate(members):
            for y in members[i + 1:]:
                # Only sentences linked to each other are compared: in a statement chained across
                # several sources, two sentences joined only through a third may tell different facts.
                if x.doc == y.doc or (linked and frozenset((x, y)) not in linked):
                    continue
                fx, fy = facets.get(x, ()), facets.get(y, ())
                for rule in RULES:
                    found.extend(rule(x, fx, y, fy, names, k, st.score))
        findings.extend(merge_repeats(found))
    return findings


def merge_repeats(found: Sequence[Finding]) -> list[Finding]:
    """One finding per disagreement: the same two values between the same two sources, seen in
    several sentence pairs of a statement, become one finding that lists the other pairs."""
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
