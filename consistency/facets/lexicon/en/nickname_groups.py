"""First names that may name one person (Robert / Bob), from the `nicknames` package plus a few groups it lacks."""

from __future__ import annotations

from functools import lru_cache

from .names import FIRST_NAME_GENDER

PROJECT_GROUPS: tuple[frozenset[str], ...] = tuple(
    frozenset(group.split())
    for group in (
        "robert bob bobby rob robbie bert",
        "william bill billy will willie liam",
        "jefferson jeffrey jeff geoffrey geoff",
        "katherine catherine kathy cathy kate katie",
        "david dave davy",
        "steven stephen steve",
        "susan sue suzy",
        "terence terrence terry",
    )
)
"""Groups of the hand-written table this replaced (49 groups) with a pair the `nicknames` data does not
relate (checked against nicknames 1.0.1: "bert" / "robert", "liam" / "william", "stephen" / "steven"):
every name in a group is compatible with every other."""


@lru_cache(maxsize=1)
def _groups_by_name() -> dict[str, frozenset[int]]:
    """Each lower-case first name -> the groups it belongs to: one group per full name of the
    `nicknames` data (the name and all its nicknames), then `PROJECT_GROUPS`. Built on first use,
    once per process (importing the package and reading its table takes about 0.04 s)."""
    from nicknames import NickNamer

    groups = [frozenset({full} | nicks) for full, nicks in NickNamer().nickname_lookup.items()]
    groups += PROJECT_GROUPS
    index: dict[str, set[int]] = {}
    for number, group in enumerate(groups):
        for name in group:
            index.setdefault(name, set()).add(number)
    return {name: frozenset(numbers) for name, numbers in index.items()}


def nicknames_compatible(a: str, b: str) -> bool:
    """Whether two lower-case first names can be one person's: a name and its nickname ("robert" /
    "bob"), or two nicknames of one name ("jim" / "jimmy"). Names the gender table gives different
    genders never are ("sam" / "samantha")."""
    if a == b:
        return True
    gender_a, gender_b = FIRST_NAME_GENDER.get(a), FIRST_NAME_GENDER.get(b)
    if gender_a and gender_b and gender_a != gender_b:
        return False
    index = _groups_by_name()
    return bool(index.get(a, frozenset()) & index.get(b, frozenset()))


def is_first_name(word: str) -> bool:
    """A first name the nickname data knows ("martin", "sandra"), not a place or a company ("paris", "harrowgate")."""
    return word.lower() in _groups_by_name()
