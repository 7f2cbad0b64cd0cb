"""Whether two source names name the same source (persons by surname and first name, organisations by their words)."""

from __future__ import annotations

import re
import unicodedata

from ..lexicon.en.names import (DEMONYM_SUFFIXES, FIRST_NAME_GENDER, GENERIC_ORG_WORDS, NAME_FUNCTION_WORDS,
                                NAME_SUFFIXES, ORG_HEAD_WORDS, PLACE_OF_ADJECTIVE, STANDS_FOR, STATE_NEWS_AGENCIES,
                                TITLE_WORDS)
from ..lexicon.en.nickname_groups import nicknames_compatible
from .canonical import SPACE_RE, canonical_source, looks_like_person, one_edit_apart

SLIP_MIN_LENGTH = 5  # a surname this long may carry a one-letter slip ("Elliot" / "Elliott")
ALIKE_FIRST, ALIKE_SURNAME = 0.75, 0.75  # letters in common (difflib ratio) of two spellings of one name
LONG_NAME = 10  # letters of a surname long enough to be alike whatever its first letter
TRANSLITERATED_CONSONANTS = 4  # consonants a first name needs to be matched by them alone
VOWELS = frozenset("aeiouy")
PARTICLE_PREFIXES = ("al-", "el-", "al ", "el ", "ul-")  # written glued to a surname or not: "al-Rashid" ~ "Al Rashid"

_SPACE_OR_HYPHEN_RE = re.compile(r"[\s\-]+")
_JOINED_RE = re.compile(r"\s+and\s+|\s+both$|,\s*")  # "Telegram and Signal both", "X, Y and Z"


