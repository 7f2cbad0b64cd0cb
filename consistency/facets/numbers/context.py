"""The words around a number: currency, unit, counted noun, governing verb and approximator."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon.en.numbers import (
    AMBIGUOUS_APPROXIMATORS, APPROXIMATORS, BODY_SIZE_NOUN, BODY_SIZE_NOUNS, BODY_SIZE_VERBS, COUNTDOWN_WORDS,
    CURRENCY_SYMBOLS, CURRENCY_WORDS, DAY_NAMES, MONEY_WORDS, NOUN_ALIASES, PERSON_GROUP_NOUNS, SCALE_NAMES,
    SEATED_BODY_NOUNS, STATE_WHOLES, TRAILING_APPROXIMATORS, WEIGHT_WORDS,
)
from ..lexicon.en.units import UNITS, UnitEntry
from ..nlp import tokens_of
from .reading import Reading
from .syntax import assessed_object, event_noun, governing_verb, group_root, measured_thing, of_object, verb_and_role
from .written import fraction_at, number_group

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token


def complete(doc: "Doc", r: Reading, currency: str | None) -> None:
    """Fill in currency, unit, counted noun, governing verb and approximator of a reading."""
    tokens = tokens_of(doc)
    n = len(doc)
    r.span_start, r.span_end = r.start_tok, r.end_tok
    j = r.end_tok
    if currency is None:
        word_currency = currency_word_at(doc, j)
        if word_currency:
            currency = word_currency
            r.span_end = j + 1
            j += 1
    if currency is not None:
        r.kind, r.unit = "money", currency
        if currency_before(doc, r.start_tok):
            r.span_start -= 1
            if tokens[r.span_start].lower_ == "$" and r.span_start > 0 \
                    and tokens[r.span_start - 1].lower_ in ("us", "u.s.") and not tokens[r.span_start - 1].whitespace_:
                r.span_start -= 1
    elif r.unit is None:
        unit = _match_unit(doc, j)
        if unit is None and j + 1 < n and tokens[j].pos_ == "NOUN" and tokens[j].dep_ == "compound" \
                and tokens[j].head.i == j + 1:
            unit = _match_unit(doc, j + 1)  # "8,000 flight hours": the unit after a noun that says of what
        if unit is not None and unit[1][0] == "lb" and tokens[unit[0] - 1].lower_.startswith("pound") \
                and _pounds_are_money(doc, r, unit[0]):
            r.kind, r.unit = "money", "gbp"
            r.span_end = unit[0]
            j = unit[0]
        elif unit is not None:
            end, (name, dim, factor, offset) = unit
            r.unit, r.dimension, r.factor, r.offset = name, dim, factor, offset
            r.kind = "percent" if dim in ("percent", "percentage point") else "quantity"
            r.span_end = end
            j = end
            tail = fraction_at(doc, end, set(), signs=False)
            if tail is not None and r.precision >= 1.0:  # "an hour and a half"
                r.value, r.precision, r.span_end = r.value + tail[1], tail[2], tail[0]
                j = tail[0]
            if dim == "time" and _counts_down(doc, end):
                r.kind = "countdown"
    # counted noun
    part = _part_named_after(doc, r) if r.unit is None and r.kind == "count" else None
    noun_tok = part[0] if part is not None else _counted_noun(doc, r, j)
    if noun_tok is None and r.kind == "count" and r.unit is None:
        noun_tok = assessed_object(group_root(doc, r))  # "police put the turnout at 53,000"
    if noun_tok is not None:
        r.noun = _noun_lemma(noun_tok)
        r.noun_i = noun_tok.i
        r.of_noun = noun_tok.head.lower_ == "of" and noun_tok.dep_ == "pobj"
        if _with_uncounted_people(noun_tok):
            r.noun = "people"  # "39 passengers and crew": everyone on board
        if r.noun in ("time",) and r.kind == "count":
            # "two times": the counted thing is the verb's event
            if noun_tok.i + 1 < n and (tokens[noun_tok.i + 1].lower_ in ("as", "more", "less", "higher", "lower",
                                                                          "larger", "bigger", "greater", "smaller")
                                       or tokens[noun_tok.i + 1].tag_ in ("JJR", "RBR")):
                r.kind = "ratio"
            verb = governing_verb(noun_tok)
            r.noun = verb
            r.span_end = max(r.span_end, noun_tok.i + 1)
    act = event_noun(noun_tok) if noun_tok is not None and r.verb is None and r.kind == "count" else None
    if act is not None:  # "the derailment of four coaches": four coaches derailed
        r.verb, r.role, r.event_noun = act
    if r.verb is None:
        r.verb, r.role = verb_and_role(noun_tok if noun_tok is not None else group_root(doc, r))
    if r.kind in ("percent", "money"):
        r.measures = measured_thing(group_root(doc, r), noun_tok)
    scale = scale_named(doc, r)
    # "a magnitude 6.4 earthquake" is a magnitude, not an earthquake; "the magnitude of 300 deaths" is no scale
    if scale is not None and r.kind == "count" and r.value <= 10:
        r.noun = scale
    if part is not None and part[1] is not None:  # "nine of the dead were children": children dead
        r.verb, r.role = part[1], "subject"
    if noun_tok is not None and r.kind == "count" and r.noun in BODY_SIZE_NOUNS and _sizes_body(noun_tok):
        # "the 342-member house" has 342 seats: a size, compared only with another body's size
        r.kind, r.noun, r.verb, r.role, r.of_noun = "size", BODY_SIZE_NOUN, None, None, False
    # approximators
    r.approx = approx_before(doc, r)
    if r.approx is None and r.span_end < n:
        after = tokens[r.span_end].lower_
        two = " ".join(t.lower_ for t in tokens[r.span_end:r.span_end + 2])
        if two in TRAILING_APPROXIMATORS:
            r.approx = TRAILING_APPROXIMATORS[two]
            r.span_end += 2
        elif after in ("plus", "+") and not tokens[r.span_end - 1].whitespace_:
            r.approx = TRAILING_APPROXIMATORS["plus"]
            r.span_end += 1
        elif after == "-" and r.span_end + 1 < n and tokens[r.span_end + 1].lower_ == "plus":
            r.approx = TRAILING_APPROXIMATORS["plus"]
            r.span_end += 2
    if r.approx is None and r.upper is None and r.span_start >= 1 and tokens[r.span_start - 1].lower_ == "between":
        # "between 10 and 15 people"
        k = r.end_tok
        if k + 1 < n and tokens[k].lower_ == "and":
            other = number_group(doc, k + 1, set())
            if other is not None:
                r.upper = other[1]
                r.span_start -= 1
                r.span_end = max(r.span_end, other[0])
                unit = _match_unit(doc, other[0])
                if unit is not None and r.unit is None:
                    end, (name, dim, factor, offset) = unit
                    r.unit, r.dimension, r.factor, r.offset = name, dim, factor, offset
                    r.kind = "percent" if dim in ("percent", "percentage point") else "quantity"
                    r.span_end = end
                noun_tok = _counted_noun(doc, r, r.span_end)
                if noun_tok is not None and r.noun is None:
                    r.noun = _noun_lemma(noun_tok)


def _noun_lemma(tok: "Token") -> str:
    """A counted noun's lemma, aliased; a plural the lemmatizer left as written ("iPhones", "Airbuses") loses its "s"
    or "es"."""
    lemma = tok.lemma_.lower()
    if tok.tag_ in ("NNS", "NNPS") and lemma == tok.lower_ and lemma.endswith("s") and not lemma.endswith("ss"):
        lemma = lemma[:-2] if lemma.endswith(("ses", "xes", "zes", "ches", "shes")) else lemma[:-1]
    return NOUN_ALIASES.get(lemma, lemma)


def _part_named_after(doc: "Doc", r: Reading) -> "tuple[Token, str | None] | None":
    """ "nine of the dead were children": a part counted by the noun after "to be" (children), and the verb whose
    state the whole it is taken from names ("die" for the dead), or None (two of them were officers)."""
    anchor = group_root(doc, r)
    head = anchor.head
    if anchor.dep_ != "nsubj" or head.lemma_.lower() != "be" or head.i < anchor.i:
        return None
    wholes = [g for c in anchor.children if c.dep_ == "prep" and c.lower_ == "of"
              for g in c.children if g.dep_ == "pobj"]
    predicates = [c for c in head.children if c.dep_ == "attr" and c.pos_ == "NOUN" and c.i > anchor.i]
    if not wholes or not predicates:
        return None
    return predicates[0], STATE_WHOLES.get(wholes[0].lower_)


def _sizes_body(noun: "Token") -> bool:
    """Members or seats that give the size of a body: "the 342-member house", "a council of 40 members",
    "the senate has 100 seats", "there are 100 members in the senate" (not "174 members of the house voted")."""
    head = noun.head
    if noun.dep_ in ("compound", "amod", "nmod") and head.i > noun.i:
        return _is_body(head)
    if noun.dep_ == "pobj" and head.lower_ == "of":
        return _is_body(head.head) and head.head.i < head.i
    if noun.dep_ in ("dobj", "attr") and head.lemma_.lower() in BODY_SIZE_VERBS:
        subjects = [c for c in head.children if c.dep_ in ("nsubj", "expl")]
        if any(_is_body(c) for c in subjects):
            return True
        places = [g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("in", "of")
                  for g in c.children if g.dep_ == "pobj"]
        return any(c.dep_ == "expl" for c in subjects) and any(_is_body(g) for g in places)
    return False


def _is_body(tok: "Token") -> bool:
    return tok.lemma_.lower() in SEATED_BODY_NOUNS or tok.lower_ in SEATED_BODY_NOUNS


def _counts_down(doc: "Doc", j: int) -> bool:
    """ "three minutes left", "two minutes from time": time to the end, not from the start."""
    tokens = tokens_of(doc)
    return any(" ".join(t.lower_ for t in tokens[j:j + k]) in COUNTDOWN_WORDS for k in (1, 2, 3) if j + k <= len(doc))


def _with_uncounted_people(noun: "Token") -> bool:
    """A counted noun of people joined to other people without a count of their own ("passengers and crew")."""
    if noun.lemma_.lower() not in PERSON_GROUP_NOUNS:
        return False
    others = [c for c in noun.children if c.dep_ == "conj" and c.pos_ == "NOUN"]
    return bool(others) and all(
        c.lemma_.lower() in PERSON_GROUP_NOUNS and not any(g.dep_ in ("nummod", "det") for g in c.children)
        for c in others)


def currency_before(doc: "Doc", i: int) -> str | None:
    tokens = tokens_of(doc)
    if i > 0:
        prev = tokens[i - 1]
        cur = CURRENCY_SYMBOLS.get(prev.lower_)
        if cur and (not prev.whitespace_ or prev.lower_.isalpha()):
            return cur
        if prev.lower_ == "$" and i > 1 and tokens[i - 2].lower_ in ("us", "u.s.") and not tokens[i - 2].whitespace_:
            return "usd"
    return None


def currency_word_at(doc: "Doc", j: int) -> str | None:
    tokens = tokens_of(doc)
    if j >= len(doc):
        return None
    w = tokens[j].lower_
    if w in CURRENCY_WORDS:
        return CURRENCY_WORDS[w]
    # "up from the ten thousand pounds it offered" beside "£20,000": a sentence that writes "£", or that the tagger
    # reads one "pounds" of as money, means sterling by every "pounds" ("rise to 31,650 pounds from 30,290 pounds")
    if w in ("pound", "pounds") and _weighed(tokens, j):
        return None  # "weighs nearly 2,000 pounds": a weight, which the tagger may call money
    if w in ("pound", "pounds") and ("£" in doc.text or (j + 1 < len(doc) and tokens[j + 1].lower_ == "sterling")
                                     or any(t.lower_ in ("pound", "pounds") and t.ent_type_ == "MONEY" for t in tokens)):
        return "gbp"
    return None


def _match_unit(doc: "Doc", j: int) -> tuple[int, UnitEntry] | None:
    """The unit written at token `j` (skipping a joining hyphen): (end token, unit entry)."""
    tokens = tokens_of(doc)
    n = len(doc)
    if j < n and tokens[j].text in ("-", "‑") and not tokens[j - 1].whitespace_ and not tokens[j].whitespace_:
        j += 1
    for length in (3, 2, 1):
        if j + length > n:
            continue
        words = [t.lower_ for t in tokens[j:j + length]]
        key = " ".join(words)
        if key in UNITS:
            return j + length, UNITS[key]
        glued = "".join(words)
        if glued not in UNITS and len(words[-1]) > 1 and words[-1].endswith("."):
            glued = glued[:-1]  # "km/h." ends a sentence with the one token "h."
        if length > 1 and glued in UNITS and all(not t.whitespace_ for t in tokens[j:j + length - 1]):
            return j + length, UNITS[glued]
    return None


def _pounds_are_money(doc: "Doc", r: Reading, end: int) -> bool:
    """ "410 million pounds" is money; "40 pounds" is a weight unless money words are near."""
    tokens = tokens_of(doc)
    if _weighed(tokens, end - 1):
        return False  # "weighs nearly 2,000 pounds", which the tagger may call money
    if r.value >= 1e5 or any(t.ent_type_ == "MONEY" for t in tokens[r.start_tok:end]):
        return True
    window = tokens[max(0, r.start_tok - 6):min(len(doc), end + 4)]
    return any(t.lemma_.lower() in MONEY_WORDS for t in window)


def _weighed(tokens, j: int) -> bool:
    """ "Pounds" at token `j` measure a weight: the verb above it is "weigh" ("weighs nearly 2,000 pounds"), or "a
    weight of" comes just before it."""
    t = tokens[j]
    for _ in range(3):
        if t.lemma_.lower() in WEIGHT_WORDS:
            return True
        if t.head.i == t.i:
            break
        t = t.head
    return any(w.lemma_.lower() in WEIGHT_WORDS for w in tokens[max(0, j - 6):j])


