"""The only orchestrator: documents in, `Report` out (segment, embed, extract facets, align, compare)."""

from __future__ import annotations

from dataclasses import replace
from typing import Callable, Mapping, Sequence

import numpy as np

from . import __version__, timing
from .align import align, cosine_similarity
from .config import Settings
from .embed import Embedder, get_embedder
from .errors import TooFewDocumentsError
from .segment import body, segment
from .types import Document, Facet, Report, Sentence, SentenceRef

Progress = Callable[[str], None]


def _quiet(_: str) -> None:
    return None


def prepare_sentences(documents: Sequence[Document]) -> list[Sentence]:
    """Every sentence of every document, documents in the given (sorted) order."""
    return [s for d in documents for s in segment(d)]


def check(
    documents: Sequence[Document],
    settings: Settings,
    embedder: Embedder | None = None,
    *,
    with_findings: bool = True,
    warnings: Sequence[str] = (),
    draft: str | None = None,
    progress: Progress = _quiet,
) -> Report:
    """Align the documents' sentences and, with `with_findings`, compare aligned statements facet by facet.

    With `draft` (a document id), only findings where that document diverges from the others are kept.
    """
    documents = sorted(documents, key=lambda d: (d.id, d.path))
    if len(documents) < 2:
        raise TooFewDocumentsError(f"only {len(documents)} document to compare",
                                   hint="give two or more articles about the same event")
    lap = timing.laps()  # stage timings, only when a caller records them (the model and spaCy loads time themselves)
    progress("splitting sentences")
    sentences = prepare_sentences(documents)
    body_by_doc = [[s for s in body(sentences) if s.doc_id == d.id] for d in documents]
    flat_body = [s for group in body_by_doc for s in group]
    lap("segmentation")

    embedder = embedder or get_embedder(settings.model, settings.batch_size, settings.backend, settings.cache)
    progress(f"embedding {len(flat_body)} sentences")
    texts = [s.text for s in flat_body]
    vectors = embedder.encode(texts)
    truncated = embedder.truncated(texts)
    cut = {(s.doc_id, s.index) for s, flag in zip(flat_body, truncated) if flag}
    if cut:
        sentences = [replace(s, truncated=True) if (s.doc_id, s.index) in cut else s for s in sentences]
    lap("embedding")

    facets: Mapping[SentenceRef, tuple[Facet, ...]] = {}
    if settings.use_facets or with_findings:
        progress("extracting dates, sources and claims")
        from .facets import extract_all

        facets = extract_all(documents, sentences)
        lap("facets")

    groups = [[SentenceRef(s.doc_id, s.index) for s in group] for group in body_by_doc]
    offsets = np.cumsum([0] + [len(g) for g in groups])
    per_doc = [vectors[offsets[k]:offsets[k + 1]] for k in range(len(groups))]
    similarity = cosine_similarity(per_doc)
    if settings.use_facets and facets:
        from .facets.overlap import facet_bonus

        similarity = facet_bonus(similarity, groups, facets, settings.facet_weight)
    progress("aligning")
    statements = align(groups, similarity, settings.link_threshold, settings.extra_threshold, settings.margin,
                       extra_margin=settings.extra_margin)
    lap("alignment")

    findings = ()
    if with_findings:
        progress("comparing")
        from .compare import compare

        from .baseline import focus_on_draft, with_fingerprints

        found = compare(documents, sentences, statements, facets)
        if draft is not None:
            found = focus_on_draft(found, statements, draft, {d.id: d.source for d in documents})
        findings = tuple(with_fingerprints(found, sentences))
        lap("comparison")
    all_warnings = tuple(dict.fromkeys([*warnings, *(w for d in documents for w in d.warnings),
                                        *getattr(embedder, "warnings", ())]))
    recorded = {**settings.to_dict(), "backend": getattr(embedder, "backend", settings.backend)}
    return Report(
        documents=tuple(documents), sentences=tuple(sentences), statements=tuple(statements),
        findings=findings, facets=facets, settings=recorded, warnings=all_warnings,
        version=__version__, draft=draft,
    )
