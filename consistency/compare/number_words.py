"""How a number is described in a finding: "15 people dead", "the 64th minute", "$13.2 billion"."""

from __future__ import annotations

import math
import re

from ..core.values import ABSENT
from ..core.values.numbers import NumberValue
from ..facets.lexicon.en.numbers import CURRENCY_SIGNS, INVARIANT_PLURALS, IRREGULAR_PLURALS, SCALE_NAMES, STATE_BY_VERB
from ..facets.lexicon.en.units import IMPERIAL_UNITS, METRIC_DISPLAY, UNIT_BY_NAME, UNIT_NAMES, UnitEntry

CONSONANT_Y_END_RE = re.compile(r"[^aeiou]y$")
"""A noun ending that `plural` turns into "-ies" ("party" -> "parties")."""

SIBILANT_END_RE = re.compile(r"(s|x|z|ch|sh)$")
"""Noun endings after which `plural` adds "-es" ("box" -> "boxes")."""


def unit_entry(unit: str | None) -> UnitEntry | None:
    return UNIT_BY_NAME.get(unit) if unit else None


def upper_end(v: NumberValue) -> float | None:
    """The other end of a range, or None."""
    return None if v.upper is ABSENT else v.upper


def _fmt(x: float) -> str:
    """A number in plain words: 2500000 -> "2.5 million", 2500 -> "2,500"."""
    if not math.isfinite(x):
        return str(x)
    ax = abs(x)
    for name, scale in (("trillion", 1e12), ("billion", 1e9), ("million", 1e6)):
        if ax >= scale:
            return f"{x / scale:.6g} {name}"
    if x == int(x):
        return f"{int(x):,}"
    return f"{x:,.6g}" if ax >= 1000 else f"{x:.6g}"


SINGULARS = {many: one for one, many in IRREGULAR_PLURALS.items()}


def singular(word: str) -> str:
    """The noun a plural counts ("officers" -> officer, "children" -> child, "casualties" -> casualty, "staff" stays):
    `plural` read back."""
    if word in INVARIANT_PLURALS or word in SINGULARS:
        return SINGULARS.get(word, word)
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") else word


def plural(noun: str, value: float) -> str:
    """A counted noun (a lemma) as written beside `value`: "1 child", "7 children", "3 officials"."""
    if value == 1 or noun in INVARIANT_PLURALS:
        return noun
    if noun in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[noun]
    if CONSONANT_Y_END_RE.search(noun):
        return noun[:-1] + "ies"
    if SIBILANT_END_RE.search(noun):
        return noun + "es"
    return noun + "s"


def _ordinal(x: float) -> str:
    n = int(x)
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


SPLIT_UNITS: dict[str, tuple[str, int]] = {"hour": ("minute", 60), "year": ("month", 12), "day": ("hour", 24),
                                          "minute": ("second", 60), "lb": ("ounce", 16), "foot": ("inch", 12)}
"""Units whose fraction a page writes in the next smaller unit ("7 hours 33 minutes", "nine years and four months")."""


def _finer_than_tenths(value: NumberValue) -> bool:
    """Written to a smaller unit than a tenth ("7 hours 33 minutes"), not "2.5 hours" or "three and a half hours"."""
    return isinstance(value.precision, (int, float)) and value.precision < 0.1


def _split(v: float, unit: str) -> str:
    """ "7 hours 33 minutes" for 7.55 hours; the fraction in the next smaller unit, rounded to a whole one."""
    small, per = SPLIT_UNITS[unit]
    whole, rest = int(v), round((v - int(v)) * per)
    if rest == per:
        whole, rest = whole + 1, 0
    big_names, small_names = UNIT_NAMES.get(unit, (unit, unit + "s")), UNIT_NAMES.get(small, (small, small + "s"))
    text = f"{whole} {big_names[0] if whole == 1 else big_names[1]}"
    return text + (f" {rest} {small_names[0] if rest == 1 else small_names[1]}" if rest else "")


def describe_number(value: NumberValue) -> str:
    """A NUMBER facet value in plain words: "15 people dead", "more than 58 votes", "3.1 miles (5.0 km)"."""
    try:
        kind = value.kind
        noun = value.noun
        approx = value.approx
        if kind == "score":
            a, b = value.value
            text = f"{_fmt(float(a))}-{_fmt(float(b))}"
            return f"{text} {noun}" if noun and noun != "score" else f"{text} score"
        v = float(value.value)
        upper = upper_end(value)
        number = _fmt(v) if upper is None else f"{_fmt(v)} to {_fmt(float(upper))}"
        prefix = f"{approx} " if approx and not value.vague else ""
        unit = value.unit
        if kind == "ordinal":
            return f"{_ordinal(v)} {noun}" if noun else _ordinal(v)
        if kind == "age":
            return f"aged {prefix}{number}" + (f" ({noun})" if noun else "")
        if kind == "minute":
            return f"the {_ordinal(v)} minute"
        if noun in SCALE_NAMES.values():  # "magnitude 6.4", not "6.4 magnitudes"
            return f"{prefix}{noun} {number}"
        if kind == "money":
            sign = CURRENCY_SIGNS.get(str(unit))
            amount = f"{sign}{number}" if sign else f"{number} {str(unit).upper()}"
            if unit == "gbp" and upper is None and 0 < v < 1:  # pence, as the page writes them
                amount = f"{_fmt(round(v * 100, 6))}p"
            return f"{prefix}{amount}" + (f" ({noun})" if noun else "")
        if unit:
            names = UNIT_NAMES.get(str(unit))
            shown = (names[0] if v == 1 and upper is None else names[1]) if names else str(unit)
            text = f"{prefix}{number} {shown}" if shown not in ("°C", "°F") else f"{prefix}{number}{shown}"
            if upper is None and str(unit) in SPLIT_UNITS and v != int(v) and _finer_than_tenths(value):
                text = prefix + _split(v, str(unit))
            entry = unit_entry(str(unit))
            if unit in IMPERIAL_UNITS and entry is not None and entry[1] in METRIC_DISPLAY:
                si = v * entry[2] + entry[3]
                metric, scale = METRIC_DISPLAY["short length" if entry[1] == "length" and si < 1000 else entry[1]]
                text += f" ({si / scale:.1f} {metric})" if metric != "°C" else f" ({si:.1f}°C)"
            if kind == "countdown":
                text += " left"
            if noun:
                text += f" of {plural(str(noun), 2)}" if value.of else f" ({noun})"
            return text
        if value.vague:
            text = str(value.vague)
            if noun:
                text += f" of {plural(str(noun), 2)}"
            state = STATE_BY_VERB.get(str(value.verb))
            return f"{text} {state}" if state else text
        if noun and noun == value.verb:  # "twice": the verb's event
            times = "time" if v == 1 and upper is None else "times"
            return f"{prefix}{number} {times} ({noun})"
        text = f"{prefix}{number}"
        if noun:
            text += f" {plural(str(noun), v if upper is None else 2)}"
        state = STATE_BY_VERB.get(str(value.verb))
        if state and noun:
            text += f" {state}"
        return text
    except (KeyError, TypeError, ValueError):
        return str(value.value)
