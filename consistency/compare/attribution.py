"""The attribution rule: two linked sentences credit the statement to different sources or relays; how a source reads."""

from __future__ import annotations

from typing import Iterator, Sequence

from ..core.types import Facet, FacetKind, Finding, Severity
from ..core.values.sources import SourceValue
from .pairs import SentencePair, confidence, evidence, of_kind


def _sources(facets: Sequence[Facet], role: str) -> list[Facet]:
    """Named sources in a role; a description ("the company", "officials") may mean anyone, so it never conflicts.

    A value not marked named or not (`named` absent) counts as named.
    """
    return [f for f in of_kind(facets, FacetKind.ATTRIBUTION)
            if f.value.role == role and f.value.source and f.value.named is not False]


def _label(f: Facet) -> str:
    source = str(f.value.source)
    resolved = f.value.resolved_from
    return f"{source} (\u201c{resolved}\u201d)" if resolved else source


def describe_source(v: SourceValue) -> str:
    """One attribution in words, for the `facets` view: "speaker: Nancy Pelosi from 'she' [cue say]"."""
    if v.unattributed:
        return "unattributed"
    via = f" from {v.resolved_from!r}" if v.resolved_from else ""
    return f"{v.role}: {v.source}{via} [cue {v.cue}]"


def compare_attribution(pair: SentencePair) -> Iterator[Finding]:
    """Speaker against speaker, relay against relay; an extra relay on one side is low."""
    # extraction needs same_source too (a relay is never its own speaker), so it lives with the facet
    from ..facets.attribution.identity import same_source

    x, fx, y, fy, names = pair.x, pair.fx, pair.y, pair.fy, pair.names
    sx, sy = _sources(fx, "speaker"), _sources(fy, "speaker")
    if sx and sy and not any(same_source(a.value.source, b.value.source) for a in sx for b in sy):
        a, b = sx[0], sy[0]
        resolved = a.value.resolved_from or b.value.resolved_from
        severity = Severity.HIGH if len(sx) == 1 and len(sy) == 1 and not resolved else Severity.MEDIUM
        yield Finding(
            facet="attribution", kind="speaker", severity=severity, statement=pair.statement,
            a=evidence(x, a, str(a.value.source)), b=evidence(y, b, str(b.value.source)),
            explanation=f"{names[x.doc]} credits it to {_label(a)}; {names[y.doc]} to {_label(b)}",
            confidence=confidence(pair.score, 0.8),
        )
        return
    rx, ry = _sources(fx, "relay"), _sources(fy, "relay")
    if rx and ry and not any(same_source(a.value.source, b.value.source) for a in rx for b in ry):
        a, b = rx[0], ry[0]
        yield Finding(
            facet="attribution", kind="relay", severity=Severity.MEDIUM, statement=pair.statement,
            a=evidence(x, a, str(a.value.source)), b=evidence(y, b, str(b.value.source)),
            explanation=f"{names[x.doc]} has it via {_label(a)}; {names[y.doc]} via {_label(b)}",
            confidence=confidence(pair.score, 0.7),
        )
        return
    for p, rp, q, rq in ((x, rx, y, ry), (y, ry, x, rx)):
        if rp and not rq:
            a = rp[0]
            speakers = {str(s.value.source) for s in _sources(fx if q is y else fy, "speaker")}
            if any(same_source(a.value.source, s) for s in speakers):
                continue
            yield Finding(
                facet="attribution", kind="extra-relay", severity=Severity.LOW, statement=pair.statement,
                a=evidence(p, a, str(a.value.source)), b=evidence(q, None, "none"),
                explanation=f"{names[p.doc]} says it came via {_label(a)}; {names[q.doc]} names no relay",
                confidence=confidence(pair.score, 0.5),
            )
            return
