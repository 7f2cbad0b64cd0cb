"""Tests for the date facet: normalisation, extraction with the real spaCy pipeline, agreement."""

from __future__ import annotations

import importlib.util
import json
import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from consistency.compare.dates import dates_agree, describe
from consistency.core.values import ABSENT, value_dict
from consistency.core.types import FacetKind
from consistency.core.values.dates import DateValue
from consistency.facets.dates import extract_dates, normalise
from consistency.facets.dates.spans import with_bound

# An article published on Thursday 2 March 2017.
PUBLISHED = date(2017, 3, 2)
ISO_VALUE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?|-W\d{2})?$")


def value_of(expression: str, published: date | None = PUBLISHED, sentence: str = "") -> tuple:
    found = normalise(expression, published, sentence=sentence)
    assert found is not None, expression
    return found.value, found.precision


def extract(sentence: str, published: date | None = PUBLISHED):
    from consistency.facets.nlp import parse

    (doc,) = parse([sentence])
    return extract_dates(doc, published)


def only(sentence: str, published: date | None = PUBLISHED):
    facets = extract(sentence, published)
    assert len(facets) == 1, [(f.text, f.value) for f in facets]
    return facets[0]


# ------------------------------------------------------------------------------------------
# normalise: one expression as written
# ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("on Wednesday", ("2017-03-01", "day")),
        ("Wednesday", ("2017-03-01", "day")),
        ("last year", ("2016", "year")),
        ("January 10, 2017", ("2017-01-10", "day")),
        ("last month", ("2017-02", "month")),
        ("yesterday", ("2017-03-01", "day")),
        ("today", ("2017-03-02", "day")),
        ("this week", ("2017-W09", "week")),
        ("in 2016", ("2016", "year")),
        ("Feb. 8", ("2017-02-08", "day")),
        ("Mar 2", ("2017-03-02", "day")),
        ("Thursday (Mar 2)", ("2017-03-02", "day")),
        ("Thursday, March 2", ("2017-03-02", "day")),
        ("2 March 2017", ("2017-03-02", "day")),
        ("September 2016", ("2016-09", "month")),
        ("next year", ("2018", "year")),
        ("two weeks ago", ("2017-W07", "week")),
        ("three years ago", ("2014", "year")),
        ("earlier this month", ("2017-03", "month")),
        ("late September", ("2016-09", "month")),
        ("mid-2016", ("2016", "year")),
        ("the week of Feb. 20", ("2017-W08", "week")),
        ("2016-09-14", ("2016-09-14", "day")),
        ("3/1/2017", ("2017-03-01", "day")),
        ("the 4th of July, 2016", ("2016-07-04", "day")),
        ("Christmas", ("2016-12-25", "day")),
        ("nineteen ninety-six", ("1996", "year")),
        ("fiscal 2016", ("2016", "year")),
    ],
)
def test_normalise_against_a_thursday(expression, expected):
    assert value_of(expression) == expected


def test_wednesday_night_keeps_the_part_of_day():
    found = normalise("Wednesday night", PUBLISHED)
    assert (found.value, found.precision, found.part) == ("2017-03-01", "day", "night")
    assert found.type == "TIME"


@pytest.mark.parametrize(
    ("expression", "value", "part"),
    [
        ("last night", "2017-03-01", "night"),
        ("tonight", "2017-03-02", "night"),
        ("this morning", "2017-03-02", "morning"),
        ("yesterday afternoon", "2017-03-01", "afternoon"),
        ("10 p.m. Wednesday", "2017-03-01", "night"),
        ("noon Tuesday", "2017-02-28", "afternoon"),
        ("early Wednesday morning", "2017-03-01", "morning"),
    ],
)
def test_parts_of_the_day(expression, value, part):
    found = normalise(expression, PUBLISHED)
    assert (found.value, found.part, found.type) == (value, part, "TIME")


def test_a_bare_weekday_is_the_latest_on_or_before_publication_same_day_included():
    assert value_of("Thursday") == ("2017-03-02", "day")
    assert value_of("Friday") == ("2017-02-24", "day")
    assert value_of("Monday") == ("2017-02-27", "day")


def test_a_weekday_in_the_future_tense_is_the_next_one_on_or_after_publication():
    # Named on a Thursday page, "will meet on Thursday" is later that day, not a week on.
    assert value_of("Thursday", sentence="The board will meet on Thursday.") == ("2017-03-02", "day")
    assert value_of("Friday", sentence="The board will meet on Friday.") == ("2017-03-03", "day")
    assert value_of("Monday", sentence="The board will meet on Monday.") == ("2017-03-06", "day")


