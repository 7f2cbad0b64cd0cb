"""Whether two source names name the same source (persons by surname and first name, organisations by their words)."""

from __future__ import annotations

import re

from ..lexicon.en.aliases import NICKNAMES
from ..lexicon.en.names import GENERIC_ORG_WORDS, NAME_FUNCTION_WORDS, NAME_SUFFIXES, TITLE_WORDS
from .canonical import SPACE_RE, canonical_source, looks_like_person

_SPACE_OR_HYPHEN_RE = re.compile(r"[\s\-]+")


def _name_words(name: str) -> list[str]:
    return [w for w in SPACE_RE.split(name.lower()) if w]


def _first_names_compatible(a: str, b: str) -> bool:
    a = a.lower().strip(".")
    b = b.lower().strip(".")
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:  # an initial
        return a[0] == b[0]
    if any(a in group and b in group for group in NICKNAMES):
        return True
    shorter, longer = sorted((a, b), key=len)
    return len(shorter) >= 3 and longer.startswith(shorter)


def _person_parts(canon: str) -> tuple[str | None, str]:
    words = [w for w in canon.split() if w.lower() not in NAME_SUFFIXES]
    words = [w for i, w in enumerate(words) if w.lower() not in TITLE_WORDS or i == len(words) - 1]
    if not words:
        return None, ""
    surname = words[-1].lower().strip(".")
    first = words[0] if len(words) > 1 else None
    return first, surname


def _distinctive(canon: str) -> list[str]:
    return [w for w in _name_words(canon.replace("'s", "")) if w not in GENERIC_ORG_WORDS]


def _acronyms(canon: str) -> set[str]:
    words = [w for w in _SPACE_OR_HYPHEN_RE.split(canon) if w]
    out = {"".join(w[0] for w in words).lower()}
    out.add("".join(w[0] for w in words if w.lower() not in NAME_FUNCTION_WORDS).lower())
    if len(words) == 2 and words[1].lower() in {"department", "ministry"}:
        out.add((words[1][0] + "o" + words[0][0]).lower())
    return {a for a in out if len(a) >= 2}


def same_source(a: str, b: str) -> bool:
    """Whether two source names name the same source.

    Canonical equality; persons by surname and compatible first names ("Jeff Sessions" ~
    "Jefferson Sessions" ~ "Sessions", "Bob Miller" ~ "Robert Miller"); organisations by their
    distinctive words ("Justice Department" ~ "Department of Justice" ~ "DOJ", "Post" ~
    "Washington Post").
    """
    if not a or not b:
        return False
    ca, cb = canonical_source(a), canonical_source(b)
    if not ca or not cb:
        return False
    if ca.lower() == cb.lower():
        return True
    la, lb = ca.lower(), cb.lower()
    # acronyms: "DOJ" ~ "Department of Justice"
    for short, long_ in ((ca, cb), (cb, ca)):
        if " " not in short and short.isupper() and 2 <= len(short) <= 6 and " " in long_:
            if short.lower() in _acronyms(long_):
                return True
    wa, wb = ca.split(), cb.split()
    if looks_like_person(ca) and looks_like_person(cb) and (len(wa) > 1 or len(wb) > 1):
        fa, sa = _person_parts(ca)
        fb, sb = _person_parts(cb)
        if sa != sb:
            return False
        if fa is None or fb is None:
            return True
        return _first_names_compatible(fa, fb)
    da, db = _distinctive(ca), _distinctive(cb)
    if not da or not db:
        return la == lb
    if set(da) == set(db):
        return True
    small, big = (da, db) if len(da) <= len(db) else (db, da)
    return set(small) <= set(big) and small[-1] == big[-1]
