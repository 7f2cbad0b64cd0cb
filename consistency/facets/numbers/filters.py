"""What is not a claim: ages, years, dates, times of day, names and labels, phone numbers, idioms."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from ..lexicon.en.calendar import LOCAL_TIME_WORDS, TIME_ZONES
from ..lexicon.en.numbers import (
    AGE_AT_VERBS, AGE_WORDS_BEFORE, CLOCK_PREPOSITIONS, DATE_WORDS, DATING_WORDS, DURATION_LEAD_WORDS,
    DURATION_VERBS, FRACTION_WORDS, FRAME_LEAD_WORDS, NAME_PREFIXES,
    ONE_PRONOUN_WORDS_AFTER, ONE_PRONOUN_WORDS_BEFORE, ORDINALS,
    TIME_OF_DAY_WORDS,
)
from ..lexicon.en.units import DURATION_UNITS, UNITS
from ..nlp import ents_of, text_of, tokens_of
from .patterns import (
    AGE_AFTER_RE, AGE_IN_YEARS_AFTER_RE, ANY_DIGIT_RE, BLOCKED_RES, FOUR_DIGITS_RE, MILITARY_TIME_RE,
    ORDINAL_SUFFIX_RE, YEARISH_RE,
)
from .reading import Reading, span_from_moment
from .syntax import age_owner, person_word

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token

NAMING_ENTITY_LABELS: frozenset[str] = frozenset({
    "PERSON", "ORG", "GPE", "LOC", "FAC", "PRODUCT", "EVENT", "LAW", "WORK_OF_ART", "LANGUAGE", "NORP",
})
"""Entity labels whose digits belong to a name ("Apollo 11", "Group of 20")."""

DATE_ENTITY_LABELS: frozenset[str] = frozenset({"DATE", "TIME"})
"""Entity labels of dates and times, which are the date facet's business."""


def keep(doc: "Doc", r: Reading) -> bool:
    """False for what is not a claim: ages, years, dates, times, names, multipliers."""
    tokens = tokens_of(doc)
    if r.kind == "ratio" or (r.kind == "ordinal" and _denied_rank(doc, r)):
        return False
    first, last = tokens[r.start_tok], tokens[r.end_tok - 1]
    n = len(doc)
    label = in_naming_or_date_entity(doc, r.start_tok, r.end_tok)
    if label in NAMING_ENTITY_LABELS and r.kind not in ("money",):
        return False
    if r.kind == "age" or _age(doc, r):
        return True
    if label in DATE_ENTITY_LABELS and not (r.unit in DURATION_UNITS and _is_duration(doc, r)):
        if r.kind != "money" and r.kind != "percent":
            return False
    if r.unit in DURATION_UNITS and (not _is_duration(doc, r) or (r.kind != "minute" and _frame_of_a_record(doc, r))):
        return False
    # ages
    if r.start_tok > 0 and tokens[r.start_tok - 1].lower_ in AGE_WORDS_BEFORE:
        return False
    if AGE_AFTER_RE.match(text_of(doc), last.idx + len(last.text)):
        return False
    if r.kind == "count" and r.noun is None and r.end_tok - r.start_tok == 1 and first.like_num and 0 < r.value < 130:
        before = tokens[r.start_tok - 1] if r.start_tok > 0 else None
        after = tokens[r.end_tok] if r.end_tok < n else None
        if before is not None and before.text in (",", "(") and r.start_tok > 1 \
                and tokens[r.start_tok - 2].pos_ in ("PROPN", "NOUN") \
                and (after is None or after.text in (",", ")", ";", ".")):
            return False
    # years
    if (r.kind == "count" and r.end_tok - r.start_tok == 1 and FOUR_DIGITS_RE.fullmatch(first.text)
            and 1000 <= r.value <= 2199 and r.upper is None):
        if r.noun is None or r.noun in ("year",):
            return False
    # times of day
    if r.span_end < n and tokens[r.span_end].lower_ in TIME_OF_DAY_WORDS:
        return False
    if _military_time(doc, r):
        return False
    if (r.kind == "count" and r.noun is None and r.start_tok > 0 and tokens[r.start_tok - 1].lower_ in ("at", "until")
            and r.value <= 24 and r.approx is None):
        return False
    # names and labels: "Flight 370", "Article 5", "COVID-19"
    if r.start_tok > 0 and r.kind in ("count",) and first.like_num and not first.lower_.isalpha():
        prev = tokens[r.span_start - 1] if r.span_start > 0 else None
        if prev is not None:
            if prev.lower_ in NAME_PREFIXES and prev.is_title or prev.lower_ in ("no.", "#") \
                    or (prev.lower_ == "number" and r.span_start > 1  # "the number 3 engine", not "now number 40,000"
                        and tokens[r.span_start - 2].pos_ in ("DET", "PRON")):
                return False
            if prev.text == "." and r.span_start > 1 and tokens[r.span_start - 2].text in ("No", "Nos") \
                    and not tokens[r.span_start - 2].whitespace_:  # "the No. 2 engine": a label, split "No" "."
                return False
            if prev.text in ("-", "‑") and not prev.whitespace_ and r.span_start > 1 \
                    and tokens[r.span_start - 2].is_alpha and not tokens[r.span_start - 2].whitespace_:
                return False
            if prev.pos_ == "PROPN" and (first.head.i == prev.i or prev.head.i == first.i) and r.noun is None:
                return False
    # "one-off", "one-time", "two-thirds": a word, not a count
    if r.end_tok + 1 < n and tokens[r.end_tok].text in ("-", "‑") and not tokens[r.end_tok - 1].whitespace_ \
            and not tokens[r.end_tok].whitespace_:
        glued = tokens[r.end_tok + 1].lower_
        if (first.lower_ == "one" and r.end_tok - r.start_tok == 1 and glued not in UNITS) or glued in FRACTION_WORDS:
            return False
    # "one" as a pronoun or in idioms: "one of the meetings", "no one", "one day"
    if first.lower_ in ("one", "a", "an") and r.end_tok - r.start_tok == 1 and r.value == 1:
        nxt = tokens[r.end_tok].lower_ if r.end_tok < n else ""
        prv = tokens[r.start_tok - 1].lower_ if r.start_tok > 0 else ""
        if nxt in ONE_PRONOUN_WORDS_AFTER or prv in ONE_PRONOUN_WORDS_BEFORE:
            return False
        if r.noun is None:
            return False
    if r.kind == "count" and r.value == 0 and r.noun is None:
        return False
    if not math.isfinite(r.value):
        return False
    return True