def test_a_later_weekday_in_an_article_of_that_day_is_that_day():
    (facet,) = extract("The committee is expected to vote later on Thursday.")
    assert facet.value.value == "2017-03-02"


def test_a_list_of_days_is_never_read_as_a_month():
    # "11" after "May 9," is another day of the list, not the year 2011 (nor 2111).
    values = [f.value.value for f in extract("The hearings will be held on May 9, 11 and 12.")]
    assert values == ["2017-05-09", "2017-05-11", "2017-05-12"]
    values = [f.value.value for f in extract("The hearings will be held on May 9, 11 and 12, 2018.")]
    assert "2018-12" not in values and not any(v.startswith(("2011", "2111")) for v in values)
    assert normalise("12, 2018", PUBLISHED) is None


def test_relative_words_in_a_quotation_count_from_the_day_it_was_said():
    # Page of Thursday 2 March; the quotation was said on Monday 27 February.
    facets = extract("\u201cThe pumps failed yesterday,\u201d the engineer said on Monday.")
    assert [(f.text, f.value.value) for f in facets] == [("yesterday", "2017-02-26"), ("Monday", "2017-02-27")]
    # No day of saying in the sentence: the page's day stays the base.
    (facet,) = extract("\u201cThe pumps failed yesterday,\u201d the engineer said.")
    assert facet.value.value == "2017-03-01"


def test_relative_words_in_what_a_dated_saying_reports_count_from_the_day_it_was_said():
    # Page of Thursday 2 March; the statement was made on Monday 27 February, about the day after.
    facets = extract("The engineer said on Monday that the pumps would be restarted on Tuesday.")
    assert [(f.text, f.value.value) for f in facets] == [("Monday", "2017-02-27"), ("Tuesday", "2017-02-28")]
    # A reporter's own "yesterday" in what is reported counts from the page's day.
    facets = extract("The engineer said on Monday that the pumps had been restarted yesterday.")
    assert ("yesterday", "2017-03-01") in [(f.text, f.value.value) for f in facets]
    # "will" is still to come on the page's day
    facets = extract("The pumps will be restarted on Tuesday, the engineer said on Monday.")
    assert ("Tuesday", "2017-03-07") in [(f.text, f.value.value) for f in facets]
    # a past event reported counts back from the saying; one that was due then, forward from it
    facets = extract("The engineer said on Monday that the pumps had failed on Sunday.")
    assert ("Sunday", "2017-02-26") in [(f.text, f.value.value) for f in facets]
    facets = extract("The engineer said on Monday that the report was due on Thursday.")
    assert ("Thursday", "2017-03-02") in [(f.text, f.value.value) for f in facets]
    # a "would" elsewhere in what was said does not move a past event forward
    facets = extract("The engineer said on Monday that the pumps had failed on Sunday and would be replaced within a month.")
    assert ("Sunday", "2017-02-26") in [(f.text, f.value.value) for f in facets]
    # what is due or still to come, told in the present, is never placed before the day it was said
    for sentence in ("The engineer said on Monday that the report is due on Thursday.",
                     "The engineer said on Monday that the bridge reopens to traffic next Tuesday."):
        later = [f.value.value for f in extract(sentence) if f.text != "Monday"]
        assert later and all(v >= "2017-02-27" for v in later), sentence


def test_early_and_late_before_a_day_name_are_its_small_hours_and_its_night():
    (early,) = extract("The quake struck early Saturday near the coast.")
    (late,) = extract("The quake struck late Friday near the coast.")
    assert (early.value.value, early.value.part) == ("2017-02-25", "early")
    assert (late.value.value, late.value.part) == ("2017-02-24", "late")
    # one moment told either side of midnight, not two days
    assert dates_agree(late.value, early.value) is True
    # "late Friday" is often the end of the working day: it meets Friday afternoon, evening and night
    for said in ("on Friday afternoon", "on Friday evening", "on Friday night"):
        (other,) = extract(f"The quake struck {said} near the coast.")
        assert dates_agree(late.value, other.value) is True, said
    (morning,) = extract("The quake struck on Friday morning near the coast.")
    assert dates_agree(late.value, morning.value) is False
    (night_before,) = extract("The quake struck on Friday night near the coast.")
    assert dates_agree(night_before.value, early.value) is True
    # a month keeps no part: "late September" is still September
    (month,) = extract("The plant closed in late September.")
    assert month.value.part is None


