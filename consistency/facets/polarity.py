"""Polarity facets: negated predicates and the affirmed ones, marked when the sentence asserts them."""

from __future__ import annotations

from typing import Sequence

from dataclasses import replace

from ..core.types import Facet, FacetKind
from ..core.values import ABSENT
from ..core.values.claims import PolarityValue
from .lexicon.en.negation import EPISTEMIC_NOUNS, HEDGE_MODALS, NEGATION_VERBS, PROOF_NOUNS
from .lexicon.en.predicates import COMMITMENT_VERBS, INTENT_VERBS, LIGHT_PREDICATES
from .negation import (ADJECTIVE_PREDICATE_DEPS, OBLIGATION_VERBS, complement, existential, existential_holder,
                       extraposed, object_lemma, subject_lemma, to_come)
from .agents import doer_and_patient
from .attribution.quotation import quote_flags
from .nlp import tokens_of

MAIN_CLAUSE_DEPS = ("ROOT", "ccomp")
SCANT_WORDS = frozenset({"little", "few", "scant", "minimal"})  # "showed little emotion": next to nothing, not a denial
FINITE_TAGS = ("VBD", "VBZ", "VBP")  # a verb with a tense of its own, not a participle ("a man called Lula": VBN)
# "is safe", "found guilty": asserted as the verb they complete is (an adjective that is a ccomp is main itself)
ADJECTIVE_COMPLEMENT_DEPS = ADJECTIVE_PREDICATE_DEPS - {"ccomp"}
COMMITTING = COMMITMENT_VERBS | NEGATION_VERBS  # "agreed to release", "refused to release": asserted or denied


def _is_main(token) -> bool:
    """A predicate the sentence asserts (its root, or what a reporting verb reports), not one in a relative clause;
    an adjective said of a subject ("is safe"), what a subject agrees or refuses to do, and what "there is" says
    exists, as its verb is."""
    if token.dep_ == "conj":
        token = token.head
    token = existential_holder(token) or token  # "There is a man playing": said as the man's being there is
    if existential(token):
        token = token.head
    if token.pos_ == "ADJ" and extraposed(token):
        return False
    if token.pos_ == "ADJ" and token.dep_ in ADJECTIVE_COMPLEMENT_DEPS:
        token = token.head
    if token.dep_ == "xcomp" and token.head.lemma_.lower() in COMMITTING | OBLIGATION_VERBS:
        token = token.head
    if token.dep_ == "acl" and token.tag_ in FINITE_TAGS and token.head.dep_ == "ROOT" and token.head.pos_ in ("PROPN", "NOUN"):
        return True  # "Bolsonaro called Lula on Sunday", parsed as a name "called Lula": a finite verb is the sentence's
    return token.dep_ in MAIN_CLAUSE_DEPS


def _intent(token) -> str | None:
    """The commitment an affirmed deed hangs on ("agree" in "agreed to release"): not yet the deed itself."""
    head = token.head.lemma_.lower()
    return head if token.dep_ == "xcomp" and head in INTENT_VERBS else None


def polarity_facets(doc, negated: Sequence[Facet], polarities: dict[str, bool]) -> list[Facet]:
    """Negated predicates (polarity False) plus affirmed ones (True), so two sentences' polarity can be compared."""
    tokens = tokens_of(doc)
    out = []
    for f in negated:
        lemma = f.value.predicate
        token = next((t for t in tokens if f.start <= t.idx < f.end and t.lemma_.lower() == lemma), None)
        main = bool(token is not None and _is_main(token) and not _hedged(token))
        out.append(Facet(f.kind, f.text, replace(f.value, polarity=False, main=main), f.start, f.end))
    if any(t.text == "?" for t in tokens):
        return out  # a question affirms nothing
    seen = {f.value.predicate for f in negated}
    out.extend(_affirmed_copulas(tokens, seen))
    unreported = {lemma for lemma, pol in polarities.items() if pol is True} - seen - LIGHT_PREDICATES
    for token in tokens:
        if not unreported:
            break
        lemma = token.lemma_.lower()
        if lemma in unreported and token.pos_ in ("VERB", "ADJ"):
            proof = _no_proof_of(token)  # "there was no indication the bus had been speeding" denies the speeding
            start, end = (proof.left_edge.idx if proof is not None else token.idx), token.idx + len(token.text)
            value = (PolarityValue(predicate=lemma, polarity=False, cue=f"no {proof.lemma_.lower()}",
                                   main=_is_main(proof) and not _hedged(token)) if proof is not None else
                     PolarityValue(predicate=lemma, polarity=True, cue=_intent(token),
                                   main=_is_main(token) and not _hedged(token) and not _unconfirmed(token),
                                   future=True if to_come(token) else ABSENT, **_doer(token)))
            out.append(Facet(FacetKind.NEGATION, token.doc.text[start:end], value, start, end))
            unreported.discard(lemma)  # once per lemma
    return out


