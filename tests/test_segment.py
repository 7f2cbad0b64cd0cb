"""Sentence splitting: exact offsets, kinds, repeated captions."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from consistency.load import load_file
from consistency.segment import body, headlines, segment
from consistency.core.types import Document, SentenceKind

from .conftest import SEED_A, SEED_B


def _doc(text: str) -> Document:
    return Document(id="d", source="d", published=None, text=text, path="d.txt")


def _kinds(text: str) -> list[tuple[str, str]]:
    """Each sentence of a text with its kind."""
    return [(s.kind.value, s.text) for s in segment(_doc(text))]


def test_seed_b_caption_credit_and_repeated_caption_kept_once():
    (doc,), _ = load_file(SEED_B)
    sentences = segment(doc)
    kinds = [s.kind for s in sentences[:4]]
    assert kinds == [SentenceKind.CAPTION, SentenceKind.CREDIT, SentenceKind.CAPTION, SentenceKind.CREDIT]
    assert sentences[1].text == "REUTERS/Kevin Lamarque/File Photo"
    assert sentences[2].duplicate_of == 0
    assert sentences[4].text.startswith("Attorney General Jefferson Sessions has denied")
    assert all(s.kind is SentenceKind.BODY for s in body(sentences))


def test_seed_a_dateline_and_heading():
    (doc,), _ = load_file(SEED_A)
    sentences = segment(doc)
    assert (sentences[0].text, sentences[0].kind) == ("WASHINGTON:", SentenceKind.DATELINE)
    assert sentences[1].text.startswith("US Attorney General Jeff Sessions says")
    heading = [s for s in sentences if s.kind is SentenceKind.HEADING]
    assert [s.text for s in heading] == ["CALLS TO RESIGN"]


def test_offsets_index_the_loaded_text_exactly_on_the_seeds():
    for path in (SEED_A, SEED_B):
        (doc,), _ = load_file(path)
        for s in segment(doc):
            assert doc.text[s.start:s.end] == s.text
            assert s.text == s.text.strip() and s.text


def test_reuters_style_dateline():
    sentences = segment(_doc("LONDON (Reuters) - The Bank of England raised rates on Thursday. It said more may follow."))
    assert sentences[0].kind is SentenceKind.DATELINE
    assert sentences[0].text == "LONDON (Reuters) -"
    assert sentences[1].text == "The Bank of England raised rates on Thursday."


def test_hard_wrapped_lines_join_into_one_paragraph():
    sentences = segment(_doc("The council voted on Monday to close\nthe old bridge for repairs.\nIt reopens in May."))
    assert [s.text for s in sentences] == [
        "The council voted on Monday to close\nthe old bridge for repairs.", "It reopens in May."]


@settings(max_examples=150, deadline=None)
@given(st.text(min_size=1, max_size=400))
def test_offsets_always_index_the_text(text):
    for s in segment(_doc(text)):
        assert text[s.start:s.end] == s.text
        assert s.text.strip()


def test_pysbd_pattern_stand_in_behaves_like_re_and_compiles_each_pattern_once():
    import re

    from consistency.segment import CompiledPatterns

    patterns = CompiledPatterns(size=2)
    text = "Mr. Smith met Dr. Jones at 3 p.m. on Jan. 5. They spoke."
    calls = [("sub", r"(?<=Mr)\.", "∯", text), ("findall", r"(?:^|\s)dr", text), ("search", r"p\.m\.", text),
             ("match", r"Mr", text), ("split", r"\.\s", text)]
    for name, pattern, *args in calls:
        flags = re.IGNORECASE if name == "findall" else 0
        ours, theirs = getattr(patterns, name)(pattern, *args, flags=flags), getattr(re, name)(pattern, *args, flags=flags)
        if isinstance(theirs, re.Match):
            ours, theirs = (ours.span(), ours.group()), (theirs.span(), theirs.group())
        assert ours == theirs
    assert [m.span() for m in patterns.finditer(r"\.", text)] == [m.span() for m in re.finditer(r"\.", text)]
    assert patterns.escape("a.b") == re.escape("a.b") and patterns.IGNORECASE == re.IGNORECASE
    first = patterns.compile(r"p\.m\.")
    assert patterns.compile(r"p\.m\.") is first  # kept, not compiled again
    assert patterns.compile.cache_info().currsize <= 2  # and the store stays bounded


def test_sentence_offsets_match_pysbds_own_search_even_for_repeated_sentences():
    """The segmenter finds each sentence with `str.find` instead of pysbd's regex per sentence: same spans."""
    import pysbd

    from consistency.segment import _segmenter

    segmenter = _segmenter()
    texts = ["Yes. Yes. Yes.", "He said no. He said no. No.", "A b.  A b.\tA b. ", "x. xx. x. xx.",
             "Mr. Smith left. Smith left.\u00a0Then he came back.", "\"No.\" No. \"No.\""]
    for text in texts:
        segmenter.original_text = text
        sentences = segmenter.processor(text).process()
        ours = [(t.sent, t.start, t.end) for t in segmenter.sentences_with_char_spans(sentences)]
        theirs = [(t.sent, t.start, t.end) for t in pysbd.Segmenter.sentences_with_char_spans(segmenter, sentences)]
        assert ours == theirs, text


