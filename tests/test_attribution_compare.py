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


def pair(xs, ys, link=None) -> SentencePair:
    return SentencePair(SentenceRef("a", 0), [facet(v) for v in xs], SentenceRef("b", 0), [facet(v) for v in ys],
                        {"a": "A", "b": "B"}, 0, 0.9, link)


def person(name, **more) -> SourceValue:
    return value(name, named=True, person=True, **more)


def body(name, **more) -> SourceValue:
    return value(name, named=True, person=False, **more)


def anonymous(words) -> SourceValue:
    return value(words, named=False, anonymous=True)


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


def test_two_people_named_in_full_on_a_strongly_linked_pair_are_high():
    (found,) = compare_attribution(pair([person("Jeff Sessions")], [person("Nancy Pelosi")], link=0.95))
    assert (found.facet, found.kind, found.severity) == ("attribution", "speaker", Severity.HIGH)
    assert found.explanation == "A credits it to Jeff Sessions; B to Nancy Pelosi"


@pytest.mark.parametrize("link", [None, 0.7])
def test_two_people_on_a_weak_or_indirect_link_are_only_medium(link):
    # sentences on one topic may report two events, each with its own speaker
    (found,) = compare_attribution(pair([person("Jeff Sessions")], [person("Nancy Pelosi")], link=link))
    assert found.severity is Severity.MEDIUM


def test_two_organisations_are_never_high():
    (found,) = compare_attribution(pair([body("Health Ministry")], [body("Diario del Ebro")], link=1.1))
    assert found.severity is Severity.MEDIUM


def test_a_speaker_resolved_from_a_pronoun_is_low_and_says_why():
    (found,) = compare_attribution(pair([person("Jeff Sessions", resolved_from="he")], [person("Nancy Pelosi")], 0.95))
    assert found.severity is Severity.LOW
    assert found.explanation == ("A credits it to Jeff Sessions (\u201che\u201d); B to Nancy Pelosi "
                                 "(\u201che\u201d may mean someone else)")


def test_a_speaker_resolved_from_a_short_name_keeps_its_weight():
    (found,) = compare_attribution(pair([body("Health Ministry", resolved_from="the ministry")], [body("Tribune")]))
    assert found.severity is Severity.MEDIUM


def test_a_person_against_an_organisation_is_low_since_they_may_speak_for_it():
    (found,) = compare_attribution(pair([body("Harbour Police")], [person("Dana Whitfield")], link=1.0))
    assert found.severity is Severity.LOW
    assert "may speak for" in found.explanation


def test_a_capital_against_its_state_is_low_since_it_stands_for_it():
    (found,) = compare_attribution(pair([body("Beijing")], [body("China")], link=1.0))
    assert found.severity is Severity.LOW and "stand for" in found.explanation
    (found,) = compare_attribution(pair([body("White House")], [body("Kremlin")], link=1.0))
    assert found.severity is Severity.MEDIUM


def test_two_news_outlets_are_low_since_each_may_relay_the_same_source():
    (found,) = compare_attribution(pair([body("Reuters")], [body("Lakeside News Agency")], link=1.0))
    assert found.severity is Severity.LOW
    assert "outlets" in found.explanation


@pytest.mark.parametrize(
    ("a", "b"),
    [("Amy Elliot", "Amy Elliott"), ("Yoon", "Yoon Suk Yeol"), ("Saudi Arabia", "Saudis"),
     ("Commander Stuart Cundy", "Stuart Cundy"), ("DeGeneres herself", "Ellen DeGeneres"), ("EW.com", "EW")],
)
def test_one_source_in_two_forms_does_not_conflict(a, b):
    assert list(compare_attribution(pair([value(a)], [value(b)], link=1.0))) == []


def test_a_named_source_against_an_anonymous_one_is_medium():
    (found,) = compare_attribution(pair([person("Dana Whitfield")], [anonymous("people familiar with the talks")], 0.6))
    assert (found.kind, found.severity) == ("anonymous", Severity.MEDIUM)
    assert found.explanation == "A credits it to Dana Whitfield; B to people familiar with the talks (anonymous)"
    # either way round
    (found,) = compare_attribution(pair([anonymous("unnamed officials")], [person("Dana Whitfield")]))
    assert (found.kind, found.a.doc, found.b.doc) == ("anonymous", "a", "b")


def test_an_office_or_a_named_body_is_on_the_record_against_anonymous_sources():
    office = Facet(FacetKind.ATTRIBUTION, "the Harbour Master", value("Harbour Master", named=False), 0, 18)
    found = list(compare_attribution(SentencePair(SentenceRef("a", 0), [office], SentenceRef("b", 0),
                                                  [facet(anonymous("sources"))], {"a": "A", "b": "B"}, 0, 0.9)))
    assert [f.kind for f in found] == ["anonymous"]