def _doer(verb) -> dict[str, str]:
    """The doer and patient fields of an act whose doer a story tells, when the sentence names them."""
    doer, patient = doer_and_patient(verb)
    return {k: v for k, v in (("doer", doer), ("patient", patient)) if v is not None}


def _affirmed_copulas(tokens, negated: set[str]) -> list[Facet]:
    """What a copula affirms, for a negated one to be set against: where or what its subject is ("The captain was on
    the bridge": predicate "be", object "bridge"), and what "there is" says exists ("There is evidence of foul play":
    predicate "evidence"). Not when the sentence also negates a copula: which one is which is not sure."""
    out = []
    for token in tokens:
        said_of = token.head if existential(token) else token
        if _hedged(said_of) or _unconfirmed(said_of):
            continue
        if existential(token) and token.lemma_.lower() not in negated | EPISTEMIC_NOUNS and not any(
                c.dep_ == "det" and c.lower_ == "no" for c in token.children):
            lemma = token.lemma_.lower()
            out.append(Facet(FacetKind.NEGATION, token.text,
                             PolarityValue(predicate=lemma, polarity=True, cue="there is", object=complement(token),
                                           main=_is_main(token)),
                             token.idx, token.idx + len(token.text)))
        elif token.lemma_ == "be" and "be" not in negated and token.dep_ in MAIN_CLAUSE_DEPS + ("conj",) \
                and not any(c.dep_ == "expl" for c in token.children):
            where = object_lemma(token)
            if where:
                said = [c for c in token.children if c.dep_ in ("prep", "attr", "acomp")]
                end = max((c.right_edge.idx + len(c.right_edge.text) for c in said), default=token.idx + len(token.text))
                out.append(Facet(FacetKind.NEGATION, token.doc.text[token.idx:end],  # "was on the bridge"
                                 PolarityValue(predicate="be", polarity=True, cue=None, object=where,
                                               subject=subject_lemma(token), main=_is_main(token),
                                               future=True if to_come(token) else ABSENT),
                                 token.idx, end))
    return out


def _no_proof_of(token):
    """The noun of proof denied ("no evidence", "no indication") whose clause `token` heads, or None."""
    head = token.head
    if token.dep_ in ("acl", "ccomp") and head.lemma_.lower() in PROOF_NOUNS and any(
            c.dep_ == "det" and c.lower_ == "no" for c in head.children):
        return head
    return None


def _hedged(verb) -> bool:
    """A predicate only wondered about or hedged: "whether the captain was on the bridge", "may not have been"; told as
    a bidding; or said of a scant object."""
    return _bidding(verb) or _scant(verb) or any((c.dep_ == "mark" and c.lower_ in ("whether", "if"))
                                                 or (c.dep_ == "aux" and c.lower_ in HEDGE_MODALS) for c in verb.children)


def _bidding(verb) -> bool:
    """A bare imperative, or "do not celebrate the Constitution" quoted in a sentence that reports it: a bidding, which
    tells nothing done or not done."""
    if verb.tag_ != "VB" or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return False
    if verb.dep_ == "ROOT" and not any(c.dep_ == "aux" for c in verb.children):
        return True
    if not any(c.dep_ == "aux" and c.lower_ == "do" for c in verb.children):
        return False
    quoted, _, _ = quote_flags(verb.doc, False)
    return quoted[verb.i] and not quoted[verb.head.i]


def _scant(verb) -> bool:
    """Said of a scant object: "showed little emotion", which "showed no emotion" does not deny ("a few" is some)."""
    return any(c.dep_ == "dobj" and any(m.lower_ in SCANT_WORDS and m.dep_ in ("amod", "det")
                                        and m.doc[m.i - 1].lower_ != "a" for m in c.children)
               for c in verb.children)


def _unconfirmed(verb) -> bool:
    """What a negated verb reports: "police could not confirm that the captain was on the bridge" affirms nothing."""
    return verb.dep_ == "ccomp" and any(c.dep_ == "neg" for c in verb.head.children)

