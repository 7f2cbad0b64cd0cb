"""Source names in canonical form: aliases, articles and titles dropped ("the AP" -> "Associated Press")."""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon.en.aliases import NEWS_OUTLETS, SOURCE_ALIASES
from ..lexicon.en.nickname_groups import is_first_name
from ..lexicon.en.speech import RELATIVE_PRONOUNS
from ..lexicon.en.names import (FIRST_NAME_GENDER, HONORIFICS, NAME_FUNCTION_WORDS, NAME_PARTICLES, NAME_SUFFIXES,
                                NEWS_OUTLET_WORDS, ORG_HEAD_WORDS, REFLEXIVE_PRONOUNS, SPEAKER_ROLE_NOUNS,
                                TITLE_ABBREVIATIONS, TITLE_WORDS, WEB_SUFFIXES)

_PAREN_RE = re.compile(r"\s*\([^)]*(?:\)|$)")  # "(R-Wis.)", and one a sentence split left open: "(CDC"
_TAG_RE = re.compile(r"^\S*\]")  # a page's bracketed tags glued to the name: "[LEAD][REPORT]President"
SPACE_RE = re.compile(r"\s+")


def _tidy(name: str) -> str:
    name = name.replace("\u2019", "'").replace("\u2018", "'")
    name = _PAREN_RE.sub("", name)
    name = _TAG_RE.sub("", name.strip())
    name = SPACE_RE.sub(" ", name).strip()
    name = name.strip(" ,;:.!?\"'\u201c\u201d-\u2014\u2013")
    if name.endswith(("'s", "'S")):
        name = name[:-2]
    elif name.endswith("'"):
        name = name[:-1]
    words = name.split(" ")
    while words and words[0].lower() in {"the", "a", "an"}:
        words = words[1:]
    if len(words) > 1 and words[-1].lower() in REFLEXIVE_PRONOUNS:  # "DeGeneres herself" is DeGeneres
        words = words[:-1]
    if words and WEB_SUFFIX_RE.search(words[-1]) and len(words[-1]) > 4:  # "EW.com" is the site of EW
        words[-1] = WEB_SUFFIX_RE.sub("", words[-1])
    return " ".join(words)


WEB_SUFFIX_RE = re.compile(r"(?i)(?:" + "|".join(re.escape(s) for s in WEB_SUFFIXES) + r")$")


