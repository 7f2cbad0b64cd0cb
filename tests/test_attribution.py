"""Tests of attribution extraction: the seed articles' attributions and the dependency rules one at a time."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import pytest

from consistency.facets.attribution import extract_attributions, same_source
from consistency.core.types import Facet, FacetKind

SEED_DIR = Path(__file__).resolve().parents[1] / "fixtures" / "seed"

# Seed A (000_d87adb77edba6fd7.txt), body sentences in order, copied from the file.
SEED_A = (
    'WASHINGTON: US Attorney General Jeff Sessions says "he never met with any Russian officials to discuss '
    'issues" of the US presidential campaign, according to AP on Thursday (Mar 2).',
    "This comes after a Washington Post report that, while still a US senator, he spoke twice last year with "
    "Russia's ambassador, encounters he did not disclose when asked during his confirmation hearing to become "
    "attorney general about possible contacts between Donald Trump's campaign and Russian officials.",
    "One of the meetings was a private conversation between Sessions and Russian Ambassador Sergei Kislyak that "
    "took place in September in the senator's office, at the height of what US intelligence officials say was a "
    "Russian cyber campaign to upend the US presidential race, the Post reported.",
    "It was reported that US investigators probed the attorney general.",
    "The contacts were being examined as part of a wide-ranging U.S. counterintelligence investigation into "
    "possible communications between members of Mr. Trump's campaign team and Russian operatives, they said.",
    "CALLS TO RESIGN",
    "US House Democratic Leader Nancy Pelosi on Wednesday called for Sessions to resign following the Washington "
    "Post report that he did not disclose two conversations last year with Russia's ambassador, Sergei Kislyak.",
    '"Now, after lying under oath to Congress about his own communications with the Russians, the Attorney '
    'General must resign," Pelosi said in a statement.',
    '"Sessions is not fit to serve as the top law enforcement officer of our country and must resign."',
    "Trump's first national security adviser, Michael Flynn, was fired last month after he discussed U.S. "
    "sanctions on Russia with Kislyak before Trump took office and misled Vice President Mike Pence about the "
    "conversations.",
)

# Seed B (002_06dffba5690dd31a.txt), body sentences in order (the photo caption left out).
SEED_B = (
    "Attorney General Jefferson Sessions has denied allegations that he colluded with Russian officials during "
    "the US Presidential elections, reports the Associated Press.",
    "The Justice Department, which accused Sessions of speaking to Russian Ambassador to the United States Sergei "
    "Kislyak twice in 2016, demanded he recuse himself from the agency\u2019s investigation into Russian "
    "interference during the polls.",
    "Sessions, an early advocate of Donald Trump, also held the position of his policy advisor.",
    "Sessions, in a statement Wednesday night, said, he has \u201cnever met with any Russian officials to discuss "
    "issues of the campaign.\u201d",
    "\u201cI have no idea what this allegation is about.",
    "It is false,\u201d Sessions is quoted saying by the Associated Press.",
    "Justice Department spokeswoman Sarah Isgur Flores also commented on the allegations Wednesday, saying "
    "Sessions\u2019 response was not misleading.",
    "\u201cHe was asked during the hearing about communications between Russia and the Trump campaign, not about "
    "meetings he took as a Senator and a member of the Armed Services Committee,\u201d she said.",
    "On Thursday, top Democratic leader in the House of Representatives Nancy Pelosi called for Sessions\u2019 "
    "resignation and for an independent, bipartisan investigation into Russia\u2019s involvement in the elections.",
    "\u201cSessions is not fit to serve as the top law enforcement officer of our country and must resign,\u201d she "
    "said, according to Reuters.",
)

VALUE_KEYS = ["source", "cue", "role", "resolved_from", "unattributed", "inherited", "cue_span"]  # in order
OPTIONAL_KEYS = ["earlier", "office", "sole"]  # only when the sentence tells them, in this order


@lru_cache(maxsize=None)
def run(sentences: tuple[str, ...]) -> tuple[tuple[Facet, ...], ...]:
    """Parse the sentences of one document and extract their attributions (cached per document)."""
    from consistency.facets.nlp import parse

    return tuple(extract_attributions(parse(list(sentences))))


def facets_of(sentences: tuple[str, ...], index: int) -> tuple[Facet, ...]:
    return run(sentences)[index]


def only(facets: tuple[Facet, ...], **want) -> Facet:
    """The one facet whose value matches every given field."""
    hits = [f for f in facets if all(getattr(f.value, k) == v for k, v in want.items())]
    assert len(hits) == 1, f"want one facet with {want}, got {[f.value for f in facets]}"
    return hits[0]


def sources(facets: tuple[Facet, ...], role: str | None = None) -> set[str | None]:
    return {f.value.source for f in facets if role is None or f.value.role == role}


# ---------------------------------------------------------------------------------------------
# The seed articles (the reference behaviour in fixtures/seed/gold.json)
# ---------------------------------------------------------------------------------------------


def test_seed_sentences_are_copied_verbatim():
    a = (SEED_DIR / "000_d87adb77edba6fd7.txt").read_text(encoding="utf-8")
    b = (SEED_DIR / "002_06dffba5690dd31a.txt").read_text(encoding="utf-8")
    for sentence in SEED_A:
        assert sentence in a
    for sentence in SEED_B:
        assert sentence in b


@pytest.mark.e2e
def test_one_tuple_per_sentence_with_offsets_into_the_sentence():
    for doc in (SEED_A, SEED_B):
        out = run(doc)
        assert len(out) == len(doc)
        for sentence, facets in zip(doc, out, strict=True):
            for f in facets:
                assert f.kind is FacetKind.ATTRIBUTION
                keys = list(f.value.to_dict())
                assert keys[:len(VALUE_KEYS)] == VALUE_KEYS
                assert keys[len(VALUE_KEYS):] == [k for k in OPTIONAL_KEYS if k in keys]
                assert f.value.role in ("speaker", "relay")
                assert sentence[f.start : f.end] == f.text
                json.dumps(f.value.to_dict())  # JSON-ready
                if f.value.cue_span is not None:
                    cs, ce = f.value.cue_span
                    assert 0 <= cs < ce <= len(sentence)


@pytest.mark.e2e
def test_seed_a_first_sentence_speaker_sessions_relay_ap():
    facets = facets_of(SEED_A, 0)
    speaker = only(facets, role="speaker")
    assert speaker.value.source == "Jeff Sessions"
    assert speaker.value.cue == "say"
    assert speaker.text == "US Attorney General Jeff Sessions"
    relay = only(facets, role="relay")
    assert relay.value.source == "Associated Press"
    assert relay.value.cue == "according to"
    assert relay.text == "AP"


@pytest.mark.e2e
def test_seed_b_first_sentence_speaker_jefferson_sessions_relay_ap():
    facets = facets_of(SEED_B, 0)
    speaker = only(facets, role="speaker")
    assert speaker.value.source == "Jefferson Sessions"
    assert speaker.value.cue == "deny"
    assert same_source(speaker.value.source, only(facets_of(SEED_A, 0), role="speaker").value.source)
    relay = only(facets, role="relay")
    assert relay.value.source == "Associated Press"
    assert relay.value.cue == "report"


@pytest.mark.e2e
def test_seed_a_washington_post_report():
    f = only(facets_of(SEED_A, 1), source="Washington Post")
    assert f.value.cue == "report"
    assert f.value.role == "speaker"
    assert f.text == "Washington Post"
    # the pronoun inside the report is not a speaker ("encounters he did not disclose")
    assert sources(facets_of(SEED_A, 1)) == {"Washington Post"}


@pytest.mark.e2e
def test_seed_b_justice_department_which_accused():
    f = only(facets_of(SEED_B, 1), cue="accuse")
    assert f.value.source == "Justice Department"
    assert f.value.resolved_from == "which"
    assert f.value.role == "speaker"


@pytest.mark.e2e
def test_report_source_disagreement_is_visible():
    a = {f.value.source for f in facets_of(SEED_A, 1)}
    b = {f.value.source for f in facets_of(SEED_B, 1)}
    assert "Washington Post" in a and "Justice Department" in b
    assert not any(same_source(x, y) for x in a for y in b)


@pytest.mark.e2e
def test_seed_a_the_post_resolves_to_washington_post():
    f = only(facets_of(SEED_A, 2), cue="report")
    assert f.value.source == "Washington Post"
    assert f.value.resolved_from == "the Post"
    assert f.text == "the Post"
    officials = only(facets_of(SEED_A, 2), cue="say")
    assert officials.value.source == "US intelligence officials"


@pytest.mark.e2e
def test_seed_a_it_was_reported_is_unattributed():
    f = only(facets_of(SEED_A, 3))
    assert f.value.unattributed is True
    assert f.value.source is None
    assert f.value.cue == "report"


@pytest.mark.e2e
def test_seed_a_they_resolves_to_plural_speaker():
    f = only(facets_of(SEED_A, 4))
    assert f.text == "they"
    assert f.value.source == "US intelligence officials"
    assert f.value.resolved_from == "they"


@pytest.mark.e2e
def test_seed_a_pelosi_short_form_and_continued_quotation():
    said = only(facets_of(SEED_A, 7))
    assert said.value.source == "Nancy Pelosi"
    assert said.value.resolved_from == "Pelosi"
    assert said.text == "Pelosi"
    continued = only(facets_of(SEED_A, 8))
    assert continued.value.source == "Nancy Pelosi"
    assert continued.value.role == "speaker"
    assert continued.value.inherited is True
    assert (continued.start, continued.end, continued.text) == (0, 0, "")
    assert continued.value.resolved_from == "Pelosi"  # as written where the quotation is attributed


@pytest.mark.e2e
def test_seed_b_she_said_according_to_reuters():
    facets = facets_of(SEED_B, 9)
    speaker = only(facets, role="speaker")
    assert speaker.value.source == "Nancy Pelosi"
    assert speaker.value.resolved_from == "she"
    assert speaker.text == "she"
    relay = only(facets, role="relay")
    assert relay.value.source == "Reuters"
    assert relay.value.cue == "according to"


@pytest.mark.e2e
def test_quote_speaker_agrees_across_seeds():
    a = only(facets_of(SEED_A, 8), role="speaker").value.source
    b = only(facets_of(SEED_B, 9), role="speaker").value.source
    assert same_source(a, b)


@pytest.mark.e2e
def test_seed_b_quoted_saying_by_ap_and_quotation_opened_in_the_previous_sentence():
    facets = facets_of(SEED_B, 5)
    speaker = only(facets, role="speaker")
    assert speaker.value.source == "Jefferson Sessions"
    assert speaker.value.resolved_from == "Sessions"
    assert speaker.value.cue == "say"
    relay = only(facets, role="relay")
    assert relay.value.source == "Associated Press"
    assert relay.value.cue == "quote"
    # '“I have no idea what this allegation is about.' runs on into that sentence
    opened = facets_of(SEED_B, 4)
    assert only(opened, role="speaker").value.source == "Jefferson Sessions"
    assert only(opened, role="relay").value.source == "Associated Press"
    assert all(f.value.inherited for f in opened)


@pytest.mark.e2e
def test_seed_b_spokeswoman_then_she_said():
    flores = facets_of(SEED_B, 6)
    assert sources(flores) == {"Sarah Isgur Flores"}
    assert {f.value.cue for f in flores} == {"comment", "say"}  # "commented ..., saying ..."
    she = only(facets_of(SEED_B, 7))
    assert she.value.source == "Sarah Isgur Flores"
    assert she.value.resolved_from == "she"


@pytest.mark.e2e
def test_seed_b_sessions_said_resolves_to_full_name():
    f = only(facets_of(SEED_B, 3))
    assert f.value.source == "Jefferson Sessions"
    assert f.value.resolved_from == "Sessions"


@pytest.mark.e2e
def test_seed_pelosi_call_for():
    a = only(facets_of(SEED_A, 6), cue="call")
    b = only(facets_of(SEED_B, 8), cue="call")
    assert a.value.source == b.value.source == "Nancy Pelosi"


@pytest.mark.e2e
def test_sentences_without_attribution_get_none():
    assert facets_of(SEED_A, 5) == ()  # a heading
    assert facets_of(SEED_A, 9) == ()  # Flynn was fired ...
    assert facets_of(SEED_B, 2) == ()  # an early advocate of Donald Trump


# ---------------------------------------------------------------------------------------------
# One rule at a time
# ---------------------------------------------------------------------------------------------


def single(sentence: str) -> tuple[Facet, ...]:
    return run((sentence,))[0]


@pytest.mark.e2e
def test_passive_agent_by():
    f = only(single("The plan was announced by the White House on Monday."))
    assert (f.value.source, f.value.cue, f.text) == ("White House", "announce", "the White House")


@pytest.mark.e2e
@pytest.mark.parametrize(
    "sentence",
    [
        "The toll was confirmed by Dr Jane Roe, medical director of the county ambulance service.",
        "Forty people were hurt, according to Dr Jane Roe, medical director of the county ambulance service.",
    ],
)
def test_a_source_by_a_confirming_verb_or_according_to_keeps_its_body(sentence):
    from consistency.facets.attribution.canonical import affiliation

    f = only(single(sentence))
    assert f.value.source == "Jane Roe"
    assert affiliation(f.text, f.value.source) == "the county ambulance service"


@pytest.mark.e2e
def test_saying_participle_takes_the_governing_subject():
    facets = single("Senator Elizabeth Warren criticized the bill, saying it would raise taxes.")
    assert only(facets, cue="say").value.source == "Elizabeth Warren"
    assert only(facets, cue="criticize").value.source == "Elizabeth Warren"


@pytest.mark.e2e
def test_according_to_alone_is_the_speaker():
    f = only(single("Unemployment fell to 4 percent last month, according to the Labor Department."))
    assert (f.value.source, f.value.cue, f.value.role) == ("Labor Department", "according to", "speaker")


@pytest.mark.e2e
def test_possessive_noun_cue():
    f = only(single("Reuters' report that the talks had failed surprised investors."))
    assert (f.value.source, f.value.cue) == ("Reuters", "report")


@pytest.mark.e2e
def test_reportedly_is_unattributed():
    f = only(single("The minister reportedly resigned on Friday."))
    assert f.value.unattributed is True and f.value.source is None


@pytest.mark.e2e
def test_cue_inside_quotation_is_not_an_attribution():
    f = only(single('"I think the plan will fail," Smith said.'))
    assert (f.value.source, f.value.cue) == ("Smith", "say")


@pytest.mark.e2e
def test_inverted_said_with_title():
    f = only(single('"We will win," said Governor Jane Doe.'))
    assert f.value.source == "Jane Doe"
    assert f.text == "Governor Jane Doe"


@pytest.mark.e2e
def test_a_straight_mark_glued_to_the_last_word_closes_the_quotation():
    """ 'knew and when".' closes the quotation, whatever spaCy tags the mark: the next sentence is no quotation and
    keeps its own speaker."""
    out = run(("Opposition leader Sandra Ruiz said the affair raised \"serious questions about what the prime minister "
               "knew and when\".",
               "Calder Homes said it had followed all procurement rules."))
    assert [(f.value.source, f.value.inherited) for f in out[1]] == [("Calder Homes", False)]


@pytest.mark.e2e
def test_dash_signed_quotation():
    f = only(single("\u201cThis is a disgrace.\u201d \u2015 Maria Lopez"))
    assert f.value.source == "Maria Lopez"


@pytest.mark.e2e
def test_transcript_colon_needs_a_known_person():
    out = run(("Mike Pence spoke to Fox News.", "PENCE: Well, look, we will win this election."))
    f = only(out[1])
    assert f.value.source == "Mike Pence"
    assert f.value.resolved_from == "PENCE"
    assert single("WASHINGTON: The Senate voted on the bill.") == ()


@pytest.mark.e2e
def test_dateline_is_not_the_speaker():
    f = only(single("WASHINGTON -- President Obama said on Saturday that the museum would open."))
    assert f.value.source == "Obama"
    assert f.text == "President Obama"


@pytest.mark.parametrize(
    "sentence",
    ["This museum tells the truth about slavery.", "Tell me what you think.", "Prices continued to rise in May."],
)
@pytest.mark.e2e
def test_not_attributions(sentence):
    assert single(sentence) == ()


@pytest.mark.e2e
def test_report_governing_a_speaker_is_a_relay():
    facets = single("Reuters reported that the minister denied the claims.")
    assert only(facets, role="relay").value.source == "Reuters"
    assert only(facets, role="speaker").value.cue == "deny"


@pytest.mark.e2e
def test_report_alone_is_the_speaker():
    f = only(single("The Post reported that the talks had failed."))
    assert f.value.role == "speaker"
    assert f.value.resolved_from is None  # nothing earlier to expand "the Post" to


@pytest.mark.e2e
def test_pronoun_resolution_respects_gender():
    out = run(
        (
            "Hillary Clinton spoke in Ohio on Monday.",
            "Donald Trump spoke in Iowa.",
            "She said the economy was strong.",
            "He said the plan would work.",
        )
    )
    assert only(out[2]).value.source == "Hillary Clinton"
    assert only(out[3]).value.source == "Donald Trump"


@pytest.mark.e2e
def test_short_surname_resolves_to_earlier_full_name():
    out = run(("Senator Elizabeth Warren spoke on Monday.", "Warren said the bank had failed."))
    f = only(out[1])
    assert (f.value.source, f.value.resolved_from) == ("Elizabeth Warren", "Warren")


@pytest.mark.e2e
def test_they_resolves_to_plural_speaker():
    out = run(("Officials said the bridge was safe.", "They added that repairs would begin soon."))
    f = only(out[1])
    assert (f.value.source, f.value.resolved_from) == ("Officials", "They")


@pytest.mark.e2e
def test_unresolvable_pronoun_stays_as_written():
    f = only(single("He said the plan would work."))
    assert f.value.source == "he"
    assert f.value.resolved_from is None


def test_empty_document():
    assert extract_attributions([]) == []


@pytest.mark.e2e
def test_definite_description_resolves_to_earlier_name():
    out = run(
        (
            "The company is recalling 300,000 tins of formula, Spain's health ministry said on Tuesday.",
            "The batches were produced in April, the ministry said.",
        )
    )
    f = only(out[1])
    assert (f.value.source, f.value.resolved_from) == ("Spain's health ministry", "the ministry")
    assert same_source(f.value.source, "the Health Ministry")


@pytest.mark.e2e
def test_bare_common_noun_is_not_expanded():
    out = run(("US intelligence officials said the campaign was Russian.", "Officials said the bridge was safe."))
    assert only(out[1]).value.source == "Officials"


@pytest.mark.e2e
def test_subject_misattached_to_the_clause_before_and_name_in_apposition():
    f = only(
        single(
            "The batches were made in April at the firm's factory in Zaragoza, "
            "the regional newspaper Diario del Ebro reported."
        )
    )
    assert (f.value.source, f.value.cue, f.text) == ("Diario del Ebro", "report", "Diario del Ebro")


@pytest.mark.e2e
def test_a_speaker_between_commas_after_the_clause_is_found():
    """ "..., a source close to the player said, because ...": spaCy hangs the verb on the clause as a parenthesis;
    "..., his agent, Marco Brandt, told Sky Sports": the name in apposition, closed by a comma."""
    f = only(single("He rejected the offer from Saudi Arabia, a source close to the player said, because he wanted "
                    "to stay in Europe."), role="speaker")
    assert f.value.source == "source close to the player"
    f = only(single("Rinaldi turned down a rival offer that would have tripled his salary, his agent, Marco Brandt, "
                    "told Sky Sports."), role="speaker")
    assert f.value.source == "Marco Brandt"


@pytest.mark.e2e
def test_adviser_with_name_in_apposition_is_the_name():
    f = only(single("Trump's national security adviser, Michael Flynn, said the talks were routine."))
    assert f.value.source == "Michael Flynn"


@pytest.mark.e2e
def test_short_form_respects_honorific_gender():
    out = run(
        (
            "Hillary Clinton spoke in Ohio on Monday.",
            "Bill Clinton spoke in Iowa.",
            "Mrs. Clinton said the economy was strong.",
        )
    )
    assert only(out[2]).value.source == "Hillary Clinton"


def test_an_outlet_with_a_bang_in_its_name_is_named_whole():
    """ "Yahoo! News reported" at the end of a sentence: the parser cuts the name at "!"."""
    (facets,) = run(("The league granted the club an extension on Wednesday, Yahoo! News reported.",))
    assert sources(facets) == {"Yahoo! News"}


def test_agreeing_or_offering_to_do_something_is_an_act_not_words_said():
    assert sources(facets_of(("Arlo agreed in March to buy Venta for $30 billion.",), 0)) == set()
    assert sources(facets_of(("The minister offered to resign on Monday.",), 0)) == set()
    assert "union" in sources(facets_of(("The union agreed that the offer was fair.",), 0))


def test_a_speaker_after_a_title_written_short_is_the_name_not_the_title():
    """The parser stops "said Const. Tim Fanning" at the title's full stop; the speaker is Tim Fanning."""
    assert sources(facets_of(("The suspect was held on Friday, said Const. Tim Fanning of the county police.",), 0),
                   "speaker") == {"Tim Fanning"}
    assert sources(facets_of(("\u201cIt is over,\u201d said Sgt. Ruth Ames.",), 0), "speaker") == {"Ruth Ames"}


