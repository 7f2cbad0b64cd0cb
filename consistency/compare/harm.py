"""The harm rule: one sentence says no one (or a person it names) was hurt, taken to hospital, killed or arrested; the
other, or any sentence of another article, tells people who were."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterator, Mapping, Sequence

from ..core.types import Facet, FacetKind, Finding, SentenceRef, Severity
from ..facets.lexicon.en.cardinals import CARDINALS
from ..facets.lexicon.en.numbers import NOUN_CLASSES, PERSON_GROUP_NOUNS
from ..facets.lexicon.en.negation import NEGATIVE_PRONOUNS
from ..facets.lexicon.en.predicates import HARM_CLASSES, HARM_IMPLIES, ZERO_WORDS
from ..facets.lexicon.en.speech import FEMALE_PRONOUNS, MALE_PRONOUNS, PLURAL_PRONOUNS
from .number_words import describe_number, singular
from .pairs import SentencePair, confidence, evidence, of_kind, written_years
from .slots import counted_noun

WORD = re.compile(r"[a-z]+")
ZERO_SUBJECT = re.compile(r"\b(?:no one|nobody|none of (?:the |its |their )?(?P<of>[a-z]+)|no (?P<no>[a-z]+))\b")
PEOPLE = PERSON_GROUP_NOUNS | frozenset({
    "officer", "firefighter", "student", "child", "patient", "infant", "baby", "rider", "skier", "miner", "soldier",
    "driver", "pilot", "tourist", "visitor", "fan", "pupil", "teacher", "nurse", "doctor", "climber", "diver",
    "resident", "worker", "employee", "passenger", "people", "man", "woman", "person", "spectator", "protester",
})
"""Counted nouns of people, of whom a harm can be told."""


HARM_VERBS = frozenset({"kill", "die", "hurt", "injure", "harm", "wound", "hospitalise", "hospitalize", "arrest",
                        "detain", "suffer"})
"""Verbs a count of people is told dead, hurt or arrested by ("killing two", "two workers were injured")."""

CARE_VERBS = frozenset({"take", "treat", "admit", "airlift", "rush", "fly", "carry", "discharge", "release", "remain"})
"""Verbs a count of people is told taken into care by, a hospital named ("two were taken to hospital")."""


def compare_harm(pair: SentencePair) -> Iterator[Finding]:
    """ "No one was hurt" (or "None of the crew required hospital treatment") against a count of people told as hurt,
    in hospital or dead ("Two workers were taken to hospital"): MEDIUM. The count must be of the people the denial
    covers (anyone, or the noun it names), and of a harm that implies the one denied: the dead and those taken to
    hospital were hurt; "no one died" says nothing of the injured."""
    if pair.texts is None or _other_year(pair):
        return
    for (zx, side_x, text_x), (fy, side_y, text_y), flip in (
            ((pair.fx, pair.x, pair.texts[0]), (pair.fy, pair.y, pair.texts[1]), False),
            ((pair.fy, pair.y, pair.texts[1]), (pair.fx, pair.x, pair.texts[0]), True)):
        zero = _denied_harm(zx, text_x)
        someone = _denied_of_someone(zx) if zero is None else None
        if zero is None and someone is None:
            continue
        denial, harm, who = zero or someone
        denied = f"none was {_told(harm)}" if zero else f"the {who} was not {_told(harm)}"
        for figure in _harmed_counts(fy, text_y, harm, who) or _harmed_person(fy, text_y, harm, who):
            a, b = (figure, denial) if flip else (denial, figure)
            ra, rb = (side_y, side_x) if flip else (side_x, side_y)
            worst = _told(_worst(text_y, harm))
            if figure.kind is FacetKind.NUMBER:
                count = describe_number(figure.value)
                told = f"counts {_with_harm(count, worst)}"
            else:
                count = f"someone {worst}"
                told = f"tells of someone {worst} ({_someone(text_y, figure)})"
            yield Finding(
                facet="claim", kind="negation", severity=Severity.MEDIUM, statement=pair.statement,
                a=evidence(ra, a, "negated" if a is denial else count),
                b=evidence(rb, b, "negated" if b is denial else count),
                explanation=(f"{pair.names[side_x.doc]} says {denied} (\u201c{denial.text}\u201d); "
                             f"{pair.names[side_y.doc]} {told}"),
                confidence=confidence(pair.closeness, 0.6),
            )
            return


def unpaired_harms(refs: Sequence[SentenceRef], facets: Mapping[SentenceRef, Sequence[Facet]],
                   texts: Mapping[SentenceRef, str], names: Mapping[str, str], statement_of: Mapping[SentenceRef, int],
                   compared: set[frozenset]) -> list[Finding]:
    """A sentence that denies a harm to anyone ("No one was injured.", "No arrests have been made.") against a sentence
    of another source telling someone hurt, in hospital, dead or arrested, though the two were not compared: a denial
    covers the whole story, so its contradiction is seldom worded like it. One finding per denial and source, none
    where a compared pair already tells it; not for a denial scoped to a part of the events ("No one was hurt during
    the recapture") or dated by a year ("nobody was hurt on that occasion, in 2018")."""
    def harms(x: SentenceRef, y: SentenceRef) -> list[Finding]:
        pair = SentencePair(x, facets.get(x, ()), y, facets.get(y, ()), names, statement_of[x], None, None,
                            (texts[x], texts[y]))
        return list(compare_harm(pair))

    out: list[Finding] = []
    for x in refs:
        zero = _denied_harm(facets.get(x, ()), texts[x])
        if zero is None or SCOPED.search(texts[x][zero[0].start:]) or written_years(facets.get(x, ())):
            continue
        told = {y.doc for y in refs if frozenset((x, y)) in compared and harms(x, y)}
        for y in refs:
            if y.doc == x.doc or y.doc in told or frozenset((x, y)) in compared:
                continue
            found = harms(x, y)
            if found:
                told.add(y.doc)
                out.extend(replace(f, confidence=round(f.confidence * 0.8, 4),
                                   explanation=f"{f.explanation} (in sentences the aligner did not pair: a denial "
                                               f"covers the whole story)") for f in found[:1])
    return out


SCOPED = re.compile(r"(?i)\b(?:during|while|when|at the time|(?:in|on) (?:that|this|an? (?:earlier|previous|separate)|"
                    r"the (?:first|second|earlier|previous|latest|separate))|so far|yet)\b")
"""Words that narrow a denial to a part or a moment of the events ("during the operation", "so far"), or to another
event ("No one was hurt in that incident")."""


def _other_year(pair: SentencePair) -> bool:
    """One sentence dates what it tells by a written year the other does not name ("In 2011 a fire in the hotel's
    kitchen forced an evacuation, but nobody was hurt"): an earlier event, told as background."""
    yx, yy = written_years(pair.fx), written_years(pair.fy)
    return bool(yx ^ yy) and not (yx & yy)


def harms_told(text: str) -> list[str]:
    """The kinds of harm a text's words tell, in the order they stand ("dead", "hospital", "injured", "arrested")."""
    return [HARM_CLASSES[w] for w in WORD.findall(text.lower()) if w in HARM_CLASSES]


def _worst(text: str, harm: str) -> str:
    """The harm a sentence tells that implies `harm`, the gravest first (dead, in hospital, hurt)."""
    told = set(harms_told(text))
    return next(t for t in ("dead", "hospital", "injured", "arrested") if t in told and harm in HARM_IMPLIES[t])


def _with_harm(count: str, harm: str) -> str:
    """ "3 men arrested" as described already, else "2 workers in hospital"."""
    return count if count.endswith(harm) else f"{count} {harm}"


def _told(harm: str) -> str:
    return {"dead": "dead", "hospital": "in hospital", "injured": "hurt", "arrested": "arrested"}[harm]


def _denied_harm(facets: Sequence[Facet], text: str) -> tuple[Facet, str, str | None] | None:
    """The denial of a harm a sentence makes of a subject none of whom it befell, the harm, and the people it
    names ("crew"; None for "no one"), or None."""
    lowered = text.lower()
    subject = ZERO_SUBJECT.search(lowered)
    if subject is None:
        return None
    harms = harms_told(lowered[subject.start():])
    denials = [f for f in of_kind(facets, FacetKind.NEGATION) if f.value.polarity is False and f.value.main
               and (f.text.lower().split() or [""])[0] in ZERO_WORDS]
    if not harms or not denials:
        return None
    if subject.group("of") and HARM_CLASSES.get(subject.group("of")):
        return None  # "none of the injuries was life-threatening": it tells the injuries' kind, and so affirms them
    named = subject.group("of") or subject.group("no")
    # "none of the four": of those the story counts, anyone
    who = None if named is None or named in ("one",) or named in CARDINALS else singular(named)
    if who is not None and who not in PEOPLE and NOUN_CLASSES.get(who) != "people":
        if HARM_CLASSES.get(named) is None:
            return None  # "no damage", "no evidence": not people
        who = None  # "No injuries have been reported": of anyone
    return denials[0], harms[0], who


def _denied_of_someone(facets: Sequence[Facet]) -> tuple[Facet, str, str] | None:
    """A harm the sentence denies of one person it names by a noun, told in the passive ("the coach driver has not
    been arrested"): the denial, the harm and the noun; None for a pronoun, a denial of an earlier time, an active
    verb ("the lynx did not harm any pets" tells what the lynx did), or no such denial."""
    for f in of_kind(facets, FacetKind.NEGATION):
        v = f.value
        who = v.object if not v.subject else None  # "has not been arrested": the one it did not befall
        harm = HARM_CLASSES.get(str(v.predicate))
        if (v.polarity is False and v.main and v.predicate in HARM_VERBS and harm and isinstance(who, str)
                and who.isalpha() and who not in PRONOUNS and v.cue in ("not", "n't", "never") and not v.earlier):
            return f, harm, who
    return None


PRONOUNS = MALE_PRONOUNS | FEMALE_PRONOUNS | PLURAL_PRONOUNS | NEGATIVE_PRONOUNS | {"it", "one", "anyone"}


def _harmed_counts(facets: Sequence[Facet], text: str, harm: str, who: str | None) -> list[Facet]:
    """Counts of people the sentence tells a harm of that implies `harm`, of `who` when it is named."""
    told = set(harms_told(text))
    if not any(harm in HARM_IMPLIES[t] for t in told) or any(
            f.kind is FacetKind.NEGATION and f.value.polarity is False for f in facets):
        return []
    out = []
    for f in of_kind(facets, FacetKind.NUMBER):
        noun = counted_noun(f.value)
        verb = str(f.value.verb or "")
        if verb not in HARM_VERBS and not (verb in CARE_VERBS and "hospital" in told):
            continue  # "dozens of guests fled" beside "a grandmother died": the count is of those who fled
        if f.value.kind != "count" or not isinstance(f.value.value, (int, float)) or f.value.value < 1:
            continue
        noun = noun or ("people" if f.value.noun is None and _people_before(text[:f.start]) else None)
        if not noun or (noun not in PEOPLE and NOUN_CLASSES.get(noun) != "people"):
            continue
        named = text[f.end:f.end + len(who) + 2].lower().split()[:1] if who else []
        if who is not None and noun != who and named != [who] and not (
                NOUN_CLASSES.get(noun) and NOUN_CLASSES.get(noun) == NOUN_CLASSES.get(who)):
            continue  # "two crew members" are of "none of the crew"; "two residents" are not
        out.append(f)
    return out


def _harmed_person(facets: Sequence[Facet], text: str, harm: str, who: str | None) -> list[Facet]:
    """The act a sentence asserts of someone it does not count, a harm that implies `harm` ("A female keeper was taken
    to hospital", "Kerry Dunmore, 38, was hurt"): the affirmed verb, its doer or sufferer told as a person before it
    (a name, an age, a noun of people or of someone's role: keeper, mother, officer). "One of the wolves was hurt"
    is no one."""
    told = set(harms_told(text))
    if not any(harm in HARM_IMPLIES[t] for t in told) or any(
            f.kind is FacetKind.NEGATION and f.value.polarity is False for f in facets):
        return []
    for f in of_kind(facets, FacetKind.NEGATION):
        verb = f.value.predicate
        if f.value.polarity is not True or not f.value.main or not (
                verb in HARM_VERBS - {"suffer"} or (verb in CARE_VERBS and "hospital" in told)):
            continue
        before = text[:f.start].lower()
        if who is not None and not re.search(rf"\b{re.escape(who)}", before):
            continue
        named = any(g.end <= f.start and ((g.kind is FacetKind.ENTITY and g.value.label == "PERSON")
                                          or (g.kind is FacetKind.NUMBER and g.value.kind == "age")) for g in facets)
        if named or any(singular(w) in PEOPLE or ROLE_NOUN.fullmatch(w) for w in WORD.findall(before)):
            return [f]
    return []


def _people_before(before: str) -> bool:
    """A count that names nothing opens its sentence or follows "all" ("All four were taken to hospital"): the people
    the story has been counting."""
    return re.fullmatch(r"\s*(?:all|the|all the|these|those)?\s*", before.lower()) is not None


ROLE_NOUN = re.compile(r"[a-z]{3,}(?:er|or|ist)s?")
"""A noun of someone's role or tie ("keeper", "mother", "operator", "motorist"): of a person, when the verb it does or
suffers is a harm ("was taken to hospital", "was hurt")."""


def _someone(text: str, act: Facet) -> str:
    """The words that tell who suffered a harm not counted: the sentence up to the act, shortened."""
    words = text[:act.end].split()
    return "\u201c" + " ".join(words[-8:]) + "\u201d"