def test_anonymous_against_a_vague_description_or_anonymous_is_no_finding():
    vague = replace(value("officials"), named=False)
    assert list(compare_attribution(pair([vague], [anonymous("sources")]))) == []
    assert list(compare_attribution(pair([anonymous("unofficial sources")], [anonymous("sources")]))) == []
    # a sentence that names a source too is not anonymous
    assert list(compare_attribution(pair([anonymous("sources"), person("Dana Whitfield")],
                                         [person("Dana Whitfield")]))) == []


def test_same_source_in_other_words_does_not_conflict():
    assert list(compare_attribution(pair([value("AP")], [value("Associated Press")]))) == []


def test_a_description_never_conflicts_but_an_unmarked_value_counts_as_named():
    described = replace(value("officials"), named=False)
    assert list(compare_attribution(pair([described], [value("Nancy Pelosi")]))) == []
    office = replace(value("Foreign Minister"), named=False)  # whoever holds it may be named elsewhere
    assert list(compare_attribution(pair([office], [value("Nancy Pelosi")]))) == []
    assert len(list(compare_attribution(pair([value("officials")], [value("Nancy Pelosi")])))) == 1


def test_an_extra_relay_is_low():
    xs = [value("Jeff Sessions"), value("Associated Press", role="relay", cue="according to")]
    (found,) = compare_attribution(pair(xs, [value("Jeff Sessions")]))
    assert (found.kind, found.severity) == ("extra-relay", Severity.LOW)


def test_a_swapped_relay_is_low():
    xs = [person("Dana Whitfield"), body("Reuters", role="relay", cue="according to")]
    ys = [person("Dana Whitfield"), body("Associated Press", role="relay", cue="according to")]
    (found,) = compare_attribution(pair(xs, ys, link=1.0))
    assert (found.kind, found.severity) == ("relay", Severity.LOW)


@pytest.mark.parametrize(("a", "b"), [("Yevgeny Dorokhin", "Yevgeniy Dorokhine"), ("Sergei Volkov", "Sergey Volkov"),
                                        ("Khalid al-Mansour", "Khaled Al Mansour")])
def test_one_person_in_two_transliterations_is_at_most_low(a, b):
    found = list(compare_attribution(pair([person(a)], [person(b)], link=0.97)))
    assert all(f.severity is Severity.LOW for f in found)
    assert all("spelt two ways" in f.explanation for f in found)


@pytest.mark.parametrize(("a", "b"), [("Mark Kelso", "Mike Kelso"), ("Tom Jones", "Sarah Miller")])
def test_two_people_with_other_first_names_stay_high(a, b):
    (found,) = compare_attribution(pair([person(a)], [person(b)], link=0.97))
    assert found.severity is Severity.HIGH


def figure(n: float) -> Facet:
    from consistency.core.values.numbers import NumberValue

    return Facet(FacetKind.NUMBER, str(n), NumberValue(value=n, si_value=n, noun="people", kind="count"), 0, 2)


def described(words: str) -> Facet:
    return facet(value(words, named=False, anonymous=False))


def official(name: str, written: str) -> Facet:
    return Facet(FacetKind.ATTRIBUTION, written, person(name), 0, len(written))


def pair_of(xs, ys, link=0.7) -> SentencePair:
    return SentencePair(SentenceRef("a", 0), xs, SentenceRef("b", 0), ys, {"a": "A", "b": "B"}, 0, 0.9, link)


def test_the_same_figure_from_police_and_from_an_official_of_another_body_is_medium():
    director = official("Jane Roe", "Dr Jane Roe, medical director of the county ambulance service")
    (found,) = compare_attribution(pair_of([described("Police"), figure(40)], [director, figure(40)]))
    assert (found.kind, found.severity) == ("body", Severity.MEDIUM)
    assert found.explanation == "A credits it to Police; B to Jane Roe of the county ambulance service (another body)"


def test_a_named_body_against_an_official_of_another_body_is_medium_too():
    doctor = official("Jane Roe", "Dr Jane Roe of St Brendan's Hospital")
    (found,) = compare_attribution(pair_of([facet(body("Eastshire Police")), figure(40)], [doctor, figure(40)]))
    assert (found.kind, found.severity) == ("speaker", Severity.MEDIUM)
    assert "St Brendan's Hospital, another body" in found.explanation


