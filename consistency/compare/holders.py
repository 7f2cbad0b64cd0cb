"""Whose figure it is: two figures said of two differently named holders ("the Alliance finished with 336 seats",
"the Party won 282") are two facts, not one told two ways."""

from __future__ import annotations

from ..core.values.numbers import NumberValue


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def other_holders(a: NumberValue, b: NumberValue) -> str | None:
    """The two holders' names when both figures are said of a named holder and the names share no word and neither
    is the other's initials ("BJP", "Bharatiya Janata Party" are one); None otherwise."""
    ha, hb = a.holder, b.holder
    if not isinstance(ha, str) or not isinstance(hb, str):
        return None
    if {w.lower() for w in ha.split()} & {w.lower() for w in hb.split()}:
        return None
    if ha.replace(".", "") in (_initials(hb), hb) or hb.replace(".", "") == _initials(ha):
        return None
    return f"{ha}, {hb}"
