"""The number rule: how two numbers agree, and which differ between two compared sentences (described by number_words)."""

from __future__ import annotations

from itertools import combinations
from dataclasses import replace
from typing import Iterator, Sequence

from ..core.types import Facet, FacetKind, Finding, Severity
from ..core.values import ABSENT
from ..core.values.numbers import NumberValue
from ..facets.attribution.identity import same_source
from ..facets.lexicon.en.numbers import NOUN_CLASSES, ONE_SPAN_VERBS, RESULT_WORDS, STATE_BY_NOUN, STATE_BY_VERB
from ..facets.lexicon.en.speech import SPEECH_VERBS
from ..facets.lexicon.en.units import UNIT_BY_NAME
from .number_words import describe_number, plural, upper_end
from .slots import (LONE_LINK, PARTIAL_COUNT_RE, TWO_SPANS, attacker_counted, counted_noun, fewer_others,
                    headline_slot, listed, lone_figures, main_verbs, measured, one_event, one_whole, other_periods,
                    figure_role, part_of, qualified, same_part, same_slot, same_sum, slot_rival,
                    span_moments, updated, year_of_figure)
from .intervals import CONVERSION_SLACK, FLOORS, bound_at_figure, far_floors, gap_ratio, interval, overlap
from .moves import close_and_move, price_moves, two_trading_moments
from .holders import other_holders
from .slips import mistyped, scale_slip, unit_slip
from .pairs import SentencePair, confidence, evidence

__all__ = ["compare_numbers", "compare_points", "describe_number", "numbers_agree", "severity_of", "without_conversions"]

CLOSE_RATIO = 1.25
"""Two figures at most this far apart (larger over smaller) are one figure misreported: HIGH when well linked."""

RELATED_RATIO = 2.0
"""Up to this far apart they may still be one figure (MEDIUM); further, another figure is more likely (LOW)."""

FAR_RATIO = 10.0
"""Further apart than this, two numbers are different quantities or scales ("2 weeks", "3 decades"): no finding."""

HIGH_LINK = 0.65
"""Least link score (cosine plus facet bonus) of a pair for a HIGH number finding."""

OWN_KINDS = frozenset({"score", "ordinal", "age", "countdown", "size"})
"""Kinds of number compared only with their own kind (an age is never a count; time left is not time played; a body's
size in seats is not a count of the seats a party won)."""

RECORD = "record"
"""The counted noun of a win-loss record ("improves to 58-3", "a 162-139 record"): compared with records only."""

CERTAINTY = {Severity.LOW: 0.4, Severity.MEDIUM: 0.65, Severity.HIGH: 0.85}
"""How sure each severity of number finding is, before the pair's own score."""


# --------------------------------------------------------------------------- agreement


def _dimension(v: NumberValue) -> str:
    kind = v.kind
    if kind == "money":
        return "money:" + str(v.unit)
    if kind in ("percent",):
        return "percent" if v.unit != "percentage point" else "percentage point"
    unit = v.unit
    if unit:
        entry = UNIT_BY_NAME.get(unit)
        return entry[1] if entry is not None else "unit:" + str(unit)
    return str(kind or "count")


def _same_class(na: str, nb: str) -> bool:
    """Two different counted nouns that may count the same things ("passengers", "people")."""
    return NOUN_CLASSES.get(na) is not None and NOUN_CLASSES.get(na) == NOUN_CLASSES.get(nb)


def _kin(a: NumberValue, b: NumberValue) -> bool:
    """Two counted nouns that may count the same things: of one class ("passengers", "people"), or people and a noun
    of no class that met one fate ("killed 263 miners", "236 workers died")."""
    na, nb = str(counted_noun(a)), str(counted_noun(b))
    if _same_class(na, nb):
        return True
    state = _state(a)
    # "killed in 3 attacks" is no one killed: both must be the verb's subject or object
    return ({NOUN_CLASSES.get(na), NOUN_CLASSES.get(nb)} == {"people", None} and state is not None
            and state == _state(b) and {a.role, b.role} <= {"subject", "object"})


