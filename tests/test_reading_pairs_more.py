"""More pairs read by the pipeline and compared: minutes from another moment of the story, weights with their units
glued on, a count beside the things a sentence names, a year against a month of one act, a person speaking for a
body by a role in it, overlapping excerpts of one quotation, a title described after a comma."""

from __future__ import annotations

import pytest

from consistency.compare.attribution import compare_attribution
from consistency.compare.dates import compare_dates
from consistency.compare.numbers import compare_numbers
from consistency.compare.quotes import compare_quotes
from consistency.core.types import Severity

from .test_reading_pairs import _read_pair

pytestmark = pytest.mark.e2e


def _above_low(findings) -> list:
    return [f for f in findings if f.severity.rank > Severity.LOW.rank]


def test_minutes_from_another_moment_are_compared_on_one_act():
    pair = _read_pair("The gunman was detained 40 minutes after the first emergency call.",
                      "The gunman was detained 25 minutes later, a police spokesman said.")
    (finding,) = compare_numbers(pair)
    assert finding.severity is Severity.MEDIUM and "40 minutes" in finding.explanation
    assert "25 minutes" in finding.explanation


def test_minutes_from_other_moments_on_two_acts_are_low():
    # the lead's span of the whole siege against the span between two of its moments
    pair = _read_pair("The blockade lasted about five hours before police cleared the bridge.",
                      "Less than four hours later, officers reopened the bridge to traffic.")
    assert _above_low(compare_numbers(pair)) == []


def test_a_weight_with_its_units_glued_on_is_read_and_shown_in_both_units():
    pair = _read_pair("The foal weighed 9lbs 2oz at birth, the stud said.", "The foal weighed 5.1 kilograms at birth.")
    (finding,) = compare_numbers(pair)
    assert finding.severity.rank >= Severity.MEDIUM.rank
    assert "9 pounds 2 ounces" in finding.explanation and "5.1 kg" in finding.explanation


@pytest.mark.parametrize(("x", "y"), [
    ("Floodwater cut off Millbrook and three neighbouring hamlets overnight.", "Floodwater cut off four hamlets overnight."),
    ("The fire destroyed Castle Mill, Oak Yard and two other warehouses.", "The fire destroyed four warehouses."),
])
def test_a_count_beside_the_things_named_is_part_of_the_whole(x, y):
    assert _above_low(compare_numbers(_read_pair(x, y))) == []


def test_a_count_of_the_same_things_without_names_still_clashes():
    pair = _read_pair("Floodwater cut off two hamlets overnight.", "Floodwater cut off four hamlets overnight.")
    assert _above_low(compare_numbers(pair))


@pytest.mark.parametrize(("x", "y"), [
    ("The bishop stepped down in March 2016, having served the diocese since 1998.", "The bishop stepped down in 2018."),
    # figures that agree within their rounding are no figures of two periods
    ("The bishop stepped down in March 2016, having conducted 1,412 weddings since 1998.",
     "The bishop stepped down in 2018 after more than 1,400 weddings."),
])
def test_a_month_against_a_year_of_one_act_clashes(x, y):
    (finding,) = compare_dates(_read_pair(x, y))
    assert finding.severity is Severity.MEDIUM
    assert "2016" in finding.explanation and "2018" in finding.explanation


