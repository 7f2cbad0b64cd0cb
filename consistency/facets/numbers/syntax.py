"""Where a number sits in the parse: its governing verb, the role of its phrase, its "of" object."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..lexicon.en.numbers import (
    FUTURE_AUXILIARIES, FUTURE_FRAMES,
    ASSESS_VERBS, CHANGE_NOUNS, CHANGED_OBJECT_VERBS, EVENT_NOUNS, FORECAST_ONLY_AS_VERB, FORECAST_WORDS, GENERIC_MEASURES,
    MEASURE_ALIASES, MEASURE_VERBS, PERCENT_WORDS, POSSIBILITY_MODALS,
    STATE_ADJECTIVES, STAYING_VERBS, UNDONE_ACT_VERBS, VERB_LEMMA_FIXES,
)
from ..lexicon.en.speech import SPEECH_VERBS
from ..nlp import text_of, tokens_of
from .reading import Reading

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token

ROLE_BY_DEP: dict[str, str] = {
    "nsubj": "subject", "csubj": "subject", "nsubjpass": "object", "dobj": "object",
    "attr": "object", "oprd": "object", "dative": "object",
}
"""The role of a number's phrase for its verb; a passive subject is what was acted on ("15 were killed")."""


def group_root(doc: "Doc", r: Reading) -> "Token":
    """The token of the written number whose head lies outside it."""
    tokens = tokens_of(doc)
    group = range(r.start_tok, r.end_tok)
    for k in group:
        if tokens[k].head.i not in group or tokens[k].head.i == k:
            return tokens[k]
    return tokens[r.end_tok - 1]


def of_object(tok: "Token") -> "Token | None":
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for g in child.children:
                if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN", "PRON"):
                    return g if g.pos_ != "PRON" else None
    return None


def verb_and_role(tok: "Token") -> tuple[str | None, str | None]:
    """The nearest verb above `tok` and the role `tok`'s phrase plays for it (subject, object, other)."""
    t = tok
    for _ in range(6):
        head = t.head
        if head.i == t.i:
            return None, None
        if head.pos_ == "VERB":
            return _state_verb(head) or verb_lemma(head), ROLE_BY_DEP.get(t.dep_, "other")
        t = head
    return None, None


def _state_verb(verb: "Token") -> str | None:
    """ "remain missing", "stay trapped": the verb of the state the adjective names, which is what happened."""
    if verb_lemma(verb) not in STAYING_VERBS:
        return None
    return next((STATE_ADJECTIVES[c.lower_] for c in verb.children if c.dep_ == "acomp" and c.lower_ in STATE_ADJECTIVES),
                None)


def event_noun(tok: "Token") -> tuple[str, str, str] | None:
    """The act a counted noun is the "of" object of ("the derailment of four coaches"): its verb, the noun's part
    in it (`EVENT_NOUNS`) and the act's noun as written; None when the noun is no such object."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "of" or tok.head.head.pos_ != "NOUN":
        return None
    act = tok.head.head
    found = EVENT_NOUNS.get(act.lemma_.lower())
    if not found or governing_verb(act) in UNDONE_ACT_VERBS:  # "demanded the release of 40 prisoners"
        return None
    return found[0], found[1], act.text


def measured_thing(tok: "Token", noun_tok: "Token | None") -> str | None:
    """What a percentage or sum with no counted noun is of: the subject of a verb of change ("revenue rose 17%",
    "shares, which fell 22%"), the object of one that changes it ("cut heart attacks by 18%"), the noun before
    "of" ("revenue of $12.4bn") or after a change noun's "in" ("a 17% jump in sales"); None when unsaid."""
    if noun_tok is not None:
        return _changed(noun_tok) if noun_tok.lemma_.lower() in CHANGE_NOUNS else None
    if tok.dep_ == "nummod" and tok.head.lower_ in PERCENT_WORDS:  # "a turnout of 72.2 percent": read from "percent"
        tok = tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN":
        head = tok.head.head
        return _changed(head) if head.lemma_.lower() in CHANGE_NOUNS else _measure_word(head)
    t = tok
    for _ in range(6):
        head = t.head
        if head.i == t.i:
            return None
        if head.pos_ == "VERB":
            return _verb_measure(head, t)
        t = head
    return None


