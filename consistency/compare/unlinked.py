"""Near misses between sentences the aligner did not link (or a headline and a close sentence): the same figure or clock time given differently."""

from __future__ import annotations

from dataclasses import replace
from typing import Mapping, Sequence

from ..core.types import ClaimPair, Facet, FacetKind, Finding, PairBasis, SentenceRef, Severity
from ..facets.lexicon.en.numbers import CLOSING_VERBS
from .number_words import upper_end
from .intervals import gap_ratio
from .numbers import CLOSE_RATIO, compare_numbers, numbers_agree
from .slips import mistyped, unit_slip
from .attribution import compare_attribution
from .dates import compare_dates, one_dated_event
from .harm import compare_harm
from .votes import compare_unanimity
from .pairs import SentencePair, facet_at
from .slots import year_of_figure
from .quotes import one_quotation
from .times import compare_times

NEAR_MISS_RATIO = 1.10
"""Figures that count no named thing (sums of money, bare numbers) in similar sentences the aligner did not pair
count as one figure misreported only this close (larger over smaller): a linked pair may be 25% apart
(`CLOSE_RATIO`), but "$16 billion" and "$13.2 billion" in two unpaired sentences are more likely two sums. Counts
of one noun ("15 fire engines", "18 fire engines") keep `CLOSE_RATIO`, as a headline does: it states the story's
figure, which the sentence counting the same thing gives in full."""

WHERE = {PairBasis.SIMILAR: "in two similar sentences the aligner did not pair", PairBasis.HEADLINE: "in a headline"}


def compare_unlinked(pairs: Sequence[ClaimPair], facets: Mapping[SentenceRef, Sequence[Facet]], names: Mapping[str, str],
                     texts: Mapping[SentenceRef, str] | None = None) -> list[Finding]:
    """Number findings on pairs the aligner did not link, kept only where the rule itself would say HIGH (the same
    counted thing, the figures close) or where both count one noun for one verb both assert (`same_slot`), and
    then reported at MEDIUM: the pairing is less sure than a link; on similar pairs quoting the same words
    (`one_quotation`), attribution findings of medium or high, at MEDIUM; on similar pairs, two days of one named act
    (`one_dated_event`), at MEDIUM; and clock times of one moment given differently, at MEDIUM as on linked pairs."""
    out: list[Finding] = []
    numbers = numbers_by_doc(facets) if any(p.basis is PairBasis.HEADLINE for p in pairs) else {}
    for p in pairs:
        pair = SentencePair(p.a, facets.get(p.a, ()), p.b, facets.get(p.b, ()), names, p.statement, None, p.score,
                            (texts[p.a], texts[p.b]) if texts else None)
        if p.basis is PairBasis.SIMILAR and _other_places(pair):
            continue
        series = p.basis is PairBasis.SIMILAR and _two_of_a_series(pair)
        headline = p.basis is PairBasis.HEADLINE
        past = headline and _written_year(pair)  # "in 2022, when it shut 30 stores" is not the headline's event
        close = [] if past else [
            f for f in compare_numbers(replace(pair, link=max(p.score, 1.0)),  # grade by the values alone
                                       uncounted_max_ratio=NEAR_MISS_RATIO if p.basis is PairBasis.SIMILAR else CLOSE_RATIO)
            # A tally ("50-48") reads as close to any other, and a story often gives several votes or results.
            if (f.severity is Severity.HIGH or _slip(f, facets)) and not _tallies(f, pair)
            and not (p.basis is PairBasis.SIMILAR and _two_acts(f, facets))]  # a headline words its verb loosely
        # Else two counts of one noun for one verb both sentences assert ("fired five officials", "fired two"):
        # one slot of one event, however far apart the figures.
        slots = [] if close or past else [
            f for f in compare_numbers(replace(pair, link=p.score), slots_only=True, headline=headline)
            if f.severity is Severity.MEDIUM and not (headline and _told_by_other(f, facets, numbers))]
        for f in close + slots:
            if p.basis is PairBasis.SIMILAR and _figure_of_a_year(f, pair, facets):
                continue
            if series and not _ranks(f, facets):
                continue  # "the first quake, of magnitude 7.8" / "a second quake of magnitude 7.5": two quakes
            out.append(_near_miss(f, p, WHERE[p.basis]))
        if p.basis is PairBasis.SIMILAR and one_quotation(pair):
            # the same words quoted: one statement, whoever each outlet credits it to
            out.extend(_near_miss(f, p, "the same words quoted in two sentences the aligner did not pair")
                       for f in compare_attribution(replace(pair, link=p.score)) if f.severity.rank >= Severity.MEDIUM.rank)
        if p.basis is PairBasis.SIMILAR:
            # two days of one named event ("Thursday's referendum", "Wednesday's referendum"): a clash however worded
            out.extend(_near_miss(f, p, WHERE[p.basis]) for f in compare_dates(replace(pair, link=p.score))
                       if f.severity.rank >= Severity.MEDIUM.rank and _one_dated_event(f, pair, facets))
        harms = [*compare_harm(pair), *compare_unanimity(pair)] if p.basis is PairBasis.SIMILAR else ()
        # MEDIUM already: two times of one moment, "no one was hurt", a unanimous vote against a split one
        for f in [*([] if series else compare_times(pair)), *harms]:
            out.append(replace(f, pair_score=p.score, confidence=round(f.confidence * 0.8, 4),
                               explanation=f"{f.explanation} ({WHERE[p.basis]})"))
    return out


