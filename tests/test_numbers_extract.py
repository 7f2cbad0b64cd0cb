"""The number facet reading real sentences (spaCy): counts, bounds, scores, ranges, money, units, and what is not a number."""

from __future__ import annotations

import json
from functools import lru_cache

import pytest

from consistency.compare.numbers import numbers_agree
from consistency.core.types import Facet, FacetKind
from consistency.core.values import ABSENT
from consistency.core.values.numbers import NumberValue
from consistency.facets.nlp import parse
from consistency.facets.numbers import extract_numbers

pytestmark = pytest.mark.e2e


@lru_cache(maxsize=None)
def doc(text: str):
    return parse([text])[0]


def number_facets(text: str) -> list[Facet]:
    facets = extract_numbers(doc(text))
    for f in facets:
        assert f.kind is FacetKind.NUMBER
        assert isinstance(f.value, NumberValue)
        assert doc(text).text[f.start:f.end] == f.text
        json.dumps(f.value.to_dict(), allow_nan=False)
    return list(facets)


def numbers(text: str) -> list[NumberValue]:
    return [f.value for f in number_facets(text)]


def one_number(text: str) -> NumberValue:
    found = numbers(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "value", "noun", "kind"),
    [
        ("The race drew 1,500 runners.", 1500.0, "runner", "count"),
        ("The fund lost 2.5 million members.", 2.5e6, "member", "count"),
        ("Fifteen people died in the fire.", 15.0, "people", "count"),
        ("Forty-two people were rescued.", 42.0, "people", "count"),
        ("A dozen eggs broke.", 12.0, "egg", "count"),
        ("One hundred and five people were hurt.", 105.0, "people", "count"),
        ("Police arrested 3.5 thousand protesters.", 3500.0, "protester", "count"),
    ],
)
def test_counts(text, value, noun, kind):
    n = one_number(text)
    assert (n.value, n.noun, n.kind, n.approx) == (value, noun, kind, None)


def test_approximators():
    assert one_number("At least 15 people were killed.").approx == "at least"
    assert one_number("The bill got more than 58 votes.").approx == "more than"
    assert one_number("About 60 people died.").approx == "about"
    assert one_number("Up to 40 people were evacuated.").approx == "up to"
    assert one_number("Fewer than 10 people came.").approx == "less than"
    assert one_number("Some 2,500 troops arrived.").approx == "about"
    assert one_number("50 or more people were evacuated.").approx == "at least"


def test_vague_plurals_are_lower_bounds():
    n = one_number("Dozens of people were injured.")
    assert (n.value, n.approx, n.noun, n.vague) == (24.0, "at least", "people", "dozens")
    n = one_number("Tens of thousands of people fled.")
    assert (n.value, n.approx) == (20000.0, "at least")


def test_event_counts_use_the_verb():
    a = one_number("He spoke twice last year with Russia's ambassador.")
    b = one_number("The Justice Department accused Sessions of speaking to Sergei Kislyak twice in 2016.")
    assert (a.value, a.noun) == (2.0, "speak")
    assert (b.value, b.noun) == (2.0, "speak")
    assert numbers_agree(a, b) is True
    [c] = number_facets("They met two times in Moscow.")
    assert (c.value.value, c.value.noun, c.text) == (2.0, "meet", "two times")
    assert one_number("He thrice refused the offer.").value == 3.0
    assert one_number("She met him once in Paris.").value == 1.0
    a = one_number("The company has been fined twice before for pollution offences.")
    b = one_number("The company has been fined for pollution two times before.")
    assert a.noun == b.noun == "fine" and numbers_agree(a, b) is True


def test_not_event_counts():
    assert numbers("He once served as a senator.") == []
    assert numbers("Prices are twice as high as last year.") == []
    assert numbers("Sales were three times higher.") == []
    assert numbers("He takes the pill twice daily.") == []


