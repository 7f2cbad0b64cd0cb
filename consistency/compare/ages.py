"""The age rule across a story: one person given two ages by two outlets, in sentences the aligner did not pair."""

from __future__ import annotations

from dataclasses import replace
from typing import Mapping, Sequence

from ..core.types import Facet, FacetKind, Finding, SentenceRef, Severity
from ..facets.attribution.identity import same_source
from ..facets.lexicon.en.numbers import AGE_AT_VERBS
from .number_words import describe_number
from .pairs import WRITTEN_YEAR, confidence, evidence



def unpaired_ages(refs: Sequence[SentenceRef], facets: Mapping[SentenceRef, Sequence[Facet]],
                  texts: Mapping[SentenceRef, str], names: Mapping[str, str],
                  compared: set[frozenset]) -> list[Finding]:
    """A person named by two outlets with two ages ("Sarah Okonjo, a 39-year-old nurse" / "Sarah Okonjo, 43"),
    wherever in the two articles: one person has one age on one day, so the two sentences need not be alike. MEDIUM,
    one finding per person and pair of outlets, none where a compared pair gives both ages (the number rule has
    read them there). Not an age at an act ("joined the club at 17"), nor one in a sentence naming a year, nor
    an owner named by one word on both sides (a surname alone may be two people; "Ethiopian" is none). An age in a
    sentence naming a year may be the age then ("In 2015, Hale, 19, won")."""
    ages = [(ref, _owned(ref, f, facets)) for ref in refs for f in facets.get(ref, ())]
    ages = [(ref, f) for ref, f in ages if _ages_a_person(f, texts[ref])]
    out: list[Finding] = []
    told: set[tuple[str, str, str]] = set()
    for i, (ra, a) in enumerate(ages):
        for rb, b in ages[i + 1:]:
            na, nb = str(a.value.noun), str(b.value.noun)
            if ra.doc == rb.doc or a.value.value == b.value.value or not same_source(na, nb):
                continue
            if max(len(na.split()), len(nb.split())) < 2:
                continue
            key = (min(ra.doc, rb.doc), max(ra.doc, rb.doc), _surname(na))
            if key in told or _read_in_pair(ra, rb, na, ages, compared):
                continue
            told.add(key)
            out.append(unpaired_figures(ra, a, rb, b, names, "one person, two ages"))
    return out


def unpaired_figures(ra: SentenceRef, a: Facet, rb: SentenceRef, b: Facet, names: Mapping[str, str],
                     what: str) -> Finding:
    """A medium number finding on two sentences the aligner did not pair, saying what makes the figures one."""
    da, db = describe_number(a.value), describe_number(b.value)
    return Finding(
        facet="claim", kind="number", severity=Severity.MEDIUM, statement=-1,
        a=evidence(ra, a, da), b=evidence(rb, b, db),
        explanation=f"{names[ra.doc]} says {da}; {names[rb.doc]} says {db} ({what}, in sentences the aligner did not pair)",
        confidence=confidence(None, 0.6),
    )


def _owned(ref: SentenceRef, f: Facet, facets: Mapping[SentenceRef, Sequence[Facet]]) -> Facet:
    """An age told of "he" or "she" ("He was 78."), or of no one named as the sentence opens ("The 27-year-old from
    Spanish Town was ..."), given to the one person the sentence before names, if one."""
    if f.kind is not FacetKind.NUMBER or f.value.kind != "age":
        return f
    if not (str(f.value.noun).lower() in ("he", "she") or (f.value.noun is None and f.start <= len("The "))):
        return f
    before = [g.value.name for g in facets.get(SentenceRef(ref.doc, ref.index - 1), ())
              if g.kind is FacetKind.ENTITY and g.value.label == "PERSON" and g.value.name]
    people = [n for k, n in enumerate(before) if not any(same_source(n, m) for m in before[:k])]
    return replace(f, value=replace(f.value, noun=people[0])) if len(people) == 1 else f


def _ages_a_person(f: Facet, text: str) -> bool:
    """An age of someone named, told as theirs now, not at an act, in a sentence naming no year."""
    v = f.value
    return (f.kind is FacetKind.NUMBER and v.kind == "age" and isinstance(v.noun, str) and v.noun[:1].isupper()
            and v.verb not in AGE_AT_VERBS - {"die"} and WRITTEN_YEAR.search(text) is None)


def _surname(name: str) -> str:
    return name.split()[-1].lower()


def _read_in_pair(ra: SentenceRef, rb: SentenceRef, name: str, ages: Sequence[tuple[SentenceRef, Facet]],
                  compared: set[frozenset]) -> bool:
    """A compared pair of these two documents whose sentences both give this person an age."""
    mine = [r for r, f in ages if r.doc == ra.doc and same_source(str(f.value.noun), name)]
    theirs = [r for r, f in ages if r.doc == rb.doc and same_source(str(f.value.noun), name)]
    return any(frozenset((x, y)) in compared for x in mine for y in theirs)
