"""Negation facets of one sentence (negated predicates, with their cue) and the polarity of each predicate."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Sequence

from ..core.types import Facet, FacetKind
from ..core.values import ABSENT
from ..core.values.claims import PolarityValue
from .nlp import text_of, tokens_of
from .stance import earlier_stance
from .lexicon.en.negation import (
    CAMPAIGN_SIDES, EPISTEMIC_NOUNS, HEDGE_ADJECTIVES, NEG_RAISING_VERBS, NEGATION_ADVERBS, NEGATION_VERBS,
    NEGATIVE_DETERMINERS, NEGATIVE_PREPOSITIONS, NEGATIVE_PRONOUNS, NO_TERMS, NOT_ONLY_WORDS, OBJECT_PREPOSITIONS,
    SUBJECT_COUNTERS,
)
from .lexicon.en.numbers import VERB_LEMMA_FIXES
from .dates.tense import told_as_future

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token


OBLIGATION_VERBS: frozenset[str] = frozenset({"have", "need"})
"""Verbs of obligation whose negation denies the act they govern ("did not have to resign", "no one needed to be
rescued")."""

COMPLEMENT_DEPS: frozenset[str] = frozenset({"ccomp", "xcomp", "pcomp", "acl", "relcl", "advcl"})
"""Dependencies from a negation verb (or its object noun) to the clause it negates."""

PREDICATE_POS: frozenset[str] = frozenset({"VERB", "AUX", "ADJ", "NOUN", "PROPN"})
"""Parts of speech a negated predicate can have (a verb, or a copula's complement)."""

OBJECT_DEPS: tuple[str, ...] = ("dobj", "attr", "oprd", "dative", "nsubjpass")
"""Dependencies of a predicate's object, in order of preference."""


CUE_WORDS: frozenset[str] = frozenset({
    "no", "one", *NEGATION_ADVERBS, *NEGATIVE_DETERMINERS, *NEGATIVE_PRONOUNS, *NEGATIVE_PREPOSITIONS,
})
"""Every word (lower case) `_negations` reads as a cue, besides a token the parse marks as a negation."""


@dataclass(frozen=True)
class _Negated:
    predicate: "Token"
    cue: str
    cue_token: "Token"


def reason_only(neg: _Negated) -> bool:
    """A negation before a predicate with a "because" clause ("I am not leaving because it was hard"): it may deny the
    reason, not the act, so what the sentence says of the act is not sure."""
    return neg.cue_token.i < neg.predicate.i and any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "because" for m in c.children)
        for c in neg.predicate.children)


def to_come(predicate: "Token") -> bool:
    """A predicate told as to come, planned or refused ("will not attend", "would not expel", "plans to close", "will
    be there"), through the copula it completes (`told_as_future`)."""
    head = predicate.head if predicate.dep_ in ("acomp", "attr", "oprd") and predicate.head.i != predicate.i else predicate
    return told_as_future(head)


def negation_and_polarity(doc: "Doc") -> tuple[tuple[Facet, ...], dict[str, bool]]:
    """`extract_negation(doc)` and `polarity(doc)` together, finding the verbs and negations once."""
    verbs = _verbs(doc)
    negations = _negations(doc, verbs)
    return _negation_facets(doc, negations), _polarity(doc, negations, verbs)


def extract_negation(doc: "Doc") -> tuple[Facet, ...]:
    """One NEGATION facet per negated predicate of the sentence.

    The value holds the predicate lemma (``"meet"``), ``"polarity": False``, the cue (``"not"``,
    ``"never"``, ``"no"``, ``"n't"``, ``"deny"``, ``"refuse"`` ...), and the lemmas of the object
    and subject when found (None otherwise). Affirmed predicates have no facet: see `polarity`.
    Offsets cover the cue and the predicate.
    """
    return _negation_facets(doc, _negations(doc, _verbs(doc)))


