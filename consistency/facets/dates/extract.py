"""`extract_dates`: every temporal expression of one parsed sentence, as date facets."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from ...core.types import Facet, FacetKind
from ...core.values.dates import DateValue
from ..nlp import ents_of, text_of
from .normalise import date_value
from .points import published_date
from .scan import scan
from .spans import NUMBER_LABELS, attempt_entity, blocks, names_capitalised, temporal_groups, trim, with_bound
from .tense import tense_at

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

Candidate = tuple[int, int, DateValue]


def extract_dates(doc: "Doc", published: date | None) -> tuple[Facet, ...]:
    """Every temporal expression in one parsed sentence, normalised against the publication date.

    Candidates are spaCy's DATE/TIME entities (split where one holds several expressions) and
    a scanner for what the small model misses ("Mar 2" tagged PERSON, years after "in"). Where
    candidates overlap, the longest one that resolves wins. Ages and durations give nothing.

    Args:
        doc: one sentence parsed by `consistency.facets.nlp.parse`.
        published: the article's publication date, or None.

    Returns:
        Facets of kind DATE, ordered by position; `start`/`end` index `doc.text`.
    """
    text = text_of(doc)
    base = published_date(published)
    candidates: list[Candidate] = []

    def attempt(start: int, end: int, local: list[Candidate]) -> bool:
        start, end = trim(text, start, end)
        if end <= start or any(start < e and s < end for s, e, _ in local):
            return False
        value = date_value(text[start:end], base, tense_at(doc, start, end))
        if value is None:
            return False
        local.append((start, end, value))
        return True

    for group in temporal_groups(doc):
        local: list[Candidate] = []
        if len(group) > 1 and attempt(group[0][0], group[-1][1], local):
            candidates.extend(local)
            continue
        for ent_start, ent_end in group:
            attempt_entity(text, ent_start, ent_end, attempt, local)
        candidates.extend(local)

    blocked = [(ent.start_char, ent.end_char) for ent in ents_of(doc) if blocks(ent)]
    numbers = [(ent.start_char, ent.end_char) for ent in ents_of(doc) if ent.label_ in NUMBER_LABELS]
    scanned: list[Candidate] = []
    for start, end, cued in sorted(scan(text), key=lambda h: (h[0] - h[1], h[0])):
        if any(start < e and s < end for s, e in blocked):
            continue
        if cued and text[start].isdigit() and any(start < e and s < end for s, e in numbers):
            continue  # "by 1500 troops": spaCy saw a count, not a year
        if names_capitalised(text[start:end]):
            attempt(start, end, scanned)
    candidates.extend(scanned)

    chosen: list[Candidate] = []
    for start, end, value in sorted(candidates, key=lambda c: (-(c[1] - c[0]), c[0])):
        if not any(start < e and s < end for s, e, _ in chosen):
            chosen.append((start, end, with_bound(text, start, value)))
    return tuple(
        Facet(kind=FacetKind.DATE, text=text[s:e], value=value, start=s, end=e)
        for s, e, value in sorted(chosen, key=lambda c: (c[0], c[1]))
    )
