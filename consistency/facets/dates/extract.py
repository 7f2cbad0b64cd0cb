"""`extract_dates`: every temporal expression of one parsed sentence, as date facets."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from ...core.types import Facet, FacetKind
from ...core.values import ABSENT
from ...core.values.dates import DateValue
from ..lexicon.en.calendar import WEEKDAYS
from ..nlp import ents_of, text_of
from .normalise import date_value
from .points import published_date
from .scan import scan
from .spans import (
    NUMBER_LABELS, attempt_entity, blocks, names_capitalised, temporal_groups, trim, with_bound, with_hedge,
)  # fmt: skip
from .patterns import FUTURE_IN_PAST_RE, WORD_RE
from .tense import event_at, ongoing, possessed, reported_at, said_at, tense_at, verb_at

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

Candidate = tuple[int, int, DateValue]

#: More days after a written day of a month ("March 3[, 4 and 6]", "March 3[ and 4]."; not "March 3 and 4 people",
#: "March 3, and 6% more"), and before one ("[3, 4 and ]6 March"). A list with a comma may go on with a phrase that
#: cannot start with a count; "and 4" alone must end the clause.
_DAY = r"\d{1,2}(?:st|nd|rd|th)?\b"
LISTED_AFTER_RE = re.compile(
    rf"(?:\s*,\s*{_DAY})+\s*,?\s*(?:and|&)\s*{_DAY}"
    r"(?=\s*(?:[,.;:)!?]|$)|\s+(?:at|when|after|before|as|but|with|by|from|during|while|amid|because|since|until|"
    r"despite|following|respectively|in (?:a|an|the) (?!days?\b))\b)"
    rf"|\s*(?:and|&)\s*{_DAY}(?=\s*(?:[.;:)!?]|$)|\s+(?:when|while|during|respectively)\b)")
LISTED_BEFORE_RE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?(?:\s*,\s*\d{1,2}(?:st|nd|rd|th)?)*\s*,?\s*(?:and|or|&)\s*$")
LISTED_DAY_RE = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\b")
#: A quotation inside a sentence: curly or straight double quotes.
QUOTATION_RE = re.compile(r"\u201c[^\u201d]*\u201d|\"[^\"]*\"")


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
        if end <= start or any(start < e and s < end for s, e, _ in local) or _year_span(text[start:end]):
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
            said = DATELINE if _in_dateline(text, start, end) else said_at(doc, start, end)
            verb = verb_at(doc, start, end)
            event = event_at(doc, start, end, verb)
            # "results from Thursday's referendum": "from" opens the noun's phrase, not a period after Thursday
            value = with_hedge(text, start, value if possessed(doc, start, end) else with_bound(text, start, value))
            value = replace(value, said=said) if said else value
            value = replace(value, event=event) if event else value
            value = replace(value, ongoing=True) if ongoing(verb) else value
            chosen.append((start, end, value))
    chosen = _listed_days(text, _own_zone_days(text, _year_named_after(text, chosen)))
    chosen = _quoted_against_statement(doc, text, _days_from_another(doc, text, chosen))
    return tuple(
        Facet(kind=FacetKind.DATE, text=text[s:e], value=value, start=s, end=e)
        for s, e, value in sorted(chosen, key=lambda c: (c[0], c[1]))
    )


DATELINE = "dateline"
"""The `said` of a date in a wire story's dateline ("MATI, Philippines, March 11 (Reuters) -"): the day of the report."""
DATELINE_BEFORE_RE = re.compile(r"^\s*[A-Z][A-Z'.\- ]+,(?:[^,()\-\u2013\u2014]{1,40},)?\s*$")
DATELINE_AFTER_RE = re.compile(r"^\s*,?\s*(?:\d{4}\s*)?(?:\([^()]{1,30}\)\s*)?[-\u2013\u2014]")