def test_a_time_or_abbreviated_weekday_before_the_day_does_not_end_the_sentence():
    text = ("The blast, heard at about 9:40 p.m. Friday across the harbour, shook the windows. "
            "The council met on Wed. afternoon to vote. Crews worked until 4 a.m. The road reopened.")
    assert [s.text for s in segment(_doc(text))] == [
        "The blast, heard at about 9:40 p.m. Friday across the harbour, shook the windows.",
        "The council met on Wed. afternoon to vote.",
        "Crews worked until 4 a.m.",  # a capitalised word that is not a day or month starts a new sentence
        "The road reopened.",
    ]


def test_a_time_zone_after_a_clock_time_does_not_start_a_sentence():
    """ "4:15 p.m. ET", "11 a.m. GMT", "6 p.m. Pacific time": the zone belongs to the time; a capitalised word that
    names no zone still starts a new sentence."""
    text = ("The jury's decision was read at 4:15 p.m. ET in a packed courtroom. Trading halted at 11 a.m. GMT on "
            "Monday. The launch slipped to 6 p.m. Pacific time. Crews worked until 4 a.m. Engineers left.")
    assert [s.text for s in segment(_doc(text))] == [
        "The jury's decision was read at 4:15 p.m. ET in a packed courtroom.",
        "Trading halted at 11 a.m. GMT on Monday.",
        "The launch slipped to 6 p.m. Pacific time.",
        "Crews worked until 4 a.m.",
        "Engineers left.",
    ]


def test_an_outlet_spelled_with_an_exclamation_mark_stays_in_its_sentence():
    text = "Yahoo! Finance was the first to carry the figures. Others followed."
    assert [s.text for s in segment(_doc(text))] == ["Yahoo! Finance was the first to carry the figures.", "Others followed."]


def test_an_abbreviated_weekday_before_a_comma_does_not_end_the_sentence():
    text = "Shortly after 7 p.m. on Thu., May 2, the mayor opened the bridge. Traffic followed."
    assert [s.text for s in segment(_doc(text))] == [
        "Shortly after 7 p.m. on Thu., May 2, the mayor opened the bridge.", "Traffic followed."]


def test_sentences_glued_together_by_a_flattened_page_are_cut_apart():
    # Paragraphs joined without a space when a page was turned into text: each is still its own sentence.
    text = ("The ferry reached the harbour at noon.Its captain said the engine had failed twice."
            "Passengers were taken to the Grand Hotel.Officials said nobody was hurt.")
    assert [s.text for s in segment(_doc(text))] == [
        "The ferry reached the harbour at noon.", "Its captain said the engine had failed twice.",
        "Passengers were taken to the Grand Hotel.", "Officials said nobody was hurt."]


def test_a_title_or_a_web_address_without_a_space_is_not_a_glued_sentence():
    text = ("The ceremony, led by Gov.Anna Reyes, was shown on www.Riverside.com and on Studio.Net for viewers. "
            "The fire was reported, she said.Sen. Tom Hale arrived later.")
    assert [s.text for s in segment(_doc(text))] == [
        "The ceremony, led by Gov.Anna Reyes, was shown on www.Riverside.com and on Studio.Net for viewers.",
        "The fire was reported, she said.", "Sen. Tom Hale arrived later."]


