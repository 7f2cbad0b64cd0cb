"""Two numbers joined by a dash or "to": a score or vote tally ("52-47", "38 votes to 27") or a range ("10-15 people")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon.en.numbers import SCORE_NOUNS, SCORE_VERBS, TIME_OF_DAY_WORDS, VOTE_WORDS
from ..nlp import text_of, tokens_of
from .context import complete, currency_before
from .filters import DATE_ENTITY_LABELS, NAMING_ENTITY_LABELS, duration_follows, in_naming_or_date_entity, keep
from .patterns import ANY_DIGIT_RE, PAIR_RE, RECORD_BEFORE_RE, VOTE_AFTER_RE, VOTE_BEFORE_RE, VOTE_TO_RE, VOTES_TO_RE
from .reading import Reading
from .syntax import governing_verb

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc


def _beside_a_name(tokens, start: int, end: int, verb: str | None) -> bool:
    """A score set off by commas after a person's name ("Klitschko, 53-3, 47 KOs"): that person's win-loss record,
    unless the sentence tells a game ("beat the Lakers, 98-95, on Sunday")."""
    named = start >= 2 and (tokens[start - 2].ent_type_ == "PERSON" or tokens[start - 2].pos_ == "PROPN")
    return (named and tokens[start - 1].text == ","
            and end < len(tokens) and tokens[end].text == "," and verb not in SCORE_VERBS)


def read_pairs(doc: "Doc", blocked: list[tuple[int, int]], used: set[int]) -> list[Reading]:
    """Scores ("52-47", "52 to 47") and dashed ranges ("10-15 people")."""
    tokens = tokens_of(doc)
    out: list[Reading] = []
    text = text_of(doc)
    if ANY_DIGIT_RE.search(text) is None:
        return out  # (each pattern needs a digit)
    for pattern in (PAIR_RE, VOTES_TO_RE, VOTE_TO_RE):
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in blocked):
                continue
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None or any(t.i in used for t in span):
                continue
            label = in_naming_or_date_entity(doc, span.start, span.end)
            a, b = float(m.group(1)), float(m.group(2))
            after = tokens[span.end] if span.end < len(doc) else None
            if after is not None and after.lower_ in TIME_OF_DAY_WORDS:
                continue
            verb = governing_verb(span[0])
            after_noun = after.lemma_.lower() if after is not None and after.pos_ in ("NOUN", "PROPN") else None
            vote_context = bool(VOTE_BEFORE_RE.search(text[max(0, m.start() - 30):m.start()])
                                or VOTE_AFTER_RE.match(text, m.end()))
            record = after_noun == "record" or (pattern is PAIR_RE and after_noun is None and (
                RECORD_BEFORE_RE.search(text[max(0, m.start() - 30):m.start()]) is not None
                or _beside_a_name(tokens, span.start, span.end, verb)))
            scoreish = (
                (after_noun in SCORE_NOUNS)
                or (verb in SCORE_VERBS)
                or vote_context or record
            )
            if pattern is VOTES_TO_RE:
                scoreish = vote_context = True
            if pattern is VOTE_TO_RE and not scoreish:
                continue
            if label in NAMING_ENTITY_LABELS and not scoreish:
                continue  # a score glued to a team name ("Northgate United 3-1") is still a score
            if scoreish or a >= b:
                if label in DATE_ENTITY_LABELS and not scoreish:
                    continue
                vote = (after_noun in VOTE_WORDS) or (verb in VOTE_WORDS) or vote_context
                noun = "vote" if vote else "record" if record else (after_noun if after_noun in SCORE_NOUNS else "score")
                r = Reading(span.start, span.end, a, 1.0, kind="score", noun=noun, verb=verb,
                             pair=(a, b), span_start=span.start, span_end=span.end)
                out.append(r)
                used.update(range(span.start, span.end))
            else:  # a range: "10-15 people", "3-4 miles"
                if label in DATE_ENTITY_LABELS and not duration_follows(doc, span.end):
                    continue
                r = Reading(span.start, span.end, a, 1.0, upper=b, span_start=span.start, span_end=span.end)
                complete(doc, r, currency=currency_before(doc, span.start))
                if keep(doc, r):
                    out.append(r)
                used.update(range(r.span_start, r.span_end))
    return out