def _in_dateline(text: str, start: int, end: int) -> bool:
    """The date stands in a dateline: a place in capitals before it, a dash (after an agency's name) after it."""
    return DATELINE_BEFORE_RE.match(text[:start]) is not None and DATELINE_AFTER_RE.match(text[end:]) is not None


DAY_FROM_ANOTHER_RE = re.compile(
    r"\b(?:the\s+(?P<back>previous|preceding)\s+day|the\s+day\s+(?P<before>before)|a\s+day\s+(?P<earlier>earlier)"
    r"|the\s+(?:next|following)\s+day|the\s+day\s+after|a\s+day\s+later)\b", re.I)
"""A day told by its distance from a day the sentence names: "fell 4% on Wednesday, after a 9% drop the previous day"."""


ZONE_CONVERSION_RE = re.compile(r"(?:\d|[ap]\.?m\.?)(?:\s+local(?:\s+time)?)?\s*\(\s*\d{1,2}[:.]?\d{2}\s*(?:[ap]\.?m\.?\s*)?"
                                r"(?:GMT|UTC|[A-Z]{2,4}T)\b[^()]*\)")
"""A clock time followed by its conversion to another zone in brackets: "at 4:40 a.m. (2040 GMT Thursday)", "at around 2
a.m. local time (2300 GMT on Tuesday)"."""


