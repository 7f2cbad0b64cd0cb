"""The verb governing a date: its tense (from the parse, or guessed from the words) and whether it is a verb of saying."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ..lexicon.en.calendar import (ADJOURNING_LEMMAS, CALLED_OFF_LEMMAS, FUTURE_AUXILIARIES, FUTURE_LEMMAS,
                                   MODAL_AUXILIARIES, ONGOING_LEMMAS, SCHEDULE_LEMMAS, SCHEDULED_FOR_LEMMAS)
from ..lexicon.en.speech import (CONTENT_VERBS, DATED_SAYING, NOUN_CUES, REACTION_VERBS, SPEECH_VERBS,
                                 WRITING_ACTS)
from ..nlp import load_pipeline
from .cleaning import clean
from .points import weekday_number

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token

PAST_TAGS = frozenset({"VBD"})
PRESENT_TAGS = frozenset({"VBZ", "VBP"})
DUE_WORDS = frozenset({"due", "set", "slated", "scheduled", "poised"})  # "is due in court on Monday"
PRESENT_BE = frozenset({"is", "are", "am", "'s", "'re", "'m"})
#: Verbs whose past tense is spelled as the present: a tagger's "present" says nothing for them.
SAME_IN_PAST = frozenset({"beat", "bet", "bid", "broadcast", "burst", "cast", "cost", "cut", "forecast", "hit", "hurt",
                          "let", "put", "quit", "read", "rid", "set", "shed", "shut", "split", "spread", "upset"})

# Cues used to guess the tense when only the sentence string is known.
FUTURE_CUE_RE = re.compile(
    r"\b(?:will|won't|'ll|shall|would|going to|plans to|planned for|planning to|intends? to|"
    r"scheduled|expected to|expects to|due to|set to|to be held|upcoming|slated)\b|'ll\b"
)
PAST_CUE_RE = re.compile(
    r"\b(?:was|were|had|did|said|told|came|went|took|gave|made|met|fell|rose|won|lost|began|"
    r"left|held|saw|found|became|led|ran|hit|got|sold|paid|quit|fled|sought|brought|bought|"
    r"thought|kept|spoke|wrote|broke|"
    r"chose|drove|flew|grew|knew|threw|fought|caught|taught|struck|stood|sent|spent|built|"
    r"[a-z]{2,}[^e\s]ed|[a-z]{2,}ied)\b"
)
#: An -ed word after these is a participle, not a past tense ("is expected", "be returned").
PASSIVE_BEFORE_RE = re.compile(r"\b(?:be|been|being|is|are|am|'s|'re|get|gets)\s+(?:\w+ly\s+)?$")
#: Where a clause ends for the tense guess: punctuation, "that", "but" and other conjunctions.
CLAUSE_BOUNDARY_RE = re.compile(
    r"[,;:()]|[.!?](?=\s|$|[`'\"])|\b(?:that|but|while|whereas|because|although)\b"
)


def tense_from_text(sentence: str, expression: str) -> str:
    """Guess the tense governing `expression` from the words of its own clause.

    Conservative by design: a future auxiliary before the expression in its clause makes it
    future, else a past form before it past, else the first cue after it; a fronted adverbial
    ("In January, the firm hired...") takes the tense of the clause that follows. Anything else
    is present, which resolves to the nearest date. Used when no parse is at hand;
    `extract_dates` reads the dependency parse instead (`tense_at`).
    """
    lower = sentence.lower().replace("’", "'")
    needle = clean(expression)
    where = lower.find(needle) if needle else -1
    if where < 0:
        return "present"
    end = where + len(needle)
    boundaries = [(m.start(), m.end()) for m in CLAUSE_BOUNDARY_RE.finditer(lower)]
    clause_start = max([e for s, e in boundaries if e <= where], default=0)
    stops = [s for s, e in boundaries if s >= end]
    clause_end = min(stops, default=len(lower))
    before = _cues(lower[clause_start:where])
    if any(t == "future" for _, t in before):
        return "future"
    if before:
        return before[-1][1]
    after = _cues(lower[end:clause_end])
    if after:
        return after[0][1]
    if clause_start == 0 and stops:  # a fronted adverbial: the main clause follows
        following = [s for s, e in boundaries if s > clause_end]
        nxt = _cues(lower[clause_end + 1 : min(following, default=len(lower))])
        if nxt:
            return nxt[0][1]
    return "present"


def _cues(text: str) -> list[tuple[int, str]]:
    """Tense cues in a stretch of text, in order: (position, "future" | "past")."""
    cues = [(m.start(), "future") for m in FUTURE_CUE_RE.finditer(text)]
    for m in PAST_CUE_RE.finditer(text):
        word = m.group(0)
        if FUTURE_CUE_RE.fullmatch(word):
            continue
        if word.endswith("ed") and PASSIVE_BEFORE_RE.search(text[: m.start()]):
            continue  # "must be returned": a participle, not a past tense
        cues.append((m.start(), "past"))
    return sorted(cues)


def _governing_verb(span: "Span"):
    """The verb a date hangs from and the preposition on the way ("for" in "set for Friday").

    The verb is None when the date hangs from an adjective ("payable Dec. 7"), whose tense says
    nothing about the date, unless the adjective completes a verb other than "be" ("will stay closed until
    Friday"; "was due on Thursday" is still to come when said).
    """
    speech = _speech_verb_before(span)
    if speech is not None:
        return speech, ("on" if span.doc[span.start - 1].lower_ == "on" else None)
    token = span.root
    preposition = None
    for _ in range(len(span.doc)):
        outside = not (span.start <= token.i < span.end)
        if outside and token.pos_ in ("VERB", "AUX"):
            return token, preposition
        if outside and token.pos_ == "ADJ" and (token.dep_ not in ("acomp", "oprd") or token.head.lemma_ == "be"):
            return None, preposition
        if outside and token.dep_ == "prep" and preposition is None:
            preposition = token.lower_
        if token.head.i == token.i:
            return (token if token.pos_ in ("VERB", "AUX") else None), preposition
        token = token.head
    return None, preposition


def _speech_verb_before(span: "Span"):
    """The verb of saying written right before the date ("said on Monday it would ...", "announced Tuesday that"),
    which the date belongs to even where the parser hung it on the clause reported."""
    k = span.start - 1
    if k >= 0 and span.doc[k].lower_ == "on":
        k -= 1
    if k < 0:
        return None
    verb = span.doc[k]
    follows = span.doc[span.end] if span.end < len(span.doc) else None
    if span.root.dep_ in ("poss", "nsubj", "nsubjpass") or (follows is not None and follows.lower_ in ("'s", "’s")):
        return None  # "said Friday's parade will go ahead", "said Friday is the deadline": the day is of what was said
    saying = verb.pos_ == "VERB" and verb.lemma_.lower() in SPEECH_VERBS and verb.tag_ in ("VBD", "VBZ", "VBP", "VBN")
    return verb if saying else None


def told_as_future(verb) -> bool:
    """A verb told as to come: with "will", "would" or "shall", after "going to", or as the infinitive of what is
    planned or promised ("plans to meet", "vowed to return")."""
    children = list(verb.children)
    if any(c.dep_ in ("aux", "auxpass") and c.lower_.replace("\u2019", "'") in FUTURE_AUXILIARIES for c in children):
        return True
    if verb.head.i == verb.i:
        return False
    if verb.head.lemma_ == "go" and verb.head.tag_ == "VBG" and verb.dep_ == "xcomp":
        return True  # "is going to meet on Friday"
    return (verb.tag_ == "VB" and verb.head.lemma_ in FUTURE_LEMMAS
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in children))  # "plans to meet in April"


def _verb_tense(verb, preposition: str | None = None) -> str:
    """Tense of a verb as it bears on a date: future, past, present (which says nothing), or now (the nearest day)."""
    children = list(verb.children)
    aux = [c for c in children if c.dep_ in ("aux", "auxpass")]
    if told_as_future(verb):
        return "future"
    if any(c.lower_ in MODAL_AUXILIARIES for c in aux):
        return "past" if any(c.lemma_ == "have" for c in aux) else "future"
    if (verb.tag_ == "VBN" and verb.lemma_ in SCHEDULE_LEMMAS) or (
            preposition == "for" and verb.lemma_ in SCHEDULED_FOR_LEMMAS and verb.tag_ in ("VBN", "VBD")):
        return "future"  # "was scheduled for Thursday", "set for Friday", "called a strike for May 5" name a coming day
    if verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in children):
        return "present"  # "asked it to respond by Oct. 31": unrealised, the tense says nothing
    if verb.tag_ in PAST_TAGS or any(c.tag_ in PAST_TAGS for c in aux):
        return "past"
    if verb.tag_ == "VBN" and any(c.lemma_ == "have" for c in aux):
        if verb.lemma_ in CALLED_OFF_LEMMAS and all(c.tag_ != "VBD" for c in aux):
            return "now"  # "has cancelled 14 trains on Thursday": the trains' day, the nearest such, past or coming
        return "past"  # present perfect: "has met on Monday"
    return "present"


def _present_event(span: "Span", verb) -> bool:
    """A weekday (or the weekend) hung straight on a verb in the simple or progressive present, not one of saying
    ("meets Thursday", "is meeting on Thursday", "the deadline is Friday"): the tense "now", which reads the nearest
    such day, past or coming. Wire copy tells the past in the past tense, so its present is a day to come; local news
    tells the day just gone in the present ("one person is dead Monday night"), and that day is near too. Not a date
    of a noun ("Friday's sale is ..."), nor a verb whose past is spelled the same ("hurt", "cut")."""
    token = span.root
    while token.head.i != token.i and token.head.i != verb.i:
        token = token.head
        if not (span.start <= token.i < span.end) and token.pos_ != "ADP":
            return False
    if token.head.i != verb.i or verb.lemma_.lower() in SPEECH_VERBS:
        return False
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ in PRESENT_TAGS:
        return not aux and (verb.tag_ == "VBZ" or verb.lemma_.lower() not in SAME_IN_PAST) and _spelled_present(verb)
    return verb.tag_ in ("VBG", "VBN") and bool(aux) and all(c.lower_ in PRESENT_BE for c in aux)


def _spelled_present(verb) -> bool:
    """The word is spelled as a present form of its lemma ("meets", "meet", "is"), not a past the tagger took for
    one ("swam")."""
    word, lemma = verb.lower_.replace("’", "'"), verb.lemma_.lower()
    if word in PRESENT_BE or (lemma == "have" and word == "has"):
        return True
    if word in _irregular_verb_forms():  # "swam", "went": a past the tagger read as a present
        return False
    return word in (lemma, lemma + "s", lemma + "es") or (lemma.endswith("y") and word == lemma[:-1] + "ies")


@lru_cache(maxsize=1)
def _irregular_verb_forms() -> frozenset[str]:
    """The irregular verb forms the spaCy pipeline's lemmatizer knows ("swam" -> swim), none of them a plain present."""
    table = load_pipeline().get_pipe("lemmatizer").lookups.get_table("lemma_exc")["verb"]
    return frozenset(word for word, lemmas in table.items() if word not in lemmas)


def _tense_from_span(span: "Span") -> str:
    weekday = any(weekday_number(t.text) is not None or t.lower_ == "weekend" for t in span)
    verb, preposition = _governing_verb(span)
    if verb is None:
        return "future" if weekday and _due_now(span) else "present"
    tense = _verb_tense(verb, preposition)
    if tense == "past" and _held_over_to(span, verb) is not None:
        return "future"  # "adjourned the case for sentencing on 19 April": the day it was put off to
    return "now" if tense == "present" and weekday and _present_event(span, verb) else tense


def _held_over_to(span: "Span", verb) -> "Token | None":
    """The "for" or "until" through which a date hangs from a verb of putting off ("adjourned the case for sentencing
    on 19 April", "remanded until May 3"), or None."""
    if verb is None or verb.lemma_.lower() not in ADJOURNING_LEMMAS:
        return None
    token = span.root
    while token.head.i != token.i and token.i != verb.i:
        if token.dep_ == "prep" and token.lower_ in ("for", "until", "till"):
            return token
        token = token.head
    return None


def _due_now(span: "Span") -> bool:
    """The date hangs on "due" (or "set", "slated") after a present "is" ("is due in court on Monday"): to come."""
    token = span.root
    while token.head.i != token.i and (span.start <= token.head.i < span.end or token.head.pos_ == "ADP"):
        token = token.head
    adjective = token.head
    return (adjective.pos_ in ("ADJ", "VERB") and adjective.lemma_.lower() in DUE_WORDS and adjective.head.lemma_ == "be"
            and adjective.head.tag_ in PRESENT_TAGS)


def tense_at(doc: "Doc", start: int, end: int) -> str:
    """The tense of the verb governing the characters `start:end` of a parsed sentence."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return _tense_from_span(span) if span is not None and len(span) else "present"


OBJECT_DEPS = frozenset({"dobj", "pobj"})


def said_at(doc: "Doc", start: int, end: int) -> str | None:
    """The word of saying the date at `start:end` hangs on ("say" in "said on Monday", "statement" in
    "in a statement Wednesday"), or None when it dates something else ("the fire on Wednesday")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    speech = _speech_verb_before(span)
    if speech is not None:
        return speech.lemma_.lower()
    token = span.root
    scheduled = False  # "called a strike for January 31": the day set, not the day of the call
    for _ in range(len(doc)):
        if token.head.i == token.i:
            return None
        token = token.head
        scheduled = scheduled or (token.pos_ == "ADP" and token.lower_ == "for")
        if span.start <= token.i < span.end or token.pos_ in ("ADP", "PUNCT", "PART", "DET"):
            continue
        if token.pos_ in ("NOUN", "PROPN"):
            if token.lemma_.lower() in NOUN_CUES:
                return token.lemma_.lower()
            if token.dep_ in OBJECT_DEPS:
                continue  # "declared a state of emergency on Tuesday night": spaCy hangs the day on the object
            return None
        if token.pos_ == "VERB":
            lemma = token.lemma_.lower()
            if scheduled and lemma in SCHEDULED_FOR_LEMMAS:
                return None
            if lemma in CONTENT_VERBS and not any(c.dep_ in ("dobj", "ccomp") for c in token.children):
                return None  # "slammed ashore on Tuesday", "blasted through the wall": no words said
            if lemma == "write" and _writes_no_words(token):
                return None
            return lemma if lemma in DATED_SAYING else _saying_when(token)
        return None
    return None


def _writes_no_words(verb: "Token") -> bool:
    """"write" doing one of the `WRITING_ACTS` ("wrote his name in the history books"), with no clause reported."""
    return not any(c.dep_ == "ccomp" for c in verb.children) and any(
        c.dep_ in ("dobj", "prt") and c.lemma_.lower() in WRITING_ACTS for c in verb.children)


def _saying_when(verb: "Token") -> str | None:
    """The word of saying in a "when" clause or a "by" phrase of a verb of reaction the date hangs on ("stunned
    politicians on Thursday when she announced she was stepping down", "surprised diplomats by declaring ..."): the
    date is the day of that saying (`REACTION_VERBS`)."""
    if verb.lemma_.lower() not in REACTION_VERBS:
        return None
    for c in verb.children:
        if (c.dep_ == "advcl" and c.lemma_.lower() in DATED_SAYING
                and any(m.lower_ == "when" and m.dep_ in ("advmod", "mark") for m in c.children)):
            return c.lemma_.lower()
        if c.dep_ == "prep" and c.lower_ == "by":
            saying = next((g for g in c.children if g.dep_ in ("pcomp", "pobj") and g.tag_ == "VBG"
                           and g.lemma_.lower() in DATED_SAYING), None)
            if saying is not None:
                return saying.lemma_.lower()
    return None


def reported_at(doc: "Doc", start: int, end: int) -> list[tuple[int, int]]:
    """The characters of what the speech verb of the date at `start:end` reports ("that the results would be out on
    Tuesday" in "said on Monday that ..."): its clausal complements; none when the date hangs on no speech verb."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return []
    token = span.root
    for _ in range(len(doc)):
        if token.head.i == token.i:
            return []
        token = token.head
        if token.pos_ == "VERB":
            break
    if token.pos_ != "VERB" or token.lemma_.lower() not in SPEECH_VERBS:
        return []
    return [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge)) for c in token.children if c.dep_ == "ccomp"]


def verb_at(doc: "Doc", start: int, end: int) -> "Token | None":
    """The verb the date at `start:end` hangs on (`_governing_verb`), or None."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    return _governing_verb(span)[0]


def event_of(verb: "Token | None") -> str | None:
    """The verb whose event a date dates ("sentence" in "was sentenced on Monday"), or None when it hangs on an
    adjective or no verb. Nouns on the way are passed: spaCy often hangs a date on the wrong one."""
    return verb.lemma_.lower() if verb is not None and verb.pos_ == "VERB" else None


def possessed(doc: "Doc", start: int, end: int) -> str | None:
    """The noun a date owns ("referendum" in "Thursday's referendum", "vote" in "last week's vote"): what it dates,
    whatever verb the sentence hangs it on; None when the date owns nothing."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    owner = next((t for t in span if t.dep_ == "poss" and t.head.pos_ == "NOUN"
                  and not span.start <= t.head.i < span.end), None)
    return owner.head.lemma_.lower() if owner is not None else None


def event_at(doc: "Doc", start: int, end: int, verb: "Token | None" = None) -> str | None:
    """`event_of` the verb the date at `start:end` hangs on (`verb`, when the caller has found it); what a verb of
    putting off puts off, when the date is its day ("sentencing" in "adjourned the case for sentencing on 19 April")."""
    owned = possessed(doc, start, end)
    if owned is not None:
        return owned
    verb = verb if verb is not None else verb_at(doc, start, end)
    span = doc.char_span(start, end, alignment_mode="expand")
    held = _held_over_to(span, verb) if span is not None and len(span) else None
    if held is None:
        return event_of(verb)
    # "for sentencing on 19 April", or what was set for the day: "Sentencing was set for 21 March"
    put_off = [c for c in held.children if c.dep_ == "pobj" and c.pos_ == "NOUN" and not span.start <= c.i < span.end]
    put_off += [c for c in verb.children if c.dep_ == "nsubjpass" and c.pos_ == "NOUN"]
    return put_off[0].lemma_.lower() if put_off else event_of(verb)


def ongoing(verb: "Token | None") -> bool:
    """A date's verb tells a state or an activity going on: a verb in the progressive ("were battling the blaze on
    Wednesday") or one of going on, itself or the verb it completes ("continued to rattle the region on Wednesday",
    "will stay closed on Sunday")."""
    if verb is None:
        return False
    if verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children):
        return True
    # spaCy hangs "closed" of "stayed closed" as an adverbial clause: one without a "when", "after" of its own
    completes = verb.dep_ in ("xcomp", "acomp", "oprd") or (
        verb.dep_ == "advcl" and not any(c.dep_ in ("mark", "advmod") for c in verb.children))
    chain = [verb, verb.head] if completes else [verb]
    return any(t.lemma_.lower() in ONGOING_LEMMAS for t in chain)
