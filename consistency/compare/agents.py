"""The doer rule: one act told as done by two doers ("a court halved the sentence", "the junta chief reduced it")."""

from __future__ import annotations

import re
from typing import Iterator

from ..core.types import Facet, FacetKind, Finding, Severity
from ..facets.lexicon.en.agents import ACT_GROUPS, AGENT_CLASSES, CAUSE_NOUNS, GENERAL_AGENTS
from ..facets.lexicon.en.function_words import FUNCTION_WORDS
from ..facets.lexicon.en.numbers import NOUN_ALIASES
from .pairs import SentencePair, confidence, evidence


def compare_doers(pair: SentencePair) -> Iterator[Finding]:
    """An act of one `ACT_GROUPS` group affirmed on both sides, of one patient (or one side not saying), by doers
    that cannot be one another: medium. Doers are one when they share a word ("a Secret Service sniper", "a U.S.
    Secret Service agent"), are of one body ("officers", "police"; "the jury", "the court"), or either is a general
    word ("rescuers", "officials"); a name or a pronoun is no doer here (`doer_and_patient`), and a cause that is no
    doer ("an explosion", "a blast") never clashes."""
    names = pair.names
    for a in _acts(pair, "x"):
        for b in _acts(pair, "y"):
            va, vb = a.value, b.value
            if ACT_GROUPS[va.predicate] != ACT_GROUPS[vb.predicate] or not _one_patient(va.patient, vb.patient):
                continue
            if not _two_doers(str(va.doer), str(vb.doer)):
                continue
            yield Finding(
                facet="claim", kind="doer", severity=Severity.MEDIUM, statement=pair.statement,
                a=evidence(pair.x, a, _shown(str(va.doer))), b=evidence(pair.y, b, _shown(str(vb.doer))),
                explanation=(f"{names[pair.x.doc]} says {_shown(str(va.doer))} {a.text} it; {names[pair.y.doc]} says "
                             f"{_shown(str(vb.doer))} {b.text} it (one act, two doers)"),
                confidence=confidence(pair.closeness, 0.6),
            )
            return


def _acts(pair: SentencePair, side: str) -> list[Facet]:
    return [f for f in pair.of(side, FacetKind.NEGATION)
            if f.value.polarity is True and isinstance(f.value.doer, str) and f.value.predicate in ACT_GROUPS]


def _one_patient(a, b) -> bool:
    """Both acts are done to one thing, or one side does not say to what."""
    if not isinstance(a, str) or not isinstance(b, str):
        return True
    return NOUN_ALIASES.get(a, a) == NOUN_ALIASES.get(b, b)


def _two_doers(a: str, b: str) -> bool:
    wa, wb = _words(a), _words(b)
    if not wa or not wb or wa & wb:
        return False
    if (wa | wb) & GENERAL_AGENTS or _head(a) in CAUSE_NOUNS or _head(b) in CAUSE_NOUNS:
        return False
    ca, cb = {AGENT_CLASSES[w] for w in wa if w in AGENT_CLASSES}, {AGENT_CLASSES[w] for w in wb if w in AGENT_CLASSES}
    return not (ca & cb)


def _words(doer: str) -> set[str]:
    """The content words of a doer, singular ("two off-duty firefighters": off, duty, firefighter)."""
    words = re.findall(r"[a-z]+", doer.lower())
    return {re.sub(r"(?<=[^s])s$", "", w) for w in words if w not in FUNCTION_WORDS and len(w) > 2}


def _head(doer: str) -> str:
    return re.sub(r"(?<=[^s])s$", "", doer.split()[-1].lower())


def _shown(doer: str) -> str:
    """A doer inside a sentence: "a court", not "A court" as the page began its sentence."""
    first, _, rest = doer.partition(" ")
    return f"{first.lower()} {rest}" if rest and first in ("A", "An", "The") else doer
