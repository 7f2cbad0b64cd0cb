"""The attribution facet's value: who a sentence credits (speaker or relay), by which cue."""

from __future__ import annotations

from dataclasses import dataclass

from . import ABSENT, FacetValue


@dataclass(frozen=True)
class SourceValue(FacetValue):
    """One attribution of a sentence, its fields in the JSON report's order.

    `source` is the canonical name (None when `unattributed`: "it was reported"); `resolved_from`
    the words as written when the source was resolved from context ("she", "the Post"); `inherited`
    for a quoted sentence that takes the speaker of the quotation it continues (then `cue_span`,
    the cue's offsets, is None); `named` is set once the source is told apart from a description
    ("officials"), and absent before; `anonymous` likewise, once a source is told to withhold its
    name ("sources familiar with", "an official who asked not to be named"); `person` is true for a
    person, false for a body (an organisation, a place, a people), absent when the words do not tell.
    """

    source: str | None
    cue: str
    role: str  # "speaker" | "relay"
    resolved_from: str | None
    unattributed: bool
    inherited: bool
    cue_span: tuple[int, int] | None
    named: bool = ABSENT
    anonymous: bool = ABSENT
    person: bool = ABSENT
    earlier: bool = ABSENT  # the cue is a stance taken before the news: "had previously denied", "initially said"
    office: str = ABSENT
    sole: bool = ABSENT  # a pronoun source ("she") that only one person named before can be