@pytest.mark.parametrize(
    ("source", "speaker", "figures"),
    [
        (described("Police"), official("Mark Lowe", "Eastshire Police chief constable Mark Lowe"), (40, 40)),  # its own
        (described("the ministry"), official("Ann Vale", "Health Minister Ann Vale"), (40, 40)),  # the minister
        (described("the hospital"), official("Jane Roe", "Dr Jane Roe of St Brendan's Hospital"), (40, 40)),
        (described("Police"), official("Jane Roe", "Dr Jane Roe, director of the county ambulance service"), (40, 7)),
    ],
)
def test_a_body_and_its_own_official_or_another_figure_is_no_divergence(source, speaker, figures):
    found = list(compare_attribution(pair_of([source, figure(figures[0])], [speaker, figure(figures[1])])))
    assert all(f.severity is Severity.LOW for f in found)


def _read_pair(text_x: str, text_y: str, link: float = 0.9) -> SentencePair:
    """The first sentences of two articles, with every facet the pipeline reads (negations too)."""
    from consistency import pipeline

    documents, _ = pipeline.load_records([{"id": "a", "text": text_x, "published": "2024-05-06"},
                                          {"id": "b", "text": text_y, "published": "2024-05-06"}], "test", "t")
    facets = pipeline.extract_facets(documents, pipeline.segment_documents(documents))
    x, y = SentenceRef("a", 0), SentenceRef("b", 0)
    return SentencePair(x, facets[x], y, facets[y], {"a": "Wire", "b": "Daily"}, 0, link, link, (text_x, text_y))


def _speakers(text_x: str, text_y: str, link: float) -> list[Severity]:
    """The severities of the speaker findings on two sentences read by the pipeline."""
    return [f.severity for f in compare_attribution(_read_pair(text_x, text_y, link=link)) if f.kind == "speaker"]


@pytest.mark.e2e
def test_a_source_that_did_not_say_it_is_not_credited_with_it():
    """ "The club did not reveal the fee" credits the fee to nobody: no clash with the paper that reported it."""
    withheld = _read_pair("Harbour City did not reveal the fee, but the Courier reported it was at least $40 million.",
                          "The fee was at least $40 million, Tom Reed of the Courier reported.")
    assert [f.severity for f in compare_attribution(withheld) if f.kind == "speaker"] == []
    declined = _read_pair("Harbour City declined to say whether the fee was $40 million.",
                          "The fee was $40 million, Jane Carter said.")
    assert list(compare_attribution(declined)) == []
    # the same words said by another speaker still clash
    said = _read_pair("The fee was $40 million, Harbour City chairman Paul Grant said.",
                      "The fee was $40 million, Jane Carter said.")
    assert [f.kind for f in compare_attribution(said)] == ["speaker"]


@pytest.mark.e2e
@pytest.mark.parametrize("text_x, text_y", [
    # two people quoted on one topic: two statements, not one credited twice
    ("“The new rules will clear up years of confusion over the law,” Interior Secretary Dana Morrow said.",
     "“This is a reckless attack on wildlife that has nowhere else to go,” said Priya Nandakumar, a lawyer for "
     "Riverwatch."),
    ("Harbour police chief Tom Avery said the driver had stopped twice before the crash.",
     "The lorry’s brakes were checked in March, transport minister Ellen Price told reporters."),
])
def test_two_speakers_of_two_different_statements_are_low_and_say_why(text_x, text_y):
    found = [f for f in compare_attribution(_read_pair(text_x, text_y, link=0.7)) if f.kind == "speaker"]
    assert [f.severity for f in found] == [Severity.LOW]
    assert "perhaps two statements" in found[0].explanation


@pytest.mark.e2e
def test_one_claim_credited_to_two_speakers_in_other_words_still_clashes():
    """The same fact told in partly other words keeps enough of them to be one claim credited twice."""
    found = list(compare_attribution(_read_pair(
        "The ferry was carrying 212 passengers when it ran aground off Skerry Point, harbour master Ian Doyle said.",
        "It ran aground off Skerry Point with 212 passengers on board, coastguard commander Ruth Elkins said.",
        link=0.8)))
    assert [(f.kind, f.severity) for f in found] == [("speaker", Severity.MEDIUM)]
    anonymous_pair = _read_pair(
        "Suu Kyi was sentenced to two years for incitement, junta spokesman Zaw Lin told reporters.",
        "Suu Kyi received two years for incitement against the military, according to sources familiar with the "
        "proceedings.", link=0.8)
    assert [(f.kind, f.severity) for f in compare_attribution(anonymous_pair)] == [("anonymous", Severity.MEDIUM)]