def scale_named(doc: "Doc", r: Reading) -> str | None:
    """The scale a figure is read on, when the words name one: "magnitude 6.4", "a magnitude of 6.4", "its magnitude
    at 6.2", "6.4 on the Richter scale" (`SCALE_NAMES`)."""
    tokens = tokens_of(doc)
    k = r.start_tok - 1
    while k >= 0 and tokens[k].lower_ in ("of", "at", "a", "an", "to"):
        k -= 1
    if k >= 0 and tokens[k].lower_ in SCALE_NAMES and r.start_tok - k <= 3:
        return SCALE_NAMES[tokens[k].lower_]
    after = " ".join(t.lower_ for t in tokens[r.end_tok:r.end_tok + 4])
    return "magnitude" if after.startswith("on the richter") else None


def _counted_noun(doc: "Doc", r: Reading, j: int) -> "Token | None":
    """The noun a number counts: its head noun, "15 of the victims", or the next noun."""
    tokens = tokens_of(doc)
    n = len(doc)
    group = set(range(r.start_tok, r.end_tok))
    if r.unit is not None and r.span_end > r.end_tok:
        # the unit word is the head: "58 percent of voters", "a 3.1-mile race"
        unit_tok = tokens[r.span_end - 1]
        pobj = of_object(unit_tok)
        if pobj is not None:
            return pobj
        if unit_tok.dep_ in ("compound", "amod", "nmod") and unit_tok.head.pos_ == "NOUN" and unit_tok.head.i > unit_tok.i:
            return unit_tok.head
        return None
    anchor = group_root(doc, r)
    head = anchor.head
    if (anchor.dep_ in ("nummod", "quantmod", "compound", "nmod", "amod", "npadvmod", "det")
            and head.pos_ in ("NOUN", "PROPN") and head.i >= r.end_tok and head.i not in group
            and not _is_unit_or_currency(head)):
        return head if head.lower_ not in DAY_NAMES else None  # "rose to six yesterday" counts no day
    for k in range(r.start_tok, r.end_tok):
        pobj = of_object(tokens[k])
        if pobj is not None:
            return pobj
    # linear fallback: the next noun, skipping adjectives ("10-15 injured people")
    k = j
    while k < n and k < j + 3:
        t = tokens[k]
        if t.pos_ in ("NOUN", "PROPN") and not _is_unit_or_currency(t):
            if (t.pos_ == "PROPN" and t.ent_type_ not in ("NORP", "")) or t.lower_ in DAY_NAMES:
                return None
            return t
        if t.pos_ not in ("ADJ", "ADV") and t.text not in ("-",):
            break
        k += 1
    return None


def _is_unit_or_currency(t: "Token") -> bool:
    return t.lower_ in UNITS or t.lower_ in CURRENCY_WORDS


def approx_before(doc: "Doc", r: Reading) -> str | None:
    """An approximator right before the number ("more than", "about", "at least")."""
    tokens = tokens_of(doc)
    k = r.span_start
    for length in (3, 2, 1):
        if k - length < 0:
            continue
        words = [t.lower_ for t in tokens[k - length:k]]
        phrase = " ".join(words)
        if phrase not in APPROXIMATORS:
            continue
        if length == 1 and phrase in AMBIGUOUS_APPROXIMATORS:
            word = tokens[k - 1]
            # a preposition of the verb ("fought over 2 islands") is not an approximator
            if word.head.i < k and not (word.dep_ in ("quantmod", "advmod", "det", "amod")):
                continue
            if word.head.i < k - 1 and word.dep_ == "prep":
                continue
        r.span_start = k - length
        return APPROXIMATORS[phrase]
    return None