def _own_zone_days(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """Leave out the days inside a bracketed conversion of a local time to another zone ("landfall at 4:40 a.m. (2040
    GMT Thursday)" on a Friday page): that day is the other zone's, not the day of the event where it happened."""
    spans = [m.span() for m in ZONE_CONVERSION_RE.finditer(text)]
    return [(s, e, v) for s, e, v in chosen
            if not (v.value and v.precision == "day" and any(a <= s and e <= b for a, b in spans))]


def _days_from_another(doc: "Doc", text: str, chosen: list[Candidate]) -> list[Candidate]:
    """ "The previous day", "the next day" and the like, counted from the one day the sentence names (not from the
    page): Wednesday's "previous day" is Tuesday. Left out when the sentence names no day, or several."""
    days = [v for _, _, v in chosen if v.precision == "day" and v.resolved and v.value and not v.bound]
    if len({v.value for v in days}) != 1:
        return chosen
    anchor = date.fromisoformat(str(days[0].value)[:10])
    out = list(chosen)
    for m in DAY_FROM_ANOTHER_RE.finditer(text):
        if any(m.start() < e and s < m.end() for s, e, _ in out):
            continue
        step = -1 if m.group("back") or m.group("before") or m.group("earlier") else 1
        day = anchor + timedelta(days=step)
        value = replace(days[0], value=day.isoformat(), expression=m.group(0), part=None, clock=ABSENT, zone=ABSENT,
                        approx=ABSENT, said=ABSENT, event=event_at(doc, m.start(), m.end()) or ABSENT)
        out.append((m.start(), m.end(), value))
    return out


YEAR_NAMED_AFTER_RE = re.compile(r"\s*,?\s*(?P<year>(?:last|this|next)\s+year)\b", re.IGNORECASE)
"""A year told right after a day that names none: "on July 30 last year"."""


def _year_named_after(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """A day without its year followed by "last year" (or "this", "next"): one date, in that year, not the nearest
    July 30 to the page and a year beside it."""
    out = list(chosen)
    for day in chosen:
        start, end, value = day
        if value.precision != "day" or not value.value or re.search(r"\d{4}", text[start:end]):
            continue
        m = YEAR_NAMED_AFTER_RE.match(text, end)
        year = next((c for c in out if m and c[0] == m.start("year") and c[2].precision == "year" and c[2].value), None)
        if year is None:
            continue
        try:
            moved = date.fromisoformat(str(value.value)[:10]).replace(year=int(str(year[2].value)[:4]))
        except ValueError:  # February 29 in another year
            continue
        out = [c for c in out if c is not day and c is not year]
        out.append((start, year[1], replace(value, value=moved.isoformat(), expression=text[start:year[1]])))
    return out


def _listed_days(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """The other days of a list that names its month once ("on March 3, 4 and 6", "on 3, 4 and 6 March"): each a
    date of its own, in that month, so that "March 6" elsewhere meets the day it names, not March 3."""
    out = list(chosen)
    for start, end, value in chosen:
        if value.precision != "day" or not value.resolved or value.bound or not value.value:
            continue
        after = LISTED_AFTER_RE.match(text, end) if text[start:end].rstrip()[-1:].isdigit() else None
        before = LISTED_BEFORE_RE.search(text, 0, start) if text[start].isdigit() else None
        spans = [] if after is None else [m.span(1) for m in LISTED_DAY_RE.finditer(text, end, after.end())]
        spans += [] if before is None else [m.span(1) for m in LISTED_DAY_RE.finditer(text, before.start(), start)]
        for s, e in spans:
            try:
                day = date.fromisoformat(str(value.value)).replace(day=int(text[s:e]))
            except ValueError:
                continue
            if not any(s < ce and cs < e for cs, ce, _ in out):
                out.append((s, e, replace(value, value=day.isoformat(), expression=text[s:e])))
    return out


def _quoted_against_statement(doc: "Doc", text: str, chosen: list[Candidate]) -> list[Candidate]:
    """Relative dates inside a quotation count from the day the quotation was said, when the sentence dates the
    saying ("'We found it yesterday,' he said on Tuesday"), not from the page's; so do weekdays in what a dated
    saying reports in the past or as a future in the past ("said on Monday that the pumps had failed on Sunday",
    "that the results would be out on Tuesday"). A reporter's own "yesterday" there, and what is still to come or
    due ("will reopen", "is due on Thursday", "reopens next Tuesday"), stay the page's."""
    quotes = [m.span() for m in QUOTATION_RE.finditer(text)]
    reported = [span for s, e, v in chosen if v.said and v.resolved and v.precision == "day" and not v.bound
                for span in reported_at(doc, s, e)]
    if not quotes and not reported:
        return chosen
    due_then = [(rs, re_) for rs, re_ in reported if FUTURE_IN_PAST_RE.search(text[rs:re_])]

    def inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
        return any(qs <= start and end <= qe for qs, qe in spans)

    def tense_from_saying(start: int, end: int, tense: str) -> str | None:
        """The tense to count the date at `start:end` from the day of saying with, or None to keep the page's."""
        if inside(start, end, quotes):
            return tense
        if not any(w in WEEKDAYS for w in WORD_RE.findall(text[start:end].lower())):
            return None
        if tense == "past" and inside(start, end, reported):
            return "past"  # "had failed on Sunday and would be replaced": the failure is before the saying
        if inside(start, end, due_then):
            return "future"
        return None

    said_days = {v.value for s, e, v in chosen
                 if v.said and v.resolved and v.precision == "day" and not v.bound and not inside(s, e, quotes)}
    if len(said_days) != 1:
        return chosen
    base = date.fromisoformat(str(next(iter(said_days))))
    rebased: list[Candidate] = []
    for start, end, value in chosen:
        tense = tense_from_saying(start, end, value.tense) if value.relative else None
        if tense is not None:
            again = date_value(text[start:end], base, tense)
            if again is not None and again.resolved:
                value = replace(again, bound=value.bound, bound_cue=value.bound_cue, said=value.said, event=value.event)
        rebased.append((start, end, value))
    return rebased


YEAR_SPAN_RE = re.compile(r"(?:19|20)(\d{2})[-\u2013/](\d{2})")


def _year_span(words: str) -> bool:
    """A school, season or fiscal year written as two years ("2025-26", "2024/25"): a period, not the 26th of the
    page's month."""
    m = YEAR_SPAN_RE.fullmatch(words.strip())
    return m is not None and int(m.group(2)) == (int(m.group(1)) + 1) % 100
