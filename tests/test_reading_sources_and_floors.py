"""Pairs of real-shaped sentences read by every facet, on what held-out coverage showed read wrong: sayings that are
not ("wrote his name in the history books"), sources and their bodies, floors, units, slips and margins of figures,
holidays and zones of dates, roles given two names, sides of a vote and opinions denied."""

from __future__ import annotations

import pytest

from consistency.compare.attribution import compare_attribution
from consistency.compare.dates import compare_dates
from consistency.compare.numbers import compare_numbers, numbers_agree
from consistency.core.types import FacetKind, Severity

from .test_numbers_extract import one_number
from .test_reading_pairs import _read_pair

pytestmark = pytest.mark.e2e


def _above_low(findings) -> list:
    return [f for f in findings if f.severity is not Severity.LOW]


def test_writing_ones_name_in_the_history_books_is_an_act_not_a_statement():
    """A day on "wrote his name in the history books" dates the race, so a day apart is a clash, not a statement
    against the event; "wrote in a letter" stays a saying."""
    pair = _read_pair("Amos Kibet on Saturday wrote his name in the history books when he won the Lakeside Marathon.",
                      "Amos Kibet won the Lakeside Marathon on Sunday, breaking the course record.",
                      published=("2024-05-13", "2024-05-13"))
    (day,) = [f.value for f in pair.of("x", FacetKind.DATE)]
    assert not day.said
    assert Severity.MEDIUM in [f.severity for f in compare_dates(pair)]
    letter = _read_pair("The mayor on Saturday wrote in a letter that the bridge would close.",
                        "The bridge will close, the mayor said.")
    (day,) = [f.value for f in letter.of("x", FacetKind.DATE)]
    assert day.said == "write"


def test_two_floors_far_apart_disagree_and_two_close_ones_agree():
    assert numbers_agree(one_number("More than 300 people were hurt."), one_number("More than 100 people were hurt.")) is False
    assert numbers_agree(one_number("More than 120 people were hurt."), one_number("More than 100 people were hurt.")) is True
    assert numbers_agree(one_number("At least 40 people were hurt."), one_number("More than 35 people were hurt.")) is True


def test_a_unit_after_the_noun_that_says_of_what_is_read():
    hours = one_number("The pilot had logged more than 6,000 flight hours.")
    assert (hours.unit, hours.value) == ("hour", 6000)
    same = _read_pair("The pilot had logged 6,000 flight hours, the airline said.",
                      "The pilot had 6,000 hours of flying experience, the airline said.")
    assert list(compare_numbers(same)) == []
    other = _read_pair("The pilot had logged 6,000 flight hours, the airline said.",
                       "The pilot had 6,500 hours of flying experience, the airline said.")
    assert [f.severity for f in compare_numbers(other)] == [Severity.MEDIUM]  # read before as 6,000 "flight"s


def test_a_saying_inside_a_description_is_not_the_sentences_source():
    pair = _read_pair("The vest he claimed to be wearing was fake, officials said, speaking on condition of anonymity.",
                      "The vest was fake, government spokesman Andreas Pallis said.")
    assert {f.value.source for f in pair.of("x", FacetKind.ATTRIBUTION)} == {"officials"}
    assert [f.kind for f in _above_low(compare_attribution(pair))] == ["anonymous"]


def test_one_figure_credited_to_two_bodies_is_a_clash():
    pair = _read_pair("The interior ministry said 1.2 million people marched across the country.",
                      "According to the CGT union, 1.2 million people marched across the country.")
    assert [(f.kind, f.severity) for f in compare_attribution(pair)] == [("body", Severity.MEDIUM)]


@pytest.mark.parametrize(("x", "y"), [
    ("The ministry said 40 people died in the floods.", "The government said 40 people died in the floods."),
    ("The airline said 40 flights were cancelled.", "The company said 40 flights were cancelled."),
    ("Police said three people were killed in the crash.", "The fire department said three people were killed in the crash."),
    ("Federal officials said the death toll rose to 40.", "The state emergency agency said the death toll rose to 40."),
])
def test_a_body_and_one_that_may_hold_it_or_two_bodies_of_two_claims_are_no_clash(x, y):
    assert _above_low(compare_attribution(_read_pair(x, y))) == []