def _negation_facets(doc: "Doc", negations: list[_Negated]) -> tuple[Facet, ...]:
    """The NEGATION facets of `extract_negation`, from the sentence's negations."""
    text = text_of(doc)
    facets = []
    for neg in negations:
        if reason_only(neg):
            continue
        pred = neg.predicate
        last = pred if pred.i >= neg.cue_token.i else neg.cue_token
        if nominal(pred):  # "was not a one-off adjustment": what the copula says its subject is, as "was not on the bridge"
            pred, last = pred.head, pred.right_edge
        a = min(pred.idx, neg.cue_token.idx)
        b = last.idx + len(last.text)
        earlier = earlier_stance(neg.cue_token) or earlier_stance(pred)
        value = PolarityValue(predicate=_lemma(pred), polarity=False, cue=neg.cue,
                              object=object_lemma(pred), subject=subject_lemma(pred),
                              earlier=True if earlier else ABSENT, future=True if to_come(pred) else ABSENT)
        facets.append(Facet(kind=FacetKind.NEGATION, text=text[a:b], value=value, start=a, end=b))
    facets.sort(key=lambda f: (f.start, f.end))
    return tuple(facets)


def polarity(doc: "Doc") -> dict[str, bool]:
    """Each predicate lemma of the sentence mapped to True (affirmed) or False (negated).

    Predicates are the verbs (not auxiliaries) and the negated copular complements ("not fit").
    A lemma that is both affirmed and negated in the same sentence is left out: its polarity
    cannot be compared.
    """
    verbs = _verbs(doc)
    return _polarity(doc, _negations(doc, verbs), verbs)


def _verbs(doc: "Doc") -> list["Token"]:
    """The sentence's verbs (part of speech VERB), in order."""
    return [t for t in tokens_of(doc) if t.pos_ == "VERB"]


def _polarity(doc: "Doc", negations: list[_Negated], verbs: list["Token"]) -> dict[str, bool]:
    """The map of `polarity`, from the sentence's negations and verbs."""
    tokens = tokens_of(doc)
    negated = {n.predicate.i for n in negations}
    # "did not deny that it met": the polarity of "meet" is unknown; so is "leave" in "I am not leaving because ..."
    unknown = {
        t.i
        for verb in verbs
        if _lemma(verb) in NEGATION_VERBS and _has_own_negation(verb)
        for t in _complements(verb)
    } | {n.predicate.i for n in negations if reason_only(n)}
    seen: dict[str, bool] = {}
    conflicting: set[str] = set()
    predicates = [t.i for t in verbs if _is_predicate(t)] + [t.i for t in _adjective_predicates(doc)]
    for i in sorted(negated.union(predicates)):
        if i in unknown:
            continue
        tok = tokens[i]
        lemma = _lemma(tok)
        pol = i not in negated
        if lemma in seen and seen[lemma] != pol:
            conflicting.add(lemma)
        seen.setdefault(lemma, pol)
    return {k: v for k, v in seen.items() if k not in conflicting}


def _is_predicate(tok: "Token") -> bool:
    return tok.pos_ == "VERB" and tok.dep_ not in ("amod", "compound", "aux", "auxpass")


ADJECTIVE_PREDICATE_DEPS: frozenset[str] = frozenset({"acomp", "oprd", "ccomp"})
"""Dependencies of an adjective that is what a clause says of its subject ("is safe", "found guilty")."""


def _adjective_predicates(doc: "Doc") -> list["Token"]:
    """Adjectives a clause predicates of its subject ("the water is safe", "the officer was found guilty")."""
    return [t for t in tokens_of(doc) if t.pos_ == "ADJ" and t.dep_ in ADJECTIVE_PREDICATE_DEPS and not extraposed(t)]


def extraposed(adjective: "Token") -> bool:
    """A hedge said of a clause, not a claim about a subject: "it was not immediately clear what caused the blast",
    "it is possible that ...": wire copy's stock phrases, which say nothing of the event either way ("it is not safe
    to drink" is a claim)."""
    if adjective.lemma_.lower() not in HEDGE_ADJECTIVES:
        return False
    holder = adjective.head if adjective.dep_ in ("acomp", "oprd") else adjective
    return (any(c.dep_ in ("ccomp", "csubj", "xcomp") for c in adjective.children)
            or any(c.dep_ in ("expl", "nsubj") and c.lower_ == "it" for c in holder.children))


