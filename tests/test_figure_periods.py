"""Pairs read by every facet: a figure dated by a day against one dated by a month or year that does not hold it."""

from __future__ import annotations

import pytest

from consistency.compare.numbers import compare_numbers
from consistency.core.types import Severity

from .test_reading_pairs import _read_pair

pytestmark = pytest.mark.e2e


def test_a_score_of_today_and_one_of_an_earlier_month_are_two_games():
    pair = _read_pair("The home side won the final 31-12 at the national stadium this afternoon.",
                      "The visitors had beaten the home side 24-20 in a friendly in February.")
    assert [f for f in compare_numbers(pair) if f.severity is not Severity.LOW] == []


def test_a_day_inside_the_month_is_still_one_period():
    pair = _read_pair("The carmaker said on May 3 it would cut 500 jobs at the plant.",
                      "The carmaker said in May it would cut 800 jobs at the plant.")
    assert [f.severity for f in compare_numbers(pair) if f.severity is not Severity.LOW] != []
