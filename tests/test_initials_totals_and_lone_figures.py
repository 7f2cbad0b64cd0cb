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
    wrong. The same two figures told as one toll still clash."""
    running = _read_pair("The warehouse fire has now killed at least 41 people, officials said.",
                         "The warehouse fire killed 33 people, officials said.")
    assert _above_low(compare_numbers(running)) == []
    plain = _read_pair("The warehouse fire killed at least 41 people, officials said.",
                       "The warehouse fire killed 33 people, officials said.")
    assert _above_low(compare_numbers(plain))


def test_the_only_figure_of_two_close_sentences_is_compared_without_its_noun():
    """Two close sentences with one bare figure each ("came third in 12.48", "was third in 12.41") give one figure;
    loosely linked, or beside another figure, they are left alone."""
    close = _read_pair("Maria Lind of Sweden came third in 12.48, a national record.", "Maria Lind, the reigning champion, was third in 12.41.",
                       link=0.9)
    assert [f.severity for f in compare_numbers(close)] == [Severity.MEDIUM]
    loose = _read_pair("Maria Lind of Sweden came third in 12.48, a national record.", "Maria Lind, the reigning champion, was third in 12.41.",
                       link=0.7)
    assert list(compare_numbers(loose)) == []
    crowded = _read_pair("Maria Lind of Sweden came third in 12.48, ahead of 7 rivals.", "Maria Lind, the reigning champion, was third in 12.41.",
                         link=0.9)
    assert _above_low(compare_numbers(crowded)) == []
