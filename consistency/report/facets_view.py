"""What was extracted from each sentence of a document (the `facets` command), as text or JSON."""

from __future__ import annotations

import json
from typing import Mapping, Sequence

from ..core.types import Document, Facet, Sentence, SentenceRef
from ..core.values import value_dict


def _value_text(f: Facet) -> str:
    v = f.value
    kind = f.kind.value
    if kind == "date":
        from ..compare.dates import describe

        if not v.resolved:
            return describe(v)
        part = f", {v.part}" if v.part else ""
        return f"{v.value} ({v.precision}{part}) {describe(v)}"
    if kind == "attribution":
        from ..compare.attribution import describe_source

        return describe_source(v)
    if kind == "number":
        approx = f"{v.approx} " if v.approx else ""
        unit = f" {v.unit}" if v.unit else ""
        noun = f" {v.noun}" if v.noun else ""
        return f"{approx}{v.value}{unit}{noun}"
    if kind == "negation":
        return f"{'affirmed' if v.polarity else 'negated'}: {v.predicate}"
    if kind == "quote":
        return f"\u201c{v.quote}\u201d"
    if kind == "entity":
        return f"{v.label}: {v.name}"
    return json.dumps(value_dict(v), ensure_ascii=False, sort_keys=True)


def render_facets(
    documents: Sequence[Document], sentences: Sequence[Sentence],
    facets: Mapping[SentenceRef, Sequence[Facet]], fmt: str = "text",
) -> str:
    if fmt == "json":
        data = {
            "schema": "consistency-facets/1",
            "documents": [{"id": d.id, "path": d.path, "source": d.source,
                           "published": d.published.isoformat() if d.published else None} for d in documents],
            "sentences": [
                {"doc": s.doc_id, "index": s.index, "kind": s.kind.value, "text": s.text,
                 "facets": [{"kind": f.kind.value, "text": f.text, "start": f.start, "end": f.end,
                             "value": value_dict(f.value)} for f in facets.get(SentenceRef(s.doc_id, s.index), ())]}
                for s in sentences
            ],
        }
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    lines = []
    for d in documents:
        published = d.published.isoformat() if d.published else "no publication date: relative dates stay unresolved"
        lines.append(f"{d.source} · {published} · {d.path}")
        for s in sentences:
            if s.doc_id != d.id:
                continue
            lines.append("")
            lines.append(f"#{s.index} [{s.kind.value}] {' '.join(s.text.split())}")
            for f in facets.get(SentenceRef(s.doc_id, s.index), ()):
                if f.kind.value == "negation" and f.value.polarity:
                    continue  # affirmed predicates are kept for comparison, not worth a line each
                lines.append(f"    {f.kind.value:<12} {f.text!r:<32} {_value_text(f)}")
    return "\n".join(lines) + "\n"