@pytest.mark.parametrize(("x", "y"), [
    ("More than 300 homes were flooded, the acting director of the Disaster Management Office, Malia Fusi Tonga, said "
     "in a letter to the United Nations dated Sunday.",
     "Tonga's Disaster Management Office told the UN that more than 300 homes had been flooded."),
    ("Ramon Ortega, head of the Galicia regional government, defended the response and said he could not yet give a "
     "figure for the missing.", "The Xunta, Galicia's regional government, said it could not yet give a number of missing people."),
])
def test_a_person_speaking_for_the_body_by_a_role_in_it_is_no_clash(x, y):
    assert _above_low(compare_attribution(_read_pair(x, y))) == []


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Norway's Petroleum Directorate", "the Norwegian Petroleum Directorate", True),
    ("the Russian Foreign Ministry", "Russia's Foreign Ministry", True),
    ("the Russian Foreign Ministry", "the Ukrainian Foreign Ministry", False),
    # one first name in two transliterations, not two names alike
    ("Abdulrahim Haddad", "Abdel-Rahim Haddad", True),
    ("Muhammad Qasim", "Mohammed Qasim", True),
    ("Maria Costa", "Mario Costa", False),
    ("Mark Kelly", "Mike Kelly", False),
])
def test_who_is_one_source(a, b, same):
    from consistency.facets.attribution.identity import same_source

    assert same_source(a, b) is same and same_source(b, a) is same


def test_a_title_described_after_a_comma_is_no_other_speaker():
    pair = _read_pair("Charles said the couple had not chosen a name yet.",
                      "The Earl, still in his riding boots, said they had \"not chosen a name yet\".")
    assert _above_low(compare_attribution(pair)) == []


def test_two_overlapping_excerpts_of_one_quotation_are_no_misquote():
    pair = _read_pair("The regulator said the firm \"was not consistently honest in its dealings\" with it.",
                      "The regulator said the firm had not been \"consistently honest in its dealings with the regulator\".")
    assert list(compare_quotes(pair)) == []


def test_a_quotation_worded_otherwise_is_still_a_misquote():
    pair = _read_pair("The regulator said the firm \"was not consistently honest in its dealings\" with it.",
                      "The regulator said the firm \"was never fully honest in its dealings\" with it.")
    assert list(compare_quotes(pair))


def _speakers(text: str) -> list[tuple[str, object]]:
    """(source, sole) of each attribution in one article, in order."""
    from consistency import pipeline
    from consistency.core.types import FacetKind

    documents, _ = pipeline.load_records([{"id": "a", "text": text, "published": "2024-04-16"},
                                          {"id": "b", "text": "Nothing.", "published": "2024-04-16"}], "test", "t")
    facets = pipeline.extract_facets(documents, pipeline.segment_documents(documents))
    return [(f.value.source, f.value.sole) for ref in sorted(r for r in facets if r.doc == "a")
            for f in facets[ref] if f.kind is FacetKind.ATTRIBUTION]


RUNNER = ("{runner} won the Boston Marathon on Monday in a course record. "
          "President Daniel Arap Moi led the country in congratulating the runner. "
          "Kiprono trains in Iten under coach Peter Ndungu. "
          "He said he had dreamt of the title since he was a boy. "
          "\"I knew one day I would win here,\" he told reporters after the race.")


def test_a_middle_name_a_person_goes_by_is_a_person():
    assert [source for source, _ in _speakers(RUNNER.format(runner="Joseph Kiprono Ruto"))] == ["Kiprono", "Kiprono"]


def test_a_pronoun_read_uncertainly_does_not_vouch_for_the_next():
    # the parser finds no subject in "Kiprono trains ...", so "He" is read as the president, unsure; the "he" after it
    # must not be taken as surely that person
    (_, first), (_, second) = _speakers(RUNNER.format(runner="Joseph Ruto"))
    assert first is not True and second is not True


@pytest.mark.parametrize(("x", "y", "published"), [
    ("The aid worker was abducted on June 3, 2014, near the border.",
     "The aid worker was kidnapped in June 2015 near the border.", ("2024-05-08", "2024-05-08")),
    ("The fine tops the 400 million euros levied on the carmaker last year.",
     "The previous record was a 400 million euro penalty imposed on the carmaker in 2018.", ("2020-03-02", "2020-03-02")),
])
def test_two_verbs_of_one_act_date_one_event(x, y, published):
    (finding,) = compare_dates(_read_pair(x, y, published))
    assert finding.severity is Severity.MEDIUM


