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


def unpaired_doers(refs: Sequence[SentenceRef], facets: Mapping[SentenceRef, Sequence[Facet]], names: Mapping[str, str],
                   compared: set[frozenset]) -> list[Finding]:
    """One act of the story told by two outlets as done by two doers in sentences never compared ("killed by a Secret
    Service sniper" / "police fatally shot the person on the rooftop"): medium, only when each outlet tells an act of
    that kind once with its doer, so which act is meant is not in doubt."""
    acts: dict[tuple[str, str], list[tuple[SentenceRef, Facet]]] = {}
    for ref in refs:
        for f in _doings(facets.get(ref, ())):
            if _head(str(f.value.doer)) not in ATTACKER_NOUNS:  # "the gunman shot ...": the attack, not what met it
                acts.setdefault((ref.doc, ACT_GROUPS[f.value.predicate]), []).append((ref, f))
    order = {doc: n for n, doc in enumerate(dict.fromkeys(ref.doc for ref in refs))}
    out = []
    for (da, group), xs in sorted(acts.items(), key=lambda item: (order[item[0][0]], item[0][1])):
        for (db, other), ys in sorted(acts.items(), key=lambda item: (order[item[0][0]], item[0][1])):
            if other != group or order[db] <= order[da] or len(xs) != 1 or len(ys) != 1:
                continue
            (ra, a), (rb, b) = xs[0], ys[0]
            if frozenset((ra, rb)) in compared or not _one_patient(a.value.patient, b.value.patient):
                continue
            if _two_doers(str(a.value.doer), str(b.value.doer)):
                out.append(Finding(
                    facet="claim", kind="doer", severity=Severity.MEDIUM, statement=-1,
                    a=evidence(ra, a, _shown(str(a.value.doer))), b=evidence(rb, b, _shown(str(b.value.doer))),
                    explanation=(f"{names[ra.doc]} says {_shown(str(a.value.doer))} {a.text} ...; {names[rb.doc]} says "
                                 f"{_shown(str(b.value.doer))} {b.text} ... (one act, two doers, in sentences the "
                                 "aligner did not pair)"),
                    confidence=confidence(None, 0.5),
                ))
    return out


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
    return {re.sub(r"(?<=[^s])s$", "", w) for w in words if w not in FUNCTION_WORDS and len(w) > 2}


def _head(doer: str) -> str:
    return re.sub(r"(?<=[^s])s$", "", doer.split()[-1].lower())


def _shown(doer: str) -> str:
    """A doer inside a sentence: "a court", not "A court" as the page began its sentence."""
    first, _, rest = doer.partition(" ")
    return f"{first.lower()} {rest}" if rest and first in ("A", "An", "The") else doer
