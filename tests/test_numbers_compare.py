"""How two numbers agree and how one is described (compare/numbers.py), on numbers read from real sentences."""

from __future__ import annotations

import pytest

from consistency.compare.numbers import compare_numbers, describe_number, numbers_agree
from consistency.compare.pairs import SentencePair
from consistency.core.types import Severity, SentenceRef
from consistency.core.values import ABSENT
from consistency.core.values.numbers import NumberValue

from .test_numbers_extract import number_facets, numbers, one_number

pytestmark = pytest.mark.e2e


def test_numbers_agree_rules():
    assert numbers_agree(one_number("He walked 3.1 miles."), one_number("He walked 5 km.")) is True
    assert numbers_agree(one_number("He walked 3.1 miles."), one_number("He walked 6 km.")) is False
    assert numbers_agree(one_number("About 60 people died."), one_number("59 people died.")) is True
    assert numbers_agree(one_number("About 60 people died."), one_number("50 people died.")) is False
    more = one_number("More than 58 senators voted.")
    assert numbers_agree(more, one_number("59 senators voted.")) is True
    assert numbers_agree(more, one_number("50 senators voted.")) is False
    assert numbers_agree(more, one_number("58 senators voted.")) is False
    assert numbers_agree(one_number("A dozen eggs broke."), one_number("12 eggs broke.")) is True
    assert numbers_agree(one_number("15 people died."), one_number("16 people died.")) is False
    assert numbers_agree(one_number("2.5 million people voted."), one_number("2,480,000 people voted.")) is True
    assert numbers_agree(one_number("Dozens of people were hurt."), one_number("30 people were hurt.")) is True
    assert numbers_agree(one_number("Dozens of people were hurt."), one_number("12 people were hurt.")) is False
    assert numbers_agree(one_number("It cost $2.5 billion."), one_number("It cost $2,500 million.")) is True


def test_uncounted_number_compares_by_verb_and_role():
    named = numbers("15 people were killed in 3 attacks.")
    bare = one_number("The bombers killed 15.")
    assert numbers_agree(named[0], bare) is True  # both what was killed
    assert numbers_agree(named[1], bare) is None  # "in 3 attacks" is not what was killed
    assert numbers_agree(named[0], one_number("The bombers killed 16.")) is False


def test_a_count_of_others_leaves_out_those_named_so_it_is_no_total():
    others = one_number("Eight others died in the crash that killed the president.")
    assert numbers_agree(others, one_number("Nine people were on the helicopter.")) is None  # eight and the president
    assert numbers_agree(others, one_number("Seven people died in the crash.")) is False  # more others than in all
    assert numbers_agree(others, one_number("Six others died in the crash.")) is False


def test_a_sum_told_in_two_parts_is_no_discrepancy():
    whole = "Nokia agreed to sell its phone business to Microsoft for 5.44 billion euros."
    assert _pair(whole, "Microsoft will pay 3.79 billion euros for the phone unit and 1.65 billion euros for patents.") == []
    assert _pair(whole, "Microsoft will pay 3.79 billion euros for the phone unit and 1.25 billion euros for patents.")


def test_numbers_not_comparable():
    assert numbers_agree(one_number("15 people died."), one_number("15 cars burned.")) is None
    assert numbers_agree(one_number("He walked 5 km."), one_number("It weighed 5 kg.")) is None
    assert numbers_agree(one_number("It cost $2.5 billion."), one_number("It cost 2.5 billion euros.")) is None
    assert numbers_agree(one_number("The bill passed 52-47."), one_number("52 people died.")) is None
    assert numbers_agree(NumberValue(value=None), NumberValue(value=1)) is None  # nothing counted: not comparable


def test_describe_number():
    assert describe_number(one_number("15 people were killed.")) == "15 people dead"
    assert describe_number(one_number("At least 15 people were killed.")) == "at least 15 people dead"
    assert describe_number(one_number("The bill got more than 58 votes.")) == "more than 58 votes"
    assert describe_number(one_number("He walked 3.1 miles.")) == "3.1 miles (5.0 km)"
    assert describe_number(one_number("The company paid $2.5 billion.")) == "$2.5 billion"
    assert describe_number(one_number("The bill passed 52-47 in the Senate.")) == "52-47 vote"
    assert describe_number(one_number("He spoke twice with the ambassador.")) == "2 times (speak)"
    assert describe_number(one_number("Dozens of people were injured.")) == "dozens of people injured"
    assert describe_number(one_number("Turnout was 58 percent of voters.")) == "58 percent of voters"
    assert describe_number(one_number("The union is seeking a 14 percent pay rise.")) == "14 percent (rise)"
    assert describe_number(one_number("The bag weighed 40 pounds.")) == "40 pounds (18.1 kg)"
    assert describe_number(one_number("The storm killed seven children.")) == "7 children dead"
    assert describe_number(one_number("Three women were rescued from the roof.")) == "3 women rescued"


def number_finding(a: str, b: str, link: float | None = 0.8):
    """The number finding (or None) on two linked sentences of two outlets, given the pair's link score."""
    x, y = SentenceRef("a", 0), SentenceRef("b", 0)
    pair = SentencePair(x, number_facets(a), y, number_facets(b), {"a": "Outlet A", "b": "Outlet B"}, 0, link, link)
    found = list(compare_numbers(pair))
    assert len(found) <= 1
    return found[0] if found else None


def test_a_bound_at_its_own_figure_is_never_high():
    rounded = number_finding("The firm is cutting more than 4,000 jobs.", "The firm is cutting 4,000 jobs.")
    assert rounded.severity is Severity.MEDIUM
    assert "perhaps only rounding" in rounded.explanation
    # "fewer than" is not a rounding of its own figure, and two opposite bounds at one figure disagree
    assert number_finding("Fewer than 30 boats returned.", "30 boats returned.") is not None
    assert number_finding("Fewer than 30 boats returned.", "More than 30 boats returned.") is not None


def test_near_figures_of_the_same_thing_are_high():
    found = number_finding("Rescuers freed 31 miners on Tuesday.", "Rescuers freed 33 miners on Tuesday.")
    assert found.severity is Severity.HIGH
    assert found.explanation == "Outlet A says 31 miners; Outlet B says 33 miners"


def test_severity_falls_as_figures_move_apart():
    near_double = number_finding("The firm hired 50 engineers last year.", "The firm hired 80 engineers last year.")
    assert near_double.severity is Severity.MEDIUM
    triple = number_finding("The firm hired 50 engineers last year.", "The firm hired 150 engineers last year.")
    assert triple.severity is Severity.LOW
    assert "far apart" in triple.explanation
    assert number_finding("The firm hired 12 engineers last year.", "The firm hired 400 engineers last year.") is None
    # a sum without its scale word is another quantity, not a misreport of the billions
    assert number_finding("Investors lost $120 in the crash.", "Investors lost more than $100 billion in the crash.") is None


def test_a_loose_link_is_not_high():
    found = number_finding("Rescuers freed 31 miners.", "Rescuers freed 33 miners.", link=0.55)
    assert found.severity is Severity.MEDIUM
    assert "loosely linked" in found.explanation


def test_what_happened_to_them_is_part_of_what_is_counted():
    assert numbers_agree(one_number("40 people are missing."), one_number("25 people were killed.")) is None
    assert number_finding("40 people are missing after the flood.", "25 people were killed in the flood.") is None
    one_sided = number_finding("There were 40 people in the hall.", "25 people were killed in the hall.")
    assert one_sided.severity is Severity.LOW
    assert "only one side" in one_sided.explanation


def test_a_list_of_counts_agrees_with_its_sum():
    assert number_finding("Police arrested five suspects on Friday.",
                          "Police arrested four guards and a driver on Friday.") is None
    assert number_finding("The ferry carried 212 people.", "The ferry carried 200 passengers and 12 crew members.") is None
    # one part of the list against a different total still differs
    assert number_finding("The ferry carried 210 passengers.",
                          "The ferry carried 200 passengers and 12 crew members.").severity is Severity.HIGH


def test_two_near_candidates_make_the_counterpart_unclear():
    found = number_finding("The shares opened at $41.20 and closed at $43.90.", "The shares closed at $42.50.")
    assert found.severity is Severity.MEDIUM
    assert "several such figures" in found.explanation


def test_a_measure_named_on_one_side_only_is_weaker():
    found = number_finding("She signed a three-year contract with the club.", "She will stay at the club for two years.")
    assert found is None or found.severity is Severity.LOW