def _verb_measure(verb: "Token", below: "Token") -> str | None:
    lemma = verb_lemma(verb)
    if lemma not in MEASURE_VERBS:
        return None
    if lemma in CHANGED_OBJECT_VERBS:
        changed = next((c for c in verb.children if c.dep_ == "dobj" and c.i != below.i), None)
        if changed is not None:
            return _measure_word(changed)
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.lower_ in ("which", "that") and verb.dep_ == "relcl":
        subject = verb.head  # "shares, which fell 22%"
    return _measure_word(subject)


def _changed(change: "Token") -> str | None:
    return _measure_word(next((g for c in change.children if c.dep_ == "prep" and c.lower_ in ("in", "of")
                               for g in c.children if g.dep_ == "pobj"), None))


def _measure_word(t: "Token | None") -> str | None:
    """A common noun's lemma as a measured thing ("share price" is shares); None for a name, a pronoun, a vague word."""
    if t is None or t.pos_ != "NOUN" or t.ent_type_ or (t.i > t.sent.start and t.text[:1].isupper()):
        return None
    lemma = t.lemma_.lower()
    if lemma in ("price", "value"):
        lemma = next((c.lemma_.lower() for c in t.children if c.dep_ == "compound" and c.pos_ == "NOUN"), lemma)
    lemma = MEASURE_ALIASES.get(lemma, lemma)
    if lemma in GENERIC_MEASURES:  # "the property tax rate" is of tax, "the rate" of nothing said
        kind = next((c for c in t.children if c.dep_ == "compound" and c.pos_ == "NOUN"), None)
        return f"{kind.lemma_.lower()} {lemma}" if kind is not None and lemma == "rate" else None
    return lemma


def verb_lemma(tok: "Token") -> str:
    lemma = tok.lemma_.lower()
    return VERB_LEMMA_FIXES.get(lemma, lemma)


def governing_verb(tok: "Token | None") -> str | None:
    """Lemma of the nearest verb above `tok` in the parse (at most five steps)."""
    verb = verb_above(tok) if tok is not None else None
    return verb_lemma(verb) if verb is not None else None


def verb_above(tok: "Token") -> "Token | None":
    """The nearest verb at or above `tok` in the parse (at most five steps), or None."""
    t = tok
    for _ in range(6):
        if t.pos_ == "VERB":
            return t
        if t.head.i == t.i:
            break
        t = t.head
    return None


def holder_name(tok: "Token") -> str | None:
    """The name of a body or place that is the subject of the verb above `tok` ("the Hindu nationalist Bharatiya Janata
    Party won 282 seats"), with the names compounded to it; None when the subject is no such name or holds the figure
    itself."""
    t = verb_above(tok)
    if t is None or t.lemma_.lower() in SPEECH_VERBS:
        return None  # "the ministry reported 300 deaths": who told the figure, not whose it is
    subject = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if t.dep_ == "relcl":
        subject = t.head  # "the Alliance, which ..., finished with 336 seats": said of the noun it hangs on
    elif subject is not None and tok in list(subject.subtree):
        return None
    if subject is None or subject.pos_ != "PROPN" or subject.ent_type_ == "PERSON":
        return None  # a person's figure may be their side's ("Davis hit a three-run homer", "Cleveland tied it")
    doc, start = subject.doc, subject.i
    while start > subject.left_edge.i and (doc[start - 1].pos_ == "PROPN" or doc[start - 1].tag_ == "POS"):
        start -= 1  # the whole name: "Green People's Party", "National Democratic Alliance"
    return " ".join(t.text for t in doc[start:subject.i + 1] if t.tag_ != "POS")


def person_word(tok: "Token") -> str:
    """How an age names its person: a proper name as written ("Abedi"), a common noun as its lemma ("pilot")."""
    if tok.pos_ == "PROPN" or tok.ent_type_ == "PERSON" or (tok.text[:1].isupper() and tok.pos_ != "NOUN"):
        # the whole name, as two people of one family share the surname ("Susan Hargreaves", "Graham Hargreaves")
        first = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN" and c.text[:1].isupper()]
        return " ".join([*(c.text for c in first), tok.text])
    return tok.lemma_.lower()


