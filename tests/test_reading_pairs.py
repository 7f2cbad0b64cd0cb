"""Two sentences read by the pipeline and compared: acts named by two verbs, a quoted phrase credited twice, a speed
at a sentence's end, a day dated by a "when" clause of saying, what a copula says its subject is and is not."""

from __future__ import annotations

import pytest

from consistency.compare.attribution import compare_attribution
from consistency.compare.dates import compare_dates
from consistency.compare.negation import compare_polarity
from consistency.compare.pairs import SentencePair
from consistency.core.types import FacetKind, SentenceRef, Severity

pytestmark = pytest.mark.e2e


def _read_pair(text_x: str, text_y: str, published=("2024-05-08", "2024-05-08"), link: float = 0.8) -> SentencePair:
    """The first sentences of two articles with every facet the pipeline reads."""
    from consistency import pipeline

    documents, _ = pipeline.load_records([{"id": "a", "text": text_x, "published": published[0]},
                                          {"id": "b", "text": text_y, "published": published[1]}], "test", "t")
    facets = pipeline.extract_facets(documents, pipeline.segment_documents(documents))
    x, y = SentenceRef("a", 0), SentenceRef("b", 0)
    return SentencePair(x, facets[x], y, facets[y], {"a": "Wire", "b": "Daily"}, 0, link, link, (text_x, text_y))


def _date_severities(text_x: str, text_y: str, published=("2024-05-08", "2024-05-08")) -> list[Severity]:
    return [f.severity for f in compare_dates(_read_pair(text_x, text_y, published))]


@pytest.mark.parametrize(("x", "y", "published"), [
    ("The fugitive was arrested at a farmhouse near the border in June 2019.",
     "The fugitive was captured in June 2020 at a farmhouse near the border.", ("2024-05-08", "2024-05-08")),
    ("The merger is expected to close by the end of this year.",
     "The merger is expected to be completed by the end of next year.", ("2024-05-08", "2024-05-08")),
    ("Three prisoners escaped from the jail on Monday afternoon.",
     "Three prisoners fled the jail yesterday afternoon, officials said.", ("2024-05-07", "2024-05-08")),
])
def test_two_days_of_one_act_named_by_two_verbs_are_a_clash(x, y, published):
    assert Severity.MEDIUM in _date_severities(x, y, published)


def test_an_act_and_its_sequel_a_year_apart_are_no_clash_above_low():
    """Arrested one year, sentenced the next: two events of one story."""
    assert all(s is Severity.LOW for s in _date_severities("The fugitive was arrested near the border in June 2019.",
                                                          "The fugitive was sentenced in June 2020 in the capital."))


def test_a_day_dated_by_a_when_clause_of_saying_is_the_day_of_the_saying():
    """ "Surprised colleagues on Thursday when she announced ..." dates the announcement, as "announced on Wednesday"
    does: a day apart is a clash, not a statement against an event."""
    x = "The premier announced on Wednesday that she will step down after eight years in office."
    y = "The premier surprised colleagues on Thursday when she announced she was stepping down."
    pair = _read_pair(x, y, published=("2024-05-08", "2024-05-10"))
    (day,) = [f.value for f in pair.of("y", FacetKind.DATE)]
    assert day.said == "announce"
    assert Severity.MEDIUM in [f.severity for f in compare_dates(pair)]


def test_two_people_credited_with_one_quoted_phrase_are_a_clash():
    x = 'Rights envoy Ana Ruiz called the general "the face of cruelty" and said the ruling was a victory for justice.'
    y = '"He is the face of cruelty," said prosecutor Tom Hale, who called the judgment a milestone for the victims.'
    speakers = [f.severity for f in compare_attribution(_read_pair(x, y)) if f.kind == "speaker"]
    assert speakers and speakers[0].rank >= Severity.MEDIUM.rank


def test_a_body_and_a_person_sharing_a_short_quoted_phrase_stay_low():
    """The bank's statement and its governor's words: a person may speak for the body."""
    x = '"Keeping the floor for the currency is no longer justified," the central bank said in a statement.'
    y = 'Governor Paul Berg, head of the bank\'s board, told reporters the floor was "no longer justified".'
    assert all(f.severity is Severity.LOW for f in compare_attribution(_read_pair(x, y)))


def test_a_speed_in_km_per_hour_ending_a_sentence_is_a_speed():
    pair = _read_pair("The probe flew past the moon at nearly 50,000 km/h.", "The probe flew past the moon.")
    (speed,) = [f.value for f in pair.of("x", FacetKind.NUMBER)]
    assert (speed.unit, speed.si_unit) == ("km/h", "km/h")


@pytest.mark.parametrize(("x", "y"), [
    ("The regulator said the price cut was a one-off measure.", "The regulator said the price cut was not a one-off measure."),
    ("Investigators said the blaze was an accident.", "The blaze was not an accident, investigators said on Friday."),
])
def test_what_a_copula_says_its_subject_is_against_is_not_is_a_clash(x, y):
    for a, b in ((x, y), (y, x)):
        assert [(f.kind, f.severity) for f in compare_polarity(_read_pair(a, b))] == [("negation", Severity.MEDIUM)]


@pytest.mark.parametrize(("x", "y"), [
    # said of two subjects
    ("Investigators said the blaze was an accident.", "Investigators said the collision was not an accident."),
    # two different things it is or is not
    ("The regulator said the price cut was a one-off measure.", "The regulator said the price cut was not a tax."),
])
def test_what_is_no_copula_clash(x, y):
    assert list(compare_polarity(_read_pair(x, y))) == [] and list(compare_polarity(_read_pair(y, x))) == []
