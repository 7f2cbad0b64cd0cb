"""A counted noun the lemmatizer leaves plural ("iPhones") is the same noun as its singular on the other side."""

from __future__ import annotations

import pytest

from consistency.compare.numbers import compare_numbers
from consistency.core.types import FacetKind, Severity

from .test_reading_pairs import _read_pair

pytestmark = pytest.mark.e2e


def test_a_brand_plural_counts_the_same_thing_as_plain_text():
    pair = _read_pair("The company sold 74.5 million iPhones in its fiscal first quarter, which ended on Dec. 27, up 46 "
                      "percent from a year earlier.", "Apple sold 47.5 million iPhones in the quarter to December 27.")
    nouns = {f.value.noun for side in ("x", "y") for f in pair.of(side, FacetKind.NUMBER) if f.value.kind == "count"}
    assert nouns == {"iphone"}
    assert [f.severity for f in compare_numbers(pair)] == [Severity.MEDIUM]


def test_a_word_that_ends_in_double_s_keeps_it():
    pair = _read_pair("Police seized 40 glasses from the bar.", "Police seized 40 glasses from the bar.")
    assert {f.value.noun for f in pair.of("x", FacetKind.NUMBER)} == {"glass"}