def test_a_date_on_a_verb_of_saying_dates_the_statement():
    said, event = extract("The mayor said on Monday that the bridge had closed on Friday.")
    assert said.value.said == "say" and not event.value.said
    (statement,) = extract("In a statement on Tuesday the club thanked its fans.")
    assert statement.value.said == "statement"


def test_a_date_knows_the_verb_whose_event_it_dates():
    (facet,) = extract("The old bridge over the river was reopened to traffic on Tuesday.")
    assert facet.value.event == "reopen"
    (facet,) = extract("On Monday the council was told that the plan had failed.")
    assert facet.value.event == "tell"
    (facet,) = extract("Tickets are valid until Friday.")  # hangs on an adjective: no event
    assert "event" not in value_dict(facet.value)


@pytest.mark.parametrize("sentence", [
    "Rescue teams were still searching the flooded mine on Tuesday.",
    "Heavy rain continued to lash the coast on Sunday.",
    "The museum will remain shut on Saturday, the police said.",
    "The harbour stayed closed on Monday.",
])
def test_a_date_knows_when_its_verb_tells_something_going_on(sentence):
    (facet,) = extract(sentence)
    assert facet.value.ongoing is True


@pytest.mark.parametrize("sentence", [
    "The mine flooded on Tuesday.",
    "The museum reopened on Saturday after the theft.",
    "He was arrested on Monday while he was driving home.",
])
def test_a_date_of_an_event_that_happened_is_not_ongoing(sentence):
    (facet,) = extract(sentence)
    assert "ongoing" not in value_dict(facet.value)


def test_a_school_or_fiscal_year_written_as_two_years_is_no_day():
    """ "The pay offer for 2025-26" is a school year, not the 26th of the page's month."""
    assert [f.text for f in extract("The pay offer for 2025-26 proposes a 3.5 per cent rise.")] == []
    assert [f.value.value for f in extract("The meeting is on 2025-03-26.")] == ["2025-03-26"]


def test_last_and_next_weekday_skip_the_publication_day():
    assert value_of("last Thursday") == ("2017-02-23", "day")
    assert value_of("next Thursday") == ("2017-03-09", "day")


def test_a_month_without_a_year_follows_the_tense():
    past = "Last year, in September, the firm said it had lost money."
    assert value_of("in September", sentence=past) == ("2016-09", "month")
    assert value_of("April", sentence="The talks resumed in April.") == ("2016-04", "month")
    assert value_of("April", sentence="The talks will resume in April.") == ("2017-04", "month")
    assert value_of("February", sentence="They will meet again in February.") == ("2018-02", "month")
    assert value_of("March", sentence="The firm was founded in March.") == ("2017-03", "month")


def test_a_day_without_a_year_follows_the_tense_and_else_the_nearest():
    assert value_of("Feb. 8", sentence="On Feb. 8 the company filed for bankruptcy.") == ("2017-02-08", "day")
    assert value_of("March 20", sentence="The vote will be held on March 20.") == ("2017-03-20", "day")
    assert value_of("Dec. 28", sentence="The deadline is Dec. 28.") == ("2016-12-28", "day")


def test_a_weekday_written_beside_a_day_picks_the_year():
    # 25 April was a Saturday in 2015, not in 2016 (Monday) nor 2014 (Friday)
    assert value_of("Saturday, April 25", date(2015, 4, 24)) == ("2015-04-25", "day")


def test_quarters_and_seasons_are_kept_at_year_precision():
    assert value_of("the third quarter of 2016") == ("2016", "year")
    assert value_of("third-quarter") == ("2016", "year")
    assert value_of("last fall") == ("2016", "year")
    assert normalise("last winter", PUBLISHED) is None  # straddles two years


@pytest.mark.parametrize(
    "expression",
    [
        "70-year-old", "aged 70", "age 70", "for three years", "two weeks", "24 hours",
        "the past three years", "decades", "recent years", "now", "recently", "the future",
        "the 1990s", "the 20th century", "70", "daily", "the morning", "night", "",
        "   ", "hello world", "several years ago",
    ],
)  # fmt: skip
def test_ages_durations_and_vague_words_are_not_points_in_time(expression):
    assert normalise(expression, PUBLISHED) is None