def test_far_apart_figures_in_two_sentences_that_say_the_same_stay_medium():
    """"The storm killed more than 40 people" against "The storm killed 12 people": one toll, told two ways."""
    from consistency.compare.numbers import severity_of

    a, b = one_number("The storm killed 40 people."), one_number("The storm killed 12 people.")
    assert severity_of(a, b, 0.7)[0] is Severity.LOW
    assert severity_of(a, b, 1.0, restated=True)[0] is Severity.MEDIUM


def _pair(a: str, b: str, link: float = 0.9) -> list:
    x, y = SentenceRef("a", 0), SentenceRef("b", 0)
    return list(compare_numbers(SentencePair(x, number_facets(a), y, number_facets(b), {"a": "a", "b": "b"}, 0, link, link,
                                             (a, b))))


def test_counted_nouns_of_one_class_compare_but_never_high():
    assert numbers_agree(one_number("The ferry carried 52 passengers."), one_number("The ferry carried 52 people.")) is True
    found = _pair("The ferry carried 52 passengers.", "The ferry carried 51 people.")
    assert [f.severity for f in found] == [Severity.MEDIUM]
    assert "counted as passengers on one side and people on the other" in found[0].explanation
    assert numbers_agree(one_number("Four coaches derailed."), one_number("Four wagons derailed.")) is True
    assert numbers_agree(one_number("52 people died."), one_number("52 cars burned.")) is None


def test_counts_of_one_class_far_apart_are_worth_a_look():
    """ "About 12,000 homes" against "some 19,000 households" is one figure told in other words, and the gap is the
    news: MEDIUM, as two counts of one word would be, however the nouns differ; two unrelated nouns stay LOW."""
    found = _pair("About 12,000 homes lost power overnight.", "Some 19,000 households lost power overnight.")
    assert [f.severity for f in found] == [Severity.MEDIUM]
    crowd = _pair("Fourteen people were injured in the crush.", "Twenty-one spectators were injured in the crush.")
    assert [f.severity for f in crowd] == [Severity.MEDIUM]
    assert [f.severity for f in _pair("About 12,000 homes lost power.", "Some 19,000 cars were stuck.")] in ([], [Severity.LOW])


def test_the_same_word_beats_a_class_match_and_a_part_is_not_the_whole():
    # the 52 people on board against 51 people: the crew of 6 inside it is not a rival figure
    found = _pair("The ferry carried 52 people, including six crew members.", "In all 51 people, 45 passengers and six crew, were aboard.")
    assert [(f.severity, f.a.text, f.b.text) for f in found] == [(Severity.HIGH, "52", "51")]


def test_people_on_board_and_people_dead_stay_apart():
    assert not [f for f in _pair("The ferry carried 52 people.", "The sinking killed 50 people.") if f.severity is Severity.HIGH]


def test_ages_compare_only_with_ages_and_only_of_one_person():
    aged = one_number("Maria Lopez, 70, said she would stay.")
    assert numbers_agree(aged, one_number("The 70-year-old Maria Lopez said she would stay.")) is True
    assert numbers_agree(aged, one_number("Ana Ruiz, 71, said she would stay.")) is None
    assert numbers_agree(aged, one_number("She said 70 people would stay.")) is None
    found = _pair("Maria Lopez, 70, said she would stay.", "The 71-year-old Maria Lopez said she would stay.")
    assert [(f.severity, f.explanation) for f in found] == [(Severity.HIGH, "a says aged 70 (Maria Lopez); b says aged 71 (Maria Lopez)")]
    # one family's surname is not one person; a surname alone may be either
    assert numbers_agree(aged, one_number("Her husband, Carlos Lopez, 72, said he would stay.")) is None
    assert numbers_agree(aged, one_number("The court heard that Lopez, 71, would stay.")) is False
    (one_person,) = _pair("Mr Lopez, 64, spent his career abroad.", "Lopez, 61, told supporters he would stay.", 0.6)
    assert one_person.severity is Severity.MEDIUM  # one person named two ways: not "perhaps two people's ages"
    # two people given by different words may be two ages: never more than low
    assert [f.severity for f in _pair("Lopez, 70, was arrested.", "Police arrested a 71-year-old woman.")] == [Severity.LOW]


def test_an_age_before_a_name_is_that_persons_not_the_description_before_it():
    """ "The injured woman, 36-year-old Maria Lopez": Lopez's age, set against "Maria Lopez, 34"."""
    assert one_number("Doctors said the injured woman, 36-year-old Maria Lopez, had a broken leg.").noun == "Maria Lopez"
    assert numbers("Smith, 52-year-old father of two, was arrested.")[0].noun == "Smith"  # no name after it


def test_a_birthday_is_the_age_reached_that_day():
    birthday = one_number("Lopez celebrated her 40th birthday on the day of the race.")
    assert numbers_agree(birthday, one_number("Lopez, 40, won the race.")) is True
    assert numbers_agree(birthday, one_number("Lopez, 41, won the race.")) is False


def test_a_minute_of_play_against_a_span_of_time_is_at_most_medium():
    minute = one_number("The winger scored in the 64th minute.")
    assert numbers_agree(minute, one_number("The winger scored after 63 minutes.")) is True
    assert numbers_agree(minute, one_number("The winger scored in the 68th minute.")) is False
    assert [f.severity for f in _pair("The winger scored in the 64th minute.", "The winger scored in the 68th minute.")] == [Severity.HIGH]
    assert [f.severity for f in _pair("The winger scored in the 64th minute.", "The winger scored after 70 minutes.")] == [Severity.MEDIUM]
    assert numbers_agree(one_number("The winger scored in the 87th minute."),
                         one_number("The winger scored with three minutes left.")) is None
    assert describe_number(minute) == "the 64th minute"


def test_two_spans_of_time_for_two_acts_are_never_high():
    """ "Spent three days searching" and "took five days to reach": how long two things took, not one span."""
    assert [f.severity for f in _pair("Rescuers spent three days after the quake searching the school.",
                                      "Rescuers took five days after the quake to reach the school.")] == [Severity.LOW]
    assert [f.severity for f in _pair("The referee gave a penalty after 21 seconds.",
                                      "The defender handled the ball after 23 seconds.")] == [Severity.MEDIUM]
    assert [f.severity for f in _pair("The standoff lasted six hours before police moved in.",
                                      "The standoff lasted seven hours before police moved in.")] == [Severity.HIGH]
    # two verbs that both tell how long one event went on give one span
    assert [f.severity for f in _pair("The standoff lasted nine hours, police said.",
                                      "The standoff dragged on for eight hours, police said.")] == [Severity.HIGH]


def test_two_spans_in_one_quotation_told_by_two_verbs_of_saying_are_one_span():
    """The span's only verb is the reporter's "told" or "said": no two acts, so a misquoted span is no low note."""
    found = _pair('"We have been patient for two years," the union leader told reporters.',
                  '"We have been patient for three years," said the union leader.')
    assert [f.severity for f in found] == [Severity.MEDIUM]


def facets_with_verbs(text: str) -> tuple:
    """A sentence's numbers, asserted verbs and dates (what the slot rule uses), read by the real pipeline."""
    from datetime import date

    from consistency.facets.dates import extract_dates
    from consistency.facets.negation import negation_and_polarity
    from consistency.facets.polarity import polarity_facets

    from .test_numbers_extract import doc

    d = doc(text)
    return (*number_facets(text), *polarity_facets(d, *negation_and_polarity(d)), *extract_dates(d, date(2023, 3, 1)))


def _pair_with_verbs(a: str, b: str, link: float | None = 0.7) -> list:
    """Number findings on two sentences read with their numbers, asserted verbs and dates (what the slot rule uses)."""
    x, y = SentenceRef("a", 0), SentenceRef("b", 0)
    return list(compare_numbers(SentencePair(x, facets_with_verbs(a), y, facets_with_verbs(b), {"a": "a", "b": "b"}, 0, link, link)))


def test_one_noun_for_one_asserted_verb_is_one_slot_however_far_apart():
    found = _pair_with_verbs("The club said six coaches have been sacked after the scandal.",
                             "The club has sacked two coaches after the scandal.")
    assert [f.severity for f in found] == [Severity.MEDIUM]
    assert "sack" in found[0].explanation
    # a date that sets the sentences apart, another verb, or an unlinked pair: still only "may count different things"
    assert [f.severity for f in _pair_with_verbs("The flood destroyed 30 bridges.",
                                                 "A flood in 2019 destroyed 90 bridges.")] == [Severity.LOW]
    assert [f.severity for f in _pair_with_verbs("Six coaches were sacked.", "Two coaches were hired.")] == [Severity.LOW]
    assert [f.severity for f in _pair_with_verbs("Six coaches were sacked.", "The club sacked two coaches.", link=None)] \
        == [Severity.LOW]
    # a list that adds up still agrees
    assert _pair_with_verbs("The club sacked five coaches.", "The club sacked four coaches and a physio.") == []