def described_facet(words) -> Facet:
    return Facet(FacetKind.ATTRIBUTION, words, value(words, named=False, anonymous=False), 0, len(words))


def spokesperson_pair(words, other: SourceValue, figures=(3, 3), flipped=False) -> SentencePair:
    xs = [described_facet(words), figure(figures[0])]
    ys = [facet(other), figure(figures[1])]
    if flipped:
        xs, ys = ys, xs
    return SentencePair(SentenceRef("a", 0), xs, SentenceRef("b", 0), ys, {"a": "A", "b": "B"}, 0, 0.9, 0.9)


@pytest.mark.parametrize("words", ["a spokeswoman for Ludlow General Hospital", "a police spokesman",
                                   "Harbour Authority officials"])
def test_one_figure_from_a_spokesperson_of_one_body_and_a_person_of_another_is_medium(words):
    """ "Three workers were hospitalised, a spokeswoman for Ludlow General Hospital said" against "Three workers
    were taken to hospital, Ortiz said", Ortiz being the county fire marshal two sentences up."""
    marshal = person("Dana Ortiz", office="County Fire Marshal")
    found = list(compare_attribution(spokesperson_pair(words, marshal)))
    assert [(f.kind, f.severity) for f in found] == [("office", Severity.MEDIUM)]
    assert words in found[0].explanation and "County Fire Marshal" in found[0].explanation
    flipped = list(compare_attribution(spokesperson_pair(words, marshal, flipped=True)))
    assert [f.kind for f in flipped] == ["office"] and flipped[0].a.doc == "a"  # the document order is kept
    assert list(compare_attribution(spokesperson_pair(words, marshal, figures=(3, 40)))) == []  # two things said


@pytest.mark.parametrize(("words", "office"), [
    ("a police spokesman", "Police Chief"),  # one body: the chief and its spokesman
    ("a hospital spokeswoman", "chief medical officer of the hospital"),
    ("a White House spokesman", "President"),  # a bare title names no body: the spokesman may speak for him
    ("a Ludlow police spokesman", "Detective Inspector"),
    ("a company spokesman", "Harbour Master"),  # "company" says not which company
    ("officials", "Harbour Master"),  # officials of anything
    ("the officer in charge of the inquiry", "Commander of the Metropolitan Police"),  # no body named
    ("a spokesman for Ortiz", "County Fire Marshal"),  # speaking for the person herself
    ("a police spokesman", "Mr"),  # an honorific, an age or a plain noun is no office
    ("a police spokesman", "34"),
    ("a police spokesman", "resident"),
])
def test_a_description_that_may_be_the_person_or_names_no_body_is_no_clash(words, office):
    assert list(compare_attribution(spokesperson_pair(words, person("Dana Ortiz", office=office)))) == []


def test_a_person_without_an_office_or_found_by_a_pronoun_is_no_clash():
    assert list(compare_attribution(spokesperson_pair("a police spokesman", person("Dana Ortiz")))) == []
    she = person("Dana Ortiz", office="County Fire Marshal", resolved_from="she")
    assert list(compare_attribution(spokesperson_pair("a police spokesman", she))) == []


def test_a_match_score_beside_the_sources_is_no_shared_figure_and_no_crash():
    """A score ("won 2-1") is read as a pair of figures; it used to crash the body rule ("internal error")."""
    from consistency.core.values.numbers import NumberValue

    score = Facet(FacetKind.NUMBER, "2-1", NumberValue(value=[2.0, 1.0], si_value=None, kind="score"), 0, 3)
    director = official("Jane Roe", "Dr Jane Roe, medical director of the county ambulance service")
    assert list(compare_attribution(pair_of([described("Police"), score], [director, score]))) == []
    marshal = person("Dana Ortiz", office="County Fire Marshal")
    assert list(compare_attribution(SentencePair(SentenceRef("a", 0), [described_facet("a police spokesman"), score],
                                                 SentenceRef("b", 0), [facet(marshal), score],
                                                 {"a": "A", "b": "B"}, 0, 0.9, 0.9))) == []


@pytest.mark.parametrize(("words", "office"), [
    ("a spokesman for the Harbour Pilots Association", "HPA chief executive"),  # an initialism of the body
    ("a Pentagon spokesman", "Defense Secretary"),  # a building standing for the body
    ("a Met spokesman", "Metropolitan Police Commander"),
    ("a Harbour Authority spokesman", "Secretary-General"),  # a hyphenated bare title
])
def test_one_body_under_another_name_is_no_clash(words, office):
    assert list(compare_attribution(spokesperson_pair(words, person("Dana Ortiz", office=office)))) == []


