"""Reading the dependency parse: a phrase's extent, a verb's subject or agent, whether it has something said."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon.en.names import TITLE_ABBREVIATIONS
from ..lexicon.en.speech import ACTS_WITH_INFINITIVE, QUOTE_ONLY_VERBS
from ..nlp import tokens_of

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token


def is_passive(verb: "Token") -> bool:
    """Whether a verb is in the passive voice ("was reported")."""
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def has_content(verb: "Token") -> bool:
    """Whether a verb has something said: a clause, a quotation or colon next to it, or it is lifted out of one."""
    quote_only = verb.lemma_.lower() in QUOTE_ONLY_VERBS
    clause = ("ccomp", "parataxis") if quote_only or verb.lemma_.lower() in ACTS_WITH_INFINITIVE else (
        "ccomp", "parataxis", "xcomp")
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


def subject_of(verb: "Token", quoted: list[bool], depth: int = 0) -> "Token | None":
    """The logical subject of a verb: its nsubj, or a controlling/coordinated verb's subject."""
    own = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    if own:
        return _pick_subject(own, verb, quoted)
    head = verb.head
    if depth > 3 or head.i == verb.i:
        return _inverted_subject(verb, quoted) or _trailing_subject(verb, quoted) or _leading_name(verb, quoted)
    if verb.dep_ == "xcomp" or (verb.dep_ in ("advcl", "conj") and verb.tag_ == "VBG"):
        subj = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj:
            return _pick_subject(subj, head, quoted)
        return subject_of(head, quoted, depth + 1) if head.pos_ in ("VERB", "AUX") else None
    if verb.dep_ == "conj" and head.pos_ in ("VERB", "AUX") and not is_passive(verb):
        return subject_of(head, quoted, depth + 1)
    if verb.dep_ == "pcomp" and head.lower_ == "as" and is_passive(head.head):
        subj = [c for c in head.head.children if c.dep_ == "nsubjpass"]
        return _pick_subject(subj, head.head, quoted)
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
        # "began by saying ...", "after saying ..., she was whisked off"
        governor = head.head
        subj = [c for c in governor.children if c.dep_ in ("nsubj", "nsubjpass")]
        return _pick_subject(subj, governor, quoted) if subj else subject_of(governor, quoted, depth + 1)
    return _inverted_subject(verb, quoted) or _trailing_subject(verb, quoted)


def _trailing_subject(verb: "Token", quoted: list[bool]) -> "Token | None":
    """'..., the regional newspaper Diario del Ebro reported.' when spaCy hangs the subject on the clause before, or
    '..., a source close to the player said, because ...' when it hangs the verb there.

    The noun phrase between the last comma and the verb, when the verb reports a clause on its left.
    """
    doc = verb.doc
    tokens = tokens_of(doc)
    # the clause on its left is the verb's own, or (", a source close to the player said, because ...") the verb
    # is a parenthesis hung on it
    reports = any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children) or (
        verb.dep_ == "parataxis" and verb.head.i < verb.i)
    if verb.i < 2 or not reports:
        return None
    end = verb.i - 1
    closed = tokens[end].text == ","  # "..., his agent, Marco Brandt, told Sky Sports."
    end -= closed
    comma = end
    while comma >= 0 and tokens[comma].text != ",":
        comma -= 1
    if comma < 0 or end - comma < 1 or quoted[end]:
        return None
    tok = tokens[end]
    if tok.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    while comma < tok.head.i < verb.i and tok.head.i != tok.i:
        tok = tok.head
    if closed and tok.dep_ == "appos" and tok.head.i < comma and tok.head.pos_ in ("NOUN", "PROPN"):
        tok = tok.head  # the name is in apposition to the description before it: "his agent, Marco Brandt,"
        comma = tok.left_edge.i - 1
        if comma < 0 or tokens[comma].text != ",":
            return None
    if any(t.i <= comma or t.i >= verb.i for t in tok.subtree):
        return None
    return tok


def _leading_name(verb: "Token", quoted: list[bool]) -> "Token | None":
    """'Merkel, visibly shaken, said ...' parsed with the name hung on the aside: a name opening the sentence, then an
    aside of a few words between commas, then the verb."""
    tokens = tokens_of(verb.doc)
    start = verb.sent.start
    j = start
    while j < verb.i and tokens[j].pos_ == "PROPN" and not quoted[j]:
        j += 1
    if j == start or j >= verb.i or tokens[j].text != "," or tokens[verb.i - 1].text != ",":
        return None
    aside = tokens[j + 1:verb.i - 1]
    if not 0 < len(aside) <= ASIDE_MAX or any(t.text in ",;:\"“”" or t.pos_ in ("PROPN", "PRON") for t in aside):
        return None
    return tokens[j - 1]


