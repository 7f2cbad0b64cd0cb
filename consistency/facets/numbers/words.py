"""Numbers written as one word of their own kind: event counts ("twice"), ordinals ("first"), vague plurals ("dozens")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon.en.numbers import (
    BIRTHDAY_NOUNS, EVENT_COUNT_ADVERBS, FREQUENCY_WORDS, MATCH_MINUTE_NOUNS, ORDINAL_IDIOM_NOUNS, ORDINALS, VAGUE_PLURALS,
)
from ..lexicon.en.units import UNITS
from ..nlp import tokens_of
from .context import approx_before, complete, currency_before
from .patterns import ORDINAL_SUFFIX_RE
from .reading import Reading
from .syntax import governing_verb, person_word, verb_lemma

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc


def event_count(doc: "Doc", i: int) -> Reading | None:
    """ "twice", "once", "thrice": how often the governing verb's event happened."""
    tokens = tokens_of(doc)
    tok = tokens[i]
    n = len(doc)
    if i + 1 < n and (tokens[i + 1].lower_ in ("as", "more", "less") or tokens[i + 1].tag_ in ("JJR", "RBR")):
        return Reading(i, i + 1, 0.0, 1.0, kind="ratio", span_start=i, span_end=i + 1)
    head = tok.head
    if head.pos_ in ("ADJ", "NUM") or head.lower_ in FREQUENCY_WORDS:  # "twice the size", "twice weekly"
        return Reading(i, i + 1, 0.0, 1.0, kind="ratio", span_start=i, span_end=i + 1)
    for _ in range(3):  # "met him once in Paris": "once" hangs on the preposition
        if head.pos_ in ("VERB", "AUX") or head.head.i == head.i:
            break
        head = head.head
    if head.pos_ not in ("VERB", "AUX"):
        return Reading(i, i + 1, 0.0, 1.0, kind="ratio", span_start=i, span_end=i + 1)
    if tok.lower_ == "once" and (tok.dep_ == "mark" or head.i > i):
        # "once a senator", "once he left": not a count
        return Reading(i, i + 1, 0.0, 1.0, kind="ratio", span_start=i, span_end=i + 1)
    verb = verb_lemma(head)
    r = Reading(i, i + 1, float(EVENT_COUNT_ADVERBS[tok.lower_]), 1.0, kind="count", noun=verb, verb=verb,
                 span_start=i, span_end=i + 1)
    r.approx = approx_before(doc, r)
    return r


def ordinal(doc: "Doc", i: int) -> Reading | None:
    tokens = tokens_of(doc)
    tok = tokens[i]
    low = tok.lower_
    m = ORDINAL_SUFFIX_RE.fullmatch(tok.text)
    value = float(m.group(1)) if m else float(ORDINALS[low])
    r = Reading(i, i + 1, value, 1.0, kind="ordinal", span_start=i, span_end=i + 1)
    head = tok.head
    ok = not tok.is_title and _before_its_noun(tok)
    if not ok and _listed_ordinal(tok):  # "in the 70th and 78th minutes": the 78th minute too
        head, ok = tok.head.head, True
    earlier = None if ok else _elided_noun(tokens, i)
    if earlier is not None:  # "flooring him in the sixth round, he won it in the seventh": the seventh round
        r.noun, r.verb = earlier.lemma_.lower(), governing_verb(tok)
        return r
    if not ok or head.lemma_.lower() in ORDINAL_IDIOM_NOUNS:
        r.kind = "ratio"  # dropped by `filters.keep`
        return r
    r.noun = head.lemma_.lower()
    r.verb = governing_verb(head)
    if r.noun in BIRTHDAY_NOUNS:  # "her 40th birthday": the day she turned 40
        r.kind, r.noun, r.span_end = "age", None, head.i + 1
        owner = [c for c in head.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN")]
        r.noun = person_word(owner[0]) if owner else None
    elif r.noun in MATCH_MINUTE_NOUNS:  # "the 78th minute": 78 minutes in, give or take the minute begun
        r.unit, r.dimension, r.factor, r.offset = UNITS[r.noun]
        listed = any(_listed_ordinal(t) for t in tokens[i + 1:head.i])
        r.kind, r.noun, r.precision, r.span_end = "minute", None, 2.0, (i + 1 if listed else head.i + 1)
    return r


def is_ordinal(tok) -> bool:
    """ "seventh", "78th"."""
    return tok.lower_ in ORDINALS or bool(ORDINAL_SUFFIX_RE.fullmatch(tok.text))


def _before_its_noun(tok) -> bool:
    """A word that modifies the noun after it ("sixth" in "the sixth round")."""
    return tok.dep_ in ("amod", "nummod", "compound") and tok.head.pos_ == "NOUN" and tok.head.i > tok.i


def _listed_ordinal(tok) -> bool:
    """An ordinal joined to an ordinal of a noun ("78th" in "the 70th and 78th minutes"): it counts the same noun."""
    first = tok.head
    return (tok.dep_ == "conj" and is_ordinal(tok) and is_ordinal(first) and _before_its_noun(first)
            and first.head.i > tok.i)


def _elided_noun(tokens, i: int):
    """The noun an ordinal standing alone after "the" leaves out ("in the seventh"), from the ordinal before it in
    the sentence that names it ("the sixth round"), or None."""
    tok = tokens[i]
    if tok.is_title or i == 0 or tokens[i - 1].lower_ != "the" or tok.dep_ not in ("pobj", "dobj", "nsubj", "attr", "appos"):
        return None
    for prev in reversed(tokens[:i - 1]):
        noun = prev.head.lemma_.lower()
        if is_ordinal(prev) and _before_its_noun(prev) \
                and noun not in ORDINAL_IDIOM_NOUNS and noun not in BIRTHDAY_NOUNS and noun not in MATCH_MINUTE_NOUNS:
            return prev.head
    return None


def vague_plural(doc: "Doc", i: int) -> Reading | None:
    """ "dozens", "hundreds", "tens of thousands": at least two of the unit."""
    tokens = tokens_of(doc)
    n = len(doc)
    base = VAGUE_PLURALS[tokens[i].lower_]
    end = i + 1
    words = [tokens[i].lower_]
    if i + 2 < n and tokens[i + 1].lower_ == "of" and tokens[i + 2].lower_ in VAGUE_PLURALS:
        base *= VAGUE_PLURALS[tokens[i + 2].lower_]
        end = i + 3
        words += ["of", tokens[i + 2].lower_]
    if tokens[i].is_title and i > 0:
        return None
    r = Reading(i, end, 2 * base, 1.0, kind="count", vague=" ".join(words))
    complete(doc, r, currency=currency_before(doc, i))
    r.approx = "at least"
    if r.noun is None:
        # "dozens injured": the state is the verb
        r.verb = governing_verb(tokens[end - 1])
    return r
