"""The polarity rule: one sentence affirms what its linked partner denies."""

from __future__ import annotations

import re
from typing import Iterator, Sequence

from ..core.types import Facet, FacetKind, Finding, Severity
from ..facets.lexicon.en.cardinals import CARDINALS
from ..facets.lexicon.en.predicates import (CONFIRM_CUES, CONTRARY_ACTS, DENY_CUES, FAILURE_VERBS, HARM_CLASSES,
                                            IMPACT_GENERAL, IMPACT_VERBS, INTENT_VERBS, LIGHT_PREDICATES, ONE_ACT,
                                            NEGATING_PREFIXES, STATE_ENDINGS)
from .dates import dates_agree
from .pairs import SentencePair, confidence, evidence, of_kind


def _asserted(facets: Sequence[Facet]) -> dict[str, Facet]:
    """Predicates a sentence asserts (main clause, not a light verb), by lemma; a copula by where or what its
    subject is ("be bridge": "was (not) on the bridge")."""
    out = {}
    for f in of_kind(facets, FacetKind.NEGATION):
        v = f.value
        if not v.predicate or not v.main:
            continue
        if v.predicate == "be" and v.object:
            out[f"be {v.object}"] = f
        elif v.predicate not in LIGHT_PREDICATES:
            out[ONE_ACT.get(v.predicate, v.predicate)] = f
    return out


def _other_days(pair: SentencePair) -> bool:
    """Both sentences date what they say and no two moments agree: "was in Washington on Monday" against "was not in
    Washington when the vote took place on Wednesday" (the date rule reports the days); or a moment stands against
    only an open date: "was not in custody on Tuesday morning", "was in custody by Tuesday evening" tell a state that
    changed. Two open dates of one frame are one time: "retired before 2008", "did not retire until February 2008"."""
    dx = [f.value for f in pair.of("x", FacetKind.DATE) if f.value.resolved and not f.value.said]
    dy = [f.value for f in pair.of("y", FacetKind.DATE) if f.value.resolved and not f.value.said]
    px, py = [d for d in dx if not d.bound], [d for d in dy if not d.bound]
    ox, oy = [d for d in dx if d.bound], [d for d in dy if d.bound]
    if any(dates_agree(a, b) for a in ox for b in oy):
        return False
    if px and py:
        return not any(dates_agree(a, b) for a in px for b in py)
    return bool(px and oy and not py) or bool(py and ox and not px)


def _other_objects(a: Facet, b: Facet) -> bool:
    """What "there is" says exists, of two different things: "no threat to the public", "a threat of flooding"."""
    there = {"there is", "there is no"}
    oa, ob = a.value.object, b.value.object
    return bool({a.value.cue, b.value.cue} & there) and bool(oa) and bool(ob) and oa != ob


def _other_subjects(a: Facet, b: Facet) -> bool:
    """A copula said of two subjects: "the captain was on the bridge", "the pilot was not"; not when one is "nobody"."""
    sa, sb = str(a.value.subject or "").lower(), str(b.value.subject or "").lower()
    if {sa, sb} & {"nobody", "none", "nothing", "one"}:
        return False  # "Nobody was on the bridge" denies it of anyone
    return a.value.predicate == "be" and bool(sa) and bool(sb) and sa != sb


def compare_polarity(pair: SentencePair) -> Iterator[Finding]:
    """The same asserted predicate affirmed on one side and negated on the other, or confirmed vs denied."""
    from ..facets.attribution.identity import same_source

    x, y, names = pair.x, pair.y, pair.names
    px, py = _asserted(pair.fx), _asserted(pair.fy)
    # "had previously denied" against "admitted": one source changing its stance, as both may report
    pairs = [(px[p], py[p]) for p in sorted(set(px) & set(py)) if px[p].value.polarity != py[p].value.polarity
             and not _earlier(px[p]) and not _earlier(py[p]) and not _promised_and_failed(px[p], py[p])
             and not _other_subjects(px[p], py[p]) and not _other_objects(px[p], py[p])
             and (px[p].value.future is True) == (py[p].value.future is True)  # a deed and one to come (or refused)
             and "no longer" not in (px[p].value.cue, py[p].value.cue)]  # a state that has ended: both were so
    for a in pair.of("x", FacetKind.ATTRIBUTION):
        for b in pair.of("y", FacetKind.ATTRIBUTION):
            ca, cb = a.value.cue, b.value.cue
            opposite = (ca in CONFIRM_CUES and cb in DENY_CUES) or (ca in DENY_CUES and cb in CONFIRM_CUES)
            if opposite and not _earlier(a) and not _earlier(b) and a.value.source and b.value.source and same_source(a.value.source, b.value.source):
                pairs.append((a, b))
    if _two_parts(pair):
        return
    pairs = pairs or _impact(pair, px, py)
    contrary = [] if pairs else _contrary(pair, px, py)
    if not (pairs or contrary) or _other_days(pair):
        return
    if contrary:
        a, b = contrary[0]
        yield Finding(
            facet="claim", kind="negation", severity=Severity.MEDIUM, statement=pair.statement,
            a=evidence(x, a, a.text), b=evidence(y, b, b.text),
            explanation=(f"{names[x.doc]} says \u201c{a.text}\u201d; {names[y.doc]} says the opposite, "
                         f"\u201c{b.text}\u201d"),
            confidence=confidence(pair.score, 0.6),
        )
        return
    a, b = pairs[0]
    a_yes = a.value.polarity if a.kind is FacetKind.NEGATION else a.value.cue in CONFIRM_CUES
    yes, no = ((x, a), (y, b)) if a_yes else ((y, b), (x, a))
    yield Finding(
        facet="claim", kind="negation", severity=Severity.MEDIUM, statement=pair.statement,
        a=evidence(x, a, "affirmed" if a_yes else "negated"), b=evidence(y, b, "negated" if a_yes else "affirmed"),
        explanation=(f"{names[yes[0].doc]} says it is so ({_shown(yes[1])}); "
                     f"{names[no[0].doc]} says it is not ({_shown(no[1])})"),
        confidence=confidence(pair.score, 0.7),
    )


