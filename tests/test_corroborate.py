"""A third source giving one side's figure joins that side of the disagreement (compare/corroborate.py)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from consistency.compare.corroborate import corroborated
from consistency.compare.merge import group_by_value
from consistency.compare.numbers import compare_numbers
from consistency.compare.pairs import SentencePair
from consistency.core.types import ClaimPair, FacetKind, PairBasis, SentenceRef, Severity

from .test_numbers_extract import number_facets

pytestmark = pytest.mark.e2e

A, B, C = SentenceRef("a", 0), SentenceRef("b", 0), SentenceRef("c", 0)
NAMES = {"a": "Wire", "b": "Courier", "c": "Radio"}


def _statement(texts: dict[SentenceRef, str], links: list[tuple[SentenceRef, SentenceRef]]):
    facets = {ref: tuple(number_facets(text)) for ref, text in texts.items()}
    linked = [ClaimPair(x, y, 0.8, PairBasis.LINKED, 0) for x, y in links]
    found = [f for p in linked
             for f in compare_numbers(SentencePair(p.a, facets[p.a], p.b, facets[p.b], NAMES, 0, 0.8, p.score))]
    return found, linked, facets


def test_a_third_source_agreeing_with_one_side_is_told_with_it():
    found, linked, facets = _statement(
        {A: "Two workers were treated for smoke inhalation.", B: "Two people were treated for smoke inhalation.",
         C: "Three people were treated for smoke inhalation."}, [(A, B), (B, C)])
    # the Wire's sentence is linked to the Courier's only: its clash with the Radio is told through it
    assert {frozenset((f.a.doc, f.b.doc)): f.severity for f in found} == {frozenset("bc"): Severity.MEDIUM}
    (finding,) = group_by_value(corroborated(found, linked, facets), {}, NAMES, {"a": 0, "b": 1, "c": 2})
    assert finding.severity is Severity.MEDIUM
    told = {frozenset((x.doc, y.doc)) for x, y in ((finding.a, finding.b), *finding.also)}
    assert told == {frozenset("bc"), frozenset("ac")}
    assert "2 people: Wire, Courier (2); 3 people: Radio (1)" in finding.explanation


def test_a_third_source_with_another_figure_or_not_linked_is_not_joined():
    found, linked, facets = _statement(
        {A: "Five workers were treated for smoke inhalation.", B: "Two people were treated for smoke inhalation.",
         C: "Three people were treated for smoke inhalation."}, [(A, B), (B, C)])
    assert {frozenset((f.a.doc, f.b.doc)) for f in corroborated(found, linked, facets)} <= {frozenset("ab"), frozenset("bc")}
    found, linked, facets = _statement(
        {A: "Two workers were treated for smoke inhalation.", B: "Two people were treated for smoke inhalation.",
         C: "Three people were treated for smoke inhalation."}, [(B, C)])
    assert [frozenset((f.a.doc, f.b.doc)) for f in corroborated(found, linked, facets)] == [frozenset("bc")]


def test_a_third_source_dating_it_as_one_side_does_is_told_with_it():
    """A's Wednesday against B's March 8, and C's Tuesday (March 8 too): one finding, two sources against one."""
    from consistency.compare.dates import compare_dates
    from consistency.core.types import Facet, FacetKind
    from consistency.core.values.dates import DateValue

    def dated(iso: str, words: str) -> tuple[Facet, ...]:
        return (Facet(FacetKind.DATE, words, DateValue(iso, "day", None, True, True, "past", "DATE", iso), 0, len(words)),)

    facets = {A: dated("2022-03-09", "Wednesday"), B: dated("2022-03-08", "March 8"), C: dated("2022-03-08", "Tuesday")}
    linked = [ClaimPair(A, B, 1.0, PairBasis.LINKED, 0), ClaimPair(B, C, 0.9, PairBasis.LINKED, 0),
              ClaimPair(A, C, 0.7, PairBasis.LINKED, 0)]
    found = [f for p in linked for f in compare_dates(SentencePair(p.a, facets[p.a], p.b, facets[p.b], NAMES, 0, p.score, p.score))]
    assert sorted(f.severity.value for f in found) == ["high", "medium"]  # A-B close, A-C loose
    (finding,) = group_by_value(corroborated(found, linked, facets), {}, NAMES, {"a": 0, "b": 1, "c": 2})
    assert finding.severity is Severity.HIGH
    assert {frozenset((x.doc, y.doc)) for x, y in ((finding.a, finding.b), *finding.also)} == {frozenset("ab"), frozenset("ac")}
    assert "2022-03-09: Wire (1); 2022-03-08: Courier, Radio (2)" in finding.explanation


