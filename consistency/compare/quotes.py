"""The quotation rule: the same point quoted in different words (a partial quotation is not a misquote)."""

from __future__ import annotations

import difflib
import re
from functools import lru_cache
from typing import Callable, Iterator, Sequence

from ..core.types import Facet, FacetKind, Finding, Severity
from ..facets.lexicon.en.cardinals import CARDINALS
from ..facets.lexicon.en.function_words import FUNCTION_WORDS
from ..facets.lexicon.en.spoken import CONTRACTED_ENDINGS, CONTRACTIONS, FIGURE_WORDS, FILLERS
from .pairs import SentencePair, confidence, evidence, of_kind

OVERLAP_WORDS = 4  # words two excerpts of one quotation share where one ends and the other begins
QUOTE_SAME = 0.85  # share of the shorter quotation found, in order, in the longer: a partial quote, not a misquote
QUOTE_RELATED = 0.35  # below this two quotations are about different things
QUOTE_CLOSE = 0.6  # from this share on, two quotations are one worded differently whatever their words are
CONTENT_RELATED = 0.5  # below QUOTE_CLOSE, they need this share of the shorter one's content words too
WORD = re.compile(r"[\w'’]+")
BRACKETED = re.compile(r"\[[^\]]*\]")  # an outlet's own words inside a quotation ("[the company] has no plans")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
ELLIPSIS = re.compile(r"\.\s?\.\s?\.|…")
NEGATORS = frozenset({"not", "no", "nor", "never"})  # words a quotation cannot leave out and mean the same
TELLING_WORDS = NEGATORS | frozenset({"before", "after", "above", "below", "more", "less", "most",
                                      "least", "up", "down", "without", "against"})  # small words a misquote turns on
NEGATING_PREFIXES = frozenset({"un", "in", "im", "il", "ir", "dis", "non", "non-"})  # "sound" / "unsound"
MODAL_STRENGTH = {**dict.fromkeys(("could", "may", "might"), "possible"),
                  **dict.fromkeys(("will", "shall", "must"), "sure")}
"""Modal verbs by how sure a speaker is: "the fire could reach the town" is not "will reach" in a quotation, but
"will" / "would" and "can" / "could" are often one thing in another tense or a transcript's ear."""
CONDITIONS = frozenset({"if", "unless"})  # in a conditional, "could" and "will" tell one outcome


SPELLING_SAME = 0.75  # letters shared, in order, by two stretches of words that differ only in spelling
LONG_QUOTE = 12  # words: a longer misquote also names the words that differ, which a reader would miss
MAX_CHANGES = 3  # at most this many differing stretches are named


def _words(text: str, content_only: bool = False, without: frozenset[str] = frozenset()) -> list[str]:
    """The words of a quotation as said: lower case, contractions spelled out, fillers and bracketed insertions
    left out, a plural "s" dropped (a singular for a plural is no misquote); with `content_only`, function words left
    out too, and the words in `without`."""
    words = _spoken(BRACKETED.sub(" ", text))
    return [_stem(w) for w in words if not (content_only and (w in FUNCTION_WORDS or w in without))]


@lru_cache(maxsize=1024)
def _names(text: str) -> frozenset[str]:
    """The words a quotation capitalises inside a sentence ("were in Grenfell Tower"): names, which two things
    said about one place or person share without being one thing said."""
    out = set()
    for sentence in SENTENCE_END.split(BRACKETED.sub(" ", text)):
        words = WORD.findall(sentence.replace("’", "'"))
        out.update(w.lower() for w in words[1:] if w[0].isupper() and w != "I")
    return frozenset(out)