def test_a_figure_confirmed_by_a_named_person_against_an_anonymous_source():
    pair = _read_pair("The transfer fee, confirmed by club president Anna Ricci, was 40 million euros.",
                      "The transfer fee was 40 million euros, a person close to the talks said on condition of anonymity.")
    (finding,) = compare_attribution(pair)
    assert (finding.kind, finding.severity) == ("anonymous", Severity.MEDIUM) and "Anna Ricci" in finding.explanation


def test_a_thing_made_by_someone_credits_nothing_to_them():
    pair = _read_pair("The memoir, written by a former spy, sold 40,000 copies.", "The memoir sold 40,000 copies.")
    assert [f for f in pair.fx if f.kind.value == "attribution"] == []


def test_a_record_reaches_back_to_an_earlier_event_it_does_not_tell():
    pair = _read_pair("The couple married at the cathedral in June 2019.",
                      "She is the first Canadian to marry into the family since a baroness married the prince in 1952.")
    assert _above_low(compare_dates(pair)) == []


def test_since_an_event_without_a_record_still_dates_it():
    pair = _read_pair("The climbers had been stranded since the first avalanche on Friday afternoon.",
                      "The climbers had been stranded since an avalanche on Saturday.", ("2024-05-13", "2024-05-13"))
    assert _above_low(compare_dates(pair))


@pytest.mark.parametrize(("x", "y"), [
    ("Shares of the carmaker fell 3.1 percent in Frankfurt.", "The carmaker's stock rose 3.1 per cent in Frankfurt."),
    ("Quarterly revenue dropped 8% to $2 billion.", "Revenue for the quarter grew 8% to $2 billion."),
])
def test_one_move_told_up_by_one_source_and_down_by_the_other_is_medium(x, y):
    from consistency.compare.directions import compare_directions

    for a, b in ((x, y), (y, x)):
        (finding,) = compare_directions(_read_pair(a, b))
        assert (finding.kind, finding.severity) == ("direction", Severity.MEDIUM)


@pytest.mark.parametrize(("x", "y"), [
    # each way in one sentence: two measures
    ("Shares of the carmaker rose 3.1 percent while the index fell 3.1 percent.", "The carmaker's stock fell 3.1 per cent."),
    # two figures, the number rule's case
    ("Shares of the carmaker fell 3.1 percent.", "The carmaker's stock rose 2.2 per cent."),
    # two measures
    ("Revenue fell 8% in the quarter.", "Profit rose 8% in the quarter."),
])
def test_what_is_no_move_told_both_ways(x, y):
    from consistency.compare.directions import compare_directions

    assert list(compare_directions(_read_pair(x, y))) == [] and list(compare_directions(_read_pair(y, x))) == []


def test_a_vote_of_no_confidence_is_no_denial():
    from consistency.compare.negation import compare_polarity

    pair = _read_pair("The chancellor survived a vote of no confidence in parliament on Tuesday.",
                      "The chancellor survived the confidence vote in parliament on Tuesday.")
    assert _above_low(compare_polarity(pair)) == []
    assert any(f.value.cue == "there is no" for f in _read_pair("There was no confidence in the plan.", "x.").fx
               if f.kind.value == "negation")


def test_an_official_spokesman_is_on_the_record_against_an_anonymous_source():
    pair = _read_pair("The mayor's official spokesman said on Friday that the council considered the matter closed.",
                      "A senior council source, speaking on condition of anonymity, said the matter was considered closed.")
    (finding,) = compare_attribution(pair)
    assert (finding.kind, finding.severity) == ("anonymous", Severity.MEDIUM)


def test_midnight_that_opens_a_day_ends_the_night_before():
    pair = _read_pair("Dockers walked out at the three terminals just after midnight on Friday.",
                      "Dockers at the north terminal walked out when the clock struck midnight last night.",
                      ("2024-05-10", "2024-05-10"))
    assert _above_low(compare_dates(pair)) == []


