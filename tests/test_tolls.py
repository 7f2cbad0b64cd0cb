"""One group of a toll counted two ways by two outlets, wherever the sentences stand (compare/tolls.py)."""

from __future__ import annotations

import pytest

from consistency.compare.tolls import unpaired_tolls
from consistency.core.types import Severity

from .test_ages import read_story

pytestmark = pytest.mark.e2e


def _tolls(a: str, b: str) -> list:
    refs, facets, texts = read_story({"a": a, "b": b})
    return unpaired_tolls(refs, facets, texts, {"a": "Wire", "b": "Daily"}, set())


def test_a_group_among_the_dead_counted_two_ways_is_worth_a_look():
    (found,) = _tolls("The coroner said six of the dead were pupils at the village school.",
                      "Officials lowered the death toll to 19, including four pupils, on Wednesday night.")
    assert (found.severity, found.kind) == (Severity.MEDIUM, "number")
    assert "6 pupils" in found.a.value and "4 pupils" in found.b.value and "counted twice" in found.explanation


def test_the_toll_itself_groups_of_no_harm_and_background_years_are_no_finding():
    # tolls are revised as the days go by: the pair rules compare them where the sentences meet
    assert _tolls("The flood killed 19 people.", "The flood killed 24 people, officials said.") == []
    assert _tolls("Six pupils were evacuated from the school.", "Four pupils were evacuated from the school.") == []
    assert _tolls("In 2011 a flood killed six pupils.", "The flood killed four pupils on Tuesday.") == []
