"""Pairs read by every facet: figures that are more than a plain value (the record beaten, a bar to reach, a figure for
each of several) meet only figures of the same role."""

from __future__ import annotations

import pytest

from consistency.compare.numbers import compare_numbers
from consistency.core.types import Severity

from .test_reading_pairs import _read_pair

pytestmark = pytest.mark.e2e


def test_two_outlets_giving_the_old_record_differently_clash():
    """Both sentences give the record that was beaten; the one in apposition is the yardstick too."""
    pair = _read_pair("The film beat the previous opening record of $357.1 million, set by another sequel last year.",
                      "The previous record for an opening weekend, $375.1 million, was set by another sequel in 2023.")
    assert [f.severity for f in compare_numbers(pair)] != []
    assert all(f.severity is not Severity.LOW for f in compare_numbers(pair))


def test_a_new_figure_is_not_set_against_the_record_it_beat():
    pair = _read_pair("The painting sold for $179.4 million, a record for any artwork at auction.",
                      "The previous auction record, $142.4 million for a triptych, was set two years ago.")
    assert list(compare_numbers(pair)) == []


@pytest.mark.parametrize(("x", "y"), [
    ("The opposition won 48 seats, short of the 61 seats needed for a majority.",
     "The opposition won 48 seats, short of the 61 needed to govern alone."),
    ("No party won the 57 seats needed for a majority in the 113-seat chamber.",
     "The ruling party won 52 seats in the 113-seat chamber."),
    ("The judge sentenced him to 12 years in prison on the main charge.",
     "He was also sentenced to 10 years' jail on each of the three other charges, to run concurrently."),
])
def test_a_bar_to_reach_or_a_figure_for_each_meets_no_plain_count(x, y):
    """A figure told as a bar ("needed for a majority") or for each of several charges is not a count of what was
    done; two plain counts still meet."""
    assert [f for f in compare_numbers(_read_pair(x, y)) if f.severity is not Severity.LOW] == []


def test_two_bars_or_two_plain_counts_still_meet():
    bars = _read_pair("No party won the 57 seats needed for a majority.", "No party won the 59 seats needed for a majority.")
    assert [f.severity for f in compare_numbers(bars)] != []
    plain = _read_pair("The ruling party won 52 seats in the 113-seat chamber.",
                       "The ruling party won 57 seats in the 113-seat chamber.")
    assert [f.severity for f in compare_numbers(plain)] == [Severity.HIGH]
