"""Two sentences read by the pipeline and compared: acts named by two verbs, a speed at a sentence's
end, a day dated by a "when" clause of saying, what a copula says its subject is and is not, a whole
figure and its decimals, a toll with the attacker in it, words a day old quoted on the next day's page."""

from __future__ import annotations

import pytest

from consistency.compare.dates import compare_dates
from consistency.compare.negation import compare_polarity
from consistency.compare.numbers import compare_numbers
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
    ("Three prisoners escaped from the jail on Monday afternoon.",
     "Three prisoners fled the jail yesterday afternoon, officials said.", ("2024-05-07", "2024-05-08")),
    ("Detectives had interviewed the driver in 2019 and 2020 but released him.",
     "The driver had been questioned by detectives in 2019 and again in 2021.", ("2024-05-08", "2024-05-08")),
])
def test_two_days_of_one_act_named_by_two_verbs_are_a_clash(x, y, published):
    assert Severity.MEDIUM in _date_severities(x, y, published)


def test_an_act_and_its_sequel_are_not_one_act():
    """Arrested one year, sentenced the next: two events of one story; detained one day, formally arrested the next,
    perhaps two steps: a clash to check, never HIGH."""
    assert all(s is Severity.LOW for s in _date_severities("The fugitive was arrested near the border in June 2019.",
                                                          "The fugitive was sentenced in June 2020 in the capital."))
    assert Severity.HIGH not in _date_severities("Police detained the driver on Monday at the scene.",
                                                 "Police formally arrested the driver on Tuesday at the scene.")


@pytest.mark.parametrize(("y", "said"), [
    ("The premier surprised colleagues on Thursday when she announced she was stepping down.", "announce"),
    ("The premier surprised colleagues on Thursday by declaring she was stepping down.", "declare"),
])
def test_a_day_dated_by_a_when_clause_or_a_by_phrase_of_saying_is_the_day_of_the_saying(y, said):
    """ "Surprised colleagues on Thursday when she announced ..." dates the announcement, as "announced on Wednesday"
    does: a day apart is a clash, not a statement against an event."""
    x = "The premier announced on Wednesday that she will step down after eight years in office."
    pair = _read_pair(x, y, published=("2024-05-08", "2024-05-10"))
    (day,) = [f.value for f in pair.of("y", FacetKind.DATE)]
    assert day.said == said
    assert Severity.MEDIUM in [f.severity for f in compare_dates(pair)]


def test_a_disclosure_is_a_saying_and_a_day_called_for_is_to_come():
    pair = _read_pair("The retailer disclosed on Tuesday that it had lost 3,000 customers.",
                      "Unions called another day of strikes for January 31.", published=("2024-01-19", "2024-01-19"))
    (disclosed,) = [f.value for f in pair.of("x", FacetKind.DATE)]
    (called_for,) = [f.value for f in pair.of("y", FacetKind.DATE)]
    assert disclosed.said == "disclose"
    assert called_for.value == "2024-01-31" and called_for.tense == "future"


def test_a_speed_in_km_per_hour_ending_a_sentence_is_a_speed():
    pair = _read_pair("The probe flew past the moon at nearly 50,000 km/h.", "The probe flew past the moon.")
    (speed,) = [f.value for f in pair.of("x", FacetKind.NUMBER)]
    assert (speed.unit, speed.si_unit) == ("km/h", "km/h")


@pytest.mark.parametrize(("x", "y"), [
    ("The regulator said the price cut was a one-off measure.", "The regulator said the price cut was not a one-off measure."),
    ("Investigators said the blaze was an accident.", "The blaze was not an accident, investigators said on Friday."),
    # both to come
    ("The minister will attend the summit in Rome.", "The minister will not attend the summit in Rome."),
])
def test_what_is_affirmed_against_denied_is_a_clash(x, y):
    for a, b in ((x, y), (y, x)):
        assert [(f.kind, f.severity) for f in compare_polarity(_read_pair(a, b))] == [("negation", Severity.MEDIUM)]


@pytest.mark.parametrize(("x", "y"), [
    # a deed against one refused for the future: two acts ("would not expel" is a promise, not a denial)
    ("The government expelled 35 diplomats on Thursday.", "The president said his country would not expel any diplomats."),
    # a reason denied, not the act: "not leaving because it was hard" says nothing sure of the leaving
    ('"I am not leaving because it was hard," she said.', '"I am leaving because the job needs fresh energy," she said.'),
    # said of two subjects
    ("Investigators said the blaze was an accident.", "Investigators said the collision was not an accident."),
    # two different things it is or is not
    ("The regulator said the price cut was a one-off measure.", "The regulator said the price cut was not a tax."),
])
def test_what_is_no_clash_of_affirmed_and_denied(x, y):
    assert list(compare_polarity(_read_pair(x, y))) == [] and list(compare_polarity(_read_pair(y, x))) == []


def _number_findings(x: str, y: str, published=("2024-05-08", "2024-05-08")):
    return [(f.severity, f.explanation) for f in compare_numbers(_read_pair(x, y, published))]


def test_a_whole_figure_is_the_rounding_of_the_same_figure_with_decimals():
    x, y = "The index closed the day 512 points lower.", "The index closed the session down 511.6 points."
    assert _number_findings(x, y) == [] and _number_findings(y, x) == []
    assert [s for s, _ in _number_findings("The index closed the day 514 points lower.", y)] == [Severity.HIGH]


def test_a_toll_one_apart_with_the_attacker_counted_on_one_side_is_low():
    x = "Twelve people were killed, including the attacker, the mayor told reporters."
    y = "Eleven people were killed before police shot the attacker dead."
    (found,) = _number_findings(x, y)
    assert found[0] is Severity.LOW and "attacker" in found[1]
    (two_apart,) = _number_findings("Thirteen people were killed, including the attacker.", y)
    assert two_apart[0].rank >= Severity.MEDIUM.rank
    # the attacker counted in the smaller toll, or in another count of the sentence, explains nothing
    (wrong_way,) = _number_findings("Eleven people were killed, including the attacker.", "Twelve people were killed.")
    assert wrong_way[0].rank >= Severity.MEDIUM.rank
    (injured,) = _number_findings("Nine were killed and 40 injured, including the gunman.", "Nine were killed and 41 injured.")
    assert injured[0].rank >= Severity.MEDIUM.rank


def test_words_quoted_on_the_next_days_page_may_be_a_day_old():
    """ "This morning" inside a quotation on Saturday's page, against the reporter's own "this morning" on Friday's:
    the words were likely said on Friday. Quoted the other way round (the quoted day earlier), nothing explains it."""
    x = "The actor died at his home in Lisbon this morning, his agent said."
    y = 'His family said in a statement that he had "died peacefully at his home in Lisbon this morning".'
    assert [f.severity for f in compare_dates(_read_pair(x, y, ("2024-05-10", "2024-05-11")))] == [Severity.LOW]
    assert [f.severity for f in compare_dates(_read_pair(x, y, ("2024-05-11", "2024-05-10")))] == [Severity.MEDIUM]
    named = "The actor died at his home in Lisbon on Friday morning, his agent said."
    assert [f.severity for f in compare_dates(_read_pair(named, y, ("2024-05-11", "2024-05-11")))] == [Severity.LOW]