def test_a_third_source_crediting_the_same_speaker_as_one_side_is_told_with_it():
    """Wire and Radio credit the mayor, the Courier the police chief: one finding, two sources against one."""
    from consistency.compare.attribution import compare_attribution

    from .test_attribution import facets_of

    texts = {A: "The bridge will reopen in May, Mayor Jane Carter said on Monday.",
             B: "The bridge will reopen in May, police chief Tom Reed said on Monday.",
             C: "Jane Carter, the mayor, said the bridge would reopen in May."}
    facets = {ref: facets_of((text,), 0) for ref, text in texts.items()}
    linked = [ClaimPair(A, B, 0.8, PairBasis.LINKED, 0), ClaimPair(A, C, 0.8, PairBasis.LINKED, 0)]
    found = [f for p in linked
             for f in compare_attribution(SentencePair(p.a, facets[p.a], p.b, facets[p.b], NAMES, 0, 0.8, p.score))]
    assert [frozenset((f.a.doc, f.b.doc)) for f in found] == [frozenset("ab")]
    (finding,) = group_by_value(corroborated(found, linked, facets), {}, NAMES, {"a": 0, "b": 1, "c": 2})
    assert {frozenset((x.doc, y.doc)) for x, y in ((finding.a, finding.b), *finding.also)} == {frozenset("ab"), frozenset("bc")}
    assert "Jane Carter: Wire, Radio (2); Tom Reed: Courier (1)" in finding.explanation
    # a source told to withhold its name is nobody's side, even under the same words ("an official")
    from dataclasses import replace

    from consistency.compare.merge import agreement

    _, agree = agreement("speaker")
    (official,) = [f.value for f in facets_of(("An official said the bridge would reopen in May.",), 0)
                   if f.kind is FacetKind.ATTRIBUTION]
    assert agree(official, official) is True
    assert agree(official, replace(official, anonymous=True)) is False


def test_sources_giving_both_values_tell_two_facts_not_one_clash():
    """The stories give the champion's record and the challenger's ("58-3", "36-3"): pairing them across sources
    is no HIGH disagreement when two sources each give both."""
    from consistency.compare.dates import compare_dates
    from consistency.core.types import Facet
    from consistency.core.values.dates import DateValue

    def dated(iso: str, words: str) -> tuple:
        return (Facet(FacetKind.DATE, words, DateValue(iso, "day", None, True, True, "past", "DATE", iso), 0, len(words)),)

    A2, C2 = SentenceRef("a", 1), SentenceRef("c", 1)
    facets = {A: dated("2022-03-09", "Wednesday"), B: dated("2022-03-08", "March 8"), C: dated("2022-03-08", "Tuesday"),
              C2: dated("2022-03-09", "Wednesday"), A2: dated("2022-03-08", "Tuesday")}

    def grouped(pairs):
        linked = [ClaimPair(x, y, 1.0, PairBasis.LINKED, 0) for x, y in pairs]
        found = [f for p in linked for f in compare_dates(SentencePair(p.a, facets[p.a], p.b, facets[p.b], NAMES, 0, 1.0, 1.0))]
        return group_by_value(corroborated(found, linked, facets), {}, NAMES, {"a": 0, "b": 1, "c": 2})

    (finding,) = grouped([(A, B), (A, C)])
    assert finding.severity is Severity.HIGH
    # one source giving both may be correcting a stale figure another still carries
    (finding,) = grouped([(A, B), (A, C), (B, C2)])
    assert finding.severity is Severity.HIGH
    (finding,) = grouped([(A, B), (A, C), (B, C2), (A2, C2)])
    assert finding.severity is Severity.LOW and "sources give both" in finding.explanation