def test_score_keeps_both_numbers():
    n = one_number("The bill passed 52-47 in the Senate.")
    assert (n.kind, n.value, n.noun) == ("score", [52.0, 47.0], "vote")
    m = one_number("The Senate voted 52 to 47 to confirm him.")
    assert m.value == [52.0, 47.0]
    assert numbers_agree(n, m) is True
    assert numbers_agree(n, one_number("The bill passed 51-48 in the Senate.")) is False
    assert one_number("The measure passed by 38 votes to 27.").value == [38.0, 27.0]
    assert one_number("The vote was 38 to 27 in favour.").value == [38.0, 27.0]
    assert all(n.kind != "score" for n in numbers("Prices fell from 38 to 27."))
    glued = one_number("Harbour City beat Northgate United 3-1 on Saturday.")  # the model puts 3-1 in the ORG
    assert (glued.kind, glued.value) == ("score", [3.0, 1.0])


def test_dashed_range():
    n = one_number("Officials said 10-15 people were hurt.")
    assert (n.value, n.upper, n.noun) == (10.0, 15.0, "people")
    assert numbers_agree(n, one_number("Officials said 12 people were hurt.")) is True


def test_percent_and_money():
    p = one_number("Turnout rose 4.5 percent.")
    assert (p.value, p.unit, p.kind) == (4.5, "percent", "percent")
    assert one_number("Turnout was 58% of voters.").noun == "voter"
    m = one_number("The company paid $2.5 billion.")
    assert (m.value, m.unit, m.kind) == (2.5e9, "usd", "money")
    assert one_number("The company paid $2.5bn.").value == 2.5e9
    # a tabloid glues the word too: "£3.6billion" is a sum, not a word the reader skips
    glued = one_number("Shareholders backed a £3.6billion bid for the chain.")
    assert (glued.value, glued.unit, glued.kind) == (3.6e9, "gbp", "money")
    assert one_number("The council spent £12million on the scheme.").value == 12e6
    # a sentence that ends on a sum keeps its multiplier ("£141.8m." is not £141.80 of "m.")
    ending = one_number("Pre-tax profit came to £141.8m.")
    assert (ending.value, ending.unit, ending.noun) == (141.8e6, "gbp", None)
    # pence: a dividend, a share price
    pence = one_number("The board declared a dividend of 4.2p a share.")
    assert (pence.kind, pence.unit) == ("money", "gbp") and abs(pence.value - 0.042) < 1e-12
    assert numbers("Passengers waited at platform 9p.") == []
    e = one_number("It cost 3 million euros.")
    assert (e.value, e.unit) == (3e6, "eur")
    assert one_number("The fine was £40.").unit == "gbp"
    assert one_number("He was paid 40 pounds.").unit == "gbp"
    big = one_number("The council approved a 410 million-pound tram line.")
    assert (big.kind, big.unit, big.value) == ("money", "gbp", 4.1e8)
    assert numbers_agree(big, one_number("The council approved the £410m tram line.")) is True


def test_units_convert():
    mi = one_number("He walked 3.1 miles.")
    assert (mi.unit, mi.kind, mi.si_unit) == ("mile", "quantity", "m")
    assert mi.si_value == pytest.approx(4988.97, rel=1e-4)
    km = one_number("He walked 5 km.")
    assert km.si_value == 5000.0
    assert one_number("The bag weighed 40 pounds.").unit == "lb"
    assert one_number("The wall is 10 feet high.").si_value == pytest.approx(3.048)
    assert one_number("A 3.1-mile race was held.").noun == "race"
    assert one_number("The car weighed 1,200 kg.").si_value == 1200.0


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("The 70-year-old gardener spoke.", "gardener"),
        ("The gardener, aged 70, spoke.", None),
        ("Maria Lopez, 70, said she would stay.", "Maria Lopez"),  # the whole name: a family shares the surname
        ("She was 70 years old.", None),
        ("Maria Lopez died at 70 in her sleep.", "Maria Lopez"),
        ("Lopez celebrated her 70th birthday at the lake.", None),
        # as an obituary or a profile gives it
        ("Maria Lopez died at her home at the age of 70, her family said.", "Maria Lopez"),
        ("She was 70.", "She"),
        ("Maria Lopez is 70, and still runs the shop.", "Maria Lopez"),
        # a described person named in the description's own phrase is that person; a name elsewhere is not
        ("The 70-year-old gardener, identified as Maria Lopez, was unhurt.", "Maria Lopez"),
        ("The 70-year-old gardener was unhurt, Maria Lopez said.", "gardener"),
    ],
)
def test_ages_are_read_as_ages_of_a_person(text, person):
    age = one_number(text)
    assert (age.kind, age.value) == ("age", 70.0)
    assert person is None or age.noun == person