def test_a_body_named_before_a_person_in_the_other_outlet_is_spoken_for_whatever_its_name_reads_as():
    """ "Kemtek said" against "Kemtek spokeswoman Lisa Grant said": an unknown company the name reader takes for a
    person is still the body the spokeswoman speaks for."""
    company = facet(person("Kemtek"))
    words = "Kemtek spokeswoman Lisa Grant"
    spokeswoman = Facet(FacetKind.ATTRIBUTION, words, person("Lisa Grant"), 0, len(words))
    pair_of_two = SentencePair(SentenceRef("a", 0), [company], SentenceRef("b", 0), [spokeswoman],
                               {"a": "A", "b": "B"}, 0, 0.9, 0.9)
    (found,) = compare_attribution(pair_of_two)
    assert found.severity is Severity.LOW and "speak for the body" in found.explanation
    other = Facet(FacetKind.ATTRIBUTION, "Harlow spokeswoman Lisa Grant", person("Lisa Grant"), 0, 29)
    (found,) = compare_attribution(replace(pair_of_two, fy=[other]))
    assert found.severity is Severity.MEDIUM
    # a name before the person that is no body she speaks for: "Kemtek critic Lisa Grant"
    critic = Facet(FacetKind.ATTRIBUTION, "Kemtek critic Lisa Grant", person("Lisa Grant"), 0, 24)
    (found,) = compare_attribution(replace(pair_of_two, fy=[critic]))
    assert found.severity is Severity.MEDIUM


@pytest.mark.e2e
def test_a_short_quotation_credited_to_two_people_still_clashes():
    """ "'We are devastated,' Ana Ruiz said" against "... Tom Hale said": every content word is shared, though
    fewer than the floor that tells two statements apart."""
    found = list(compare_attribution(_read_pair("\u201cWe are devastated,\u201d club chair Ana Ruiz said.",
                                                "\u201cWe are devastated,\u201d club captain Tom Hale said.", link=0.9)))
    assert [(f.kind, f.severity) for f in found] == [("speaker", Severity.MEDIUM)]


@pytest.mark.e2e
@pytest.mark.parametrize(("before", "severity"), [
    ("Fire Chief Dana Brooks said the blast began in a storage tank.", Severity.MEDIUM),
    ("Fire Chief Dana Brooks and plant manager Carla Diaz said the blast began in a storage tank.", Severity.LOW),
    # a bare surname may be someone else than the one the story only described ("the actress's rep said ...")
    ("Ms Brooks said the blast began in a storage tank.", Severity.LOW),
])
def test_a_pronoun_speaker_only_one_person_named_before_can_be_is_no_guess(before, severity):
    """ "... Dana Brooks said ... 'It could have been much worse,' she said" can only be Brooks: against "Mayor Tom
    Reilly said" the same words clash as named speakers do. With two people named before, "she" stays a guess."""
    pair = _she_against_reilly(before, "\u201cIt could have been much worse,\u201d", 1)
    assert [f.severity for f in compare_attribution(pair) if f.kind == "speaker"] == [severity]


def _she_against_reilly(before: str, quote: str, index: int) -> SentencePair:
    """The quotation credited to "she" after `before` in one article and to Mayor Tom Reilly in the other."""
    from consistency import pipeline

    documents, _ = pipeline.load_records([{"id": "a", "text": f"{before} {quote} she said.", "published": "2024-05-30"},
                                          {"id": "b", "text": f"{before} {quote} Mayor Tom Reilly said.",
                                           "published": "2024-05-30"}], "test", "t")
    sentences = pipeline.segment_documents(documents)
    facets = pipeline.extract_facets(documents, sentences)
    texts = {SentenceRef(s.doc_id, s.index): s.text for s in sentences}
    x, y = SentenceRef("a", index), SentenceRef("b", index)
    return SentencePair(x, facets[x], y, facets[y], {"a": "Wire", "b": "Daily"}, 0, 0.9, 0.9, (texts[x], texts[y]))


@pytest.mark.e2e
def test_a_news_outlet_against_anonymous_sources_may_be_one_source():
    """ "Rivera has been hired to direct the sequel, Screenwire.com reports" against "sources say Rivera has been hired
    to direct the sequel": an outlet reports what unnamed sources tell it. A named official against them clashes."""
    outlet = _clashes("Rivera has been hired to direct the sequel, Screenwire.com reports.",
                      "Rivera has been hired to direct the sequel, sources say.")
    assert [(f.kind, f.severity) for f in outlet] == [("anonymous", Severity.LOW)]
    assert "news outlet" in outlet[0].explanation
    official = _clashes("Rivera has been hired to direct the sequel, studio chief Ann Lowe said.",
                        "Rivera has been hired to direct the sequel, sources say.")
    assert [(f.kind, f.severity) for f in official] == [("anonymous", Severity.MEDIUM)]


