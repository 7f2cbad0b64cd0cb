"""Whose figure it is: two figures said of two differently named holders ("the Alliance, which the Party leads,
finished with 336 seats", "the Party won 282") are two facts, not one told two ways."""

from __future__ import annotations

from typing import Sequence

from ..core.values.numbers import NumberValue


def _key(name: str) -> str:
    return name.replace(".", "").lower()


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.replace(".", "").split() if w[:1].isupper()).lower()


def _one_body(a: str, b: str) -> bool:
    """One name written two ways: a shared word or stem ("Democrats", "Democratic Party"), or a name and its initials
    ("BJP", "Bharatiya Janata Party"; "US", "U.S.")."""
    wa, wb = _key(a).split(), _key(b).split()
    joined_a, joined_b = "".join(wa), "".join(wb)
    return (any(x[:5] == y[:5] for x in wa for y in wb) or joined_a in (joined_b, _initials(b))
            or joined_b == _initials(a))


def other_holders(a: NumberValue, b: NumberValue, texts: Sequence[str] | None) -> str | None:
    """The two holders' names when both figures are said of a named holder, the names are not one body, and one
    sentence names both, so it tells the two apart ("the Alliance, which the Party leads, finished with 336 seats"
    against "the Party won 282 seats"); None otherwise: two outlets crediting one figure to two bodies may simply
    disagree."""
    ha, hb = a.holder, b.holder
    if not isinstance(ha, str) or not isinstance(hb, str) or texts is None or _one_body(ha, hb):
        return None
    told_apart = _names(texts[0], hb) or _names(texts[1], ha)
    return f"{ha}, {hb}" if told_apart else None


def _names(text: str, holder: str) -> bool:
    """The sentence names the holder, in full or by its initials."""
    initials = _initials(holder)
    return _key(holder) in _key(text) or (len(initials) >= 2 and initials in _key(text).replace(",", " ").split())