def test_a_threshold_or_a_number_said_of_a_thing_is_no_age():
    assert [n.kind for n in numbers("Twelve children under the age of 16 were hurt.") if n.value == 16] != ["age"]
    assert [n.kind for n in numbers("The score was 70.")] == ["count"]
    assert [n.kind for n in numbers("He was 70 when he retired.")] == ["count"]


def test_a_minute_of_play_and_time_left():
    minute = one_number("The winger scored in the 64th minute.")
    assert (minute.kind, minute.value, minute.unit) == ("minute", 64.0, "minute")
    assert one_number("The winger scored with four minutes left.").kind == "countdown"
    assert one_number("The winger scored after 63 minutes.").kind == "quantity"


def test_people_joined_without_a_count_of_their_own_are_all_counted():
    assert one_number("The ferry sank with 52 passengers and crew aboard.").noun == "people"
    counted = numbers("The ferry carried 46 passengers and six crew.")
    assert counted[0].noun == "passenger" and counted[0].total == 52.0


@pytest.mark.parametrize(
    "text",
    [
        "The 6-month-old puppy slept.",
        "The meeting took place in 2016.",
        "He testified on January 10, 2017.",
        "The vote is at 3 p.m. on Friday.",
        "The vote starts at 10:30.",
        "The case turns on the First Amendment.",
        "Call 555-123-4567 for details.",
        "Call 1-800-555-1234 now.",
        "He spoke on Thursday (Mar 2).",
        "Flight 370 vanished.",
        "The COVID-19 rules ended.",
        "One of the meetings was private.",
        "He met her two years ago.",
        "The union wants a one-off bonus.",
        "Two-thirds of voters agreed.",
    ],
)
def test_not_numbers(text):
    assert numbers(text) == []


def test_ordinal_and_duration_are_claims():
    o = one_number("Trump's first national security adviser was fired.")
    assert (o.kind, o.value, o.noun) == ("ordinal", 1.0, "adviser")
    d = one_number("He was sentenced to 15 years in prison.")
    assert (d.unit, d.value) == ("year", 15.0)


def test_what_a_verb_of_lasting_measures_is_a_span_whatever_follows():
    d = one_number("The standoff lasted six hours before police moved in.")
    assert (d.unit, d.value) == ("hour", 6.0)
    assert one_number("It took three days after the storm to restore power.").value == 3.0
    # words between the verb and its span ("at least", "up to", "only") do not hide it
    for lead in ("for about", "at least", "up to", "only"):
        d = one_number(f"The standoff lasted {lead} six hours before police moved in.")
        assert (d.unit, d.value) == ("hour", 6.0), lead
    # years told from another event date it ("returned six years after the war"); minutes or hours from another
    # moment of the story are a gap it measures, read with the word that tells it so (compared as such)
    assert numbers("The soldiers returned six years after the war.") == []
    (gap,) = numbers("Police arrived six hours after the attack.")
    assert (gap.unit, gap.value, gap.since) == ("hour", 6.0, "after")