def _proper(noun: str | None) -> bool:
    """An age's person given by name ("Abedi"), not by a common noun ("man")."""
    return bool(noun) and str(noun)[:1].isupper()


def _one_person(a: NumberValue, b: NumberValue) -> bool:
    """Two ages' names name one person, however fully ("Mr Hudec", "Hudec"); one family's surname is not enough
    ("Susan Hargreaves", "Graham Hargreaves")."""
    return same_source(str(a.noun), str(b.noun))


def _state(v: NumberValue) -> str | None:
    """What happened to the counted ("dead", "missing"), from the governing verb; part of what is counted."""
    if v.kind != "count":
        return None
    return STATE_BY_VERB.get(str(v.verb)) or STATE_BY_NOUN.get(str(v.noun).lower())


def numbers_agree(a: NumberValue, b: NumberValue, lone: bool = False) -> bool | None:
    """Whether two NUMBER facet values agree: None when they do not count the same thing (different nouns, kinds or
    incompatible units, or an expectation against a result); True when equal within rounding (a whole count is a
    rounding of a count in fractions: "348 points", "347.8 points"), conversion or the approximators' bounds. `lone`:
    the two are the only figures of a close pair's sentences, so two `lone_figures` need no shared verb."""
    try:
        ka, kb = a.kind, b.kind
        if ka != kb and (ka in OWN_KINDS or kb in OWN_KINDS):
            return None
        # what was expected against what happened: two figures; against what will be by the same verb ("is
        # expected to save", "will save"), one prediction
        if (a.forecast is True) != (b.forecast is True) and not ((a.future is True or b.future is True) and a.verb == b.verb):
            return None
        na, nb = counted_noun(a), counted_noun(b)
        if ka == "score":
            generic = {"score", None}
            if (na not in generic and nb not in generic and na != nb) or ((na == RECORD) != (nb == RECORD)):
                return None  # a win-loss record is compared with records only
            pa = sorted(float(x) for x in a.value)
            pb = sorted(float(x) for x in b.value)
            return pa == pb
        if ka == "age":  # one person's age; two names are two people
            if _proper(a.noun) and _proper(b.noun) and not _one_person(a, b):
                return None
            return overlap(interval(a, 0.0), interval(b, 0.0))
        da, db = _dimension(a), _dimension(b)
        if da != db:
            return None
        sa, sb = _state(a), _state(b)
        if sa and sb and sa != sb:  # "58 missing" and "30 dead" count different people
            return None
        ma, mb = measured(a), measured(b)
        if ma and mb and ma != mb:  # "shares fell 22%", "cut heart attacks by 18%"; "a $310m fund", "budget rises to $298m"
            return None
        if na and nb:
            if na != nb and not _kin(a, b):
                return None
            if fewer_others(a, b) or fewer_others(b, a):
                return None
        elif not (a.unit and b.unit):
            # a side names no counted thing ("killing 15"): comparable when both are the same
            # argument (subject or object) of the same verb
            same_verb = a.verb and a.verb == b.verb
            same_role = a.role in ("subject", "object") and a.role == b.role
            if not ((same_verb and same_role) or (lone and lone_figures(a, b))):
                return None
        if ka == "ordinal":
            return float(a.value) == float(b.value)
        if {a.unit, b.unit} == {"day", "hour"} and not (a.approx or b.approx or upper_end(a) or upper_end(b)):
            days, hours = (a, b) if a.unit == "day" else (b, a)  # "three days on the loose", "56 hours": calendar days
            return (float(days.value) - 1) * 24 <= float(hours.value) <= float(days.value) * 24
        if a.approx == b.approx == "up to":  # two maxima of one thing ("fines of up to 3,000 euros", "30,000")
            a, b = replace(a, approx=None), replace(b, approx=None)
        if {a.approx, b.approx} <= FLOORS and far_floors(a, b):  # "more than 8,000 hours", "more than 800 hours"
            a, b = replace(a, approx=None), replace(b, approx=None)
        slack = CONVERSION_SLACK / 2 if (a.unit != b.unit) else 0.0
        if ka == kb == "count" and (float(a.precision or 1) < 1) != (float(b.precision or 1) < 1):  # "348" / "347.8"
            a, b = (replace(v, kind="quantity") if float(v.precision or 1) >= 1 else v for v in (a, b))  # a rounding
        return overlap(interval(a, slack), interval(b, slack))
    except (KeyError, TypeError, ValueError):
        return None


