"""The only orchestrator: documents in, `Report` out (segment, embed, extract facets, align, compare)."""

from __future__ import annotations

from contextlib import nullcontext
from dataclasses import replace
from typing import Callable, Mapping, Sequence

import numpy as np

from . import __version__
from .core import timing
from .align import align, cosine_similarity
from .embed.alongside import EncodingAlongside
from .core.settings import Settings
from .embed import Embedder, encode_with, get_embedder
from .core.errors import TooFewDocumentsError
from .segment import body, segment
from .core.types import Document, Facet, Report, Sentence, SentenceRef

Progress = Callable[[str], None]


def _quiet(_: str) -> None:
    return None


def prepare_sentences(documents: Sequence[Document]) -> list[Sentence]:
    """Every sentence of every document, documents in the given (sorted) order."""
    return [s for d in documents for s in segment(d)]


def _embed(embedder: Embedder, texts: Sequence[str], workers: int | None) -> tuple[np.ndarray, list[bool]]:
    """The texts' vectors and truncation flags."""
    return encode_with(embedder, texts, workers), embedder.truncated(texts)


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
    embedder = embedder or get_embedder(settings.model, settings.batch_size, settings.backend, settings.cache)
    facets: Mapping[SentenceRef, tuple[Facet, ...]] = {}
    # With facets, each document's sentences are encoded on a second thread as soon as it is split,
    # while this thread splits the next one and then runs spaCy (see alongside.py).
    encoding = EncodingAlongside(embedder) if settings.use_facets or with_findings else None
    with encoding or nullcontext():
        progress("splitting sentences")
        sentences: list[Sentence] = []
        body_by_doc: list[list[Sentence]] = []
        for document in documents:
            split = segment(document)
            sentences += split
            body_by_doc.append(body(split))
            if encoding is not None:
                encoding.add([s.text for s in body_by_doc[-1]])
        if encoding is not None:
            encoding.seal()
        flat_body = [s for group in body_by_doc for s in group]
        texts = [s.text for s in flat_body]
        lap("segmentation")

        if encoding is not None and texts:
            progress(f"embedding and parsing {len(texts)} sentences")
            from .facets import extract_all

            facets = extract_all(documents, sentences)
            lap("facets")
            vectors, truncated = encoding.result()
            lap("embedding (main thread)")  # the pieces left when the facets were done
        else:
            progress(f"embedding {len(texts)} sentences")
            vectors, truncated = _embed(embedder, texts, None)
            lap("embedding")
    cut = {(s.doc_id, s.index) for s, flag in zip(flat_body, truncated) if flag}
    if cut:
        sentences = [replace(s, truncated=True) if (s.doc_id, s.index) in cut else s for s in sentences]

    groups = [[SentenceRef(s.doc_id, s.index) for s in group] for group in body_by_doc]
    offsets = np.cumsum([0] + [len(g) for g in groups])
    per_doc = [vectors[offsets[k]:offsets[k + 1]] for k in range(len(groups))]
    similarity = cosine_similarity(per_doc)
    if settings.use_facets and facets:
        from .align.anchors import facet_bonus

        similarity = facet_bonus(similarity, groups, facets, settings.facet_weight)
    progress("aligning")
    statements = align(groups, similarity, settings.link_threshold, settings.extra_threshold, settings.margin,
                       extra_margin=settings.extra_margin)
    lap("alignment")

    findings = ()
    if with_findings:
        progress("comparing")
        from .compare import compare

        from .compare.draft import focus_on_draft
        from .compare.fingerprint import with_fingerprints

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