@pytest.mark.parametrize("text", [
    "She is the second sprinter to be banned in three years.",
    "Turnout was the highest in the past five years.",
    "It is the first time in 20 years that the club has won the cup.",
])
def test_a_span_framing_a_first_or_a_most_is_no_figure(text):
    """ "The second sprinter banned in three years" says how far back a record reaches, not how long a ban is."""
    assert all(v.unit != "year" for v in numbers(text))


def test_a_span_after_in_without_a_record_is_still_a_figure():
    assert [v.value for v in numbers("The company shed 300 jobs in two years.") if v.unit == "year"] == [2.0]


@pytest.mark.parametrize("text", [
    "The maximum sentence would rise from eight years to 15.",
    "The maximum jail term would rise to 15 years, up from eight at present.",
])
def test_a_unit_written_once_for_two_figures_is_both_figures(text):
    """ "From eight years to 15": 15 years, so the other outlet's "to 15 years, up from eight" agrees figure by figure."""
    assert sorted((v.value, v.unit) for v in numbers(text)) == [(8.0, "year"), (15.0, "year")]


def test_a_figure_of_what_would_have_happened_is_no_result():
    """ "The penalty would have been £160.6m had it not settled early": set against the fine paid, two figures."""
    assert one_number("The penalty would have been £160.6m had the bank not agreed to settle early.").forecast is True
    assert one_number("The bank was fined £112 million on Tuesday.").forecast is not True
    assert one_number("He said the bank would pay £112 million.").forecast is not True


@pytest.mark.parametrize("text", ["Another 30-40mm of rain is expected.", "Another 30-40 mm of rain is expected."])
def test_a_range_with_its_unit_glued_is_one_range(text):
    """ "30-40mm" is 30 to 40 millimetres, not a bare 30 and 40mm: "35mm" in another outlet lies within it."""
    (value,) = numbers(text)
    assert (value.value, value.upper, value.unit) == (30.0, 40.0, "mm")


def test_pounds_beside_a_pound_sign_are_sterling():
    found = numbers("The reward rose to £20,000, up from the ten thousand pounds offered on Monday.")
    assert sorted((v.value, v.kind, v.unit) for v in found) == [(10000.0, "money", "gbp"), (20000.0, "money", "gbp")]
    assert one_number("The baby weighed seven pounds.").unit == "lb"
    # one "pounds" read as money makes every "pounds" of the sentence money
    salaries = numbers("Starting salaries for teachers would rise to 31,650 pounds from 30,290 pounds.")
    assert {(v.kind, v.unit) for v in salaries} == {("money", "gbp")}


def test_an_ordinal_denied_tells_no_rank():
    assert numbers("Reyes is not the first Canadian sprinter to be caught out.") == []
    assert numbers("This isn't the first time the bridge has failed.") == []
    assert one_number("It was the first such ban in Canada.").kind == "ordinal"


def test_a_span_after_for_is_a_span_whatever_follows():
    """ "Banned for four years after testing positive": "for" measures the ban; "four years after the war" dates."""
    d = one_number("The sprinter was banned for four years after testing positive.")
    assert (d.unit, d.value) == ("year", 4.0)
    assert one_number("He was jailed for about ten years before his release.").value == 10.0
    assert numbers("Four years after the war, he returned home.") == []


def test_a_list_of_counted_nouns_carries_its_sum():
    parts = numbers("The ferry carried 200 passengers and 12 crew members.")
    assert [p.total for p in parts] == [212.0, 212.0]
    assert one_number("Three guards and a driver were arrested.").total == 4.0
    # an estimate or an uncounted noun in the list leaves it without a sum
    assert all(p.total is ABSENT for p in numbers("15 engines and about 80 firefighters were sent."))
    assert one_number("Three guards and several drivers were arrested.").total is ABSENT