def _lemma(tok: "Token") -> str:
    """A predicate's lemma; a light verb's with its particle ("keep up" the pressure is not "keep" the bill, "call off"
    a strike not "call" it), where the particle makes another verb; "knocked out" stays a way of knocking."""
    lemma = tok.lemma_.lower() if tok.lemma_ else tok.lower_
    if tok.pos_ != "VERB":
        return lemma
    lemma = VERB_LEMMA_FIXES.get(lemma, lemma)
    particle = next((c.lower_ for c in tok.children if c.dep_ == "prt"), None) if lemma in PHRASAL_BASES else None
    return f"{lemma} {particle}" if particle else lemma


PHRASAL_BASES = frozenset({"keep", "give", "hold", "carry", "put", "take", "turn", "set", "call", "go", "get", "come",
                           "bring", "look", "pick", "break", "make"})


def _negations(doc: "Doc", verbs: list["Token"]) -> list[_Negated]:
    """Negated predicates with their cue, one per predicate token, in sentence order (`verbs`: those of `_verbs`)."""
    tokens = tokens_of(doc)
    found: dict[int, _Negated] = {}

    def add(pred: "Token | None", cue: str, cue_tok: "Token") -> None:
        if pred is None or pred.i in found or pred.pos_ not in PREDICATE_POS:
            return  # "not about meetings" negates a phrase, not a predicate
        found[pred.i] = _Negated(pred, cue, cue_tok)
        # "did not meet or speak with": the negation covers the disjunct
        for conj in pred.children:
            if conj.dep_ == "conj" and any(c.lower_ in ("or", "nor") for c in pred.children if c.dep_ == "cc"):
                if conj.i not in found and not _has_own_negation(conj):
                    found[conj.i] = _Negated(conj, cue, cue_tok)
        # "I don't think he deserved it" says he did not deserve it: the negation of a verb of opinion falls on
        # what it holds
        if pred.lemma_.lower() in NEG_RAISING_VERBS and cue_tok.lower_ in ("not", "n't"):
            for held in pred.children:
                if held.dep_ == "ccomp" and held.i not in found and not _has_own_negation(held):
                    found[held.i] = _Negated(held, cue, cue_tok)

    for tok in tokens:
        low = tok.lower_
        if low not in CUE_WORDS and tok.dep_ != "neg":
            continue  # not a cue (the usual case)
        if (low == "no" and tok.i + 2 < len(tokens) and not tok.whitespace_ and tokens[tok.i + 1].text in ("-", "\u2011")
                and tokens[tok.i + 2].lower_ != "one"):
            continue  # "a no-confidence vote", "a no-contest plea": a compound that names a thing ("no-one" is nobody)
        if (low == "no" and 0 < tok.i < len(tokens) - 1 and tokens[tok.i + 1].lower_ in NO_TERMS
                and (tokens[tok.i - 1].lower_ == "of" or tokens[tok.i - 1].lemma_ == "plead")):
            continue  # "survived a vote of no confidence", "pleaded no contest": the same names, unhyphenated
        if tok.text in ("No", "No.") and tok.i + 1 < len(tokens) and tokens[tok.i + 1].like_num:
            continue  # "No 10", "No. 1 seed": a number, not a denial
        if tok.text == "No" and tok.i > 0 and _side_named(tokens, tok.i):
            continue  # "the No campaign won", "the "No" camp": a side of a vote
        if low == "not" and tok.i + 1 < len(tokens) and tokens[tok.i + 1].lower_ in NOT_ONLY_WORDS:
            continue  # "not only killed the deputy but also ...": it says he killed him, and more
        if low == "no" and tok.i + 1 < len(tokens) and tokens[tok.i + 1].lower_ == "longer":
            # "is no longer the chairman": the head of "longer" is the verb
            add(_predicate_of(tokens[tok.i + 1].head), "no longer", tok)
        elif tok.dep_ == "neg" or low in NEGATION_ADVERBS:
            if low == "nor" and tok.dep_ != "neg":
                continue
            if low == "neither" and tok.dep_ != "neg":
                # "neither he nor she attended", "neither confirmed nor denied"
                add(_clause_predicate(tok), "neither", tok)
                continue
            if low == "no" and tok.dep_ == "det":
                continue  # handled as a determiner below
            head = tok.head
            if head.lower_ == "longer" and head.i > 0 and tokens[head.i - 1].lower_ == "no":
                continue
            add(_predicate_of(head), NEGATION_ADVERBS.get(low, low), tok)
        elif low in NEGATIVE_DETERMINERS and tok.dep_ in ("det", "neg"):
            noun = tok.head
            if noun.dep_ == "pobj" and noun.head.lower_ == "with":
                continue  # "would be suspended, with no timetable": what the act lacks, not the act denied
            if existential(noun) and _lemma(noun) in EPISTEMIC_NOUNS:
                continue  # "There is no doubt that the fire was set": it says the fire was set
            # "There is no man playing the guitar": nobody plays it
            doing = [t for t in noun.subtree if existential_holder(t) == noun] if existential(noun) else []
            add(doing[0] if doing else _clause_predicate(noun), "there is no" if existential(noun) else "no", tok)
        elif low in NEGATIVE_PRONOUNS or (low == "one" and tok.i > 0 and tokens[tok.i - 1].lower_ == "no"):
            cue = "no one" if low == "one" else low
            cue_tok = tokens[tok.i - 1] if low == "one" else tok
            if low == "one" and (tok.i - 1) in {n.cue_token.i for n in found.values()}:
                continue
            add(_clause_predicate(tok), cue, cue_tok)
        elif low in NEGATIVE_PREPOSITIONS:
            for child in tok.children:
                if child.dep_ in ("pcomp", "pobj") and child.pos_ == "VERB":
                    add(child, low, tok)
    # lexical negation: "denied meeting", "denied allegations that he colluded", "refused to confirm"
    for tok in verbs:
        if _lemma(tok) not in NEGATION_VERBS or _has_own_negation(tok):
            continue
        for target in _complements(tok):
            if target.i not in found and not _has_own_negation(target):
                add(target, _lemma(tok), tok)
    return [found[k] for k in sorted(found)]


