"""What a document has named so far, to resolve pronouns ("she"), short forms ("the Post") and relative pronouns."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterable, Sequence

from ..lexicon.en.aliases import SOURCE_ALIASES
from ..lexicon.en.calendar import FULL_WEEKDAYS, MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS
from ..lexicon.en.names import FEMALE_WORDS, FIRST_NAME_GENDER, HONORIFICS, MALE_WORDS, NAME_SUFFIXES
from ..lexicon.en.speech import (
    FEMALE_PRONOUNS, MALE_PRONOUNS, PLURAL_PRONOUNS, PRONOUN_SOURCES, RELATIVE_PRONOUNS,
)
from ..nlp import ents_of, span_text, tokens_of
from .canonical import canonical_source, looks_like_person
from .rules import Hit
from .syntax import phrase_range

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token

#: Tokens spaCy tags PERSON that are not people (month and weekday abbreviations).
NOT_PERSON = MONTH_ABBREVIATIONS | frozenset(day for day in WEEKDAYS if day not in FULL_WEEKDAYS)
CALENDAR_WORDS = frozenset(WEEKDAYS) | frozenset(MONTHS) | MONTH_ABBREVIATIONS


@dataclass
class Mention:
    """A named source or subject seen earlier in the document."""

    canon: str
    person: bool
    plural: bool
    gender: str | None
    speaker: bool


@dataclass
class Context:
    """What the document has named so far."""

    surnames: set[str] = field(default_factory=set)  # last words of PERSON names in the document
    genders: dict[str, str] = field(default_factory=dict)  # surname -> "m" | "f"
    names: list[str] = field(default_factory=list)  # canonical names, in order (for short forms)
    subjects: list[Mention] = field(default_factory=list)  # named subjects and speakers, in order
    previous: set[str] = field(default_factory=set)  # the names of the sentence before, people's and bodies'


def _gender_of_words(words: Iterable[str]) -> str | None:
    """"f" or "m" from the first gendered word ("Mrs.", "spokesman"), else None."""
    for w in words:
        lw = w.lower()
        if lw in FEMALE_WORDS:
            return "f"
        if lw in MALE_WORDS:
            return "m"
    return None


def _is_person_ent(ent: "Span") -> bool:
    return ent.label_ == "PERSON" and span_text(ent).lower().strip(".") not in NOT_PERSON


def _person_entity(doc: "Doc", span: tuple[int, int]) -> "Span | None":
    best = None
    for ent in ents_of(doc):
        if ent.start >= span[0] and ent.end <= span[1] and _is_person_ent(ent):
            best = ent
    return best


def collect_people(docs: Sequence["Doc"]) -> tuple[set[str], dict[str, str]]:
    """Surnames of everyone spaCy tags PERSON in the document, with a gender when one shows."""
    surnames: set[str] = set()
    genders: dict[str, str] = {}
    for doc in docs:
        tokens = tokens_of(doc)
        for ent in ents_of(doc):
            if not _is_person_ent(ent):
                continue
            words = [w for w in canonical_source(span_text(ent)).split() if w.lower() not in NAME_SUFFIXES]
            if not words:
                continue
            last = words[-1].lower()
            after = tokens[ent.end] if ent.end < len(doc) else None
            if (after is not None and after.pos_ == "PROPN" and after.text[:1].isupper() and not after.ent_type_
                    and after.lower_ not in CALENDAR_WORDS and after.lower_ not in NAME_SUFFIXES):
                surnames.add(after.lower_)  # a name the tagger cut short: "Marine Le" of "Marine Le Pen"
            surnames.add(last)
            # a middle name may be the one a person goes by: "Kiptum" of "Kelvin Kiptum Cheruiyot"
            surnames.update(w.lower() for w in words[1:-1] if w[:1].isupper() and len(w) > 2)
            gender = FIRST_NAME_GENDER.get(words[0].lower()) if len(words) > 1 else None
            if gender is None and ent.start > 0:
                gender = _gender_of_words([tokens_of(doc)[ent.start - 1].text])
            if gender:
                genders.setdefault(last, gender)
    return surnames, genders


def describe_mention(doc: "Doc", span: tuple[int, int], head: "Token", canon: str, ctx: Context) -> Mention:
    """Person? plural? gender? of a named source phrase."""
    tokens = tokens_of(doc)
    words = canon.split()
    last = words[-1].lower() if words else ""
    first = words[0].lower() if len(words) > 1 else ""
    toks = tokens[span[0] : span[1]]
    person = looks_like_person(canon) and (
        _person_entity(doc, span) is not None
        or last in ctx.surnames
        or first in FIRST_NAME_GENDER
        or any(t.lower_ in HONORIFICS for t in toks if t.i < head.i)
    )
    plural = head.tag_ in ("NNS", "NNPS") and not person
    gender = None
    if person:
        gender = FIRST_NAME_GENDER.get(first) or _gender_of_words(t.text for t in toks) or ctx.genders.get(last)
        if gender:
            ctx.genders.setdefault(last, gender)
    return Mention(canon, person, plural, gender, False)


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


def _resolve_pronoun(pron: str, subjects: Sequence[Mention]) -> str | None:
    """he/she: nearest named person of that (or unknown) gender; they: plural speaker; it: organisation speaker."""
    p = pron.lower()
    if p in MALE_PRONOUNS or p in FEMALE_PRONOUNS:
        want = "m" if p in MALE_PRONOUNS else "f"
        for m in reversed(subjects):
            if m.person and m.gender in (None, want):
                return m.canon
        return None
    if p in PLURAL_PRONOUNS:
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


def _sole_person(pron: str, resolved: str, subjects: Sequence[Mention], names: Sequence[str],
                 recent: Iterable[str] = ()) -> bool:
    """ "he" or "she" resolved to the only person named before, as a subject or anywhere (`names`): "Fire Chief Dana
    Brooks said ... 'It could have been worse,' she said" can only be Brooks. So is the only one `recent` names (the
    sentence before and this one up to the pronoun) whom the pronoun may mean, when that is the person resolved:
    "Site manager Derek Halloran said ... '...,' he said" after other people earlier in the story."""
    if pron not in MALE_PRONOUNS and pron not in FEMALE_PRONOUNS:
        return False
    want = "m" if pron in MALE_PRONOUNS else "f"
    gender = {m.canon: m.gender for m in subjects if m.gender}
    known = {gender.get(resolved), FIRST_NAME_GENDER.get(resolved.split()[0].lower())}
    # a full name whose gender nothing contradicts: a bare surname ("Reid") may be someone the story only described
    # before ("the actress's rep said ... he said")
    # nobody described since ("a neighbour who asked not to be named said ..."), whom "she" may mean instead
    latest = bool(subjects) and subjects[-1].canon == resolved
    if not (latest and len(resolved.split()) >= 2 and known - {None} <= {want}):
        return False
    people = {m.canon for m in subjects if m.person} | {n for n in names if looks_like_person(n)}
    if people == {resolved}:
        return True
    near = {n for n in recent if looks_like_person(n) and n in people}
    others = {n for n in near - {resolved}
              if (gender.get(n) or FIRST_NAME_GENDER.get(n.split()[0].lower())) in (None, want)}
    return resolved in near and not others


def _name_phrase(doc: "Doc", head: "Token", span: tuple[int, int], names: Sequence[str]) -> tuple[str, str | None]:
    """(canonical name, short form as written if it was expanded) of a named phrase."""
    tokens = tokens_of(doc)
    lo, hi = span
    appos = [c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN" and lo <= c.i < hi]
    if head.pos_ == "NOUN" and appos:  # "the regional newspaper Diario del Ebro": the name, not the noun
        head = appos[0]
    core_lo, core_hi = phrase_range(head, full=False) if head.i in range(lo, hi) and hi - lo > 1 else span
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


def name_source(doc: "Doc", hit: Hit, names: Sequence[str], subjects: Sequence[Mention],
                recent: Iterable[str] = ()) -> None:
    """Fill `source` and `resolved_from` of a hit from its words and what came before."""
    head = hit.source_tok
    if head is None:
        return
    written = span_text(doc[hit.span[0] : hit.span[1]])
    lower = head.lower_
    if head.pos_ == "PRON" and lower in RELATIVE_PRONOUNS and head.head.dep_ == "relcl":
        antecedent = head.head.head
        hit.source = _name_phrase(doc, antecedent, phrase_range(antecedent, full=False), names)[0]
        hit.resolved_from = written
        return
    if head.pos_ == "PRON" and lower in PRONOUN_SOURCES:
        resolved = _resolve_pronoun(lower, subjects)
        hit.source = resolved or lower
        hit.resolved_from = written if resolved else None
        hit.sole = resolved is not None and _sole_person(lower, resolved, subjects, names, recent)
        return
    hit.source, hit.resolved_from = _name_phrase(doc, head, hit.span, names)


Event = tuple[int, "str | None", "Mention | None"]  # token index, a name (short forms), a subject (pronouns)


def sentence_mentions(doc: "Doc", quoted: list[bool], names: list[str], ctx: Context) -> list[Event]:
    """Named entities (for short forms) and named subjects (for pronouns) of a sentence, by token position."""
    out: list[Event] = []
    for ent in ents_of(doc):
        if ent.label_ in ("PERSON", "ORG") and (ent.label_ != "PERSON" or _is_person_ent(ent)):
            canon = canonical_source(span_text(ent))
            if canon:
                out.append((ent.start, canon, None))
    for tok in tokens_of(doc):
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.pos_ != "PROPN" or quoted[tok.i]:
            continue
        span = phrase_range(tok, full=False)
        earlier = names + [n for i, n, _ in out if n and i < tok.i]
        canon, _ = _name_phrase(doc, tok, span, earlier)
        if canon:
            out.append((tok.i, None, describe_mention(doc, span, tok, canon, ctx)))
    out.sort(key=lambda x: x[0])
    return out


def remember(doc: "Doc", hits: list[Hit], mentions: list[Event], ctx: Context) -> None:
    """Add a sentence's names and named subjects and speakers to the context, in the order they stand."""
    by_tok = {h.source_tok.i: h for h in hits if h.source_tok is not None and h.source}
    events: list[Event] = [
        (i, n, m) for i, n, m in mentions if m is None or i not in by_tok
    ]
    unsure: set[int] = set()
    for h in by_tok.values():
        if h.source in PRONOUN_SOURCES:
            continue
        mention = describe_mention(doc, h.span, h.source_tok, h.source, ctx)
        if h.source_tok.pos_ == "PRON":  # a resolved pronoun: same person as before
            prior = next((m for m in reversed(ctx.subjects) if m.canon == h.source), None)
            if prior is not None:
                mention = Mention(prior.canon, prior.person, prior.plural, prior.gender, False)
        mention.speaker = True
        events.append((h.source_tok.i, h.source, mention))
        if h.source_tok.pos_ == "PRON" and not h.sole:
            unsure.add(h.source_tok.i)
    ctx.previous = set()
    for i, name, mention in sorted(events, key=lambda e: e[0]):
        if name:
            ctx.names.append(name)
        if mention is not None:
            ctx.subjects.append(mention)
        # a pronoun read uncertainly names no one just before: "he" after a sentence the parser found no subject in
        # must not vouch for the next "he" as the person just named
        if i not in unsure:
            ctx.previous |= {n for n in (name, mention and mention.canon) if n}
