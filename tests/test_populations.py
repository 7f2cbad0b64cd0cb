"""One place, one population: two outlets' populations of the place a story happened (compare/populations.py)."""

from __future__ import annotations

import pytest

from consistency.compare.populations import unpaired_populations
from consistency.core.types import Severity

from .test_ages import read_story

pytestmark = pytest.mark.e2e

NAMES = {"a": "Wire", "b": "Daily"}


def _populations(a: str, b: str) -> list:
    refs, facets, texts = read_story({"a": a, "b": b})
    return unpaired_populations(refs, facets, texts, NAMES, set())


def test_one_place_given_two_populations_in_unlike_sentences_is_worth_a_look():
    (found,) = _populations("The flood swept through this river town of 23,000 people before dawn.",
                            "Rescuers searched Kelford, a community of 32,000 residents, for a second day.")
    assert (found.kind, found.severity) == ("number", Severity.MEDIUM)
    assert "23,000" in found.a.value and "32,000" in found.b.value and "did not pair" in found.explanation


def test_two_places_or_figures_far_apart_are_no_finding():
    # one outlet gives two places' populations: which one the other means is unsure
    assert _populations("Kelford, a town of 23,000 people, lies beside Ashby, a city of 90,000 people.",
                        "Kelford is a community of 32,000 residents.") == []
    # a town against its region: another place
    assert _populations("Kelford, a town of 23,000 people, was flooded.",
                        "The county of 410,000 residents declared an emergency.") == []
    assert _populations("Kelford, a town of 23,000 people, was flooded.", "Kelford, a town of 23,000, was flooded.") == []