def test_relative_expressions_stay_unresolved_without_a_publication_date():
    found = normalise("Wednesday", None)
    assert found.resolved is False and found.value is None and found.relative is True
    assert describe(found) == "unresolved 'Wednesday' (no publication date)"
    for expression in ("last year", "yesterday", "in September", "Feb. 8", "two weeks ago"):
        found = normalise(expression, None)
        assert (found.resolved, found.value) == (False, None), expression


def test_absolute_expressions_resolve_without_a_publication_date():
    found = normalise("January 10, 2017", None)
    assert (found.value, found.resolved, found.relative) == ("2017-01-10", True, False)
    assert value_of("in 2016", None) == ("2016", "year")
    assert value_of("September 2016", None) == ("2016-09", "month")


def test_a_clock_time_without_a_day_is_kept_unresolved():
    found = normalise("at 10 p.m.", PUBLISHED)
    assert (found.value, found.resolved, found.part, found.type) == (None, False, "night", "TIME")
    assert "day is not stated" in describe(found)


def test_the_value_is_json_ready_with_every_key_in_order():
    found = normalise("Wednesday night", PUBLISHED, sentence="The blast hit on Wednesday night.")
    as_json = found.to_dict()
    assert json.loads(json.dumps(as_json)) == as_json
    assert list(as_json) == ["value", "precision", "part", "relative", "resolved", "tense", "type", "expression"]
    assert found.tense == "past" and found.relative is True and found.resolved is True


def test_an_unresolved_value_gives_its_reason_and_a_bounded_one_its_cue_last():
    assert list(normalise("Wednesday", None).to_dict())[-1] == "reason"
    bounded = with_bound("until Wednesday", 6, normalise("Wednesday", None)).to_dict()
    assert list(bounded)[-3:] == ["reason", "bound", "bound_cue"]
    assert (bounded["bound"], bounded["bound_cue"]) == ("before", "until")
    assert with_bound("since 1967", 6, normalise("1967", None)).bound == "after"


def test_published_may_be_a_datetime_or_an_iso_string():
    from datetime import datetime

    assert value_of("yesterday", datetime(2017, 3, 2, 15, 30)) == ("2017-03-01", "day")
    assert value_of("yesterday", "2017-03-02") == ("2017-03-01", "day")  # type: ignore[arg-type]


@settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    expression=st.one_of(
        st.text(max_size=80),
        st.lists(
            st.sampled_from(
                [
                    "last", "next", "this", "Monday", "Feb.", "8", "29", "31", "2017", "9999",
                    "0001", "March", "of", "the", "night", "10", "p.m.", "ago", "two", "weeks",
                    "year", "quarter", "third", "fall", "Christmas", "nineteen", "ninety-six",
                    "weekend", "early", "mid-", "(", ")", ",", "today", "tomorrow", "W53",
                    "2016-W53", "12/31/99", "fiscal", "Easter", "1000", "2200", "2201",
                ]
            ),
            max_size=7,
        ).map(" ".join),
    ),
    published=st.one_of(st.none(), st.dates()),
    sentence=st.text(max_size=60),
)  # fmt: skip
def test_normalise_never_raises_and_returns_dates_between_1000_and_2200(expression, published, sentence):
    found = normalise(expression, published, sentence=sentence)
    if found is None:
        return
    assert isinstance(describe(found), str)
    assert dates_agree(found, found)
    if found.value is not None:
        assert ISO_VALUE.match(found.value), found
        assert 1000 <= int(found.value[:4]) <= 2200, found


# ------------------------------------------------------------------------------------------
# extract_dates: the real spaCy pipeline
# ------------------------------------------------------------------------------------------


@pytest.mark.e2e
def test_extract_finds_a_weekday_with_offsets_into_the_sentence():
    sentence = "The attack happened on Wednesday, police said."
    facet = only(sentence)
    assert facet.kind is FacetKind.DATE
    assert (facet.text, facet.value.value, facet.value.precision) == ("Wednesday", "2017-03-01", "day")
    assert sentence[facet.start : facet.end] == facet.text
    assert facet.value.tense == "past"


@pytest.mark.e2e
def test_extract_thursday_with_mar_2_tagged_person_gives_agreeing_values():
    facets = extract("The vote on Thursday (Mar 2) was close.")
    assert facets and {f.value.value for f in facets} == {"2017-03-02"}
    assert any("Mar 2" in f.text for f in facets)  # spaCy tags "Mar" PERSON
    assert all(dates_agree(a.value, b.value) for a in facets for b in facets)