def _near_miss(finding: Finding, pair: ClaimPair, where: str) -> Finding:
    """A finding of an unlinked pair, shown at MEDIUM, less sure than a link, saying where it was found."""
    return replace(finding, severity=Severity.MEDIUM, pair_score=pair.score,
                   confidence=round(min(finding.confidence, pair.score) * 0.8, 4),
                   explanation=f"{finding.explanation} ({where})")


def _one_dated_event(finding: Finding, pair: SentencePair, facets: Mapping[SentenceRef, Sequence[Facet]]) -> bool:
    a, b = facet_at(finding.a, FacetKind.DATE, facets), facet_at(finding.b, FacetKind.DATE, facets)
    return a is not None and b is not None and one_dated_event(pair, a.value, b.value)


def _slip(finding: Finding, facets: Mapping[SentenceRef, Sequence[Facet]]) -> bool:
    """The two figures are written with the same digits, swapped or a zero apart ("2,750 tonnes", "2,570 tonnes";
    "630 hours", "6,300 hours"), in one unit, or the same figure in two units ("1.5 km", "1.5 miles"): a slip, kept
    on an unpaired pair though not HIGH."""
    a, b = facet_at(finding.a, FacetKind.NUMBER, facets), facet_at(finding.b, FacetKind.NUMBER, facets)
    return a is not None and b is not None and (a.value.unit == b.value.unit and mistyped(a.value, b.value)
                                                or unit_slip(a.value, b.value))


def _two_acts(finding: Finding, facets: Mapping[SentenceRef, Sequence[Facet]]) -> bool:
    """Two counts under different verbs, more than a few per cent apart ("28 students ... were freed", "they took
    away 31 students"; "close 42 of its 260 stores", "its remaining 240 stores"): in sentences the aligner did not
    pair, most often two acts, each counted right. Nearer ("carrying 212 passengers", "214 passengers had boarded")
    they are one figure told two ways; sums of money keep their many verbs of telling ("posted", "recorded")."""
    a, b = facet_at(finding.a, FacetKind.NUMBER, facets), facet_at(finding.b, FacetKind.NUMBER, facets)
    if a is None or b is None:
        return False
    verbs = (a.value.verb, b.value.verb)
    if a.value.kind == b.value.kind == "money":  # where a price closed against a price paid or offered: two prices
        return all(verbs) and verbs[0] != verbs[1] and len(set(verbs) & CLOSING_VERBS) == 1
    if a.value.kind != "count" or b.value.kind != "count":
        return False
    return (all(verbs) and verbs[0] != verbs[1] and not set(verbs) & STATE_VERBS  # "has 22 critics": no act
            and gap_ratio(a.value, b.value) > ONE_FIGURE_RATIO)


STATE_VERBS = frozenset({"be", "have"})
"""Verbs of a state, not an act: a count under them may be the count of any act ("has 22 critics")."""

ONE_FIGURE_RATIO = 1.05
"""Counts this close (larger over smaller) under two verbs are one figure told two ways, not two acts."""


PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _other_places(pair: SentencePair) -> bool:
    """Both sentences name where, no word of a place is in both, and they count nothing by the same noun on one day
    ("gusts of 159km/h hit north Wales", "gusts reached 90mph in Keswick"): unpaired, measures at two places, not one
    figure misreported. One ferry's passengers counted where it sank and where it left are still one count."""
    def places(facets) -> set[str]:
        return {w for f in facets if f.kind is FacetKind.ENTITY and f.value.label in PLACE_LABELS
                for w in str(f.value.name).lower().split()}

    def nouns(facets) -> set[str]:
        return {str(f.value.noun) for f in facets if f.kind is FacetKind.NUMBER and f.value.kind == "count" and f.value.noun}

    def days(facets) -> set[str]:
        return {str(f.value.value) for f in facets if f.kind is FacetKind.DATE and f.value.precision == "day"
                and f.value.value is not None}
    px, py = places(pair.fx), places(pair.fy)
    dx, dy = days(pair.fx), days(pair.fy)
    # one count at two places, unless the days set them apart too ("a quake in eastern China on Saturday")
    one_count = bool(nouns(pair.fx) & nouns(pair.fy)) and not (dx and dy and not dx & dy)
    return bool(px and py) and not px & py and not one_count