def test_a_figure_told_in_two_parts_agrees_with_the_whole():
    """ "45 killed or missing" and "31 killed and another 14 missing" are one figure, not 45 against 31."""
    assert _pair_with_verbs("In all, 45 people were killed or are still missing after the landslide.",
                            "Rescuers said 31 people were killed and another 14 are missing.", link=0.9) == []
    # parts that do not add up are still compared
    found = _pair_with_verbs("In all, 45 people were killed or are still missing after the landslide.",
                             "Rescuers said 31 people were killed and another 9 are missing.", link=0.9)
    assert found and "45" in found[0].explanation
    # two counts of other things that happen to add up are no parts: "three men" and "two addresses" against "five men"
    found = _pair_with_verbs("Police arrested three men on Friday and searched two addresses.",
                             "Police arrested five men on Friday.", link=0.9)
    assert found and "3 men" in found[0].explanation and "5 men" in found[0].explanation


def test_a_body_size_compares_with_sizes_only():
    assert numbers_agree(one_number("The bill passed the 450-member chamber."), one_number("The chamber has 450 seats.")) is True
    found = _pair("The bill passed the 450-member chamber.", "The chamber has 451 seats.")
    assert [(f.severity, f.explanation) for f in found] == [(Severity.HIGH, "a says 450 seats; b says 451 seats")]
    # a party's seats are not the size of the house
    assert numbers_agree(one_number("The 450-seat chamber met."), one_number("The party won 230 seats.")) is None


def test_what_was_expected_is_not_what_happened():
    """A forecast, an estimate or an expectation is another figure than the result it is set against."""
    for text in ("Analysts had expected sales of $4.6 billion.", "Sales missed the consensus estimate of $4.6 billion.",
                 "Sales are projected to reach $4.6 billion next year.", "Economists forecast growth of 2.1% for the year."):
        assert one_number(text).forecast is True, text
    for text in ("The company reported sales of $4.5 billion.", "The $4.6 billion project was approved.",
                 "Police expect that 40 people were hurt."):
        assert one_number(text).forecast is not True, text
    result, expected = one_number("Sales were $4.5 billion."), one_number("Analysts had expected sales of $4.6 billion.")
    assert numbers_agree(result, expected) is None  # neither agree nor clash
    assert numbers_agree(expected, one_number("Analysts had expected sales of $4.9 billion.")) is False
    # the estimate beside the result does not make the result unsure
    finding = number_finding("Quarterly sales came to $4.52 billion, against the consensus estimate of $4.6 billion.",
                             "Quarterly sales came to $4.31 billion, the company said.")
    assert finding.severity is Severity.HIGH and "$4.52 billion" in finding.explanation and "$4.31 billion" in finding.explanation


def test_per_cent_against_percentage_points_for_one_change_is_a_low_note_to_check():
    from consistency.compare.points import compare_points

    def found(a: str, b: str, link: float = 0.9) -> list:
        x, y = SentenceRef("a", 0), SentenceRef("b", 0)
        fx, fy = tuple(number_facets(a)), tuple(number_facets(b))
        return list(compare_points(SentencePair(x, fx, y, fy, {"a": "Wire", "b": "Daily"}, 0, link, link)))

    (finding,) = found("Turnout rose by 5 percent compared with the last election.",
                       "Turnout rose by 5 percentage points compared with the last election.")
    # LOW: "fell to 4 percent" (a level) and "fell by 4 percentage points" (a change) may both be true
    assert finding.severity is Severity.LOW and "percentage points" in finding.explanation
    # another figure, another verb, or a sentence giving both is no clash
    assert found("Turnout rose by 5 percent.", "Turnout rose by 4 percentage points.") == []
    assert found("Turnout rose by 5 percent.", "The share of young voters fell 5 percentage points.") == []
    assert found("Turnout rose by 5 percent.", "Turnout rose by 5 percentage points, or 5 percent of the roll.") == []
    # a share won is no change; a loose pair may tell the changes of two things
    assert found("The party won 12 percent of the vote.", "The party won 12 percentage points more than in 2019.") == []
    assert found("Wages rose by 1 percent last year.", "The employment rate rose by 1 percentage point last year.",
                 link=0.6) == []


def test_jobs_and_positions_are_one_count():
    found = number_finding("The company will cut about 1,500 jobs.", "The firm will eliminate roughly 2,000 positions.")
    assert found is not None and found.severity is Severity.MEDIUM
    assert "2,000 jobs" in found.explanation


def test_an_expected_figure_in_a_clause_of_expect_or_forecast_is_a_forecast():
    """ "Had expected the economy to expand by 2.1 percent" and "forecast that it would grow 2.1 percent" are
    expectations, not a result to set against "grew 1.8 percent"."""
    for text in ("Economists had expected the economy to expand by 2.1 percent in the first quarter.",
                 "Analysts had forecast that the economy would grow 2.1 percent in the quarter."):
        assert one_number(text).forecast is True, text
    assert one_number("Officials said that the economy grew 1.8 percent in the quarter.").forecast is not True


def test_nearly_is_below_its_figure():
    """ "Nearly 200" reaches up to 200 and not past it: against "more than 200" a bound either side of one figure
    (medium, perhaps a toll told at two moments); against 210 a misreport; against 197 or 200 the same."""
    found = number_finding("Nearly 200 people have died in the floods.", "More than 200 people have died in the floods.", 0.95)
    assert found is not None and found.severity is Severity.MEDIUM
    assert number_finding("Nearly 200 people have died in the floods.", "The floods killed 210 people.", 0.95) is not None
    for same in ("The floods killed 197 people.", "The floods killed 200 people."):
        assert number_finding("Almost 200 people have died in the floods.", same, 0.95) is None, same
    assert describe_number(one_number("Nearly 200 people died.")) .startswith("nearly 200")


def test_troops_and_soldiers_are_one_class_of_counted_noun():
    found = _pair("The ministry sent 500 troops to the border.", "The ministry sent 520 soldiers to the border.")
    assert found and found[0].severity is Severity.MEDIUM



def test_figures_given_for_two_different_years_are_at_most_low():
    """ "Worth $42 billion in 2023" against "$38 billion in 2022": two years' figures, not one misreported (the
    date rule says whether the years should be one); in the same year the same two figures are a discrepancy."""
    from datetime import date

    from consistency.facets.dates import extract_dates
    from consistency.facets.nlp import parse

    def facets(text: str) -> list:
        (parsed,) = parse([text])
        return [*number_facets(text), *extract_dates(parsed, date(2024, 2, 14))]

    def finding(a: str, b: str):
        x, y = SentenceRef("a", 0), SentenceRef("b", 0)
        found = list(compare_numbers(SentencePair(x, facets(a), y, facets(b), {"a": "a", "b": "b"}, 0, 0.95, 0.95)))
        return found[0] if found else None

    apart = finding("Wine exports were worth $42 billion in 2023.", "Wine exports were worth $38 billion in 2022.")
    assert apart is not None and apart.severity is Severity.LOW and "2023 against 2022" in apart.explanation
    copula = finding("Exports reached $42 billion in 2023.", "Exports were $38 billion in 2022 before rising last year.")
    assert copula is not None and copula.severity is Severity.LOW  # the year on no verb is the copula's figure's
    same = finding("Wine exports were worth $42 billion in 2023.", "Wine exports were worth $38 billion last year.")
    assert same is not None and same.severity is Severity.HIGH


@pytest.mark.e2e
def test_a_vote_tally_misreported_is_high_but_tallies_of_play_and_records_are_not():
    """A vote is tallied once and a result told at the end: "passed 52-47" against "passed 52-46", "won 3-1" against
    "won 3-2", are one figure misreported. A game is scored as it goes ("an 18-30 start", "18-11 after the break") and a win-loss record is a person's ("fell to 36-3", "improves
    to 58-3"): never HIGH, and a record is never set against a game's score."""
    assert [f.severity for f in _pair("The bill passed 52-47 in the Senate.", "The bill passed 52-46 in the Senate.")] \
        == [Severity.HIGH]
    assert [f.severity for f in _pair("The hosts won 3-1 in Leeds.", "The hosts won 3-2 in Leeds.")] == [Severity.HIGH]
    assert [f.severity for f in _pair("The hosts led 2-1 at the break in Leeds.", "The hosts led 3-1 at the break in Leeds.")] \
        == [Severity.MEDIUM]
    assert one_number("The champion, Morales, 53-3, stopped him in the seventh.").noun == "record"
    assert one_number("With the win he improves to 58-3.").noun == "record"
    assert _pair("Morales improves to 58-3 after the win.", "I scored it a 10-8 round for Morales.") == []
    (found,) = _pair("Okafor fell to 36-3 after the fight.", "Morales improves to 58-3 after the fight.")
    assert found.severity is Severity.MEDIUM and "records" in found.explanation