@pytest.mark.e2e
def test_extract_month_in_a_sentence_about_last_year():
    facets = extract("Last year, in September, the firm said it had lost money.")
    assert [(f.text, f.value.value) for f in facets] == [("Last year", "2016"), ("September", "2016-09")]


@pytest.mark.e2e
@pytest.mark.parametrize(
    ("sentence", "text", "value", "part"),
    [
        ("He was born January 10, 2017.", "January 10, 2017", "2017-01-10", None),
        ("The blast hit on Wednesday night.", "Wednesday night", "2017-03-01", "night"),
        ("Sales fell last month.", "last month", "2017-02", None),
        ("Yesterday the storm hit the coast.", "Yesterday", "2017-03-01", None),
        ("In 2016 the company grew.", "2016", "2016", None),
        ("On Feb. 8 the company filed.", "Feb. 8", "2017-02-08", None),
        ("The results were released today.", "today", "2017-03-02", None),
        ("Talks collapsed this week.", "this week", "2017-W09", None),
        ("Negotiations broke off at noon Thursday.", "noon Thursday", "2017-03-02", "afternoon"),
        ("It had been due to expire Friday evening.", "Friday evening", "2017-03-03", "evening"),
        ("The shooting happened at 2 a.m. on Wednesday.", "2 a.m. on Wednesday", "2017-03-01", "early"),
        ("The attack took place in the early hours of 1 March.", "1 March", "2017-03-01", None),
        ("WASHINGTON, March 2 (Reuters) - Markets rose.", "March 2", "2017-03-02", None),
    ],
)
def test_extract_single_expressions(sentence, text, value, part):
    facet = only(sentence)
    assert (facet.text, facet.value.value, facet.value.part) == (text, value, part)
    assert sentence[facet.start : facet.end] == facet.text


@pytest.mark.e2e
def test_extract_reads_the_future_tense_from_the_governing_verb():
    facet = only("The talks will resume in April.")
    assert (facet.value.value, facet.value.tense) == ("2017-04", "future")
    facet = only("The company will meet on Monday.")
    assert (facet.value.value, facet.value.tense) == ("2017-03-06", "future")
    facet = only("The meeting was scheduled for Friday.")
    assert facet.value.value == "2017-03-03"
    facet = only("A first attempt to refloat the ship was expected on Sunday, the coastguard said.")
    assert facet.value.value == "2017-03-05"  # a coming day, as "scheduled", though said in the past tense


@pytest.mark.e2e
def test_extract_keeps_each_clause_its_own_tense():
    facets = extract("Officials said Tuesday that talks would resume next week.")
    assert [(f.text, f.value.value, f.value.tense) for f in facets] == [
        ("Tuesday", "2017-02-28", "past"),
        ("next week", "2017-W10", "future"),
    ]


@pytest.mark.e2e
def test_extract_skips_ages_and_durations():
    assert extract("The minister, 70, and a 70-year-old man were hurt.") == ()
    assert extract("He served for three years and spent two weeks and 24 hours in jail.") == ()
    assert extract("The victim, aged 70, was named.") == ()


@pytest.mark.e2e
def test_extract_splits_ranges_and_finds_years_spacy_misses():
    facets = extract("The fighting lasted from 2010 to 2015 and resumed between Monday and Tuesday.")
    assert [(f.text, f.value.value) for f in facets] == [
        ("2010", "2010"),
        ("2015", "2015"),
        ("Monday", "2017-02-27"),
        ("Tuesday", "2017-02-28"),
    ]


@pytest.mark.e2e
def test_extract_ignores_names_that_contain_date_words():
    assert extract("The Sunday Times reported the claim.") == ()
    facets = extract("About 1500 troops arrived in 2016.")
    assert [(f.text, f.value.value) for f in facets] == [("2016", "2016")]


@pytest.mark.e2e
def test_extract_without_a_publication_date():
    facets = extract("On Wednesday the firm said its January 10, 2017 filing was late.", published=None)
    by_text = {f.text: f.value for f in facets}
    assert by_text["Wednesday"].resolved is False and by_text["Wednesday"].value is None
    assert by_text["January 10, 2017"].value == "2017-01-10"


@pytest.mark.e2e
def test_extract_on_an_empty_sentence():
    assert extract("") == ()


