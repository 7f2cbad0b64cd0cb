"""Who did an act and to what: the doer and the patient of a verb whose doer a story tells (`ACT_GROUPS`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon.en.agents import ACT_GROUPS

if TYPE_CHECKING:
    from spacy.tokens import Token

RELATIVE_WORDS = frozenset({"who", "which", "that", "whom"})


def doer_and_patient(verb: "Token") -> tuple[str | None, str | None]:
    """The doer of an act as written ("A court", "a Secret Service sniper") and the lemma of what it was done to
    ("sentence"), each None when the sentence does not say; (None, None) for a verb of no `ACT_GROUPS` act."""
    if verb.lemma_.lower() not in ACT_GROUPS:
        return None, None
    children = list(verb.children)
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in children)
    if passive:
        by = next((c for c in children if c.dep_ == "agent"), None)
        doer = next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None
        patient = next((c for c in children if c.dep_ == "nsubjpass"), None)
    else:
        doer = next((c for c in children if c.dep_ == "nsubj"), None)
        patient = next((c for c in children if c.dep_ == "dobj"), None)
    if doer is not None and doer.lower_ in RELATIVE_WORDS and verb.dep_ == "relcl":
        doer = verb.head  # "officers who tackled him"
    if patient is not None and patient.lower_ in RELATIVE_WORDS:
        patient = None  # "which the chief reduced": what it stands for is not sure in a long sentence
    return _phrase(doer), (patient.lemma_.lower() if patient is not None and patient.pos_ != "PRON" else None)


def _phrase(head: "Token | None") -> str | None:
    """A doer's words up to its head ("Myanmar's junta chief"), without what follows it; None for a pronoun or a
    name ("Min Aung Hlaing", "the Secret Service"): a name may hold the office the other side names."""
    if head is None or head.pos_ in ("PRON", "PROPN"):
        return None
    start = head.left_edge.i
    return head.doc[start:head.i + 1].text