def test_one_role_named_as_two_people_is_a_clash():
    from consistency.compare.identities import compare_identities

    pair = _read_pair("A police official identified the gunman as Daniel Royce, 24.",
                      "The gunman was identified by officials as Martin Royce, 20, who lived with his father.")
    assert [(f.kind, f.severity) for f in compare_identities(pair)] == [("identity", Severity.MEDIUM)]


@pytest.mark.parametrize(("x", "y"), [
    ("Police identified the gunman as Martin Royce, 20.", "The gunman was named by officials as Martin Paul Royce."),
    ("The first suspect was identified as Martin Royce.", "The second suspect was identified as Paul Keane."),
    ("Police named the driver as Martin Royce.", "The victim has been named as Anna Berg."),
    ("Police identified the suspect as a 28-year-old man.", "The suspect was named as Martin Royce."),
])
def test_one_person_two_roles_or_no_name_are_no_clash(x, y):
    from consistency.compare.identities import compare_identities

    assert list(compare_identities(_read_pair(x, y))) == []


def test_a_day_in_a_bracketed_conversion_after_local_time_is_the_other_zones():
    """ "At around 2 a.m. local time (2300 GMT on Tuesday)" on a Wednesday page: Tuesday is GMT's day, not the
    event's; "shortly after 2 a.m. yesterday" on Thursday's page is no clash."""
    pair = _read_pair("The boat overturned at around 2 a.m. local time (2300 GMT on Tuesday), the coast guard said.",
                      "The overloaded boat overturned shortly after 2 a.m. yesterday.",
                      published=("2024-05-08", "2024-05-09"))
    assert [f.text for f in pair.of("x", FacetKind.DATE) if f.value.value] == []
    assert _above_low(compare_dates(pair)) == []


def test_one_surname_and_first_names_that_begin_alike_are_perhaps_one_person():
    from consistency.compare.roles import compare_first_names

    pair = _read_pair('"We let you down," co-chief executive Mihalis Kostakis said in a video.',
                      '"We let you down," co-chief executive Mike Kostakis admitted in a video.')
    assert _above_low(compare_attribution(pair)) == [] and list(compare_first_names(pair)) == []
    other = _read_pair('"We let you down," co-chief executive Mark Kostakis said in a video.',
                       '"We let you down," co-chief executive Mike Kostakis admitted in a video.')
    assert _above_low(compare_attribution(other))
    two = _read_pair("Race director Daniel Ferri said the course was safe.", "Race director David Ferri said the course was safe.")
    assert [f.severity for f in compare_first_names(two)] == [Severity.MEDIUM]


def test_written_sources_counted_are_not_people_who_withheld_their_names():
    pair = _read_pair("Mr Ortega, 50, is now the country's richest man, according to several wealth rankings.",
                      "Mr Ortega said he hoped the firm would one day be bigger than its rivals.")
    (ranking,) = [f for f in pair.of("x", FacetKind.ATTRIBUTION)]
    assert ranking.value.anonymous is not True
    assert _above_low(compare_attribution(pair)) == []


def test_a_side_of_a_referendum_named_no_is_no_denial():
    from consistency.compare.negation import compare_polarity

    pair = _read_pair('With almost all votes counted, the "No" camp won 59 percent, the ministry said.',
                      "The No campaign won by more than 18 points on a high turnout.")
    assert list(compare_polarity(pair)) == []
    denied = _read_pair("The minister said no vote would be held this year.",
                        "The minister said a vote would be held this year.")
    assert [f.severity for f in compare_polarity(denied)] == [Severity.MEDIUM]