@pytest.mark.parametrize(("x", "y"), [
    # one of two sources named together
    ("Rivals Telegram and Signal both said they had seen a surge in sign-ups.",
     "Messaging app Signal said it had seen a surge in sign-ups."),
    # a building standing for a police force
    ("The Metropolitan Police said the activist was first detained for failing to appear in court in 2015 and then "
     "arrested on a US warrant.",
     "He was first held for skipping bail in 2015, Scotland Yard said, and then re-arrested at the request of the US."),
])
def test_what_is_one_source_told_two_ways(x, y):
    assert _above_low(compare_attribution(_read_pair(x, y))) == []


def test_a_count_of_others_is_fewer_than_the_whole():
    pair = _read_pair("Four guards and a driver were also killed, the officials said.",
                      "Two other guards were killed in the firefight, officials said.")
    assert _above_low(compare_numbers(pair)) == []


def test_spans_from_two_named_moments_are_two_gaps():
    pair = _read_pair("The gunman was arrested 40 minutes after officers arrived at the school.",
                      "The gunman was arrested 50 minutes after the first call to police.")
    assert _above_low(compare_numbers(pair)) == []


def test_a_span_from_a_moment_only_one_side_names_is_never_high():
    pair = _read_pair("The gunman was arrested 40 minutes later, police said.",
                      "The gunman was arrested 50 minutes after the first emergency call.")
    assert [f.severity for f in compare_numbers(pair)] == [Severity.MEDIUM]


def test_a_superlative_word_that_frames_no_record_leaves_since_a_date():
    pair = _read_pair("Most of the 40 miners have been trapped since the shaft flooded on Friday.",
                      "The shaft flooded on Saturday, trapping 40 miners, officials said.", ("2024-05-13", "2024-05-13"))
    assert _above_low(compare_dates(pair))


@pytest.mark.parametrize(("a", "b"), [
    ("Mohammed Abbas", "Mahmoud Abbas"), ("Christian Weber", "Christina Weber"), ("Alexander Grant", "Alexandra Grant"),
])
def test_first_names_alike_in_their_consonants_are_still_two_names(a, b):
    from consistency.facets.attribution.identity import same_source

    assert not same_source(a, b)


def test_a_count_beside_things_named_still_clashes_with_a_much_larger_whole():
    pair = _read_pair("Floodwater cut off Millbrook and three neighbouring hamlets overnight.",
                      "Floodwater cut off twelve hamlets overnight.")
    assert _above_low(compare_numbers(pair))


@pytest.mark.parametrize(("x", "y"), [
    ("Shares in Acme rose 3% after the takeover was announced on Monday.",
     "Shares in Zenith fell 3% after the takeover was announced on Monday."),
    ("Acme shares gained 2% in early trading.", "Acme shares lost 2% by the close."),
    ("Inflation fell to 3% in March, the office said.", "Inflation rose to 3% in March, the office said."),
])
def test_moves_of_two_things_moments_or_levels_are_not_one_move_told_both_ways(x, y):
    from consistency.compare.directions import compare_directions

    assert list(compare_directions(_read_pair(x, y))) == []


def test_a_rough_figure_is_never_high():
    pair = _read_pair("About 40 people are still missing after the landslide, police said on Monday.",
                      "Police said on Monday that 35 people are still missing after the landslide.")
    assert [f.severity for f in compare_numbers(pair)] == [Severity.MEDIUM]


def test_a_speed_converted_and_rounded_is_one_speed():
    pair = _read_pair("Winds of up to 100 km/h drove the flames towards the coast.",
                      "Winds of up to 60mph drove the flames towards the coast.")
    assert _above_low(compare_numbers(pair)) == []


def test_a_long_surname_whose_first_sound_is_written_two_ways_is_low():
    pair = _read_pair("\"We could not reach them in time,\" Nikos Economopoulos of the Red Cross said.",
                      "\"We could not reach them in time,\" said Nikos Oikonomopoulos of the Red Cross.")
    assert _above_low(compare_attribution(pair)) == []
