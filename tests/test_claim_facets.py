"""Claim facets (negation, quotes, entities) on the real spaCy pipeline; numbers are in test_numbers_*.py."""

from __future__ import annotations

import json
import re
from functools import lru_cache

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from consistency.compare.numbers import describe_number, numbers_agree
from consistency.facets.entities import extract_entities
from consistency.facets.negation import extract_negation, polarity
from consistency.facets.nlp import parse
from consistency.facets.numbers import extract_numbers
from consistency.facets.quotes import extract_quotes, quote_similarity
from consistency.core.types import FacetKind, Severity

pytestmark = pytest.mark.e2e


@lru_cache(maxsize=None)
def doc(text: str):
    return parse([text])[0]


# --------------------------------------------------------------------------- negation


def test_polarity_of_the_same_predicate():
    assert polarity(doc("The company confirmed the recall.")) == {"confirm": True}
    assert polarity(doc("The company did not confirm the recall.")) == {"confirm": False}
    refused = polarity(doc("The company refused to confirm the recall."))
    assert refused["confirm"] is False and refused["refuse"] is True
    assert polarity(doc("The company did not deny that it met regulators.")) == {"deny": False}


@pytest.mark.parametrize(
    ("text", "predicate", "cue", "obj"),
    [
        ("He never met with any Russian officials to discuss issues.", "meet", "never", "official"),
        ("He didn't disclose the meetings.", "disclose", "n't", "meeting"),
        ("The company did not confirm the recall.", "confirm", "not", "recall"),
        ("Sessions has denied allegations that he colluded with Russian officials.", "collude", "deny", "official"),
        ("He denied meeting the ambassador.", "meet", "deny", "ambassador"),
        ("She denied that he had met the ambassador.", "meet", "deny", "ambassador"),
        ("The company refused to confirm the recall.", "confirm", "refuse", "recall"),
        ("He failed to disclose two conversations.", "disclose", "fail", "conversation"),
        ("I have no idea what this allegation is about.", "have", "no", "idea"),
        ("No charges were filed.", "file", "no", "charge"),
        ("Sessions is not fit to serve as the top law enforcement officer.", "fit", "not", "serve"),
        ("He left without paying.", "pay", "without", None),
    ],
)
def test_negated_predicates(text, predicate, cue, obj):
    facets = extract_negation(doc(text))
    assert len(facets) == 1, facets
    f = facets[0]
    assert f.kind is FacetKind.NEGATION
    assert doc(text).text[f.start:f.end] == f.text
    assert (f.value.predicate, f.value.cue, f.value.object) == (predicate, cue, obj)
    assert f.value.polarity is False
    json.dumps(f.value.to_dict())
    assert polarity(doc(text))[predicate] is False


def test_negation_covers_disjuncts_not_conjuncts():
    preds = {f.value.predicate for f in extract_negation(doc("He did not meet or speak with the ambassador."))}
    assert preds == {"meet", "speak"}
    pol = polarity(doc("He didn't disclose the meetings and resigned."))
    assert pol == {"disclose": False, "resign": True}


def test_no_negation():
    assert extract_negation(doc("The company confirmed the recall.")) == ()


def test_a_no_compound_names_a_thing_and_negates_nothing():
    """ "A no-confidence vote passed" says a vote passed; "no vote was held" says none was."""
    for text in ("The no-confidence vote passed on Saturday.", "The judge accepted his no-contest plea."):
        assert all(f.value.polarity for f in extract_negation(doc(text))), text
    assert any(f.value.polarity is False for f in extract_negation(doc("There was no vote on Saturday.")))


# --------------------------------------------------------------------------- quotes


def quotes(text: str) -> list[str]:
    found = extract_quotes(doc(text))
    for f in found:
        assert f.kind is FacetKind.QUOTE
        assert doc(text).text[f.start:f.end] == f.text
        assert f.value.words == len(f.value.quote.split())
    return [f.value.quote for f in found]


def test_straight_and_curly_quotes():
    assert quotes('"Sessions is not fit to serve and must resign," Pelosi said.') == [
        "Sessions is not fit to serve and must resign"
    ]
    assert quotes("“Sessions is not fit to serve and must resign,” she said, according to Reuters.") == [
        "Sessions is not fit to serve and must resign"
    ]
    assert quotes('He said "yes" and then "no".') == ["yes", "no"]
    assert quotes("The minister called the agency’s report ‘flawed’ on Monday.") == ["flawed"]


def test_quote_across_sentences():
    assert quotes("“I have no idea what this allegation is about.") == ["I have no idea what this allegation is about"]
    assert quotes("It is false,” Sessions is quoted saying.") == ["It is false"]
    assert quotes('It is false," Sessions said.') == ["It is false"]


def test_quote_whitespace_normalised():
    assert quotes('He said "we  will\nwin" today.') == ["we will win"]


def test_no_quotes():
    assert quotes("He said the company's report was late.") == []
    assert quotes('The 12" pizza was cold.') == []


def test_quote_similarity():
    a = "Sessions is not fit to serve as the top law enforcement officer of our country and must resign."
    b = "sessions is not fit to serve as the top law enforcement officer of our country and must resign,"
    assert quote_similarity(a, b) == 1.0
    assert quote_similarity("He didn’t go", "he didn't go!") == 1.0
    partial = quote_similarity(
        "never met with any Russian officials to discuss issues",
        "never met with any Russian officials to discuss issues of the campaign",
    )
    assert 0.8 < partial < 1.0
    assert quote_similarity("we will win", "they lost badly") == 0.0
    assert quote_similarity("", "") == 1.0
    assert quote_similarity("words", "") == 0.0