def _unaccented(name: str) -> str:
    """The name without its accents: "Hélène" and "Helene" are one name, as English copy often drops them."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))


def _undescribed(canon: str) -> str:
    """The name after a description in lower case ("Department store chain Northgate" -> "Northgate"): the words
    after its last lower-case word that is no preposition or article ("Bank of England" stays whole)."""
    words = canon.split()
    last = max((i for i, w in enumerate(words) if w.islower() and w not in NAME_FUNCTION_WORDS), default=None)
    return " ".join(words[last + 1:]) if last is not None and last + 1 < len(words) else canon


def _name_words(name: str) -> list[str]:
    return [w for w in SPACE_RE.split(name.lower()) if w]


INITIALS_RE = re.compile(r"[^\W\d_](?:\.[^\W\d_])+")
"""Initials written with stops, the last stop taken off ("r.t" of "R.T."): a first name begun by the first one."""


def _first_names_compatible(a: str, b: str) -> bool:
    a = a.lower().strip(".")
    b = b.lower().strip(".")
    if a == b:
        return True
    initials = [bool(len(x) == 1 or INITIALS_RE.fullmatch(x)) for x in (a, b)]
    if all(initials):  # "R." / "R.T." may be one person's; "R.T." / "R.J." are two
        la, lb = sorted((a.replace(".", ""), b.replace(".", "")), key=len)
        return lb.startswith(la)
    if any(initials):  # initials against a first name: its first letter ("R.T." / "Raymond")
        return a[0] == b[0]
    if nicknames_compatible(a, b) or _skeleton(a) == _skeleton(b) or _transliterated(a, b):
        return True
    shorter, longer = sorted((a, b), key=len)
    return len(shorter) >= 3 and longer.startswith(shorter)


def _transliterated(a: str, b: str) -> bool:
    """One first name in two transliterations, which keep its consonants and its syllables and change their vowels
    ("Abdulmenam" / "Abdel-Moneim", "Muhammad" / "Mohammed"); not short names ("Maria" / "Mario"), names of other
    syllables ("Mohammed" / "Mahmoud", "Christian" / "Christina") or of two genders ("Alexander" / "Alexandra")."""
    ca, cb = (_skeleton("".join(ch for ch in name if ch not in VOWELS)) for name in (a, b))
    syllables = {len(re.findall(r"[aeiouy]+", name)) for name in (a, b)}
    genders = {FIRST_NAME_GENDER.get(name) for name in (a, b)} - {None}
    # a vowel at the end of one only is a feminine ending more often than a spelling ("Alexander" / "Alexandra")
    return (a[:1] == b[:1] and ca == cb and len(ca) >= TRANSLITERATED_CONSONANTS and len(syllables) == 1
            and len(genders) <= 1 and (a[-1:] in VOWELS) == (b[-1:] in VOWELS))


def _person_parts(canon: str) -> tuple[str | None, str]:
    words = [w for w in canon.split() if w.lower() not in NAME_SUFFIXES]
    words = [w for i, w in enumerate(words) if w.lower() not in TITLE_WORDS or i == len(words) - 1]
    if not words:
        return None, ""
    surname = words[-1].lower().strip(".")
    first = words[0] if len(words) > 1 else None
    return first, surname


def _skeleton(name: str) -> str:
    """A name's letters without a leading particle, hyphens, apostrophes or doubled letters: "al-Assiri" and
    "Asiri" are both "asiri", "Mohammed" and "Mohamed" both "mohamed" (one name in two transliterations)."""
    low = name.lower()
    for particle in PARTICLE_PREFIXES:
        if low.startswith(particle) and len(low) > len(particle) + 2:
            low = low[len(particle):]
            break
    letters = [ch for ch in low if ch.isalpha()]
    return "".join(ch for i, ch in enumerate(letters) if i == 0 or ch != letters[i - 1])


def _same_surname(a: str, b: str) -> bool:
    """Surnames that match once hyphens, apostrophes, a particle and doubled letters go ("Abdel-Rahman",
    "al-Assiri" ~ "Asiri"), one letter apart in a long one, or one name of a double-barrelled surname
    ("Bruni-Sarkozy" ~ "Bruni"; the caller asks for the same first name too)."""
    if _skeleton(a) == _skeleton(b):
        return True
    for whole, part in ((a, b), (b, a)):
        if "-" not in part and len(part) >= SLIP_MIN_LENGTH and part in whole.split("-"):
            return True
    a, b = (w.replace("-", "").replace("'", "") for w in (a, b))
    return a == b or (
        min(len(a), len(b)) >= SLIP_MIN_LENGTH and a[0] == b[0] and one_edit_apart(a, b))


def _alike(a: str, b: str, least: float) -> bool:
    """Two spellings of one name: the same first letter, or a long name whose first sound is written two ways
    ("Economopoulos" / "Oikonomopoulos"), and most letters in common."""
    from difflib import SequenceMatcher

    a, b = _skeleton(a), _skeleton(b)
    initial = bool(a and b) and (a[0] == b[0] or min(len(a), len(b)) >= LONG_NAME)
    return initial and SequenceMatcher(None, a, b).ratio() >= least


def spelt_alike(a: str, b: str) -> bool:
    """Two person names that may be one person spelt two ways ("Yevgeny Prigozhin" / "Yevgeniy Prigojine"):
    first names alike (or one missing) and surnames alike; "Mark Kelly" and "Mike Kelly" are not."""
    ca, cb = canonical_source(a), canonical_source(b)
    if not (looks_like_person(ca) and looks_like_person(cb)):
        return False
    (fa, sa), (fb, sb) = _person_parts(ca), _person_parts(cb)
    firsts = fa is None or fb is None or first_names_alike(fa, fb)
    return firsts and _alike(sa, sb, ALIKE_SURNAME)


def first_names_begin_alike(a: str, b: str) -> bool:
    """A short form and a longer first name that begin alike ("Mike", "Mihalis"; "Giusi", "Giuseppina"); two full
    names that do ("Daniel", "David"; "Mary", "Mark"; "Jason", "Jacob") are two people's."""
    short, long_ = sorted((_unaccented(a).lower(), _unaccented(b).lower()), key=len)
    if len(short) < 3:
        return False
    # "Mike" / "Mihalis": a short form of up to four letters; "Giusi" / "Giuseppina": five, beginning a long name
    return ((len(short) <= 4 < len(long_) and short[:2] == long_[:2])
            or (len(short) <= 5 and len(long_) >= 7 and short[:3] == long_[:3]))