def test_source_labels_datelines_and_bylines_left_by_a_page_are_not_body_sentences():
    text = ("HARBOUR TOWN, Maine — Two ferries collided in thick fog on Sunday morning.\n\n"
            "Relatives wait outside the terminal in Harbour Town. [Ann Lowe/The Associated Press]\n\n"
            "(Coastal Radio News)\n\n"
            "[LIVE][UPDATE]The harbour master said both captains had slowed down.\n\n"
            "The inquiry opens next week.\n\n-AFP\n\nReported by our Portland desk.\n\n2024-03-11\n\n"
            "Published: Mon, March 11, 2024 9:04 AM Updated: Mon, March 11, 2024 11:20 AM by the web desk")
    kinds = _kinds(text)
    assert kinds == [
        ("dateline", "HARBOUR TOWN, Maine —"),
        ("body", "Two ferries collided in thick fog on Sunday morning."),
        ("caption", "Relatives wait outside the terminal in Harbour Town."),
        ("credit", "[Ann Lowe/The Associated Press]"),
        ("credit", "(Coastal Radio News)"),
        ("boilerplate", "[LIVE][UPDATE]"),
        ("body", "The harbour master said both captains had slowed down."),
        ("body", "The inquiry opens next week."),
        ("credit", "-AFP"),
        ("boilerplate", "Reported by our Portland desk."),
        ("boilerplate", "2024-03-11"),
        ("boilerplate", "Published: Mon, March 11, 2024 9:04 AM Updated: Mon, March 11, 2024 11:20 AM by the web desk"),
    ]


def test_a_page_update_stamp_and_calls_to_the_reader_are_furniture_but_a_story_update_is_not():
    text = ("UPDATE (March 11, 2024 - 10:00 A.M.)\n\nTwo ferries collided in thick fog on Sunday morning.\n\n"
            "Click HERE for VIDEO and full coverage from our morning news programme.\n\n"
            "Update: 24 passengers are now confirmed injured.\n\n"
            "Sign up for our daily newsletter and get the top stories first.\n\n"
            "Click-through rates on the ferry company's site fell by half on Monday.")
    kinds = _kinds(text)
    assert kinds == [
        ("boilerplate", "UPDATE (March 11, 2024 - 10:00 A.M.)"),
        ("body", "Two ferries collided in thick fog on Sunday morning."),
        ("boilerplate", "Click HERE for VIDEO and full coverage from our morning news programme."),
        ("body", "Update: 24 passengers are now confirmed injured."),
        ("boilerplate", "Sign up for our daily newsletter and get the top stories first."),
        ("body", "Click-through rates on the ferry company's site fell by half on Monday."),
    ]


def test_a_story_sentence_after_an_update_stamp_or_opening_like_furniture_stays_a_sentence():
    text = ("Two ferries collided in thick fog on Sunday morning.\n\n"
            "UPDATE (2:15 p.m.): Police say three crew members have been arrested over the collision.\n\n"
            "Sign-up for the compensation scheme closes on Friday, the ferry company said.\n\n"
            "Don't miss the deadline, the port authority warned passengers on Monday.\n\n"
            "Reported by our Portland desk.")
    kinds = _kinds(text)
    assert kinds == [
        ("body", "Two ferries collided in thick fog on Sunday morning."),
        ("dateline", "UPDATE (2:15 p.m.):"),
        ("body", "Police say three crew members have been arrested over the collision."),
        ("body", "Sign-up for the compensation scheme closes on Friday, the ferry company said."),
        ("body", "Don't miss the deadline, the port authority warned passengers on Monday."),
        ("boilerplate", "Reported by our Portland desk."),
    ]


def test_a_date_written_out_alone_on_its_line_is_the_pages_stamp_not_a_headline():
    text = ("Ferries collide in fog\n\nSunday, March 17, 2013 | 5:00 PM\n\n"
            "Two ferries collided in thick fog on Sunday morning.\n\n26 September 2013, 10:00 (GMT+05:00)\n\n"
            "WEDNESDAY, MARCH 4, 2009, 10:53 AM\n\nMarch 3, 2013 was the day the harbour closed.\n\n"
            "Posted at 9am on March 3, 2013\n\n"
            "Updated at 5 p.m.: The death toll from the floods has risen to 40, officials said.")
    kinds = _kinds(text)
    assert kinds == [
        ("heading", "Ferries collide in fog"),
        ("boilerplate", "Sunday, March 17, 2013 | 5:00 PM"),
        ("body", "Two ferries collided in thick fog on Sunday morning."),
        ("boilerplate", "26 September 2013, 10:00 (GMT+05:00)"),
        ("boilerplate", "WEDNESDAY, MARCH 4, 2009, 10:53 AM"),
        ("body", "March 3, 2013 was the day the harbour closed."),
        ("boilerplate", "Posted at 9am on March 3, 2013"),
        ("body", "Updated at 5 p.m.: The death toll from the floods has risen to 40, officials said."),
    ]