# --------------------------------------------------------------------------- the rule


def _same_number(a: Facet, b: Facet) -> bool:
    """The number checker's verdict when the two are comparable; otherwise equal values (and units) agree."""
    verdict = numbers_agree(a.value, b.value)
    if verdict is not None:
        return verdict
    va, vb = a.value.si_value, b.value.si_value  # (a number always carries si_value, None when it has none)
    return va is not None and va == vb and a.value.unit == b.value.unit


def _sums_to(a: NumberValue, b: NumberValue) -> bool:
    """One count is the sum of a list the other belongs to ("5 fired" and "four officials and an adviser")."""
    if a.kind != "count" or b.kind != "count":
        return False
    return _whole_of(a, b) or _whole_of(b, a)


def _whole_of(part: NumberValue, whole: NumberValue) -> bool:
    """`whole` is the sum of the list `part` belongs to: a count in no list of its own, or a count of people (in a
    list of other things: "77 people and 22 vehicles" against "65 passengers and 12 crew")."""
    return part.total is not ABSENT and part.total == whole.value and (
        whole.total is ABSENT or counted_noun(whole) == "people")


def _told_of_its_own(a: Facet, b: Facet, nx: Sequence[Facet], ny: Sequence[Facet]) -> bool:
    """Two equal counts of different things, where a sentence counts the other's thing too: each meets its own kind
    there, not its equal. Ranks are left out: "the eighth nation" and "the eighth country" are one rank."""
    na, nb = counted_noun(a.value), counted_noun(b.value)
    return (a.value.kind == b.value.kind == "count" and bool(na and nb) and na != nb and numbers_agree(a.value, b.value)
            is None and (any(counted_noun(c.value) == nb for c in nx) or any(counted_noun(c.value) == na for c in ny)))


def _match_numbers(nx: Sequence[Facet], ny: Sequence[Facet]) -> tuple[list[Facet], list[Facet]]:
    """Pair agreeing numbers one to one (same counted noun and equal value first, then a list's sum
    against its total); return the unpaired."""
    candidates = []
    parts_x, parts_y = [part_of(a, nx) for a in nx], [part_of(b, ny) for b in ny]
    for i, a in enumerate(nx):
        for j, b in enumerate(ny):
            if parts_x[i] != parts_y[j] and a.value.value != b.value.value:
                continue  # "31 of them" is within "up to 58", yet a part of another whole, not that figure
            if _same_number(a, b):
                if _told_of_its_own(a, b, nx, ny):
                    continue  # "40 million doses" is no match for "40 million people" beside "20 million people"
                same_noun = a.value.noun == b.value.noun
                same_value = a.value.value == b.value.value
                candidates.append((False, not same_noun, not same_value, i, j))
            elif _sums_to(a.value, b.value):
                candidates.append((True, True, True, i, j))
    used_x: set[int] = set()
    used_y: set[int] = set()
    for *_, i, j in sorted(candidates):
        if i not in used_x and j not in used_y:
            used_x.add(i)
            used_y.add(j)
    _match_parts(nx, ny, used_x, used_y)
    _match_parts(ny, nx, used_y, used_x)
    return ([a for i, a in enumerate(nx) if i not in used_x], [b for j, b in enumerate(ny) if j not in used_y])


def without_conversions(facets: Sequence[Facet]) -> list[Facet]:
    """The numbers without each one that converts the number just before it to another unit ("46.1C (115F)", "40
    metres (130 feet)"): one figure, told twice, that would otherwise meet the other side's figures on its own."""
    out: list[Facet] = []
    for f in sorted(facets, key=lambda f: f.start):
        prev = out[-1] if out else None
        if (prev is not None and 0 <= f.start - prev.end <= ADJACENT_CONVERSION and f.value.unit and prev.value.unit
                and f.value.unit != prev.value.unit and _dimension(f.value) == _dimension(prev.value)
                and numbers_agree(prev.value, f.value)):
            continue
        out.append(f)
    return out


