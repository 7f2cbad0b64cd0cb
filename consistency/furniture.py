"""Page furniture: a page's own lines (boilerplate, calls to the reader, date stamps), not sentences of the story."""

from __future__ import annotations

import re

from .facets.lexicon.en.boilerplate import BOILERPLATE_PHRASES, FURNITURE_OPENERS
from .facets.lexicon.en.calendar import MONTHS, TIME_ZONES, WEEKDAYS
from .facets.lexicon.en.speech import SPEECH_VERBS

STAMP_WORDS = r"(?:first |last )?(?:published|updated|posted)"  # a page's own dates: "Published: ...", "Updated ..."
PAGE_DATE = re.compile(r"(?i)\W*(?:" + STAMP_WORDS + r"\s*(?::|\bon\b)?\s*|update\s*\()(?=\d|(?:"
                       + "|".join(sorted({n[:3] for n in (*WEEKDAYS, *MONTHS)})) + r"))")  # the label, then a date
PAGE_DATE_MAX_WORDS = 20
BARE_DATE = re.compile(r"\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}")
# A date written out alone, with perhaps its time, zone and stamp words ("Sunday, March 17, 2013 | 5:00 PM", "21 July
# 2013 Last updated at 11:11 GMT"): once these words go, nothing but punctuation is left.
STAMP_TOKENS = re.compile(
    r"(?i)(?<![A-Za-z])(?:" + "|".join(sorted((*WEEKDAYS, *MONTHS, *TIME_ZONES), key=len, reverse=True))
    + r"|[ap]\.?m\b\.?|at|on|first|last|published|updated|posted)(?![A-Za-z])|\d{1,4}(?:st|nd|rd|th)?"
)
DAY_AND_MONTH_NAMES = frozenset((*WEEKDAYS, *MONTHS))
STAMP_ANCHOR = re.compile(r"\b\d{4}\b|\d{1,2}[:.]\d{2}")  # a year or a clock time: not a bare "May 3"
BOILERPLATE_MAX_WORDS = 8  # page furniture is short; a longer sentence that mentions "subscribe" is the story
IRREGULAR_SAID = frozenset({"said", "told", "wrote", "according"})  # past forms of speech verbs not made with -ed
OPENER_MAX_WORDS = 16  # a line that opens by telling the reader to click or sign up is furniture at this length too
WORDS = re.compile(r"[a-z]+")
COPYRIGHT_SIGN = re.compile(r"\s*(?:©|\([cC]\)\s*\d{4})")
LINK_LABEL = re.compile(r"(?i)\s*(?:related|see also|read also|also read|more on this)\s*:")
"""A line of links the page puts under a label ("Related: Factbox - ... | ..."), not a sentence of the story."""


def is_boilerplate(piece: str) -> bool:
    """A short line of page furniture ("All rights reserved.", "Sign in / Register", "Click HERE for VIDEO and
    coverage ..."), not a sentence of the story."""
    words = WORDS.findall(piece.lower())
    line = f" {' '.join(words)} "
    if not words or _reported(words):
        return False
    if LINK_LABEL.match(piece) and (len(words) <= OPENER_MAX_WORDS or " | " in piece):
        return True
    if len(words) <= OPENER_MAX_WORDS and any(line.startswith(f" {p} ") for p in FURNITURE_OPENERS):
        return True
    if len(words) > BOILERPLATE_MAX_WORDS:
        return False
    if COPYRIGHT_SIGN.match(piece):  # "© 2024 Fairhaven Courier."
        return True
    # the phrase opens or closes the line, or stands anywhere in a line of at most four words
    return any(line.startswith(f" {p} ") or line.endswith(f" {p} ") or (f" {p} " in line and len(words) <= 4)
               for p in BOILERPLATE_PHRASES)


def _reported(words: list[str]) -> bool:
    """A line that tells who said it ("Don't miss the deadline, the port authority warned"): the story, not the page."""
    return any((w in IRREGULAR_SAID or (w.endswith("ed") and (w[:-2] in SPEECH_VERBS or w[:-1] in SPEECH_VERBS)))
               and after != "by"  # "Reported by our Portland desk", "Written by": a byline
               for w, after in zip(words, [*words[1:], ""]))


def is_stamp(piece: str) -> bool:
    """Nothing but a date, perhaps with its time, zone and stamp words ("2019-09-02", "21 July 2013 Last updated at
    11:11 GMT"): what a corpus may give as a sentence, and no claim."""
    return bool(BARE_DATE.fullmatch(piece.strip()) or _is_written_stamp(piece))


def is_date_only(piece: str) -> bool:
    """A date alone on a line ("2019-09-02", "03/05/2022"), or the page's own dates ("Published: Tue, September 3,
    2019 1:04 AM Updated: ..."): the page's, not a claim."""
    label = PAGE_DATE.match(piece)
    stamped = label and any(c.isdigit() for c in piece) and len(piece.split()) <= PAGE_DATE_MAX_WORDS
    closing = piece.find(")", label.end()) if stamped and "(" in label[0] else -1
    if closing >= 0 and any(c.isalpha() for c in piece[closing + 1:]):
        return False  # "UPDATE (2:15 p.m.): Police say ...": the story's sentence after its stamp
    return bool(stamped) or is_stamp(piece)


def _is_written_stamp(piece: str) -> bool:
    """A date written out alone on its line, perhaps with its time and zone ("WEDNESDAY, MARCH 4, 2009, 10:53 AM")."""
    if len(piece.split()) > PAGE_DATE_MAX_WORDS or not STAMP_ANCHOR.search(piece):
        return False
    named = any(m.lower().rstrip(".") in DAY_AND_MONTH_NAMES for m in STAMP_TOKENS.findall(piece))
    return named and not any(c.isalnum() for c in STAMP_TOKENS.sub("", piece))
