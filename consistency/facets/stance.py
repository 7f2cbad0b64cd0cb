"""Whether a verb tells a stance taken before the news ("had denied", "initially said"), read from its parse."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon.en.speech import EARLIER_STANCE_ADVERBS

if TYPE_CHECKING:
    from spacy.tokens import Token


def earlier_stance(verb: "Token") -> bool:
    """A verb in the past perfect ("had denied") or with an adverb of an earlier time ("initially said",
    "previously denied")."""
    children = list(verb.children)
    perfect = verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" for c in children)
    return perfect or any(c.dep_ == "advmod" and c.lower_ in EARLIER_STANCE_ADVERBS for c in children)