def _clashes(text_x: str, text_y: str) -> list:
    """The attribution findings on the first sentences of two articles, closely linked."""
    return list(compare_attribution(_read_pair(text_x, text_y, link=0.9)))


@pytest.mark.e2e
def test_a_journalist_of_an_outlet_against_anonymous_sources_may_be_one_source():
    """ "According to Tom Reed of the Boston Herald" against "a source said": a reporter relays unnamed sources."""
    found = _clashes("The club made an offer to Silva, according to Tom Reed of the Boston Herald.",
                     "The club made an offer to Silva, a league source said.")
    assert [(f.kind, f.severity) for f in found] == [("anonymous", Severity.LOW)]


@pytest.mark.e2e
def test_a_pronoun_after_someone_described_since_the_named_person_stays_a_guess():
    """ "Dana Brooks said ... A neighbour who asked not to be named said ... 'It was terrifying,' she said": "she"
    may be the neighbour."""
    before = ("Fire Chief Dana Brooks said the blast began in a storage tank. A neighbour who asked not to be named "
              "said she heard two bangs.")
    pair = _she_against_reilly(before, "\u201cIt was terrifying,\u201d", 2)
    assert all(f.severity is Severity.LOW for f in compare_attribution(pair))


@pytest.mark.e2e
def test_the_and_a_kind_of_body_in_lower_case_may_describe_the_body_the_other_names():
    """ "The council confirmed" against "Kessford council said": one body, described and named. ("The ministry",
    named earlier as Spain's health ministry, against "the regional newspaper Diario del Ebro" stays two: the
    ministry-vs-newspaper fixture.)"""
    one = _read_pair("Kessford council said its head of infrastructure had not been suspended.",
                     "The council's head of infrastructure has been suspended, the council confirmed last night.")
    assert [f for f in compare_attribution(one) if f.kind == "speaker"] == []
    # a name and the same name with its kind are one body
    short = _read_pair("Harrowgate admitted the failings and said it had spent more than 300 million pounds on systems.",
                       "The fine was cut because Harrowgate Bank admitted the failings and spent 300 million pounds, "
                       "Harrowgate Bank said.")
    assert [f for f in compare_attribution(short) if f.kind == "speaker"] == []



@pytest.mark.e2e
@pytest.mark.parametrize(("before", "severity"), [
    # others named earlier in the story, only Brooks in the sentence before: "she" can only be her
    ("Mayor Ann Cole opened the depot in 2019. Residents had long opposed it. "
     "Fire Chief Dana Brooks said the blast began in a storage tank.", Severity.MEDIUM),
    # two women in the sentence before: a guess
    ("Mayor Ann Cole opened the depot in 2019. "
     "Fire Chief Dana Brooks and plant manager Carla Diaz said the blast began in a storage tank.", Severity.LOW),
])
def test_she_after_a_sentence_naming_one_woman_is_that_woman(before, severity):
    """The quotation that follows "Fire Chief Dana Brooks said ..." and ends "she said" is hers, however many people
    the story named further up: against "Mayor Tom Reilly said" it clashes as two named speakers do."""
    pair = _she_against_reilly(before, "\u201cIt could have been much worse,\u201d", 3 if "Residents" in before else 2)
    assert [f.severity for f in compare_attribution(pair) if f.kind == "speaker"] == [severity]


@pytest.mark.e2e
def test_one_quotation_credited_to_the_judge_and_to_the_prosecutor_clashes():
    """Two offices one person cannot hold: the quotation is credited to two people (MEDIUM: neither is named on
    one side). The same office in other words ("the lawyer", "his attorney") is one person."""
    quote = "\u201cThis was a calculated and sustained betrayal of the people you served,\u201d"
    found = _clashes(f"{quote} the judge told him.", f"{quote} the prosecutor, Daniel Okafor, said.")
    assert [(f.kind, f.severity) for f in found] == [("office", Severity.MEDIUM)]
    assert "the judge" in found[0].explanation and "prosecutor" in found[0].explanation
    assert _clashes(f"{quote} the lawyer said.", f"{quote} his attorney, Sandra Kolb, said.") == []
    assert _clashes(f"{quote} the judge told him.", f"{quote} Judge Mary Keane told him.") == []
    # two statements on the day, each by its own office-holder: no shared words, nothing credited twice
    assert _clashes("The sentence was fair, the judge said.",
                    "The prosecutor, Daniel Okafor, said he would appeal against the sentence.") == []