@pytest.mark.e2e
def test_ordinals_of_two_acts_are_never_high():
    """A fight has an act in every round: "down in the sixth round" and "landed jabs in the fifth round" may both be
    right; "stopped in the seventh round" against "stopped in the sixth round" cannot."""
    assert [f.severity for f in _pair("The champion put him down in the sixth round.",
                                      "The champion landed jabs in the fifth round.")] == [Severity.MEDIUM]
    assert [f.severity for f in _pair("The referee stopped the fight in the seventh round.",
                                      "The referee stopped the fight in the sixth round.")] == [Severity.HIGH]


@pytest.mark.e2e
def test_two_percentages_neither_saying_what_they_are_of_are_only_low():
    """ "The Greens came third with 21.1%" and "The Liberals came second with 26.3 per cent": a story gives many
    shares of many things (two parties', one region's and the nation's), so the two are shown low, for a reader to
    look at; one of a named thing ("21.1% of the vote") keeps its weight."""
    (found,) = _pair("The Greens came third with 21.1%.", "The Liberals came second with 22.3 per cent.")
    assert found.severity is Severity.LOW and "what the percentage is of" in found.explanation
    assert [f.severity for f in _pair("The Greens won 21.1% of the vote.", "The Greens won 22.3% of the vote.")] \
        == [Severity.HIGH]


@pytest.mark.e2e
def test_figures_with_the_same_digits_are_a_slip_however_far_apart():
    """ "About 45,000 customers" against "about 450,000 customers", "16 homes" against "61 homes": the same digits,
    a zero more or two swapped, are one figure mistyped (medium), not two figures far apart (low)."""
    (found,) = _pair("The breach exposed data of about 45,000 customers.", "The breach exposed data of about 450,000 customers.")
    assert found.severity is Severity.MEDIUM and "same digits" in found.explanation
    (found,) = _pair("The storm destroyed 16 homes in the valley.", "The storm destroyed 61 homes in the valley.")
    assert found.severity is Severity.MEDIUM and "same digits" in found.explanation
    # one significant digit is a round estimate, no slip: "about 1,000" and "about 10,000", "3 homes" and "30 homes"
    for small, big in (("about 1,000 people", "about 10,000 people"), ("3 homes", "30 homes")):
        assert [f.severity for f in _pair(f"The march drew {small}.", f"The march drew {big}.")] == [Severity.LOW]


@pytest.mark.e2e
def test_a_quakes_magnitude_is_read_however_written_and_compared_at_medium():
    """ "A magnitude 6.4 earthquake", "a 6.2-magnitude quake", "measured 6.4 on the Richter scale", "put its
    magnitude at 6.2": one measure, which agencies give differently, so at most medium."""
    for text in ("A magnitude 6.4 earthquake struck the island.", "A 6.4-magnitude quake struck the island.",
                 "The quake measured 6.4 on the Richter scale.", "The agency put its magnitude at 6.4."):
        assert (one_number(text).value, one_number(text).noun) == (6.4, "magnitude"), text
    assert one_number("The magnitude of 300 deaths shocked the town.").noun != "magnitude"
    (found,) = _pair("A magnitude 6.4 earthquake struck the island.", "A 6.2-magnitude quake struck the island.")
    assert found.severity is Severity.MEDIUM and "magnitude 6.4" in found.explanation


@pytest.mark.e2e
def test_a_part_of_a_whole_it_gives_against_a_plain_count_is_never_high():
    """ "31 miners were brought to the surface alive" against "in all, 35 of the 44 miners survived": the part may
    count others than the plain count does (those rescued later), so at most medium; two plain counts stay HIGH."""
    (found,) = _pair("Thirty-one miners were brought to the surface alive.",
                     "In all, 35 of the 44 miners working in the pit survived.")
    assert found.severity is Severity.MEDIUM and "part of a whole" in found.explanation
    assert [f.severity for f in _pair("Thirty-one miners were brought to the surface alive.",
                                      "Thirty-five miners were brought to the surface alive.")] == [Severity.HIGH]


def _compared(a: str, b: str, link: float = 0.9) -> list:
    """Findings of `compare` on two linked sentences read with numbers, verbs, dates and quotations."""
    from consistency.compare import compare
    from consistency.core.types import ClaimPair, Document, PairBasis, Statement
    from consistency.facets.quotes import extract_quotes

    from .test_numbers_extract import doc

    x, y = SentenceRef("a", 0), SentenceRef("b", 0)
    facets = {x: (*facets_with_verbs(a), *extract_quotes(doc(a))), y: (*facets_with_verbs(b), *extract_quotes(doc(b)))}
    documents = [Document.from_text(a, id="a", source="Wire"), Document.from_text(b, id="b", source="Daily")]
    return compare(documents, [Statement((x, y), link, ((x, y, link),))], [ClaimPair(x, y, link, PairBasis.LINKED, 0)],
                   facets, texts={x: a, y: b})


@pytest.mark.e2e
def test_a_figure_asked_about_is_no_more_than_a_low_note():
    told = "The club offered the striker $22 million a season, the paper reported."
    (asked,) = [f for f in _compared("Will the club offer the striker $25 million a season?", told) if f.kind == "number"]
    assert asked.severity is Severity.LOW and "question" in asked.explanation
    (stated,) = [f for f in _compared("The club offered the striker $25 million a season, the paper reported.", told)
                 if f.kind == "number"]
    assert stated.severity.rank >= Severity.MEDIUM.rank


@pytest.mark.e2e
def test_a_question_inside_a_quotation_is_the_speakers_and_still_compared():
    found = [f for f in _compared('"Why did the club offer $25 million a season?" the coach asked reporters.',
                                  '"Why did the club offer $22 million a season?" the coach asked reporters.')
             if f.kind == "number"]
    assert found and found[0].severity.rank >= Severity.MEDIUM.rank


@pytest.mark.e2e
@pytest.mark.parametrize("a, b", [
    ("Halvorsen's shares, which have fallen 22% this year, resumed trading on Monday.",
     "The drug cut major heart attacks by 18% in the trial, the company said on Monday."),
    ("Corvane shares had risen 14% this year before the results.",
     "The software group reported a 17 per cent jump in quarterly sales."),
    ("Net profit fell 9 percent in the quarter.", "Revenue fell 8 percent in the quarter."),
])
def test_percentages_of_two_named_things_are_not_compared(a, b):
    assert not [f for f in _compared(a, b) if f.kind == "number"]


@pytest.mark.e2e
@pytest.mark.parametrize("a, b", [
    ("Shares in Corvane closed 6.3 per cent higher on Thursday.", "Corvane stock ended 7.1% higher on Thursday."),
    ("Quarterly sales rose 17% to $12.4 billion.", "Revenue jumped 21% to $12.4 billion in the quarter."),
    ("The bank raised its main rate to 4.5%.", "The central bank lifted its key rate to 4.75%."),
])
def test_percentages_of_one_thing_in_other_words_are_compared(a, b):
    assert [f for f in _compared(a, b) if f.kind == "number" and f.severity.rank >= Severity.MEDIUM.rank]


@pytest.mark.e2e
def test_a_list_of_people_agrees_with_their_number_given_beside_other_things():
    found = _compared("The ferry was carrying 65 passengers and 12 crew when it sank.",
                      "The ferry was carrying 77 people and 22 vehicles on the crossing.")
    assert not [f for f in found if f.kind == "number" and f.severity.rank >= Severity.MEDIUM.rank]


@pytest.mark.e2e
def test_a_count_given_for_two_different_days_is_a_count_at_two_moments():
    (found,) = [f for f in _compared("Eleven patients were in intensive care as of Thursday evening.",
                                     "Nine patients were in intensive care on Wednesday evening, the agency said.")
                if f.kind == "number"]
    assert found.severity is Severity.LOW and "different periods" in found.explanation
    (same_day,) = [f for f in _compared("Eleven patients were in intensive care on Wednesday evening.",
                                        "Nine patients were in intensive care on Wednesday evening, the agency said.")
                   if f.kind == "number"]
    assert same_day.severity.rank >= Severity.MEDIUM.rank
    # a morning and an evening of one day are two moments; "by" a moment dates a figure as "as of" does
    (twice,) = [f for f in _compared("The trust said on Wednesday morning that 230 operations had been postponed.",
                                     "By Wednesday evening the trust said 310 operations had been postponed.")
                if f.kind == "number"]
    assert twice.severity is Severity.LOW
    (late,) = [f for f in _compared("The bus was carrying 48 passengers when it crashed late on Sunday.",
                                    "The bus was carrying 54 passengers when it crashed on Sunday night.")
               if f.kind == "number"]
    assert late.severity.rank >= Severity.MEDIUM.rank  # "late" may be the night


