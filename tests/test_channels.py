"""The channel rule: one notice told as sent by two different means."""

import pytest

from consistency.compare.channels import compare_channels
from consistency.compare.pairs import SentencePair
from consistency.core.types import SentenceRef, Severity


def worded_pair(text_x: str, text_y: str) -> SentencePair:
    """Two linked sentences known by their words alone (no facets), for the rules that read text."""
    return SentencePair(SentenceRef("a", 0), (), SentenceRef("b", 0), (), {"a": "Wire", "b": "Daily"}, 0, 0.8, 0.8,
                        (text_x, text_y))


def _found(text_x: str, text_y: str):
    return list(compare_channels(worded_pair(text_x, text_y)))


@pytest.mark.parametrize(("x", "y"), [
    ("The bank said it was contacting affected account holders by email.",
     "The bank is contacting all affected account holders by post, it said."),
    ("Parents of pupils at the school were told of the closure by text message.",
     "Parents of pupils were told of the school's closure by letter on Friday."),
    ("The council informed tenants of the rent rise in a letter last month.",
     "The council informed its tenants of the rent rise in an email."),
])
def test_one_notice_sent_by_two_means_is_medium(x, y):
    for a, b in ((x, y), (y, x)):
        found = _found(a, b)
        assert [(f.facet, f.kind, f.severity) for f in found] == [("claim", "channel", Severity.MEDIUM)]
        assert found[0].a.text and found[0].a.text in a and found[0].b.text in b


@pytest.mark.parametrize(("x", "y"), [
    # mail and post are one means
    ("Customers will be told by mail, the bank said.", "The bank said customers will be told by post."),
    # one side names no means
    ("The bank is contacting affected account holders by email.", "The bank is contacting affected account holders."),
    # one side names two kinds of means: which one is the notice is not said
    ("The bank is contacting affected account holders by email.",
     "The bank is contacting affected account holders by phone and by letter."),
    # two different notices: the sentences share nothing but the means
    ("Tickets were sold by phone.", "The striker's agent confirmed the move by email."),
    # a post on social media is not the post
    ("The festival told fans of the cancellation by email.", "The festival told fans of the cancellation in a post online."),
])
def test_what_is_no_clash_of_means(x, y):
    assert _found(x, y) == [] and _found(y, x) == []


def test_a_letter_or_an_email_with_words_between_is_a_means():
    found = _found("The finder contacted the parish in a handwritten letter posted in Lyon.",
                   "The finder first got in touch with the parish by email.")
    assert [f.kind for f in found] == ["channel"] and "letter" in found[0].a.text
