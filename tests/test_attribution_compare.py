"""Tests of the attribution value (`SourceValue`), how it is described, and the attribution comparison rule."""

from __future__ import annotations

import json
from dataclasses import FrozenInstanceError, replace

import pytest

from consistency.compare.attribution import compare_attribution, describe_source
from consistency.compare.pairs import SentencePair
from consistency.core.types import Facet, FacetKind, SentenceRef, Severity
from consistency.core.values import value_dict
from consistency.core.values.sources import SourceValue


def value(source, role="speaker", cue="say", resolved_from=None, **more) -> SourceValue:
    fields = dict(source=source, cue=cue, role=role, resolved_from=resolved_from, unattributed=source is None,
                  inherited=False, cue_span=(0, 3))
    fields.update(more)
    return SourceValue(**fields)


def facet(v: SourceValue) -> Facet:
    return Facet(FacetKind.ATTRIBUTION, str(v.source or ""), v, 0, len(v.source or ""))


def pair(xs, ys) -> SentencePair:
    return SentencePair(SentenceRef("a", 0), [facet(v) for v in xs], SentenceRef("b", 0), [facet(v) for v in ys],
                        {"a": "A", "b": "B"}, 0, 0.9)


def test_value_writes_the_keys_in_the_report_order_and_named_only_once_marked():
    v = value("Nancy Pelosi", cue_span=(4, 8))
    assert list(v.to_dict()) == ["source", "cue", "role", "resolved_from", "unattributed", "inherited", "cue_span"]
    marked = replace(v, named=True)
    assert list(marked.to_dict())[-1] == "named"
    # the same bytes as the dict the facet used to carry
    old = {"source": "Nancy Pelosi", "cue": "say", "role": "speaker", "resolved_from": None, "unattributed": False,
           "inherited": False, "cue_span": [4, 8], "named": True}
    assert json.dumps(value_dict(marked)) == json.dumps(old)


def test_value_is_frozen():
    with pytest.raises(FrozenInstanceError):
        value("Reuters").source = "AP"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("v", "text"),
    [
        (value("Nancy Pelosi", resolved_from="she"), "speaker: Nancy Pelosi from 'she' [cue say]"),
        (value("Reuters", role="relay", cue="according to"), "relay: Reuters [cue according to]"),
        (value(None, cue="report"), "unattributed"),
    ],
)
def test_describe_source(v, text):
    assert describe_source(v) == text


def test_different_speakers_conflict():
    (found,) = compare_attribution(pair([value("Jeff Sessions")], [value("Nancy Pelosi")]))
    assert (found.facet, found.kind, found.severity) == ("attribution", "speaker", Severity.HIGH)
    assert found.explanation == "A credits it to Jeff Sessions; B to Nancy Pelosi"


def test_a_resolved_speaker_is_less_sure():
    (found,) = compare_attribution(pair([value("Jeff Sessions", resolved_from="he")], [value("Nancy Pelosi")]))
    assert found.severity is Severity.MEDIUM
    assert "Jeff Sessions (\u201che\u201d)" in found.explanation


def test_same_source_in_other_words_does_not_conflict():
    assert list(compare_attribution(pair([value("AP")], [value("Associated Press")]))) == []


def test_a_description_never_conflicts_but_an_unmarked_value_counts_as_named():
    described = replace(value("officials"), named=False)
    assert list(compare_attribution(pair([described], [value("Nancy Pelosi")]))) == []
    assert len(list(compare_attribution(pair([value("officials")], [value("Nancy Pelosi")])))) == 1


def test_an_extra_relay_is_low():
    xs = [value("Jeff Sessions"), value("Associated Press", role="relay", cue="according to")]
    (found,) = compare_attribution(pair(xs, [value("Jeff Sessions")]))
    assert (found.kind, found.severity) == ("extra-relay", Severity.LOW)