def one_edit_apart(a: str, b: str) -> bool:
    """One letter added, dropped, changed, or two neighbours swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return a == b
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


TITLE_SLIP_MIN_LENGTH = 6  # a word this long one letter away from a title is the title misspelt ("Minster")
_LONG_TITLES = frozenset(w for w in TITLE_WORDS if len(w) >= TITLE_SLIP_MIN_LENGTH and w.isalpha())


def _title_slip(word: str) -> bool:
    """A title with a one-letter slip ("Prime Minster", "Chief Inspecter"), never a known first name."""
    low = word.lower()
    return (len(low) >= TITLE_SLIP_MIN_LENGTH and low not in FIRST_NAME_GENDER
            and any(one_edit_apart(low, t) for t in _LONG_TITLES))


def _is_name_word(word: str) -> bool:
    return bool(word) and (word[0].isupper() or word[0].isdigit()) and any(ch.isalpha() for ch in word)


def _case_fix(name: str) -> str:
    letters = [ch for ch in name if ch.isalpha()]
    if letters and all(ch.isupper() for ch in letters) and any(len(w) > 4 for w in name.split()):
        return " ".join(w if len(w) <= 3 else w.capitalize() for w in name.split())
    return name


_PERSON_OF_ORG_RE = re.compile(r"^(?P<person>[A-Z][\w'.\-]+(?: [A-Z][\w'.\-]+){1,3}),? (?:of|from|at) (?:the )?[A-Z].*$")


def _apposition(text: str) -> str | None:
    """The name in "Name, description" or "Title, Name": the first comma part that is a person's full
    name, else a leading part that is a name ("Jeju Air, the country's largest carrier" -> "Jeju Air")."""
    parts = [p.strip() for p in text.split(",") if p.strip()]
    if len(parts) < 2:
        return None
    canons = [canonical_source(p) for p in parts]
    for canon in canons:
        if len(canon.split()) >= 2 and looks_like_person(canon) and not names_office(canon):
            return canon
    first = canons[0]
    if first and first[0].isupper() and not names_office(first) and len(first.split()) >= 2:
        return first
    # one word described after it in lower case: "The Duke, still in jeans and a jumper" is the Duke
    if first and first[0].isupper() and len(first.split()) == 1 and all(p[:1].islower() for p in parts[1:]):
        return first
    return None


@lru_cache(maxsize=4096)
def canonical_source(name: str) -> str:
    """The canonical spelling of a source name.

    Aliases map to one name ("the AP" -> "Associated Press", "REUTERS" -> "Reuters"); a leading
    article and titles in front of a person's name are dropped ("US Attorney General Jeff Sessions"
    -> "Jeff Sessions", "Justice Department spokeswoman Sarah Isgur Flores" -> "Sarah Isgur Flores");
    organisations keep their words ("The Justice Department" -> "Justice Department").
    """
    text = _tidy(name)
    if not text:
        return ""
    alias = SOURCE_ALIASES.get(text.lower())
    if alias:
        return alias
    appositive = _apposition(text) if "," in text else None
    if appositive:
        return appositive  # "Mohsen Mansouri, the vice president" -> "Mohsen Mansouri"
    affiliated = _PERSON_OF_ORG_RE.match(text)
    if affiliated and looks_like_person(affiliated["person"]):
        return canonical_source(affiliated["person"])  # "Michael Silverman of the Boston Herald"
    words = text.split(" ")
    # the trailing run of capitalised words (particles inside it allowed: "Bill de Blasio")
    start = len(words)
    while start > 0 and (
        _is_name_word(words[start - 1])
        or (words[start - 1] in NAME_PARTICLES and 2 <= start < len(words) and _is_name_word(words[start - 2]))
    ):
        start -= 1
    run = words[start:]
    if not run:
        return _case_fix(text)
    if run[-1].lower().strip(".") in ORG_HEAD_WORDS or run[-1].lower() in ORG_HEAD_WORDS:
        if start == 0:
            alias = SOURCE_ALIASES.get(" ".join(run).lower())
            return alias or _case_fix(" ".join(run))
        return _case_fix(text)
    # strip titles: the name is what follows the last title word of the run
    cut = 0
    for i, word in enumerate(run):
        slip = 0 < i < len(run) - 2 and run[i - 1].lower() in TITLE_WORDS and _title_slip(word)
        if word.lower() in TITLE_WORDS and i < len(run) - 1 or slip:
            cut = i + 1  # a misspelt title after a title ("Prime Minster") goes too when a full name follows
    remainder = [w for w in run[cut:] if w]
    # drop a name suffix's effect on the check, keep it in the name
    core = [w for w in remainder if w.lower() not in NAME_SUFFIXES]
    if not core or all(w.lower() in TITLE_WORDS for w in core):
        return _case_fix(text)
    before = run[cut - 1] if cut > 0 else (words[start - 1] if start > 0 else None)
    if len(core) >= 2:
        if before is None or before.lower() not in NAME_FUNCTION_WORDS:
            return _case_fix(" ".join(remainder))
        return _case_fix(text)
    # a single word: only when a title or role word stands right before it ("Mr. Trump")
    if before is not None and before.lower() in HONORIFICS:
        return _case_fix(" ".join(remainder))
    return _case_fix(text)


def _particle(word: str) -> bool:
    low = word.lower()
    return low in NAME_PARTICLES or any(low.startswith(p + "-") and len(low) > len(p) + 2 for p in NAME_PARTICLES)


def looks_like_person(canon: str) -> bool:
    """Whether a canonical name could be a person's: capitalised words, no alias, organisation head or acronym."""
    words = canon.split()
    if not 1 <= len(words) <= 5:
        return False
    if canon.lower() in SOURCE_ALIASES:
        return False
    if words[-1].lower() in ORG_HEAD_WORDS:
        return False
    if any(not (w[0].isalpha() and w[0].isupper()) and not (i and _particle(w)) for i, w in enumerate(words)):
        return False  # capitalised words, but a particle after the first ("Mohammed al-Rashid", "Bill de Blasio")
    if all(w.lower() in TITLE_WORDS for w in words):
        return False
    if len(words) == 1 and words[0].isupper() and len(words[0]) <= 5:
        return False  # an acronym
    return True


