"""Which attributed sources are named ("Reuters", "Nancy Pelosi"), only described ("officials") or anonymous ("sources")."""

from __future__ import annotations

from dataclasses import replace
from typing import Collection, Sequence

from ..core.types import Facet, FacetKind
from ..core.values import ABSENT
from .attribution.canonical import canonical_source, described_kind, description, is_news_outlet, names_office
from .lexicon.en.aliases import SOURCE_ALIASES
from .lexicon.en.cardinals import CARDINALS
from .lexicon.en.nickname_groups import is_first_name
from .lexicon.en.names import (BODY_NOUNS, FIRST_NAME_GENDER, HONORIFICS, NAME_CONNECTORS, NAME_FUNCTION_WORDS,
                               NAME_PARTICLES, ORG_HEAD_WORDS, QUANTIFIERS, TITLE_WORDS, WRITTEN_SOURCES)
from .lexicon.en.speech import ANONYMITY_PHRASES, ANONYMOUS_SOURCE_PHRASES, ANONYMOUS_WORDS, COUNTED_OPENERS

NAMED_ENTITY_TYPES = ("PERSON", "ORG", "GPE", "NORP", "FAC")
BODY_ENTITY_TYPES = ("ORG", "GPE", "NORP", "FAC")
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his"})
_OPENERS = frozenset(CARDINALS) | NAME_FUNCTION_WORDS | QUANTIFIERS | TITLE_WORDS  # capitalised, yet no name


def _looks_like_a_name(source: str) -> bool:
    """"Nancy Pelosi", "Diario del Ebro": two or more words, all capitalised but particles.

    One capitalised word may just open the sentence ("Officers said"), so it is left to the parse.
    """
    words = [w for w in source.replace("\u2019", "'").split() if any(c.isalpha() for c in w)]
    return len(words) >= 2 and all(w[0].isupper() or w.lower() in NAME_PARTICLES or w.lower() in NAME_CONNECTORS for w in words)


def _described(written: str) -> bool:
    """ "The autopsy showed", "the report said": "the" and words in lower case that name no kind of body describe a
    source, whatever the tagger makes of them. "The ministry", "the council" stand for a body (compared as such)."""
    kind = described_kind(written)
    return kind is not None and kind not in ORG_HEAD_WORDS


def _counted(words: list[str]) -> bool:
    """"Two officials", "three senior diplomats": a number of people, none of them named."""
    if len(words) < 2 or not words[-1].endswith("s"):
        return False
    first = words[0]
    counted = first in COUNTED_OPENERS or CARDINALS.get(first, 0) >= 2 or (first.isdigit() and int(first) >= 2)
    singular = {words[-1], words[-1][:-1], words[-1][:-3] + "y"}  # "officials", "companies"
    return counted and not singular & (ORG_HEAD_WORDS | BODY_NOUNS) and words[-1] not in WRITTEN_SOURCES


def _anonymous(f: Facet, sentence: str, span=None) -> bool:
    """A described source that withholds its name: "sources", "an unnamed official", "people familiar with
    the talks", "a person briefed on the plan", a number of people ("two officials"), or a sentence saying
    so ("two officials, who asked not to be named, said")."""
    words = f"{f.text} {f.value.source or ''}".lower()
    if set(words.replace(",", " ").split()) & ANONYMOUS_WORDS or any(p in words for p in ANONYMOUS_SOURCE_PHRASES):
        return True
    if span is not None and len(span):
        described = " ".join(t.lower_ for t in span.root.subtree)  # with its clauses: "a person briefed on ..."
        if any(p in described for p in ANONYMOUS_SOURCE_PHRASES):
            return True
    if _counted(f.text.lower().split()):
        return True
    return any(p in sentence.lower() for p in ANONYMITY_PHRASES)