ADJACENT_CONVERSION = 3
"""Characters between a figure and its conversion (" (" in "46.1C (115F)")."""


def _match_parts(nx: Sequence[Facet], ny: Sequence[Facet], used_x: set[int], used_y: set[int]) -> None:
    """A count or sum on one side that two or three of the other side add up to ("49 killed", "41 ... at one mosque,
    seven at another, and one died later"; "$7.2 billion", "about $5 billion ... and $2.2 billion"): all paired. No
    part counts another thing: "two addresses" are no part of "five men"."""
    for i, a in enumerate(nx):
        if i in used_x or (kind := a.value.kind) not in ("count", "money"):
            continue
        free = [(j, b) for j, b in enumerate(ny) if j not in used_y and b.value.kind == kind
                and b.value.approx in (None, "about" if kind == "money" else None)
                and _dimension(b.value) == _dimension(a.value)]
        field = "si_value" if kind == "money" else "value"
        whole, slack = float(getattr(a.value, field)), 0.005 if kind == "money" else 0.0  # "3.79 billion": rounded
        for parts in (*combinations(free, 2), *combinations(free, 3)):
            if (abs(sum(float(getattr(b.value, field)) for _, b in parts) - whole) <= slack * whole
                    and numbers_agree(a.value, parts[0][1].value) is not None
                    and not any(_other_noun(a.value, c.value) for _, c in parts[1:])):
                used_x.add(i)
                used_y.update(j for j, _ in parts)
                break


def _other_noun(a: NumberValue, b: NumberValue) -> bool:
    """Both name what they count, and not the same things ("men", "addresses")."""
    na, nb = counted_noun(a), counted_noun(b)
    return bool(na and nb) and na != nb and not _kin(a, b)


UNSAID_SHARE = "neither side says what the percentage is of"  # a story gives many shares: LOW
PLAY_AND_SPAN = "a minute of play against a span of time"  # LOW under two verbs ("scored in the 108th", "after 120")


def weak_match(a: NumberValue, b: NumberValue) -> str | None:
    """Why two comparable numbers may still count different things, or None when both name the same thing.

    A sum of money is usually the one the story is about, so only counts and measures need their noun.
    """
    if a.kind == "score":
        if RECORD in (counted_noun(a), counted_noun(b)):
            return "two win-loss records may be two people's"
        # a vote is tallied once, a result ("won 3-1", "a 2-0 victory") at the end; a game is scored as it goes ("an
        # 18-30 start", "18-11 after the break")
        if "vote" in (counted_noun(a), counted_noun(b)) or (_result(a) and _result(b)):
            return None
        return "tallies of play may be of different games or spells"
    if a.kind == "age":
        if a.noun == b.noun or (_proper(a.noun) and _proper(b.noun) and _one_person(a, b)):
            return None
        return "whose age it is is named on one side only" if not (a.noun and b.noun) else "perhaps two people's ages"
    if a.kind != b.kind and "minute" in (a.kind, b.kind):
        return PLAY_AND_SPAN
    if a.kind == "ordinal" and a.verb and b.verb and a.verb != b.verb:
        # "down in the sixth round" and "jabs in the fifth": a fight or a race has an act in every round or lap
        return f"the ordinals hang on different verbs ({a.verb}, {b.verb})"
    na, nb = counted_noun(a), counted_noun(b)
    if na and nb and na != nb:
        return _counted_apart(a, b)
    if a.kind != "money" and (na is None) != (nb is None):
        return "what is counted is named on one side only"
    if a.kind == "count" and na is None and nb is None:
        return "neither side names what is counted"
    if na == nb == "magnitude":
        return "agencies measure a quake's magnitude differently"
    if price_moves(a, b):
        return f"a move told by two verbs ({a.verb}, {b.verb}), perhaps at two moments"
    if a.kind == "percent" and na is None and nb is None:
        # "came third with 21.1%" and "came second with 26.3 per cent": a story gives many shares of many things
        if a.measures and a.measures == b.measures:
            return f"both of {a.measures}, perhaps at different moments or for different periods"
        return UNSAID_SHARE
    if (_state(a) is None) != (_state(b) is None):
        return "only one side says what happened to them"
    # Two verbs of saying are no acts: the span sits in what was said ("'patient for two years,' she told reporters").
    if (_dimension(a) == _dimension(b) == "time" and a.verb and b.verb and a.verb != b.verb and not (na or nb)
            and not any({a.verb, b.verb} <= verbs for verbs in (*ONE_SPAN_VERBS, SPEECH_VERBS))):
        return f"{TWO_SPANS} ({a.verb}, {b.verb})"
    return None