def _military_time(doc: "Doc", r: Reading) -> bool:
    """ "0315 hours", "at 1900 hours", "2300 hours local time": a clock time on the 24-hour dial, not a span of hours.

    Four digits read as hours are a clock time when written with a leading zero, after a word that places
    a moment ("at", "by", "until"), or before a zone or "local time".
    """
    tokens = tokens_of(doc)
    first = tokens[r.start_tok]
    if r.unit != "hour" or r.end_tok - r.start_tok != 1 or not MILITARY_TIME_RE.fullmatch(first.text):
        return False
    if first.text.startswith("0"):
        return True
    before = tokens[r.span_start - 1].lower_ if r.span_start > 0 else ""
    after = tokens[r.span_end].lower_ if r.span_end < len(doc) else ""
    return before in CLOCK_PREPOSITIONS or after in TIME_ZONES or after in LOCAL_TIME_WORDS


def _age(doc: "Doc", r: Reading) -> bool:
    """Make a person's age in years ("aged 52", "the 52-year-old", "Smith, 52,", "died at 52") an age reading."""
    tokens = tokens_of(doc)
    if r.kind not in ("count", "quantity") or r.upper is not None or r.end_tok - r.start_tok != 1 or not 0 < r.value < 130:
        return False
    first = tokens[r.start_tok]
    before = tokens[r.start_tok - 1] if r.start_tok > 0 else None
    after = tokens[r.end_tok] if r.end_tok < len(doc) else None
    years = AGE_IN_YEARS_AFTER_RE.match(text_of(doc), first.idx + len(first.text))
    said_of = _person_said_to_be(first, after)
    if years is not None:
        end = first.idx + len(first.text) + len(years.group(0).rstrip())
        while r.span_end < len(doc) and tokens[r.span_end].idx < end:
            r.span_end += 1
    elif r.unit is not None or r.noun is not None:
        return False
    elif before is None or not (
        before.lower_ in AGE_WORDS_BEFORE
        or _at_the_age_of(tokens, r.start_tok)
        or (before.text in (",", "(") and r.start_tok > 1
            and (tokens[r.start_tok - 2].pos_ in ("PROPN", "NOUN") or first.dep_ == "appos")
            and (after is None or after.text in (",", ")", ";", ".")))
        or (before.lower_ == "at" and before.head.pos_ == "VERB" and before.head.lemma_.lower() in AGE_AT_VERBS)
        or said_of is not None
    ):
        return False
    r.kind, r.unit, r.dimension, r.factor, r.offset, r.precision = "age", None, None, 1.0, 0.0, 1.0
    owner = said_of if said_of is not None else age_owner(doc, r)
    r.noun = person_word(owner) if owner is not None else None
    return True


def _at_the_age_of(tokens, start: int) -> bool:
    """ "died at the age of 87": an age (not "under the age of 16", a threshold)."""
    return start > 3 and [t.lower_ for t in tokens[start - 4:start]] == ["at", "the", "age", "of"]


def _person_said_to_be(number: "Token", after: "Token | None") -> "Token | None":
    """The person a bare number ending a clause says they are: "He was 78.", "Ms Vance is 41," (how obituaries and
    profiles give an age), or None."""
    verb = number.head
    if number.dep_ not in ("attr", "acomp") or verb.lemma_ != "be" or after is None or after.text not in (".", ",", ";"):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    person = subjects[0] if len(subjects) == 1 else None
    if person is None or not (person.lower_ in ("he", "she") or (person.pos_ == "PROPN" and person.ent_type_ == "PERSON")):
        return None
    return person


