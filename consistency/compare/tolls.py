"""The toll rule across a story: one group of the dead or hurt ("children") counted two ways by two outlets."""

from __future__ import annotations

from typing import Mapping, Sequence

from ..core.types import Facet, FacetKind, Finding, SentenceRef
from ..facets.lexicon.en.numbers import NOUN_CLASSES, STATE_BY_VERB
from .ages import unpaired_figures
from .harm import PEOPLE, harms_told
from .intervals import gap_ratio
from .numbers import RELATED_RATIO, numbers_agree
from .pairs import WRITTEN_YEAR
from .slots import counted_noun

WHOLE = frozenset({"people", "person", "victim", "other", "individual", "casualty", "resident"})
"""Nouns that count everyone: a toll itself, which outlets revise as the days go by, not a group within it."""
TOLD_STATE = {"dead": "dead", "injured": "injured", "hospital": "hospitalised"}


def unpaired_tolls(refs: Sequence[SentenceRef], facets: Mapping[SentenceRef, Sequence[Facet]],
                   texts: Mapping[SentenceRef, str], names: Mapping[str, str],
                   compared: set[frozenset]) -> list[Finding]:
    """A group among the dead or hurt that two outlets each count once, differently ("nine of the dead were
    children" / "a death toll of 24, including seven children"): one group of one toll, wherever the sentences
    stand. MEDIUM, only when each outlet gives the group one figure, at most twice apart, none in a sentence naming a
    year, and no compared pair of the two outlets gives both (the number rule has read them there)."""
    groups: dict[tuple[str, str], dict[str, list[tuple[SentenceRef, Facet]]]] = {}
    for ref in refs:
        if WRITTEN_YEAR.search(texts[ref]):
            continue
        for f in facets.get(ref, ()):
            key = _group(f, texts[ref])
            if key is not None:
                groups.setdefault(key, {}).setdefault(ref.doc, []).append((ref, f))
    out: list[Finding] = []
    for (noun, state), by_doc in sorted(groups.items()):
        one = {d: found for d, found in by_doc.items()
               if all(numbers_agree(found[0][1].value, f.value) is not False for _, f in found[1:])}
        docs = [d for d in names if d in one]
        for i, x in enumerate(docs):
            for y in docs[i + 1:]:
                (ra, a), (rb, b) = one[x][0], one[y][0]
                if (numbers_agree(a.value, b.value) is not False or gap_ratio(a.value, b.value) > RELATED_RATIO
                        or any(frozenset((p, q)) in compared for p, _ in one[x] for q, _ in one[y])):
                    continue
                out.append(unpaired_figures(ra, a, rb, b, names, f"one group of the {state}, counted twice"))
    return out


def _group(f: Facet, text: str) -> tuple[str, str] | None:
    """(the group, what befell it) a count of people tells: "nine of the dead were children" (child, dead), "a toll
    of 24, including seven children" (child, dead); None for a count of everyone or of no harm."""
    v = f.value
    if f.kind is not FacetKind.NUMBER or v.kind != "count" or v.unit is not None:
        return None
    noun = counted_noun(v)
    if noun is None or noun in WHOLE or not (noun in PEOPLE or NOUN_CLASSES.get(noun) == "people"):
        return None
    state = STATE_BY_VERB.get(str(v.verb))
    if state is None and v.verb in ("include", "be"):  # "including seven children": of the toll the sentence tells
        told = harms_told(text)
        state = TOLD_STATE.get(told[0]) if told else None
    return (noun, state) if state in ("dead", "injured", "hospitalised") else None