def first_names_alike(a: str, b: str) -> bool:
    """Two first names that may be one person's: a nickname of each other, one spelt two ways ("Yevgeny" /
    "Yevgeniy"), or a short form the nickname table does not know ("Mike" / "Mihalis"); "Mark" and "Mike" are not."""
    return _first_names_compatible(a, b) or _alike(a, b, ALIKE_FIRST) or first_names_begin_alike(a, b)


def _letters(canon: str) -> str:
    """A name's letters word by word, as `_skeleton` keeps them: "Kim Jong-un" and "Kim Jong Un", "Abdel Fattah
    al-Sisi" and "Abdel Fattah el-Sissi" are one name written two ways."""
    return "".join(_skeleton(w) for w in _name_words(canon))


def stands_for(a: str, b: str) -> bool:
    """One source is a capital, a building or a state news agency standing for the other ("Beijing" / "China's
    foreign ministry", "the Pentagon" / "the Defense Department", "state news agency KCNA" / "North Korea"), by
    `STANDS_FOR` and `STATE_NEWS_AGENCIES` (by the agency's last word)."""
    la, lb = (" " + canonical_source(x).lower().replace("\u2019", "'").replace("'s", "").removeprefix("the ") + " "
              for x in (a, b))
    for place, other in ((la, lb), (lb, la)):
        meant = STANDS_FOR.get(place.strip()) or STATE_NEWS_AGENCIES.get(place.split()[-1] if place.split() else "")
        if meant and (any(f" {w} " in other for w in meant) or set(meant) & set(STANDS_FOR.get(other.strip(), ()))):
            return True
    return False


def _short_form(word: str, full: list[str]) -> bool:
    """A one-word name that is the first or last word of a person's longer name ("Yoon" ~ "Yoon Suk Yeol",
    whose surname comes first), the head noun of a body's name unless any body has it ("Academy" ~ "Academy of
    Motion Picture Arts and Sciences", not "Bank" ~ "Bank of Ireland"), or a people named after the first word of a
    place ("Saudis" ~ "Saudi Arabia", "Iranians" ~ "Iran")."""
    w = word.lower()
    if w in {full[0].lower(), full[-1].lower()} and len(full) > 1 and looks_like_person(" ".join(full)):
        return True
    lowered = [x.lower() for x in full]
    head = lowered[lowered.index("of") - 1] if "of" in lowered[1:] else None
    if head == w and word[:1].isupper() and w not in ORG_HEAD_WORDS:
        return True
    place = full[0].lower()
    return place not in FIRST_NAME_GENDER and any(
        w == place + suffix for suffix in DEMONYM_SUFFIXES if len(place) >= 4)


def _contains(inner: list[str], outer: list[str]) -> bool:
    """Whether a full name (two words or more) stands inside a longer source as written."""
    n = len(inner)
    low_in, low_out = [w.lower() for w in inner], [w.lower().strip(",.") for w in outer]
    return n >= 2 and any(low_out[i:i + n] == low_in for i in range(len(low_out) - n + 1))


def _distinctive(canon: str) -> list[str]:
    """The words that tell an organisation from others, a country's adjective read as the country ("Irish" is
    "Ireland's")."""
    words = [w for w in _name_words(canon.replace("'s", "")) if w not in GENERIC_ORG_WORDS]
    return [part for w in words for part in PLACE_OF_ADJECTIVE.get(w, w).split()]


