"""Whether a verb tells a stance taken before the news ("had denied", "initially said"), read from its parse."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon.en.predicates import CONFIRM_CUES, DENY_CUES
from .lexicon.en.speech import EARLIER_STANCE_ADVERBS, SPEECH_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Token


def earlier_stance(verb: "Token") -> bool:
    """A verb in the past perfect ("had denied"), unless a plain verb of saying reports it ("said the agency had not
    yet decided": its "has not yet decided" told in the past), or with an adverb of an earlier time ("initially
    said", "previously denied")."""
    children = list(verb.children)
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i:  # "had been interviewed ... and had not been suspended"
        clause = clause.head
    head = clause.head.lemma_.lower()
    reported = clause.dep_ == "ccomp" and head in SPEECH_VERBS and head not in CONFIRM_CUES | DENY_CUES
    perfect = verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" for c in children) and not reported
    return perfect or any(c.dep_ == "advmod" and c.lower_ in EARLIER_STANCE_ADVERBS for c in children)