# ------------------------------------------------------------------------------------------
# The benchmark's comparison with TimeML values
# ------------------------------------------------------------------------------------------


def v(value, precision, part=None, resolved=True):
    return DateValue(value, precision, part, False, resolved, "present", "DATE", str(value))


def _benchmark():
    path = Path(__file__).resolve().parents[1] / "benchmarks" / "facets_dates.py"
    spec = importlib.util.spec_from_file_location("facets_dates_benchmark", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def test_benchmark_reads_timeml_values_at_their_precision():
    bench = _benchmark()
    assert bench.gold_point("1998-02-19TNI") == ("1998-02-19", "day")
    assert bench.gold_point("1998-W7") == ("1998-W07", "week")
    assert bench.gold_point("1998-10-XX") == ("1998-10", "month")
    assert bench.gold_point("1989-WXX") == ("1989", "year")
    for unrepresentable in ("1989-Q3", "1998-FA", "PRESENT_REF", "199X", "P1W", "1990-W32-WE"):
        assert bench.gold_point(unrepresentable) is None
    assert bench.value_matches(v("1998-02-19", "day"), "1998-02")  # finer is truncated
    assert not bench.value_matches(v("1998", "year"), "1998-02")  # coarser misses
    assert not bench.value_matches(v("1998-02-19", "day"), "1998-02", strict=True)
    assert bench.value_matches(v("1998-02-19", "day"), "1998-W08")


# ------------------------------------------------------------------------------------------
# Clock times: the time of day, its zone and its hedge
# ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("expression, clock, zone, approx", [
    ("10:41 p.m.", "22:41", None, None),
    ("around 6:15 a.m. local time", "06:15", "local", "about"),
    ("11 am (local time)", "11:00", "local", None),
    ("7.40 PM", "19:40", None, None),
    ("5:12pm", "17:12", None, None),
    ("02:48 GMT", "02:48", "GMT", None),
    ("1840 hours", "18:40", None, None),
    ("0630 GMT", "06:30", "GMT", None),
    ("just after 2 a.m. on Tuesday", "02:00", None, "after"),
])
def test_clock_times_are_read_with_their_zone_and_hedge(expression, clock, zone, approx):
    found = normalise(expression, PUBLISHED)
    assert found is not None and found.type == "TIME"
    assert (found.clock, found.zone or None, found.approx or None) == (clock, zone, approx)


@pytest.mark.parametrize("expression", ["8:20", "nine o'clock", "three hours"])
def test_a_time_that_may_be_morning_or_evening_or_a_duration_has_no_clock(expression):
    found = normalise(expression, PUBLISHED)
    assert found is None or not found.clock


@pytest.mark.e2e
@pytest.mark.parametrize("sentence, text, clock, zone, approx", [
    ("The ferry sank at around 6:15 a.m., the coast guard said.", "around 6:15 a.m.", "06:15", None, "about"),
    ("The council met for an 11 am (local time) session on the budget.", "11 am (local time", "11:00", "local", None),
    ("Doctors declared him dead at 5:12pm.", "5:12pm.", "17:12", None, None),
    ("The blast was recorded at 02:48 GMT by seismologists.", "02:48 GMT", "02:48", "GMT", None),
    ("The quake hit at 1542 GMT off the coast.", "1542 GMT", "15:42", "GMT", None),  # wire copy's clock, not a year
])
def test_extract_finds_clock_times_on_their_own(sentence, text, clock, zone, approx):
    facet = only(sentence)
    assert facet.text == text
    assert (facet.value.clock, facet.value.zone or None, facet.value.approx or None) == (clock, zone, approx)


@pytest.mark.e2e
def test_extract_a_time_and_its_conversion_to_another_zone():
    facets = extract("The quake struck at 7:21 a.m. local time (22:21 GMT) on the coast.")
    assert [(f.value.clock, f.value.zone) for f in facets] == [("07:21", "local"), ("22:21", "GMT")]


@pytest.mark.e2e
def test_a_day_on_the_complement_of_a_verb_takes_the_verbs_tense():
    """ "Will stay closed until Wednesday" (page of Thursday 2 March 2017) is the coming Wednesday."""
    facet = only("Schools will stay closed until Wednesday.")
    assert (facet.value.value, facet.value.bound) == ("2017-03-08", "before")
    assert only("The dividend is payable Friday.").value.tense == "present"  # an adjective alone says nothing


