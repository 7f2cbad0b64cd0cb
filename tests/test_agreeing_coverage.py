"""What coverage in which every outlet agrees showed read as a clash: a day counted back from "today", days told in
two time zones, a label read as a count, a line of links read as a sentence, a married name and an acronym after a
country's name; and the review's guards around each."""

from __future__ import annotations

import pytest

from consistency import pipeline
from consistency.compare.attribution import compare_attribution
from consistency.compare.dates import compare_dates
from consistency.compare.numbers import compare_numbers
from consistency.core.types import FacetKind, SentenceKind, Severity
from consistency.facets.attribution.identity import same_source

from .test_reading_pairs import _read_pair

pytestmark = pytest.mark.e2e


def _above_low(findings) -> list:
    return [f for f in findings if f.severity is not Severity.LOW]


@pytest.mark.parametrize(("words", "published", "day"), [
    ("a week ago today", "2015-10-11", "2015-10-04"),
    ("two weeks ago yesterday", "2015-10-11", "2015-09-26"),
    ("a year ago today", "2016-02-29", "2015-02-28"),
])
def test_a_span_ago_counted_from_today_is_that_day(words, published, day):
    pair = _read_pair(f"The coach was dismissed {words} after a draw.", "The coach was dismissed after a draw.",
                      published=(published, published))
    assert [f.value.value for f in pair.of("x", FacetKind.DATE)] == [day]


def test_dismissed_a_week_ago_today_is_no_clash_with_last_sunday():
    pair = _read_pair("He replaces Tom Reyes, who was sacked last Sunday after a 1-1 draw.",
                      "He succeeds Tom Reyes, who was dismissed a week ago today after a draw.",
                      published=("2015-10-09", "2015-10-11"), link=1.0)  # two sentences that say the same
    assert _above_low(compare_dates(pair)) == []


@pytest.mark.parametrize(("x", "y", "published"), [
    ("The All Blacks beat Australia in the final at Twickenham on Saturday.",
     "The All Blacks beat the Wallabies in the final at Twickenham this morning (NZ time).",
     ("2015-10-31", "2015-11-01")),
    ("Tokyo was chosen to host the 2020 Games on Saturday.",
     "Tokyo was chosen to host the 2020 Games early this morning Japan time.", ("2013-09-07", "2013-09-08")),
])
def test_a_day_apart_in_a_named_time_zone_is_low(x, y, published):
    assert [f.severity for f in compare_dates(_read_pair(x, y, published=published))] == [Severity.LOW]


@pytest.mark.parametrize(("x", "y", "published"), [
    ("The assembly will choose a new leader on Monday.",
     "Lawmakers will meet again at 2 pm (Karachi time) on Sunday to elect a new leader.", ("2022-04-09", "2022-04-09")),
    ("The All Blacks beat Australia in the final at Twickenham on Saturday morning.",
     "The All Blacks beat the Wallabies in the final at Twickenham on Sunday (NZ time).", ("2015-11-02", "2015-11-02")),
])
def test_a_zone_does_not_excuse_a_day_its_hour_or_part_of_day_rules_out(x, y, published):
    """2 pm on Sunday is Sunday in every zone near it; a morning cannot be the next day elsewhere."""
    assert Severity.MEDIUM in [f.severity for f in compare_dates(_read_pair(x, y, published=published))]


def test_a_numbered_label_is_no_count():
    pair = _read_pair("The crew reported a problem with the No. 2 engine, the inboard engine on the left wing.",
                      "One of its four engines failed about four minutes into the flight.")
    assert [f.value.value for f in pair.of("x", FacetKind.NUMBER) if f.value.noun == "engine"] == []
    assert _above_low(compare_numbers(pair)) == []


def test_a_line_of_links_under_a_label_is_page_furniture():
    documents, _ = pipeline.load_records([{"id": "a", "published": "2014-07-14", "text": (
        "Germany win the World Cup\n\nGermany won the final on Sunday.\n\n"
        "Related: Factbox - World Cup winners since 1930 | Argentina left to rue missed chances\n\n"
        "Related incidents were reported in Rio on Monday.\n")}], "test", "t")
    kinds = {s.text: s.kind for s in pipeline.segment_documents(documents)}
    assert kinds["Related: Factbox - World Cup winners since 1930 | Argentina left to rue missed chances"] \
        is SentenceKind.BOILERPLATE
    assert kinds["Related incidents were reported in Rio on Monday."] is SentenceKind.BODY


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Carla Bruni-Sarkozy", "Carla Bruni", True),
    ("Carla Bruni-Sarkozy", "Anna Bruni", False),
    ("FSA", "Britain's Financial Services Authority", True),
    ("CAA", "Britain's Financial Services Authority", False),
])
def test_a_married_name_and_an_acronym_after_a_country_name_one_source(a, b, same):
    assert same_source(a, b) is same


def test_an_acronym_after_a_country_name_credits_one_regulator():
    pair = _read_pair('The FSA said the bank\'s conduct had been "serious and widespread".',
                      'Britain\'s Financial Services Authority said the conduct was "serious and widespread".')
    assert _above_low(compare_attribution(pair)) == []


def test_a_figure_beside_an_earlier_one_keeps_its_high():
    """ "$13.2 billion compared with $9.3 billion a year ago" against "$13.04 billion": the year-ago figure is no rival
    to the one both give, so the clash stays HIGH (a pre-publish job must still stop on it)."""
    pair = _read_pair("Sales grew 42 percent to $13.2 billion, compared with $9.3 billion a year ago.",
                      "The company recorded sales of $13.04 billion for the quarter.", link=0.9)
    assert [f.severity for f in compare_numbers(pair)] == [Severity.HIGH]


@pytest.mark.parametrize(("x", "y"), [
    ("The quake struck the island on Saturday local time.", "The quake struck the island on Sunday local time."),
    ("Over time the rebels took the city on Tuesday.", "The rebels took the city on Wednesday."),
])
def test_a_zone_both_name_or_no_zone_at_all_keeps_a_day_apart_a_clash(x, y):
    assert Severity.LOW not in [f.severity for f in compare_dates(_read_pair(x, y))]


def test_number_as_a_verb_keeps_its_count():
    pair = _read_pair("Refugees in the camp now number 40,000, aid groups said.",
                      "Refugees in the camp now number 48,000, aid groups said.")
    assert [f.severity for f in compare_numbers(pair)] == [Severity.MEDIUM]


def test_a_live_update_that_opens_with_a_name_and_a_colon_stays_a_sentence():
    documents, _ = pipeline.load_records([{"id": "a", "published": "2024-05-08", "text": (
        "Quake toll rises\n\nMore from Ankara: the death toll has risen to 52.\n")}], "test", "t")
    kinds = {s.text: s.kind for s in pipeline.segment_documents(documents)}
    assert kinds["More from Ankara: the death toll has risen to 52."] is SentenceKind.BODY


def test_one_price_of_a_bare_list_against_another_price_is_not_high():
    """ "$599 and $699" for two models against "$829" for a third: which item of the list the other sentence's
    figure is of is unclear. A second figure told with its own words ("and ordered to pay") is no list."""
    listed = _read_pair("Versions with 32GB and 64GB will sell for $599 and $699.",
                        "The top model, with 64 gigabytes of memory and a cellular connection, costs $829.", link=0.9)
    assert [f.severity for f in compare_numbers(listed)] == [Severity.MEDIUM]
    told = _read_pair("The firm was fined $5 million and ordered to pay $3 million.", "The firm was fined $6 million.",
                      link=0.9)
    assert [f.severity for f in compare_numbers(told)] == [Severity.HIGH]