def test_same_quote_gold_item():
    a = doc('"Sessions is not fit to serve as the top law enforcement officer of our country and must resign."')
    b = doc(
        "“Sessions is not fit to serve as the top law enforcement officer of our country and must resign,” "
        "she said, according to Reuters."
    )
    qa, qb = extract_quotes(a)[0], extract_quotes(b)[0]
    assert quote_similarity(qa.value.quote, qb.value.quote) == 1.0


# --------------------------------------------------------------------------- entities


def entities(text: str) -> list[tuple[str, str]]:
    found = extract_entities(doc(text))
    for f in found:
        assert f.kind is FacetKind.ENTITY
        assert doc(text).text[f.start:f.end] == f.text == f.value.name
    return [(f.value.name, f.value.label) for f in found]


def test_entities_names_and_labels():
    ents = entities("As attorney general, Sessions oversees the Justice Department, including the FBI.")
    assert ("Justice Department", "ORG") in ents
    assert ("Sessions", "PERSON") in ents  # the model says NORP
    ents = entities("He spoke twice last year with Russia's ambassador, Sergei Kislyak.")
    assert ("Russia", "GPE") in ents and ("Sergei Kislyak", "PERSON") in ents
    assert ("Associated Press", "ORG") in entities("Sessions denied it, reports the Associated Press.")


