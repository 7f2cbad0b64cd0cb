"""The verdict rule: one charge told as a conviction by one source and as an acquittal by the other."""

import pytest

from consistency.compare.verdicts import compare_verdicts
from consistency.core.types import Severity

from .test_channels import worded_pair


def _found(text_x: str, text_y: str):
    return list(compare_verdicts(worded_pair(text_x, text_y)))


@pytest.mark.parametrize(("x", "y"), [
    ("The jury cleared the former mayor of bribery.", "The former mayor was found guilty of bribery on Tuesday."),
    ("Jurors found her not guilty of insurance fraud.", "She was convicted of insurance fraud and will be sentenced in May."),
    ("The court acquitted him on three counts of wire fraud involving pension funds.",
     "He was found guilty of wire fraud against pension funds and of conspiracy."),
    ("The captain was convicted of recklessly steering the ferry into a crowded harbour, but cleared of manslaughter.",
     "The captain was acquitted of steering the ferry recklessly into the harbour at Dover."),
])
def test_one_charge_told_as_a_conviction_and_as_an_acquittal_is_medium(x, y):
    for a, b in ((x, y), (y, x)):
        (finding,) = _found(a, b)
        assert (finding.facet, finding.kind, finding.severity) == ("claim", "verdict", Severity.MEDIUM)
        assert finding.a.text in a and finding.b.text in b


@pytest.mark.parametrize(("x", "y"), [
    # the same verdict in other words
    ("The jury found him guilty of arson.", "He was convicted of arson after a two-week trial."),
    # two charges of a split verdict
    ("He was acquitted of first-degree murder.", "He was found guilty of second-degree murder."),
    # the split verdict told in full by one side
    ("She was convicted of fraud but acquitted of conspiracy to commit fraud.",
     "She was acquitted of conspiracy to commit fraud, the jury said."),
    ("The jury convicted him of theft and acquitted him of theft by deception.",
     "He was found guilty of theft, according to the court."),
    # no charge
    ("He was acquitted in 2015.", "He was convicted in 2019."),
])
def test_what_is_no_verdict_clash(x, y):
    assert _found(x, y) == [] and _found(y, x) == []


@pytest.mark.parametrize(("x", "y"), [
    # a plea, a feeling: no verdict
    ("Reed pleaded guilty to a lesser charge of assault on Friday.", "Reed was acquitted of assault on Friday."),
    ("Reed said he felt guilty about the crash on the motorway.", "Reed was acquitted on Friday of causing the crash."),
    # a split verdict told in full, "but guilty" ending the first charge
    ("The jury found Tom Reed not guilty of murder but guilty of manslaughter.", "Tom Reed was convicted of manslaughter."),
    # two parts of one split verdict, by their counts
    ("Reed was convicted on three counts of fraud.", "Reed was acquitted on two counts of fraud."),
])
def test_what_only_looks_like_a_verdict_clash(x, y):
    assert _found(x, y) == [] and _found(y, x) == []
