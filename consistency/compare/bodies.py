"""The two-bodies rule: one figure or quotation credited to two different bodies told without a name ("the interior
ministry said" / "according to the CGT union")."""

from __future__ import annotations

from typing import Sequence

from ..core.types import Facet, FacetKind, Finding, Severity
from ..facets.lexicon.en.names import NEWS_OUTLET_WORDS, ORG_HEAD_WORDS, QUANTIFIERS, SPEAKER_ROLE_NOUNS, UMBRELLA_BODIES
from .pairs import SentencePair, confidence, evidence, of_kind
from .quotes import one_claim


def described_bodies(facets: Sequence[Facet]) -> list[Facet]:
    """Speakers described as a body without a name ("police", "the ministry"), not withheld ("sources")."""
    from ..facets.attribution.canonical import canonical_source

    out = []
    for f in of_kind(facets, FacetKind.ATTRIBUTION):
        words = canonical_source(str(f.value.source or "")).lower().split()
        if f.value.role == "speaker" and f.value.named is False and f.value.anonymous is not True and words \
                and (words[-1] in ORG_HEAD_WORDS or _officials_of_a_name(f, words)):
            out.append(f)
    return out


def _officials_of_a_name(f: Facet, words: list[str]) -> bool:
    """ "Amtrak officials": people of a body its name tells, who speak for that body; a capital at the start of the
    sentence tells no name ("Federal officials said")."""
    written = f.text.split()
    return (words[-1] in SPEAKER_ROLE_NOUNS and len(written) == 2 and f.start > 0 and written[0][:1].isupper()
            and written[0].lower() not in QUANTIFIERS)


def _words(f: Facet) -> list[str]:
    """A body's words as its canonical name writes them, lower case, without punctuation."""
    from ..facets.attribution.canonical import canonical_source

    return [w.strip(".,'\u2019") for w in canonical_source(str(f.value.source or "")).lower().split()]


def body_clash(pair: SentencePair, fx: Sequence[Facet], fy: Sequence[Facet], apart: bool) -> Finding | None:
    """Each sentence credits its words to one body, the two bodies share no word and neither may hold the other, and
    both give the same figure (or restate one sentence, or quote one statement): MEDIUM, or LOW when the two share too
    few other words (`apart`) to be one claim credited twice."""
    bx, by = described_bodies(fx), described_bodies(fy)
    if len(bx) != 1 or len(by) != 1 or not one_claim(pair):
        return None
    (a,), (b,) = bx, by
    wa, wb = _words(a), _words(b)
    # each must say which body it is ("the interior ministry", not "police" or "the hospital", who often both give one
    # toll); no shared word; neither may hold the other; two outlets ("state television", "the news agency") may relay
    if min(len(wa), len(wb)) < 2 or set(wa) & set(wb) or {wa[-1], wb[-1]} & UMBRELLA_BODIES \
            or {*wa, *wb} & NEWS_OUTLET_WORDS:
        return None
    names = pair.names
    return Finding(
        facet="attribution", kind="body", severity=Severity.LOW if apart else Severity.MEDIUM, statement=pair.statement,
        a=evidence(pair.x, a, a.text), b=evidence(pair.y, b, b.text),
        explanation=(f"{names[pair.x.doc]} credits it to {a.text}; {names[pair.y.doc]} to {b.text} (two bodies)"
                     + (" (the two sentences share few words besides who said them: perhaps two statements)"
                        if apart else "")),
        confidence=confidence(pair.score, 0.5 if apart else 0.65),
    )
