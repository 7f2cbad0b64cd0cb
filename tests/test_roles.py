"""A person's party and name: read next to the name (facets/affiliation.py) and compared across outlets (compare/roles.py)."""

from __future__ import annotations

from functools import lru_cache

import pytest

from consistency.compare import RULES
from consistency.compare.pairs import SentencePair
from consistency.compare.roles import compare_roles
from consistency.core.types import Facet, FacetKind, SentenceRef, Severity
from consistency.core.values.claims import EntityValue


def person(name: str, party=None) -> Facet:
    value = EntityValue("PERSON", name) if party is None else EntityValue("PERSON", name, party)
    return Facet(FacetKind.ENTITY, name, value, 0, len(name))


def pair(xs, ys) -> SentencePair:
    return SentencePair(SentenceRef("a", 0), xs, SentenceRef("b", 0), ys, {"a": "Daily", "b": "Herald"}, 0, 0.8, 0.8)


def test_the_party_rule_runs_with_the_others():
    assert compare_roles in RULES


def test_one_person_named_in_full_given_two_parties_in_a_linked_pair_is_high():
    """One of the two outlets is wrong about who the person is: a draft should not go out with it."""
    (found,) = compare_roles(pair([person("Ann Vale", "Democratic")], [person("Sen. Ann Vale", "Republican")]))
    assert (found.facet, found.kind, found.severity) == ("claim", "party", Severity.HIGH)
    assert found.explanation == "Daily calls Ann Vale a Democrat; Herald a Republican"


def test_a_party_clash_on_a_surname_alone_or_a_loose_link_is_medium():
    (short,) = compare_roles(pair([person("Ann Vale", "Democratic")], [person("Sen. Vale", "Republican")]))
    assert short.severity is Severity.MEDIUM and "only the surname" in short.explanation
    loose = SentencePair(SentenceRef("a", 0), [person("Ann Vale", "Democratic")], SentenceRef("b", 0),
                         [person("Ann Vale", "Republican")], {"a": "Daily", "b": "Herald"}, 0, 0.5, 0.5)
    (found,) = compare_roles(loose)
    assert found.severity is Severity.MEDIUM and "loosely linked" in found.explanation


def test_the_same_person_under_a_short_name_is_matched_by_surname():
    assert list(compare_roles(pair([person("Sen. Ann Vale", "Republican")], [person("Vale", "Democratic")])))


@pytest.mark.parametrize(
    ("xs", "ys"),
    [
        ([person("Ann Vale", "Democratic")], [person("Ann Vale", "Democratic")]),  # agree
        ([person("Ann Vale", "Democratic")], [person("Ann Vale")]),  # one side says nothing
        ([person("Ann Vale", "Democratic")], [person("Ben Ode", "Republican")]),  # two people
        ([person("Lisa Crane", "Democratic")], [person("Mark Crane", "Republican")]),  # same surname, other person
    ],
)
def test_no_finding_without_one_person_given_two_parties(xs, ys):
    assert list(compare_roles(pair(xs, ys))) == []


def test_an_entity_without_a_party_keeps_its_report_form():
    assert EntityValue("PERSON", "Ann Vale").to_dict() == {"label": "PERSON", "name": "Ann Vale"}


# --------------------------------------------------------------------------- extraction on the real parse


@lru_cache(maxsize=None)
def parties(text: str) -> dict[str, str]:
    from consistency.facets.affiliation import mark_parties
    from consistency.facets.entities import extract_entities
    from consistency.facets.nlp import parse

    doc = parse([text])[0]
    return {f.value.name: f.value.party for f in mark_parties(doc, extract_entities(doc)) if f.value.party}


@pytest.mark.e2e
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Republican Senator Ann Vale sided with the governor.", {"Ann Vale": "Republican"}),
        ("Democratic Gov. Ann Vale signed the order on Friday.", {"Ann Vale": "Democratic"}),
        ("Governor Ann Vale (R-Ohio) signed the order on Friday.", {"Ann Vale": "Republican"}),
        ("Rep. Paul Hendry (D-Ore.) said he would oppose it.", {"Paul Hendry": "Democratic"}),
        ("Rep. Paul Hendry, a Republican, said he would oppose it.", {"Paul Hendry": "Republican"}),
        ("Sen. Ann Vale of Ohio was the only Democrat to back the order.", {"Ann Vale": "Democratic"}),
        ("Labour MP Jo Pike resigned on Tuesday.", {"Jo Pike": "Labour"}),
    ],
)
def test_a_party_written_next_to_the_name_is_read(text, want):
    assert parties(text) == want


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text",
    [
        "Tom Reese joined the Republicans in the vote.",  # a group he joined, not his party
        "Tom Reese voted with the rest of the Democrats.",
        "The Democratic Republic of Congo's president Felix Tshisekedi spoke on Monday.",
        "Tom Reese called for democratic reforms.",
    ],
)
def test_a_party_the_person_only_meets_is_not_theirs(text):
    assert parties(text) == {}


@pytest.mark.e2e
def test_two_people_of_one_sentence_keep_their_own_parties():
    got = parties("Democrat Lisa Crane of Maine and Republican Ben Ode of Utah both voted no.")
    assert got == {"Lisa Crane": "Democratic", "Ben Ode": "Republican"}


def _named(text_x: str, text_y: str) -> list:
    """First-name findings on two sentences, each a person named at its start after `text`'s role words."""
    from consistency.compare.roles import compare_first_names

    def people(text):
        words = text.split()
        name = " ".join(w for w in words if w[:1].isupper() and w.lower() not in ("race", "police"))[:60]
        start = text.index(name)
        return [Facet(FacetKind.ENTITY, name, EntityValue("PERSON", name), start, start + len(name))]
    found = SentencePair(SentenceRef("a", 0), people(text_x), SentenceRef("b", 0), people(text_y),
                         {"a": "Daily", "b": "Herald"}, 0, 0.7, 0.7, (text_x, text_y))
    return list(compare_first_names(found))


def test_one_office_held_under_two_first_names_of_one_surname_is_medium():
    """ "Race director Paolo Ferri" against "race director Marco Ferri": one of the two outlets has the name wrong."""
    from consistency.compare.roles import compare_first_names

    assert compare_first_names in RULES
    (finding,) = _named("race director Paolo Ferri", "race director Marco Ferri")
    assert (finding.facet, finding.kind, finding.severity) == ("claim", "name", Severity.MEDIUM)
    assert "Paolo Ferri" in finding.explanation and "Marco Ferri" in finding.explanation
    # a nickname, a spelling or a transliteration is one person; two offices may be two relatives
    assert _named("police spokesman Tom Reilly", "police spokesman Thomas Reilly") == []
    assert _named("police spokesman Kurbanguly Amanov", "police spokesman Gurbanguly Amanov") == []
    assert _named("coach Susan Hargreaves", "director Graham Hargreaves") == []
    assert _named("Susan Hargreaves", "Graham Hargreaves") == []