@lru_cache(maxsize=1024)
def _spoken(text: str) -> tuple[str, ...]:
    """The words of `text` in one spelling of speech ("we're gonna" -> "we are going to"); each quotation is read
    by several of the tests below, once."""
    low = " " + " ".join(WORD.findall(text.lower().replace("’", "'"))) + " "
    for filler in FILLERS:
        low = low.replace(f" {filler} ", " ")
    out: list[str] = []
    for word in low.split():
        word = CONTRACTIONS.get(word, word)
        for ending, spelled in CONTRACTED_ENDINGS:
            if word.endswith(ending) and len(word) > len(ending):
                word = word[: -len(ending)] + spelled
                break
        out.extend(word.split())
    return tuple(out)


def _stem(word: str) -> str:
    word = word[:-2] if word.endswith("'s") else word
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def spelling_only(a: str, b: str) -> bool:
    """Two quotations that differ only in spelling (a title or a name spelled two ways, "co-operate" against
    "cooperate", a figure in digits or in words) or in function words a transcript may add or drop ("that", "the"):
    each stretch of words that differs is spelled alike or holds function words alone. Words an outlet put in
    brackets stand for words left out; the sentences of a quotation may come in another order. One word changed in a
    long quotation ("dozens" against "hundreds") is a misquote however much else is the same."""
    wa, wb = _words(a), _words(b)
    if not (wa and wb):
        return False
    if sorted(map(_words, SENTENCE_END.split(a))) == sorted(map(_words, SENTENCE_END.split(b))):
        return True
    if ELLIPSIS.search(a) and ELLIPSIS.search(b):
        return True  # each outlet left out its own part of what was said: no word to hold against the other
    if "[" in b and "[" not in a:
        wa, wb = wb, wa  # the bracketed side may lack words
    return _alike_but_for(wa, wb, omissions="[" in a or "[" in b)


def _partial(a: str, b: str) -> bool:
    """The shorter quotation is a part of the longer: found in it nearly whole (`QUOTE_SAME`), what it lacks left
    out (an ellipsis, a quotation begun later) and not replaced by other words ("very" for "cautiously")."""
    wa, wb = _words(a), _words(b)
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    return bool(short) and quote_containment(a, b) >= QUOTE_SAME and _alike_but_for(short, long_, omissions=True)


def _overlapping(a: str, b: str) -> bool:
    """Two excerpts of one longer quotation: one ends with at least `OVERLAP_WORDS` words the other begins with ("was
    not consistently candid in his communications", "consistently candid in his communications with the board")."""
    wa, wb = _words(a), _words(b)
    match = difflib.SequenceMatcher(a=wa, b=wb, autojunk=False).find_longest_match(0, len(wa), 0, len(wb))
    edges = (match.a + match.size == len(wa) and match.b == 0) or (match.b + match.size == len(wb) and match.a == 0)
    return match.size >= OVERLAP_WORDS and edges


def _alike_but_for(wa: list[str], wb: list[str], omissions: bool) -> bool:
    """Each stretch where the words of `wa` and `wb` differ is spelled alike, holds function words alone, or (with
    `omissions`) is only words `wb` has more."""
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=wa, b=wb, autojunk=False).get_opcodes():
        left, right = wa[i1:i2], wb[j1:j2]
        # a part begun later or ended sooner; within it, a left-out "not" is no part ("guilty" / "not guilty")
        if tag == "equal" or (omissions and not left and (i1 in (0, len(wa)) or not NEGATORS & set(right))):
            continue
        if _surer(left, right) and not CONDITIONS & {*wa, *wb}:
            return False
        if all(w in FUNCTION_WORDS and w not in TELLING_WORDS for w in (*left, *right)):
            continue
        if all(_figure_word(w) for w in (*left, *right)):
            continue  # a figure written two ways ("10 per cent", "10%"): the number rule compares figures
        ja, jb = "".join(left), "".join(right)
        if ja and jb and (_one_figure(ja, jb) or _spelled_alike(ja, jb)):
            continue
        return False
    return True


def _surer(left: list[str], right: list[str]) -> bool:
    """One modal put for another of a different strength ("could" / "will"; "may" / "must")."""
    return (len(left) == len(right) == 1 and left[0] in MODAL_STRENGTH and right[0] in MODAL_STRENGTH
            and MODAL_STRENGTH[left[0]] != MODAL_STRENGTH[right[0]])