PARTITIVE_RE = re.compile(r"\b(\w+) of (?:the|its|their|his|her|our) ", re.IGNORECASE)


def _two_parts(pair: SentencePair) -> bool:
    """Each sentence tells a different part of one group ("Three of the four stations were open", "One of the four
    stations did not open"): what is so of some and not of others is no contradiction."""
    if pair.texts is None:
        return False
    parts = [{m.group(1).lower() for m in PARTITIVE_RE.finditer(t) if _count_word(m.group(1))} for t in pair.texts]
    return bool(parts[0]) and bool(parts[1]) and not parts[0] & parts[1]


def _count_word(word: str) -> bool:
    return word.isdigit() or word.lower() in CARDINALS or word.lower() in ("some", "most", "many", "several", "half")


def _impact(pair: SentencePair, px: dict[str, Facet], py: dict[str, Facet]) -> list[tuple[Facet, Facet]]:
    """A thing said not to be touched at all ("flights were not disrupted", "the works has not been affected") against
    a way it was touched, told of it in the other sentence ("all flights were suspended", "knocked out the works")."""
    if pair.texts is None:
        return []
    out = []
    for (mine, theirs, text), flip in (((px, py, pair.texts[1]), False), ((py, px, pair.texts[0]), True)):
        for denied in mine.values():
            v = denied.value
            thing = str(v.object or "")
            if v.polarity is not False or v.predicate not in IMPACT_GENERAL or len(thing) < 3 or _earlier(denied):
                continue
            if not re.search(rf"\b{re.escape(thing)}", text.lower()):
                continue
            for touched in theirs.values():
                if touched.value.polarity is True and touched.value.predicate in IMPACT_VERBS and not _earlier(touched):
                    out.append((touched, denied) if flip else (denied, touched))
                    break
    return out[:1]


def _contrary(pair: SentencePair, px: dict[str, Facet], py: dict[str, Facet]) -> list[tuple[Facet, Facet]]:
    """Two affirmed verbs that say the same act was done and not done ("remained open", "was shut"; "effective",
    "ineffective"), neither an earlier stance nor the verb of a figure other than a length of time ("shares closed at
    310p" against "opened at 300p" tell two prices)."""
    figures = {f.value.verb for side in ("x", "y") for f in pair.of(side, FacetKind.NUMBER) if f.value.si_unit != "second"}
    out = []
    for p, a in px.items():
        for q, b in py.items():
            if (a.value.polarity is True and b.value.polarity is True and not _earlier(a) and not _earlier(b)
                    and not {p, q} & figures and _opposite(p, q)):
                out.append((a, b))
    return out[:1]


def _opposite(p: str, q: str) -> bool:
    """`p` and `q` say one act was done and not done: a pair of `CONTRARY_ACTS`, or a state and its prefixed
    opposite ("armed", "unarmed"); not harm words, which the harm rule reads."""
    if any((p in done and q in undone) or (q in done and p in undone) for done, undone in CONTRARY_ACTS):
        return True
    if p in HARM_CLASSES or q in HARM_CLASSES:
        return False
    short, long = sorted((p, q), key=len)
    stem = next((long[len(x):] for x in NEGATING_PREFIXES if long.startswith(x)), None)
    if stem is None or len(stem) < 4 or not stem.endswith(STATE_ENDINGS):
        return False
    return stem in (short, short + "d", short + "ed")


def _promised_and_failed(a: Facet, b: Facet) -> bool:
    """ "Agreed to release the player" against "failed to release him in time": both may be true."""
    cues = {a.value.cue, b.value.cue}
    return bool(cues & INTENT_VERBS) and bool(cues & FAILURE_VERBS)


def _earlier(facet: Facet) -> bool:
    return getattr(facet.value, "earlier", None) is True


def _shown(facet: Facet) -> str:
    """The words that carry a polarity: the predicate and its cue, or a source and its verb of saying ("“The
    minister”: deny"), whose own words would not show which way it goes."""
    if facet.kind is FacetKind.ATTRIBUTION:
        return f"\u201c{facet.text}\u201d: {facet.value.cue}"
    return f"\u201c{facet.text}\u201d"
