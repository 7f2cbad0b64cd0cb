"""Candidate spans in a parsed sentence: spaCy's temporal entities grouped and split, trimmed, and checked against other entities."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Callable, Iterator

from ...core.values.dates import DateValue
from ..lexicon.en.calendar import AFTER_CUES, BEFORE_CUES, CLOCK_HEDGES, MONTHS, TIME_ZONES, WEEKDAYS
from ..lexicon.en.numbers import RECORD_WORDS
from ..nlp import ents_of, span_text, text_of
from .patterns import CLOCK_HEDGE_RE, HOLIDAY_RE

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span

#: spaCy entity labels that never hold a date; a scanned name inside one ("Sunday Times") is skipped.
NON_DATE_LABELS = frozenset(
    {"ORG", "WORK_OF_ART", "FAC", "EVENT", "PRODUCT", "LAW", "GPE", "LOC", "NORP", "LANGUAGE"}
)
TEMPORAL_LABELS = frozenset({"DATE", "TIME"})
NUMBER_LABELS = frozenset({"CARDINAL", "QUANTITY", "MONEY", "PERCENT"})

#: Where one entity holding several expressions is cut: "between Monday and Tuesday".
SPLIT_RE = re.compile(r"\s*(?:\b(?:and|or|to|through|thru|until|till)\b|–|—|\s-\s|&)\s*")
COMMA_SPLIT_RE = re.compile(r"\s*[,;]\s*")
#: Prepositions trimmed off the front of an extracted span ("between Monday and ..." → "Monday").
SPAN_PREPOSITION_RE = re.compile(r"(?:between|from|on|in|at|since|by|until|till|during|of)\s+", re.I)
#: What may stand between two spaCy entities that form one expression: "2 a.m. on Wednesday".
TEMPORAL_GAP_RE = re.compile(r"[\s,]*(?:\b(?:on|at)\b)?[\s,]*")
LETTERS_RE = re.compile(r"[A-Za-z]+")
#: A clock time and nothing else, as the name reader sometimes takes one for a name: "3.40pm", "11:30 p.m.".
CLOCK_ALONE_RE = re.compile(r"(?i)[0-9]{1,2}(?:[:.][0-5][0-9])?\s*[ap]\.?\s?m\.?")
BOUND_RE = re.compile(
    r"\b(?P<cue>" + "|".join(re.escape(cue) for cue in (*BEFORE_CUES, *AFTER_CUES))
    + r")\s+(?:at\s+(?:the\s+)?(?:least|earliest|latest)\s+)?(?:the\s+)?$",  # "until at least Wednesday"
    re.I,
)

SINCE_CLAUSE_RE = re.compile(r"\b(?P<cue>since)\s+(?:[^,.;:]{1,80}?\s)?(?:in|on)\s+(?:the\s+)?$", re.I)
"""A clause after "since" up to the date it gives ("since Wallis Simpson married Edward in 1937")."""
RECORD_FRAME_RE = re.compile(
    r"\b(?:the|its|their|his|her)\s+(?:very\s+)?(?:" + RECORD_WORDS + r")\b(?P<gap>[^.;:]{0,100}?)\s*$", re.I)
"""A record up to a "since" ("the first American to marry into the family since", "the closest tally since")."""
TOLD_AS_DONE_RE = re.compile(r"\b(?:have|has|had|been|was|were|is|are)\b", re.I)
"""Auxiliaries that make the words after a record's word a clause of their own ("the first rescuers have been at the
mine since ..."): the "since" is theirs, not the record's."""

#: Tries one span: trims it, resolves it and keeps it in the list unless it overlaps one kept.
Attempt = Callable[[int, int, list], bool]