def test_a_verb_of_attack_or_charge_credits_nothing_without_words_said():
    """ "Gunmen attacked a police station" and "police charged the man with murder" tell acts; "'This plan is
    reckless,' the senator charged" credits words."""
    assert sources(facets_of(("Gunmen attacked a police station in the north on Friday.",), 0)) == set()
    assert sources(facets_of(("Police charged the man with murder on Friday.",), 0)) == set()
    assert sources(facets_of(("\u201cThis plan is reckless,\u201d the senator charged.",), 0), "speaker") == {"senator"}


def test_a_name_after_the_description_that_closes_the_attribution_is_the_speaker():
    """ "said the park's head ranger, Nia Okoro." names Nia Okoro, the head ranger, though the parser hangs the name
    as a second subject; a name further on, in a clause of its own, is not the speaker."""
    (facet,) = facets_of(('"We have never seen one here," said the park\'s head ranger, Nia Okoro.',), 0)
    assert (facet.value.source, facet.value.office) == ("Nia Okoro", "park's head ranger")
    other = facets_of(('"We have never seen one here," said the park\'s head ranger, adding that Nia Okoro saw it.',), 0)
    assert "Nia Okoro" not in sources(other)


def test_an_age_or_a_relative_clause_after_a_name_is_no_office():
    from consistency.facets.attribution.canonical import description

    assert description("Father-of-three Tom Reyes, 44, who drove from Hull", "Father-of-three Tom Reyes") == ""
    assert description("Tom Reyes, 44, a retired engineer", "Tom Reyes") == "retired engineer"


