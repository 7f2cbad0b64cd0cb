"""The entry point of the number facet: every number a sentence claims, read token by token."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...core.types import Facet
from ..lexicon.en.cardinals import CARDINALS
from ..lexicon.en.numbers import EVENT_COUNT_ADVERBS, HALF, NAME_PREFIXES, ORDINALS, VAGUE_PLURALS
from ..lexicon.en.units import UNITS
from ..nlp import text_of, tokens_of
from .compound import compound_measures
from .context import complete, currency_before, currency_word_at
from .filters import blocked_chars, is_blocked, keep
from .patterns import ANY_DIGIT_RE, GLUED_UNITS
from .reading import Reading, to_facet
from .scores import read_pairs
from .syntax import elided_units, list_totals, partitive_pronouns
from .words import event_count, is_ordinal, ordinal, vague_plural
from .written import number_group

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

NUMBER_START_WORDS: frozenset[str] = frozenset({
    *EVENT_COUNT_ADVERBS, *ORDINALS, *VAGUE_PLURALS, *CARDINALS, "a", "an", HALF,
})
"""The words (lower case) `_reading_at` can read a number at; any other token needs a digit."""


def extract_numbers(doc: "Doc") -> tuple[Facet, ...]:
    """Find the numbers a sentence claims (not ages, years, dates, times, names or phone numbers).

    Args:
        doc: one parsed sentence from `consistency.facets.nlp.parse`.

    Returns:
        One NUMBER facet per number, in text order; offsets index `doc.text`.
    """
    tokens = tokens_of(doc)
    if len(doc) == 0:
        return ()
    text = text_of(doc)
    blocked = blocked_chars(text)
    used: set[int] = set()
    readings: list[Reading] = []
    readings.extend(read_pairs(doc, blocked, used))
    # the tokens `_reading_at` can read a number at (most tokens are none of them)
    digits = ANY_DIGIT_RE.search(text) is not None
    starts = [tok.i for tok in tokens
              if tok.lower_ in NUMBER_START_WORDS or (digits and ANY_DIGIT_RE.search(tok.text))]
    resume = 0  # the first token after the last reading
    for i in starts:
        if i < resume or i in used or is_blocked(tokens[i], blocked):
            continue
        reading = _reading_at(doc, i, used)
        if reading is None:
            continue
        if keep(doc, reading):
            readings.append(reading)
        used.update(range(reading.start_tok, max(reading.end_tok, reading.span_end)))
        resume = max(reading.end_tok, reading.span_end, i + 1)
    partitive_pronouns(doc, readings)
    list_totals(doc, readings)
    elided_units(doc, readings)
    compound_measures(doc, readings)
    facets = [to_facet(doc, r) for r in readings]
    facets.sort(key=lambda f: (f.start, f.end))
    return tuple(facets)


def _reading_at(doc: "Doc", i: int, used: set[int]) -> Reading | None:
    """Read the number that starts at token `i`, if any."""
    tokens = tokens_of(doc)
    tok = tokens[i]
    low = tok.lower_
    if low in EVENT_COUNT_ADVERBS:
        return event_count(doc, i)
    if is_ordinal(tok):
        return ordinal(doc, i)
    if _tens_of_ordinal(tokens, i):  # "eighty-fourth": the ordinal read at "fourth", its tens added
        r = ordinal(doc, i + 2)
        if r is not None:
            r.value += CARDINALS[low]
            r.start_tok = r.span_start = i
        return r
    if low in VAGUE_PLURALS:
        return vague_plural(doc, i)
    currency = currency_before(doc, i)
    group = number_group(doc, i, used)
    if group is None:
        return None
    end, value, precision, suffix = group
    if currency is None and suffix and i > 0 and currency_word_at(doc, i - 1):
        currency = currency_word_at(doc, i - 1)  # "Euros 112m"
    if suffix == "p":  # pence, counted here in pounds
        currency = "gbp"
    if suffix in ("°c", "°f", "p") and i > 0 and tokens[i - 1].lower_ in NAME_PREFIXES:
        return None  # "flat 2F", "gate 4C", "platform 9p": a label
    r = Reading(i, end, value, precision)
    if suffix in ("°c", "°f") or suffix in GLUED_UNITS:  # "46.1C (115F)", "7lbs"
        r.unit, r.dimension, r.factor, r.offset = UNITS[suffix]
        r.kind = "quantity"
    elif suffix == "m" and currency is None and not currency_word_at(doc, end):
        # "3m" is three metres unless it is money
        r.value, r.precision = value / 1e6, precision / 1e6
        r.unit, r.dimension, r.factor, r.offset = UNITS["m"][0], "length", 1.0, 0.0
        r.kind = "quantity"
    complete(doc, r, currency=currency)
    return r


def _tens_of_ordinal(tokens, i: int) -> bool:
    """Token `i` is the tens of a hyphenated ordinal ("eighty" of "eighty-fourth", split in three tokens)."""
    return (CARDINALS.get(tokens[i].lower_, 0) >= 20 and CARDINALS[tokens[i].lower_] % 10 == 0 and i + 2 < len(tokens)
            and tokens[i + 1].text == "-" and 1 <= ORDINALS.get(tokens[i + 2].lower_, 0) <= 9)
