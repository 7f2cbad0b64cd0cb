"""Pairs read by every facet: a quotation whose modal verb changed strength ("could" / "will") is a misquote."""

from __future__ import annotations

import pytest

from consistency.compare.quotes import compare_quotes
from consistency.core.types import Severity

from .test_reading_pairs import _read_pair

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(("x", "y"), [
    ('"Without more rain, the flood could reach the old town by Friday," the mayor said.',
     '"The flood will reach the old town by Friday," the mayor said.'),
    ('"We may have to close the plant," the chief executive said.',
     '"We must close the plant," the chief executive said.'),
])
def test_a_modal_of_another_strength_in_a_quotation_is_a_misquote(x, y):
    assert [(f.kind, f.severity) for f in compare_quotes(_read_pair(x, y))] == [("quote", Severity.MEDIUM)]


@pytest.mark.parametrize(("x", "y"), [
    # a contraction or another tense of one modal
    ('"We will rebuild this town," the mayor said.', '"We\'ll rebuild this town," the mayor said.'),
    ('"Nobody can tell us what happened to our son," his father said.',
     '"Nobody could tell us what happened to our son," his father said.'),
    # in a conditional, "could" and "will" tell one outcome
    ('"If we lose on Saturday, we could be relegated," the manager said.',
     '"If we lose on Saturday, we will be relegated," the manager said.'),
    # a name, not a modal
    ('"Will has been a great servant to this club," the manager said.',
     '"He has been a great servant to this club," the manager said.'),
])
def test_one_modal_in_two_spellings_tenses_or_a_conditional_is_no_misquote(x, y):
    assert list(compare_quotes(_read_pair(x, y))) == []