@pytest.mark.e2e
def test_a_modal_looks_forward_unless_have_follows():
    """Page of Thursday 2 March 2017: "should reopen by Friday" is the coming Friday; "could have reopened on
    Monday" the Monday gone."""
    assert only("The bridge should reopen by Friday.").value.value == "2017-03-03"
    assert only("Volunteers must register by Monday.").value.value == "2017-03-06"
    assert only("The bridge could have reopened on Monday.").value.value == "2017-02-27"


@pytest.mark.e2e
def test_a_weekday_on_a_verb_in_the_present_is_the_nearest_one():
    """Page of Thursday 2 March 2017: wire copy tells the past in the past tense, so "meets Saturday" is the coming
    Saturday; local news tells the day just gone in the present ("is dead Wednesday night"): the nearest such day
    either way. A past tense, a verb of saying, a weekday of a noun and a past the tagger may read as a present
    ("swam") keep the day gone."""
    assert only("The city council meets Saturday to vote on the budget.").value.value == "2017-03-04"
    assert only("One person is dead Wednesday night after a house fire.").value.value == "2017-03-01"  # the day gone
    assert only("The deadline for a deal is Friday.").value.value == "2017-03-03"
    assert only("The team is playing on Saturday against Leeds.").value.value == "2017-03-04"
    assert only("The council met Monday to vote on the budget.").value.value == "2017-02-27"
    assert only("Claire Dunmore swam the English Channel on Monday.").value.value == "2017-02-27"
    assert only("The move follows Monday's announcement by the board.").value.value == "2017-02-27"
    assert only("Weakness in oil stocks hurt the index on Monday.").value.value == "2017-02-27"


@pytest.mark.e2e
def test_a_list_of_days_of_one_month_gives_each_day():
    """Page of 2 March 2017: "on Feb. 3, 4 and 6" is three days; "on Feb. 3 and 4 people" one."""
    assert [f.value.value for f in extract("Drivers walked out on February 3, 4 and 6 in a dispute over pay.")] == [
        "2017-02-03", "2017-02-04", "2017-02-06"]
    assert [f.value.value for f in extract("Flights were cancelled on 3, 4 and 6 February.")] == [
        "2017-02-03", "2017-02-04", "2017-02-06"]
    assert [f.value.value for f in extract("On February 3 and 4 people were hurt.")] == ["2017-02-03"]


@pytest.mark.e2e
def test_a_weekday_right_after_a_verb_of_saying_dates_the_saying():
    """ "Said on Monday it would buy back shares" (page of Thursday 2 March 2017): the Monday gone, of saying, though
    the parser may hang it on "buy"; "said the plant would reopen on Monday" is the coming one."""
    facet = only("Helix Corp said on Monday it would buy back $2 billion of its shares.")
    assert (facet.value.value, facet.value.said) == ("2017-02-27", "say")
    assert only("The minister said on Monday he would resign.").value.value == "2017-02-27"
    assert only("He said the plant would reopen on Monday.").value.value == "2017-03-06"


@pytest.mark.e2e
def test_the_weekend_forecast_is_the_coming_one():
    """Page of Thursday 2 March 2017: "rain is forecast for the weekend" is 4-5 March (week 9), "took place at the
    weekend" the one gone (week 8)."""
    assert only("More rain is forecast for the weekend.").value.value == "2017-W09"
    assert only("The festival took place at the weekend.").value.value == "2017-W08"


@pytest.mark.e2e
def test_a_weekday_a_thing_is_due_or_set_for_is_to_come():
    """Page of Thursday 2 March 2017: "the payment is due Monday" is 6 March; "was due on Monday" the one gone."""
    assert only("The payment is due Monday.").value.value == "2017-03-06"
    assert only("The vote is set for Tuesday.").value.value == "2017-03-07"



def test_late_or_early_on_a_day_name_is_late_or_early_that_day():
    """ "Evacuated late on Saturday" is late Saturday, not any time on Saturday (which "Friday night" would meet
    across midnight)."""
    (late,) = extract("Residents were evacuated late on Saturday after the river burst its banks.")
    (early,) = extract("Two men were arrested early on Sunday.")
    assert (late.text, late.value.value, late.value.part) == ("late on Saturday", "2017-02-25", "late")
    assert (early.value.value, early.value.part) == ("2017-02-26", "early")