def _two_of_a_series(pair: SentencePair) -> bool:
    """Each sentence tells a different member of one series by its rank ("the first quake, of magnitude 7.8", "a
    second quake of magnitude 7.5"): two events, whose other figures and times are each their own."""
    def ranks(facets) -> dict[str, set[float]]:
        out: dict[str, set[float]] = {}
        for f in facets:
            if f.kind is FacetKind.NUMBER and f.value.kind == "ordinal" and f.value.noun:
                out.setdefault(str(f.value.noun), set()).add(float(f.value.value))
        return out
    rx, ry = ranks(pair.fx), ranks(pair.fy)
    return any(not rx[noun] & ry[noun] for noun in rx.keys() & ry.keys())


def _ranks(finding: Finding, facets: Mapping[SentenceRef, Sequence[Facet]]) -> bool:
    """The finding sets two ranks against each other ("the fourth coach", "the fifth coach"): the series itself."""
    a = facet_at(finding.a, FacetKind.NUMBER, facets)
    return a is not None and a.value.kind == "ordinal"


def _written_year(pair: SentencePair) -> bool:
    """A sentence of the pair dates what it tells with its year written ("In 2019 a fire at the factory killed 11"):
    most often another event than the one a headline tells, which is the page's."""
    return any(f.kind is FacetKind.DATE and f.value.value is not None and not f.value.relative for f in (*pair.fx, *pair.fy))


def _figure_of_a_year(finding: Finding, pair: SentencePair, facets: Mapping[SentenceRef, Sequence[Facet]]) -> bool:
    """One figure of a near miss is dated by a bare written year that the other sentence does not name
    (`year_of_figure`): an earlier event, told as background."""
    a, b = facet_at(finding.a, FacetKind.NUMBER, facets), facet_at(finding.b, FacetKind.NUMBER, facets)
    return a is not None and b is not None and bool(year_of_figure(pair, a, b))


def _told_by_other(finding: Finding, facets: Mapping[SentenceRef, Sequence[Facet]],
                   numbers: Mapping[str, Sequence[Facet]]) -> bool:
    """Either count of a headline's finding ("kills 45") that the other outlet also gives somewhere, in any words
    ("the number of dead had risen to 45"; `numbers`: `numbers_by_doc`): that story tells the figure too, and the
    sentence set against it holds an earlier toll or a part ("kills 31 in the town of Gesh")."""
    for mine, other in ((finding.a, finding.b), (finding.b, finding.a)):
        figure = facet_at(mine, FacetKind.NUMBER, facets)
        if figure is None or other is None:
            continue
        if any(f.value.kind == "count" and f.value.value == figure.value.value for f in numbers.get(other.doc, ())):
            return True
    return False


def _tallies(finding: Finding, pair: SentencePair) -> bool:
    numbers = [f for f in (*pair.fx, *pair.fy) if f.kind is FacetKind.NUMBER and f.value.kind == "score"]
    return any(f.text == finding.a.text or f.text == finding.b.text for f in numbers)


def numbers_by_doc(facets: Mapping[SentenceRef, Sequence[Facet]]) -> dict[str, list[Facet]]:
    """Every number facet of each document, read once for `told_elsewhere`."""
    out: dict[str, list[Facet]] = {}
    for ref, found in facets.items():
        out.setdefault(ref.doc, []).extend(f for f in found if f.kind is FacetKind.NUMBER)
    return out


def told_elsewhere(finding: Finding, facets: Mapping[SentenceRef, Sequence[Facet]],
                   numbers: Mapping[str, Sequence[Facet]] | None = None) -> bool:
    """A near miss on figures where each outlet also gives the other's figure (`numbers`: `numbers_by_doc`, read
    once per story), for the same counted thing, in another sentence ("the 6th round" and "the 5th round" in both):
    two facts both outlets tell, not one misreported. One outlet giving both is not enough: "knocked down in the 5th
    round, stopped in the 6th" against "over in the 5th"."""
    if finding.kind != "number" or finding.b is None:
        return False
    numbers = numbers_by_doc(facets) if numbers is None else numbers
    a, b = facet_at(finding.a, FacetKind.NUMBER, facets), facet_at(finding.b, FacetKind.NUMBER, facets)
    return (a is not None and b is not None
            and _gives_exactly(numbers.get(finding.b.doc, ()), a) and _gives_exactly(numbers.get(finding.a.doc, ()), b))


def _gives_exactly(numbers: Sequence[Facet], figure: Facet) -> bool:
    """One of `numbers` is `figure` exactly: the same value of the same counted thing, not a range or a rounder."""
    v = figure.value
    exact = (v.noun, v.unit, v.value, None)
    return (v.noun is not None or v.unit is not None) and any(
        (g.value.noun, g.value.unit, g.value.value, g.value.approx) == exact and upper_end(g.value) is None
        and numbers_agree(g.value, v) is True for g in numbers)