@pytest.mark.e2e
def test_a_surname_spelt_like_a_title_is_a_name():
    """ "Amrita Sen" is a person, not an office ("Sen." for senator): her words credited to the chief executive in
    the other outlet clash."""
    quote = "\u201cParents' trust is everything to us, and we will not take any risk with it,\u201d"
    found = _clashes(f"{quote} said chief executive Paul Ashdown.",
                     f"{quote} said Amrita Sen, the company's quality director.")
    assert [(f.kind, f.severity.rank >= Severity.MEDIUM.rank) for f in found] == [("speaker", True)]


@pytest.mark.e2e
def test_he_who_heads_the_body_speaks_for_it():
    """ "He said" after "Metrolink chief executive Simon Adair said" against "Metrolink said": the chief executive
    speaks for the company (LOW), however sure "he" is."""
    from consistency import pipeline

    text = ("Metrolink chief executive Simon Adair said the agreement was fair. "
            "He said full services would be restored by Friday.")
    documents, _ = pipeline.load_records([{"id": "a", "text": text, "published": "2024-05-06"},
                                          {"id": "b", "text": "Metrolink said full services would be restored by Friday.",
                                           "published": "2024-05-06"}], "test", "t")
    sentences = pipeline.segment_documents(documents)
    facets = pipeline.extract_facets(documents, sentences)
    texts = {SentenceRef(s.doc_id, s.index): s.text for s in sentences}
    x, y = SentenceRef("a", 1), SentenceRef("b", 0)
    pair = SentencePair(x, facets[x], y, facets[y], {"a": "Wire", "b": "Daily"}, 0, 0.9, 0.9, (texts[x], texts[y]))
    assert [f.severity for f in compare_attribution(pair)] == [Severity.LOW]


@pytest.mark.e2e
def test_two_people_quoted_in_words_that_only_share_a_stock_phrase_are_two_statements():
    """ "I have lived here all my life and I have never seen anything like it" and "I have been to a lot of strandings
    and I have never seen a community turn out like this": five words in a row alike, two people's own remarks."""
    found = [f for f in _clashes("\u201cI have lived here all my life and I have never seen anything like it,\u201d "
                                 "said Morag Lindsay.",
                                 "\u201cI have been to a lot of strandings and I have never seen a community turn out "
                                 "like this,\u201d said Hamish Rennie.") if f.kind == "speaker"]
    assert [f.severity for f in found] == [Severity.LOW] and "perhaps two statements" in found[0].explanation


@pytest.mark.e2e
def test_one_quotation_credited_to_a_spokesperson_and_to_someone_of_another_body_clashes():
    """ "'We stand by our author and the book,' a Harcastle Books spokesperson said" against "... said Delaney's literary
    agent, Fiona Marsh": the same words, credited to the publisher and to the author's agent (medium), though the two
    sentences give no figure and are not closely linked."""
    quote = "\u201cWe stand by our author and the book,\u201d"
    found = _clashes(f"{quote} a Harcastle Books spokesperson said.", f"{quote} said Delaney's literary agent, Fiona Marsh.")
    assert [(f.kind, f.severity) for f in found] == [("office", Severity.MEDIUM)]
    assert "Delaney's literary agent" in found[0].explanation


@pytest.mark.e2e
def test_one_remark_quoted_in_other_order_and_credited_to_two_people_is_no_two_statements():
    """Nearly every content word of the shorter quotation is the other's, in order, though half its words are not:
    one remark told twice, so two speakers for it is a divergence to see (MEDIUM), not two people on one topic."""
    assert _speakers(
        '"Landslides like this in these valleys happen every single year, it is not like they do not happen anywhere '
        'else on earth," Interior Minister Lena Holt told reporters.',
        '"As you all know, landslides like this in our valleys happen every year, and not only in Nepal," police chief '
        'Omar Diallo said.', 0.7) == [Severity.MEDIUM]


@pytest.mark.e2e
def test_one_quotation_from_a_body_and_from_a_person_of_an_unrelated_office_is_medium():
    """The same words credited to "the Coast Guard" and to "fire chief Ana Ruiz": her office names no part of the
    Coast Guard, so these are two sources for one statement (MEDIUM); "Coast Guard spokeswoman Ana Ruiz" speaks
    for it (LOW)."""
    quote = '"We have never seen water rise this fast in the harbour,"'
    body = f"{quote} the Coast Guard wrote on its website."
    assert _speakers(body, f"{quote} said fire chief Ana Ruiz.", 0.8) == [Severity.MEDIUM]
    assert _speakers(body, f"{quote} said Coast Guard spokeswoman Ana Ruiz.", 0.8) in ([], [Severity.LOW])