def _person(doc, f: Facet, span) -> bool:
    """True for a person, False for a body, ABSENT when the words do not tell.

    The name's own words first (an organisation word, a known outlet, an acronym; a known first name),
    then the words written just before it ("spokesman X", "the newspaper X"), then "he"/"she", then
    the entity tagger, which may take a surname for an organisation.
    """
    canon = canonical_source(str(f.value.source))
    words = canon.split()
    if not words:
        return ABSENT
    if words[-1].lower() in ORG_HEAD_WORDS or canon.lower() in SOURCE_ALIASES or is_news_outlet(canon) \
            or (len(words) == 1 and words[0].isupper()):
        return False
    if len(words) >= 2 and (words[0].lower() in FIRST_NAME_GENDER or is_first_name(words[0])):
        return True
    if f.value.resolved_from and f.value.resolved_from.lower() in PERSON_PRONOUNS:
        return True
    if span is None or not len(span):
        return ABSENT
    written = (f.value.resolved_from or words[0]).split()[0]  # "Ortiz", resolved to an earlier "Dana Ortiz"
    name_start = next((t.i for t in span if t.text == written), span.start)
    before = [t.lower_ for t in doc[max(0, name_start - 3):name_start] if not t.is_punct]
    if before and before[-1] in BODY_NOUNS | ORG_HEAD_WORDS:
        return False  # "the regional newspaper Diario del Ebro"
    if any(w in HONORIFICS for w in before):
        return True  # "junta spokesman Zaw Min Tun"
    # The entity over the name itself, not one over a title before it: "[County Fire Marshal]ORG [Dana Ortiz]PERSON".
    for ent in doc.ents:
        if ent.start <= name_start < ent.end or (name_start < ent.start < span.end):
            return True if ent.label_ == "PERSON" else False if ent.label_ in BODY_ENTITY_TYPES else ABSENT
    return ABSENT


def mark_named(doc, attributions: Sequence[Facet]) -> list[Facet]:
    """Mark sources whose head word is a name (or a pronoun resolved to one) apart from descriptions.

    "US intelligence officials" and "the company" describe a source without naming it, so
    they never conflict with a named one; an office is a description too ("the Foreign Minister",
    "the airline's CEO": whoever holds it may be named elsewhere); "Reuters" and "Spain's health
    ministry" name it. A description that withholds its name is marked `anonymous`.
    """
    out = []
    for f in attributions:
        source = str(f.value.source or "")
        span = None if f.value.inherited else doc.char_span(f.start, f.end, alignment_mode="expand")
        if f.value.resolved_from:
            named = any(w[:1].isupper() and w.lower() not in _OPENERS for w in source.split())  # not "Two officials"
        else:
            root = span.root if span is not None and len(span) else None
            named = _looks_like_a_name(source) or (
                root is not None and (root.pos_ == "PROPN" or root.ent_type_ in NAMED_ENTITY_TYPES
                                      or (root.is_upper and len(root) > 1)))
        if named and (names_office(canonical_source(source)) or _described(f.text)):
            named = False
        anonymous = bool(source) and not named and _anonymous(f, doc.text, span)
        person = _person(doc, f, span) if named else ABSENT
        value = replace(f.value, named=named, anonymous=anonymous, person=person)
        out.append(Facet(f.kind, f.text, value, f.start, f.end))
    return out


def carry_full_mentions(run: Sequence[Sequence[Facet]], people: Collection[str] = ()) -> list[list[Facet]]:
    """Each named source of one document's sentences (in order) with what its full mention tells: the words that
    say who it is, from its fullest mention ("Ortiz said" after "County Fire Marshal Dana Ortiz said" is the county
    fire marshal), and whether it is a person, from a mention written with the whole name (a surname alone is
    often tagged a body), or from `people`, whole names the document's sentences tag as persons ("Dmitri Sokol
    resigned", then "Sokol told reporters")."""
    offices: dict[str, str] = {}
    persons: dict[str, bool] = {canonical_source(name): True for name in sorted(people)}
    for facets in run:
        for f in facets:
            if f.kind is FacetKind.ATTRIBUTION and f.value.named is True and f.value.source:
                canon = str(f.value.source)
                words = description(f.text, canonical_source(canon)) or str(f.value.office or "")
                if len(words) > len(offices.get(canon, "")):
                    offices[canon] = words
                if not f.value.resolved_from and f.value.person in (True, False) and persons.get(canon) is not True:
                    persons[canon] = f.value.person

    surnames: dict[str, set[str]] = {}
    for canon in offices.keys() | persons.keys():
        surnames.setdefault(canon.split()[-1].lower(), set()).add(canon)

    def carried(f: Facet) -> Facet:
        if f.kind is not FacetKind.ATTRIBUTION or f.value.named is not True or not f.value.source:
            return f
        canon = str(f.value.source)
        written = str(f.value.resolved_from or "")
        if written and len(surnames.get(written.split()[-1].lower(), ())) > 1:
            return f  # "Albright said" in a story of Mayor Tom Albright and nurse Jim Albright: whose office?
        person = persons.get(canon, f.value.person) if written else f.value.person
        return replace(f, value=replace(f.value, office=offices.get(canon) or ABSENT, person=person))

    return [[carried(f) for f in facets] for facets in run]