def test_a_third_source_naming_one_side_otherwise_is_set_against_the_other_side():
    """ "Sarah Whitcombe" (a), "Paul Fenn" (b), "Ms Whitcombe" (c): c agrees with a, so the disagreement it shows is
    with b, never with a, though its value is written otherwise."""
    from consistency.compare.attribution import compare_attribution

    from .test_attribution_compare import facet, person

    facets = {A: (facet(person("Sarah Whitcombe")),), B: (facet(person("Paul Fenn")),), C: (facet(person("Whitcombe")),)}
    linked = [ClaimPair(x, y, 0.8, PairBasis.LINKED, 0) for x, y in ((A, B), (A, C), (B, C))]
    found = [f for p in linked
             for f in compare_attribution(SentencePair(p.a, facets[p.a], p.b, facets[p.b], NAMES, 0, 0.8, 0.8))]
    (finding,) = group_by_value(found, {}, NAMES, {"a": 0, "b": 1, "c": 2})
    pairs = {frozenset(((x.doc, x.index), (y.doc, y.index))) for x, y in ((finding.a, finding.b), *finding.also)}
    assert pairs == {frozenset((("a", 0), ("b", 0))), frozenset((("b", 0), ("c", 0)))}


def test_a_conversion_in_brackets_is_the_figure_before_it_never_a_third_value():
    """ "46.1C (115F)": 115F, loosened by conversion, would agree with "46.8C"; it is only the 46.1C again, so the
    source that gives it joins the 46.1 side, and every finding names the sentences it explains."""
    found, linked, facets = _statement(
        {A: "A weather station recorded 46.1C (115F) on Tuesday.", B: "The thermometer hit 46.1C on Tuesday.",
         C: "The mercury hit 46.8C (116F) on Tuesday."}, [(A, B), (B, C), (A, C)])
    (finding,) = group_by_value(corroborated(found, linked, facets), {}, NAMES, {"a": 0, "b": 1, "c": 2})
    told = {frozenset((x.doc, y.doc)) for x, y in ((finding.a, finding.b), *finding.also)}
    assert told == {frozenset("ac"), frozenset("bc")}
    assert "46.1°C: Wire, Courier (2); 46.8°C: Radio (1)" in finding.explanation


def test_a_third_source_quoting_the_same_speaker_saying_something_else_does_not_join():
    """The same chairman quoted on another point in a third source is not the clash's statement: it is not joined."""
    from consistency.compare.attribution import compare_attribution
    from .test_attribution_compare import _read_pair

    quote = "\u201cThis combination makes both banks stronger and gives customers more choice,\u201d"
    x = _read_pair(f"{quote} said Adrian Cole, the bank's chief executive.", f"{quote} said Sir Malcolm Reid.")
    other = _read_pair("\u201cTogether we can invest in technology and compete with the largest banks,\u201d said "
                       "Adrian Cole.", "The deal was announced on Monday.")
    facets = {A: x.fx, B: x.fy, C: other.fx}
    found = [replace(f, statement=0) for f in compare_attribution(replace(x, x=A, y=B))]
    linked = [ClaimPair(A, B, 0.9, PairBasis.LINKED, 0), ClaimPair(A, C, 0.9, PairBasis.LINKED, 0)]
    assert [f.severity for f in found] == [Severity.HIGH]
    told = {frozenset((f.a.doc, f.b.doc)) for f in corroborated(found, linked, facets)}
    assert told == {frozenset("ab")}