def names_office(canon: str) -> bool:
    """Whether a source names an office rather than a person or body: its last word is a title
    ("Foreign Minister", "the company's CEO", "Coast Guard Cmdr"), unless it is a body "of" something
    ("Ministry of Justice")."""
    words = [w.lower().strip(".,'") for w in canon.replace("'s ", " ").split()]
    if not words or canon.lower() in SOURCE_ALIASES:
        return False
    last = canon.split()[-1].lower()
    if last not in TITLE_WORDS and last.strip(".") not in TITLE_WORDS or last in ORG_HEAD_WORDS:
        return False  # "the Senate" is a body
    if _surname_like_title(canon):
        return False
    return not any(w in ORG_HEAD_WORDS and nxt in NAME_FUNCTION_WORDS for w, nxt in zip(words, words[1:]))


def _surname_like_title(canon: str) -> bool:
    """ "Amrita Sen": a name whose surname is spelt like an abbreviated title ("Sen."), written after a first name
    with no stop, and no title or body word before it ("Coast Guard Cmdr" stays an office)."""
    *given, last = canon.split()
    return (bool(given) and last.lower() in TITLE_ABBREVIATIONS and last.isalpha() and last[0].isupper()
            and last[1:].islower() and (given[0].lower() in FIRST_NAME_GENDER or is_first_name(given[0])
                                        or all(w[:1].isupper() and w.lower() not in TITLE_WORDS | ORG_HEAD_WORDS
                                               for w in given)))


def is_news_outlet(canon: str) -> bool:
    """Whether a source is a news outlet ("Reuters", "Washington Post", "Mehr News Agency")."""
    words = canon.lower().replace("\u2019", "'").split()
    if not words:
        return False
    if canon.lower() in NEWS_OUTLETS or canon.lower().replace(" ", "-") in NEWS_OUTLETS:
        return True
    return words[-1] in NEWS_OUTLET_WORDS or "news" in words


_AFFILIATED_RE = re.compile(r"\b(?:of|for|at|from)\s+(?P<body>[^,;()]+)")


def affiliation(written: str, canon: str) -> str | None:
    """The body a named person speaks for, when the words give one whose last word makes it a body:
    "Jane Roe, medical director of the city ambulance service" -> "city ambulance service",
    "Eastshire Police chief constable Mark Lowe" -> "Eastshire Police"; "Health Minister Ann Vale" gives none."""
    words = canon.split()
    text = _tidy(written)
    at = text.find(words[0]) if words else -1
    if at < 0:
        return None
    after = text[at + len(canon):] if text[at:].startswith(canon) else ""
    candidates = []
    match = _AFFILIATED_RE.search(after)
    if match:
        candidates.append(match["body"])
    before = [w for w in text[:at].replace(",", " ").split() if w.lower() not in {"the", "a", "an", "and", "&"}]
    while before and (before[-1].lower() in TITLE_WORDS or before[-1].lower().strip(".") in TITLE_WORDS
                      or before[-1].lower() in SPEAKER_ROLE_NOUNS | {"member"}):  # "NTSB board member X"
        before.pop()
    candidates.append(" ".join(before))
    for body in candidates:
        body = body.strip(" .")
        head = body.split()[-1].lower() if body else ""
        if head in ORG_HEAD_WORDS or head.rstrip("s") in ORG_HEAD_WORDS:
            return body
    return None


def description(written: str, canon: str) -> str:
    """The words that say who a named source is, the name left out: "County Fire Marshal Dana Ortiz" -> "County Fire
    Marshal", "David Ratcliffe, medical director of the ambulance service" -> "medical director of the ambulance
    service"; empty when the name stands alone ("Ortiz") or is not written as it reads canonically."""
    text = _tidy(written)
    at = text.find(canon) if canon else -1
    if at < 0:
        return ""
    rest = f"{text[:at]} {text[at + len(canon):]}".replace(",", " ").split()
    # an age ("Mike Dunstan, 44,") and a relative clause ("who drove overnight from Leeds") tell no office
    clause = next((k for k, w in enumerate(rest) if w.lower() in RELATIVE_PRONOUNS), len(rest))
    return " ".join(w.strip(".;:") for w in rest[:clause] if w.lower() not in {"the", "a", "an"} and w.strip(".;:")
                    and not w.strip(".;:").isdigit())


def described_kind(written: str) -> str | None:
    """The kind a source is described by when written as "the" and words in lower case only ("the council" ->
    "council", "the autopsy" -> "autopsy"), else None ("Kessford council", "the BBC")."""
    words = [w for w in written.replace("\u2019", "'").split() if any(c.isalpha() for c in w)]
    if len(words) >= 2 and words[0].lower() == "the" and all(w.islower() for w in words[1:]):
        return words[-1]
    return None

