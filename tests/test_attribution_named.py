"""Tests of how an attributed source is told named, anonymous, a person or a body (`facets/named.py`)."""

from __future__ import annotations

import pytest

from consistency.core.types import Facet
from consistency.facets.attribution import extract_attributions


def marked(sentences: tuple[str, ...]) -> list[list[Facet]]:
    """Attributions of one document's sentences once told named, anonymous, person or body."""
    from consistency.facets.named import mark_named
    from consistency.facets.nlp import parse

    docs = parse(list(sentences))
    return [mark_named(doc, facets) for doc, facets in zip(docs, extract_attributions(docs))]


def speaker(facets: list[Facet]):
    return [f.value for f in facets if f.value.role == "speaker"][0]


@pytest.mark.parametrize(
    "sentence",
    [
        "Unofficial sources suggested that the ferry had left port two hours late.",
        "People familiar with the negotiations said the merger would be announced on Friday.",
        "According to sources close to the club, the striker has signed a five-year deal.",
        "The ferry left port late, a senior harbour official said on condition of anonymity.",
        "An unnamed official said the ferry had left port two hours late.",
        "Two harbour officials said the ferry had left port two hours late.",
        "The ferry left port late, according to three crew members.",
        "Several officials told the radio station the ferry had left port late.",
        "Officials speaking anonymously said the ferry had left port two hours late.",
        "A person briefed on the inquiry told the newspaper that the ferry had left port late.",
    ],
)
def test_a_source_that_withholds_its_name_is_anonymous(sentence):
    v = speaker(marked((sentence,))[0])
    assert (v.named, v.anonymous) == (False, True)


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials said the ferry had left port two hours late.",
        "Harbour police said the pilot was familiar with the route.",
        "Lena Ortiz, who spoke on the record, said the ferry left late.",
        "Two ferry companies said the crossing would resume on Monday.",  # bodies, not withheld people
        "An official said the ferry had left port two hours late.",
    ],
)
def test_a_plain_or_named_source_is_not_anonymous(sentence):
    assert speaker(marked((sentence,))[0]).anonymous is False


@pytest.mark.parametrize(
    "sentence",
    [
        "The Foreign Minister said the talks would resume in May.",
        "The airline's CEO said the talks would resume in May.",
        "The Northern Province Chief Secretary said the talks would resume in May.",
    ],
)
def test_an_office_is_a_description_not_a_name(sentence):
    assert speaker(marked((sentence,))[0]).named is False


def test_the_and_words_in_lower_case_that_name_no_body_describe_a_source():
    """ "The autopsy showed" never conflicts with a named speaker: it is no one's name."""
    assert speaker(marked(("Seven bullets entered his body, three of them from the rear, the autopsy showed.",))[0]
                   ).named is False


def test_a_pronoun_for_a_description_is_no_name():
    facets = marked(("Two officials said the ferry was late.", "They said the crew had been warned."))
    v = speaker(facets[1])
    assert (v.source, v.resolved_from, v.named) == ("Two officials", "They", False)
    facets = marked(("Spain's health ministry reported four cases.", "It said the cases were linked."))
    v = speaker(facets[1])
    assert (v.source, v.named) == ("Spain's health ministry", True)


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("The ferry was late, the regional newspaper Vale del Norte reported.", False),
        ("The ferry was late, harbour spokesman Tomas Ekdahl said.", True),
        ("The ferry was late, Michael Ekdahl said.", True),
        ("The ferry was late, the Harbour Police said.", False),
        ("The ferry was late, Reuters reported.", False),
        ("The ferry left two hours late, County Fire Marshal Lena Whitcombe said.", True),  # a title tagged a body
        ("The ferry left two hours late, Prime Minister Martin Kessel said.", True),  # a first name the data knows
    ],
)
def test_a_named_source_is_told_a_person_or_a_body(sentence, person):
    v = speaker(marked((sentence,))[0])
    assert v.named is True and v.person is person


def test_a_surname_after_the_full_name_is_the_same_person_and_keeps_the_office():
    from consistency.facets.named import carry_full_mentions

    story = ("The ferry left two hours late, County Fire Marshal Lena Whitcombe said.",
             "Nobody was hurt, Whitcombe said on Tuesday.",
             "The ferry company said the delay was caused by fog.")
    found = carry_full_mentions(marked(story))
    first, later = speaker(found[0]), speaker(found[1])
    assert later.source == "Lena Whitcombe" and later.person is True
    assert first.office == later.office == "County Fire Marshal"
    assert not speaker(found[2]).office  # a body named by a description has no office carried


def test_a_surname_resolved_to_a_full_name_with_a_known_first_name_is_a_person():
    """ "Kessel said in a statement", after "Prime Minister Martin Kessel": a person, whatever the tagger makes of
    "Kessel" alone; set against another person's name, the clash is not "a person may speak for the body"."""
    found = marked(("Ruth Adeyemi resigned on Tuesday, Prime Minister Martin Kessel said.",
                    "Kessel said in a statement: \"The standards we expect of ministers are not optional.\""))
    later = speaker(found[1])
    assert (later.source, later.person) == ("Martin Kessel", True)


def test_an_office_comes_from_the_fullest_mention_whatever_comes_first():
    from consistency.facets.named import carry_full_mentions

    story = ("Lena Morrow said the road would stay shut.",
             "Lena Morrow, the chief engineer of the regional roads authority, said repairs would take a week.")
    found = carry_full_mentions(marked(story))
    assert speaker(found[0]).office == speaker(found[1]).office == "chief engineer of regional roads authority"


def test_a_surname_two_people_of_the_story_share_carries_no_office():
    from consistency.facets.named import carry_full_mentions

    story = ("The road will stay shut, County Roads Engineer Tom Hale said.",
             "His brother, harbour pilot Jim Hale of the Eastport Harbour Authority, said the ferry would run.",
             "Repairs will take a week, Hale said.")
    found = carry_full_mentions(marked(story))
    assert speaker(found[0]).office == "County Roads Engineer"
    assert not speaker(found[2]).office


@pytest.mark.e2e
@pytest.mark.parametrize(("sentence", "name"), [
    ('Producer Hugo Lamb said: "The safety of our cast and crew is our absolute priority."', "Hugo Lamb"),
    ('"We were lucky to walk away," said pilot Anna Berg.', "Anna Berg"),
])
def test_an_occupation_before_a_name_is_a_title_and_marks_a_person(sentence, name):
    """ "Producer Hugo Lamb" is Hugo Lamb, a person, though the tagger may take the name for a company: a quotation
    credited to him and to the film's director is two people's, not a person speaking for a body."""
    (facets,) = marked((sentence,))
    found = speaker(facets)
    assert found.source == name and found.person is True


def test_honorific_titles_of_other_traditions_come_off_a_name():
    """ "Datuk Seri Anwar Bin Hamid" and "Anwar Hamid" are one man: "Datuk" and "Seri" are titles, as "Sheikh" is
    before a full name; a name that is a title and one more word ("Sheikh Hasina") stays whole."""
    from consistency.facets.attribution.canonical import canonical_source
    from consistency.facets.attribution.identity import same_source

    assert same_source("Anwar Hamid", canonical_source("Prime Minister Datuk Seri Anwar Bin Hamid"))
    assert canonical_source("Sheikh Omar Abdel Karim") == "Omar Abdel Karim"
    assert canonical_source("Sheikh Hasina") == "Sheikh Hasina"