ASIDE_MAX = 5
"""Most words of an aside between a name and its verb ("visibly shaken", "speaking in Berlin")."""


def _inverted_subject(verb: "Token", quoted: list[bool]) -> "Token | None":
    """'..., said Obama' parsed with Obama as an object: a name right after a verb that follows a quotation."""
    if verb.i == 0 or not any(quoted[: verb.i]):
        return None
    for c in verb.children:
        if c.i == verb.i + 1 and c.dep_ in ("dobj", "attr", "npadvmod", "dep", "oprd") and c.pos_ in ("PROPN", "NOUN"):
            if not quoted[c.i]:
                return c
    return _name_after_verb(verb, quoted)


def _name_after_verb(verb: "Token", quoted: list[bool]) -> "Token | None":
    """'..., said Spain's Luis Ortega, who partnered Drury and finished fifth' with the name hung on a later verb:
    the person's name right after the verb (after a place's possessive), its last word as head."""
    tokens = tokens_of(verb.doc)
    j = verb.i + 1
    while j < len(tokens) and tokens[j].pos_ == "PROPN":
        j += 1
    if j < len(tokens) and j > verb.i + 1 and tokens[j].tag_ == "POS":  # "Spain's"
        j += 1
        start = j
        while j < len(tokens) and tokens[j].pos_ == "PROPN":
            j += 1
        if j == start:
            return None
    head = tokens[j - 1] if j > verb.i + 1 else None
    if head is None or head.pos_ != "PROPN" or head.ent_type_ != "PERSON" or quoted[head.i]:
        return None
    return head


def agent_of(verb: "Token") -> "Token | None":
    """The 'by X' agent of a passive verb (also when spaCy hangs 'by' on a participle below it)."""
    for v in [verb] + [c for c in verb.children if c.dep_ in ("xcomp", "advcl", "pcomp")]:
        for c in v.children:
            if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by"):
                for p in c.children:
                    if p.dep_ == "pobj":
                        return p
    return None


def phrase_range(head: "Token", full: bool = True) -> tuple[int, int]:
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
        elif c.dep_ == "amod" and c.i > head.i and head.pos_ == "PROPN" and tokens[c.left_edge.i - 1].text == ",":
            drop.update(t.i for t in c.subtree)  # "Okafor, visibly tired, said": an aside, not the name
    kept = {t.i for t in head.subtree} - drop
    lo = hi = head.i
    while lo - 1 in kept:
        lo -= 1
    while hi + 1 in kept:
        hi += 1
    while lo < hi and (tokens[lo].is_punct or tokens[lo].is_space or tokens[lo].dep_ == "cc"):
        lo += 1
    if lo >= 2 and tokens[lo].pos_ == "PROPN" and tokens[lo - 1].text == "!" and not tokens[lo - 2].whitespace_ \
            and tokens[lo - 2].text[:1].isupper():
        lo -= 2  # a name with "!" in it ("Yahoo! News"), which the parser cuts at the "!"
    while hi > lo and (tokens[hi].is_punct or tokens[hi].is_space or tokens[hi].dep_ == "cc"):
        if tokens[hi].text == ")" and any(tokens[k].text == "(" for k in range(lo, hi)):
            break
        hi -= 1
    return lo, _past_short_titles(tokens, hi) + 1


def _past_short_titles(tokens, hi: int) -> int:
    """The last token of a phrase that ends in a title written short, taken on through the name after it: the parser
    cuts "said Const. Tim Fanning" at the stop, leaving "Const" as the speaker."""
    n = len(tokens)
    while tokens[hi].text.rstrip(".").lower() in TITLE_ABBREVIATIONS:
        name = hi + 1 if tokens[hi].text.endswith(".") else hi + 2
        if name >= n or (name == hi + 2 and tokens[hi + 1].text != ".") or tokens[name].pos_ != "PROPN":
            break
        hi = name
        while hi + 1 < n and tokens[hi + 1].pos_ == "PROPN":
            hi += 1
    return hi


def name_range(tok: "Token") -> tuple[int, int]:
    """The proper name a compound modifier belongs to: "Washington Post" in "a Washington Post report"."""
    doc = tok.doc
    tokens = tokens_of(doc)
    lo = tok.i
    while lo - 1 >= 0 and tokens[lo - 1].pos_ == "PROPN" and tokens[lo - 1].dep_ in ("compound", "nmod"):
        lo -= 1
    return lo, tok.i + 1


def has_clause(noun: "Token") -> bool:
    """Whether a noun cue carries a clause ("the report that ...")."""
    return any(c.dep_ in ("acl", "relcl", "ccomp") for c in noun.children)
