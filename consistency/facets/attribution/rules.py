"""Cue rules within one sentence: speech verbs, noun cues, "according to", hedges, signed and transcript quotations."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..lexicon.en.speech import (
    CONTENT_VERBS, NOUN_CUES, PARTICIPLE_CUES, QUOTE_FRAMING_VERBS, SPEECH_VERBS, UNATTRIBUTED_ADVERBS,
    UNATTRIBUTED_VERBS,
)
from ..lexicon.en.negation import NEGATION_VERBS
from ..lexicon.en.predicates import COMMITMENT_VERBS
from ..nlp import tokens_of
from .quotation import DASHES, QUOTE_CHARS
from .syntax import agent_of, has_clause, has_content, is_passive, name_range, phrase_range, subject_of

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token

#: Verbs accepted only when CONTENT_VERBS-style content is present (not in SPEECH_VERBS).
_CONTENT_ONLY: frozenset[str] = CONTENT_VERBS - SPEECH_VERBS
#: Lemmas of the word cues `find_hits` looks for.
_CUE_LEMMAS = frozenset(UNATTRIBUTED_ADVERBS) | SPEECH_VERBS | _CONTENT_ONLY | NOUN_CUES | QUOTE_FRAMING_VERBS
#: First characters of its sign cues: a colon, a dash (also glued to a closing quotation mark).
_SIGN_CUE_STARTS = frozenset({":", *(dash[0] for dash in DASHES), *QUOTE_CHARS})


@dataclass
class Hit:
    """One attribution found in a sentence (token indices into that sentence's Doc)."""

    cue: str
    cue_tok: "Token"
    source_tok: "Token | None"  # head token of the source phrase
    span: tuple[int, int]  # token range [start, end) of the source as written
    unattributed: bool = False
    role: str = "speaker"
    source: str | None = None
    resolved_from: str | None = None
    sole: bool = False  # a pronoun source that only one person named before can be
    inherited: bool = False
    cue_len: int = 1  # tokens in the cue ("according to" = 2)
    described_as: str | None = None  # the description a name stands in apposition to ("the prosecutor")


def _noun_owner(noun: "Token") -> "tuple[Token, tuple[int, int]] | None":
    """Who owns a noun cue: "X's report", "a Washington Post report", "a statement by/from X"."""
    for c in noun.children:
        if c.dep_ == "poss":
            return c, phrase_range(c)
    propn = [c for c in noun.children if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" and c.i < noun.i]
    if propn and not any(t.ent_type_ in ("GPE", "NORP", "DATE") for t in propn):
        return propn[-1], name_range(propn[-1])
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in ("by", "from"):
            for p in c.children:
                if p.dep_ == "pobj":
                    return p, phrase_range(p)
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
    return has_content(tok)


def _frames_quotation(verb: "Token") -> bool:
    """A quotation mark in the gesture's own phrase ("congratulated Lula on "free, fair and credible elections""), not
    in its subject or a clause joined to it ("... and the coach said "we are thrilled"")."""
    apart = {t.i for c in verb.children if c.dep_ in ("conj", "ccomp", "advcl", "parataxis", "relcl", "nsubj")
             for t in c.subtree}
    return sum(t.is_quote and t.i not in apart for t in verb.subtree) >= 2  # both marks: a closing one may stray


def _purpose(tok: "Token") -> bool:
    """A verb of saying as the purpose of a deed, with nothing said: "did not call Lula to concede" (not "declined to
    comment" or "went on to say that ...")."""
    return (tok.dep_ in ("advcl", "xcomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
            and tok.head.lemma_.lower() not in COMMITMENT_VERBS | NEGATION_VERBS and not has_content(tok))


def _is_imperative(tok: "Token") -> bool:
    return (
        tok.tag_ == "VB"
        and tok.dep_ in ("ROOT",)
        and not any(c.dep_ in ("aux", "auxpass", "neg") for c in tok.children)
    )


def _verb_hits(doc: "Doc", tok: "Token", quoted: list[bool]) -> list[Hit]:
    lemma = tok.lemma_.lower()
    if tok.tag_ == "VBN" and tok.dep_ == "acl" and lemma in PARTICIPLE_CUES and (agent := agent_of(tok)) is not None:
        return [Hit(lemma, tok, agent, phrase_range(agent))]  # "The fee, confirmed by the club's chairman, is ..."
    if lemma in CONTENT_VERBS and not has_content(tok):
        return []
    if lemma in QUOTE_FRAMING_VERBS and not _frames_quotation(tok):
        return []
    if (lemma == "call" and not _call_is_cue(tok)) or (lemma == "tell" and not _tell_is_cue(tok)):
        return []
    if tok.dep_ in ("amod", "compound") or _is_imperative(tok):
        return []
    if _purpose(tok):
        return []
    if is_passive(tok):
        agent = agent_of(tok)
        subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        if lemma == "quote" and subj is not None:
            say = next((c for c in tok.children if c.dep_ in ("xcomp", "advcl") and c.lemma_ == "say"), None)
            cue, cue_tok = ("say", say) if say is not None else ("quote", tok)
            out = [Hit(cue, cue_tok, subj, phrase_range(subj))]
            if agent is not None:
                out.append(Hit("quote", tok, agent, phrase_range(agent), role="relay"))
            return out
        if agent is not None:
            return [Hit(lemma, tok, agent, phrase_range(agent))]
        expletive = subj is None or subj.lower_ == "it"
        if (
            lemma in UNATTRIBUTED_VERBS
            and (expletive or any(c.dep_ == "xcomp" for c in tok.children))
            and any(c.dep_ in ("ccomp", "xcomp") for c in tok.children)
        ):
            lo = min([tok.i] + [c.i for c in tok.children if c.dep_ == "auxpass"])
            if subj is not None and subj.lower_ == "it":
                lo = min(lo, subj.i)
            return [Hit(lemma, tok, None, (lo, tok.i + 1), unattributed=True)]
        return []
    if tok.dep_ in ("xcomp", "advcl") and tok.head.lemma_.lower() == "quote" and is_passive(tok.head):
        return []  # "X is quoted saying": handled with the passive verb
    subj = subject_of(tok, quoted)
    if subj is None:
        return []
    span = phrase_range(subj)
    # a dateline parsed into the subject: "WASHINGTON -- President Obama, ..., said"
    if subj.i == 0 and subj.ent_type_ == "GPE" and len(doc) > 2 and tokens_of(doc)[1].text in DASHES | {"-", ":"}:
        appos = [c for c in subj.children if c.dep_ == "appos"]
        if not appos:
            return []
        subj = appos[0]
        span = (max(2, phrase_range(subj)[0]), phrase_range(subj)[1])
    return [Hit(lemma, tok, subj, span)]


def _according_hit(doc: "Doc", tok: "Token") -> Hit | None:
    """'according to X' (X may be a noun cue with an owner: 'according to a Washington Post report')."""
    tokens = tokens_of(doc)
    to = tokens[tok.i + 1]
    for p in to.children:
        if p.dep_ != "pobj":
            continue
        if p.lemma_.lower() in NOUN_CUES:
            owner = _noun_owner(p)
            if owner is not None:
                return Hit("according to", tok, owner[0], owner[1], cue_len=2)
        return Hit("according to", tok, p, phrase_range(p), cue_len=2)
    return None


def _dash_hit(doc: "Doc", tok: "Token") -> Hit | None:
    """'"..." ― Name': a quotation signed with a dash."""
    tokens = tokens_of(doc)
    prev = tok.i - 1
    while prev >= 0 and tokens[prev].is_space:
        prev -= 1
    signed = tok.text[0] in QUOTE_CHARS or prev < 0 or tokens[prev].is_quote or (prev == 0 and tokens[0].is_punct)
    if not signed or tok.i + 1 >= len(doc):
        return None
    end = tok.i + 1
    while end < len(doc) and tokens[end].pos_ == "PROPN":
        end += 1
    if end == tok.i + 1:
        return None
    return Hit("quote", tok, tokens[end - 1], (tok.i + 1, end))


def _is_dash(tok: "Token") -> bool:
    """A dash token, also glued to a closing quotation mark ('”―')."""
    text = tok.text
    return text in DASHES or (len(text) == 2 and text[0] in QUOTE_CHARS and text[1:] in DASHES)


def _colon_hit(doc: "Doc", tok: "Token", surnames: set[str]) -> Hit | None:
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
    return Hit("say", tok, words[-1], (start, tok.i))


def find_hits(doc: "Doc", quoted: list[bool], surnames: set[str]) -> list[Hit]:
    """All attributions stated in one sentence (sources still as written)."""
    tokens = tokens_of(doc)
    hits: list[Hit] = []
    seen: set[tuple[int, int]] = set()
    for tok in tokens:
        lemma = tok.lemma_.lower()
        if lemma not in _CUE_LEMMAS and tok.lower_ != "according" and tok.text[:1] not in _SIGN_CUE_STARTS:
            continue  # not a cue (the usual case)
        found: list[Hit] = []
        if quoted[tok.i] and not tok.is_quote and tok.text != ":" and not _is_dash(tok):
            continue  # a cue inside a quotation belongs to the quoted speaker's words
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and tokens[tok.i + 1].lower_ == "to":
            hit = _according_hit(doc, tok)
            found = [hit] if hit else []
        elif lemma in UNATTRIBUTED_ADVERBS and tok.pos_ == "ADV":
            found = [Hit(UNATTRIBUTED_ADVERBS[lemma], tok, None, (tok.i, tok.i + 1), unattributed=True)]
        elif tok.pos_ == "VERB" and (lemma in SPEECH_VERBS or lemma in _CONTENT_ONLY or lemma in QUOTE_FRAMING_VERBS):
            found = _verb_hits(doc, tok, quoted)
        elif tok.pos_ == "NOUN" and lemma in NOUN_CUES and has_clause(tok):
            if not (tok.dep_ == "pobj" and tok.head.head.lower_ == "according"):
                owner = _noun_owner(tok)
                found = [Hit(lemma, tok, owner[0], owner[1])] if owner else []
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
    if any(h.cue_tok.dep_ != "relcl" for h in hits):
        hits = [h for h in hits if not _says_of_a_thing(h.cue_tok)]
    return hits


def _says_of_a_thing(verb: "Token") -> bool:
    """A verb of saying in a clause that describes a thing ("The belt he claimed to be wearing was fake, officials
    said"): it credits that description, not the sentence, when the sentence has a source of its own."""
    # the clause follows its noun with no comma ("the belt he claimed"): a source after a comma ("lost thrust, board
    # member Kitty Higgins said") is the sentence's, whatever the parser hung it on
    return verb.dep_ == "relcl" and verb.left_edge.i == verb.head.i + 1 and not any(
        c.dep_ == "ccomp" or (c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WP", "WDT")) for c in verb.children)


def _name_after(doc, end: int) -> list:
    """A person's name in apposition right after a description that ends its clause ("said the reserve's warden,
    Sarah Hollings."), which the parser may hang elsewhere (a second subject): the name's last word, or nothing."""
    tokens = tokens_of(doc)
    if end + 1 >= len(tokens) or tokens[end].text != ",":
        return []
    k = end + 1
    while k < len(tokens) and tokens[k].pos_ == "PROPN" and tokens[k].ent_type_ == "PERSON":
        k += 1
    closes = k == len(tokens) or tokens[k].text in (".", ",", ";", "!", "?") or tokens[k].is_quote
    return [tokens[k - 1]] if k > end + 1 and closes else []


def _prefer_name(hit: Hit) -> None:
    """A description with a name in apposition is credited to the name: "the regional newspaper Diario del Ebro"
    and "Trump's first national security adviser, Michael Flynn," are written as the name."""
    head = hit.source_tok
    if head is None or head.pos_ != "NOUN":
        return
    lo, hi = hit.span
    appos = [c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN" and lo <= c.i < hi]
    appos = appos or _name_after(head.doc, hi)
    if appos:
        hit.source_tok = appos[0]
        hit.span = phrase_range(appos[0], full=False)
        # "the prosecutor, Daniel Okafor KC, said": who the name is, for the office it holds
        words = [t for t in head.doc[lo:hit.span[0]] if not t.is_punct and t.dep_ not in ("det", "cc")
                 and not (t.dep_ == "poss" and t.pos_ == "PRON") and not (t.dep_ == "case" and t.head.pos_ == "PRON")]
        hit.described_as = "".join(t.text_with_ws for t in words).strip() or None  # "Delaney's literary agent"
