"""The date facet: temporal expressions in a sentence, normalised against the publication date.

`extract` finds the expressions of a parsed sentence (spaCy's entities in `spans`, the
`scan`ner for what they miss), `normalise` turns one expression into a `DateValue` with the
`absolute` and `relative` rules (calendar arithmetic in `points`, the `fallback` to dateparser),
and `tense` decides which way a date without a year points. Agreement across documents and the
plain-words description live in `consistency.compare.dates`; the words in `lexicon.en.calendar`.
"""

from __future__ import annotations

from .extract import extract_dates
from .normalise import normalise

__all__ = ["extract_dates", "normalise"]