def pieces(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Split a span holding several expressions ("between Monday and Tuesday") into its parts."""
    chunk = text[start:end]
    cursor = 0
    for sep in list(SPLIT_RE.finditer(chunk)) + [None]:
        stop = sep.start() if sep else len(chunk)
        piece = chunk[cursor:stop]
        left = len(piece) - len(piece.lstrip())
        piece = piece.strip()
        if piece:
            yield start + cursor + left, start + cursor + left + len(piece)
        cursor = sep.end() if sep else len(chunk)


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim spaces, edge punctuation and leading prepositions off a span."""
    while start < end and text[start] in " ,;:(\"'“‘-":
        start += 1
    while end > start and text[end - 1] in " ,;:)\"'”’-":
        end -= 1
    while True:
        m = SPAN_PREPOSITION_RE.match(text, start, end)
        if not m or m.end() >= end:
            break
        start = m.end()
    return start, end


def with_bound(text: str, start: int, value: DateValue) -> DateValue:
    """ "after June 3" is any time from June 3 on, "before 1967" any time until then: an open interval; so is the date
    of a clause after "since" ("the first to marry into the family since Wallis Simpson married Edward in 1937")."""
    match = BOUND_RE.search(text[max(0, start - 32):start]) or _since_record(text, start)
    if not match:
        return value
    if value.clock and _hedge_of(text, start) in ("after", "before"):
        return value  # "shortly after 6:30 a.m. Thursday" is that morning (`with_hedge`), not any time from then on
    word = " ".join(match.group("cue").lower().split())
    return replace(value, bound="after" if word in AFTER_CUES else "before", bound_cue=word)


def _since_record(text: str, start: int) -> re.Match | None:
    """ "since" and a clause up to the date, after a record's word in the sentence ("the first ... since Wallis Simpson
    married Edward in 1937", "the closest tally since Justice Thomas was confirmed in 1991"): the earlier event is how
    far back the record reaches, not an event told; "trapped since the first explosion on Friday" is no record."""
    match = SINCE_CLAUSE_RE.search(text, max(0, start - 100), start)
    record = RECORD_FRAME_RE.search(text, max(0, match.start() - 140), match.start()) if match else None
    return match if record and not TOLD_AS_DONE_RE.search(record["gap"].split(" to ")[0]) else None


def with_hedge(text: str, start: int, value: DateValue) -> DateValue:
    """ "around 9:07 a.m.", "just after 3 a.m.": a clock time hedged by the words before it."""
    if not value.clock or value.approx:
        return value
    hedge = _hedge_of(text, start)
    return replace(value, approx=hedge) if hedge else value


def _hedge_of(text: str, start: int) -> str | None:
    """What the words right before a clock time make of it: "about", "after" ("shortly after"), "before"."""
    match = CLOCK_HEDGE_RE.search(text[max(0, start - 25):start].lower())
    return CLOCK_HEDGES[match["hedge"]] if match else None


def temporal_groups(doc: "Doc") -> list[list[tuple[int, int]]]:
    """spaCy's DATE/TIME entities, those only a space or comma apart grouped ("Friday" + "evening")."""
    groups: list[list[tuple[int, int]]] = []
    for ent in ents_of(doc):
        if ent.label_ not in TEMPORAL_LABELS:
            continue
        if groups and TEMPORAL_GAP_RE.fullmatch(text_of(doc)[groups[-1][-1][1] : ent.start_char]):
            groups[-1].append((ent.start_char, ent.end_char))
        else:
            groups.append([(ent.start_char, ent.end_char)])
    return groups


def attempt_entity(text: str, start: int, end: int, attempt: Attempt, local: list) -> None:
    """Resolve one entity whole, else its parts split at "and"/"to"/dashes, else at commas."""
    if attempt(start, end, local):
        return
    for s, e in pieces(text, start, end):
        if attempt(s, e, local):
            continue
        cursor = s
        for sep in [*COMMA_SPLIT_RE.finditer(text[s:e]), None]:
            attempt(cursor, s + sep.start() if sep else e, local)
            cursor = s + sep.end() if sep else e


def blocks(ent: "Span") -> bool:
    """Whether a non-temporal entity covers real words, not just a misread date ("Mar" as PERSON)."""
    if ent.label_ in TEMPORAL_LABELS or ent.label_ in ("CARDINAL", "ORDINAL", "QUANTITY"):
        return False
    if span_text(ent).strip("()").lower() in TIME_ZONES:
        return False  # "GMT" tagged ORG after a clock time
    if CLOCK_ALONE_RE.fullmatch(span_text(ent).strip()):
        return False  # "3.40pm" tagged ORG
    if ent.label_ == "EVENT" and HOLIDAY_RE.fullmatch(span_text(ent).strip().lower().replace("\u2019", "'")):
        return False  # "New Year's Day" tagged EVENT
    if ent.label_ in NON_DATE_LABELS:
        return True
    if ent.label_ == "PERSON":
        words = LETTERS_RE.findall(span_text(ent))
        return not all(w.lower() in MONTHS or w.lower() in WEEKDAYS for w in words)
    return False


def names_capitalised(chunk: str) -> bool:
    """Month and weekday names must be capitalised in running text ("may" is a verb, "sat" too)."""
    for word in LETTERS_RE.findall(chunk):
        lower = word.lower()
        if (lower in MONTHS or lower in WEEKDAYS) and not word[0].isupper():
            return False
    return True