@pytest.mark.e2e
def test_a_figure_thought_possible_is_not_set_against_one_that_happened():
    assert not [f for f in _compared("He scored 14 goals in the league last season.",
                                     '"We think he can score 20 goals a season in this league," the coach said.')
                if f.kind == "number"]
    assert not [f for f in _compared("The fee could rise to 100 million euros with add-ons.",
                                     "The fee rose to 85 million euros with add-ons.") if f.kind == "number"]
    assert [f for f in _compared("The fee could rise to 100 million euros with add-ons.",
                                 "The fee might rise to 85 million euros with add-ons.") if f.kind == "number"]


@pytest.mark.e2e
@pytest.mark.parametrize("a, b, why, severity", [
    # a price moves all day: a close against a move told without it is two moments
    ("Sentinel shares jumped 36% to $65.50 in premarket trading.",
     "Sentinel shares closed 34 per cent higher in New York at $64.62.", "two verbs", Severity.LOW),
    # two verbs of a price's move, neither a close: perhaps one moment told two ways
    ("Sentinel shares jumped 36% to $65.50 in premarket trading.",
     "Sentinel shares rose 34 per cent to $64.62 in early trading.", "two verbs", Severity.MEDIUM),
    # a sum told with what it includes, against one told without, is another measure of one deal
    ("Brightwater agreed to buy Sentinel for $14.2 billion in cash.",
     "Brightwater agreed to buy Sentinel for about $15.9 billion including debt.", "includes", Severity.LOW),
])
def test_two_moments_of_a_price_or_two_measures_of_a_sum_are_never_high(a, b, why, severity):
    (found,) = [f for f in _compared(a, b, 1.0) if f.kind == "number"]
    assert found.severity is severity and why in found.explanation


@pytest.mark.e2e
def test_a_clause_after_a_sum_is_not_what_the_sum_includes():
    """ "£1.62bn, with operating profit of £90m" starts a clause of its own: the revenue is not qualified by it, and
    £1.26bn against £1.62bn (the same digits, swapped) stays a clash worth a look."""
    (found,) = [f for f in _compared("Half-year revenue fell 2% to £1.26bn, the retailer said.",
                                     "Half-year revenue came in at £1.62bn, with operating profit of £90m.", 1.0)
                if f.kind == "number"]
    assert found.severity.rank > Severity.LOW.rank and "includes" not in found.explanation


@pytest.mark.e2e
def test_a_dividend_in_pence_unchanged_from_last_year_is_this_years():
    """ "7.5p a share, unchanged from last year" dates nothing: last year is the yardstick, not the figure's year."""
    (found,) = [f for f in _compared("The board declared a final dividend of 7.5p a share, unchanged from last year.",
                                     "The final dividend was held at 5.7p.", 1.0) if f.kind == "number"]
    assert found.severity.rank > Severity.LOW.rank and "7.5p" in found.explanation and "5.7p" in found.explanation


@pytest.mark.e2e
def test_two_sums_that_both_say_what_they_include_are_one_measure():
    (found,) = [f for f in _compared("The deal values Sentinel at $14.2 billion including debt.",
                                     "The deal values Sentinel at $15.9 billion including debt.", 1.0) if f.kind == "number"]
    assert found.severity.rank > Severity.LOW.rank


@pytest.mark.e2e
def test_a_figure_of_a_year_the_other_sentence_does_not_name_is_background():
    """ "In 2019 the council cut 1,100 jobs" against "the council will cut 1,800 jobs": another year's figure."""
    (found,) = [f for f in _compared("In 2019 the council cut 1,100 jobs across its departments.",
                                     "The council cut 1,300 jobs across its departments.") if f.kind == "number"]
    assert found.severity is Severity.LOW and "2019" in found.explanation
    (same,) = [f for f in _compared("In 2019 the council cut 1,100 jobs across its departments.",
                                    "In 2019 the council cut 1,300 jobs across its departments.") if f.kind == "number"]
    assert same.severity.rank >= Severity.MEDIUM.rank



@pytest.mark.e2e
def test_days_counted_on_the_calendar_meet_the_hours_they_span():
    """ "Her three days on the loose" and "on the loose for a total of 56 hours": parts of three days."""
    assert not [f for f in _compared("The lynx was on the loose for three days.",
                                     "The lynx was on the loose for 56 hours.") if f.kind == "number"]
    assert [f for f in _compared("The lynx was on the loose for three days.",
                                 "The lynx was on the loose for 20 hours.") if f.kind == "number"]


@pytest.mark.e2e
def test_a_sum_that_names_another_thing_than_the_other_measures_is_not_compared():
    """ "The city's $310 million rainy-day fund" against "the fire department's budget rises to $298 million"."""
    assert not [f for f in _compared("The budget does not touch the city's $310 million rainy-day fund.",
                                     "The fire department's budget rises to $298 million.") if f.kind == "number"]


@pytest.mark.e2e
def test_last_years_figure_against_one_of_no_year_is_low():
    (found,) = [f for f in _compared("Last year's budget, by comparison, was $4.1 billion.",
                                     "Councillors last night approved a $4.3 billion budget.") if f.kind == "number"]
    assert found.severity is Severity.LOW


@pytest.mark.e2e
def test_two_maxima_of_one_thing_are_compared_as_figures():
    """ "Fines of up to 3,000 euros" against "up to 3,500 euros": two different maxima, not two overlapping ranges."""
    assert [f for f in _compared("Households face fines of up to 3,000 euros.",
                                 "Households face fines of up to 3,500 euros.") if f.kind == "number"]
    assert not [f for f in _compared("Households face fines of up to 3,000 euros.",
                                     "Households face fines of up to three thousand euros.") if f.kind == "number"]


@pytest.mark.e2e
@pytest.mark.parametrize("a, b", [
    # a wire's dateline dates the report, not the figure
    ("MORELL, Spain, Aug 6 (Reuters) - The region declared a drought emergency on Monday, imposing restrictions in "
     "41 municipalities.", "The decree, declared on Monday, imposes restrictions in 14 municipalities."),
    # one event dated two ways (the date rule says so) still counts one thing
    ("About 420 homes were flooded after the river burst its banks early on Monday.",
     "Some 240 homes were flooded when the river burst its banks early on Tuesday."),
])
def test_figures_of_one_event_are_compared_whatever_else_dates_the_sentences(a, b):
    (found,) = [f for f in _compared(a, b) if f.kind == "number"]
    assert found.severity.rank >= Severity.MEDIUM.rank


def test_a_figure_a_verb_of_assessing_sets_counts_its_object():
    """ "Police put the turnout at 53,000" counts the turnout, and "police estimated the crowd at 35,000" is how they
    judged what was, not a forecast; "analysts estimate revenue at $5 billion" stays one."""
    turnout = one_number("Police put the turnout at 53,000.")
    crowd = one_number("Police estimated the crowd at 35,000.")
    assert (turnout.noun, crowd.noun) == ("turnout", "crowd") and crowd.forecast is not True
    assert one_number("Analysts estimate revenue at $5 billion for next year.").forecast is True
    # a crowd and a turnout are one class; the same two digits swapped are a slip however far apart
    found = _pair("Police estimated the crowd at 35,000.", "Police put the turnout at 53,000.")
    assert [f.severity for f in found] == [Severity.MEDIUM] and "mistyped" in found[0].explanation
    assert "35,000 crowd" in found[0].explanation and "53,000 turnout" in found[0].explanation


def test_a_ship_measured_as_a_vessel_is_compared():
    """ "A 300-metre vessel" and "a 330-metre ship": one ship's length in two words."""
    found = _pair("The Corran Star, a 300-metre vessel, struck the bank.", "The Corran Star, a 330-metre ship, is wedged on the bank.")
    assert [f.severity for f in found] == [Severity.MEDIUM]