@pytest.mark.e2e
@pytest.mark.parametrize(("text", "speaker"), [
    ('"This is a betrayal of every saver," fumed Jean Abbot, who chairs the savers\' group.', "Jean Abbot"),
    ('"We will be back next year," joked Omar Hale, the festival director.', "Omar Hale"),
    ('Carla Moss sobbed: "I have lost everything."', "Carla Moss"),
])
def test_a_verb_of_tone_that_frames_a_quotation_credits_it(text, speaker):
    """Tabloids frame quotations with verbs of tone ("fumed", "joked", "sobbed"): the quotation is still the
    speaker's, so a second outlet crediting it to someone else can be compared."""
    assert speaker in sources(facets_of((text,), 0), "speaker")


@pytest.mark.e2e
@pytest.mark.parametrize("text", [
    "Residents fumed at the council's decision to close the pool.",
    "The crowd laughed and sang as the band came on.",
])
def test_a_verb_of_tone_with_nothing_said_credits_nothing(text):
    assert facets_of((text,), 0) == ()


@pytest.mark.e2e
def test_a_name_right_after_said_is_the_speaker_when_the_parse_hangs_it_on_a_later_verb():
    """ "..., said Spain's Luis Ortega, who partnered him and finished tied for fifth": the small parser makes the
    name the subject of "finished"; it is still the one who said the quotation."""
    text = '"He played like a man possessed," said Spain\'s Luis Ortega, who partnered Drury and finished tied for fifth.'
    assert sources(facets_of((text,), 0), "speaker") == {"Luis Ortega"}


