"""Two text rules: a group told whole against a part of it, and a unanimous decision against a split vote."""

import pytest

from consistency.compare.votes import compare_unanimity
from consistency.compare.wholes import compare_wholes
from consistency.core.types import Severity

from .test_channels import worded_pair


def _found(rule, text_x: str, text_y: str):
    return list(rule(worded_pair(text_x, text_y)))


@pytest.mark.parametrize(("x", "y"), [
    ("The former commander was convicted on nine of the 10 charges against him.",
     "Judges found the former commander guilty on all 10 charges."),
    ("All twelve climbers reached the summit before noon.", "Eleven of the twelve climbers reached the summit."),
    ("Rescuers brought 31 out of 33 workers to the surface.", "All of the 33 workers were brought to the surface."),
])
def test_a_group_told_whole_against_a_part_of_it_is_medium(x, y):
    for a, b in ((x, y), (y, x)):
        (finding,) = _found(compare_wholes, a, b)
        assert (finding.facet, finding.severity) == ("claim", Severity.MEDIUM)
        assert finding.a.text in a and finding.b.text in b and "part" in finding.explanation


@pytest.mark.parametrize(("x", "y"), [
    # the same whole
    ("Judges found him guilty on all 10 charges.", "He was convicted on 10 of the 10 charges."),
    # a part of another group
    ("All 10 charges were read out.", "Nine of the 10 witnesses testified."),
    # a part of a group of another size
    ("All 12 climbers reached the summit.", "Eleven of the 14 climbers reached the summit."),
    # a small part tells something else of some members
    ("All 33 miners were brought to the surface.", "One of the 33 miners was taken to hospital."),
    ("Polls closed in all 50 states at midnight.", "The senator won 30 of the 50 states."),
    # no whole told
    ("He was convicted on nine of the 10 charges.", "The court heard 10 charges over three weeks."),
])
def test_what_is_no_whole_against_a_part(x, y):
    assert _found(compare_wholes, x, y) == [] and _found(compare_wholes, y, x) == []


@pytest.mark.parametrize(("x", "y"), [
    ("The committee voted unanimously to raise the rate.", "The committee voted 6-3 to raise the rate."),
    ("The rate rise was approved in an 8-1 vote.", "The board's decision to raise rates was unanimous."),
    ("The council backed the plan, with two members dissenting.", "The council backed the plan unanimously."),
    ("The panel approved the merger; two commissioners voted against it.", "The panel unanimously approved the merger."),
    ("The jury returned a unanimous verdict after two days.", "The jury voted 10-2 to convict after two days."),
])
def test_a_unanimous_decision_against_a_split_vote_is_medium(x, y):
    for a, b in ((x, y), (y, x)):
        (finding,) = _found(compare_unanimity, a, b)
        assert (finding.facet, finding.kind, finding.severity) == ("claim", "vote", Severity.MEDIUM)
        assert finding.a.text in a and finding.b.text in b


@pytest.mark.parametrize(("x", "y"), [
    # both split, or both unanimous
    ("The committee voted 6-3 to raise the rate.", "The rate rise passed 6-3."),
    ("The committee voted unanimously.", "The decision was unanimous."),
    # not unanimous is no unanimity
    ("The decision was not unanimous.", "The committee voted 6-3 to raise the rate."),
    # a rule or a wish is no decision told
    ("The law requires a unanimous verdict for a death sentence.", "Two jurors voted against a death sentence."),
    ("The state's law shows no preference for a unanimous verdict.", "Two jurors voted against a death sentence."),
    # no one dissenting is unanimous; a vote against nobody is no split
    ("The board approved the sale, with no directors dissenting.", "The board unanimously approved the sale."),
    ("The board voted 0-9 against the sale.", "The board unanimously rejected the sale."),
    # two bodies, two votes
    ("The committee voted unanimously to advance the bill.", "The full Senate passed the bill in a 68-32 vote."),
    # a score, a defeat or a range is no vote
    ("The proposal was backed unanimously.", "The side slumped to a 4-1 defeat on Saturday."),
    ("The board was unanimous.", "Prices rose by 10 to 15 cents in a day."),
    ("The vote to strike was unanimous.", "The home side won 3-1 on Saturday."),
    ("The board was unanimous in its support.", "Shares rose 5-6 percent on the news."),
])
def test_what_is_no_unanimity_clash(x, y):
    assert _found(compare_unanimity, x, y) == [] and _found(compare_unanimity, y, x) == []
