"""Attribution facet: who each sentence credits (speaker or relay), by dependency rules with cross-sentence context."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Iterable, Sequence

from ..core.types import Facet, FacetKind
from .lexicon.en.names import NAME_PARTICLES
from .nlp import ents_of, span_text, text_of, tokens_of

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token

__all__ = [
    "extract_attributions",
    "canonical_source",
    "same_source",
    "SPEECH_VERBS",
    "CONTENT_VERBS",
    "NOUN_CUES",
    "RELAY_CUES",
    "SOURCE_ALIASES",
    "NICKNAMES",
    "PRONOUN_SOURCES",
]

# --------------------------------------------------------------------------------------------
# Word lists and tables
# --------------------------------------------------------------------------------------------

#: Verb lemmas that attribute whatever their subject is credited with (speech, report, stance).
SPEECH_VERBS: frozenset[str] = frozenset(
    """
    say tell report state add claim allege accuse deny confirm announce warn write testify insist
    comment argue note explain acknowledge admit assert declare contend maintain respond reply
    tweet predict promise pledge vow urge criticize criticise blast slam praise complain concede
    recall reveal estimate mention remark stress emphasize emphasise boast counter dispute
    charge demand threaten caution speculate cite quote echo inform assure reiterate
    describe lament retort yell shout tout observe brag decry denounce
    condemn attack question ask call
    """.split()
)

#: Speech-verb lemmas that only count with a clausal or quoted content (they are often not speech).
CONTENT_VERBS: frozenset[str] = frozenset(
    """
    add explain suggest find show believe think agree indicate point recall question ask conclude
    estimate observe predict hope expect feel fear worry continue
    """.split()
)

#: Content verbs whose content must be a clause or a quotation, never an infinitive ("continued to rise").
QUOTE_ONLY_VERBS: frozenset[str] = frozenset({"continue"})

#: Verbs accepted only when CONTENT_VERBS-style content is present (not in SPEECH_VERBS).
_CONTENT_ONLY: frozenset[str] = CONTENT_VERBS - SPEECH_VERBS

#: Noun lemmas that carry an attribution when their owner is named ("X's report that ...").
NOUN_CUES: frozenset[str] = frozenset(
    """
    report statement allegation claim announcement testimony assertion accusation remark comment
    tweet warning denial admission
    """.split()
)

#: Cues that pass on someone else's words when another source speaks in the same clause.
RELAY_CUES: frozenset[str] = frozenset({"according to", "report", "quote", "cite"})

#: Passive cue lemmas that make "It was reported that ..." an unattributed claim.
UNATTRIBUTED_VERBS: frozenset[str] = frozenset(
    {"report", "say", "allege", "claim", "rumor", "rumour", "believe", "announce", "reveal", "understand"}
)

#: Adverbs that hedge a claim without a source.
UNATTRIBUTED_ADVERBS: dict[str, str] = {"reportedly": "report"}

#: Lower-cased spellings of well-known sources -> canonical name.
SOURCE_ALIASES: dict[str, str] = {
    "ap": "Associated Press",
    "a.p.": "Associated Press",
    "associated press": "Associated Press",
    "the associated press": "Associated Press",
    "reuters": "Reuters",
    "thomson reuters": "Reuters",
    "afp": "Agence France-Presse",
    "agence france-presse": "Agence France-Presse",
    "agence france presse": "Agence France-Presse",
    "upi": "United Press International",
    "united press international": "United Press International",
    "bbc": "BBC",
    "cnn": "CNN",
    "nyt": "New York Times",
    "new york times": "New York Times",
    "wapo": "Washington Post",
    "washington post": "Washington Post",
    "wsj": "Wall Street Journal",
    "wall street journal": "Wall Street Journal",
    "doj": "Justice Department",
    "department of justice": "Justice Department",
    "justice department": "Justice Department",
    "u.s. justice department": "Justice Department",
    "us justice department": "Justice Department",
    "fbi": "FBI",
    "federal bureau of investigation": "FBI",
    "cia": "CIA",
    "central intelligence agency": "CIA",
}

#: Nickname groups: every spelling in a group is compatible with every other.
NICKNAMES: tuple[frozenset[str], ...] = tuple(
    frozenset(group.split())
    for group in (
        "robert bob bobby rob robbie bert",
        "william bill billy will willie liam",
        "james jim jimmy jamie",
        "michael mike mickey mick",
        "jefferson jeffrey jeff geoffrey geoff",
        "thomas tom tommy",
        "richard rick dick richie rich",
        "john jack johnny jon",
        "joseph joe joey",
        "charles charlie chuck",
        "edward ed eddie ted ned",
        "theodore ted teddy",
        "elizabeth liz beth betsy betty eliza lizzie",
        "katherine catherine kathy cathy kate katie",
        "margaret maggie meg peggy",
        "patricia pat patty trish",
        "jennifer jen jenny",
        "daniel dan danny",
        "david dave davy",
        "christopher chris",
        "anthony tony",
        "nicholas nick",
        "steven stephen steve",
        "andrew andy drew",
        "benjamin ben benny",
        "samuel sam sammy",
        "alexander alex",
        "gregory greg",
        "matthew matt",
        "timothy tim",
        "kenneth ken kenny",
        "ronald ron ronnie",
        "donald don donnie",
        "lawrence larry",
        "harold harry hal",
        "henry hank harry",
        "frederick fred freddie",
        "francis frank",
        "peter pete",
        "susan sue suzy",
        "deborah debbie deb",
        "teresa theresa terry tess",
        "terence terrence terry",
        "victoria vicky",
        "albert al",
        "allen alan al",
        "abraham abe",
        "mitchell mitch",
        "newton newt",
    )
)

#: Source words as written that are pronouns (resolved from context when possible).
PRONOUN_SOURCES: frozenset[str] = frozenset(
    {"he", "she", "they", "it", "i", "we", "you", "his", "her", "their", "its", "him", "them"}
)
_MALE_PRONOUNS = frozenset({"he", "his", "him"})
_FEMALE_PRONOUNS = frozenset({"she", "her"})
_PLURAL_PRONOUNS = frozenset({"they", "their", "them"})
_RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom", "whose"})

#: Titles and role words stripped in front of a person's name.
TITLE_WORDS: frozenset[str] = frozenset(
    """
    mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sen sen. senator rep rep. representative
    representatives congressman congresswoman congressmember gov gov. governor lt lt. gov
    president vice vice-president attorney general secretary leader speaker minister prime chief
    director ambassador judge justice chairman chairwoman chair chairperson spokesman spokeswoman
    spokesperson press former acting deputy majority minority whip mayor commissioner sheriff
    officer professor coach ceo executive founder chancellor king queen prince princess pope
    candidate nominee adviser advisor aide manager strategist analyst economist pollster
    correspondent reporter editor anchor host columnist author lawyer attorney counsel
    gen gen. general col col. colonel maj maj. major sgt sgt. capt capt. captain adm adm. admiral
    rev rev. reverend father sister brother retired st. saint sir dame lord lady
    us u.s. u.s us. usa uk u.k. house senate white democratic democrat republican
    gop state federal national campaign administration department
    russian american british chinese french german mexican canadian iranian israeli syrian
    iraqi turkish ukrainian indian japanese korean saudi
    top senior vice-presidential presidential
    """.split()
)

#: Honorific/role words that, right before a single name, mark it as a person ("Mr. Trump").
_HONORIFICS: frozenset[str] = frozenset(
    """
    mr mr. mrs mrs. ms ms. miss dr dr. sen sen. senator rep rep. gov gov. governor president
    secretary speaker leader minister ambassador judge justice chairman chairwoman spokesman
    spokeswoman spokesperson mayor general gen gen. col. lt. maj. sgt. capt. adm. rev. reverend
    director attorney candidate nominee manager adviser advisor aide professor prof. coach
    congressman congresswoman commissioner sheriff officer chief
    """.split()
)

#: Last words that make a name an organisation (never strip titles in front of these).
ORG_HEAD_WORDS: frozenset[str] = frozenset(
    """
    department ministry office agency committee commission bureau council party campaign
    administration government company corporation corp corp. inc inc. llc ltd group association
    institute foundation center centre university college school court house senate congress
    post times journal news press observer tribune herald telegraph guardian gazette review
    chronicle network magazine daily weekly radio television tv channel
    service services board bank fund union organization organisation motors
    """.split()
)

#: Words that do not tell two organisations apart ("Justice Department" ~ "Department of Justice").
GENERIC_ORG_WORDS: frozenset[str] = frozenset(
    """
    the of for and on in at a an to department ministry office agency committee commission bureau
    council administration government us u.s. u.s usa united states national federal state
    inc inc. corp corp. co co. llc ltd company
    """.split()
)

#: Lower-case words that may sit inside a name ("Bill de Blasio", "Diario del Ebro").

#: Person-name suffixes ignored when comparing names.
_NAME_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})

#: A modest first-name -> gender table used to keep "she" off a man and "he" off a woman.
FIRST_NAME_GENDER: dict[str, str] = {
    **{n: "m" for n in """
        jeff jefferson jeffrey donald mike michael bob robert bill william jim james tom thomas
        john jack joe joseph barack bernie ted paul mitch chuck charles sergei vladimir george
        richard rick dick steve steven stephen david dan daniel mark chris christopher tim
        timothy kevin brian eric jason josh joshua ryan peter matt matthew andrew gary larry
        rudy rudolph newt marco rand reince sean corey mitt jeb
        ben benjamin sam samuel frank henry harry ron ronald scott keith kenneth ken greg
        gregory anthony tony nick nicholas adam alan allen al roger gerald jerry howard bruce
        """.split()},
    **{n: "f" for n in """
        nancy hillary sarah sara elizabeth liz michelle kellyanne jill hope huma donna debbie
        deborah karen susan sue mary patricia linda barbara jennifer jessica maria lisa amy
        anna angela laura emily rachel kate katherine catherine margaret dianne diane kamala
        sheryl loretta condoleezza madeleine theresa teresa angela marine ivanka melania
        chelsea tulsi nikki sally samantha janet carly jane julia julie ann anne helen
        """.split()},
}
_FEMALE_WORDS = frozenset(
    {"mrs", "mrs.", "ms", "ms.", "miss", "spokeswoman", "congresswoman", "chairwoman", "businesswoman",
     "queen", "princess", "lady", "dame", "sister", "wife", "mother", "daughter", "woman"}
)
_MALE_WORDS = frozenset(
    {"mr", "mr.", "spokesman", "congressman", "chairman", "businessman", "king", "prince", "lord",
     "sir", "father", "brother", "husband", "son", "man"}
)

#: Tokens spaCy tags PERSON that are not people (month and weekday abbreviations).
_NOT_PERSON = frozenset(
    "jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun".split()
)

#: Sentences a quotation may run on without any quotation mark before it is taken as unbalanced.
_MAX_QUIET_SENTENCES = 4
_DASHES = frozenset({"\u2015", "\u2014", "--"})
_QUOTE_CHARS = "\u201c\u201d\""
_QUOTE_OPEN = "\u201c"
_QUOTE_CLOSE = "\u201d"
_QUOTE_BOTH = '"'
#: First characters of every token `_quote_flags` reads as a quotation mark.
_QUOTE_MARK_STARTS = frozenset({_QUOTE_OPEN, _QUOTE_CLOSE, _QUOTE_BOTH, "'", "`"})
#: Lemmas of the word cues `_find_hits` looks for.
_CUE_LEMMAS = frozenset(UNATTRIBUTED_ADVERBS) | SPEECH_VERBS | _CONTENT_ONLY | NOUN_CUES
#: First characters of its sign cues: a colon, a dash (also glued to a closing quotation mark).
_SIGN_CUE_STARTS = frozenset({":", *(dash[0] for dash in _DASHES), *_QUOTE_CHARS})
#: A letter or digit (what `str.isalnum` accepts).
_ALNUM_RE = re.compile(r"[^\W_]")
_PREPOSITIONS = frozenset(
    "of for at in from with by on to about into over under and or the a an".split()
)
_LINK_DEPS = frozenset({"ccomp", "conj", "parataxis", "advcl", "xcomp"})
_PAREN_RE = re.compile(r"\s*\([^)]*\)")
_SPACE_RE = re.compile(r"\s+")
_SPACE_OR_HYPHEN_RE = re.compile(r"[\s\-]+")


# --------------------------------------------------------------------------------------------
# Names: canonical form and comparison
# --------------------------------------------------------------------------------------------


def _tidy(name: str) -> str:
    name = name.replace("\u2019", "'").replace("\u2018", "'")
    name = _PAREN_RE.sub("", name)
    name = _SPACE_RE.sub(" ", name).strip()
    name = name.strip(" ,;:.!?\"'\u201c\u201d-\u2014\u2013")
    if name.endswith(("'s", "'S")):
        name = name[:-2]
    elif name.endswith("'"):
        name = name[:-1]
    words = name.split(" ")
    while words and words[0].lower() in {"the", "a", "an"}:
        words = words[1:]
    return " ".join(words)


def _is_name_word(word: str) -> bool:
    return bool(word) and (word[0].isupper() or word[0].isdigit()) and any(ch.isalpha() for ch in word)


def _case_fix(name: str) -> str:
    letters = [ch for ch in name if ch.isalpha()]
    if letters and all(ch.isupper() for ch in letters) and any(len(w) > 4 for w in name.split()):
        return " ".join(w if len(w) <= 3 else w.capitalize() for w in name.split())
    return name


_PERSON_OF_ORG_RE = re.compile(r"^(?P<person>[A-Z][\w'.\-]+(?: [A-Z][\w'.\-]+){1,3}),? (?:of|from|at) (?:the )?[A-Z].*$")


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
    affiliated = _PERSON_OF_ORG_RE.match(text)
    if affiliated and _looks_like_person(affiliated["person"]):
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
        if word.lower() in TITLE_WORDS and i < len(run) - 1:
            cut = i + 1
    remainder = [w for w in run[cut:] if w]
    # drop a name suffix's effect on the check, keep it in the name
    core = [w for w in remainder if w.lower() not in _NAME_SUFFIXES]
    if not core or all(w.lower() in TITLE_WORDS for w in core):
        return _case_fix(text)
    before = run[cut - 1] if cut > 0 else (words[start - 1] if start > 0 else None)
    if len(core) >= 2:
        if before is None or before.lower() not in _PREPOSITIONS:
            return _case_fix(" ".join(remainder))
        return _case_fix(text)
    # a single word: only when a title or role word stands right before it ("Mr. Trump")
    if before is not None and before.lower() in _HONORIFICS:
        return _case_fix(" ".join(remainder))
    return _case_fix(text)


def _name_words(name: str) -> list[str]:
    return [w for w in _SPACE_RE.split(name.lower()) if w]


def _looks_like_person(canon: str) -> bool:
    words = canon.split()
    if not 1 <= len(words) <= 5:
        return False
    if canon.lower() in SOURCE_ALIASES:
        return False
    if words[-1].lower() in ORG_HEAD_WORDS:
        return False
    if any(not (w[0].isalpha() and w[0].isupper()) for w in words):
        return False
    if all(w.lower() in TITLE_WORDS for w in words):
        return False
    if len(words) == 1 and words[0].isupper() and len(words[0]) <= 5:
        return False  # an acronym
    return True


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
    words = [w for w in canon.split() if w.lower() not in _NAME_SUFFIXES]
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
    out.add("".join(w[0] for w in words if w.lower() not in _PREPOSITIONS).lower())
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
    if _looks_like_person(ca) and _looks_like_person(cb) and (len(wa) > 1 or len(wb) > 1):
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


# --------------------------------------------------------------------------------------------
# Extraction: cue rules within one sentence
# --------------------------------------------------------------------------------------------


@dataclass
class _Hit:
    """One attribution found in a sentence (token indices into that sentence's Doc)."""

    cue: str
    cue_tok: "Token"
    source_tok: "Token | None"  # head token of the source phrase
    span: tuple[int, int]  # token range [start, end) of the source as written
    unattributed: bool = False
    role: str = "speaker"
    source: str | None = None
    resolved_from: str | None = None
    inherited: bool = False
    cue_len: int = 1  # tokens in the cue ("according to" = 2)


def _quote_flags(doc: "Doc", inside: bool) -> tuple[list[bool], bool, bool]:
    """Per token: inside double quotation marks? Also the state after the sentence and whether a mark was seen.

    Curly marks say which way they go; a straight mark follows spaCy's tag (`` opens, '' closes).
    Single quotation marks are ignored (they double as apostrophes).
    """
    if not any(mark in text_of(doc) for mark in _QUOTE_MARK_STARTS):
        return [inside] * len(doc), inside, False  # no mark in the sentence (the usual case)
    flags: list[bool] = []
    seen = False
    for tok in tokens_of(doc):
        text = tok.text
        if text[:1] not in _QUOTE_MARK_STARTS:
            flags.append(inside)
        elif len(text) > 1 and text[0] in (_QUOTE_CLOSE, _QUOTE_BOTH) and text[1] in "".join(_DASHES):
            flags.append(True)
            inside, seen = False, True
        elif text in (_QUOTE_OPEN, "``") or (text in (_QUOTE_BOTH, "''") and tok.tag_ == "``"):
            inside, seen = True, True
            flags.append(True)
        elif text in (_QUOTE_CLOSE, "''") or (text == _QUOTE_BOTH and tok.tag_ == "''"):
            flags.append(True)
            inside, seen = False, True
        elif text == _QUOTE_BOTH:
            inside, seen = not inside, True
            flags.append(True)
        else:
            flags.append(inside)
    return flags, inside, seen


def _is_passive(verb: "Token") -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _has_content(verb: "Token") -> bool:
    """Whether a verb has something said: a clause, a quotation or colon next to it, or it is lifted out of one."""
    quote_only = verb.lemma_.lower() in QUOTE_ONLY_VERBS
    clause = ("ccomp", "parataxis") if quote_only else ("ccomp", "parataxis", "xcomp")
    if any(c.dep_ in clause for c in verb.children) or verb.dep_ == "parataxis":
        return True
    doc = verb.doc
    tokens = tokens_of(doc)
    after = verb.i + 1
    while after < len(doc) and (tokens[after].text in (",", ":") or tokens[after].is_space):
        if tokens[after].text == ":":
            return True  # "Limbaugh added:" with the words after the colon
        after += 1
    if after < len(doc) and tokens[after].is_quote:
        return True
    # '"...," Graham asked.': a closing quotation mark right before the subject and verb
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    first = min([verb.i] + [t.left_edge.i for t in subj])
    before = first - 1
    while before >= 0 and (tokens[before].text in (",", ".", "?", "!") or tokens[before].is_space):
        before -= 1
    return before >= 0 and tokens[before].is_quote


def _pick_subject(cands: list["Token"], verb: "Token", quoted: list[bool]) -> "Token | None":
    """Of a verb's subjects, the one outside quotation marks (the quoted clause's own subject is not the speaker)."""
    if not cands:
        return None
    if not quoted[verb.i]:
        outside = [c for c in cands if not quoted[c.i]]
        if not outside:
            return None
        cands = outside
    return min(cands, key=lambda c: abs(c.i - verb.i))


def _subject_of(verb: "Token", quoted: list[bool], depth: int = 0) -> "Token | None":
    """The logical subject of a verb: its nsubj, or a controlling/coordinated verb's subject."""
    own = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    if own:
        return _pick_subject(own, verb, quoted)
    head = verb.head
    if depth > 3 or head.i == verb.i:
        return _inverted_subject(verb, quoted) or _trailing_subject(verb, quoted)
    if verb.dep_ == "xcomp" or (verb.dep_ in ("advcl", "conj") and verb.tag_ == "VBG"):
        subj = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj:
            return _pick_subject(subj, head, quoted)
        return _subject_of(head, quoted, depth + 1) if head.pos_ in ("VERB", "AUX") else None
    if verb.dep_ == "conj" and head.pos_ in ("VERB", "AUX") and not _is_passive(verb):
        return _subject_of(head, quoted, depth + 1)
    if verb.dep_ == "pcomp" and head.lower_ == "as" and _is_passive(head.head):
        subj = [c for c in head.head.children if c.dep_ == "nsubjpass"]
        return _pick_subject(subj, head.head, quoted)
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
        # "began by saying ...", "after saying ..., she was whisked off"
        governor = head.head
        subj = [c for c in governor.children if c.dep_ in ("nsubj", "nsubjpass")]
        return _pick_subject(subj, governor, quoted) if subj else _subject_of(governor, quoted, depth + 1)
    return _inverted_subject(verb, quoted) or _trailing_subject(verb, quoted)


def _trailing_subject(verb: "Token", quoted: list[bool]) -> "Token | None":
    """'..., the regional newspaper Diario del Ebro reported.' when spaCy hangs the subject on the clause before.

    The noun phrase between the last comma and the verb, when the verb reports a clause on its left.
    """
    doc = verb.doc
    tokens = tokens_of(doc)
    if verb.i < 2 or not any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children):
        return None
    comma = verb.i - 1
    while comma >= 0 and tokens[comma].text != ",":
        comma -= 1
    if comma < 0 or verb.i - comma < 2 or quoted[verb.i - 1]:
        return None
    tok = tokens[verb.i - 1]
    if tok.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    while comma < tok.head.i < verb.i and tok.head.i != tok.i:
        tok = tok.head
    if any(t.i <= comma or t.i >= verb.i for t in tok.subtree):
        return None
    return tok