def test_a_dateline_the_splitter_cut_off_is_marked_and_the_story_goes_on():
    for text, place in (("PORTVILLE, Ore. Crews searched the river all night.", "PORTVILLE, Ore."),
                        ("Lisbon:\n\nThe strike closed every port.", "Lisbon:")):
        sentences = segment(_doc(text))
        assert [(s.kind.value, s.text) for s in sentences][0] == ("dateline", place)
        assert [s.text for s in body(sentences)] == [text[len(place):].strip()]


def test_a_closing_quotation_mark_left_alone_goes_back_to_its_sentence():
    # an unbalanced closing mark, as pages have them
    text = "The mayor said the “repairs and the checks” should be finished by May.”\n\nTraffic was diverted."
    assert [s.text for s in segment(_doc(text))] == [
        "The mayor said the “repairs and the checks” should be finished by May.”", "Traffic was diverted."]


def test_a_short_sentence_with_brackets_or_capitals_is_still_a_sentence():
    text = ("The court (the High Court in Leeds) ruled on Friday. The U.S. and U.K. agreed. "
            "He said so (AP). Police found the van/car nearby. Published reports in 2019 gave 40 seats. "
            "Updated figures released on Monday show 12 dead.")
    assert all(s.kind.value == "body" for s in segment(_doc(text)))


def test_page_furniture_is_marked_and_never_aligned():
    text = ("The ferry left port at dawn with 40 passengers aboard.\n\nAll rights reserved.\n\nSign in / Register\n\n"
            "Readers who subscribe to the paper's newsletter were told first about the delay on Monday.")
    sentences = segment(_doc(text))
    kinds = {s.text: s.kind for s in sentences}
    assert kinds["All rights reserved."] is SentenceKind.BOILERPLATE
    assert kinds["Sign in / Register"] is SentenceKind.BOILERPLATE
    assert kinds["The ferry left port at dawn with 40 passengers aboard."] is SentenceKind.BODY
    assert kinds["Readers who subscribe to the paper's newsletter were told first about the delay on Monday."] is SentenceKind.BODY
    assert all(s.kind is SentenceKind.BODY for s in body(sentences)) and len(body(sentences)) == 2


def test_headlines_above_the_story_are_compared_but_labels_dates_and_subheadings_are_not():
    text = ("Ferry capsizes off the coast with 40 aboard\n\nRescue boats search through the night for survivors\n\n"
            "Published 3 May 2024\n\nWorld news\n\n"
            "The ferry left port at dawn with 40 passengers aboard. It capsized an hour later.\n\n"
            "What the coast guard said next\n\nThe coast guard said the sea was calm.")
    sentences = segment(_doc(text))
    assert [s.text for s in headlines(sentences)] == [
        "Ferry capsizes off the coast with 40 aboard", "Rescue boats search through the night for survivors"]
    assert not set(s.index for s in headlines(sentences)) & set(s.index for s in body(sentences))  # never aligned


def test_a_dateline_below_the_headline_is_a_dateline_too():
    text = ("Ferry capsizes off the coast\n\nPhoto of the harbour\n\n"
            "HARBOUR TOWN, May 3 – A ferry capsized off the northern coast on Friday. Rescue boats searched.\n\n"
            "LISBON: A second ferry was held in port.")
    kinds = _kinds(text)
    assert ("dateline", "HARBOUR TOWN, May 3 –") in kinds and ("dateline", "LISBON:") in kinds
    assert ("body", "A ferry capsized off the northern coast on Friday.") in kinds
    assert ("body", "A second ferry was held in port.") in kinds


def test_a_given_sentence_is_a_stamp_only_when_nothing_but_the_date_is_left():
    from consistency.furniture import is_stamp

    assert is_stamp("May 03 , 2013") and is_stamp("21 July 2013 Last updated at 11 : 11 GMT")
    assert not is_stamp("Posted at 9am on Monday, the video shows officers firing 12 shots at the car.")
    assert not is_stamp("Updated at 5 p.m.: The death toll from the floods has risen to 40, officials said.")


def test_a_copyright_line_with_its_sign_is_furniture():
    from consistency.furniture import is_boilerplate

    assert is_boilerplate("© 2024 Fairhaven Courier.") and is_boilerplate("(c) 2024 Fairhaven Courier")
    assert not is_boilerplate("The (c) clause of the contract was dropped.")



def test_a_title_written_short_before_a_name_does_not_end_the_sentence():
    text = ("The deputy was shot, Los Angeles County Dist. Atty. Steve Cooley said. "
            "The suspect was held, said Const. Tim Fanning of the county police.")
    assert [s.text for s in segment(_doc(text))] == [
        "The deputy was shot, Los Angeles County Dist. Atty. Steve Cooley said.",
        "The suspect was held, said Const. Tim Fanning of the county police."]