def test_a_name_opening_the_sentence_before_an_aside_is_the_speaker():
    """ "Okafor, visibly shaken, said ...", whether spaCy hangs the name on the aside or the aside on the name: the
    name said it, and the aside is no part of it."""
    for text in ("Okafor, visibly shaken, said the dam had held through the night.",
                 "Okafor, visibly tired, said the dam had held through the night."):
        assert sources(facets_of((text,), 0), "speaker") == {"Okafor"}, text


def test_a_verb_of_saying_as_the_purpose_of_a_deed_credits_nobody():
    """ "Did not phone Ruiz to concede": a purpose, nothing said; "declined to comment" and "went on to say that ..."
    are still sayings."""
    assert sources(facets_of(("Ortega made no statement and did not phone Ruiz to concede.",), 0)) == set()
    assert "Ortega" in sources(facets_of(("Ortega went on to say that the count was fair.",), 0))


def test_a_gesture_framing_a_quotation_credits_the_quoted_words():
    """ "Congratulated the team on a "historic, hard-fought win"": the quoted words are the mayor's; a gesture with
    nothing quoted ("welcomed the visitors") credits nobody."""
    assert "mayor" in sources(facets_of(('The mayor congratulated the team on a "historic, hard-fought win."',), 0))
    assert sources(facets_of(("The mayor welcomed the visitors at the town hall.",), 0)) == set()
    # the quotation must be the gesture's own: the crowd's chant is not the mayor's words
    assert "Ana Lima" not in sources(facets_of(('Mayor Ana Lima thanked the volunteers as crowds chanted "Lima, Lima."',), 0))


def test_a_name_the_tagger_cuts_short_still_gives_its_surname():
    """The tagger reads "Marine Le" of "Marine Le Pen" as the person; "Le Pen" later is still that person, whom "she"
    then means (not "Turnout", which the tagger also calls a person)."""
    story = ("Voters rejected far-right leader Marine Le Pen in the runoff on Sunday.",
             "Turnout was estimated at around 74 percent, the lowest since 1969.",
             "Le Pen conceded defeat within minutes, saying she had telephoned the winner.",
             "She told supporters in Paris that her party would transform itself.")
    assert only(facets_of(story, 3), cue="tell").value.source == "Le Pen"
    from consistency.facets.attribution.context import collect_people
    from consistency.facets.nlp import parse

    surnames, _ = collect_people(parse(["Voters backed Emmanuel Macron Sunday in the runoff."]))
    assert "macron" in surnames and "sunday" not in surnames  # a day after a name is no part of it