def test_an_age_in_a_description_beside_a_name_is_that_persons():
    """ "Mr Eide, a 45-year-old water engineer" is Eide's age, compared with "Lars Eide, 54"; "the 52-year-old pilot"
    stays the pilot's."""
    assert one_number("Mr Eide, a 45-year-old water engineer, was abducted in November.").noun == "Mr Eide"
    assert numbers_agree(one_number("Lars Eide, 54, was freed on Tuesday."),
                         one_number("Mr Eide, a 45-year-old water engineer, was freed on Tuesday.")) is False
    assert one_number("The 52-year-old pilot landed the plane.").noun == "pilot"


def test_a_rate_of_a_named_kind_is_what_its_change_measures():
    """ "The property tax rate will rise by 3.5%" measures the tax rate; "the rate rose 5%" says of nothing."""
    assert one_number("The property tax rate will rise by 3.5%.").measures == "tax rate"
    assert one_number("The unemployment rate rose to 5%.").measures == "unemployment rate"
    assert one_number("The rate rose 5%.").measures is ABSENT


def test_nautical_miles_are_a_length_and_a_negated_could_tells_what_was():
    """ "18 nautical miles" is 33.3 km, not a bare 18; "its pumps could not keep up, about 28 nautical miles west" is
    where it was, no possibility; "the fee could rise to 100 million" still is one."""
    near = one_number("The trawler was flooding 18 nautical miles west of Carrick Head.")
    assert (near.unit, near.si_value) == ("nautical mile", 33336.0)
    far = one_number("The engine room was flooding and its pumps could not keep up, about 28 nautical miles west of the head.")
    assert far.forecast is not True
    assert one_number("The fee could rise to 100 million euros.").forecast is True
    found = _pair("The trawler was flooding about 28 nautical miles west of Carrick Head.",
                  "The trawler was flooding 18 nautical miles west of Carrick Head.")
    assert [f.severity for f in found] == [Severity.MEDIUM]


def test_degrees_with_the_scale_glued_are_temperatures_and_a_bracketed_conversion_is_one_figure():
    """ "46.1C (115F)" is 46.1 °C told twice; against "46.8C (116F)" the two readings clash (the conversions alone
    would agree, and hid it). "Flat 2F" is no temperature."""
    celsius, fahrenheit = numbers("A weather station recorded a temperature of 46.1C (115F) on Tuesday.")
    assert (celsius.unit, celsius.value, fahrenheit.unit) == ("celsius", 46.1, "fahrenheit")
    assert numbers("She lives in flat 2F.") == []
    found = _pair("A station recorded a temperature of 46.1C (115F) on Tuesday.",
                  "The mercury hit a scorching 46.8C (116F) in the town.")
    assert [f.severity for f in found] == [Severity.HIGH] and "46.1°C" in found[0].explanation


def test_two_of_them_counts_a_part_of_the_count_before_it():
    """ "Nine people were taken to hospital, two of them with serious injuries" against "three of them in a serious
    condition": two and three people, parts of one nine, clash. "Paramedics treated 12 people" is a whole, not the
    part: far apart, a part and a whole are low, however alike the sentences."""
    two = numbers("Nine people were taken to hospital, two of them with serious injuries.")[1]
    assert (two.value, two.noun, two.of) == (2.0, "people", True)
    found = _pair("Nine people were taken to hospital, two of them with serious injuries.",
                  "Nine people were taken to hospital, three of them in a serious condition.", link=1.08)
    assert [f.severity for f in found] == [Severity.MEDIUM]
    found = _pair("Nine people were taken to hospital, two of them with serious injuries.",
                  "Paramedics treated 12 people at the scene, nine of whom were taken to hospital.", link=1.0)
    assert [f.severity for f in found] in ([], [Severity.LOW])


def test_a_part_of_another_whole_never_stands_for_a_bound_figure():
    """ "Up to 85 branches close ..., 31 of them in Scotland" against "as many as 58 branches": 31 lies within "up to
    58", yet it is a part of the 85, not the 58, so 58 and 85 still clash."""
    found = _pair("The enlarged bank plans to shut as many as 58 branches where the two networks overlap.",
                  "The deal will see up to 85 branches close across the network, 31 of them in Scotland.", link=0.64)
    assert [f.severity for f in found] == [Severity.MEDIUM] and "85" in found[0].explanation


def test_a_quarter_of_a_million_is_a_quarter_of_it():
    """ "Almost a quarter of a million pounds" is about £250,000 (it was read as £1 million); "three quarters of a
    million people" is 750,000 (it was 3 and 1 million); "a quarter of the staff" is no figure."""
    assert [(n.value, n.unit) for n in numbers("A firm paid officers almost a quarter of a million pounds in cash.")] \
        == [(250000.0, "gbp")]
    assert [n.value for n in numbers("About three quarters of a million people voted.")] == [750000.0]
    assert numbers("A quarter of the staff left.") == []


def test_homes_households_and_properties_count_one_thing():
    """ "18,000 homes" and "28,000 households" are compared (one class: the gap is worth a look, medium)."""
    assert numbers_agree(one_number("About 18,000 homes were told to boil water."),
                         one_number("About 18,000 households were told to boil water.")) is True
    found = _pair("About 18,000 homes were told to boil their water.", "Some 28,000 households were told to boil their water.")
    assert [f.severity for f in found] == [Severity.MEDIUM]


@pytest.mark.e2e
def test_a_count_of_the_hurt_without_a_noun_counts_people():
    """ "injuring 35 others" and "53 have been injured" both count people hurt: the same digits, worth a look."""
    found = _pair_with_verbs("The blast killed two people and injured 35 others, officials said.",
                             "Two people have died and 53 have been injured in the blast.", link=0.9)
    assert [f.severity for f in found] == [Severity.MEDIUM] and "35" in found[0].explanation


@pytest.mark.e2e
def test_a_total_told_as_since_changed_is_no_clash_with_an_older_page():
    """ "has died in hospital, bringing the number killed to six" tells a new total: the page saying five may be older,
    and both right."""
    def found(a: str, b: str) -> list:
        x, y = SentenceRef("a", 0), SentenceRef("b", 0)
        return list(compare_numbers(SentencePair(x, facets_with_verbs(a), y, facets_with_verbs(b), {"a": "a", "b": "b"},
                                                 0, 0.9, 0.9, (a, b))))

    older = "Five people were killed when the bus left the road, police said."
    (update,) = found(older, "A passenger has died in hospital, bringing the number of people killed to six.")
    assert update.severity is Severity.LOW and "since changed" in update.explanation
    assert found(older, "Six people were killed when the bus left the road, police said.")[0].severity is Severity.HIGH


@pytest.mark.e2e
def test_one_named_sum_of_one_act_far_apart_is_worth_a_look():
    """ "demanded a ransom of $12 million" against "demanded a ransom of $4m": one sum of one act, three times apart;
    two budgets that "rise to" their sums are levels, not one sum."""
    (ransom,) = [f for f in _compared("The gang demanded a ransom of $12 million for the files, the company said.",
                                      "The gang demanded a ransom of $4m for the files, the company said.", 0.8)
                 if f.kind == "number"]
    assert ransom.severity is Severity.MEDIUM and "ransom" in ransom.explanation
    (levels,) = [f for f in _compared("The police budget will rise to $612 million next year.",
                                      "The fire budget will rise to $198 million next year.", 0.8) if f.kind == "number"]
    assert levels.severity is Severity.LOW


@pytest.mark.e2e
def test_a_count_of_arrests_counts_the_people_arrested():
    """ "made 52 arrests" against "arrested 25 people": one count of people arrested, the digits swapped."""
    found = _pair_with_verbs("Police made 52 arrests after the match.", "Police arrested 25 people after the match.", link=0.9)
    assert [f.severity for f in found] == [Severity.MEDIUM] and "mistyped" in found[0].explanation


@pytest.mark.e2e
def test_two_ages_of_one_person_on_two_days_still_clash():
    """ "Mr Dace, 47, was stopped early on Saturday" against "Dace, 49, was stopped early on Sunday": the days clash
    (the date rule says so), and a person's age is the same on both: the ages are not 'of different periods'."""
    found = [f for f in _compared("Mr Dace, 47, was stopped by police in the early hours of Saturday.",
                                  "Dace, 49, was stopped by police in the early hours of Sunday.", 0.9) if f.kind == "number"]
    assert [f.severity.rank > Severity.LOW.rank for f in found] == [True] and "periods" not in found[0].explanation


