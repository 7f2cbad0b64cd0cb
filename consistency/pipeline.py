"""The only orchestrator: paths or documents in, `Report` out; each stage is also callable on its own.

The stages, in order: `load` (files to documents), `segment_documents` (sentences), `embed_sentences`
(one vector per body sentence), `extract_facets` (one spaCy pass), `similarity` (cosine plus the
facet bonus), `align_statements` (N-way statements), `compare_statements` (findings). `check` runs
them, encoding on a second thread while spaCy parses (see embed/alongside.py).
"""

from __future__ import annotations

from contextlib import nullcontext
from dataclasses import replace
from pathlib import Path
from typing import Callable, Hashable, Iterable, Mapping, MutableMapping, Sequence

import numpy as np

from . import __version__
from .alignment import Similarity, align, cosine_similarity
from .core import timing
from .core.errors import InputError, TooFewDocumentsError
from .core.settings import Settings
from .core.types import ClaimPair, Document, Facet, Finding, Report, Sentence, SentenceRef, Statement
from .embed import Embedder, encode_with, get_embedder
from .embed.alongside import EncodingAlongside
from .segment import LONG_SENTENCE_CHARS, body, headlines, segment

Progress = Callable[[str], None]
Facets = Mapping[SentenceRef, tuple[Facet, ...]]
FacetMemo = MutableMapping[Hashable, list[tuple[Facet, ...]]]


def _quiet(_: str) -> None:
    return None


# ---- the stages, each callable alone -----------------------------------------------------------

def load(paths: Iterable[str | Path], sources: Sequence[str] = (), *, skip_bad: bool = False,
         minimum: int = 2, published: Sequence[str] = ()) -> tuple[list[Document], list[str]]:
    """Documents from files and folders (at least `minimum`; `-` is standard input), and the warnings loading
    them raised; `published` gives dates (`DATE` to every undated input, `PATH=DATE` to one)."""
    from .load import load_documents

    return load_documents(list(paths), sources, skip_bad=skip_bad, minimum=minimum, published=published)


def draft_of(documents: Sequence[Document], draft_path: str | Path) -> str:
    """The id of the one document loaded from `draft_path` (pre-publish mode: the draft checked against the rest)."""
    drafts = [d for d in documents if d.path == str(draft_path)]
    if len(drafts) != 1:
        raise InputError("the draft must hold exactly one document", path=str(draft_path),
                         hint="give the draft as a file with one article")
    return drafts[0].id


def load_records(records: Sequence[object], origin: str, stem: str) -> tuple[list[Document], list[str]]:
    """Documents from parsed JSON objects (`text`, `source`, `published`, ...), and their warnings."""
    from .load import load_records as from_records

    return from_records(records, origin, stem)


def segment_documents(documents: Sequence[Document]) -> list[Sentence]:
    """Every sentence of every document, documents in the given order."""
    return [s for d in documents for s in segment(d)]


def embed_sentences(sentences: Sequence[Sentence], embedder: Embedder) -> tuple[np.ndarray, list[bool]]:
    """Vectors of the body sentences, in order, and which of them were truncated."""
    read = body(list(sentences))
    vectors, truncated = _encode(embedder, [_encoded_text(s) for s in read])
    return vectors, _cut(read, truncated)


def _encode(embedder: Embedder, texts: Sequence[str]) -> tuple[np.ndarray, list[bool]]:
    return encode_with(embedder, texts, None), embedder.truncated(texts)


def extract_facets(documents: Sequence[Document], sentences: Sequence[Sentence],
                   memo: FacetMemo | None = None) -> dict[SentenceRef, tuple[Facet, ...]]:
    """Facets of every body sentence (one spaCy pass over all of them; with `memo`, documents seen before are not
    parsed again: see `facets.extract_all`)."""
    from .facets import extract_all

    return extract_all(documents, sentences, memo)


def body_groups(documents: Sequence[Document], sentences: Sequence[Sentence]) -> list[list[SentenceRef]]:
    """The body sentences of each document, documents in the given order."""
    by_doc: dict[str, list[SentenceRef]] = {d.id: [] for d in documents}
    for s in body(list(sentences)):
        by_doc[s.doc_id].append(SentenceRef(s.doc_id, s.index))
    return [by_doc[d.id] for d in documents]


MANY_DOCUMENTS = 10
"""Above this many documents, similarity and links are computed over one matrix of all sentences."""
MATRIX_MAX_SENTENCES = 3000
"""...as long as the story has at most this many sentences (the matrix and its work arrays stay under 1 GB)."""


