"""How a number is written: digits with commas and multipliers ("2.5bn", "3 million") or words ("forty-two")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon.en.cardinals import CARDINALS
from ..lexicon.en.numbers import (
    DOZEN, FRACTION_SIGNS, FRACTION_TAILS, HALF, SCALE_SUFFIXES, SCALE_WORDS, SPACED_SCALE_SUFFIXES,
)
from ..lexicon.en.units import UNITS
from ..nlp import tokens_of
from .patterns import DIGITS_RE, GLUED_DEGREES_RE, GLUED_UNIT_RE, MIXED_FRACTION_RE, PENCE_RE, SUFFIXED_RE

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc


def number_group(doc: "Doc", i: int, used: set[int]) -> tuple[int, float, float, str | None] | None:
    """Tokens from `i` that write one number; returns (end, value, precision, glued suffix)."""
    tokens = tokens_of(doc)
    tok = tokens[i]
    low = tok.lower_
    n = len(doc)
    mixed = MIXED_FRACTION_RE.fullmatch(tok.text)
    if mixed:  # "4½"
        fraction = FRACTION_SIGNS[mixed.group(2)]
        return _scaled(doc, i + 1, used, float(mixed.group(1)) + fraction, fraction)
    if DIGITS_RE.fullmatch(tok.text):
        digits = tok.text.replace(",", "")
        value = float(digits)
        decimals = len(digits.split(".")[1]) if "." in digits else 0
        precision = 10.0 ** -decimals
        j = i + 1
        suffix = None
        fraction = fraction_at(doc, j, used, signs=decimals == 0)
        if fraction is not None:  # "4 1/2 hours", "3 and a half"
            return _scaled(doc, fraction[0], used, value + fraction[1], fraction[2])
        # glued abbreviation split off by the tokenizer: "3m", "2.5 bn" (no space)
        glued = tokens[j].lower_ if j < n and not tok.whitespace_ else ""
        if glued.endswith(".") and j == n - 1:
            glued = glued[:-1]  # "£141.8m." ends the sentence: the tokenizer keeps the full stop on the suffix
        if j < n and (glued in SCALE_SUFFIXES or tokens[j].lower_ in SPACED_SCALE_SUFFIXES):
            suffix = glued if glued in SCALE_SUFFIXES else tokens[j].lower_
            mult = SCALE_SUFFIXES[suffix]
            return j + 1, value * mult, precision * mult, suffix
        mult = 1.0
        rounding = 1.0
        while j < n and j not in used and (tokens[j].lower_ in SCALE_WORDS or tokens[j].lower_ == DOZEN):
            mult *= SCALE_WORDS.get(tokens[j].lower_, 12.0)
            rounding *= SCALE_WORDS.get(tokens[j].lower_, 1.0)
            j += 1
        return j, value * mult, precision * rounding, None
    degrees = GLUED_DEGREES_RE.fullmatch(tok.text)
    if degrees:  # "46.1C": the unit is read from the suffix ("°c", "°f")
        decimals = len(degrees.group(1).split(".")[1]) if "." in degrees.group(1) else 0
        return i + 1, float(degrees.group(1)), 10.0 ** -decimals, "°" + degrees.group(2).lower()
    unit = GLUED_UNIT_RE.fullmatch(tok.text)
    if unit:  # "7lbs": the unit is read from the suffix
        decimals = len(unit.group(1).split(".")[1]) if "." in unit.group(1) else 0
        return i + 1, float(unit.group(1)), 10.0 ** -decimals, unit.group(2).lower()
    pence = PENCE_RE.fullmatch(tok.text)
    if pence:
        decimals = len(pence.group(1).split(".")[1]) if "." in pence.group(1) else 0
        return i + 1, float(pence.group(1)) / 100, 10.0 ** -decimals / 100, "p"
    m = SUFFIXED_RE.fullmatch(tok.text)
    if m:
        value = float(m.group(1))
        decimals = len(m.group(1).split(".")[1]) if "." in m.group(1) else 0
        suffix = m.group(2).lower()
        mult = SCALE_SUFFIXES.get(suffix) or SCALE_WORDS[suffix]
        return i + 1, value * mult, (10.0 ** -decimals) * mult, suffix
    # number words, possibly starting with "a"/"an" ("a dozen", "a hundred")
    words: list[str] = []
    j = i
    half = _half_at(doc, i, used) or _part_of_scale(doc, i, used)
    if half is not None:
        return half
    if low in ("a", "an"):
        if i + 1 < n and (tokens[i + 1].lower_ in SCALE_WORDS or tokens[i + 1].lower_ == DOZEN):
            words.append("one")
            j = i + 1
        elif i + 1 < n and tokens[i + 1].lower_ in UNITS and fraction_at(doc, i + 2, used) is not None:
            return i + 1, 1.0, 1.0, None  # "an hour and a half": the half is read after the unit
        else:
            return None
    elif low not in CARDINALS:
        return None
    while j < n and j not in used:
        w = tokens[j].lower_
        if w in CARDINALS or w in SCALE_WORDS or w == DOZEN:
            if words and w in CARDINALS and words[-1] in CARDINALS:
                # "forty two" is fine, "two three" is two numbers
                if not (CARDINALS[words[-1]] >= 20 and CARDINALS[words[-1]] % 10 == 0 and CARDINALS[w] < 10):
                    break
            words.append(w)
            j += 1
            continue
        if (w in ("-", "–") and words and words[-1] in CARDINALS and j + 1 < n
                and tokens[j + 1].lower_ in CARDINALS and not tokens[j - 1].whitespace_ and not tokens[j].whitespace_):
            j += 1
            continue
        if (w == "and" and words and (words[-1] in SCALE_WORDS) and j + 1 < n
                and tokens[j + 1].lower_ in CARDINALS):
            j += 1
            continue
        break
    if not words:
        return None
    value = words_to_number(words)
    if value is None:
        return None
    fraction = fraction_at(doc, j, used, signs=False) if words[-1] in CARDINALS else None
    if fraction is not None:  # "three and a half", "one and a half million"
        return _scaled(doc, fraction[0], used, value + fraction[1], fraction[2])
    mult = 1.0
    for w in reversed(words):  # "two million" is rounded to the million; "two hundred" is exact
        if w in CARDINALS:
            break
        if SCALE_WORDS.get(w, 1.0) >= 1e6:
            mult = SCALE_WORDS[w]
    return j, value, mult, None


def fraction_at(doc: "Doc", j: int, used: set[int], signs: bool = True) -> tuple[int, float, float] | None:
    """A fraction that ends a mixed number at token `j`: "and a half", "-and-a-quarter", or (after digits) "1/2", "½".

    Returns (end, fraction, its step).
    """
    tokens = tokens_of(doc)
    n = len(doc)
    if j >= n or j in used:
        return None
    if signs and tokens[j].text in FRACTION_SIGNS and tokens[j - 1].whitespace_:
        return j + 1, FRACTION_SIGNS[tokens[j].text], FRACTION_SIGNS[tokens[j].text]
    words = []
    k = j
    while k < n and len(words) < 3:
        if tokens[k].text in ("-", "‑") and not tokens[k].whitespace_ and not tokens[k - 1].whitespace_:
            k += 1
            continue
        words.append(tokens[k].lower_)
        k += 1
    if len(words) == 3 and words[0] == "and" and words[1] in ("a", "an") and words[2] in FRACTION_TAILS:
        return k, FRACTION_TAILS[words[2]], FRACTION_TAILS[words[2]]
    return None


def _scaled(doc: "Doc", j: int, used: set[int], value: float, step: float) -> tuple[int, float, float, None]:
    """A number with a fraction, then any multipliers ("one and a half million"): (end, value, precision, None)."""
    tokens = tokens_of(doc)
    while j < len(doc) and j not in used and tokens[j].lower_ in SCALE_WORDS:
        value *= SCALE_WORDS[tokens[j].lower_]
        step *= SCALE_WORDS[tokens[j].lower_]
        j += 1
    return j, value, step, None


def _half_at(doc: "Doc", i: int, used: set[int]) -> tuple[int, float, float, None] | None:
    """ "half an hour", "half a million", "a half-hour": one half of the unit or multiplier that follows."""
    tokens = tokens_of(doc)
    n = len(doc)
    words = [tokens[i].lower_, tokens[i + 1].lower_ if i + 1 < n else ""]
    if words[0] == HALF and words[1] in ("a", "an"):
        end = i + 2
    elif words[0] in ("a", "an") and words[1] == HALF:
        end = i + 2
    else:
        return None
    k = end + 1 if end < n and tokens[end].text in ("-", "‑") and not tokens[end].whitespace_ else end
    if k >= n or k in used:
        return None
    following = tokens[k].lower_
    if following in SCALE_WORDS:
        return _scaled(doc, k, used, 0.5, 0.5)
    if following == DOZEN:
        return k + 1, 6.0, 1.0, None
    if following in UNITS:
        return end, 0.5, 0.5, None
    return None


PARTS_OF_SCALE = {"quarter": 4, "quarters": 4, "third": 3, "thirds": 3}
"""Fractions of a multiplier written out: "a quarter of a million", "two thirds of a billion"."""


def _part_of_scale(doc: "Doc", i: int, used: set[int]) -> tuple[int, float, float, None] | None:
    """ "(almost) a quarter of a million", "three quarters of a billion": that fraction of the multiplier."""
    tokens = tokens_of(doc)
    words = [t.lower_ for t in tokens[i:i + 5]]
    if len(words) < 5 or words[1] not in PARTS_OF_SCALE or words[2:4] != ["of", "a"] or words[4] not in SCALE_WORDS:
        return None
    count = 1.0 if words[0] in ("a", "an") else CARDINALS.get(words[0])
    if not count or any(k in used for k in range(i, i + 5)):
        return None
    share = count / PARTS_OF_SCALE[words[1]]
    return _scaled(doc, i + 4, used, share, share)


def words_to_number(words: list[str]) -> float | None:
    """Value of number words such as ["forty", "two"], ["one", "hundred", "five"], ["two", "dozen"].

    word2number's `word_to_num` is not used: it reads "two million five hundred thousand" as
    2,501,500 and "one two" as 3.
    """
    total = 0.0
    current = 0.0
    seen = False
    for w in words:
        if w in CARDINALS:
            current += CARDINALS[w]
            seen = True
        elif w == DOZEN:
            current = (current or 1) * 12
            seen = True
        elif w == "hundred":
            current = (current or 1) * 100
            seen = True
        elif w in SCALE_WORDS:
            total += (current or 1) * SCALE_WORDS[w]
            current = 0.0
            seen = True
        else:
            return None
    return total + current if seen else None