def test_spaced_multipliers_and_a_currency_word_before_the_amount():
    spaced = one_number("The group lost about $80 bn in a day.")
    assert (spaced.value, spaced.unit, spaced.kind) == (8e10, "usd", "money")
    before = one_number("The club paid Euros 45m for the striker.")
    assert (before.value, before.unit, before.kind) == (4.5e7, "eur", "money")
    assert one_number("The 5 m wall fell.").unit == "m"  # a spaced "m" stays a metre


def test_rail_vehicles_under_any_name_are_one_counted_thing():
    assert one_number("Six bogies left the track.").noun == one_number("Six coaches left the track.").noun
    assert one_number("Two carriages overturned.").noun == "coach"


def test_mixed_numbers_and_halves_are_read_with_their_fraction():
    spans = {
        "The siege went on for two and a half weeks.": (2.5, "week"),
        "Rescuers dug for 5 1/2 hours.": (5.5, "hour"),
        "Rescuers dug for 5½ hours.": (5.5, "hour"),
        "The flight was held for half an hour.": (0.5, "hour"),
        "A half-hour later the doors opened.": (0.5, "hour"),  # a gap from the moment before, read with "later"
        "The crossing took a day and a half.": (1.5, "day"),
        "Talks ran for three hours and a half.": (3.5, "hour"),
        "They waited through a four-and-a-half-hour delay.": (4.5, "hour"),
    }
    for text, expected in spans.items():
        found = [(n.value, n.unit) for n in numbers(text)]
        assert found == ([expected] if expected else []), text
    counts = {
        "One and a half million voters stayed home.": 1_500_000.0,
        "Half a million voters stayed home.": 500_000.0,
        "Half a dozen voters stayed home.": 6.0,
        "Three and a half thousand voters stayed home.": 3_500.0,
    }
    for text, value in counts.items():
        n = one_number(text)
        assert (n.value, n.noun) == (value, "voter"), text
    money = one_number("The repairs cost $3 1/2 million.")
    assert (money.value, money.unit) == (3_500_000.0, "usd")
    # a half without a unit or a multiplier after it is no number
    assert numbers("Half of the voters stayed home.") == []


def test_four_digit_hours_on_the_clock_are_a_time_not_a_span():
    for text in ("The patrol left base at 0540 hours.", "Sirens sounded at 2215 hours local time.",
                 "The alarm was raised around 0730 hours."):
        assert numbers(text) == [], text
    served = one_number("Each volunteer gave 1200 hours of work last year.")
    assert (served.value, served.unit) == (1200.0, "hour")


def test_a_part_counted_by_the_noun_after_to_be():
    dead = one_number("Police said eleven of the dead were women.")
    assert (dead.value, dead.noun, dead.verb) == (11.0, "woman", "die")
    assert (one_number("Three of the injured were firefighters.").verb) == "injure"
    plain = one_number("Two of them were nurses.")
    assert (plain.noun, plain.verb) == ("nurse", None)
    # without a noun after "to be" the part names no counted thing
    assert one_number("Officials said 14 of the injured are in a serious condition.").noun is None


def test_the_size_of_a_body_in_members_or_seats_is_one_count():
    sizes = ["The bill passed the 450-member chamber.", "The 450-seat chamber passed the bill.",
             "The chamber has 450 seats.", "There are 450 members in the chamber.", "A council of 450 members met."]
    for text in sizes:
        n = one_number(text)
        assert (n.value, n.kind, n.noun) == (450.0, "size", "seat"), text
    # members of a body doing something, or a party's seats in it, are a count, not its size
    assert one_number("Some 230 members of the chamber voted for the bill.").kind == "count"
    assert one_number("The party has 120 seats in the chamber.").kind == "count"


