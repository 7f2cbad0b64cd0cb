"""Values of the claim facets read from one sentence: polarity of a predicate, a quotation, a named entity."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from . import ABSENT, FacetValue


@dataclass(frozen=True)
class PolarityValue(FacetValue):
    """A predicate (lemma) and whether the sentence affirms or negates it; `cue` is the negating word."""

    predicate: str | None
    polarity: bool
    cue: str | None
    object: str | None = ABSENT  # the predicate's object and subject lemmas (negated predicates only)
    subject: str | None = ABSENT
    main: bool = ABSENT  # asserted by the sentence (root or reported clause), not inside a relative clause
    earlier: bool = ABSENT  # negated as a stance taken before the news: "had previously denied", "initially refused"
    doer: str = ABSENT  # who did an act whose doer a story tells, as written: "A court" in "A court halved the sentence"
    patient: str = ABSENT  # the lemma of what that act was done to: "sentence"
    future: bool = ABSENT  # told as to come, or refused to come: "will not attend", "would not expel"

    def to_dict(self) -> dict[str, Any]:
        out = super().to_dict()
        if self.polarity is True and self.object is ABSENT:
            # report/1 wrote affirmed predicates with "cue" before "polarity": kept so reports stay byte-stable
            out = {"predicate": out["predicate"], "cue": out["cue"], "polarity": True,
                   **{k: v for k, v in out.items() if k not in ("predicate", "cue", "polarity")}}
        return out


@dataclass(frozen=True)
class QuoteValue(FacetValue):
    """A quotation with its whitespace normalised, and its number of words."""

    quote: str
    words: int


@dataclass(frozen=True)
class EntityValue(FacetValue):
    """A named entity: spaCy's label and the name as written; for a person whose party the sentence gives
    ("Republican Senator X", "X (D-Ohio)", "X, a Democrat"), the party."""

    label: str
    name: str
    party: str = ABSENT