def test_a_day_called_off_or_a_day_weeks_gone_is_not_moved_a_week_or_a_year():
    """ "Eurostar has cancelled 14 trains on Thursday" on a Wednesday page is tomorrow's trains, not last week's;
    "380 deaths between June 28 and 30 could be attributed to the heat" on a July page is this June, not next."""
    (thursday,) = extract("Eurostar has cancelled 14 trains on Thursday.", date(2025, 12, 3))
    assert thursday.value.value == "2025-12-04"
    june = extract("The ministry said 380 deaths between June 28 and June 30 could be attributed to the heat.",
                   date(2025, 7, 1))
    assert [f.value.value for f in june] == ["2025-06-28", "2025-06-30"]
    (coming,) = extract("The summit will be held on July 28.", date(2025, 7, 1))
    assert coming.value.value == "2025-07-28"


@pytest.mark.e2e
def test_a_date_in_a_wire_dateline_is_the_day_of_the_report():
    facets = extract("MATI, Philippines, March 11 (Reuters) - A strong earthquake struck the island late on Monday.")
    assert [(f.text, f.value.said or None) for f in facets] == [("March 11", "dateline"), ("late on Monday", None)]
    (told,) = extract("The vote was held on March 11 - a day early.")
    assert not told.value.said


@pytest.mark.e2e
def test_the_previous_or_next_day_counts_from_the_day_the_sentence_names():
    facets = extract("Shares fell a further 4% on Wednesday, after a 9% drop the previous day.")
    wednesday, previous = (f.value for f in facets)
    assert date.fromisoformat(previous.value) == date.fromisoformat(wednesday.value) - timedelta(days=1)
    (_, following) = extract("The storm hit the coast on Monday, and the army arrived the following day.")
    assert following.text == "the following day" and date.fromisoformat(following.value.value).weekday() == 1
    assert extract("He said the previous day had been hard.") == ()  # no day to count from


def test_a_date_that_owns_a_noun_dates_that_noun():
    """ "Tuesday's election" dates the election, whatever verb the sentence tells ("showed"); "from" before it opens
    the noun's phrase and sets no period after Tuesday."""
    (facet,) = extract("Figures from Tuesday's election showed a swing to Labour.")
    assert facet.value.event == "election"
    assert facet.value.value == "2017-02-28" and not facet.value.bound


def test_a_day_in_a_bracketed_conversion_to_another_zone_is_not_the_events_day():
    """ "landed at 4:40 a.m. (2040 GMT Thursday)" on a Friday page: Thursday is the day in London, not where it
    happened; a day outside the brackets is still read."""
    found = extract("The storm made landfall at 4:40 a.m. (2040 GMT Thursday) in the port.", date(2013, 11, 8))
    assert not [f for f in found if f.value.value == "2013-11-07"]
    found = extract("The quake struck at 11:56 a.m. (0611 GMT) on Saturday.", date(2013, 11, 9))
    assert [f.value.value for f in found if f.value.precision == "day" and f.value.value] == ["2013-11-09"]


def test_a_day_hung_on_the_object_of_a_verb_of_saying_or_on_speaking_dates_a_statement():
    """ "declared a state of emergency on Tuesday night" dates the declaring, as "on Tuesday night declared" does;
    "speaking on Friday morning, he said" dates what he said."""
    (declared,) = extract("The government declared a state of emergency on Tuesday night.")
    assert declared.value.said == "declare"
    (spoken,) = extract("The minister, speaking outside parliament on Friday morning, said the matter was settled.")
    assert spoken.value.said == "speak"
    (fire,) = extract("The fire on Wednesday destroyed the old mill.")
    assert not fire.value.said


def test_a_verb_of_force_without_words_dates_an_event_not_a_statement():
    """ "slammed ashore on Tuesday evening" is a storm's landfall; "slammed the plan on Tuesday" is a statement."""
    (storm,) = extract("The storm, which slammed ashore on Tuesday evening, left a trail of destruction.")
    assert not storm.value.said
    (mayor,) = extract("The mayor on Tuesday slammed the plan.")
    assert mayor.value.said == "slam"


def test_shortly_after_a_clock_time_is_that_time_not_an_open_interval():
    """ "Broke out shortly after 6:30 a.m. Tuesday" is that morning (so "started on Wednesday" clashes with it); "after
    Tuesday" alone is still any time from then on."""
    near = only("The blaze broke out shortly after 6:30 a.m. Tuesday near the dam.")
    assert (near.value.value, near.value.bound) == ("2017-02-28", ABSENT)
    assert only("The road stayed shut after Tuesday.").value.bound == "after"