def age_owner(doc: "Doc", r: Reading) -> "Token | None":
    """The person an age is of: "Smith, 52," -> Smith; "the 52-year-old pilot" -> pilot; "Smith died aged 52" -> Smith."""
    tokens = tokens_of(doc)
    n = len(doc)
    start = r.start_tok
    run = []
    if r.span_end > r.end_tok:  # "52-year-old": the noun it describes, the last name of a name
        k = r.span_end
        while k < n and tokens[k].pos_ in ("ADJ", "PUNCT") and tokens[k].text != ",":
            k += 1
        while k < n and tokens[k].pos_ in ("NOUN", "PROPN"):
            run.append(tokens[k])
            k += 1
        names = [t for t in run if t.pos_ == "PROPN"]
        if names:  # "the injured woman, 36-year-old Maria Lopez": Lopez
            return names[-1]
    if start > 1 and tokens[start - 1].text in (",", "(") and (
            tokens[start - 2].pos_ in ("PROPN", "NOUN") or tokens[start].dep_ == "appos"):
        return tokens[start - 2]
    if run:
        noun = run[-1]
        # "Mr Eide, a 45-year-old water engineer": the engineer is the name the description stands beside
        return noun.head if noun.dep_ == "appos" and noun.head.pos_ == "PROPN" else (_named_as(noun) or noun)
    t = tokens[start]
    for _ in range(6):  # "Smith died aged 52": the subject of the verb
        if t.pos_ == "VERB" and t.lower_ not in ("aged", "age"):
            subjects = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("PROPN", "NOUN")]
            return subjects[0] if subjects else None
        if t.head.i == t.i:
            break
        t = t.head
    return None


def _named_as(noun: "Token") -> "Token | None":
    """The name a described person is given in the noun's own phrase ("the 42-year-old driver, identified as Juan
    Amo", "the 42-year-old driver, Juan Amo,"): the age is that person's."""
    for child in noun.children:
        if child.dep_ == "appos" and child.pos_ == "PROPN":
            return child
        if child.dep_ == "acl" and child.lemma_.lower() in NAMING_VERBS:
            named = [g for p in child.children if p.dep_ == "prep" and p.lower_ == "as" for g in p.children
                     if g.dep_ == "pobj" and g.pos_ == "PROPN"]
            if named:
                return named[0]
    return None


NAMING_VERBS = frozenset({"identify", "name", "call"})


PARTITIVE_PRONOUNS = frozenset({"them", "those", "these"})


def partitive_pronouns(doc: "Doc", readings: "list[Reading]") -> None:
    """Give "two of them" the noun of the count it is part of, earlier in the sentence ("Nine people were taken to
    hospital, two of them with serious injuries": two people, a part)."""
    tokens = tokens_of(doc)
    counted = [r for r in readings if r.kind == "count" and r.noun and r.unit is None]
    for r in readings:
        k = r.span_end
        if r.kind != "count" or r.noun or k + 1 >= len(doc) or tokens[k].lower_ != "of" \
                or tokens[k + 1].lower_ not in PARTITIVE_PRONOUNS:
            continue
        whole = [w for w in counted if w.end_tok <= r.start_tok]
        if whole:
            r.noun, r.of_noun = whole[-1].noun, True


def list_totals(doc: "Doc", readings: "list[Reading]") -> None:
    """Give each count in a list of counted nouns ("four officials and a royal adviser") the list's sum.

    A noun of the list with "a", "an" or "one" counts 1; a list with any uncounted or estimated noun has no sum.
    """
    tokens = tokens_of(doc)
    by_noun = {r.noun_i: r for r in readings if r.noun_i is not None and r.kind == "count" and r.upper is None}
    for r in by_noun.values():
        if r.total is not None:
            continue
        first = tokens[r.noun_i]
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        members = [first, *_conjuncts(first)]
        if len(members) < 2:
            continue
        values = []
        for m in members:
            counted = by_noun.get(m.i)
            if counted is not None and counted.approx is None:
                values.append(counted.value)
            elif any(c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "one") for c in m.children):
                values.append(1.0)
            else:
                break
        else:
            for m in members:
                if m.i in by_noun:
                    by_noun[m.i].total = sum(values)


def _conjuncts(tok: "Token") -> "list[Token]":
    found = []
    for child in tok.children:
        if child.dep_ == "conj" and child.pos_ in ("NOUN", "PROPN"):
            found.extend([child, *_conjuncts(child)])
    return found


def _still_to_come(verb: "Token") -> bool:
    """A clause about what is yet to happen: an infinitive, active or passive ("to be completed"), or a verb with
    "will", "would" and the like."""
    base = verb.tag_ == "VB" or any(c.dep_ == "auxpass" and c.tag_ == "VB" for c in verb.children)
    return base and any(c.dep_ == "aux" and c.tag_ in ("TO", "MD") for c in verb.children)