@pytest.mark.e2e
def test_a_named_source_against_an_anonymous_one_in_a_well_linked_paraphrase_is_medium():
    """ "The driver never braked, police inspector Maria Lopez said" against "The bus did not slow down, an official
    said on condition of anonymity": one claim in other words; a well-linked pair is one statement however few words
    they share (MEDIUM), a loosely linked one perhaps two (LOW). A named source who tells of the anonymous ones
    ("I spoke to two officials ...") may be relaying them (LOW)."""
    named = "The driver never braked before the bend, police inspector Maria Lopez said."
    anonymous = "The bus did not slow down at the curve, an official said on condition of anonymity."

    def severity(text_a: str, text_b: str, link: float):
        return [f.severity for f in compare_attribution(_read_pair(text_a, text_b, link=link)) if f.kind == "anonymous"]

    assert severity(named, anonymous, 0.7) == [Severity.MEDIUM]
    assert severity(named, anonymous, 0.5) == [Severity.LOW]
    relay = '"I spoke to two officials and they say the bus did not slow down," police inspector Maria Lopez said.'
    assert severity(relay, anonymous, 0.7) in ([], [Severity.LOW])


@pytest.mark.e2e
def test_a_bare_title_against_its_body_stays_low_for_one_quotation():
    """ "said chief executive Ana Ruiz" against "the agency said" with one quotation: a bare title may be the body's
    own officer (LOW); "fire chief Ana Ruiz" names a field of her own (MEDIUM, as above)."""
    quote = '"We have never seen water rise this fast in the harbour,"'
    assert _speakers(f"{quote} the Coast Guard wrote on its website.", f"{quote} said chief executive Ana Ruiz.",
                     0.8) in ([], [Severity.LOW])


@pytest.mark.e2e
def test_the_same_words_credited_to_two_people_are_medium_however_little_else_is_shared():
    """ "'Help is on its way,' the health minister said on the radio" and "'Help is on its way,' the prime minister
    said, hailing the news": one statement (five words or more in a row), two speakers (MEDIUM)."""
    assert _speakers('"Help is on its way," Health Minister Maria Lopez said on the radio shortly after the announcement.',
                     '"Help is on its way," Prime Minister Ana Ruiz said, hailing the news as fantastic.',
                     0.77) == [Severity.MEDIUM]


@pytest.mark.e2e
def test_an_officer_titled_by_the_bodys_short_name_speaks_for_it():
    """ "Harwick Rail, which operates the line, said" against "Harwick chief executive Maria Lopez said": her office
    names the body by its first word, so she may speak for it (never HIGH), though the name reader takes "Harwick
    Rail" for a person."""
    found = _speakers(
        "Harwick Rail, which operates the line, said in a statement that the bridge had been inspected every month.",
        "Harwick chief executive Maria Lopez said the bridge had been inspected every month.", 0.9)
    assert all(severity is Severity.LOW for severity in found)


def _speaker_findings(text_a: str, text_b: str) -> list:
    """Attribution findings of two one-sentence pages, read and linked by the real pipeline."""
    from consistency import pipeline
    from consistency.core.settings import Settings

    documents, _ = pipeline.load_records([{"id": "a", "text": text_a, "published": "2024-05-06"},
                                          {"id": "b", "text": text_b, "published": "2024-05-06"}], "test", "t")
    report = pipeline.check(documents, Settings())
    return [f for f in report.findings if f.facet == "attribution"]


@pytest.mark.e2e
def test_one_quotation_framed_by_a_gesture_of_two_people_is_a_clash_two_gestures_are_not():
    """The same quoted words, "congratulated" by two named people, are one statement credited twice; two people's
    congratulations with no words quoted by both are two gestures (low)."""
    quoted = '"a clean, peaceful and fair election"'
    (same,) = _speaker_findings(f"Chancellor Olaf Brandt congratulated Ruiz on {quoted}.",
                                f"Foreign Minister Anna Vogel congratulated Ruiz on {quoted}.")
    assert same.severity.rank >= Severity.MEDIUM.rank
    (two,) = _speaker_findings('Chancellor Olaf Brandt congratulated Ruiz on Twitter on "his big night," adding that he '
                               "looked forward to working with him.",
                               "Foreign Minister Anna Vogel congratulated Ruiz in a statement, saying Germany looked "
                               "forward to working with the new president.")
    assert two.severity is Severity.LOW