def _inverted_subject(verb: "Token", quoted: list[bool]) -> "Token | None":
    """'..., said Obama' parsed with Obama as an object: a name right after a verb that follows a quotation."""
    if verb.i == 0 or not any(quoted[: verb.i]):
        return None
    for c in verb.children:
        if c.i == verb.i + 1 and c.dep_ in ("dobj", "attr", "npadvmod", "dep", "oprd") and c.pos_ in ("PROPN", "NOUN"):
            if not quoted[c.i]:
                return c
    return None


def _agent_of(verb: "Token") -> "Token | None":
    """The 'by X' agent of a passive verb (also when spaCy hangs 'by' on a participle below it)."""
    for v in [verb] + [c for c in verb.children if c.dep_ in ("xcomp", "advcl", "pcomp")]:
        for c in v.children:
            if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by"):
                for p in c.children:
                    if p.dep_ == "pobj":
                        return p
    return None


def _phrase_range(head: "Token", full: bool = True) -> tuple[int, int]:
    """Token range of the phrase headed by `head`, never its clauses: with appositions (`full`) or without."""
    if head.pos_ == "PRON":
        return head.i, head.i + 1
    drop: set[int] = set()
    doc = head.doc
    tokens = tokens_of(doc)
    for c in head.children:
        if c.dep_ in ("relcl", "acl", "advcl", "parataxis", "ccomp", "xcomp"):
            drop.update(t.i for t in c.subtree)  # a clause describes the source; it is never its name
        elif c.dep_ == "appos" and not full and c.left_edge.i > 0 and tokens[c.left_edge.i - 1].text in (",", "("):
            drop.update(t.i for t in c.subtree)  # "Flynn, a top Trump surrogate," (not "consumer group OCU")
        elif c.dep_ == "case" and c.i > head.i:
            drop.update(t.i for t in c.subtree)  # possessive 's
    kept = {t.i for t in head.subtree} - drop
    lo = hi = head.i
    while lo - 1 in kept:
        lo -= 1
    while hi + 1 in kept:
        hi += 1
    while lo < hi and (tokens[lo].is_punct or tokens[lo].is_space or tokens[lo].dep_ == "cc"):
        lo += 1
    while hi > lo and (tokens[hi].is_punct or tokens[hi].is_space or tokens[hi].dep_ == "cc"):
        if tokens[hi].text == ")" and any(tokens[k].text == "(" for k in range(lo, hi)):
            break
        hi -= 1
    return lo, hi + 1