def test_a_holiday_named_as_a_day_is_a_date_the_tagger_took_for_an_event():
    pair = _read_pair("The blast came early Monday, as the first shift went back underground.",
                      "The miners had been underground since an explosion at about 6:30 a.m. on New Year's Day.",
                      published=("2025-01-04", "2025-01-04"))
    assert [f.value.value for f in pair.of("y", FacetKind.DATE) if f.value.value] == ["2025-01-01"]


def test_the_same_digits_in_one_unit_a_zero_apart_are_perhaps_mistyped():
    pair = _read_pair("It lost contact with air traffic control at 2,300 feet about 13 miles north of the island.",
                      "The aircraft was flying at 23,000 feet when it lost contact with air traffic controllers.")
    (finding,) = compare_numbers(pair)
    assert finding.severity is Severity.MEDIUM and "2,300 feet" in finding.explanation


def test_not_thinking_something_happened_says_it_did_not():
    from consistency.compare.negation import compare_polarity

    pair = _read_pair('"I don\'t think he deserved to be booed," the champion said.',
                      "The champion said his rival deserved the boos he received from the crowd.")
    assert [f.severity for f in compare_polarity(pair)] == [Severity.MEDIUM]


def _unpaired(x: str, y: str) -> list:
    """Near misses on two sentences read by every facet and compared as similar, not linked."""
    from consistency.compare.unlinked import compare_unlinked
    from consistency.core.types import ClaimPair, PairBasis

    pair = _read_pair(x, y)
    return compare_unlinked([ClaimPair(pair.x, pair.y, 0.5, PairBasis.SIMILAR, 0)], {pair.x: pair.fx, pair.y: pair.fy},
                            pair.names, {pair.x: x, pair.y: y})


def test_a_lead_told_by_two_margins_on_unpaired_sentences_is_a_near_miss():
    """ "Leads by 57 seconds after taking the jersey": a margin, not 57 seconds from the taking."""
    found = _unpaired("Kovac now leads Horvat by 59 seconds in the overall standings before the final stage.",
                      "The 24-year-old leads his compatriot by 57 seconds after taking the jersey on the penultimate stage.")
    assert [(f.facet, f.severity) for f in found] == [("claim", Severity.MEDIUM)]


def test_two_news_outlets_reporting_one_figure_are_no_clash_of_bodies():
    pair = _read_pair("A 5.6-magnitude earthquake jolted the island on Sunday, state television reported.",
                      "An earthquake of magnitude 5.6 shook the island on Sunday, the national news agency reported.")
    assert _above_low(compare_attribution(pair)) == []


def test_anonymous_sources_placed_in_a_body_against_its_chief_on_the_record_are_a_clash():
    """ "Sources in the Berlin police" are sources: the police chief on the record is no relay of them."""
    pair = _read_pair('"It is uncertain whether he really was the driver," Berlin\'s police chief, Klaus Brandt, said.',
                      "Police are not sure the man they arrested was the driver, sources in the Berlin police said.")
    assert [f.kind for f in _above_low(compare_attribution(pair))] == ["anonymous"]


def test_speaking_privately_keeps_a_source_anonymous():
    pair = _read_pair("Defence Secretary Paul Hale told reporters that the allies would be disappointed.",
                      "Senior officials, speaking privately, said the allies would be disappointed by the outcome.")
    assert [f.kind for f in _above_low(compare_attribution(pair))] == ["anonymous"]


def test_a_board_member_speaks_for_the_board_not_for_another_bodys_officials():
    pair = _read_pair("Safety board member Ada Voss said the train was travelling at 80 mph in a 30 mph zone.",
                      "According to Railco officials, the train was travelling at 80 mph in a 30 mph zone.")
    assert [f.kind for f in _above_low(compare_attribution(pair))] == ["body"]


def test_the_judge_at_the_start_of_a_sentence_is_an_office():
    pair = _read_pair('Prosecutor Joseph Marlow called the statement "a masterpiece of banal self-delusion."',
                      'The judge described the radio statement as "a masterpiece of banal self-delusion."')
    assert [f.kind for f in _above_low(compare_attribution(pair))] == ["office"]