def test_entities_drop_slips_and_other_labels():
    ents = entities("Sessions spoke, according to AP on Thursday (Mar 2).")
    assert ("AP", "ORG") in ents
    assert all(name != "Mar" for name, _ in ents)
    assert all(label in {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT"} for _, label in ents)
    assert entities("He paid $5 on Monday.") == []
    assert ("Russian", "NORP") in entities("He met Russian officials.")


# --------------------------------------------------------------------------- robustness

PIECES = st.sampled_from([
    "52-47", "$2.5bn", "3m", "twice", "two times", "a dozen", "dozens of", "forty-two", "more than",
    "about", "%", "miles", "km", '"', "“", "”", "‘", "’", "not", "never", "denied", "1-800-555-1234",
    "2016", "70-year-old", ",", ".", "(", "10:30", "First", "third", "between", "and", "or more", "£",
    "°C", "0", "999999999999", "1,000,000", "million", "one", "people", "Sessions", "Mar",
])
TEXT = st.one_of(
    st.text(max_size=80),
    st.lists(st.one_of(PIECES, st.text(max_size=6)), max_size=16).map(" ".join),
)


@settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
@given(TEXT)
def test_extract_numbers_never_raises(text):
    d = doc(text)
    found = extract_numbers(d)
    for f in found:
        assert d.text[f.start:f.end] == f.text
        json.dumps(f.value.to_dict(), allow_nan=False)
        describe_number(f.value)
        assert numbers_agree(f.value, f.value) in (True, False, None)
    for f in extract_negation(d) + extract_quotes(d) + extract_entities(d):
        assert d.text[f.start:f.end] == f.text
    polarity(d)


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.text(max_size=200), st.text(max_size=200))
def test_quote_similarity_never_raises(a, b):
    s = quote_similarity(a, b)
    assert 0.0 <= s <= 1.0
    assert quote_similarity(a, a) == 1.0


def test_spelling_and_number_of_a_word_are_no_misquote():
    from consistency.compare.quotes import quote_containment, spelling_only

    assert quote_containment("a grave affront to the voters", "grave affronts to the voters") == 1.0
    assert spelling_only("Dancing in the Moonlite", "Dancing in the Moonlight")
    assert not spelling_only("We will stay until the offer is fair", "We will leave for two days and vote again")


def _quoted(text: str) -> tuple:
    """One sentence's facets: the whole text as one quotation."""
    from consistency.core.types import Facet, FacetKind
    from consistency.core.values.claims import QuoteValue

    return (Facet(FacetKind.QUOTE, text, QuoteValue(quote=text, words=len(text.split())), 0, len(text)),)


def _quote_findings(a: str, b: str) -> list:
    """The quotation rule on two sentences that are each one quotation, strongly linked."""
    from consistency.compare.pairs import SentencePair
    from consistency.compare.quotes import compare_quotes
    from consistency.core.types import SentenceRef

    x, y = SentenceRef("a", 0), SentenceRef("b", 0)
    return list(compare_quotes(SentencePair(x, _quoted(a), y, _quoted(b), {"a": "Wire", "b": "Daily"}, 0, 0.9, 0.9)))


@pytest.mark.e2e
def test_two_people_s_words_on_one_theme_are_no_misquote():
    """ "'People were told they were protected,' the minister said" against "'People were told they were safe,' the
    MP said": two people's words; a misquote needs one speaker, or none named."""
    from consistency.compare.pairs import SentencePair
    from consistency.compare.quotes import compare_quotes
    from consistency.core.types import SentenceRef

    def found(a: str, b: str) -> list:
        x, y = SentenceRef("a", 0), SentenceRef("b", 0)
        return list(compare_quotes(SentencePair(x, _sentence_facets(a), y, _sentence_facets(b),
                                                {"a": "Wire", "b": "Daily"}, 0, 0.9, 0.9)))
    minister = '"People in Kellerby were told they were protected," Environment Secretary Tom Hale said.'
    assert found(minister, '"People in Kellerby were told they were safe," local MP Ana Ruiz said.') == []
    assert found(minister, '"People in Kellerby were told they were safe," Tom Hale said.')


def test_a_long_misquote_names_the_words_that_differ():
    wire = "We will not rest until every family has answers and every building in this city is safe"
    daily = "We will not stop until every family has answers and every tower in the city is safe"
    (finding,) = _quote_findings(wire, daily)
    assert "“rest” against “stop”" in finding.explanation and "“building” against “tower”" in finding.explanation
    (finding,) = _quote_findings("we will stay until the offer is fair", "we will leave until the offer is final")
    assert "against" not in finding.explanation  # a short one is read at a glance


def test_a_part_of_a_quotation_is_no_misquote_but_a_changed_ending_is():
    whole = "We will not rest until every family is back in its home"
    assert _quote_findings(whole, "until every family is back in its home") == []
    (finding,) = _quote_findings(whole, "We will not rest until every family is compensated")
    assert "compensated" in finding.explanation


def test_one_word_changed_in_a_long_quotation_is_a_misquote_but_a_spelling_or_a_small_word_is_not():
    said = "There are dozens of people still trapped under the rubble of the market building tonight"
    (finding,) = _quote_findings(said, said.replace("dozens", "hundreds"))
    assert "“dozens” against “hundreds”" in finding.explanation
    assert _quote_findings("The bridge is structurally sound", "The bridge is structurally unsound")
    assert _quote_findings("We are cautiously optimistic about the talks", "We are very optimistic about the talks")
    for other in (said.replace("the market", "that market"), said.replace("dozens", "dozen"),
                  "There are dozens of people still trapped under the rubble"):
        assert _quote_findings(said, other) == [], other
    assert _quote_findings("We will co-operate with 3 agencies", "We will cooperate with three agencies") == []


def test_one_spoken_sentence_written_two_ways_is_no_misquote():
    """Contractions, "gonna", fillers, a figure in words or signs, the outlet's own words in brackets, the sentences
    in another order, two trims of one quotation: a transcript's choices, not words changed."""
    for a, b in (("I'm sure we won't stop, and we're gonna win", "I am sure we will not stop, and we are going to win"),
                 ("I mean, we got this wrong and we will fix it", "We got this wrong and, you know, we will fix it"),
                 ("Fares will fall 10 per cent and we put $5 million into buses",
                  "Fares will fall 10% and we put five million dollars into buses"),
                 ("We have no plans to cut jobs at the plant", "[Granton has] no plans to cut jobs at the plant"),
                 ("Nobody should lose a home over paperwork. This has to stop",
                  "This has to stop. Nobody should lose a home over paperwork"),
                 ("We will rebuild what the storm took ... and we will do it together",
                  "We will rebuild ... every house, and we will do it together")):
        assert _quote_findings(a, b) == [], (a, b)
    assert _quote_findings("We could pass this budget before the recess", "We couldn't pass this budget before the recess")
    assert _quote_findings("The jury found him guilty on all counts", "The jury found him not guilty on all counts")
    assert _quote_findings("We will not raise taxes, because families are still recovering",
                           "still recovering") == []  # a part begun later


def _sentence_facets(text: str):
    from consistency.core.types import Document
    from consistency.facets import extract_all
    from consistency.segment import segment

    document = Document(id="a", source="a", published=None, text=text, path=None)
    (facets,) = extract_all([document], segment(document)).values()
    return facets


def _polarity_findings(text_x: str, text_y: str):
    from consistency.compare.negation import compare_polarity
    from consistency.compare.pairs import SentencePair
    from consistency.core.types import SentenceRef

    x, y = SentenceRef("a", 0), SentenceRef("b", 0)
    pair = SentencePair(x, _sentence_facets(text_x), y, _sentence_facets(text_y), {"a": "Wire", "b": "Daily"}, 0, 0.8, 0.8,
                        (text_x, text_y))
    return list(compare_polarity(pair))


def test_a_source_that_denied_before_and_admits_now_is_no_contradiction():
    admitted = "The ministry admitted on Monday that the dam had been damaged by the shelling."
    assert _polarity_findings(admitted, "The ministry denied on Monday that the dam had been damaged.")
    for before in ("The ministry had previously denied that the dam was damaged and blamed the rain.",
                   "The ministry initially denied that the dam was damaged."):
        assert _polarity_findings(admitted, before) == [], before


def test_none_had_to_be_done_denies_the_act_itself():
    """ "None of the horses had to be destroyed" denies the destroying, which "Four of the horses were destroyed"
    affirms: the obligation verb is not the act. "Had to be" affirmed is the act affirmed."""
    (finding,) = _polarity_findings("Four of the horses were destroyed by vets after the fall.",
                                    "None of the horses had to be destroyed, the racecourse said.")
    assert "destroyed" in finding.explanation and "None of the horses" in finding.explanation
    assert _polarity_findings("Four of the horses were destroyed by vets after the fall.",
                              "Four of the horses had to be destroyed, the racecourse said.") == []


def test_an_adjective_said_of_the_subject_is_affirmed_or_denied_as_a_verb_is():
    (finding,) = _polarity_findings("The water in the town is safe to drink, officials said.",
                                    "The water in the town is not safe to drink, officials said.")
    assert "“safe”" in finding.explanation and "“not safe”" in finding.explanation
    (finding,) = _polarity_findings("The jury found the officer guilty of assault.",
                                    "The jury found the officer not guilty of assault.")
    assert "“guilty”" in finding.explanation


def test_a_hedge_said_of_a_clause_is_no_claim_about_the_event_but_an_adjective_of_it_is():
    assert _polarity_findings("It was not immediately clear what caused the blast at the plant, police said.",
                              "It was clear that the blast at the plant had started in a storage tank, police said.") == []
    assert _polarity_findings("Rescuers said it was possible that more survivors would be found.",
                              "Rescuers said it was not possible to say how many survivors would be found.") == []
    assert _polarity_findings("It is safe to drink the tap water, the utility said.",
                              "It is not safe to drink the tap water, the utility said.")


def test_what_one_outlet_says_was_agreed_and_the_other_refused_is_a_contradiction():
    assert _polarity_findings("The club agreed to release the player on Friday.",
                              "The club refused to release the player on Friday.")
    # trying is not doing: "tried to stop" and "failed to stop" may both be true
    assert _polarity_findings("The crew tried to stop the train before the bridge.",
                              "The crew failed to stop the train before the bridge.") == []
    # one may agree to something and fail to do it in time
    assert _polarity_findings("The club agreed to release the player in March.",
                              "The club failed to release the player in time for the March deadline.") == []
    # a failure is a denial of the deed where the deed itself, or bringing it about, was affirmed
    assert _polarity_findings("The company paid the fine on Monday.", "The company failed to pay the fine on Monday.")
    assert _polarity_findings("The climbers managed to reach the summit.", "The climbers failed to reach the summit.")


def test_what_one_outlet_says_is_planned_and_the_other_says_will_not_happen_is_a_contradiction():
    (finding,) = _polarity_findings("The company plans to close the research centre in Cambridge.",
                                    "The company would not close the research centre in Cambridge, its chief said.")
    assert "“not close”" in finding.explanation


def test_no_evidence_or_indication_that_something_happened_denies_it():
    (finding,) = _polarity_findings("There is no evidence that patient data has been stolen, the trust said.",
                                    "Patient data has been stolen in the attack, the trust confirmed.")
    assert "“no evidence that patient data has been stolen”" in finding.explanation
    assert _polarity_findings("Police said there was no indication the bus had been speeding.",
                              "Police said the driver had been speeding as he approached the curve.")
    # "no doubt that" affirms what it holds
    assert _polarity_findings("There is no doubt that the fire was set deliberately.",
                              "The fire was set deliberately, police said.") == []


def test_a_past_perfect_a_verb_of_saying_reports_is_no_earlier_stance():
    """ "Said the agency had not yet decided" tells what was so when she spoke, as "has not yet decided" would."""
    assert _polarity_findings("Lindqvist said the agency had not yet decided whether to build a second satellite.",
                              "Lindqvist said the agency had decided to build a second satellite.")
    # a clause joined to the reported one is reported too
    assert _polarity_findings("The operator said the driver had been interviewed and had not been suspended.",
                              "The operator said the driver had been suspended.")
    # a stance the sentence itself puts before the news stays one
    assert _polarity_findings("The ministry had denied that the dam was damaged.",
                              "The ministry admitted on Monday that the dam had been damaged.") == []


def test_a_confirmation_against_a_denial_shows_the_verbs():
    (finding,) = _polarity_findings("The minister admitted that he had seen the report.",
                                    "The minister denied that he had seen the report.")
    assert "admit" in finding.explanation and "deny" in finding.explanation


def test_a_quotation_with_one_content_word_is_no_misquote_of_a_longer_one_that_uses_it():
    assert _quote_findings("He is a killer",
                           "He was shot in the head and left dying on the ground while his killer ran away") == []
    # two content words are enough to be one point said two ways
    assert _quote_findings("We will never negotiate with terrorists under any circumstances", "We are ready to negotiate")


def test_two_quotations_that_share_only_small_words_are_two_things_said():
    found = _quote_findings
    # a third of the words in order ("to the families ... that we ... their loved ones"), but no point in common
    assert found("My promise to the families is that as soon as we can, we will trace and bring home their loved ones",
                 "It is crucial for the families that we search absolutely every room in there to find their loved ones") == []
    assert found("We will bring every one of the children home to their families before the winter",
                 "We will bring all the children home to their families by the end of the year")


def test_two_quotations_that_share_only_a_name_are_two_things_said():
    # half the content words shared, but they are the bridge's name: one speaker, two remarks about one place
    assert _quote_findings("Our first task is the people we believe were on the Harbour Bridge",
                           "Right now there are eleven workers who we think were on the Harbour Bridge when it fell") == []
    # the same remark with a word changed is still a misquote
    assert _quote_findings("We believe the workers on the Harbour Bridge were warned before it fell",
                           "We believe the workers on the Harbour Bridge were never warned before it fell")


def test_where_a_copula_puts_its_subject_is_affirmed_or_denied():
    """ "Was on the bridge" against "was not on the bridge": the copula is said of a place, so it can be compared."""
    (finding,) = _polarity_findings("The ferry's captain was on the bridge when the ship hit the pier.",
                                    "The ferry's captain was not on the bridge when the ship hit the pier.")
    assert "“was on the bridge”" in finding.explanation
    # another place, or another subject, is no contradiction
    assert _polarity_findings("The ferry's captain was on the bridge when the ship hit the pier.",
                              "The ferry's captain was not in his cabin when the ship hit the pier.") == []
    assert _polarity_findings("The ferry's captain was on the bridge when the ship hit the pier.",
                              "The ferry's pilot was not on the bridge when the ship hit the pier.") == []
    assert _polarity_findings("Nobody was on the bridge when the ship hit the pier.",
                              "The ferry's captain was on the bridge when the ship hit the pier.")


def test_what_there_is_said_to_be_is_affirmed_or_denied():
    """ "There is no evidence of foul play" against "There is evidence of foul play"; and "there is no one doing
    it" denies that it is done ("There is no guard watching the gate" against "A guard is watching the gate")."""
    assert _polarity_findings("There is no evidence of foul play in the death, police said.",
                              "There is evidence of foul play in the death, police said.")
    assert _polarity_findings("There is no guard watching the main gate.", "A guard is watching the main gate.")
    assert _polarity_findings("There is no man in a suit standing at the door.",
                              "A man in a suit is standing at the door.")
    assert _polarity_findings("There is no evidence of foul play in the death, police said.",
                              "There is no sign of a break-in at the house, police said.") == []


@pytest.mark.parametrize(("x", "y"), [
    ("Was the captain on the bridge when the ship hit the pier?", "The captain was not on the bridge when the ship hit the pier."),
    ("Police could not confirm that the captain was on the bridge.", "The captain was not on the bridge, police said."),
    ("The captain may not have been on the bridge.", "The captain was on the bridge."),
    ("Senator Ruiz was in Madrid on 6 May 2024.", "Senator Ruiz was not in Madrid on 8 May 2024."),  # two moments
    ("The suspect was not in custody on the morning of 7 May 2024.", "The suspect was in custody by 8 May 2024."),
    ("The suspect is no longer in custody.", "The suspect was in custody on Wednesday."),  # a state that ended
    ("There is no threat to the public.", "There is a threat of further flooding."),  # two things there are
    ("There were no casualties in the first blast.", "There were casualties in the second blast."),
    ("There is no doubt that the fire was set deliberately.", "The fire was set deliberately."),  # it says it was
    ("There is no denying that the company made mistakes.", "The company made mistakes."),
    ("Two suspects were in custody on Friday.", "A third suspect was not in custody on Friday."),  # other people
    ("The mayor was not in favour of the merger.", "The mayor was in favour of a delay."),  # another complement
    ("I believe the defendant did not win.", "I don't think the defendant won."),  # both deny it
    # two parts of one group: so of some, not of the others
    ("Three of the four polling stations were open by noon.", "One of the four polling stations did not open on time."),
    ("The regatta has never before lost a day to the wind.", "One of the regatta's three days has been lost."),  # before now
    ("The gunman not only shot the guard but also set the car alight.", "The gunman shot the guard."),  # and more
])
def test_what_a_negation_does_not_contradict(x, y):
    assert _polarity_findings(x, y) == []
    assert _polarity_findings(y, x) == []


def test_a_copula_denied_on_the_same_day_is_still_a_contradiction():
    assert _polarity_findings("Senator Ruiz was in Madrid on 6 May 2024.", "Senator Ruiz was not in Madrid on 6 May 2024.")


@pytest.mark.e2e
@pytest.mark.parametrize(("touched", "untouched", "clash"), [
    ("All flights at the airport were suspended on Tuesday because of ash.",
     "Flights at the airport were not disrupted, the airport authority said.", True),
    ("The flooding knocked out the town's water treatment works.",
     "The town's water treatment works has not been affected, the company said.", True),
    # not the other way round: a delay is no cancellation
    ("Flights at the airport were delayed on Tuesday because of ash.",
     "Flights at the airport were not cancelled, the airport authority said.", False),
    # not of another thing
    ("Several roads near the airport were closed on Tuesday.",
     "Flights at the airport were not disrupted, the airport authority said.", False),
])
def test_a_thing_said_untouched_against_a_way_it_was_touched_is_a_contradiction(touched, untouched, clash):
    """ "Flights were not disrupted" against "all flights were suspended"; "the works has not been affected" against
    "the flooding knocked out the works"."""
    found = _polarity_findings(touched, untouched)
    assert [f.kind for f in found] == (["negation"] if clash else [])
    if clash:
        assert "not" in found[0].explanation


@pytest.mark.parametrize(("done", "undone"), [
    ("The west wing of the museum stayed open all weekend.", "The museum's west wing was shut all weekend after the leak."),
    ("Members of the planning board approved the new stand at the football ground.",
     "Plans for a new stand at the football ground were scrapped by the planning board."),
    ("The jury convicted the former treasurer of theft.", "The former treasurer was acquitted of theft by the jury."),
    ("The free bus pass for pensioners will be kept, the minister said.", "The minister has scrapped the free bus pass for pensioners."),
    ("Inspectors found the fire alarms at the flats were adequate.", "Inspectors found the fire alarms at the flats were inadequate."),
    ("Officers said the man they stopped outside the station was armed.",
     "Officers said the man they stopped outside the station was unarmed."),
])
def test_one_act_told_done_and_undone_in_other_words_is_a_contradiction(done, undone):
    """ "Stayed open" against "was shut", "approved" against "scrapped", "adequate" against "inadequate": no "not" on
    either side, yet one outlet says it was so and the other that it was not."""
    for x, y in ((done, undone), (undone, done)):
        found = _polarity_findings(x, y)
        assert [(f.facet, f.kind, f.severity) for f in found] == [("claim", "negation", Severity.MEDIUM)], (x, y)
        assert "opposite" in found[0].explanation


@pytest.mark.parametrize(("x", "y"), [
    ("Work on the bypass has been suspended while the landslip is surveyed.", "Work on the bypass was not halted by the landslip."),
    ("The injured climber will not need surgery, the hospital said.", "The injured climber will require surgery, the hospital said."),
])
def test_one_act_in_two_words_affirmed_and_denied_is_a_contradiction(x, y):
    """ "Suspended" and "not halted", "will require surgery" and "will not need surgery": the verbs differ, the act is one."""
    for a, b in ((x, y), (y, x)):
        assert [f.kind for f in _polarity_findings(a, b)] == ["negation"]


@pytest.mark.parametrize(("x", "y"), [
    ("Shares in the retailer closed at 310p.", "Shares in the retailer opened at 300p."),  # two prices of one day
    ("The bridge was closed on Monday night.", "The bridge reopened to traffic."),  # shut, then open again
    ("The museum was not shut at the weekend.", "The museum stayed open at the weekend."),  # both say it was open
    ("The company informed its customers by letter.", "The company formed a new unit."),  # a prefixed verb, no state
    ("The board approved the budget.", "The board approved the budget and rejected nothing."),  # affirmed on both sides
])
def test_what_other_words_for_one_act_do_not_contradict(x, y):
    assert _polarity_findings(x, y) == []
    assert _polarity_findings(y, x) == []


def _harm_findings(text_x: str, text_y: str):
    from consistency.compare.harm import compare_harm
    from consistency.compare.pairs import SentencePair
    from consistency.core.types import SentenceRef

    x, y = SentenceRef("a", 0), SentenceRef("b", 0)
    pair = SentencePair(x, _sentence_facets(text_x), y, _sentence_facets(text_y), {"a": "Wire", "b": "Daily"}, 0, 0.8, 0.8,
                        (text_x, text_y))
    return list(compare_harm(pair))


@pytest.mark.e2e
@pytest.mark.parametrize(("denied", "counted", "clash"), [
    ("No one was hurt in the incident, the company said.", "Two workers were taken to hospital after the leak.", True),
    ("None of the crew required hospital treatment, the operator said.",
     "Five passengers were treated at the scene, and two crew members were taken to hospital.", True),
    ("No officers were injured.", "Two officers were treated at a hospital for minor injuries.", True),
    # what is denied of whom: "no one died" says nothing of the injured; firefighters are not residents
    ("Nobody died in the fire.", "Two people were taken to hospital.", False),
    ("No firefighters were hurt.", "Two residents were taken to hospital.", False),
    # no people denied anything
    ("There was no damage to the building.", "Two people were taken to hospital.", False),
    ("No arrests have yet been made, police said.", "Police said three men had been arrested at the port.", True),
    # a fire of another year, told as background
    ("In 2011 a fire in the hotel's kitchen forced an evacuation, but nobody was hurt.",
     "Nine people were taken to hospital, mostly suffering from smoke inhalation.", False),
    # the count is of those who fled, not of anyone hurt
    ("Nobody was hurt, the fire service said.", "Dozens of guests fled in their pyjamas as smoke filled the corridors.",
     False),
    # someone not counted, told hurt or taken to hospital: a person by a name, an age or a noun of a role
    ("Nobody was hurt, the fire service said.", "A grandmother died and dozens of guests fled in their pyjamas.", True),
    ("No one was injured in the escape.", "A keeper was taken to hospital with a bite to her arm.", True),
    ("No injuries were reported, the firm said.", "Dale Emery, 61, was hurt trying to put out the flames.", True),
    # a harm denied of one person named by a noun, in the passive, against that person told harmed
    ("The ferry's captain has not been arrested, police said.", "The 48-year-old captain was arrested at the port.",
     True),
    ("The ferry's captain has not been arrested, police said.", "A deckhand was arrested at the port.", False),
    ("The bear did not injure any visitors.", "The bear injured two keepers.", False),  # what the bear did, not suffered
    # a count naming nothing that opens its sentence counts the people the story counts
    ("No one was taken to hospital, the coastguard said.", "Three were taken to hospital in Mallaig.", True),
    ("No one was taken to hospital, the coastguard said.", "Three ambulances were sent to the hospital entrance.", False),
    # an animal is no one; "none of the injuries was serious" affirms injuries
    ("No one was injured in the escape.", "One of the bears was injured as it was recaptured.", False),
    ("None of the injuries was thought to be serious.", "Twelve people were taken to hospital.", False),
    # "discharged" from the hospital the sentence names
    ("None of the crew required hospital treatment.", "The two crew members who were taken to hospital were discharged.",
     True),
])
def test_no_one_hurt_against_people_counted_as_hurt_is_a_contradiction(denied, counted, clash):
    """ "No one was hurt" against "Two workers were taken to hospital": those taken to hospital were hurt. The count must
    be of the people denied, and of a harm that implies the one denied (the dead and those in hospital were hurt)."""
    found = _harm_findings(denied, counted)
    assert [(f.facet, f.kind, f.severity) for f in found] == ([("claim", "negation", Severity.MEDIUM)] if clash else [])
    if clash:  # it says what each side told, the count or the person included
        assert "none was" in found[0].explanation or "was not arrested" in found[0].explanation
        assert re.search(r"counts [23] |counts 3 in hospital|tells of someone (dead|in hospital|hurt|arrested) \(\u201c", found[0].explanation)


def _unpaired_harms(sentences: dict[str, list[str]], compared: set = frozenset()):
    """Story-wide harm findings of documents given as lists of sentences, none of their pairs compared but `compared`."""
    from consistency.compare.harm import unpaired_harms
    from consistency.core.types import SentenceRef

    refs, facets, texts = [], {}, {}
    for doc, lines in sentences.items():
        for n, text in enumerate(lines):
            ref = SentenceRef(doc, n)
            refs.append(ref)
            facets[ref], texts[ref] = _sentence_facets(text), text
    statement_of = {ref: k for k, ref in enumerate(refs)}
    return unpaired_harms(refs, facets, texts, {"a": "Wire", "b": "Daily"}, statement_of,
                          {frozenset((SentenceRef(*x), SentenceRef(*y))) for x, y in compared})


@pytest.mark.e2e
def test_a_denial_of_any_harm_meets_a_harm_told_anywhere_in_another_source():
    """ "No one was injured." is short and unlike "A ranger was taken to hospital with burns to his hands", so the two are
    never paired; a denial covers the whole story: one finding per denial and source, at medium, saying so."""
    wire = ["The fire at the nature reserve was put out on Sunday.", "No one was injured."]
    daily = ["Crews fought the blaze for six hours.", "A ranger was taken to hospital with burns to his hands.",
             "Two volunteers were also treated in hospital."]
    (found,) = _unpaired_harms({"a": wire, "b": daily})
    assert (found.kind, found.severity) == ("negation", Severity.MEDIUM)
    assert (found.a.doc, found.a.index, found.b.doc, found.b.index) == ("a", 1, "b", 1)
    assert "did not pair" in found.explanation and "someone in hospital" in found.explanation
    # a pair already compared tells it; a denial of one part of the events, or of another event, covers nothing else
    assert _unpaired_harms({"a": wire, "b": daily}, {(("a", 1), ("b", 1))}) == []
    for scoped in ("No one was injured during the evacuation.", "No one was injured in that fire, which was in 2019.",
                   "No one has been injured so far."):
        assert _unpaired_harms({"a": [scoped], "b": daily}) == [], scoped


def _doer_findings(text_x: str, text_y: str):
    from consistency.compare.agents import compare_doers
    from consistency.compare.pairs import SentencePair
    from consistency.core.types import SentenceRef

    pair = SentencePair(SentenceRef("a", 0), _sentence_facets(text_x), SentenceRef("b", 0), _sentence_facets(text_y),
                        {"a": "Wire", "b": "Daily"}, 0, 0.8, 0.8, (text_x, text_y))
    return list(compare_doers(pair))


def test_who_did_an_act_is_read_in_active_and_passive():
    def doers(text):
        return [(f.value.predicate, f.value.doer, f.value.patient) for f in _sentence_facets(text)
                if f.kind is FacetKind.NEGATION and f.value.doer]

    assert doers("An appeal court halved the fine imposed on the builder.") == [("halve", "An appeal court", "fine")]
    assert doers("The burglar was tackled by two shop assistants.") == [("tackle", "two shop assistants", "burglar")]
    assert doers("She was rescued.") == []  # no doer named


@pytest.mark.parametrize(("x", "y"), [
    ("The regional governor reduced the fine to £2,000 on Friday.", "An appeal court halved the fine to £2,000 on Friday."),
    ("The burglar was tackled by two shop assistants outside the store.",
     "The burglar was tackled by a passing soldier outside the store."),
    ("Coastguard crews rescued the two kayakers off the headland.", "Lifeguards from the beach rescued the two kayakers off the headland."),
])
def test_one_act_told_as_done_by_two_doers_is_medium(x, y):
    for a, b in ((x, y), (y, x)):
        found = _doer_findings(a, b)
        assert [(f.facet, f.kind, f.severity) for f in found] == [("claim", "doer", Severity.MEDIUM)], (a, b)


@pytest.mark.parametrize(("x", "y"), [
    ("Police arrested two men at the scene.", "Officers arrested two men at the scene."),  # one body
    ("The jury convicted the driver of dangerous driving.", "The court convicted the driver of dangerous driving."),
    ("The burglar was tackled by a Secret Service agent.", "The burglar was tackled by a Secret Service officer."),
    ("Governor Ana Ruiz reduced the fine.", "The regional governor reduced the fine."),  # a name may hold the office
    ("Rescuers saved the two kayakers.", "Lifeguards saved the two kayakers."),  # a general word
    ("An explosion killed four workers.", "A blast killed four workers."),  # two words for one cause
    ("Police arrested two men.", "Soldiers arrested three protesters."),  # other people arrested
])
def test_what_two_doers_do_not_contradict(x, y):
    assert _doer_findings(x, y) == [] and _doer_findings(y, x) == []


def _unpaired_doers(sentences: dict[str, list[str]], compared: set = frozenset()):
    from consistency.compare.agents import unpaired_doers
    from consistency.core.types import SentenceRef

    facets = {SentenceRef(doc, k): _sentence_facets(text) for doc, texts in sentences.items() for k, text in enumerate(texts)}
    return unpaired_doers(list(facets), facets, {doc: doc.title() for doc in sentences}, set(compared))


def test_one_act_told_by_two_doers_anywhere_in_two_articles_is_medium():
    """ "The gunman was killed by an army sniper" and, far down the other article, "Within seconds, police shot the
    attacker dead": each outlet tells that act once, so the two doers clash wherever the sentences stand; not when an
    outlet tells two such acts (which one is meant is unsure), nor when the pair was compared already."""
    from consistency.core.types import SentenceRef

    wire = ["Crowds had gathered outside the town hall.", "The gunman was killed by an army sniper, officials said."]
    daily = ["Within seconds, police shot the attacker dead.", "The square was closed for the night."]
    (found,) = _unpaired_doers({"wire": wire, "daily": daily})
    assert (found.facet, found.kind, found.severity) == ("claim", "doer", Severity.MEDIUM)
    assert "sniper" in found.explanation and "police" in found.explanation
    assert _unpaired_doers({"wire": wire, "daily": daily}, {frozenset((SentenceRef("wire", 1), SentenceRef("daily", 0)))}) == []
    two = ["Within seconds, police shot the attacker dead.", "An hour later soldiers shot a second attacker dead."]
    assert _unpaired_doers({"wire": wire, "daily": two}) == []
    # what the attacker did is the attack, not a second act that met it; "the person on the roof" names no one else
    attack = ["The gunman had fired eight shots at the stage.", "Within seconds, police shot the person on the roof."]
    (found,) = _unpaired_doers({"wire": wire, "daily": attack})
    assert "police" in found.explanation


def test_a_numbered_no_and_a_lack_after_with_deny_nothing():
    """ "No 10" is an address and "with no timetable" tells what a suspension lacks: neither denies the verb, so
    "will stay in No 10" and "would be suspended, with no timetable" meet their affirmed versions without a clash."""
    assert all(f.value.polarity for f in extract_negation(doc("The prime minister will stay in No 10 until the autumn.")))
    assert not _polarity_findings("The prime minister said he would stay on until the autumn.",
                                  "The prime minister will stay in No 10 until the autumn.")
    assert not _polarity_findings("The mayor said she would suspend the plan indefinitely.",
                                  "The mayor said the plan would be suspended, with no date for its return.")
    assert _polarity_findings("The mayor said she would suspend the plan indefinitely.",
                              "The mayor said the plan would not be suspended.")


def test_a_phrasal_light_verb_is_another_act():
    """ "kept up the pressure" is not "kept" the plan, so it does not contradict "scrapped the plan"; "kept the plan"
    still does."""
    assert not _polarity_findings("The council scrapped the bus plan on Monday.",
                                  "Campaigners kept up the pressure on the council on Monday.")
    assert _polarity_findings("The council scrapped the bus plan on Monday.", "The council kept the bus plan on Monday.")


def test_a_finite_verb_the_parser_hangs_on_a_name_is_still_what_the_sentence_asserts():
    """The small parser reads "Mendes called Lula on Monday" as a name ("Mendes, called Lula"); a verb with a tense of
    its own there is the sentence's own, so a denial of it elsewhere is a contradiction."""
    found = _polarity_findings("Mendes made no statement on Monday and did not call Lula.",
                               "Mendes called Lula on Monday to congratulate him.")
    assert [(f.facet, f.severity) for f in found] == [("claim", Severity.MEDIUM)]


def test_a_bidding_in_a_quotation_and_a_scant_object_assert_nothing_to_deny():
    """ "Celebrate the verdict," she wrote, "but do not celebrate the law" bids, it does not tell that nobody
    celebrates; "showed little emotion" is not denied by "showed no emotion". A sentence that tells an act still
    meets its denial."""
    assert not _polarity_findings('Fans should "celebrate the verdict," the judge wrote, "but do not celebrate the law."',
                                  "Fans celebrate the verdict outside the courthouse.")
    assert not _polarity_findings("He showed no visible emotion as the verdict was read.",
                                  "He showed little emotion as the verdicts were read out.")
    assert not _polarity_findings('"Do not celebrate the law," the judge wrote.',
                                  "Fans celebrated the law outside the courthouse.")
    assert _polarity_findings("The residents did not celebrate the verdict outside the courthouse.",
                              "The residents celebrated the verdict outside the courthouse.")
    assert _polarity_findings("The minister answered a few questions from reporters.",  # "a few" is some
                              "The minister did not answer questions from reporters.")


def test_men_are_as_general_a_doer_as_a_man():
    """ "Masked men killed 12 people" and "two hooded gunmen killed twelve people": men in the plural are no more a
    specific doer than "a man" is; "masked policemen" against "two soldiers" still clash."""
    assert not _doer_findings("Masked men with rifles killed 12 people at the offices.",
                              "Two hooded gunmen killed twelve people at the offices.")
    assert _doer_findings("Masked policemen arrested the driver.", "Two soldiers arrested the driver.")