def assessed_object(tok: "Token") -> "Token | None":
    """The object a verb of assessing sets at this number ("put the turnout at 53,000" -> turnout), or None."""
    at = tok.head
    verb = at.head
    if tok.dep_ != "pobj" or at.lower_ != "at" or verb.pos_ != "VERB" or verb.lemma_.lower() not in ASSESS_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)


def is_future(tok: "Token") -> bool:
    """Whether the verb a number hangs on says what will be ("will save £3.2bn", "is set to cut 200 jobs"): a
    prediction of the figure as an expectation is ("is expected to save £2.3bn"), not a result."""
    t = tok
    for _ in range(8):
        head = t.head
        if head.i == t.i:
            return False
        if head.pos_ in ("VERB", "AUX"):
            if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUXILIARIES for c in head.children):
                return True
            return head.dep_ == "xcomp" and head.head.lemma_.lower() in FUTURE_FRAMES and head.head.tag_ in ("VBG", "VBN")
        t = head
    return False


def is_forecast(tok: "Token") -> bool:
    """Whether a number is what someone expected or thinks possible rather than what happened: a forecast word lies
    on its way up the parse to its verb ("the estimate of $5", "analysts forecast $5") or governs that verb or its
    clause ("expected to reach 5", "forecast that it would grow 2%"), or the verb has "can", "could", "may" or
    "might" ("the fee could rise to 100 million") or is a "would have" of what did not happen."""
    root = tok
    while root.dep_ in ("compound", "quantmod", "nummod") and root.head.i != root.i:
        root = root.head
    if assessed_object(root) is not None and root.head.head.tag_ in ("VBD", "VBN"):
        return False  # "police estimated the crowd at 35,000": what was, as they judged it
    if root.dep_ == "pobj" and root.head.lower_ == "at" and root.head.head.tag_ == "VBN" \
            and root.head.head.lemma_.lower() in ASSESS_VERBS and root.head.head.dep_ in ("acl", "relcl"):
        return False  # "a shipment of ammonium nitrate, estimated at 2,750 tonnes": what is there, as judged
    t = tok
    for _ in range(8):
        head = t.head
        if head.i == t.i:
            return False
        lemma = head.lemma_.lower()
        if lemma in FORECAST_WORDS and (head.pos_ == "VERB" or lemma not in FORECAST_ONLY_AS_VERB):
            return True
        if head.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ in POSSIBILITY_MODALS for c in head.children) \
                and not any(c.dep_ == "neg" for c in head.children):
            # "the fee could rise to 100 million", "he can score 20 goals": a possibility, not a result ("its pumps
            # could not keep up, about 28 nautical miles west" tells what was so)
            return True
        if head.pos_ in ("VERB", "AUX") and {"would", "have"} <= {c.lower_ for c in head.children if c.dep_ == "aux"}:
            return True  # "the penalty would have been £160.6m had it not settled": what did not happen
        if head.pos_ == "VERB" and not (head.dep_ == "xcomp" or (head.dep_ == "ccomp" and _still_to_come(head))):
            return False  # up through "expected the economy to expand by 2%", not "expect that 40 were hurt"
        t = head
    return False


ELIDED_UNIT_RE = re.compile(r"^\s*(?:to|,?\s*(?:up|down)\s+from|from)\s*$", re.IGNORECASE)
"""What may stand between a measure and a bare number that shares its unit: "from eight years to 15", "to 15 years,
up from eight"."""


def elided_units(doc: "Doc", readings: "list[Reading]") -> None:
    """Give a bare number the unit of the measure it is set against, written once for both ("would rise from eight
    years to 15": 15 years; "to 15 years, up from eight": eight years)."""
    tokens, text = tokens_of(doc), text_of(doc)
    ordered = sorted(readings, key=lambda r: r.span_start)
    for left, right in zip(ordered, ordered[1:]):
        between = text[tokens[left.span_end - 1].idx + len(tokens[left.span_end - 1].text):tokens[right.span_start].idx]
        if not ELIDED_UNIT_RE.match(between):
            continue
        for bare, measure in ((left, right), (right, left)):
            if bare.kind == "count" and bare.unit is None and bare.noun is None and measure.kind == "quantity" \
                    and measure.unit is not None:
                bare.kind, bare.unit, bare.dimension = measure.kind, measure.unit, measure.dimension
                bare.factor, bare.offset = measure.factor, measure.offset