@pytest.mark.e2e
def test_a_vote_share_with_the_count_in_progress_is_no_clash_with_the_final_one():
    """ "With 88 per cent of ballots counted, the Greens had 27.4 per cent" against "the Greens won 27.9 per cent": a
    count in progress and the result, each right: low, never a HIGH that blocks a page."""
    (found,) = [f for f in _compared("With 88 per cent of ballots counted, the Greens had 27.4 per cent of the vote.",
                                     "The Greens won 27.9 per cent of the vote, the election commission said.", 1.0)
                if f.kind == "number"]
    assert found.severity is Severity.LOW and "in progress" in found.explanation


def test_what_is_expected_and_what_will_be_are_one_prediction():
    """ "Is expected to save £2.3bn" and "will save £3.2bn" both tell what the same act will bring: one figure given
    two ways. An expectation against a result, or against what another act will bring, stays apart."""
    assert one_number("The scheme will save councils £40m a year.").future is True
    assert one_number("The firm is set to cut 300 jobs.").future is True
    assert one_number("The firm cut 300 jobs last year.").future is not True
    finding = number_finding("The new rules will save councils £40m a year, ministers said.",
                             "The new rules are expected to save councils £70m a year.")
    assert finding is not None and finding.severity is Severity.MEDIUM
    assert number_finding("Analysts had expected the merger to save £40m a year.",
                          "The merger saved £70m in its first year.") is None  # expected against what happened
    assert number_finding("Shares could reach 500p within four years, one analyst said.",
                          "The buyer has promised that no branch will close for five years.") is None


def test_money_and_funds_are_one_count():
    finding = number_finding("Only 38 per cent of the money the charity raised was spent on its projects.",
                             "The charity spends 58 percent of its funds on its projects.")
    assert finding is not None and finding.severity is Severity.MEDIUM
    assert "38 percent of money" in finding.explanation


def test_words_for_one_rescue_count_one_state():
    """ "Rescued" and "plucked from the water" tell the same thing happened to the crew: their counts are one figure
    given two ways, and the crew are counted as people ("4 crew", not "4 crews")."""
    finding = number_finding("Four of the trawler's six crew were rescued.",
                             "Only three of the six crew were plucked from the water alive.")
    assert finding is not None and finding.severity is Severity.MEDIUM
    assert "4 crew rescued" in finding.explanation and "3 crew rescued" in finding.explanation
    assert number_finding("Four of the six crew were rescued.", "Three of the six crew were injured.") is None


def test_two_spans_in_two_units_compare_by_their_minutes():
    finding = number_finding("She completed the crossing in 7 hours 3 minutes.", "She completed the crossing in 7 hours 33 minutes.")
    assert finding is not None and "7 hours 3 minutes" in finding.explanation and "7 hours 33 minutes" in finding.explanation


def test_a_record_beaten_is_another_figure_than_the_new_time():
    """ "Beat the previous record of 7 hours 20 minutes" against "her time of 7 hours 3 minutes": the old record is the
    yardstick of the new time, not the same figure given differently."""
    def found(a: str, b: str) -> list:
        x, y = SentenceRef("a", 0), SentenceRef("b", 0)
        pair = SentencePair(x, number_facets(a), y, number_facets(b), {"a": "A", "b": "B"}, 0, 0.9, 0.9, (a, b))
        return list(compare_numbers(pair))

    assert found("She beat the previous record of 7 hours 20 minutes, set in 2011.",
                 "Her time of 7 hours 3 minutes beat the record set in 2011.") == []
    assert found("She beat the previous record of 7 hours 20 minutes.",
                 "She beat the previous record of 7 hours 50 minutes.") != []  # both the old record


def test_a_tour_s_dates_shows_and_gigs_are_one_count():
    finding = number_finding("The singer has cancelled all 14 remaining dates of her tour.",
                             "The singer has cancelled all 17 remaining shows of her tour.")
    assert finding is not None and finding.severity is Severity.MEDIUM


def test_the_same_digits_under_another_scale_word_are_a_slip_worth_a_look():
    """ "3.4 billion stars" against "3.4 million stars": a thousand times apart, but the digits say one figure with
    its scale word slipped; two figures merely far apart stay unreported."""
    slip = _pair("The survey mapped 3.4 billion stars.", "The survey mapped 3.4 million stars.")
    assert [f.severity for f in slip] == [Severity.MEDIUM]
    assert "scale word" in slip[0].explanation
    assert _pair("The survey mapped 3.4 billion stars.", "The survey mapped 2.9 million stars.") == []


def test_people_counted_by_their_work_and_by_what_befell_them_are_compared():
    """ "killed 118 villagers" against "112 people died": one toll, the dead named in two ways; a count that is not
    who died ("killed in 3 raids") and two fates ("arrested", "died") are not compared."""
    found = _pair("The landslide killed 118 villagers.", "Some 112 people died in the landslide.")
    assert [f.severity for f in found] == [Severity.MEDIUM]
    assert numbers_agree(one_number("The landslide killed 118 villagers."), one_number("118 people died.")) is True
    assert numbers_agree(one_number("Police arrested 40 protesters."), one_number("Two people died.")) is None
    raids = numbers("Twelve people were killed in 3 raids.")[1]
    assert numbers_agree(raids, one_number("Gunmen killed 4 villagers.")) is None


@pytest.mark.e2e
def test_a_share_of_a_named_thing_after_of_is_a_share_of_that_thing():
    """ "on a turnout of 64.3 percent" is a share of the turnout: two turnouts disagree as one figure would, not as
    two unnamed shares (LOW)."""
    found = [f for f in _compared("The measure passed on a turnout of 64.3 percent.",
                                  "The measure passed on a turnout of 61.8 per cent.") if f.kind == "number"]
    assert [f.severity.rank >= Severity.MEDIUM.rank for f in found] == [True]


@pytest.mark.e2e
def test_a_toll_is_not_dated_by_another_verbs_year():
    """ "elected mayor in 2015" dates her election, not the flood "in which 23 people died" that she led the city
    through: the two tolls are one figure told differently, not figures of different years."""
    found = [f for f in _compared(
        "Okoro, who was elected mayor in 2015, led the city through the flood in which 23 people died.",
        "Okoro won praise for her handling of the 2019 flood, when 32 people died.") if f.kind == "number"]
    assert found and "different periods" not in found[0].explanation


def test_speeds_written_an_hour_are_speeds_and_one_figure_in_two_units_is_compared():
    """ "300 miles an hour" is a speed (about 483 km/h): against "300km/h" the same digits in another unit disagree."""
    fast = one_number("The capsule hit the sea at 300 miles an hour.")
    assert fast.unit == "mph"
    assert numbers_agree(fast, one_number("The capsule hit the sea at 483km/h.")) is True
    assert [f.severity for f in _pair("The capsule hit the sea at 300 miles an hour.",
                                      "The capsule hit the sea at 300km/h.")] == [Severity.MEDIUM]


def test_a_span_given_to_do_something_is_one_span_whatever_verb_gives_it():
    """ "were given seven days to pay" and "have two weeks to pay": one deadline told two ways, not the spans of two
    acts (LOW)."""
    found = _pair("The firms were given seven days to pay the fine.", "The firms have two weeks to pay the fine.")
    assert [f.severity for f in found] == [Severity.MEDIUM]


def test_two_verbs_of_a_deal_done_tell_one_span_and_a_passive_infinitive_is_expected():
    """ "is expected to close in about nine months" and "expected the merger to be completed within six months": both
    what is expected, of one act told by two verbs of finishing."""
    expected = one_number("The chairman said he expected the merger to be completed within six months.")
    assert expected.forecast is True
    found = _pair("The merger is expected to close in about nine months.",
                  "The chairman said he expected the merger to be completed within six months.")
    assert [f.severity for f in found] == [Severity.MEDIUM]


def test_a_toll_given_in_three_places_agrees_with_its_whole():
    """ "Forty-one killed at the first mosque, seven at the second, and one died later" is the 49 of the other outlet:
    no finding; against 50 the gap is still seen."""
    parts = "Forty-one people were killed at the first mosque, seven at the second, and one person died later in hospital."
    assert _pair(parts, "A gunman killed 49 people at two mosques.") == []
    assert _pair(parts, "A gunman killed 50 people at two mosques.")


def test_sums_in_rupees_and_crores_are_money_and_hedged_ones_agree():
    """ "about Rs 615 crore" and "around Rs 600 crore": two hedged figures of one cost (6.15 and 6 billion rupees)."""
    cost = one_number("The mission cost about Rs 615 crore.")
    assert (cost.kind, cost.unit, cost.value, cost.approx) == ("money", "inr", 6.15e9, "about")
    assert numbers_agree(cost, one_number("The mission had a budget of around Rs 600 crore.")) is True


