"""The doer rule: one act told as done by two doers ("a court halved the sentence", "the junta chief reduced it")."""

from __future__ import annotations

import re
from typing import Iterator, Mapping, Sequence

from ..core.types import Facet, FacetKind, Finding, SentenceRef, Severity
from ..facets.lexicon.en.agents import (ACT_GROUPS, AGENT_CLASSES, ATTACKER_NOUNS, CAUSE_NOUNS, GENERAL_AGENTS,
                                        GENERAL_MODIFIERS, GENERAL_PATIENTS)
from ..facets.lexicon.en.function_words import FUNCTION_WORDS
from ..facets.lexicon.en.numbers import NOUN_ALIASES
from .pairs import SentencePair, confidence, evidence


def compare_doers(pair: SentencePair) -> Iterator[Finding]:
    """An act of one `ACT_GROUPS` group affirmed on both sides, of one patient (or one side not saying), by doers
    that cannot be one another: medium. Doers are one when they share a word ("a Secret Service sniper", "a U.S.
    Secret Service agent"), are of one body ("officers", "police"; "the jury", "the court"), or either is a general
    word ("rescuers", "officials"); a name or a pronoun is no doer here (`doer_and_patient`), and a cause that is no
    doer ("an explosion", "a blast") never clashes."""
    for a in _acts(pair, "x"):
        for b in _acts(pair, "y"):
            if ACT_GROUPS[a.value.predicate] == ACT_GROUPS[b.value.predicate] and _clash(a, b):
                yield _finding(pair.x, a, pair.y, b, pair.names, pair.statement, "it",
                               confidence(pair.closeness, 0.6), "one act, two doers")
                return


def unpaired_doers(refs: Sequence[SentenceRef], facets: Mapping[SentenceRef, Sequence[Facet]], names: Mapping[str, str],
                   compared: set[frozenset]) -> list[Finding]:
    """One act of the story told by two outlets as done by two doers in sentences never compared ("killed by a Secret
    Service sniper" / "police fatally shot the person on the rooftop"): medium, only when each outlet tells an act of
    that kind once with its doer, so which act is meant is not in doubt."""
    acts: dict[str, dict[str, list[tuple[SentenceRef, Facet]]]] = {}  # act group -> document -> its acts, in order
    for ref in refs:
        for f in _doings(facets.get(ref, ())):
            if _head(str(f.value.doer)) not in ATTACKER_NOUNS:  # "the gunman shot ...": the attack, not what met it
                acts.setdefault(ACT_GROUPS[f.value.predicate], {}).setdefault(ref.doc, []).append((ref, f))
    out = []
    for group in sorted(acts):
        once = [told[0] for told in acts[group].values() if len(told) == 1]
        for k, (ra, a) in enumerate(once):
            for rb, b in once[k + 1:]:
                if frozenset((ra, rb)) not in compared and _clash(a, b):
                    out.append(_finding(ra, a, rb, b, names, -1, "...", confidence(None, 0.5),
                                        "one act, two doers, in sentences the aligner did not pair"))
    return out


def _clash(a: Facet, b: Facet) -> bool:
    """Two acts of one kind, done to one thing, by doers that cannot be one another."""
    return _one_patient(a.value.patient, b.value.patient) and _two_doers(str(a.value.doer), str(b.value.doer))


def _finding(ra: SentenceRef, a: Facet, rb: SentenceRef, b: Facet, names: Mapping[str, str], statement: int,
             done_to: str, sure: float, why: str) -> Finding:
    da, db = _shown(str(a.value.doer)), _shown(str(b.value.doer))
    return Finding(
        facet="claim", kind="doer", severity=Severity.MEDIUM, statement=statement,
        a=evidence(ra, a, da), b=evidence(rb, b, db),
        explanation=f"{names[ra.doc]} says {da} {a.text} {done_to}; {names[rb.doc]} says {db} {b.text} {done_to} ({why})",
        confidence=sure,
    )


def _acts(pair: SentencePair, side: str) -> list[Facet]:
    return _doings(pair.of(side, FacetKind.NEGATION))


def _doings(facets: Sequence[Facet]) -> list[Facet]:
    """Affirmed acts whose doer is news and is named by a common noun ("a court halved the sentence")."""
    return [f for f in facets if f.kind is FacetKind.NEGATION and f.value.polarity is True
            and isinstance(f.value.doer, str) and f.value.predicate in ACT_GROUPS]


def _one_patient(a, b) -> bool:
    """Both acts are done to one thing, or one side does not say to what, or says only "a person"."""
    if not isinstance(a, str) or not isinstance(b, str) or {a, b} & GENERAL_PATIENTS:
        return True  # "shot the person on the rooftop" says no more than who
    return NOUN_ALIASES.get(a, a) == NOUN_ALIASES.get(b, b) or {a, b} <= ATTACKER_NOUNS


def _two_doers(a: str, b: str) -> bool:
    wa, wb = _words(a), _words(b)
    if not wa or not wb or wa & wb:
        return False
    if {_head(a), _head(b)} & (GENERAL_AGENTS | CAUSE_NOUNS) or (wa | wb) & GENERAL_MODIFIERS:
        return False
    ca, cb = {AGENT_CLASSES[w] for w in wa if w in AGENT_CLASSES}, {AGENT_CLASSES[w] for w in wb if w in AGENT_CLASSES}
    return not (ca & cb)


def _words(doer: str) -> set[str]:
    """The content words of a doer, singular ("two off-duty firefighters": off, duty, firefighter)."""
    words = re.findall(r"[a-z]+", doer.lower())
    return {_singular(w) for w in words if w not in FUNCTION_WORDS and len(w) > 2}


def _head(doer: str) -> str:
    return _singular(doer.split()[-1].lower())


def _singular(word: str) -> str:
    if word.endswith("men"):
        return word[:-3] + "man"  # "masked men", "gunmen", "policemen"
    return re.sub(r"(?<=[^s])s$", "", word)


def _shown(doer: str) -> str:
    """A doer inside a sentence: "a court", not "A court" as the page began its sentence."""
    first, _, rest = doer.partition(" ")
    return f"{first.lower()} {rest}" if rest and first in ("A", "An", "The") else doer