def test_an_ordinal_standing_alone_counts_the_noun_of_the_ordinal_before_it():
    """ "Flooring him in the sixth round, he won it in the seventh": the seventh round, so a story that says the fight
    was stopped in the seventh round agrees with this one."""
    found = [(f.text, f.value.value, f.value.noun)
             for f in number_facets("After flooring the challenger in the sixth round, the champion won it in the seventh.")]
    assert found == [("sixth", 6.0, "round"), ("seventh", 7.0, "round")]
    # with no ordinal before it, a lone "the seventh" names nothing
    assert list(number_facets("The champion won it in the seventh.")) == []


def test_a_list_of_ordinals_counts_each_with_the_noun_they_share():
    """ "Scored twice, in the 70th and 78th minutes": both minutes, so a story that gives the 78th agrees."""
    found = [(f.value.kind, f.value.value) for f in number_facets("He scored in the 70th and 78th minutes, as United won.")]
    assert ("minute", 70.0) in found and ("minute", 78.0) in found
    found = [(f.value.value, f.value.noun) for f in number_facets("He won the first and second rounds easily.")]
    assert found == [(1.0, "round"), (2.0, "round")]


def test_a_hyphenated_ordinal_is_read_whole():
    """ "The eighty-fourth minute" is minute 84, not the 4th; "twenty-first" is not the cardinal 20."""
    assert [(n.value, n.kind) for n in numbers("Smith scored in the eighty-fourth minute.")] == [(84.0, "minute")]
    assert [n.value for n in numbers("She won the twenty-third stage of the race.")] == [23.0]



@pytest.mark.e2e
@pytest.mark.parametrize("text", ["The toll of the flood rose to six yesterday.", "Police had detained four people by Tuesday and 11 Saturday."])
def test_a_day_after_a_number_is_not_what_it_counts(text):
    assert all(v.noun not in ("yesterday", "saturday", "Saturday") for v in numbers(text))


@pytest.mark.e2e
def test_a_state_told_by_remain_or_unaccounted_is_what_happened_to_the_counted():
    from consistency.compare.numbers import numbers_agree

    missing = one_number("Some 36 people remain missing after the ferry sank.")
    unaccounted = one_number("Officials said 36 people were still unaccounted for.")
    rescued = one_number("Rescuers saved 35 people from the water.")
    assert numbers_agree(missing, unaccounted) is True
    assert numbers_agree(rescued, missing) is None  # saved and missing count different people


def test_a_measure_written_in_two_units_is_one_measure():
    """ "7 hours 33 minutes" is one span (7.55 hours), told back as written; "nine years and four months" too. A
    measure and an unrelated one of another dimension stay two."""
    from consistency.compare.number_words import describe_number

    (span,) = numbers("She swam the channel in 7 hours 33 minutes.")
    assert span.unit == "hour" and span.si_value == 7 * 3600 + 33 * 60
    assert describe_number(span) == "7 hours 33 minutes"
    (term,) = numbers("He was jailed for nine years and four months.")
    assert describe_number(term) == "9 years 4 months"
    assert describe_number(one_number("The search took 2.5 hours.")) == "2.5 hours"  # a decimal stays as written
    assert len(numbers("The 5 km route took 40 minutes.")) == 2


def test_a_match_minute_is_read_after_a_first_or_a_most_in_the_sentence():
    """ "for the second time ... in the 88th minute": the minute of a goal, not how far back a record reaches."""
    (minute,) = [v for v in numbers("For the second time this season, Okafor scored in the 88th minute.") if v.kind == "minute"]
    assert minute.value == 88


def test_a_thing_estimated_at_a_figure_is_no_forecast():
    """ "a cargo, estimated at 2,750 tonnes": what is there, as judged; "is expected to reach 3,000 tonnes" is a
    forecast."""
    (cargo,) = [v for v in numbers("A cargo of fertiliser, estimated at 2,750 tonnes, sat in the shed.") if v.unit == "tonne"]
    assert cargo.forecast is not True
    (later,) = [v for v in numbers("The stockpile is expected to reach 3,000 tonnes.") if v.unit == "tonne"]
    assert later.forecast is True