def test_a_minute_of_play_and_a_span_under_two_verbs_is_low():
    """ "equalised in the 108th minute" and "ended after 120 minutes" tell two moments of a match, not one misread."""
    found = _pair("Okafor equalised in the 108th minute.", "The match ended after 120 minutes.")
    assert [f.severity for f in found] in ([], [Severity.LOW])


def test_a_sum_in_two_hedged_parts_agrees_with_its_whole():
    """ "$7.2 billion" against "about $5 billion for the phones and $2.2 billion for the patents": one sum in parts."""
    assert _pair("The company will pay $7.2 billion for the business.",
                 "The company will pay about $5 billion for the phones and $2.2 billion for the patents.") == []


@pytest.mark.e2e
def test_a_record_year_after_since_does_not_date_the_figure():
    """ "a turnout of 64.3 percent, the highest since 1997" is this vote's turnout, not 1997's: against "a turnout of
    61.8 percent" the two turnouts still disagree above low."""
    found = [f for f in _compared("The measure passed on a turnout of 64.3 percent.",
                                  "The measure passed on a turnout of 61.8 percent, the highest for a local vote since 1997.")
             if f.kind == "number"]
    assert found and found[0].severity.rank >= Severity.MEDIUM.rank


def test_two_counts_whose_nouns_swapped_places_are_reported():
    """ "a panel of seven men and five women" against "seven women and five men": a figure of one thing does not pair
    with its equal of another thing when the other sentence counts the first thing too, so the swap is seen; the
    same split agrees. Likewise "40 million doses, enough for 20 million people" against "40 million people"."""
    found = _pair("A panel of seven men and five women chose the winner.", "A panel of seven women and five men chose it.")
    assert [f.severity for f in found] == [Severity.MEDIUM]
    assert _pair("A panel of seven men and five women chose the winner.", "A panel of seven men and five women chose it.") == []
    found = _pair("The state ordered 40 million doses, enough to vaccinate 20 million people.",
                  "The state ordered enough doses to vaccinate 40 million people.")
    assert [(f.a.text, f.b.text) for f in found] == [("20 million", "40 million")]


def test_two_verbs_of_a_penalty_tell_one_maximum():
    """ "carries a maximum sentence of 40 years" and "faces up to 25 years": one maximum, two figures (MEDIUM)."""
    found = _pair("The charge carries a maximum sentence of 40 years in prison.",
                  "The officer faces up to 25 years in prison on the charge.")
    assert [f.severity for f in found] == [Severity.MEDIUM]


@pytest.mark.e2e
def test_a_rank_is_not_dated_by_a_year_told_of_another():
    """ "the first governor ever to be recalled" against "the second governor to be recalled, after Ruiz in 2009":
    the year is the earlier recall's, so the two ranks still disagree above low."""
    found = [f for f in _compared("Okoro is the first governor ever to be recalled by voters.",
                                  "Okoro is the second governor to be recalled by voters, after Ruiz in 2009.")
             if f.kind == "number"]
    assert found and found[0].severity.rank >= Severity.MEDIUM.rank


@pytest.mark.e2e
def test_prices_at_two_moments_of_trading_are_low():
    """ "ended the week at $1.0856" and "was down 1.8% at $1.1050 in morning trading": two quotes of a price that
    moves all day (LOW); two prices told with no moment stay above low."""
    found = [f for f in _compared("The pound ended the week at $1.0856 against the dollar.",
                                  "The pound was down 1.8% at $1.1050 in morning trading in New York.") if f.kind == "number"]
    assert [f.severity for f in found] == [Severity.LOW]
    found = [f for f in _compared("The pound fell to $1.0856 against the dollar.",
                                  "The pound fell to $1.1050 against the dollar.") if f.kind == "number"]
    assert found and found[0].severity.rank >= Severity.MEDIUM.rank


def test_pounds_beside_a_weight_word_are_a_weight_and_one_figure_in_two_units_is_medium():
    """ "The probe weighs nearly 900 pounds" is a weight even where the tagger reads money; against "the 900-kilogram
    probe" it is one figure with its unit slipped: medium, on a linked pair as on an unlinked one."""
    (weight,) = numbers("The probe, which weighs nearly 900 pounds, was lowered by cables.")
    assert weight.kind == "quantity" and weight.unit == "lb"
    assert one_number("The club paid 900 pounds for the licence.").unit == "gbp"
    assert one_number("The club posted heavy losses of 20 million pounds last year.").unit == "gbp"
    assert one_number("The firm faces a fine of up to 500,000 pounds, which would weigh on its budget.").unit == "gbp"
    found = _pair("The probe, which weighs nearly 900 pounds, was lowered by cables.",
                  "The 900-kilogram probe was lowered by cables.", link=0.8)
    assert [f.severity for f in found] == [Severity.MEDIUM]
    assert found[0].explanation.endswith("(one figure in two units of one measure)")


def test_figures_said_of_two_named_bodies_are_two_facts():
    """ "The Northern Alliance, which the Green Party leads, finished with 210 seats" and "the Green Party won 160
    seats": an alliance's seats and a party's, low. One body named in full and by its initials is one holder; a
    player's figure may be his side's, so people hold nothing here."""
    (alliance,) = [n for n in numbers("The Northern Alliance, which the Green Party leads, finished with 210 seats.")]
    assert alliance.holder == "Northern Alliance"
    two = _pair("The Northern Alliance, which the Green Party leads, finished with 210 seats.",
                "The Green Party won 160 seats in the chamber.")
    assert [f.severity for f in two] == [Severity.LOW] and "two holders" in two[0].explanation
    one = _pair("The GPP won 210 seats in the chamber.", "The Green People's Party won 160 seats in the chamber.")
    assert [f.severity.rank >= Severity.MEDIUM.rank for f in one] == [True]
    # who reports a figure does not hold it, and two outlets crediting one figure to two bodies may simply disagree
    reported = _pair("The Health Ministry reported 300 deaths in the province.",
                     "The United Nations reported 500 deaths in the province.")
    assert [f.severity.rank >= Severity.MEDIUM.rank for f in reported] == [True]
    for x, y in (("The Democrats won 230 seats in the house.", "The Democratic Party won 220 seats in the house."),
                 ("The US sent 500 troops to the border.", "The U.S. sent 300 troops to the border.")):
        assert [f.severity.rank >= Severity.MEDIUM.rank for f in _pair(x, y)] == [True]
    side = _pair("The Tigers tied it in the eighth on Ruiz's two-run homer off Chapman.",
                 "The Tigers drew level in the eighth when Ruiz hit a three-run homer off Chapman.")
    assert [f.severity.rank >= Severity.MEDIUM.rank for f in side] == [True]


def test_one_count_with_its_digits_in_another_order_is_a_slip_even_when_a_hedge_lets_it_agree():
    """ "6,453 homes" against "at least 4,653 homes": the hedge makes them agree, the digits say one was mistyped;
    a rounded "more than 6,000" is no slip."""
    from consistency.compare.slips import compare_permuted

    def permuted(a: str, b: str) -> list:
        x, y = SentenceRef("a", 0), SentenceRef("b", 0)
        return list(compare_permuted(SentencePair(x, number_facets(a), y, number_facets(b), {"a": "a", "b": "b"}, 0,
                                                  0.9, 0.9)))

    (found,) = permuted("Officials said 6,453 homes had burned.", "At least 4,653 homes have burned, officials said.")
    assert found.severity is Severity.MEDIUM and "the same digits in another order" in found.explanation
    assert not permuted("Officials said 6,453 homes had burned.", "More than 6,000 homes have burned, officials said.")
    assert not permuted("The quake killed 135 people.", "At least 153 people were killed in the quake.")  # a toll rising

    from consistency import pipeline
    from consistency.core.settings import Settings

    documents, _ = pipeline.load_records([
        {"id": "a", "text": "Officials said 6,453 homes had burned in the county.", "published": "2018-11-10"},
        {"id": "b", "text": "At least 4,653 homes have burned in the county, officials said.", "published": "2018-11-10"}],
        "test", "t")
    found = [f for f in pipeline.check(documents, Settings()).findings if f.facet == "claim"]
    assert [f.explanation.endswith("(the same digits in another order)") for f in found] == [True]


def test_an_ordinal_of_a_thing_the_tagger_calls_a_date_is_read():
    """ "On the 23rd floor": the tagger calls "the 23rd" a date; the floor is a figure ("on the 23rd" alone is not)."""
    assert one_number("He fired from a room on the 23rd floor of the hotel.").noun == "floor"
    assert not numbers("The summit opens on the 23rd.")
    assert not numbers("The firm missed the March 15th deadline.")
