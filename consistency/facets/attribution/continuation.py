"""Sentences wholly inside a quotation take the speaker (and relays) of the sentence that attributes it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from ..nlp import span_text, tokens_of
from .rules import Hit

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc


def _quote_speakers(doc: "Doc", hits: list[Hit]) -> list[Hit]:
    """The speaker nearest the sentence's quotation marks, with the relays that pass it on."""
    speakers = [h for h in hits if h.role == "speaker" and not h.unattributed and h.source]
    if not speakers:
        return []
    marks = [t.i for t in tokens_of(doc) if t.is_quote] or [0]
    best = min(speakers, key=lambda h: min(abs(h.cue_tok.i - m) for m in marks))
    return [best] + [h for h in hits if h.role == "relay"]


def continue_quotations(
    docs: Sequence["Doc"], per_sentence: list[list[Hit]], states: list[tuple[bool, bool, bool]]
) -> dict[int, list[Hit]]:
    """Speakers for sentences wholly inside a quotation that is attributed in a neighbouring sentence.

    A quotation left open runs on to the sentence that attributes it (backwards); otherwise a
    quoted sentence right after an attributed quotation keeps that speaker (forwards, chaining).
    """
    n = len(docs)
    inherited: dict[int, list[Hit]] = {}
    for i in range(n):
        wholly, open_after, _ = states[i]
        if not wholly or per_sentence[i]:
            continue
        source: list[Hit] = []
        if open_after:
            j = i + 1
            while j < n and not per_sentence[j] and states[j][0] and states[j][1]:
                j += 1
            if j < n and per_sentence[j] and states[j][2]:
                source = _quote_speakers(docs[j], per_sentence[j])
        if not source and i > 0 and states[i - 1][2]:
            source = inherited.get(i - 1) or _quote_speakers(docs[i - 1], per_sentence[i - 1])
        if source:
            inherited[i] = [
                Hit(
                    h.cue, h.cue_tok, h.source_tok, h.span, role=h.role, source=h.source,
                    resolved_from=_written_name(h), inherited=True, sole=h.sole,
                )
                for h in source
            ]
    return inherited


def _written_name(hit: Hit) -> str | None:
    """How a named source was written where it was found (None for a description such as "officials")."""
    if hit.resolved_from:
        return hit.resolved_from
    tok = hit.source_tok
    if tok is None or not (tok.pos_ == "PROPN" or tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")):
        return None
    return span_text(tok.doc[hit.span[0] : hit.span[1]])