def _is_duration(doc: "Doc", r: Reading) -> bool:
    tokens = tokens_of(doc)
    end = r.span_end
    n = len(doc)
    if end < n and tokens[end].lower_ in DATING_WORDS:
        return _spanned(doc, r.start_tok) or span_from_moment(doc, r)
    if AGE_AFTER_RE.match(text_of(doc), tokens[r.end_tok - 1].idx + len(tokens[r.end_tok - 1].text)):
        return False
    return True


def _denied_rank(doc: "Doc", r: Reading) -> bool:
    """An ordinal denied ("not the first Canadian sprinter to be caught", "never the second"): it tells no rank."""
    tokens = tokens_of(doc)
    j = r.start_tok - 1
    while j >= 0 and tokens[j].lower_ in ("the", "a", "an"):
        j -= 1
    return j >= 0 and tokens[j].lower_ in ("not", "never", "n't")


def _frame_of_a_record(doc: "Doc", r: Reading) -> bool:
    """A span after "in" that frames a first or a most ("the second sprinter banned in three years", "the highest
    level in five years", "the first time in 20 years"): how far back the record reaches, not a figure the story
    reports."""
    tokens = tokens_of(doc)
    j = r.start_tok - 1
    while j >= 0 and tokens[j].lower_ in FRAME_LEAD_WORDS:
        j -= 1
    if j < 0 or tokens[j].lower_ != "in":
        return False
    return any(t.tag_ in ("JJS", "RBS") or t.lower_ in ORDINALS for t in tokens[:j])


def _spanned(doc: "Doc", start: int) -> bool:
    """The span of time starting at token `start` is what "for" or a verb of lasting measures ("banned for four years
    after testing positive", "lasted six hours before ...", "took three days after the storm to ..."): a duration, not
    a date told from another event ("four years after the war")."""
    tokens = tokens_of(doc)
    j = start - 1
    while j >= 0 and tokens[j].lower_ in DURATION_LEAD_WORDS:
        if tokens[j].lower_ == "for":
            return True
        j -= 1
    return j >= 0 and tokens[j].pos_ in ("VERB", "AUX") and tokens[j].lemma_.lower() in DURATION_VERBS


def duration_follows(doc: "Doc", j: int) -> bool:
    tokens = tokens_of(doc)
    if j >= len(doc):
        return False
    unit = UNITS.get(tokens[j].lower_)
    if unit is None or unit[0] not in DURATION_UNITS:
        return False
    return not (j + 1 < len(doc) and tokens[j + 1].lower_ in DATING_WORDS)


def blocked_chars(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    if ANY_DIGIT_RE.search(text) is None:
        return spans  # (each pattern needs a digit)
    for pattern in BLOCKED_RES:
        spans.extend(m.span() for m in pattern.finditer(text))
    return spans


def is_blocked(token: "Token", blocked: list[tuple[int, int]]) -> bool:
    a, b = token.idx, token.idx + len(token.text)
    return any(s < b and a < e for s, e in blocked)


def _ent_label(token: "Token") -> str:
    return token.ent_type_ or ""


def in_naming_or_date_entity(doc: "Doc", start: int, end: int) -> str | None:
    """The label of a naming or date entity over tokens start..end, if any.

    A DATE/TIME entity counts only when it holds a date word or a year, so that a number
    the model mistags as DATE ("Between 10 and 15 people") is still read.
    """
    tokens = tokens_of(doc)
    for k in range(start, end):
        label = _ent_label(tokens[k])
        if label in NAMING_ENTITY_LABELS:
            return label
        if label in DATE_ENTITY_LABELS:
            ent = _entity_of(doc, k)
            after = tokens[ent.end] if ent is not None and ent.end < len(doc) else None
            if (ent is not None and ORDINAL_SUFFIX_RE.fullmatch(tokens[ent.end - 1].lower_) and after is not None
                    and after.pos_ == "NOUN" and after.lower_ not in DATE_WORDS
                    and not any(t.lower_ in DATE_WORDS for t in tokens[ent.start:ent.end])):
                continue  # "the 23rd floor" is a floor, not a day of the month
            if ent is None or any(
                t.lower_ in DATE_WORDS or YEARISH_RE.fullmatch(t.lower_)
                for t in tokens[ent.start:ent.end]
            ) or (AGE_AFTER_RE.match(text_of(doc), tokens[k].idx + len(tokens[k].text)) is not None):
                return label
            if len(ent) == 1 and k > 0 and tokens[k - 1].text in (",", "("):
                return label  # "Smith, 70," is an age
    return None


def _entity_of(doc: "Doc", k: int) -> "Span | None":
    for ent in ents_of(doc):
        if ent.start <= k < ent.end:
            return ent
    return None
