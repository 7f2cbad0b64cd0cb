"""Tests for the date rule's knowledge (consistency.compare.dates): when two date values agree, and how one reads."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from consistency.compare.dates import dates_agree, describe
from consistency.core.values.dates import DateValue
from consistency.facets.dates import normalise

# An article published on Thursday 2 March 2017.
PUBLISHED = date(2017, 3, 2)


def v(value, precision, part=None, resolved=True):
    return DateValue(value, precision, part, False, resolved, "present", "DATE", str(value))


@pytest.mark.parametrize(
    ("a", "b", "agree"),
    [
        (v("2016", "year"), v("2016-09", "month"), True),
        (v("2016", "year"), v("2016-09-14", "day"), True),
        (v("2016", "year"), v("2017-03", "month"), False),
        (v("2017-03-01", "day"), v("2017-03-01", "day", "night"), True),
        (v("2017-03-01", "day"), v("2017-03-02", "day"), False),
        (v("2017-03-01", "day", "morning"), v("2017-03-01", "day", "night"), False),
        (v("2017-03-01", "day", "evening"), v("2017-03-01", "day", "night"), True),
        (v("2017-03-01", "day", "night"), v("2017-03-02", "day", "morning"), True),
        (v("2017-03-01", "day", "night"), v("2017-03-02", "day"), False),
        (v("2017-W09", "week"), v("2017-03-01", "day"), True),
        (v("2017-W09", "week"), v("2017-03-08", "day"), False),
        (v("2017-W09", "week"), v("2017-02", "month"), True),
        (v(None, "day", resolved=False), v("2017-03-01", "day"), True),
        (v(None, "day"), v("2017-03-01", "day"), True),  # no value to place: never a disagreement
        (v("not a date", "day"), v("2017-03-01", "day"), True),
        (replace(v("1967", "year"), bound="before", bound_cue="before"), v("1960-05", "month"), True),
        (replace(v("1967", "year"), bound="before", bound_cue="before"), v("1970", "year"), False),
        (replace(v("2017-06-03", "day"), bound="after", bound_cue="since"), v("2017-07", "month"), True),
    ],
)
def test_dates_agree_is_precision_aware(a, b, agree):
    assert dates_agree(a, b) is agree
    assert dates_agree(b, a) is agree


@pytest.mark.parametrize(
    ("expression", "words"),
    [
        ("Wednesday", "Wed 1 Mar 2017"),
        ("Wednesday night", "Wed 1 Mar 2017 (night)"),
        ("September 2016", "September 2016"),
        ("2016", "2016"),
        ("this week", "the week of Mon 27 Feb 2017"),
    ],
)
def test_describe_in_plain_words(expression, words):
    assert describe(normalise(expression, PUBLISHED)) == words


def test_describe_says_the_bound_before_the_date():
    value = replace(normalise("Wednesday", PUBLISHED), bound="before", bound_cue="no later than")
    assert describe(value) == "no later than Wed 1 Mar 2017"
