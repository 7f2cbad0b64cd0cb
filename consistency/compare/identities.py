"""The identity rule: one role told as filled by two differently named people ("identified the gunman as Ryan Lanza" /
"the gunman was identified as Adam Lanza")."""

from __future__ import annotations

import re
from typing import Iterator

from ..core.types import Finding
from ..facets.lexicon.en.agents import ATTACKER_NOUNS, ONE_OF_SEVERAL
from .pairs import SentencePair, worded_finding

ROLES = {**{w: "attacker" for w in ATTACKER_NOUNS | {"hijacker"}},
         **{w: w for w in ("suspect", "pilot", "co-pilot", "captain", "hostage-taker")}}
"""The roles one person fills in a story, by the group whose words name the same role ("the gunman", "the shooter");
not victims or drivers, of whom a story often has several."""

_ROLE = (r"(?i:the)\s+(?P<words>(?:[\w-]+\s+){0,2}?)(?P<role>"
         + "|".join(sorted(map(re.escape, ROLES), key=len, reverse=True)) + r")")
_NAME = r"(?P<name>[A-Z][\w'\u2019.-]+(?:\s+[A-Z][\w'\u2019.-]+){1,3})"
IDENTIFIED_RES = (
    re.compile(r"\b(?:identified|named)\s+" + _ROLE + r"\s+as\s+" + _NAME),
    re.compile(r"\b" + _ROLE + r"\s+(?:was|is|has\s+been|had\s+been)\s+(?:\w+\s+)?(?:identified|named)"
               r"(?:\s+by\s+[^,.;]{1,60}?)?\s+as\s+" + _NAME),
)
"""A role and the name it is given: "identified the gunman as Ryan Lanza", "The gunman was identified by officials as
Adam Lanza" (the role's own words, "the lone gunman", may carry two words before it)."""


def _identities(text: str) -> list[tuple[str, str, re.Match]]:
    """Each role a sentence names a person for: (the role's group, the name, the words matched); not one of several
    ("the first victim", "the other gunman")."""
    return [(ROLES[m.group("role").lower()], m.group("name").rstrip("."), m) for pattern in IDENTIFIED_RES
            for m in pattern.finditer(text) if not set(m.group("words").lower().split()) & ONE_OF_SEVERAL]


def compare_identities(pair: SentencePair) -> Iterator[Finding]:
    """One role each sentence names a person for, named as two people: medium (an alias may be one person's)."""
    from ..facets.attribution.identity import same_source

    if pair.texts is None:
        return
    for role_x, name_x, x in _identities(pair.texts[0]):
        for role_y, name_y, y in _identities(pair.texts[1]):
            if role_x == role_y and not same_source(name_x, name_y):
                yield worded_finding(pair, "identity", x, y, "one role, two people named")
                return