def _two_acts(a: NumberValue, b: NumberValue) -> bool:
    """Both counts hang on a verb, and on different ones that do not tell one state ("escorting five merchant vessels",
    "captured three boats"; "injured" and "hurt" are one)."""
    if a.verb is None or b.verb is None or a.verb == b.verb:
        return False
    state = STATE_BY_VERB.get(str(a.verb))
    return state is None or state != STATE_BY_VERB.get(str(b.verb))


def _counted_apart(a: NumberValue, b: NumberValue) -> str:
    return f"counted as {plural(str(counted_noun(a)), 2)} on one side and {plural(str(counted_noun(b)), 2)} on the other"


def _result(v: NumberValue) -> bool:
    """A score told as a game's result: "won 3-1", "a 2-0 victory"."""
    return counted_noun(v) in RESULT_WORDS or v.verb in RESULT_WORDS


def severity_of(a: NumberValue, b: NumberValue, link: float | None, restated: bool = False,
                slot: bool = False) -> tuple[Severity, str] | None:
    """How serious a disagreement is, and why it is not more serious ("" when HIGH); None when not worth a finding.

    A misreport of one figure is near it; a value several times larger is another figure (another day's
    toll, a part against the whole, another scale), so severity falls as the two move apart, unless `slot`
    says both count one noun for one asserted verb (`same_slot`) in a linked pair.
    """
    ratio = gap_ratio(a, b)
    if ratio > FAR_RATIO:
        # "6.5 billion" against "6.5 million": one figure, its scale word slipped
        if scale_slip(a, b) and not weak_match(a, b):
            return Severity.MEDIUM, "the same digits with another scale word, perhaps a slip"
        return None
    if bound_at_figure(a, b) or bound_at_figure(b, a):
        return Severity.MEDIUM, "a bound at the same figure, perhaps only rounding"
    weak = weak_match(a, b)
    kin = bool(a.noun and b.noun) and _kin(a, b)  # "crowd", "turnout"
    if (ratio > CLOSE_RATIO and (not weak or kin)
            and (a.noun or b.noun or a.kind in ("money", "percent") or (a.unit and a.unit == b.unit)) and mistyped(a, b)):
        return Severity.MEDIUM, "the same digits, perhaps mistyped" + (f"; {weak}" if weak else "")
    if ratio > RELATED_RATIO:
        if restated and not weak and ((a.noun and b.noun) or a.kind == "money"):  # a bare "years" may be any span
            return Severity.MEDIUM, "far apart in two sentences that otherwise say the same"
        if slot and not weak:
            what = f"give the {measured(a)}" if a.kind == "money" else f"count {plural(str(counted_noun(a)), 2)}"
            return Severity.MEDIUM, f"far apart, but both {what} for one verb ({a.verb})"
        return Severity.LOW, "the figures are far apart and may count different things"
    if ratio > CLOSE_RATIO:
        # nouns of one class ("homes", "households") count one thing in other words: the gap, not the words, is news
        reworded = kin and weak == _counted_apart(a, b) and not _two_acts(a, b)
        return (Severity.LOW, weak) if weak and not reworded else (Severity.MEDIUM, weak or "")
    if weak:
        # two spans from other moments of the story on two verbs ("arrested 36 minutes later", "passed 3 hours later")
        low = ((a.kind == "age" and a.noun and b.noun) or close_and_move(a, b) or weak == UNSAID_SHARE
               or (weak == PLAY_AND_SPAN and a.verb != b.verb) or (weak.startswith(TWO_SPANS) and bool(a.since or b.since)))
        return (Severity.LOW, weak) if low else (Severity.MEDIUM, weak)
    loose = "the two sentences are only loosely linked" if link is None or link < HIGH_LINK else ""
    if loose or {a.approx, b.approx} & {"about", "nearly"}:  # "about 40" is no figure to block a page on; a bound is
        return Severity.MEDIUM, loose or "one side gives its figure roughly"
    return Severity.HIGH, ""


