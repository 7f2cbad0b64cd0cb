"""How two numbers agree and how one is described (compare/numbers.py), on numbers read from real sentences."""

from __future__ import annotations

import pytest

from consistency.compare.numbers import describe_number, numbers_agree
from consistency.core.values.numbers import NumberValue

from .test_numbers_extract import numbers, one_number

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