def nominal(token: "Token") -> bool:
    """A noun a copula says its subject is ("adjustment" in "the change was (not) a one-off adjustment"), not the noun
    "there is" names."""
    return token.dep_ == "attr" and token.pos_ in ("NOUN", "PROPN") and token.head.lemma_ == "be" and not existential(token)


def existential(token: "Token") -> bool:
    """The noun a "there is" sentence says exists ("evidence" in "There is (no) evidence of foul play")."""
    return token.dep_ == "attr" and token.head.lemma_ == "be" and any(c.dep_ == "expl" for c in token.head.children)


def existential_holder(token: "Token") -> "Token | None":
    """The noun "there is" names, for a participle said of it or of a noun of its phrase ("playing" in "There is a
    man (in a suit) playing"), or None: not a clause ("no sign that he fled")."""
    if token.dep_ != "acl" or token.tag_ not in ("VBG", "VBN") or any(
            c.dep_ in ("aux", "mark", "nsubj") or (c.dep_ == "auxpass" and c.tag_ != "VBG") for c in token.children):
        return None
    holder = token.head
    while holder.dep_ in ("pobj", "prep") and holder.head.i != holder.i:
        holder = holder.head
    return holder if existential(holder) else None


def _side_named(tokens: Sequence["Token"], i: int) -> bool:
    """ "The No campaign", "the "No" camp": "the" before a capitalised "No" and a campaign word after it, quotation
    marks and all ("No vote will be held", a quotation's first word, still denies)."""
    before, after = i - 1, i + 1
    while before >= 0 and tokens[before].is_quote:
        before -= 1
    while after < len(tokens) and tokens[after].is_quote:
        after += 1
    return (before >= 0 and tokens[before].lower_ in ("the", "a") and after < len(tokens)
            and tokens[after].lower_ in CAMPAIGN_SIDES)


def _has_own_negation(tok: "Token") -> bool:
    # "there is no denying that ...": the denial is itself denied
    return any(c.dep_ == "neg" or c.lower_ in ("not", "n't", "n’t", "never", "no") for c in tok.children)


def _complements(verb: "Token") -> list["Token"]:
    """The predicates a negation verb negates."""
    out = []
    for child in verb.children:
        if child.dep_ in COMPLEMENT_DEPS and child.pos_ in ("VERB", "AUX") and child.dep_ != "advcl":
            out.append(_predicate_of(child))
        elif child.dep_ in ("dobj", "prep"):
            # "denied allegations that he colluded", "denied (any) wrongdoing in meeting him"
            holders = [child] + [g for g in child.children if g.dep_ in ("pobj",)]
            for holder in holders:
                if holder.pos_ == "VERB":  # gerund object: "denied meeting him"
                    out.append(holder)
                    continue
                for g in holder.children:
                    if g.dep_ in ("acl", "relcl", "ccomp", "pcomp") and g.pos_ in ("VERB", "AUX"):
                        out.append(_predicate_of(g))
    return [t for t in out if t is not None]


