"""How one spoken sentence is written two ways: contractions, informal spellings, fillers, figures in words."""

from __future__ import annotations

CONTRACTIONS: dict[str, str] = {
    "won't": "will not", "can't": "can not", "cannot": "can not", "shan't": "shall not", "ain't": "is not",
    "let's": "let us", "gonna": "going to", "wanna": "want to", "gotta": "got to", "gimme": "give me",
    "okay": "ok", "o.k.": "ok", "y'all": "you all",
}
"""Whole words a transcript may write either way ("won't" / "will not", "gonna" / "going to")."""

CONTRACTED_ENDINGS: tuple[tuple[str, str], ...] = (
    ("n't", " not"), ("'re", " are"), ("'ve", " have"), ("'ll", " will"), ("'d", " would"), ("'m", " am"),
)
"""Endings a transcript may spell out ("we're" / "we are"); "'s" (is, has or a possessive) is left as it is."""

FILLERS: tuple[str, ...] = ("you know", "i mean", "uh", "um", "uhm", "er", "erm", "ah")
"""Words of hesitation one outlet keeps and another drops."""

FIGURE_WORDS: frozenset[str] = frozenset({
    "a", "an", "and", "hundred", "thousand", "million", "billion", "trillion", "per", "cent", "percent", "dollar",
    "dollars", "pound", "pounds", "euro", "euros", "point",
})
"""Words that, with digits and number words, only write a figure ("10 per cent" / "10%", "five million dollars" /
"$5 million"): a figure quoted two ways is for the number rule to compare, not a misquote."""