def similarity(groups: Sequence[Sequence[SentenceRef]], vectors: np.ndarray, facets: Facets, settings: Settings) -> Similarity:
    """Cosine similarity of the groups' vectors (stacked in group order), plus the facet bonus when facets help.

    With many documents of few sentences, one matrix of all sentences is computed at once (`MatrixSimilarity`),
    not one per pair of documents; the scores are the same up to the last bits of floating point.
    """
    sizes = [len(g) for g in groups]
    if len(groups) > MANY_DOCUMENTS and sum(sizes) <= MATRIX_MAX_SENTENCES:
        from .alignment.anchors import facet_bonus_matrix
        from .alignment.similarity import MatrixSimilarity, cosine_matrix

        matrix = cosine_matrix(vectors[:sum(sizes)])
        if settings.use_facets and facets:
            matrix += facet_bonus_matrix(groups, facets, settings.facet_weight)
        return MatrixSimilarity(matrix, sizes)
    offsets = np.cumsum([0] + sizes)
    per_doc = [vectors[offsets[k]:offsets[k + 1]] for k in range(len(groups))]
    scores = cosine_similarity(per_doc)
    if settings.use_facets and facets:
        from .alignment.anchors import facet_bonus

        scores = facet_bonus(scores, groups, facets, settings.facet_weight)
    return scores


def align_statements(groups: Sequence[Sequence[SentenceRef]], scores: Similarity, settings: Settings) -> list[Statement]:
    """The statements (a partition of the body sentences) under the settings' thresholds."""
    return align(groups, scores, settings.link_threshold, settings.extra_threshold, settings.margin,
                 extra_margin=settings.extra_margin)


def compared_pairs(documents: Sequence[Document], groups: Sequence[Sequence[SentenceRef]], scores: Similarity,
                   statements: Sequence[Statement], settings: Settings, vectors: np.ndarray,
                   headlines: Sequence[SentenceRef] = (), headline_vectors: np.ndarray | None = None,
                   facets: Facets | None = None) -> tuple[ClaimPair, ...]:
    """Every sentence pair to compare: the aligner's links (with `facets`, one per pair of facet signatures in a
    statement of three or more documents), similar pairs it did not link, headlines with their nearest sentences."""
    from .pair import claim_pairs, headline_pairs, linked_pairs, similar_pairs

    rank = {d.id: n for n, d in enumerate(documents)}
    similar = similar_pairs(groups, scores, statements, settings.near_miss_threshold) if settings.near_miss_threshold else []
    heads = headline_pairs(headlines, headline_vectors, groups, vectors, statements, rank) if len(headlines) else []
    return claim_pairs(linked_pairs(statements, rank, facets), similar, heads)


def compare_statements(
    documents: Sequence[Document], sentences: Sequence[Sentence], statements: Sequence[Statement], facets: Facets,
    pairs: Sequence[ClaimPair], *, draft: str | None = None,
) -> tuple[Finding, ...]:
    """Findings of the compared pairs and omissions of every statement, with fingerprints; with `draft`, only
    where that document diverges."""
    from .compare import compare
    from .compare.draft import focus_on_draft
    from .compare.fingerprint import with_fingerprints

    texts = {SentenceRef(s.doc_id, s.index): s.text for s in sentences}
    found = compare(documents, statements, pairs, facets, grouped=draft is None, texts=texts)
    if draft is not None:
        found = focus_on_draft(found, statements, draft, {d.id: d.source for d in documents})
    return tuple(with_fingerprints(found, sentences))


# ---- the whole run -----------------------------------------------------------------------------

def check(
    documents: Sequence[Document],
    settings: Settings,
    embedder: Embedder | None = None,
    *,
    with_findings: bool = True,
    warnings: Sequence[str] = (),
    draft: str | None = None,
    progress: Progress = _quiet,
    memo: FacetMemo | None = None,
) -> Report:
    """Align the documents' sentences and, with `with_findings`, compare aligned statements facet by facet.

    With `draft` (a document id), only findings where that document diverges from the others are kept. `memo`
    keeps documents' facets between checks of a long-running process (`consistency serve`); it changes no byte.
    """
    documents = sorted(documents, key=lambda d: (d.id, d.path))
    if len(documents) < 2:
        raise TooFewDocumentsError(f"only {len(documents)} document to compare",
                                   hint="give two or more articles about the same event")
    lap = timing.laps()  # stage timings, only when a caller records them (the model and spaCy loads time themselves)
    embedder = embedder or get_embedder(settings.model, settings.batch_size, settings.backend, settings.cache)
    sentences, heads, facets, vectors, truncated = _read_and_encode(documents, embedder, settings, with_findings, lap,
                                                                    progress, memo)
    vectors, head_vectors = vectors[:len(vectors) - len(heads)], vectors[len(vectors) - len(heads):]  # headlines last
    encoded = body(sentences) + heads
    cut = {(s.doc_id, s.index) for s, flag in zip(encoded, _cut(encoded, truncated)) if flag}
    if cut:
        sentences = [replace(s, truncated=True) if (s.doc_id, s.index) in cut else s for s in sentences]

    groups = body_groups(documents, sentences)
    scores = _computed_once(similarity(groups, vectors, facets, settings))  # the aligner and the near-miss search
    progress("aligning")
    statements = align_statements(groups, scores, settings)
    lap("alignment")

    findings: tuple[Finding, ...] = ()
    pairs: tuple[ClaimPair, ...] = ()
    if with_findings:
        progress("comparing")
        head_refs = [SentenceRef(s.doc_id, s.index) for s in heads]
        pairs = compared_pairs(documents, groups, scores, statements, settings, vectors, head_refs, head_vectors,
                               facets if draft is None else None)
        findings = compare_statements(documents, sentences, statements, facets, pairs, draft=draft)
        lap("comparison")
    all_warnings = tuple(dict.fromkeys([*warnings, *(w for d in documents for w in d.warnings),
                                        *getattr(embedder, "warnings", ()), *_unread_warnings(documents, sentences, facets)]))
    recorded = {**settings.to_dict(), "backend": getattr(embedder, "backend", settings.backend)}
    return Report(
        documents=tuple(documents), sentences=tuple(sentences), statements=tuple(statements),
        findings=findings, facets=facets, settings=recorded, warnings=all_warnings,
        version=__version__, draft=draft, pairs=pairs,
    )