def _rival(a: Facet, b: Facet, side: Sequence[Facet], pair: SentencePair, k: int) -> bool:
    """Another number beside `a` is as near `b`, or `a` is one of a bare list in the pair's text `k` (`listed`): which
    of them the other sentence restates is unclear (an opening and a closing price; "$599 and $699" for two models)."""
    exact = counted_noun(a.value) == counted_noun(b.value)  # a rival counted in other words is no rival to the same word
    return bool(pair.texts) and listed(a, side, pair.texts[k]) or any(
        c is not a and numbers_agree(c.value, b.value) is False and gap_ratio(c.value, b.value) <= CLOSE_RATIO
        and (not exact or counted_noun(c.value) == counted_noun(b.value)) for c in side)


def compare_numbers(pair: SentencePair, slots_only: bool = False, uncounted_max_ratio: float = FAR_RATIO,
                    headline: bool = False) -> Iterator[Finding]:
    """Numbers pair off with agreeing ones, one to one; of the numbers left unpaired on both sides and
    comparable (same counted thing), the closest disagreeing two are reported, more severely the closer.
    With `slots_only`, only two counts of one noun for one verb both sentences assert (`same_slot`) are compared;
    two figures that do not count one named noun ("$16 billion", "$13.2 billion") are not compared when further
    apart than `uncounted_max_ratio` (larger over smaller). With `headline` (one side is a headline, which seldom
    dates what it tells), the verbs both assert are read whatever the dates, and a count without its noun meets a
    count of people (`headline_slot`). The only figures of two sentences linked at `LONE_LINK` meet as
    `lone_figures`."""
    names, x, y = pair.names, pair.x, pair.y
    unmatched_x, unmatched_y = _match_numbers(without_conversions(pair.of("x", FacetKind.NUMBER)),
                                              without_conversions(pair.of("y", FacetKind.NUMBER)))
    link = pair.link if pair.link is not None else pair.score
    main_x, main_y = (main_verbs(pair.fx), main_verbs(pair.fy)) if headline or one_event(pair) else (set(), set())
    nx, ny = pair.of("x", FacetKind.NUMBER), pair.of("y", FacetKind.NUMBER)
    lone = len(without_conversions(nx)) == len(without_conversions(ny)) == 1 and link is not None and link >= LONE_LINK
    best = None
    for a in unmatched_x:
        for b in unmatched_y:
            if numbers_agree(a.value, b.value, lone) is not False:
                continue
            if pair.texts and figure_role(a, pair.texts[0]) != figure_role(b, pair.texts[1]):
                continue  # "beat the previous record of 7 hours 20 minutes" against "her time of 7 hours 3 minutes"
            counted = a.value.noun is not None and counted_noun(a.value) == counted_noun(b.value)
            # the same figure in two units ("1.5 kilometres", "a 1.5-mile tunnel") is one figure slipped
            if not counted and gap_ratio(a.value, b.value) > uncounted_max_ratio and not unit_slip(a.value, b.value):
                continue
            bare = headline and headline_slot(a.value, b.value, main_x, main_y)
            slot = ((same_slot(a.value, b.value, main_x, main_y) or bare
                     or (not slots_only and same_sum(a.value, b.value))
                     or (slots_only and same_part(a.value, b.value) and one_whole(a, b, nx, ny)))
                    and not slot_rival(a, unmatched_x) and not slot_rival(b, unmatched_y))
            if slots_only and not slot:
                continue
            graded = severity_of(a.value, b.value, link, pair.restated, slot)
            if graded is None:
                continue
            if graded[0] is Severity.LOW and unit_slip(a.value, b.value):
                graded = Severity.MEDIUM, "one figure in two units of one measure"
            if slot and bare and graded[0] is Severity.LOW and gap_ratio(a.value, b.value) <= RELATED_RATIO:
                graded = Severity.MEDIUM, f"the headline does not say whom it counts, for one verb ({a.value.verb})"
            rank = (graded[0].rank, -gap_ratio(a.value, b.value))
            if best is None or rank > best[0]:
                best = (rank, a, b, graded)
    if best is None:
        return
    _, a, b, (severity, why) = best
    if severity is Severity.HIGH and (_rival(a, b, unmatched_x, pair, 0) or _rival(b, a, unmatched_y, pair, 1)):
        severity, why = Severity.MEDIUM, "one sentence gives several such figures"
    if severity.rank > Severity.LOW.rank and pair.texts and (qualified(a, pair.texts[0]) != qualified(b, pair.texts[1])):
        # "$14.2 billion in cash" and "about $15.9bn including debt": two measures of one deal, each right
        severity, why = Severity.LOW, "one side says what the sum includes or leaves out"
    if severity.rank > Severity.LOW.rank and part_of(a, nx) != part_of(b, ny):
        # near, a part may be the whole misread; far apart, it is a part and a whole ("two of them", "12 people")
        far = gap_ratio(a.value, b.value) > RELATED_RATIO
        severity = Severity.LOW if far else min(severity, Severity.MEDIUM, key=lambda s: s.rank)
        why = "one side counts a part of a whole it gives (\u201c35 of the 44\u201d)"
    periods = other_periods(pair, a, b)
    # a rank is of its event, not of a year the sentence names ("the second to be impeached, after Roh in 2004")
    year = "" if periods or a.value.kind == "ordinal" else year_of_figure(pair, a, b)
    if periods and severity.rank > Severity.LOW.rank:
        severity, why = Severity.LOW, f"the figures are given for different periods: {periods}"
    elif year and severity.rank > Severity.LOW.rank:
        severity, why = Severity.LOW, f"one figure is of {year}, a year the other sentence does not name"
    elif (severity.rank > Severity.LOW.rank and pair.texts and a.value.kind == "money"
          and b.value.kind == "money" and two_trading_moments(pair.texts)):
        severity, why = Severity.LOW, "prices at two moments of trading"
    elif severity.rank > Severity.LOW.rank and (holders := other_holders(a.value, b.value, pair.texts)):
        severity, why = Severity.LOW, f"the figures are said of two holders ({holders})"
    elif severity.rank > Severity.LOW.rank and pair.texts and (updated(a, pair.texts[0]) or updated(b, pair.texts[1])):
        severity, why = Severity.LOW, "one side tells the figure has since changed"
    elif severity.rank > Severity.LOW.rank and pair.texts and (bool(PARTIAL_COUNT_RE.search(pair.texts[0]))
                                                              != bool(PARTIAL_COUNT_RE.search(pair.texts[1]))):
        severity, why = Severity.LOW, "one side gives a count still in progress"
    elif severity.rank > Severity.LOW.rank and pair.texts and attacker_counted(a, b, pair.texts):
        severity, why = Severity.LOW, "one side counts the attacker among them"
    elif severity.rank > Severity.LOW.rank and pair.texts and (moments := span_moments(a, b, pair.texts)):
        severity, why = min(severity, moments[0], key=lambda s: s.rank), moments[1]
    da, db = describe_number(a.value), describe_number(b.value)
    explanation = f"{names[x.doc]} says {da}; {names[y.doc]} says {db}" + (f" ({why})" if why else "")
    yield Finding(facet="claim", kind="number", severity=severity, statement=pair.statement, a=evidence(x, a, da),
                  b=evidence(y, b, db), explanation=explanation, confidence=confidence(link, CERTAINTY[severity]))