def _predicate_of(tok: "Token") -> "Token":
    """The content predicate for a negation attached to `tok` (copula → its complement)."""
    if tok.pos_ == "AUX" and tok.dep_ in ("aux", "auxpass") and tok.head.i != tok.i:
        tok = tok.head
    if tok.lemma_ in OBLIGATION_VERBS:  # "none of them had to be euthanised": what was not done is the euthanising
        for child in tok.children:
            if child.dep_ == "xcomp" and child.pos_ == "VERB" and any(c.lower_ == "to" for c in child.children):
                return _predicate_of(child)
    if tok.lemma_ == "be":
        for child in tok.children:
            if child.dep_ in ("acomp", "attr", "oprd"):
                return child
    return tok


def _clause_predicate(noun: "Token") -> "Token | None":
    """The verb of the clause a negative noun phrase belongs to ("no charges were filed" → file)."""
    t = noun
    for _ in range(4):
        if t.pos_ in ("VERB", "AUX"):
            return _predicate_of(t)
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def object_lemma(pred: "Token") -> str | None:
    """The lemma of what a predicate acts on or, for a copula, where or what its subject is, with the words that
    tell it apart ("on bridge" in "was on the bridge", "in favour of merger", "in critical condition"), or None."""
    if pred.lemma_ == "be" or existential(pred):
        return complement(pred)
    children = list(pred.children)
    for dep in OBJECT_DEPS:
        for child in children:
            if child.dep_ == dep and not child.is_punct:
                return _lemma(child)
    for child in children:
        if child.dep_ == "prep" and child.lower_ in OBJECT_PREPOSITIONS:
            for g in child.children:
                if g.dep_ == "pobj":
                    return _lemma(g)
    for child in children:
        if child.dep_ == "xcomp" and child.pos_ == "VERB":  # "not fit to serve"
            return _lemma(child)
    return None


def complement(head: "Token") -> str | None:
    """Where or what a copula puts its subject, or what a noun "there is" names is of: the first prepositional
    phrase, or the noun the copula says its subject is, followed down through "of"/"with"/"for" phrases, adjectives,
    owners and numbers kept ("in talks with union", "in critical condition", "member of union", "her car")."""
    prep = next((c for c in head.children if c.dep_ == "prep" and c.lower_ in OBJECT_PREPOSITIONS), None)
    named = next((c for c in head.children if nominal(c)), None) if head.lemma_ == "be" and prep is None else None
    words: list[str] = []
    if named is not None:  # "was a one-off adjustment", "his car", "a member of the union": what it is, told apart
        words = [_lemma(m) for m in named.children if m.dep_ in ("amod", "compound", "nummod", "poss")] + [_lemma(named)]
        prep = next((g for g in named.children if g.dep_ == "prep" and g.lower_ in ("of", "with", "for")), None)
    while prep is not None:
        obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if obj is None:
            break
        words += [prep.lower_] + [_lemma(m) for m in obj.children if m.dep_ in ("amod", "compound", "nummod")] + [_lemma(obj)]
        prep = next((g for g in obj.children if g.dep_ == "prep" and g.lower_ in ("of", "with", "for")), None)
    return " ".join(words) or None


def subject_lemma(pred: "Token") -> str | None:
    """The subject of a predicate (a name as written, else its lemma), or None."""
    t = pred
    for _ in range(3):
        for child in t.children:
            if child.dep_ in ("nsubj", "csubj"):
                if child.pos_ == "PROPN":
                    return child.text
                counted = [_lemma(m) for m in child.children if m.dep_ == "nummod" or m.lower_ in SUBJECT_COUNTERS]
                return " ".join([*counted, _lemma(child)])  # "a third suspect" is not "two suspects"
        if t.dep_ in ("acomp", "attr", "oprd", "xcomp", "conj") and t.head.i != t.i:
            t = t.head
        else:
            break
    return None
