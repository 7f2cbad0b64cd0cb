"""First-name nicknames from the `nicknames` package: the pairs a reader takes for one person, loaded once and lazily."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from consistency.facets.attribution.identity import same_source
from consistency.facets.lexicon.en.nickname_groups import nicknames_compatible

from .conftest import ROOT


@pytest.mark.parametrize("a, b", [
    ("robert", "bob"), ("jim", "jimmy"), ("edward", "ted"), ("nathaniel", "nate"),  # the package's data
    ("robert", "bert"), ("william", "liam"), ("steven", "stephen"), ("jefferson", "jeffrey"),  # kept by the project
])
def test_a_name_and_its_nickname_are_one_person(a, b):
    assert nicknames_compatible(a, b) and nicknames_compatible(b, a)


@pytest.mark.parametrize("a, b", [
    ("mark", "mike"), ("edward", "theodore"),  # two full names that share only a nickname ("ted")
    ("sam", "samantha"), ("chris", "ann"),  # the gender table tells them apart
])
def test_different_first_names_stay_apart(a, b):
    assert not nicknames_compatible(a, b)


def test_sources_by_nickname_and_surname():
    assert same_source("Robert Miller", "Bob Miller")
    assert same_source("Nathaniel Brooks", "Nate Brooks")
    assert not same_source("Nathaniel Brooks", "Mark Brooks")


def test_the_data_loads_on_first_use_only_and_once():
    code = (
        "import sys\n"
        "from consistency.facets.attribution import identity\n"
        "from consistency.facets.lexicon.en import nickname_groups as n\n"
        "before = 'nicknames' in sys.modules\n"
        "identity.same_source('Robert Miller', 'Bob Miller'); identity.same_source('Jim Hall', 'Jimmy Hall')\n"
        "print(before, 'nicknames' in sys.modules, n._groups_by_name.cache_info().misses)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert out.stdout.split() == ["False", "True", "1"], out.stderr


def _article(speaker: str) -> str:
    return (" date 2023-05-04 The city council approved the new budget on Wednesday after a long debate.\n\n"
            f'"This budget protects our libraries and our parks," said council president {speaker}.\n\n'
            "The vote was 7-2.\n")


@pytest.mark.e2e
def test_check_takes_a_nickname_for_the_same_speaker(write):
    a = write("a.txt", _article("Nathaniel Brooks"))
    b = write("b.txt", _article("Nate Brooks"))
    c = write("c.txt", _article("Mark Brooks"))

    def attributions(*paths):
        result = subprocess.run([sys.executable, "-m", "consistency", "check", *map(str, paths), "-f", "json", "-q"],
                                capture_output=True, text=True, cwd=ROOT, timeout=600)
        assert result.returncode in (0, 1), result.stderr
        return [f for f in json.loads(result.stdout)["findings"] if f["facet"] == "attribution"]

    assert attributions(a, b) == []  # Nate is Nathaniel: no finding (the hand-written table flagged it high)
    assert attributions(a, c)  # Mark is someone else