def _name_range(tok: "Token") -> tuple[int, int]:
    """The proper name a compound modifier belongs to: "Washington Post" in "a Washington Post report"."""
    doc = tok.doc
    tokens = tokens_of(doc)
    lo = tok.i
    while lo - 1 >= 0 and tokens[lo - 1].pos_ == "PROPN" and tokens[lo - 1].dep_ in ("compound", "nmod"):
        lo -= 1
    return lo, tok.i + 1


def _has_clause(noun: "Token") -> bool:
    return any(c.dep_ in ("acl", "relcl", "ccomp") for c in noun.children)


def _noun_owner(noun: "Token") -> "tuple[Token, tuple[int, int]] | None":
    """Who owns a noun cue: "X's report", "a Washington Post report", "a statement by/from X"."""
    for c in noun.children:
        if c.dep_ == "poss":
            return c, _phrase_range(c)
    propn = [c for c in noun.children if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" and c.i < noun.i]
    if propn and not any(t.ent_type_ in ("GPE", "NORP", "DATE") for t in propn):
        return propn[-1], _name_range(propn[-1])
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in ("by", "from"):
            for p in c.children:
                if p.dep_ == "pobj":
                    return p, _phrase_range(p)
    return None


def _call_is_cue(tok: "Token") -> bool:
    """'call' attributes when it calls for/on something or calls someone something."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("for", "on"):
            return True
        if c.dep_ in ("oprd", "ccomp"):
            return True
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children):
            return True
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    if not objects:
        return False
    # "called the plan a ploy" / 'called the remarks "a wake-up call"'
    named = [g for o in objects for g in o.subtree if g.dep_ in ("appos", "oprd")]
    return bool(named) or any(t.is_quote for t in tokens_of(tok.doc)[objects[0].i + 1 :])


def _tell_is_cue(tok: "Token") -> bool:
    """'tell' attributes with a clause, a quotation or a hearer ("told reporters"), not "tells the truth"."""
    for c in tok.children:
        if c.dep_ == "dative" or (c.dep_ == "dobj" and c.tag_ in ("PRP", "NNP", "NNPS", "NNS")):
            return True
    return _has_content(tok)


def _is_imperative(tok: "Token") -> bool:
    return (
        tok.tag_ == "VB"
        and tok.dep_ in ("ROOT",)
        and not any(c.dep_ in ("aux", "auxpass", "neg") for c in tok.children)
    )


def _verb_hits(doc: "Doc", tok: "Token", quoted: list[bool]) -> list[_Hit]:
    lemma = tok.lemma_.lower()
    if lemma in CONTENT_VERBS and not _has_content(tok):
        return []
    if (lemma == "call" and not _call_is_cue(tok)) or (lemma == "tell" and not _tell_is_cue(tok)):
        return []
    if tok.dep_ in ("amod", "compound") or _is_imperative(tok):
        return []
    if _is_passive(tok):
        agent = _agent_of(tok)
        subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        if lemma == "quote" and subj is not None:
            say = next((c for c in tok.children if c.dep_ in ("xcomp", "advcl") and c.lemma_ == "say"), None)
            cue, cue_tok = ("say", say) if say is not None else ("quote", tok)
            out = [_Hit(cue, cue_tok, subj, _phrase_range(subj))]
            if agent is not None:
                out.append(_Hit("quote", tok, agent, _phrase_range(agent), role="relay"))
            return out
        if agent is not None:
            return [_Hit(lemma, tok, agent, _phrase_range(agent))]
        expletive = subj is None or subj.lower_ == "it"
        if (
            lemma in UNATTRIBUTED_VERBS
            and (expletive or any(c.dep_ == "xcomp" for c in tok.children))
            and any(c.dep_ in ("ccomp", "xcomp") for c in tok.children)
        ):
            lo = min([tok.i] + [c.i for c in tok.children if c.dep_ == "auxpass"])
            if subj is not None and subj.lower_ == "it":
                lo = min(lo, subj.i)
            return [_Hit(lemma, tok, None, (lo, tok.i + 1), unattributed=True)]
        return []
    if tok.dep_ in ("xcomp", "advcl") and tok.head.lemma_.lower() == "quote" and _is_passive(tok.head):
        return []  # "X is quoted saying": handled with the passive verb
    subj = _subject_of(tok, quoted)
    if subj is None:
        return []
    span = _phrase_range(subj)
    # a dateline parsed into the subject: "WASHINGTON -- President Obama, ..., said"
    if subj.i == 0 and subj.ent_type_ == "GPE" and len(doc) > 2 and tokens_of(doc)[1].text in _DASHES | {"-", ":"}:
        appos = [c for c in subj.children if c.dep_ == "appos"]
        if not appos:
            return []
        subj = appos[0]
        span = (max(2, _phrase_range(subj)[0]), _phrase_range(subj)[1])
    return [_Hit(lemma, tok, subj, span)]


def _according_hit(doc: "Doc", tok: "Token") -> _Hit | None:
    """'according to X' (X may be a noun cue with an owner: 'according to a Washington Post report')."""
    tokens = tokens_of(doc)
    to = tokens[tok.i + 1]
    for p in to.children:
        if p.dep_ != "pobj":
            continue
        if p.lemma_.lower() in NOUN_CUES:
            owner = _noun_owner(p)
            if owner is not None:
                return _Hit("according to", tok, owner[0], owner[1], cue_len=2)
        return _Hit("according to", tok, p, _phrase_range(p), cue_len=2)
    return None


def _dash_hit(doc: "Doc", tok: "Token") -> _Hit | None:
    """'"..." ― Name': a quotation signed with a dash."""
    tokens = tokens_of(doc)
    prev = tok.i - 1
    while prev >= 0 and tokens[prev].is_space:
        prev -= 1
    signed = tok.text[0] in _QUOTE_CHARS or prev < 0 or tokens[prev].is_quote or (prev == 0 and tokens[0].is_punct)
    if not signed or tok.i + 1 >= len(doc):
        return None
    end = tok.i + 1
    while end < len(doc) and tokens[end].pos_ == "PROPN":
        end += 1
    if end == tok.i + 1:
        return None
    return _Hit("quote", tok, tokens[end - 1], (tok.i + 1, end))


def _is_dash(tok: "Token") -> bool:
    """A dash token, also glued to a closing quotation mark ('”―')."""
    text = tok.text
    return text in _DASHES or (len(text) == 2 and text[0] in _QUOTE_CHARS and text[1:] in _DASHES)


def _colon_hit(doc: "Doc", tok: "Token", surnames: set[str]) -> _Hit | None:
    """'PENCE: Well, ...': a transcript line (a person's name, then a colon, at the start)."""
    tokens = tokens_of(doc)
    start = 1 if tokens[0].is_quote else 0
    if tok.i - start < 1 or tok.i - start > 3 or tok.i + 1 >= len(doc):
        return None
    words = tokens[start : tok.i]
    if not all(t.pos_ == "PROPN" or t.text.isupper() for t in words):
        return None
    if any(t.ent_type_ in ("GPE", "DATE", "LOC", "NORP") and t.lower_ not in surnames for t in words):
        return None
    if not (any(t.ent_type_ == "PERSON" for t in words) or words[-1].lower_ in surnames):
        return None
    return _Hit("say", tok, words[-1], (start, tok.i))


def _find_hits(doc: "Doc", quoted: list[bool], surnames: set[str]) -> list[_Hit]:
    """All attributions stated in one sentence (sources still as written)."""
    tokens = tokens_of(doc)
    hits: list[_Hit] = []
    seen: set[tuple[int, int]] = set()
    for tok in tokens:
        lemma = tok.lemma_.lower()
        if lemma not in _CUE_LEMMAS and tok.lower_ != "according" and tok.text[:1] not in _SIGN_CUE_STARTS:
            continue  # not a cue (the usual case)
        found: list[_Hit] = []
        if quoted[tok.i] and not tok.is_quote and tok.text != ":" and not _is_dash(tok):
            continue  # a cue inside a quotation belongs to the quoted speaker's words
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and tokens[tok.i + 1].lower_ == "to":
            hit = _according_hit(doc, tok)
            found = [hit] if hit else []
        elif lemma in UNATTRIBUTED_ADVERBS and tok.pos_ == "ADV":
            found = [_Hit(UNATTRIBUTED_ADVERBS[lemma], tok, None, (tok.i, tok.i + 1), unattributed=True)]
        elif tok.pos_ == "VERB" and (lemma in SPEECH_VERBS or lemma in _CONTENT_ONLY):
            found = _verb_hits(doc, tok, quoted)
        elif tok.pos_ == "NOUN" and lemma in NOUN_CUES and _has_clause(tok):
            if not (tok.dep_ == "pobj" and tok.head.head.lower_ == "according"):
                owner = _noun_owner(tok)
                found = [_Hit(lemma, tok, owner[0], owner[1])] if owner else []
        elif _is_dash(tok):
            hit = _dash_hit(doc, tok)
            found = [hit] if hit else []
        elif tok.text == ":":
            hit = _colon_hit(doc, tok, surnames)
            found = [hit] if hit else []
        for hit in found:
            _prefer_name(hit)
            key = (hit.cue_tok.i, hit.span[0])
            if key not in seen:
                seen.add(key)
                hits.append(hit)
    return hits


def _prefer_name(hit: _Hit) -> None:
    """A description with a name in apposition is credited to the name: "the regional newspaper Diario del Ebro"
    and "Trump's first national security adviser, Michael Flynn," are written as the name."""
    head = hit.source_tok
    if head is None or head.pos_ != "NOUN":
        return
    lo, hi = hit.span
    appos = [c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN" and lo <= c.i < hi]
    if appos:
        hit.source_tok = appos[0]
        hit.span = _phrase_range(appos[0], full=False)


def _path_links(upper: "Token", lower: "Token") -> bool:
    """Whether `lower` hangs under `upper` through clause links only (ccomp, conj, advcl, 'according')."""
    tok, steps = lower, 0
    while tok.i != upper.i:
        if tok.head.i == tok.i or steps > 6:
            return False
        if tok.dep_ not in _LINK_DEPS and not (tok.dep_ == "prep" and tok.lower_ == "according"):
            return False
        tok, steps = tok.head, steps + 1
    return True


def _mark_relays(hits: list[_Hit]) -> None:
    """A relay cue (according to, report, quote) tied to another source's cue passes that source on."""
    named = [h for h in hits if not h.unattributed and h.source_tok is not None]
    for r in named:
        if r.role == "relay" or r.cue not in RELAY_CUES:
            continue
        for s in named:
            if s is r or s.role == "relay" or s.source_tok.i == r.source_tok.i:
                continue
            if s.source and r.source and same_source(s.source, r.source):
                continue
            if _path_links(r.cue_tok, s.cue_tok) or _path_links(s.cue_tok, r.cue_tok):
                r.role = "relay"
                break


# --------------------------------------------------------------------------------------------
# Extraction: context across sentences
# --------------------------------------------------------------------------------------------


@dataclass
class _Mention:
    """A named source or subject seen earlier in the document."""

    canon: str
    person: bool
    plural: bool
    gender: str | None
    speaker: bool


@dataclass
class _Context:
    """What the document has named so far."""

    surnames: set[str] = field(default_factory=set)  # last words of PERSON names in the document
    genders: dict[str, str] = field(default_factory=dict)  # surname -> "m" | "f"
    names: list[str] = field(default_factory=list)  # canonical names, in order (for short forms)
    subjects: list[_Mention] = field(default_factory=list)  # named subjects and speakers, in order


def _gender_of_words(words: Iterable[str]) -> str | None:
    for w in words:
        lw = w.lower()
        if lw in _FEMALE_WORDS:
            return "f"
        if lw in _MALE_WORDS:
            return "m"
    return None


def _is_person_ent(ent: "Span") -> bool:
    return ent.label_ == "PERSON" and span_text(ent).lower().strip(".") not in _NOT_PERSON


def _person_entity(doc: "Doc", span: tuple[int, int]) -> "Span | None":
    best = None
    for ent in ents_of(doc):
        if ent.start >= span[0] and ent.end <= span[1] and _is_person_ent(ent):
            best = ent
    return best


def _collect_people(docs: Sequence["Doc"]) -> tuple[set[str], dict[str, str]]:
    """Surnames of everyone spaCy tags PERSON in the document, with a gender when one shows."""
    surnames: set[str] = set()
    genders: dict[str, str] = {}
    for doc in docs:
        for ent in ents_of(doc):
            if not _is_person_ent(ent):
                continue
            words = [w for w in canonical_source(span_text(ent)).split() if w.lower() not in _NAME_SUFFIXES]
            if not words:
                continue
            last = words[-1].lower()
            surnames.add(last)
            gender = FIRST_NAME_GENDER.get(words[0].lower()) if len(words) > 1 else None
            if gender is None and ent.start > 0:
                gender = _gender_of_words([tokens_of(doc)[ent.start - 1].text])
            if gender:
                genders.setdefault(last, gender)
    return surnames, genders


def _describe(doc: "Doc", span: tuple[int, int], head: "Token", canon: str, ctx: _Context) -> _Mention:
    """Person? plural? gender? of a named source phrase."""
    tokens = tokens_of(doc)
    words = canon.split()
    last = words[-1].lower() if words else ""
    first = words[0].lower() if len(words) > 1 else ""
    toks = tokens[span[0] : span[1]]
    person = _looks_like_person(canon) and (
        _person_entity(doc, span) is not None
        or last in ctx.surnames
        or first in FIRST_NAME_GENDER
        or any(t.lower_ in _HONORIFICS for t in toks if t.i < head.i)
    )
    plural = head.tag_ in ("NNS", "NNPS") and not person
    gender = None
    if person:
        gender = FIRST_NAME_GENDER.get(first) or _gender_of_words(t.text for t in toks) or ctx.genders.get(last)
        if gender:
            ctx.genders.setdefault(last, gender)
    return _Mention(canon, person, plural, gender, False)


def _resolve_short(word: str, names: Sequence[str], gender: str | None = None) -> str | None:
    """The latest longer name seen earlier that ends in `word` ("the Post" -> "Washington Post").

    With a `gender` (from "Mrs." or "Mr."), a full name whose first name says otherwise is skipped.
    """
    lw = word.lower()
    for canon in reversed(names):
        parts = canon.split()
        if len(parts) >= 2 and parts[-1].lower() == lw:
            if gender and FIRST_NAME_GENDER.get(parts[0].lower(), gender) != gender:
                continue
            return canon
    return None


def _resolve_pronoun(pron: str, subjects: Sequence[_Mention]) -> str | None:
    """he/she: nearest named person of that (or unknown) gender; they: plural speaker; it: organisation speaker."""
    p = pron.lower()
    if p in _MALE_PRONOUNS or p in _FEMALE_PRONOUNS:
        want = "m" if p in _MALE_PRONOUNS else "f"
        for m in reversed(subjects):
            if m.person and m.gender in (None, want):
                return m.canon
        return None
    if p in _PLURAL_PRONOUNS:
        for m in reversed(subjects):
            if m.speaker and m.plural:
                return m.canon
        return None
    if p in ("it", "its"):
        for m in reversed(subjects):
            if m.speaker and not m.person and not m.plural:
                return m.canon
        return None
    return None


def _name_phrase(doc: "Doc", head: "Token", span: tuple[int, int], names: Sequence[str]) -> tuple[str, str | None]:
    """(canonical name, short form as written if it was expanded) of a named phrase."""
    tokens = tokens_of(doc)
    lo, hi = span
    appos = [c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN" and lo <= c.i < hi]
    if head.pos_ == "NOUN" and appos:  # "the regional newspaper Diario del Ebro": the name, not the noun
        head = appos[0]
    core_lo, core_hi = _phrase_range(head, full=False) if head.i in range(lo, hi) and hi - lo > 1 else span
    core_lo, core_hi = max(core_lo, lo), min(core_hi, hi)
    ent = _person_entity(doc, (core_lo, core_hi))
    written = span_text(doc[core_lo:core_hi])
    canon = canonical_source(span_text(ent) if ent is not None and ent.end == core_hi else written)
    words = canon.split()
    # a short name ("the Post", "Pelosi", "PENCE") or a definite description ("the ministry"), not an
    # acronym or a bare common noun ("officials")
    definite = written.lower().startswith("the ")
    proper = bool(words) and head.pos_ == "PROPN" and words[0][:1].isupper()
    short = len(words) == 1 and (proper or definite) and not (canon.isupper() and len(canon) <= 5)
    if short and canon.lower() not in SOURCE_ALIASES:
        full = _resolve_short(words[0], names, _gender_of_words(t.text for t in tokens[core_lo:core_hi]))
        if full and full.lower() != canon.lower():
            return full, written
    return canon, None


def _name_source(doc: "Doc", hit: _Hit, names: Sequence[str], subjects: Sequence[_Mention]) -> None:
    """Fill `source` and `resolved_from` of a hit from its words and what came before."""
    head = hit.source_tok
    if head is None:
        return
    written = span_text(doc[hit.span[0] : hit.span[1]])
    lower = head.lower_
    if head.pos_ == "PRON" and lower in _RELATIVE_PRONOUNS and head.head.dep_ == "relcl":
        antecedent = head.head.head
        hit.source = _name_phrase(doc, antecedent, _phrase_range(antecedent, full=False), names)[0]
        hit.resolved_from = written
        return
    if head.pos_ == "PRON" and lower in PRONOUN_SOURCES:
        resolved = _resolve_pronoun(lower, subjects)
        hit.source = resolved or lower
        hit.resolved_from = written if resolved else None
        return
    hit.source, hit.resolved_from = _name_phrase(doc, head, hit.span, names)


_Event = tuple[int, "str | None", "_Mention | None"]  # token index, a name (short forms), a subject (pronouns)


def _sentence_mentions(doc: "Doc", quoted: list[bool], names: list[str], ctx: _Context) -> list[_Event]:
    """Named entities (for short forms) and named subjects (for pronouns) of a sentence, by token position."""
    out: list[_Event] = []
    for ent in ents_of(doc):
        if ent.label_ in ("PERSON", "ORG") and (ent.label_ != "PERSON" or _is_person_ent(ent)):
            canon = canonical_source(span_text(ent))
            if canon:
                out.append((ent.start, canon, None))
    for tok in tokens_of(doc):
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.pos_ != "PROPN" or quoted[tok.i]:
            continue
        span = _phrase_range(tok, full=False)
        earlier = names + [n for i, n, _ in out if n and i < tok.i]
        canon, _ = _name_phrase(doc, tok, span, earlier)
        if canon:
            out.append((tok.i, None, _describe(doc, span, tok, canon, ctx)))
    out.sort(key=lambda x: x[0])
    return out


def _content_tokens(hit: _Hit) -> set[int]:
    """Tokens of what a cue says (its clause and object): names there are not its speaker."""
    return {t.i for c in hit.cue_tok.children if c.dep_ in ("ccomp", "parataxis", "xcomp", "dobj") for t in c.subtree}


def _quote_speakers(doc: "Doc", hits: list[_Hit]) -> list[_Hit]:
    """The speaker nearest the sentence's quotation marks, with the relays that pass it on."""
    speakers = [h for h in hits if h.role == "speaker" and not h.unattributed and h.source]
    if not speakers:
        return []
    marks = [t.i for t in tokens_of(doc) if t.is_quote] or [0]
    best = min(speakers, key=lambda h: min(abs(h.cue_tok.i - m) for m in marks))
    return [best] + [h for h in hits if h.role == "relay"]


def _to_facet(doc: "Doc", hit: _Hit) -> Facet:
    tokens = tokens_of(doc)
    cue_span = None
    if hit.inherited:
        start = end = 0
    else:
        lo, hi = hit.span
        start, end = tokens[lo].idx, tokens[hi - 1].idx + len(tokens[hi - 1].text)
        last = tokens[min(hit.cue_tok.i + hit.cue_len, len(doc)) - 1]
        cue_span = [hit.cue_tok.idx, last.idx + len(last.text)]
    value = {
        "source": None if hit.unattributed else hit.source,
        "cue": hit.cue,
        "role": hit.role,
        "resolved_from": hit.resolved_from,
        "unattributed": hit.unattributed,
        "inherited": hit.inherited,
        "cue_span": cue_span,
    }
    return Facet(kind=FacetKind.ATTRIBUTION, text=text_of(doc)[start:end], value=value, start=start, end=end)


def extract_attributions(docs: Sequence["Doc"]) -> list[tuple[Facet, ...]]:
    """Attributions for each sentence of ONE document, given its sentences' parses in order.

    Context carries across sentences: a pronoun speaker resolves to the nearest earlier named person
    of a compatible gender ("they" to a plural speaker, "it" to an organisation speaker), a short
    form ("the Post", "Pelosi") to the latest longer name ending in it, a relative pronoun to its
    noun, and a sentence wholly inside quotation marks inherits the speaker (and relay) of the
    attributed quotation it continues: such a facet has ``inherited`` true, empty text at offset 0,
    and ``resolved_from`` set to the name as written in the attributing sentence (None when that
    was a description). Cues inside quotation marks are the quoted speaker's words and are not
    reported.

    Args:
        docs: one parsed spaCy Doc per sentence, in document order.

    Returns:
        One tuple of `Facet(kind=ATTRIBUTION)` per sentence, in order; offsets index that
        sentence's text. `value` holds source, cue, role, resolved_from, unattributed, inherited
        and cue_span (the cue's offsets, None when inherited).
    """
    ctx = _Context()
    ctx.surnames, ctx.genders = _collect_people(docs)
    per_sentence: list[list[_Hit]] = []
    states: list[tuple[bool, bool, bool]] = []  # (wholly quoted, quote open after, any mark)
    inside, quiet = False, 0
    for doc in docs:
        if inside and quiet >= _MAX_QUIET_SENTENCES:
            inside = False  # an unbalanced mark: stop treating the text as quoted
        quoted, inside_after, any_mark = _quote_flags(doc, inside)
        states.append(((any_mark or inside) and _all_words_quoted(doc, quoted), inside_after, any_mark))
        quiet = 0 if any_mark else quiet + 1
        inside = inside_after

        hits = _find_hits(doc, quoted, ctx.surnames)
        mentions = _sentence_mentions(doc, quoted, ctx.names, ctx)
        hits.sort(key=lambda h: (h.span[0], h.cue_tok.i))
        for hit in hits:
            if hit.unattributed or hit.source_tok is None:
                continue
            content = _content_tokens(hit)
            before = [(i, n, m) for i, n, m in mentions if i < hit.span[0] and i not in content]
            names = ctx.names + [n for _, n, _ in before if n]
            subjects = ctx.subjects + [m for _, _, m in before if m]
            subjects += [
                _describe(doc, h.span, h.source_tok, h.source, ctx)
                for h in hits
                if h is not hit and h.source and h.span[0] < hit.span[0] and h.source_tok.pos_ != "PRON"
            ]
            _name_source(doc, hit, names, subjects)
        _mark_relays(hits)
        # remember this sentence for the next ones
        by_tok = {h.source_tok.i: h for h in hits if h.source_tok is not None and h.source}
        events: list[_Event] = [
            (i, n, m) for i, n, m in mentions if m is None or i not in by_tok
        ]
        for h in by_tok.values():
            if h.source in PRONOUN_SOURCES:
                continue
            mention = _describe(doc, h.span, h.source_tok, h.source, ctx)
            if h.source_tok.pos_ == "PRON":  # a resolved pronoun: same person as before
                prior = next((m for m in reversed(ctx.subjects) if m.canon == h.source), None)
                if prior is not None:
                    mention = _Mention(prior.canon, prior.person, prior.plural, prior.gender, False)
            mention.speaker = True
            events.append((h.source_tok.i, h.source, mention))
        for _, name, mention in sorted(events, key=lambda e: e[0]):
            if name:
                ctx.names.append(name)
            if mention is not None:
                ctx.subjects.append(mention)
        per_sentence.append(hits)

    inherited = _continue_quotations(docs, per_sentence, states)
    return [
        tuple(_to_facet(doc, h) for h in (per_sentence[i] or inherited.get(i, [])))
        for i, doc in enumerate(docs)
    ]


def _all_words_quoted(doc: "Doc", quoted: list[bool]) -> bool:
    """Whether the sentence has words (tokens with a letter or digit) and all of them are quoted."""
    words = [flag for tok, flag in zip(tokens_of(doc), quoted) if _ALNUM_RE.search(tok.text)]
    return bool(words) and all(words)


def _continue_quotations(
    docs: Sequence["Doc"], per_sentence: list[list[_Hit]], states: list[tuple[bool, bool, bool]]
) -> dict[int, list[_Hit]]:
    """Speakers for sentences wholly inside a quotation that is attributed in a neighbouring sentence.

    A quotation left open runs on to the sentence that attributes it (backwards); otherwise a
    quoted sentence right after an attributed quotation keeps that speaker (forwards, chaining).
    """
    n = len(docs)
    inherited: dict[int, list[_Hit]] = {}
    for i in range(n):
        wholly, open_after, _ = states[i]
        if not wholly or per_sentence[i]:
            continue
        source: list[_Hit] = []
        if open_after:
            j = i + 1
            while j < n and not per_sentence[j] and states[j][0] and states[j][1]:
                j += 1
            if j < n and per_sentence[j] and states[j][2]:
                source = _quote_speakers(docs[j], per_sentence[j])
        if not source and i > 0 and states[i - 1][2]:
            source = inherited.get(i - 1) or _quote_speakers(docs[i - 1], per_sentence[i - 1])
        if source:
            inherited[i] = [
                _Hit(
                    h.cue, h.cue_tok, h.source_tok, h.span, role=h.role, source=h.source,
                    resolved_from=_written_name(h), inherited=True,
                )
                for h in source
            ]
    return inherited


def _written_name(hit: _Hit) -> str | None:
    """How a named source was written where it was found (None for a description such as "officials")."""
    if hit.resolved_from:
        return hit.resolved_from
    tok = hit.source_tok
    if tok is None or not (tok.pos_ == "PROPN" or tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")):
        return None
    return span_text(tok.doc[hit.span[0] : hit.span[1]])
