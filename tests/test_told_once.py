"""One disagreement told once: a near miss showing a disagreement another finding already shows joins it
(compare/merge.py `told_once`)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from consistency.compare.merge import told_once
from consistency.compare.numbers import compare_numbers
from consistency.compare.pairs import SentencePair
from consistency.compare.unlinked import compare_unlinked
from consistency.core.types import ClaimPair, PairBasis, SentenceRef, Severity

from .test_numbers_extract import number_facets

pytestmark = pytest.mark.e2e

LEAD, LATER, DAILY = SentenceRef("a", 0), SentenceRef("a", 5), SentenceRef("b", 0)
NAMES = {"a": "Wire", "b": "Daily"}


def _findings(later: str) -> tuple[list, dict]:
    """The wire's lead linked to the daily's sentence, and a later wire sentence only similar to it."""
    facets = {LEAD: tuple(number_facets("Sales grew 42 percent to $13.2 billion in the second quarter.")),
              LATER: tuple(number_facets(later)),
              DAILY: tuple(number_facets("The company had recorded sales of $13.04 billion in the quarter."))}
    linked = list(compare_numbers(SentencePair(LEAD, facets[LEAD], DAILY, facets[DAILY], NAMES, 0, 0.9, 0.9)))
    near = compare_unlinked([ClaimPair(LATER, DAILY, 0.5, PairBasis.SIMILAR, 1)], facets, NAMES)
    return linked + near, facets


def test_one_outlet_giving_its_figure_twice_rounded_once_is_one_disagreement():
    found, facets = _findings("Revenue came to $13.23 billion, short of estimates.")
    assert [f.severity for f in found] == [Severity.HIGH, Severity.MEDIUM]
    (finding,) = told_once(found, {1}, facets)
    assert finding.severity is Severity.HIGH and finding.explanation == found[0].explanation
    assert [(x.doc, x.index, y.doc, y.index) for x, y in finding.also] == [("a", 5, "b", 0)]


def test_a_near_miss_with_another_value_or_surer_than_the_finding_is_told_apart():
    found, facets = _findings("Revenue came to $13.6 billion, short of estimates.")
    assert len(found) == 2 and told_once(found, {1}, facets) == found
    found, facets = _findings("Revenue came to $13.23 billion, short of estimates.")
    weaker = [replace(found[0], severity=Severity.LOW), found[1]]
    assert told_once(weaker, {1}, facets) == weaker
