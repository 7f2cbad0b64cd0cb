"""The only orchestrator: documents in, `Report` out (segment, embed, extract facets, align, compare)."""

from __future__ import annotations

import threading
from dataclasses import replace
from typing import Callable, Mapping, Sequence, TypeVar

import numpy as np

from . import __version__, timing
from .align import align, cosine_similarity
from .config import Settings
from .embed import Embedder, encode_with, get_embedder
from .errors import TooFewDocumentsError
from .segment import body, segment
from .types import Document, Facet, Report, Sentence, SentenceRef

Progress = Callable[[str], None]
T = TypeVar("T")


def _quiet(_: str) -> None:
    return None


def prepare_sentences(documents: Sequence[Document]) -> list[Sentence]:
    """Every sentence of every document, documents in the given (sorted) order."""
    return [s for d in documents for s in segment(d)]


def _embed(embedder: Embedder, texts: Sequence[str], workers: int | None) -> tuple[np.ndarray, list[bool]]:
    """The texts' vectors and truncation flags."""
    return encode_with(embedder, texts, workers), embedder.truncated(texts)


CHUNK = 16  # sentences per piece of encoding work shared between the two threads


def _embed_alongside(embedder: Embedder, texts: Sequence[str], work: Callable[[], T]) -> tuple[T, np.ndarray, list[bool]]:
    """Run `work` on this thread while a second thread encodes `texts`; then this thread helps with what is left.

    The model runtime releases the GIL, so encoding takes one core while `work` (spaCy) takes the
    other. The texts are cut into fixed pieces (by length, so a piece carries little padding);
    which thread encodes a piece does not change its vectors.
    """
    order = sorted(range(len(texts)), key=lambda i: (len(texts[i]), i))
    pieces = [order[k:k + CHUNK] for k in range(0, len(order), CHUNK)]
    vectors: list[np.ndarray | None] = [None] * len(pieces)
    flags: list[list[bool]] = [[] for _ in pieces]
    taken = iter(range(len(pieces)))
    lock = threading.Lock()
    failed: list[BaseException] = []  # what stopped the second thread, if anything

    def stop() -> None:
        with lock:  # no new pieces for either thread
            for _ in taken:
                pass

    def encode_pieces() -> None:
        while True:
            with lock:
                k = next(taken, None)
            if k is None:
                return
            vectors[k], flags[k] = _embed(embedder, [texts[i] for i in pieces[k]], 1)

    def in_background() -> None:
        try:
            with timing.stage("embedding"):
                encode_pieces()
        except BaseException as exc:  # handed to the main thread, which raises it
            failed.append(exc)
            stop()

    from threadpoolctl import threadpool_limits

    # A daemon thread: an interrupted check (Ctrl-C) returns at once, even during a model load.
    background = threading.Thread(target=in_background, name="consistency-embed", daemon=True)
    # numpy's BLAS threads spin-wait for a free core: with the encoder on the second core,
    # spaCy's numpy calls ran twice as slow. One BLAS thread while both are busy.
    with threadpool_limits(limits=1, user_api="blas"):
        background.start()
        try:
            result = work()
            if not failed:  # a model that failed to load is not tried again here
                encode_pieces()
            background.join()
        except BaseException:
            stop()
            raise
    if failed:
        raise failed[0]
    out = np.zeros((len(texts), vectors[0].shape[1] if pieces else 0), dtype=np.float32)
    truncated = [False] * len(texts)
    for piece, piece_vectors, piece_flags in zip(pieces, vectors, flags):
        out[piece] = piece_vectors
        for i, flag in zip(piece, piece_flags):
            truncated[i] = bool(flag)
    return result, out, truncated


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
    texts = [s.text for s in flat_body]
    facets: Mapping[SentenceRef, tuple[Facet, ...]] = {}
    if (settings.use_facets or with_findings) and texts:
        progress(f"embedding and parsing {len(texts)} sentences")
        from .facets import extract_all

        def parse_and_extract():
            found = extract_all(documents, sentences)
            lap("facets")
            return found

        facets, vectors, truncated = _embed_alongside(embedder, texts, parse_and_extract)
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
