"""The clock-time rule: two sentences on one moment give times of day that cannot both be right."""

from __future__ import annotations

from datetime import date

import pytest

from consistency.compare.times import compare_times
from consistency.compare.unlinked import compare_unlinked
from consistency.compare.pairs import SentencePair
from consistency.core.types import ClaimPair, Facet, FacetKind, PairBasis, SentenceRef, Severity
from consistency.facets.dates import normalise

X, Y = SentenceRef("a", 0), SentenceRef("b", 0)
NAMES = {"a": "Wire", "b": "Daily"}
PUBLISHED = date(2023, 5, 14)


def clocks(*expressions: str, at: int = 20, gap: int = 30) -> tuple[Facet, ...]:
    """Date facets for the expressions, `gap` characters apart (a conversion in brackets is 2 apart)."""
    out, start = [], at
    for expression in expressions:
        value = normalise(expression, PUBLISHED)
        assert value is not None and value.clock, expression
        out.append(Facet(FacetKind.DATE, expression, value, start, start + len(expression)))
        start += len(expression) + gap
    return tuple(out)


def compared(fx, fy, link: float = 0.8):
    return list(compare_times(SentencePair(X, fx, Y, fy, NAMES, 0, link, link)))


def test_two_precise_times_minutes_apart_are_a_medium_claim_finding():
    (finding,) = compared(clocks("around 6:17 a.m. local time"), clocks("6:12 a.m. local time"))
    assert (finding.facet, finding.kind, finding.severity) == ("claim", "time", Severity.MEDIUM)
    assert "6:17" in finding.explanation and "6:12" in finding.explanation and "5 minutes apart" in finding.explanation


def test_an_approximate_or_round_time_agrees_with_a_precise_one_near_it():
    assert compared(clocks("about 6:15 a.m."), clocks("6:17 a.m.")) == []
    assert compared(clocks("6:30 a.m."), clocks("6:28 a.m.")) == []
    assert compared(clocks("around 3 a.m."), clocks("0320 hours")) == []
    assert compared(clocks("just after 3 a.m."), clocks("3:10 a.m.")) == []


def test_the_same_moment_in_two_zones_agrees():
    assert compared(clocks("11:40 p.m. EDT"), clocks("03:40 GMT")) == []
    assert compared(clocks("7:21 a.m. local time", "22:21 GMT", gap=2), clocks("22:21 GMT")) == []
    (finding,) = compared(clocks("11:40 p.m. EDT"), clocks("04:10 GMT"))
    assert "30 minutes apart" in finding.explanation


def test_zones_that_cannot_be_converted_are_not_compared():
    assert compared(clocks("7:21 a.m."), clocks("22:50 GMT")) == []
    assert compared(clocks("7:21 a.m. IST"), clocks("01:40 GMT")) == []


def test_a_range_two_events_or_times_hours_apart_are_not_compared():
    assert compared(clocks("9:10 a.m.", "9:40 a.m."), clocks("9:20 a.m.")) == []
    assert compared(clocks("10:23 p.m."), clocks("4:26 a.m.")) == []  # a declaration and its lifting


def test_times_on_different_named_days_are_left_to_the_date_rule():
    assert compared(clocks("6:12 a.m. on Friday"), clocks("6:17 a.m. on Saturday")) == []


def test_a_near_miss_pair_the_aligner_did_not_link_is_compared_too():
    facets = {X: clocks("9:41 p.m."), Y: clocks("9:48 p.m.")}
    (finding,) = compare_unlinked([ClaimPair(X, Y, 0.5, PairBasis.SIMILAR, 0)], facets, NAMES)
    assert finding.kind == "time" and finding.severity is Severity.MEDIUM
    assert "did not pair" in finding.explanation


def test_two_plain_hours_an_hour_apart_clash_but_a_time_near_one_does_not():
    """ "Set off at 3pm" against "set off at 2pm": two outlets rounding one moment to two hours is less likely than
    one misreporting it."""
    (finding,) = compared(clocks("3pm on Saturday"), clocks("2pm on Saturday"))
    assert "60 minutes apart" in finding.explanation
    # a plain hour is rounded from the half hours either side: "3pm" against "3:17pm" or "2:50 p.m." is one moment
    for near in ("2:50 p.m.", "3:17 p.m.", "3:30 p.m."):
        assert compared(clocks("3 p.m."), clocks(near)) == [], near
    assert compared(clocks("about 3 p.m."), clocks("2 p.m.")) == []


def test_clock_times_the_name_reader_takes_for_a_name_or_written_on_24_hours_are_read():
    """spaCy sometimes tags "3.40pm" as an organisation; "at 15:40" it does not tag at all."""
    from consistency import pipeline

    texts = ["The train left the tracks at 3.40pm on a curve.", "The train left the station at 15:40."]
    documents, _ = pipeline.load_records([{"id": f"d{i}", "text": t, "published": "2024-03-14"} for i, t in enumerate(texts)],
                                         "test", "t")
    facets = pipeline.extract_facets(documents, pipeline.segment_documents(documents))
    found = {ref.doc: [f.value.clock for f in fs if f.kind is FacetKind.DATE] for ref, fs in facets.items()}
    assert found == {"d0": ["15:40"], "d1": ["15:40"]}


def _read(text_x: str, text_y: str, link: float = 0.8) -> list:
    """The time findings on the first sentences of two articles, read by the pipeline (the verbs times hang on)."""
    from consistency import pipeline

    documents, _ = pipeline.load_records([{"id": "a", "text": text_x, "published": "2024-05-06"},
                                          {"id": "b", "text": text_y, "published": "2024-05-06"}], "test", "t")
    facets = pipeline.extract_facets(documents, pipeline.segment_documents(documents))
    return list(compare_times(SentencePair(X, facets[X], Y, facets[Y], NAMES, 0, link, link, (text_x, text_y))))


@pytest.mark.e2e
def test_one_happening_timed_two_hours_apart_clashes():
    """ "The blast occurred at about 9:15 a.m." and "The explosion took place at around 11:15 am": the start of one
    happening, timed two ways. Two acts of the story (a fire breaking out, crews arriving) keep their own times, and
    one verb five hours apart is another moment."""
    (finding,) = _read("The blast occurred at about 9:15 a.m. in a reactor building at the plant.",
                       "The explosion took place at around 11:15 am at the plant.")
    assert (finding.kind, finding.severity) == ("time", Severity.MEDIUM) and "120 minutes apart" in finding.explanation
    assert _read("The fire broke out at 9:15 a.m. in a warehouse.",
                 "Firefighters arrived at the warehouse at 11:15 a.m.") == []
    assert _read("The fire broke out at 9:15 a.m. in a warehouse.", "The fire broke out at 2:15 p.m. in a warehouse.") == []


@pytest.mark.e2e
def test_a_sentence_that_also_gives_an_end_still_times_the_start():
    """ "The fire started at about 11:40pm ... not brought under control until 7am" against "broke out at 10.40pm":
    the start is timed an hour apart; the end ("until 7am") is no moment of the start."""
    (finding,) = _read("The fire started at about 11:40pm and was not brought under control until 7am on Tuesday.",
                       "The fire broke out at 10.40pm in one of the distillation units.")
    assert "11:40 p.m." in finding.explanation and "10:40 p.m." in finding.explanation
