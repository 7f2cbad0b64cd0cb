"""Frozen value objects shared by every stage: documents, sentences, statements, facets, findings."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from typing import TYPE_CHECKING, Any, Mapping, Sequence

from .given import checked_sentences, spans
from .values import FacetValue

if TYPE_CHECKING:  # pandas is an optional extra, imported only by the methods that return frames
    import pandas


class SentenceKind(str, Enum):
    """What a stretch of text is; only body sentences are aligned and compared."""

    BODY = "body"
    HEADING = "heading"
    DATELINE = "dateline"
    CAPTION = "caption"
    CREDIT = "credit"
    BOILERPLATE = "boilerplate"  # page furniture: "All rights reserved.", "Sign in / Register"


class Severity(str, Enum):
    """How much a finding matters; ordered high > medium > low."""

    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"

    @property
    def rank(self) -> int:
        return {"high": 3, "medium": 2, "low": 1}[self.value]


class FacetKind(str, Enum):
    """The kinds of fact extracted from a sentence."""

    DATE = "date"
    ATTRIBUTION = "attribution"
    NUMBER = "number"
    NEGATION = "negation"
    ENTITY = "entity"
    QUOTE = "quote"


@dataclass(frozen=True)
class Document:
    """One article as loaded: `text` is what every character offset refers to.

    For text already in memory use `Document.from_text(...)`, which fills in the id, source and path.
    `sentences`, when given, are the document's sentences as the user split them, in order, each found in
    `text` (checked here: a ValueError otherwise); they are used as given instead of the sentence splitter.
    """

    id: str
    source: str
    published: date | None
    text: str
    path: str
    title: str | None = None
    url: str | None = None
    warnings: tuple[str, ...] = ()
    published_time: str | None = None  # the clock time of publication, ISO "HH:MM[:SS]" (+ UTC offset when known)
    sentences: tuple[str, ...] | None = None  # already split by the user: each one sentence, as given

    def __post_init__(self) -> None:
        if self.sentences is not None:
            given = checked_sentences(self.sentences, self.path or None)
            spans(self.text, given, self.path or None)
            object.__setattr__(self, "sentences", given)

    @classmethod
    def from_text(
        cls, text: str | None = None, *, source: str | None = None, published: Any = None, id: str | None = None,
        title: str | None = None, url: str | None = None, sentences: Sequence[str] | None = None,
        path: str | None = None,
    ) -> Document:
        """A document from text in memory, checked and warned about as a file's would be.

        Args:
            text: the article text. May be left out when `sentences` are given: the text is then the
                sentences, one a line.
            source: the outlet's name shown in reports (e.g. "Reuters"); default the id.
            published: the publication date, a `datetime.date`, a `datetime.datetime` (its clock time is
                kept too) or an ISO string "2024-03-06" / "2024-03-06T09:30+01:00". Relative dates
                ("Wednesday", "last year") are resolved against it; without it they stay unresolved.
            id: the document's id in reports; default the source name made lower case with dashes
                ("Wire Service" -> "wire-service"), else "text-" and a hash of the text.
            title, url: shown in reports when given.
            sentences: the article already split, a list of non-empty strings: each is one sentence,
                used as given. With `text` too, each must appear in `text`, in order.
            path: what reports and warnings show as where the document came from; default "<id>".

        Raises:
            ValueError: an empty text, a date that is not one, sentences that are not a list of
                non-empty strings or not found in `text`.
            TypeError: neither `text` nor `sentences`, or a text that is not a string.

        Example:
            >>> Document.from_text("The minister resigned on Tuesday.", source="Wire", published="2024-03-06").id
            'wire'
        """
        from ..load.document import document_from_text

        return document_from_text(text, source=source, published=published, id=id, title=title, url=url,
                                  sentences=sentences, path=path)


@dataclass(frozen=True)
class Sentence:
    """A sentence of a document; `text == document.text[start:end]`."""

    doc_id: str
    index: int
    text: str
    start: int
    end: int
    kind: SentenceKind = SentenceKind.BODY
    duplicate_of: int | None = None  # index of the identical caption/sentence kept instead
    truncated: bool = False  # longer than the model reads: embedded from its start only


@dataclass(frozen=True, order=True)
class SentenceRef:
    """A pointer to one sentence: document id and sentence index."""

    doc: str
    index: int


@dataclass(frozen=True)
class Statement:
    """One claim as told by one or more sources; `score` is None when only one source has it."""

    members: tuple[SentenceRef, ...]
    score: float | None
    links: tuple[tuple[SentenceRef, SentenceRef, float], ...] = ()  # the pairs that joined it, with similarity

    @property
    def docs(self) -> tuple[str, ...]:
        return tuple(sorted({m.doc for m in self.members}))


class PairBasis(str, Enum):
    """Why two sentences of different documents are compared, and so which rules run on them."""

    LINKED = "linked"  # the aligner joined them: every rule
    SIMILAR = "similar"  # alike but not joined: only a near-miss figure is reported
    HEADLINE = "headline"  # a headline and the sentence of another document nearest it: figures only


@dataclass(frozen=True)
class ClaimPair:
    """Two sentences of different documents that are compared, with how alike they are and why they are paired."""

    a: SentenceRef
    b: SentenceRef
    score: float  # cosine plus the facet bonus
    basis: PairBasis
    statement: int  # the statement whose findings show this pair's (the body sentence's, for a headline)


@dataclass(frozen=True)
class Facet:
    """A fact found in a sentence; `start`/`end` are offsets into the sentence text.

    `value` is a typed value of its kind (core/values/), e.g. a date
    ``DateValue(value="2017-03-01", precision="day", part="night", resolved=True, ...)``; its
    `to_dict()` is what the JSON report writes.
    """

    kind: FacetKind
    text: str
    value: FacetValue
    start: int
    end: int


@dataclass(frozen=True)
class FacetEvidence:
    """One side of a finding: which sentence, and the value it gives."""

    doc: str
    index: int
    value: str
    text: str | None = None  # the words that carry the value, as written
    start: int | None = None  # offsets of those words in the sentence
    end: int | None = None


@dataclass(frozen=True)
class Finding:
    """A disagreement (or an omission) between two sources on one statement."""

    facet: str  # date | attribution | claim | omission
    severity: Severity
    statement: int
    a: FacetEvidence
    b: FacetEvidence | None
    explanation: str
    confidence: float
    kind: str = ""  # finer rule name: number, negation, quote, entity, speaker, relay ...
    also: tuple[tuple[FacetEvidence, FacetEvidence], ...] = ()  # other sentence pairs showing the same disagreement
    fingerprint: str = ""  # stable across unrelated edits: see consistency/baseline.py
    accepted: bool = False  # listed in the baseline the user gave: shown, but never fails a run
    pair_score: float | None = None  # how alike the two sentences are (cosine plus facet bonus); None for omissions


@dataclass(frozen=True)
class Report:
    """Everything a renderer needs; nothing is recomputed after this.

    What `consistency.check` and `consistency.align` return. `render(fmt)`, `to_json()` and `to_dict()` give it
    as the command line writes it; `findings_frame()` and `statements_frame()` as pandas DataFrames; a
    notebook shows it as the HTML report (`_repr_html_`).
    """

    documents: tuple[Document, ...]
    sentences: tuple[Sentence, ...]
    statements: tuple[Statement, ...]
    findings: tuple[Finding, ...] = ()
    facets: Mapping[SentenceRef, tuple[Facet, ...]] = field(default_factory=dict)
    settings: Mapping[str, Any] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()
    version: str = "0.1.0"
    draft: str | None = None  # pre-publish mode: the document checked against the others
    pairs: tuple[ClaimPair, ...] = ()  # every sentence pair that was compared
    view: str = "check"  # "align" when only statements were asked for: what render() and notebooks show by default

    def render(self, fmt: str = "text", *, view: str | None = None) -> str:
        """The report as the command line writes it: `fmt` is text, json, md, html or csv."""
        from ..report import render

        return render(self, fmt, view=view or self.view)

    def to_dict(self) -> dict[str, Any]:
        """The report as plain data: the `consistency-report/1` JSON document (README, "The JSON report")."""
        from ..report.json_report import report_dict

        return report_dict(self)

    def to_json(self) -> str:
        """The JSON report, the very text `consistency check -f json` writes (encode it as UTF-8 for its bytes)."""
        return self.render("json")

    def findings_frame(self) -> pandas.DataFrame:
        """One row per finding (needs pandas: `pip install 'consistency[pandas]'`); see `consistency.frames`."""
        from ..frames import findings_frame

        return findings_frame(self)

    def statements_frame(self) -> pandas.DataFrame:
        """One row per sentence of every statement (needs pandas: `pip install 'consistency[pandas]'`)."""
        from ..frames import statements_frame

        return statements_frame(self)

    def _repr_html_(self) -> str:
        """The HTML report for a notebook: the whole page, escaped into a sandboxed iframe's `srcdoc`."""
        from ..notebook import notebook_html

        return notebook_html(self)