ENCODE_LONG_CHARS = 500
"""A sentence over `LONG_SENTENCE_CHARS` (a run without sentence punctuation, cut into pieces) is embedded from
this many first characters and marked truncated: the model reads 256 word pieces at most anyway, and shorter
inputs keep a long unpunctuated article from costing minutes."""


def _encoded_text(sentence: Sentence) -> str:
    return sentence.text if len(sentence.text) <= LONG_SENTENCE_CHARS else sentence.text[:ENCODE_LONG_CHARS]


def _cut(sentences: Sequence[Sentence], truncated: Sequence[bool]) -> list[bool]:
    """Which sentences were embedded from their start only: cut by the model, or as a long run (`_encoded_text`)."""
    return [flag or len(s.text) > LONG_SENTENCE_CHARS for s, flag in zip(sentences, truncated)]


def _unread_warnings(documents: Sequence[Document], sentences: Sequence[Sentence], facets: Facets) -> list[str]:
    """Say which documents had sentences too long to read for facets (only when facets were read at all)."""
    from .facets import unread

    if not facets:
        return []
    counts: dict[str, int] = {}
    for s in unread(body(list(sentences))):
        counts[s.doc_id] = counts.get(s.doc_id, 0) + 1
    names = {d.id: d.path or d.id for d in documents}
    return [f"{names[doc]}: {n} sentence{'s' if n > 1 else ''} longer than {LONG_SENTENCE_CHARS} characters (text without "
            "sentence punctuation?) aligned but not read for dates, numbers, sources or quotations"
            for doc, n in sorted(counts.items())]


def _computed_once(scores: Similarity) -> Similarity:
    """The same similarity, each document pair's matrix computed once however often it is asked for."""
    if hasattr(scores, "matrix"):
        return scores  # computed already, whole
    matrices: dict[tuple[int, int], np.ndarray] = {}

    def cached(i: int, j: int) -> np.ndarray:
        if (i, j) not in matrices:
            matrices[(i, j)] = scores(i, j)
        return matrices[(i, j)]

    return cached


def _read_and_encode(documents, embedder, settings, with_findings, lap, progress, memo=None):
    """Split, extract facets and encode (body sentences, then headlines, which are returned apart). With facets,
    each document's sentences are encoded on a second thread as soon as it is split, while this thread splits the
    next one and then runs spaCy."""
    facets: Facets = {}
    encoding = EncodingAlongside(embedder) if settings.use_facets or with_findings else None
    with encoding or nullcontext():
        progress("splitting sentences")
        sentences: list[Sentence] = []
        texts: list[str] = []
        for document in documents:
            split = segment(document)
            sentences += split
            document_texts = [_encoded_text(s) for s in body(split)]
            texts += document_texts
            if encoding is not None:
                encoding.add(document_texts)
        heads = headlines(sentences) if with_findings else []  # encoded last: compared, never aligned
        head_texts = [_encoded_text(s) for s in heads]
        texts += head_texts
        if encoding is not None:
            if head_texts:
                encoding.add(head_texts)
            encoding.seal()
        lap("segmentation")

        if encoding is not None and texts:
            progress(f"embedding and parsing {len(texts)} sentences")
            facets = extract_facets(documents, sentences, memo)
            lap("facets")
            vectors, truncated = encoding.result()
            lap("embedding (main thread)")  # the pieces left when the facets were done
        else:
            progress(f"embedding {len(texts)} sentences")
            vectors, truncated = _encode(embedder, texts)
            lap("embedding")
    return sentences, heads, facets, vectors, truncated