def _spelled_alike(a: str, b: str) -> bool:
    """One word spelled two ways ("colour", "color"), not a word and its opposite ("sound", "unsound")."""
    short, long_ = sorted((a, b), key=len)
    if long_.endswith(short) and long_[:len(long_) - len(short)] in NEGATING_PREFIXES:
        return False
    return difflib.SequenceMatcher(a=a, b=b, autojunk=False).ratio() >= SPELLING_SAME


def _figure_word(word: str) -> bool:
    return word.replace(",", "").replace(".", "").isdigit() or word in CARDINALS or word in FIGURE_WORDS


def _one_figure(a: str, b: str) -> bool:
    """ "3" and "three": one figure written two ways."""
    return str(CARDINALS.get(a, a)) == str(CARDINALS.get(b, b)) and (a.isdigit() or b.isdigit())


def quote_containment(a: str, b: str, content_only: bool = False, without: frozenset[str] = frozenset()) -> float:
    """Share of the shorter quotation's words (with `content_only`, its words other than function words and those in
    `without`) found, in order, in the longer one."""
    wa, wb = _words(a, content_only, without), _words(b, content_only, without)
    if not wa or not wb:
        return 0.0
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    matcher = difflib.SequenceMatcher(a=short, b=long_, autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks()) / len(short)


def longest_shared_run(a: str, b: str) -> int:
    """The most words in a row two quotations share ("a professional job, planned over weeks": 6)."""
    wa, wb = _words(a), _words(b)
    match = difflib.SequenceMatcher(a=wa, b=wb, autojunk=False).find_longest_match(0, len(wa), 0, len(wb))
    return match.size


def quotes_related(a: str, b: str) -> bool:
    """Two quotations close enough to be one point said twice; two that share only "that we ... their" are two
    things said."""
    contained = quote_containment(a, b)
    if contained >= QUOTE_CLOSE:
        return True
    # Below that, content words other than names decide; a quotation with one ("He is a killer") meets any other
    # that uses it, and two that share only "Grenfell Tower" are two things said about one place.
    fewest, share = _content_overlap(a, b)
    return contained >= QUOTE_RELATED and fewest >= 2 and share >= CONTENT_RELATED


def _content_overlap(a: str, b: str) -> tuple[int, float]:
    """The fewer content words (names aside) of the two quotations, and the share of the shorter one's content words
    found, in order, in the other."""
    names = _names(a) | _names(b)
    return min(len(_words(a, True, names)), len(_words(b, True, names))), quote_containment(a, b, True, names)


def compare_quotes(pair: SentencePair) -> Iterator[Finding]:
    """Two quotations related enough to be the same point, but worded differently; not when each is credited to a
    different named speaker ("'People were told they were protected,' he said", "'People were told they were safe,'
    she said"): two people's words, whose difference is no misquote (the attribution rule says who said what)."""
    names, x, y = pair.names, pair.x, pair.y
    if _two_speakers(pair):
        return
    for a in pair.of("x", FacetKind.QUOTE):
        for b in pair.of("y", FacetKind.QUOTE):
            qa, qb = a.value.quote, b.value.quote
            if quotes_related(qa, qb) and not _partial(qa, qb) and not spelling_only(qa, qb) and not _overlapping(qa, qb):
                yield Finding(
                    facet="claim", kind="quote", severity=Severity.MEDIUM, statement=pair.statement,
                    a=evidence(x, a, qa), b=evidence(y, b, qb),
                    explanation=(f"the quotation differs: {names[x.doc]} has \u201c{qa}\u201d; "
                                 f"{names[y.doc]} has \u201c{qb}\u201d" + _changes(qa, qb, names[x.doc], names[y.doc])),
                    confidence=confidence(pair.score, 0.6),
                )
                return


