"""Same input, same bytes: two separate checks on the real models render every format identically, whatever the order.

The first run computes every vector afresh (models dropped from the process, no disk cache); the second
loads the models again; the third takes the documents in reverse order and may reuse what is in memory.
"""

from __future__ import annotations

import pytest

from consistency.core.settings import load_settings
from consistency.load import load_documents
from consistency.pipeline import check
from consistency.report import render

from .conftest import SEED_A, SEED_B

pytestmark = pytest.mark.e2e

FORMATS = ("json", "text", "md", "csv", "html")


def _fresh_models() -> None:
    from consistency.embed import registry
    from consistency.facets import nlp

    registry._EMBEDDERS.clear()
    nlp.load_pipeline.cache_clear()


@pytest.fixture(scope="module")
def runs():
    settings = load_settings(cache=False)
    documents, warnings = load_documents([SEED_A, SEED_B])
    _fresh_models()
    first = check(documents, settings, warnings=warnings)
    _fresh_models()
    second = check(documents, settings, warnings=warnings)
    reverse = check(list(reversed(documents)), settings, warnings=warnings)
    return first, second, reverse


def _render(report, fmt: str, view: str) -> str:
    return render(report, fmt, view=view)


@pytest.mark.parametrize("view", ["check", "align"])
@pytest.mark.parametrize("fmt", FORMATS)
def test_two_runs_give_byte_identical_reports(runs, fmt, view):
    first, second, _ = runs
    a, b = _render(first, fmt, view), _render(second, fmt, view)
    assert a and a.encode("utf-8") == b.encode("utf-8")


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_order_of_the_documents_changes_nothing(runs, fmt):
    first, _, reverse = runs
    assert _render(first, fmt, "check").encode("utf-8") == _render(reverse, fmt, "check").encode("utf-8")


def test_the_runs_found_something_to_compare(runs):
    first, _, _ = runs
    assert first.findings and any(len({m.doc for m in s.members}) == 2 for s in first.statements)
