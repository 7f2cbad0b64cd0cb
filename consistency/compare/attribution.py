"""The attribution rule: two linked sentences credit the statement to different sources or relays; how a source reads."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterator, NamedTuple, Sequence

from ..core.types import Facet, FacetKind, Finding, Severity
from ..core.values.sources import SourceValue
from ..facets.lexicon.en.function_words import FUNCTION_WORDS
from ..facets.lexicon.en.names import (GENERIC_ORG_WORDS, HONORIFICS, NAME_FUNCTION_WORDS, ORG_HEAD_WORDS,
                                      METONYM_BODIES, OUTLET_DESCRIPTIONS, SPEAKER_ROLE_NOUNS, SPOKESPERSON_WORDS,
                                      TITLE_WORDS)
from ..facets.lexicon.en.speech import ANONYMOUS_SOURCE_PHRASES, QUOTE_FRAMING_VERBS, RELAY_CUES
from .bodies import body_clash, described_bodies
from .offices import compare_offices
from .pairs import SentencePair, confidence, evidence, of_kind
from .quotes import mostly_same, one_claim, one_quotation, quoted_apart, quotes_related

HIGH_LINK = 0.9  # a pair linked at least this strongly states one claim; below, two names may be two events

SHARED_WORDING_MIN = 0.25
"""Least share of the shorter sentence's words (besides who said it and the verb of saying) that the other
sentence also uses, and at least `SHARED_WORDS_MIN` of them, for two sources of them to clash above LOW. Two
people quoted on one topic ("the rules will clear up confusion", Kempthorne said; "I did not see any harm", Hall
said) are two statements, not one credited twice; one claim told twice keeps its words ("sentenced to two years for
incitement" and "received two years for incitement"). Measured on ECB+ clusters: the medium speaker clashes below it
were all two statements."""

SHARED_WORDS_MIN = 3
"""Two words in common ("four bodies") tell the topic, not the claim: "Four bodies were recovered within hours" and
"divers spotted four to six more bodies" are two statements."""

WORD = re.compile(r"[^\W_]+")
OF_BODY_RE = re.compile(r"\b(?:of|for|at|from)\s+(?P<body>[^,;()]+)")  # "Tom Reed of the Boston Herald"


def _sources(facets: Sequence[Facet], role: str) -> list[Facet]:
    """Named sources in a role; a description ("the company", "officials") may mean anyone, so it never conflicts.

    A value not marked named or not (`named` absent) counts as named.
    """
    return [f for f in of_kind(facets, FacetKind.ATTRIBUTION)
            if f.value.role == role and f.value.source and f.value.named is not False]


def _credited(facets: Sequence[Facet]) -> list[Facet]:
    """The facets without the sources that did not say it: "the company did not reveal the figure", "police
    declined to say" credit nothing to the company or the police."""
    def withheld(f: Facet) -> bool:
        span = f.value.cue_span if f.kind is FacetKind.ATTRIBUTION else None
        return bool(span) and any(n.kind is FacetKind.NEGATION and n.value.polarity is False
                                  and n.value.predicate == f.value.cue and n.start <= span[0] < n.end for n in facets)
    return [f for f in facets if not withheld(f)]


PLACED_RE = re.compile(r"\s+(?:in|at|of|from|inside|within|with|who|that|"
                       + "|".join(map(re.escape, ANONYMOUS_SOURCE_PHRASES)) + r")\s+")
"""What places anonymous people after their kind: "sources in the Berlin police", "people close to the company"."""


def _relayed(pair: SentencePair, a: Facet, b: Facet) -> bool:
    """The sentence on the record names the anonymous source's kind ("two jurors ... said" against "'I talked to two
    jurors and they both say ...,' Howard said"): the named source may be passing their words on."""
    if pair.texts is None:
        return False
    anonymous, other = (a, pair.texts[1]) if a.value.anonymous is True else (b, pair.texts[0])
    # the kind is the head before what places it: "sources in the Berlin police" are sources, not police
    head = PLACED_RE.split(str(anonymous.value.source or anonymous.text).lower(), maxsplit=1)[0]
    words = WORD.findall(head)
    kind = words[-1].removesuffix("s") if words else ""
    return len(kind) > 2 and re.search(rf"\b{re.escape(kind)}s?\b", other, re.IGNORECASE) is not None



def _standing(facets: Sequence[Facet]) -> tuple[list[Facet], list[Facet]]:
    """A sentence's anonymous speakers and its speakers on the record."""
    speakers = [f for f in of_kind(facets, FacetKind.ATTRIBUTION) if f.value.role == "speaker"]
    return [f for f in speakers if f.value.anonymous is True], [f for f in speakers if _on_record(f)]


def _written(f: Facet) -> str:
    return f"{f.text or f.value.source} (anonymous)" if f.value.anonymous is True else _label(f)


def _on_record(f: Facet) -> bool:
    """Named, or described by an office or a body with a proper name ("the Foreign Minister", "East Coast
    Railway officials"): a capitalised word after the first, which may only open the sentence; or an official
    spokesperson, who speaks for the record ("the prime minister's official spokesman")."""
    if f.value.anonymous is True or not f.value.source:
        return False
    words = f.text.lower().split()
    official = any(w in SPOKESPERSON_WORDS for w in words) and ("official" in words or any("'s" in w for w in words))
    return f.value.named is not False or any(w[:1].isupper() for w in f.text.split()[1:]) or official


def _label(f: Facet) -> str:
    source = str(f.value.source)
    resolved = f.value.resolved_from
    return f"{source} (\u201c{resolved}\u201d)" if resolved else source


def describe_source(v: SourceValue) -> str:
    """One attribution in words, for the `facets` view: "speaker: Nancy Pelosi from 'she' [cue say]"."""
    if v.unattributed:
        return "unattributed"
    via = f" from {v.resolved_from!r}" if v.resolved_from else ""
    return f"{v.role}: {v.source}{via} [cue {v.cue}]"


def _pronoun(f: Facet) -> bool:
    """A source read from a pronoun that may mean someone else (unless only one person named before can be meant)."""
    from ..facets.lexicon.en.speech import PRONOUN_SOURCES, RELATIVE_PRONOUNS

    written = (f.value.resolved_from or "").lower()
    return (written in PRONOUN_SOURCES and f.value.sole is not True) or written in RELATIVE_PRONOUNS


def _speaker_severity(pair: SentencePair, a: Facet, b: Facet, several: bool) -> tuple[Severity, str]:
    """How sure a clash of two named speakers is, and why it is demoted (empty when it is not)."""
    from ..facets.attribution.canonical import canonical_source, is_news_outlet
    from ..facets.attribution.identity import spelt_alike, stands_for

    for f in (a, b):
        if _pronoun(f):
            return Severity.LOW, f" (\u201c{f.value.resolved_from}\u201d may mean someone else)"
    if spelt_alike(str(a.value.source), str(b.value.source)):
        return Severity.LOW, " (may be one person spelt two ways)"
    if stands_for(str(a.value.source), str(b.value.source)):
        return Severity.LOW, " (a capital, a building or a state's news agency may stand for the body)"
    if _speaks_for(a, b) or _speaks_for(b, a):
        return Severity.LOW, " (a person may speak for the body)"
    ka, kb = a.value.person, b.value.person
    if {ka, kb} == {True, False}:
        body, person = (a, b) if ka is False else (b, a)
        theirs = _other_body(pair, body, person)
        if theirs:
            return Severity.MEDIUM, f" ({_label(person)} is of {theirs}, another body)"
        if _office_elsewhere(pair, body, person):
            office = person.value.office
            return Severity.MEDIUM, f" (one quotation; {_label(person)} is {office}, no office of that body)"
        return Severity.LOW, " (a person may speak for the body)"
    if is_news_outlet(canonical_source(str(a.value.source))) and is_news_outlet(canonical_source(str(b.value.source))):
        return Severity.LOW, " (two outlets may relay one source)"
    full = all(len(canonical_source(str(f.value.source)).split()) >= 2 and not f.value.resolved_from for f in (a, b))
    if ka is True and kb is True and full and not several and (pair.link or 0.0) >= HIGH_LINK:
        shared = shared_wording(pair)
        if shared is not None and shared.common < SHARED_WORDS_MIN:
            # "'We are devastated,' Ana Ruiz said" and "... Tom Hale said": words two people may both have said
            return Severity.MEDIUM, " (a few words two people may both have said)"
        return Severity.HIGH, ""
    return Severity.MEDIUM, ""


class Wording(NamedTuple):
    """What two sentences' content words have in common (`shared_wording`)."""

    share: float  # of the shorter sentence's content words, those the other also has
    common: int  # how many those are
    shorter: int  # how many content words the shorter sentence has


def shared_wording(pair: SentencePair) -> Wording | None:
    """The content words two sentences share, leaving out the words of their sources and cues of saying (None
    without the sentences' words)."""
    if pair.texts is None:
        return None
    def words(text: str, facets: Sequence[Facet]) -> set[str]:
        chars = list(text)
        for f in of_kind(facets, FacetKind.ATTRIBUTION):
            for start, end in ((f.start, f.end), f.value.cue_span or (0, 0)):
                chars[start:end] = " " * (end - start)
        return {w for w in WORD.findall("".join(chars).lower()) if w not in FUNCTION_WORDS}
    wx, wy = words(pair.texts[0], pair.fx), words(pair.texts[1], pair.fy)
    shorter = min(len(wx), len(wy))
    return Wording(len(wx & wy) / max(1, shorter), len(wx & wy), shorter)


def _two_statements(pair: SentencePair) -> bool:
    """Two sentences that share too few words besides who said them to credit one claim twice."""
    shared = shared_wording(pair)
    # a short quotation ("We are devastated," X said) may have fewer content words than the floor: all of them do
    return shared is not None and (shared.share < SHARED_WORDING_MIN
                                   or shared.common < min(SHARED_WORDS_MIN, shared.shorter))


TWO_STATEMENTS = " (the two sentences share few words besides who said them: perhaps two statements)"
ANONYMOUS_LINK = 0.55
"""Least link of a pair for a named source against an anonymous one to clash however few words they share."""
TWO_QUOTATIONS = " (each quotes words the other does not: perhaps two statements)"

TWO_GESTURES = " (a gesture, and no words quoted by both: perhaps two people's)"

OUTLET_SOURCES = " (a news outlet may be reporting what anonymous sources told it)"


def _outlet_on_record(a: Facet, b: Facet) -> bool:
    """The source on the record is a news outlet ("EW.com reports" against "sources tell EW.com"): outlets report
    what unnamed sources tell them, so the two may be one."""
    from ..facets.attribution.canonical import WEB_SUFFIX_RE, canonical_source, is_news_outlet

    def outlet(f: Facet) -> bool:
        written = f.text.split()
        # a site that reports ("EW.com reports", not "Amazon.com said"); "trade publication Variety"; a journalist of
        # an outlet ("Michael Silverman of the Boston Herald")
        site = f.value.cue in RELAY_CUES and any(WEB_SUFFIX_RE.search(w) for w in written)
        described = any(w.lower() in OUTLET_DESCRIPTIONS and nxt[:1].isupper() for w, nxt in zip(written, written[1:]))
        of = OF_BODY_RE.search(f.text)
        return (is_news_outlet(canonical_source(str(f.value.source))) or site or described
                or (of is not None and is_news_outlet(canonical_source(of["body"]))))
    return any(f.value.anonymous is not True and outlet(f) for f in (a, b))


def _speaks_for(body: Facet, person: Facet) -> bool:
    """The other source's words, or the office the story gives that person, name `body` before a role ("Kemtek
    spokeswoman Lisa Grant" against "Kemtek"; "he said" after "Metrolink chief executive Simon Adair said"): the person
    speaks for it, whatever the name reader took an unknown company for."""
    from ..facets.attribution.identity import same_source

    name = str(body.value.source)
    if not name or str(person.value.source) in name:
        return False
    written = f" {person.text} "
    at = written.find(f" {name} ")
    if at >= 0 and written.find(f" {person.value.source}") > at and _role_after(written, at + len(name) + 2):
        return True
    office = f" {person.value.office} " if person.value.office else ""
    # the body's name in full, or its first word as its short name ("Autostrade chief executive" for Autostrade per
    # l'Italia), before a role
    for short in dict.fromkeys((name, name.split()[0])):
        at = office.find(f" {short} ")
        if at >= 0 and short[:1].isupper() and len(short) > 2 and _role_after(office, at + len(short) + 2):
            return True
    # a role of the body, by its name or the words beside it ("acting director of the National Disaster Centre" for
    # "PNG's National Disaster Centre"; "head of the Valencia regional government" for "The Generalitat, Valencia's
    # regional government")
    role, of, body_named = office.strip().partition(" of ")
    beside = body.text.split(", ")[1:2]
    former = "former" in role.lower().split()  # a former director speaks for no body
    return bool(of) and not former and _role_after(role, role.rfind(" ") + 1) and any(
        same_source(body_named.removeprefix("the "), told) for told in (name, *beside))


def _role_after(words: str, at: int) -> bool:
    """The word at `at` is a role in the body just named ("Kemtek spokeswoman", "Kemtek chief executive"), not "Obama
    critic Ted Cruz"."""
    role = words[at:].split()[:1]
    # "head" titles no name ("Head Coach" is not a person), so it is no title word, but it is a role in a body
    return bool(role) and (role[0].lower() in SPEAKER_ROLE_NOUNS or role[0].lower() in TITLE_WORDS
                           or role[0].lower() == "head")


def _office_elsewhere(pair: SentencePair, body: Facet, person: Facet) -> bool:
    """One quotation credited to a body and to a person whose office the story gives, names a field of its own and
    shares no word with the body's name ("the Navy SEALs wrote" against "said rescue chief Narongsak"): two sources
    for one statement."""
    office = {w for w in WORD.findall(str(person.value.office or "").lower()) if w not in FUNCTION_WORDS}
    name = {w for w in WORD.findall(str(body.value.source or "").lower()) if w not in FUNCTION_WORDS}
    # the office must name a field of its own ("rescue" chief): a bare title ("chief executive", "Chief Justice") may
    # be the body's own
    field = office - TITLE_WORDS - SPEAKER_ROLE_NOUNS
    return bool(field) and bool(name) and not office & name and one_quotation(pair)


def _other_body(pair: SentencePair, body: Facet, person: Facet) -> str | None:
    """The body a named person speaks for, when it is not the body the other outlet credits and both
    sentences give the same figure or quote the same words ("police" against "the medical director of the ambulance
    service")."""
    from ..facets.attribution.canonical import affiliation, canonical_source
    from ..facets.attribution.identity import same_source

    theirs = affiliation(person.text, canonical_source(str(person.value.source)))
    words = canonical_source(str(body.value.source) or body.text).lower().split()
    if not theirs or not words or not one_claim(pair):
        return None
    head = words[-1].rstrip("s") if words[-1] not in ORG_HEAD_WORDS else words[-1]
    if head in theirs.lower() or same_source(" ".join(words), theirs):
        return None  # "police" and "Eastshire Police": the body and one of its own
    return theirs


def _who(words: str) -> set[str]:
    """The words of a description that tell which body or office it is: "a spokeswoman for Ludlow General
    Hospital" -> {ludlow, general, hospital}; "a company spokesman" -> nothing."""
    out = set()
    for w in words.replace("\u2019", "'").lower().replace(",", " ").replace("-", " ").split():
        w = w.removesuffix("'s").strip(".'\"")
        if w and w not in NAME_FUNCTION_WORDS and w not in GENERIC_ORG_WORDS and w not in SPEAKER_ROLE_NOUNS:
            out.add(w)
    return out


def _spokespeople(facets: Sequence[Facet]) -> list[Facet]:
    """Speakers described as speaking for a body they name ("a police spokesman", "a spokeswoman for Ludlow General
    Hospital"); not "officials", "a company spokesman" or "the officer in charge of the inquiry": anyone's."""
    return [f for f in of_kind(facets, FacetKind.ATTRIBUTION)
            if _described(f) and set(f.text.lower().split()) & SPEAKER_ROLE_NOUNS]


def _described(f: Facet) -> bool:
    """A speaker described, not named, by a body it names: "police", "a spokeswoman for Ludlow General Hospital"."""
    return (f.value.role == "speaker" and f.value.named is False and f.value.anonymous is not True
            and (bool(_who(f.text) & ORG_HEAD_WORDS) or any(w[:1].isupper() for w in f.text.split()[1:])))


def _office_clash(pair: SentencePair, fx: Sequence[Facet], fy: Sequence[Facet]) -> Finding | None:
    """A spokesperson of one body ("a spokeswoman for Ludlow General Hospital") against a person whose office, told
    anywhere in the story, names another body ("County Fire Marshal Dana Ortiz"), both giving the same figure (or
    restating one sentence), as `_other_body` asks. A bare title ("President", "the chief executive", "Detective
    Inspector") names no body: "a White House spokesman" may speak for the president, "a police spokesman" for the
    inspector. A spokesperson against another body is left alone: "the news site" is a relay, not a speaker."""
    x, y, names = pair.x, pair.y, pair.names
    spokes_x, spokes_y = _spokespeople(fx), _spokespeople(fy)
    if not (spokes_x or spokes_y) or not one_claim(pair):
        return None
    for p, spokespeople, q, fq in ((x, spokes_x, y, fy), (y, spokes_y, x, fx)):
        for spokes in spokespeople:
            for person in _people(fq):
                office = person.value.office
                if not office or _pronoun(person) or not _names_a_body(office) or _one_body(spokes.text, office) \
                        or _who(spokes.text) & _who(str(person.value.source)):
                    continue  # "a spokesman for Albright" speaks for Albright
                # (sentence, facet, value, words in the explanation), in document order
                sides = [(p, spokes, spokes.text, spokes.text),
                         (q, person, str(person.value.source), f"{_label(person)}, {office}")]
                (ra, fa, va, wa), (rb, fb, vb, wb) = sides if p is x else sides[::-1]
                return Finding(
                    facet="attribution", kind="office", severity=Severity.MEDIUM, statement=pair.statement,
                    a=evidence(ra, fa, va), b=evidence(rb, fb, vb),
                    explanation=f"{names[ra.doc]} credits it to {wa}; {names[rb.doc]} to {wb} (another body)",
                    confidence=confidence(pair.score, 0.6),
                )
    return None


def _one_body(spokes: str, office: str) -> bool:
    """Whether a spokesperson's body and a person's office may be one: a shared word, an initialism ("a spokesman
    for the Football Association", "FA chief executive") or a place that stands for a body ("a Pentagon spokesman",
    "Defense Secretary"; "a Met spokesman", "Metropolitan Police Commander")."""
    if _who(spokes) & _who(office):
        return True
    written = f" {spokes} {office} ".lower().replace("\u2019", "'")
    if any(f" {m} " in written or f" {m}'s " in written for m in METONYM_BODIES):
        return True
    return bool(_initialisms(spokes) & _capitals(office) or _initialisms(office) & _capitals(spokes))


def _capitals(text: str) -> set[str]:
    words = (w.strip(".,'\u2019") for w in text.split())
    return {w for w in words if w.isupper() and len(w) >= 2}


def _initialisms(text: str) -> set[str]:
    """Initials of each run of capitalised words: "a spokesman for the Football Association" -> {"FA"}."""
    out, run = set(), []
    for w in [*text.replace("-", " ").split(), ""]:
        if w[:1].isupper() and w.lower() not in TITLE_WORDS:
            run.append(w)
            continue
        if w.lower() in ("of", "and", "for") and run:
            continue
        if len(run) >= 2:
            out.add("".join(x[0] for x in run).upper())
        run = []
    return out


def _names_a_body(office: str) -> bool:
    """An office that names the body it belongs to ("County Fire Marshal", "medical director of the ambulance
    service"), not a bare title ("President", "Chief Constable"), an honorific, an age or a plain noun ("resident")."""
    words = [w.strip(".,'\u2019") for w in office.replace("-", " ").split()]
    return any(w and not w.isdigit() and w.lower() not in TITLE_WORDS | HONORIFICS | NAME_FUNCTION_WORDS
               and (w[:1].isupper() or w.lower() in ORG_HEAD_WORDS) for w in words)


def _people(facets: Sequence[Facet]) -> list[Facet]:
    return [f for f in _sources(facets, "speaker") if f.value.person is True and f.value.anonymous is not True]


def _same_body(a: Facet, b: Facet) -> bool:
    """One body written two ways in two sentences of one claim: "the" and its kind in lower case against a name of
    that kind ("the council confirmed", "Kessford council said"), or a name against the same name with its kind
    ("Harrowgate", "Harrowgate Bank"). Identity itself keeps them apart ("Trump" is not the Trump campaign); a
    claim credited to both is credited to one body."""
    from ..facets.attribution.canonical import described_kind

    for one, other in ((a, b), (b, a)):
        kind, name = described_kind(one.text), str(other.value.source or "").lower().split()
        if kind is not None and len(name) > 1 and name[-1] == kind:
            return True
        short = str(one.value.source or "").lower().split()
        if short and len(name) > len(short) and name[:len(short)] == short and set(name[len(short):]) <= ORG_HEAD_WORDS:
            return True
    return False


def compare_attribution(pair: SentencePair) -> Iterator[Finding]:
    """Speaker against speaker, a source on the record against an anonymous one, relay against relay;
    a swapped or an extra relay is low (who passed the words on, not who said them).

    HIGH only for two different people named in full on a strongly linked pair; a speaker resolved
    from a pronoun, a person against an organisation (who may speak for it) and two news outlets
    (who may relay one source) are low.
    """
    # extraction needs same_source too (a relay is never its own speaker), so it lives with the facet
    from ..facets.attribution.identity import same_source

    x, y, names = pair.x, pair.y, pair.names
    fx, fy = _credited(pair.fx), _credited(pair.fy)
    sx, sy = _sources(fx, "speaker"), _sources(fy, "speaker")
    sx = [f for f in sx if f.value.anonymous is not True]
    sy = [f for f in sy if f.value.anonymous is not True]
    if sx and sy and not any(same_source(a.value.source, b.value.source) or _same_body(a, b) for a in sx for b in sy):
        a, b = sx[0], sy[0]
        severity, why = _speaker_severity(pair, a, b, len(sx) > 1 or len(sy) > 1)
        # each quotes words the other does not tell again ("Wild birds are carrying this virus", she said; "We are
        # seeing the virus in wild birds earlier", said Dr Kettle): two people on one topic, whatever words they share
        if severity is not Severity.LOW and quoted_apart(pair.fx, pair.fy, same=mostly_same):
            severity, why = Severity.LOW, TWO_QUOTATIONS
        elif severity is not Severity.LOW and _two_statements(pair) and not one_quotation(pair):
            # the same five words or more quoted ("Help is on its way") are one statement, whatever else each says
            severity, why = Severity.LOW, TWO_STATEMENTS
        elif severity is not Severity.LOW and {a.value.cue, b.value.cue} & QUOTE_FRAMING_VERBS and not any(
                quotes_related(qa.value.quote, qb.value.quote)
                for qa in pair.of("x", FacetKind.QUOTE) for qb in pair.of("y", FacetKind.QUOTE)):
            # "Trump congratulated Macron on "his big win"", "Trudeau congratulated Macron, saying ...": two people's
            severity, why = Severity.LOW, TWO_GESTURES
        yield Finding(
            facet="attribution", kind="speaker", severity=severity, statement=pair.statement,
            a=evidence(x, a, str(a.value.source)), b=evidence(y, b, str(b.value.source)),
            explanation=f"{names[x.doc]} credits it to {_label(a)}; {names[y.doc]} to {_label(b)}{why}",
            confidence=confidence(pair.score, 0.8 if severity is not Severity.LOW else 0.5),
        )
        return
    (ax, kx), (ay, ky) = _standing(fx), _standing(fy)
    if (ax and not kx and ky and not ay) or (ay and not ky and kx and not ax):
        a, b = (ax or kx)[0], (ay or ky)[0]
        # a named source against an anonymous one is what a paraphrase hides least: a pair the aligner linked this
        # well tells one statement, whatever words each outlet chose ("could not get back in", "was locked out")
        apart = _two_statements(pair) and ((pair.link or 0.0) < ANONYMOUS_LINK or _relayed(pair, a, b))
        why = OUTLET_SOURCES if _outlet_on_record(a, b) else TWO_STATEMENTS if apart else ""
        yield Finding(
            facet="attribution", kind="anonymous", severity=Severity.LOW if why else Severity.MEDIUM,
            statement=pair.statement, a=evidence(x, a, str(a.value.source)), b=evidence(y, b, str(b.value.source)),
            explanation=f"{names[x.doc]} credits it to {_written(a)}; {names[y.doc]} to {_written(b)}{why}",
            confidence=confidence(pair.score, 0.5 if why else 0.7),
        )
        return
    for p, fp, q, fq in ((x, fx, y, fy), (y, fy, x, fx)):
        for body in described_bodies(fp):
            for person in _people(fq):
                theirs = _other_body(pair, body, person)
                if theirs:
                    yield Finding(
                        facet="attribution", kind="body", severity=Severity.MEDIUM, statement=pair.statement,
                        a=evidence(p, body, body.text), b=evidence(q, person, str(person.value.source)),
                        explanation=f"{names[p.doc]} credits it to {body.text}; {names[q.doc]} to "
                                    f"{_label(person)} of {theirs} (another body)",
                        confidence=confidence(pair.score, 0.7),
                    )
                    return
    clash = (_office_clash(pair, fx, fy) or next(compare_offices(replace(pair, fx=fx, fy=fy)), None)
             or body_clash(pair, fx, fy, apart=_two_statements(pair) and not one_quotation(pair)))
    if clash:
        yield clash
        return
    rx, ry = _sources(fx, "relay"), _sources(fy, "relay")
    if rx and ry and not any(same_source(a.value.source, b.value.source) for a in rx for b in ry):
        a, b = rx[0], ry[0]
        yield Finding(
            facet="attribution", kind="relay", severity=Severity.LOW, statement=pair.statement,
            a=evidence(x, a, str(a.value.source)), b=evidence(y, b, str(b.value.source)),
            explanation=f"{names[x.doc]} has it via {_label(a)}; {names[y.doc]} via {_label(b)}"
                        " (the source may be the same)",
            confidence=confidence(pair.score, 0.5),
        )
        return
    for p, rp, q, rq in ((x, rx, y, ry), (y, ry, x, rx)):
        if rp and not rq:
            a = rp[0]
            speakers = {str(s.value.source) for s in _sources(fx if q is y else fy, "speaker")}
            if any(same_source(a.value.source, s) for s in speakers):
                continue
            yield Finding(
                facet="attribution", kind="extra-relay", severity=Severity.LOW, statement=pair.statement,
                a=evidence(p, a, str(a.value.source)), b=evidence(q, None, "none"),
                explanation=f"{names[p.doc]} says it came via {_label(a)}; {names[q.doc]} names no relay",
                confidence=confidence(pair.score, 0.5),
            )
            return