def _acronyms(canon: str) -> set[str]:
    words = [w for w in _SPACE_OR_HYPHEN_RE.split(canon) if w]
    out = {"".join(w[0] for w in words).lower()}
    out.add("".join(w[0] for w in words if w.lower() not in NAME_FUNCTION_WORDS).lower())
    if len(words) == 2 and words[1].lower() in {"department", "ministry"}:
        out.add((words[1][0] + "o" + words[0][0]).lower())
    if len(words) > 2 and words[0].lower().endswith(("'s", "\u2019s")):  # "Britain's Financial Services Authority"
        out |= _acronyms(" ".join(words[1:]))
    return {a for a in out if len(a) >= 2}


def same_source(a: str, b: str) -> bool:
    """Whether two source names name the same source.

    Canonical equality; persons by surname and compatible first names ("Jeff Sessions" ~
    "Jefferson Sessions" ~ "Sessions", "Bob Miller" ~ "Robert Miller"), a one-letter slip in a long
    surname ("Amy Elliot" ~ "Amy Elliott"), a name written first-surname ("Yoon" ~ "Yoon Suk Yeol")
    or inside a longer source; a people and its country ("Saudis" ~ "Saudi Arabia"); organisations
    by their distinctive words ("Justice Department" ~ "Department of Justice" ~ "DOJ", "Post" ~
    "Washington Post"), a branch or place added at the end ("X Hospital" ~ "X Hospital Dallas").
    """
    if not a or not b:
        return False
    ca, cb = _unaccented(canonical_source(a)), _unaccented(canonical_source(b))
    if not ca or not cb:
        return False
    ca, cb = _undescribed(ca), _undescribed(cb)  # "Department store chain Northgate" is Northgate
    if ca.lower() == cb.lower() or _letters(ca) == _letters(cb):
        return True
    for joint, other in ((ca, cb), (cb, ca)):  # "Telegram and Signal both" said it, and so did "Telegram"
        parts = [p for p in _JOINED_RE.split(joint) if p]
        if len(parts) > 1 and " and " not in other and any(same_source(p, other) for p in parts):
            return True
    la, lb = ca.lower(), cb.lower()
    # acronyms: "DOJ" ~ "Department of Justice", "U.N." ~ "United Nations"
    for short, long_ in ((ca, cb), (cb, ca)):
        letters = short.replace(".", "")
        if " " not in short and short.isupper() and 2 <= len(letters) <= 6 and " " in long_:
            if letters.lower() in _acronyms(long_):
                return True
    wa, wb = ca.split(), cb.split()
    for short, long_ in ((wa, wb), (wb, wa)):
        if len(short) == 1 and _short_form(short[0], long_) and short != long_:
            return True
        if len(short) < len(long_) and looks_like_person(" ".join(short)) and _contains(short, long_):
            return True  # "Yoon Suk Yeol" ~ "President Yoon Suk Yeol in a televised address"
    if looks_like_person(ca) and looks_like_person(cb) and (len(wa) > 1 or len(wb) > 1):
        fa, sa = _person_parts(ca)
        fb, sb = _person_parts(cb)
        if sa != sb:  # a slip in the surname only counts beside the same first name
            return fa is not None and fb is not None and _same_surname(sa, sb) and _first_names_compatible(fa, fb)
        if fa is None or fb is None:
            return True
        return _first_names_compatible(fa, fb)
    da, db = _distinctive(ca), _distinctive(cb)
    if not da or not db:
        # "the Commission" for "the European Commission": a body named by its head word alone
        bare, full = (wa, wb) if not da else (wb, wa)
        return la == lb or (len(bare) < len(full) and bare[-1].lower() == full[-1].lower() and bare[-1][:1].isupper())
    if set(da) == set(db):
        return True
    small, big = (da, db) if len(da) <= len(db) else (db, da)
    # "Post" ~ "Washington Post"; "Texas Health Hospital" ~ "Texas Health Hospital Dallas" (a place or branch added)
    return set(small) <= set(big) and (small[-1] == big[-1] or (len(small) >= 2 and big[:len(small)] == small))