def _two_speakers(pair: SentencePair) -> bool:
    """Both sentences credit their words to a named speaker, and no two of those are one source."""
    from ..facets.attribution.identity import same_source

    def speakers(side: str) -> list[str]:
        return [str(f.value.source) for f in pair.of(side, FacetKind.ATTRIBUTION)
                if f.value.role == "speaker" and f.value.source and f.value.named is not False]
    sx, sy = speakers("x"), speakers("y")
    return bool(sx and sy) and not any(same_source(p, q) for p in sx for q in sy)


def _changes(a: str, b: str, name_a: str, name_b: str) -> str:
    """For a long quotation, the stretches of words that differ ("; it differs in: a 'x' against b 'y'")."""
    wa, wb = WORD.findall(a), WORD.findall(b)
    if max(len(wa), len(wb)) <= LONG_QUOTE:
        return ""
    matcher = difflib.SequenceMatcher(a=_words(a), b=_words(b), autojunk=False)
    changes = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        left = " ".join(wa[i1:i2]) or "(nothing)"
        right = " ".join(wb[j1:j2]) or "(nothing)"
        changes.append(f"\u201c{left}\u201d against \u201c{right}\u201d")
    if not changes:
        return ""
    more = f" and {len(changes) - MAX_CHANGES} more" if len(changes) > MAX_CHANGES else ""
    return f" (words that differ, {name_a} against {name_b}: " + "; ".join(changes[:MAX_CHANGES]) + more + ")"


def one_quotation(pair: SentencePair) -> bool:
    """Both sentences quote the same words, at least `QUOTED_RUN_MIN` of them in a row: one statement told twice."""
    return any(longest_shared_run(a.value.quote, b.value.quote) >= QUOTED_RUN_MIN
               for a in pair.of("x", FacetKind.QUOTE) for b in pair.of("y", FacetKind.QUOTE))


QUOTED_RUN_MIN = 5
"""Fewest words in a row two quotations share to be one statement's words ("customers trusted us with their
information" and "customers were entitled to expect that their information ..." are two statements)."""


def quoted_apart(fx: Sequence[Facet], fy: Sequence[Facet], same: Callable[[str, str], bool] = quotes_related) -> bool:
    """Both sentences quote, and no quotation of one is the other's words told again (by `same`): two things said."""
    qx, qy = of_kind(fx, FacetKind.QUOTE), of_kind(fy, FacetKind.QUOTE)
    return bool(qx and qy) and not any(same(a.value.quote, b.value.quote) for a in qx for b in qy)


def mostly_same(a: str, b: str) -> bool:
    """One quotation is mostly the other's words (`QUOTE_CLOSE`), or nearly all of the shorter one's content words,
    names aside, are the other's in order, and enough of them to be no stock phrase ("Blasts like this happen in
    mines all the time" told as "Blasts like this happen all the time in mines, not only here"): a stock phrase
    shared ("I have never seen ...") is not enough."""
    if quote_containment(a, b) >= QUOTE_CLOSE:
        return True
    fewest, share = _content_overlap(a, b)
    return fewest >= MOSTLY_CONTENT_WORDS and share >= MOSTLY_CONTENT


MOSTLY_CONTENT = 0.8  # share of the shorter quotation's content words found, in order, in the other
MOSTLY_CONTENT_WORDS = 4  # fewer content words than this may be a stock phrase


def figures(facets: Sequence[Facet]) -> set[float]:
    """The figures a sentence gives (a score's list of values gives none to share)."""
    return {f.value.value for f in of_kind(facets, FacetKind.NUMBER)
            if isinstance(f.value.value, (int, float)) and f.value.value >= 2}


def one_claim(pair: SentencePair) -> bool:
    """Two sentences that tell one claim, whoever each credits it to: the same figure, one restating the other, or the
    same words quoted."""
    return bool(figures(pair.fx) & figures(pair.fy)) or pair.restated or one_quotation(pair)
