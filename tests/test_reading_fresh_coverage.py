"""Pairs read by every facet on what fresh held-out coverage showed: a first name given as initials, a toll told as a
running total, and two close sentences that each give one bare figure."""

from __future__ import annotations

import pytest

from consistency.compare.attribution import compare_attribution
from consistency.compare.numbers import compare_numbers
from consistency.compare.roles import compare_first_names
from consistency.core.types import FacetKind, Severity
from consistency.facets.attribution.identity import first_names_alike

from .test_reading_pairs import _read_pair

pytestmark = pytest.mark.e2e


def _above_low(findings) -> list:
    return [f for f in findings if f.severity is not Severity.LOW]


@pytest.mark.parametrize(("initials", "name", "alike"), [
    ("R.T.", "Raymond", True), ("J.K.", "Joanne", True), ("R.T.", "Thomas", False), ("J.", "Joanne", True),
    ("R.", "R.T.", True), ("R.T.", "R.J.", False),
])
def test_initials_with_stops_are_the_first_name_they_begin(initials, name, alike):
    assert first_names_alike(initials, name) is alike


def test_a_mayor_by_initials_and_by_first_name_is_one_person():
    pair = _read_pair('"The city will rebuild," said Mayor D.W. Harlan, speaking at a news conference.',
                      "Mayor Douglas Harlan said the city would rebuild the bridge.")
    assert [f.value.label for f in pair.of("x", FacetKind.ENTITY)] == ["PERSON"]  # else nothing would be compared
    assert list(compare_first_names(pair)) == []
    assert _above_low(compare_attribution(pair)) == []
    other = _read_pair('"The city will rebuild," said Mayor T.J. Harlan, speaking at a news conference.',
                       "Mayor Douglas Harlan said the city would rebuild the bridge.")
    assert [f.value.label for f in other.of("x", FacetKind.ENTITY)] == ["PERSON"]
    assert [f.severity for f in compare_first_names(other)] == [Severity.MEDIUM]


def test_a_toll_told_as_it_stands_now_is_no_clash_with_an_earlier_one():
    """A page that says the blast "has now killed" more people gives a running total; an earlier page's toll is not
    wrong. The same two figures told as one toll still clash, and so do they when "now" is on another verb."""
    running = _read_pair("The warehouse fire has now killed at least 41 people, officials said.",
                         "The warehouse fire killed 33 people, officials said.")
    assert _above_low(compare_numbers(running)) == []
    plain = _read_pair("The warehouse fire killed at least 41 people, officials said.",
                       "The warehouse fire killed 33 people, officials said.")
    assert _above_low(compare_numbers(plain))
    elsewhere = _read_pair("The storm, which has now moved offshore, killed 41 people, officials said.",
                           "The storm killed 33 people, officials said.")
    assert _above_low(compare_numbers(elsewhere))
    said = _read_pair("The company has now said it will cut 500 jobs.", "The company said it would cut 400 jobs.")
    assert _above_low(compare_numbers(said))


SECOND = "Maria Lind, the reigning champion, was third in 12.41."


@pytest.mark.parametrize(("first", "link", "compared"), [
    ("Maria Lind of Sweden came third in 12.48, a national record.", 0.9, True),
    ("Maria Lind of Sweden came third in 12.48, a national record.", 0.79, False),  # loosely linked
    ("Maria Lind of Sweden came third in 12.48, ahead of 7 rivals.", 0.9, False),  # another figure beside it
])
def test_the_only_figure_of_two_close_sentences_is_compared_without_its_noun(first, link, compared):
    """Two close sentences with one bare figure each ("came third in 12.48", "was third in 12.41") give one figure."""
    findings = _above_low(compare_numbers(_read_pair(first, SECOND, link=link)))
    assert [f.severity for f in findings] == ([Severity.MEDIUM] if compared else [])


@pytest.mark.parametrize(("x", "y"), [
    ("The plane, carrying 150, landed safely in Lisbon.", "The plane, which seats 180, landed safely in Lisbon."),
    ("The fire destroyed 40 homes in the village overnight.", "The fire, which forced 45 to flee, destroyed homes."),
])
def test_lone_figures_on_two_verbs_or_with_a_noun_on_one_side_stay_apart(x, y):
    assert _above_low(compare_numbers(_read_pair(x, y, link=0.9))) == []
