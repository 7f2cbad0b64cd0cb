"""Number facets of one sentence (counts, money, percentages, quantities, ordinals, scores) and their agreement."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Mapping

from ..core.types import Facet, FacetKind
from .nlp import ents_of, text_of, tokens_of

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token

# --------------------------------------------------------------------------- word lists

NUMBER_WORDS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
"""Cardinal number words below one hundred."""

SCALE_WORDS: dict[str, float] = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
}
"""Multipliers written as words ("2.5 million", "two hundred")."""

DOZEN = "dozen"
"""A count of twelve: "a dozen", "two dozen"."""

SCALE_SUFFIXES: dict[str, float] = {
    "k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "b": 1e9, "bln": 1e9, "tn": 1e12, "trn": 1e12,
}
"""Abbreviated multipliers glued to digits ("$2.5bn", "3m"); a bare "m" is a million only with money."""

VAGUE_PLURALS: dict[str, float] = {
    "dozens": 12, "tens": 10, "hundreds": 1e2, "thousands": 1e3, "millions": 1e6, "billions": 1e9,
}
"""Plural multipliers without a count: "dozens" means at least two dozen."""

EVENT_COUNT_ADVERBS: dict[str, int] = {"once": 1, "twice": 2, "thrice": 3}
"""Adverbs that count how often the governing verb's event happened."""

FREQUENCY_WORDS: frozenset[str] = frozenset({
    "daily", "weekly", "monthly", "yearly", "annually", "hourly", "nightly", "fortnightly",
})
"""Adverbs that make "twice" a rate ("twice weekly"), not a count of events."""

ORDINAL_WORDS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "hundredth": 100,
}
"""Ordinal words; "1st", "22nd" are read by `ORDINAL_SUFFIX_RE`."""

FRACTION_WORDS: frozenset[str] = frozenset({
    "half", "halves", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "tenths",
})
"""Words that make "two-thirds" a fraction, which is not read."""

ORDINAL_IDIOM_NOUNS: frozenset[str] = frozenset({
    "lady", "responder", "aid", "minister", "hand", "party", "degree", "world", "class", "person",
    "half", "quarter", "thought", "nature", "opinion", "language", "wave", "amendment", "term",
})
"""Nouns after which an ordinal is part of a name or idiom ("first lady", "third party"), not a rank."""

APPROXIMATORS: dict[str, str] = {
    "more than": "more than", "over": "more than", "above": "more than", "upwards of": "more than",
    "upward of": "more than", "in excess of": "more than", "just over": "more than",
    "greater than": "more than", "well over": "more than",
    "less than": "less than", "fewer than": "less than", "under": "less than", "below": "less than",
    "just under": "less than",
    "about": "about", "around": "about", "roughly": "about", "approximately": "about",
    "nearly": "about", "almost": "about", "some": "about", "an estimated": "about",
    "estimated": "about", "close to": "about", "circa": "about", "approx.": "about", "~": "about",
    "at least": "at least", "no fewer than": "at least", "no less than": "at least",
    "a minimum of": "at least", "not less than": "at least",
    "up to": "up to", "as many as": "up to", "as much as": "up to", "at most": "up to",
    "no more than": "up to", "a maximum of": "up to", "not more than": "up to",
}
"""Words before a number that make it a bound or an estimate, mapped to the canonical approximator."""

AMBIGUOUS_APPROXIMATORS: frozenset[str] = frozenset({
    "over", "above", "under", "below", "about", "around", "some", "estimated",
})
"""Approximators that are also prepositions or determiners; accepted only when they modify the number."""

TRAILING_APPROXIMATORS: dict[str, str] = {
    "or more": "at least", "or so": "about", "plus": "at least", "or fewer": "up to",
    "or less": "up to",
}
"""Words after a number that make it a bound ("50 or more")."""

# unit surface form -> (canonical unit, dimension, factor to the base unit, offset)
UNITS: dict[str, tuple[str, str, float, float]] = {
    # length, base metre
    "km": ("km", "length", 1000.0, 0.0), "kms": ("km", "length", 1000.0, 0.0),
    "kilometre": ("km", "length", 1000.0, 0.0), "kilometres": ("km", "length", 1000.0, 0.0),
    "kilometer": ("km", "length", 1000.0, 0.0), "kilometers": ("km", "length", 1000.0, 0.0),
    "mile": ("mile", "length", 1609.344, 0.0), "miles": ("mile", "length", 1609.344, 0.0),
    "mi": ("mile", "length", 1609.344, 0.0),
    "m": ("m", "length", 1.0, 0.0), "metre": ("m", "length", 1.0, 0.0),
    "metres": ("m", "length", 1.0, 0.0), "meter": ("m", "length", 1.0, 0.0),
    "meters": ("m", "length", 1.0, 0.0),
    "cm": ("cm", "length", 0.01, 0.0), "centimetre": ("cm", "length", 0.01, 0.0),
    "centimetres": ("cm", "length", 0.01, 0.0), "centimeter": ("cm", "length", 0.01, 0.0),
    "centimeters": ("cm", "length", 0.01, 0.0),
    "mm": ("mm", "length", 0.001, 0.0), "millimetre": ("mm", "length", 0.001, 0.0),
    "millimetres": ("mm", "length", 0.001, 0.0), "millimeter": ("mm", "length", 0.001, 0.0),
    "millimeters": ("mm", "length", 0.001, 0.0),
    "foot": ("foot", "length", 0.3048, 0.0), "feet": ("foot", "length", 0.3048, 0.0),
    "ft": ("foot", "length", 0.3048, 0.0),
    "inch": ("inch", "length", 0.0254, 0.0), "inches": ("inch", "length", 0.0254, 0.0),
    "yard": ("yard", "length", 0.9144, 0.0), "yards": ("yard", "length", 0.9144, 0.0),
    # mass, base kilogram
    "kg": ("kg", "mass", 1.0, 0.0), "kgs": ("kg", "mass", 1.0, 0.0),
    "kilogram": ("kg", "mass", 1.0, 0.0), "kilograms": ("kg", "mass", 1.0, 0.0),
    "kilogramme": ("kg", "mass", 1.0, 0.0), "kilogrammes": ("kg", "mass", 1.0, 0.0),
    "kilo": ("kg", "mass", 1.0, 0.0), "kilos": ("kg", "mass", 1.0, 0.0),
    "g": ("g", "mass", 0.001, 0.0), "gram": ("g", "mass", 0.001, 0.0),
    "grams": ("g", "mass", 0.001, 0.0), "gramme": ("g", "mass", 0.001, 0.0),
    "grammes": ("g", "mass", 0.001, 0.0),
    "lb": ("lb", "mass", 0.45359237, 0.0), "lbs": ("lb", "mass", 0.45359237, 0.0),
    "pound": ("lb", "mass", 0.45359237, 0.0), "pounds": ("lb", "mass", 0.45359237, 0.0),
    "ounce": ("ounce", "mass", 0.028349523, 0.0), "ounces": ("ounce", "mass", 0.028349523, 0.0),
    "oz": ("ounce", "mass", 0.028349523, 0.0),
    "tonne": ("tonne", "mass", 1000.0, 0.0), "tonnes": ("tonne", "mass", 1000.0, 0.0),
    "ton": ("ton", "mass", 907.18474, 0.0), "tons": ("ton", "mass", 907.18474, 0.0),
    # area, base square metre
    "square kilometre": ("sq km", "area", 1e6, 0.0), "square kilometres": ("sq km", "area", 1e6, 0.0),
    "square kilometer": ("sq km", "area", 1e6, 0.0), "square kilometers": ("sq km", "area", 1e6, 0.0),
    "sq km": ("sq km", "area", 1e6, 0.0), "km2": ("sq km", "area", 1e6, 0.0),
    "square mile": ("sq mile", "area", 2589988.11, 0.0), "square miles": ("sq mile", "area", 2589988.11, 0.0),
    "sq miles": ("sq mile", "area", 2589988.11, 0.0),
    "square metre": ("sq m", "area", 1.0, 0.0), "square metres": ("sq m", "area", 1.0, 0.0),
    "square meter": ("sq m", "area", 1.0, 0.0), "square meters": ("sq m", "area", 1.0, 0.0),
    "square feet": ("sq foot", "area", 0.09290304, 0.0), "square foot": ("sq foot", "area", 0.09290304, 0.0),
    "hectare": ("hectare", "area", 1e4, 0.0), "hectares": ("hectare", "area", 1e4, 0.0),
    "acre": ("acre", "area", 4046.8564224, 0.0), "acres": ("acre", "area", 4046.8564224, 0.0),
    # volume, base litre
    "litre": ("litre", "volume", 1.0, 0.0), "litres": ("litre", "volume", 1.0, 0.0),
    "liter": ("litre", "volume", 1.0, 0.0), "liters": ("litre", "volume", 1.0, 0.0),
    "gallon": ("gallon", "volume", 3.785411784, 0.0), "gallons": ("gallon", "volume", 3.785411784, 0.0),
    "barrel": ("barrel", "volume", 158.987295, 0.0), "barrels": ("barrel", "volume", 158.987295, 0.0),
    # speed, base km/h
    "mph": ("mph", "speed", 1.609344, 0.0), "miles per hour": ("mph", "speed", 1.609344, 0.0),
    "km/h": ("km/h", "speed", 1.0, 0.0), "kph": ("km/h", "speed", 1.0, 0.0),
    "kmh": ("km/h", "speed", 1.0, 0.0), "kilometres per hour": ("km/h", "speed", 1.0, 0.0),
    "kilometers per hour": ("km/h", "speed", 1.0, 0.0),
    "knot": ("knot", "speed", 1.852, 0.0), "knots": ("knot", "speed", 1.852, 0.0),
    # temperature, base degree Celsius (value * factor + offset)
    "°c": ("celsius", "temperature", 1.0, 0.0), "° c": ("celsius", "temperature", 1.0, 0.0),
    "degrees celsius": ("celsius", "temperature", 1.0, 0.0),
    "degrees c": ("celsius", "temperature", 1.0, 0.0), "degrees centigrade": ("celsius", "temperature", 1.0, 0.0),
    "°f": ("fahrenheit", "temperature", 5 / 9, -160 / 9), "° f": ("fahrenheit", "temperature", 5 / 9, -160 / 9),
    "degrees fahrenheit": ("fahrenheit", "temperature", 5 / 9, -160 / 9),
    "degrees f": ("fahrenheit", "temperature", 5 / 9, -160 / 9),
    # duration, base second
    "second": ("second", "time", 1.0, 0.0), "seconds": ("second", "time", 1.0, 0.0),
    "minute": ("minute", "time", 60.0, 0.0), "minutes": ("minute", "time", 60.0, 0.0),
    "hour": ("hour", "time", 3600.0, 0.0), "hours": ("hour", "time", 3600.0, 0.0),
    "day": ("day", "time", 86400.0, 0.0), "days": ("day", "time", 86400.0, 0.0),
    "week": ("week", "time", 604800.0, 0.0), "weeks": ("week", "time", 604800.0, 0.0),
    "month": ("month", "time", 2629800.0, 0.0), "months": ("month", "time", 2629800.0, 0.0),
    "year": ("year", "time", 31557600.0, 0.0), "years": ("year", "time", 31557600.0, 0.0),
    "decade": ("decade", "time", 315576000.0, 0.0), "decades": ("decade", "time", 315576000.0, 0.0),
    # percentages
    "%": ("percent", "percent", 1.0, 0.0), "percent": ("percent", "percent", 1.0, 0.0),
    "per cent": ("percent", "percent", 1.0, 0.0), "pct": ("percent", "percent", 1.0, 0.0),
    "percentage point": ("percentage point", "percentage point", 1.0, 0.0),
    "percentage points": ("percentage point", "percentage point", 1.0, 0.0),
}
"""Unit words after a number: canonical unit, dimension, factor and offset to the dimension's base unit."""

BASE_UNITS: dict[str, str] = {
    "length": "m", "mass": "kg", "area": "sq m", "volume": "litre", "speed": "km/h",
    "temperature": "celsius", "time": "second", "percent": "percent",
    "percentage point": "percentage point",
}
"""The unit `si_value` is expressed in, per dimension."""

DURATION_UNITS: frozenset[str] = frozenset({"second", "minute", "hour", "day", "week", "month", "year", "decade"})
"""Time units: a number with one of these is a duration unless it dates something ("two years ago")."""

DATING_WORDS: frozenset[str] = frozenset({
    "ago", "old", "later", "earlier", "before", "after", "since", "hence", "previously", "prior",
})
"""Words after "N years" that make it a date or an age, not a duration."""

CURRENCY_SYMBOLS: dict[str, str] = {
    "$": "usd", "us$": "usd", "usd": "usd", "€": "eur", "eur": "eur", "£": "gbp", "gbp": "gbp",
    "¥": "jpy", "jpy": "jpy", "₹": "inr", "inr": "inr", "₽": "rub", "c$": "cad", "cad": "cad",
    "a$": "aud", "aud": "aud", "chf": "chf", "rmb": "cny", "cny": "cny", "hk$": "hkd",
}
"""Currency signs and codes written before an amount."""

CURRENCY_WORDS: dict[str, str] = {
    "dollar": "usd", "dollars": "usd", "usd": "usd", "euro": "eur", "euros": "eur", "eur": "eur",
    "sterling": "gbp", "gbp": "gbp", "yen": "jpy", "yuan": "cny", "renminbi": "cny",
    "rupee": "inr", "rupees": "inr", "rouble": "rub", "roubles": "rub", "ruble": "rub",
    "rubles": "rub", "franc": "chf", "francs": "chf", "peso": "peso", "pesos": "peso",
    "rand": "zar", "naira": "ngn", "lira": "try", "shekel": "ils", "shekels": "ils",
    "dirham": "aed", "dirhams": "aed", "riyal": "sar", "riyals": "sar", 
}
"""Currency words written after an amount ("2.5 million euros"); "pounds" is money only in a MONEY entity."""

MONEY_WORDS: frozenset[str] = frozenset({
    "cost", "pay", "spend", "fund", "funding", "raise", "invest", "investment", "worth", "fine",
    "earn", "owe", "budget", "price", "salary", "wage", "deal", "contract", "bill", "compensation",
    "damages", "loan", "debt", "profit", "revenue", "sale", "bonus", "grant", "payout", "sterling",
})
"""Lemmas near "N pounds" that make the pounds money, not weight."""

CURRENCY_SIGNS: dict[str, str] = {"usd": "$", "eur": "€", "gbp": "£", "jpy": "¥", "inr": "₹"}
"""How `describe_number` writes a currency."""

VERB_LEMMA_FIXES: dict[str, str] = {"fin": "fine"}
"""Lemmas the small model gets wrong ("fined" → "fin")."""

NOUN_ALIASES: dict[str, str] = {"person": "people", "persons": "people", "times": "time"}
"""Counted nouns that name the same thing."""

NON_COUNTED_NOUNS: frozenset[str] = frozenset({"time", "%"})
"""Nouns after a number that are not what is counted."""

TIME_OF_DAY_WORDS: frozenset[str] = frozenset({
    "a.m.", "p.m.", "am", "pm", "a.m", "p.m", "o'clock", "o’clock", "gmt", "utc", "est", "edt",
    "pst", "pdt", "cet", "cest", "bst", "et", "pt", "ist", "hrs", "h",
})
"""Words after a number that make it a time of day."""

AGE_WORDS_BEFORE: frozenset[str] = frozenset({"aged", "age", "ages"})
"""Words before a number that make it an age."""

AGE_AFTER_RE = re.compile(r"\s*-?\s*(?:year|yr|month|week|day)s?[\s-]*old\b", re.IGNORECASE)
"""Text after a number that makes it an age ("70-year-old", "70 years old")."""

NAME_PREFIXES: frozenset[str] = frozenset({
    "no.", "no", "number", "#", "article", "section", "chapter", "route", "flight", "room", "gate",
    "platform", "line", "channel", "level", "phase", "stage", "category", "grade", "class", "type",
    "version", "model", "episode", "season", "page", "vol.", "volume", "figure", "table", "item",
    "proposition", "resolution", "highway", "interstate", "bus", "unit", "ward", "district", "box",
    "cell", "block", "lot", "pier", "terminal", "track", "exit", "apartment", "suite", "building",
})
"""Words before a number that make it a name or a label ("Flight 370", "Article 5")."""

NAMING_ENTITY_LABELS: frozenset[str] = frozenset({
    "PERSON", "ORG", "GPE", "LOC", "FAC", "PRODUCT", "EVENT", "LAW", "WORK_OF_ART", "LANGUAGE", "NORP",
})
"""Entity labels whose digits belong to a name ("Apollo 11", "Group of 20")."""

DATE_ENTITY_LABELS: frozenset[str] = frozenset({"DATE", "TIME"})
"""Entity labels of dates and times, which are the date facet's business."""

DATE_WORDS: frozenset[str] = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "jan.", "feb", "feb.", "mar", "mar.", "apr", "apr.",
    "jun", "jun.", "jul", "jul.", "aug", "aug.", "sep", "sep.", "sept", "sept.", "oct", "oct.",
    "nov", "nov.", "dec", "dec.", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "today", "yesterday", "tomorrow", "tonight", "morning", "afternoon",
    "evening", "night", "noon", "midnight", "ago", "old", "last", "next", "this", "year", "years",
    "month", "months", "week", "weeks", "day", "days", "decade", "decades", "century", "centuries",
    "hour", "hours", "minute", "minutes", "second", "seconds", "spring", "summer", "autumn",
    "fall", "winter", "quarter", "weekend", "a.m.", "p.m.", "am", "pm", "o'clock", "aged", "age",
})
"""Words that make a DATE/TIME entity a real date, age or time (the small model also tags bare
numbers such as "Between 10 and 15" as DATE)."""

SCORE_NOUNS: frozenset[str] = frozenset({
    "vote", "win", "victory", "defeat", "loss", "lead", "score", "margin", "decision", "draw",
    "tie", "ruling", "majority", "verdict", "tally", "split", "count", "result", "advantage",
})
"""Nouns after "52-47" that make it a score or a vote tally, not a range."""

SCORE_VERBS: frozenset[str] = frozenset({
    "vote", "win", "beat", "defeat", "lose", "pass", "approve", "reject", "confirm", "lead",
    "trail", "edge", "rout", "draw", "tie", "rule", "decide", "clear", "adopt", "acquit", "convict",
    "overturn", "uphold", "thrash", "finish", "end",
})
"""Verbs governing "52-47" that make it a score or a vote tally."""

VOTE_WORDS: frozenset[str] = frozenset({
    "vote", "pass", "approve", "reject", "confirm", "adopt", "majority", "ballot", "tally",
    "overturn", "uphold", "acquit", "convict", "ruling", "decision", "verdict",
})
"""Words that make a score a vote tally (noun "vote")."""

ROLE_BY_DEP: dict[str, str] = {
    "nsubj": "subject", "csubj": "subject", "nsubjpass": "object", "dobj": "object",
    "attr": "object", "oprd": "object", "dative": "object",
}
"""The role of a number's phrase for its verb; a passive subject is what was acted on ("15 were killed")."""

STATE_BY_VERB: dict[str, str] = {
    "kill": "dead", "die": "dead", "injure": "injured", "wound": "wounded", "hurt": "injured",
    "arrest": "arrested", "miss": "missing", "displace": "displaced", "evacuate": "evacuated",
    "rescue": "rescued", "detain": "detained", "hospitalize": "hospitalised",
    "hospitalise": "hospitalised", "infect": "infected", "strand": "stranded",
}
"""How `describe_number` words the state of a counted noun ("15 people dead")."""

ABOUT_RELATIVE = 0.05
"""Least half-width of "about X" as a share of X."""

ABOUT_MAX_RELATIVE = 0.1
"""Most half-width of "about X" as a share of X, however round X is ("about 100": 90 to 110)."""

CONVERSION_SLACK = 0.02
"""Relative tolerance between two values written in different units (rounding in conversion)."""

# --------------------------------------------------------------------------- regexes

DIGITS_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+")
"""A number written in digits, with thousands commas and decimals."""

SUFFIXED_RE = re.compile(r"(\d+(?:\.\d+)?)(k|m|mn|mln|bn|b|bln|tn|trn)", re.IGNORECASE)
"""Digits with a glued multiplier ("2.5bn")."""

ORDINAL_SUFFIX_RE = re.compile(r"(\d+)(?:st|nd|rd|th)", re.IGNORECASE)
"""An ordinal in digits ("21st")."""

PAIR_RE = re.compile(
    r"(?<![\w.,/:\-–—])(\d{1,3})\s?[-–—]\s?(\d{1,3})(?![\w/:]|[.,]\d|\s?[-–—]\s?\d)"
)
"""Two numbers joined by a dash: a score ("52-47") or a range ("10-15")."""

VOTE_TO_RE = re.compile(r"(?<![\w.,])(\d{1,3}) to (\d{1,3})(?!\w|[.,]\d)")
"""A tally written with "to" ("52 to 47"); a score only next to a vote word."""

VOTES_TO_RE = re.compile(r"(?<![\w.,])(\d{1,3}) votes? to (\d{1,3})(?!\w|[.,]\d)", re.IGNORECASE)
"""A tally written "38 votes to 27"."""

VOTE_BEFORE_RE = re.compile(r"\b(?:vot(?:e|es|ed|ing)|margin|tally|ballot)\b[^.;:!?]*$", re.IGNORECASE)
"""Text before "N to M" that makes it a vote tally ("the vote was 38 to 27")."""

VOTE_AFTER_RE = re.compile(r"\s*(?:in favou?r|against|with \d+ abstentions?)\b", re.IGNORECASE)
"""Text after "N to M" that makes it a vote tally ("38 to 27 in favour")."""

YEARISH_RE = re.compile(r"\d{4}s?|'\d{2}s?|\d+(?:st|nd|rd|th)")
"""A word that makes a DATE entity a real date: a year, a decade ("'90s") or a day ("3rd")."""

FOUR_DIGITS_RE = re.compile(r"\d{4}")
"""A token that may be a year."""

CONSONANT_Y_END_RE = re.compile(r"[^aeiou]y$")
"""A noun ending that `_plural` turns into "-ies" ("party" -> "parties")."""

SIBILANT_END_RE = re.compile(r"(s|x|z|ch|sh)$")
"""Noun endings after which `_plural` adds "-es" ("box" -> "boxes")."""

BLOCKED_RES: tuple[re.Pattern[str], ...] = (
    re.compile(r"\+?\(?\d{1,4}\)?(?:[ .\-]\d{2,4}){2,}"),  # phone numbers, dotted versions
    re.compile(r"\d+(?:[\-/.]\d+){2,}"),  # digit chains: 1-800-555-1234, 2017-03-02, 3/2/2017
    re.compile(r"\d{1,2}:\d{2}(?::\d{2})?"),  # clock times
    re.compile(r"\d{1,4}/\d{1,4}"),  # 9/11, 24/7, 3/4
    re.compile(r"\d{7,}"),  # identifiers
)
"""Digit strings that are never reported: phone numbers, ISO dates, clock times, identifiers."""

NUMBER_START_WORDS: frozenset[str] = frozenset({
    *EVENT_COUNT_ADVERBS, *ORDINAL_WORDS, *VAGUE_PLURALS, *NUMBER_WORDS, "a", "an",
})
"""The words (lower case) `_reading_at` can read a number at; any other token needs a digit."""

ANY_DIGIT_RE = re.compile(r"\d")
"""A digit, which `BLOCKED_RES`, the score patterns and the patterns `_reading_at` reads digits with all need."""


# --------------------------------------------------------------------------- extraction


@dataclass
class _Reading:
    """A number found in the sentence, before it becomes a `Facet`."""

    start_tok: int  # first token of the written number (after any approximator / currency)
    end_tok: int  # one past the last token of the written number
    value: float
    precision: float
    kind: str = "count"
    unit: str | None = None
    dimension: str | None = None
    factor: float = 1.0
    offset: float = 0.0
    noun: str | None = None
    verb: str | None = None
    approx: str | None = None
    upper: float | None = None
    vague: str | None = None
    pair: tuple[float, float] | None = None
    of_noun: bool = False  # the noun was read from "58 percent of voters"
    role: str | None = None  # what the number's phrase is to the verb: subject, object, other
    span_start: int = 0  # token span of the facet (with approximator, currency and unit)
    span_end: int = 0


def extract_numbers(doc: "Doc") -> tuple[Facet, ...]:
    """Find the numbers a sentence claims (not ages, years, dates, times, names or phone numbers).

    Args:
        doc: one parsed sentence from `consistency.facets.nlp.parse`.

    Returns:
        One NUMBER facet per number, in text order; offsets index `doc.text`.
    """
    tokens = tokens_of(doc)
    if len(doc) == 0:
        return ()
    text = text_of(doc)
    blocked = _blocked_chars(text)
    used: set[int] = set()
    readings: list[_Reading] = []
    readings.extend(_pairs(doc, blocked, used))
    # the tokens `_reading_at` can read a number at (most tokens are none of them)
    digits = ANY_DIGIT_RE.search(text) is not None
    starts = [tok.i for tok in tokens
              if tok.lower_ in NUMBER_START_WORDS or (digits and ANY_DIGIT_RE.search(tok.text))]
    resume = 0  # the first token after the last reading
    for i in starts:
        if i < resume or i in used or _is_blocked(tokens[i], blocked):
            continue
        reading = _reading_at(doc, i, used)
        if reading is None:
            continue
        if _keep(doc, reading):
            readings.append(reading)
        used.update(range(reading.start_tok, max(reading.end_tok, reading.span_end)))
        resume = max(reading.end_tok, reading.span_end, i + 1)
    facets = [_to_facet(doc, r) for r in readings]
    facets.sort(key=lambda f: (f.start, f.end))
    return tuple(facets)


def _blocked_chars(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    if ANY_DIGIT_RE.search(text) is None:
        return spans  # (each pattern needs a digit)
    for pattern in BLOCKED_RES:
        spans.extend(m.span() for m in pattern.finditer(text))
    return spans


def _is_blocked(token: "Token", blocked: list[tuple[int, int]]) -> bool:
    a, b = token.idx, token.idx + len(token.text)
    return any(s < b and a < e for s, e in blocked)


def _ent_label(token: "Token") -> str:
    return token.ent_type_ or ""


def _in_naming_or_date_entity(doc: "Doc", start: int, end: int) -> str | None:
    """The label of a naming or date entity over tokens start..end, if any.

    A DATE/TIME entity counts only when it holds a date word or a year, so that a number
    the model mistags as DATE ("Between 10 and 15 people") is still read.
    """
    tokens = tokens_of(doc)
    for k in range(start, end):
        label = _ent_label(tokens[k])
        if label in NAMING_ENTITY_LABELS:
            return label
        if label in DATE_ENTITY_LABELS:
            ent = _entity_of(doc, k)
            if ent is None or any(
                t.lower_ in DATE_WORDS or YEARISH_RE.fullmatch(t.lower_)
                for t in tokens[ent.start:ent.end]
            ) or (AGE_AFTER_RE.match(text_of(doc), tokens[k].idx + len(tokens[k].text)) is not None):
                return label
            if len(ent) == 1 and k > 0 and tokens[k - 1].text in (",", "("):
                return label  # "Smith, 70," is an age
    return None


def _entity_of(doc: "Doc", k: int) -> "Span | None":
    for ent in ents_of(doc):
        if ent.start <= k < ent.end:
            return ent
    return None


def _pairs(doc: "Doc", blocked: list[tuple[int, int]], used: set[int]) -> list[_Reading]:
    """Scores ("52-47", "52 to 47") and dashed ranges ("10-15 people")."""
    tokens = tokens_of(doc)
    out: list[_Reading] = []
    text = text_of(doc)
    if ANY_DIGIT_RE.search(text) is None:
        return out  # (each pattern needs a digit)
    for pattern in (PAIR_RE, VOTES_TO_RE, VOTE_TO_RE):
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in blocked):
                continue
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None or any(t.i in used for t in span):
                continue
            label = _in_naming_or_date_entity(doc, span.start, span.end)
            a, b = float(m.group(1)), float(m.group(2))
            after = tokens[span.end] if span.end < len(doc) else None
            if after is not None and after.lower_ in TIME_OF_DAY_WORDS:
                continue
            verb = _governing_verb(span[0])
            after_noun = after.lemma_.lower() if after is not None and after.pos_ in ("NOUN", "PROPN") else None
            vote_context = bool(VOTE_BEFORE_RE.search(text[max(0, m.start() - 30):m.start()])
                                or VOTE_AFTER_RE.match(text, m.end()))
            scoreish = (
                (after_noun in SCORE_NOUNS)
                or (verb in SCORE_VERBS)
                or vote_context
            )
            if pattern is VOTES_TO_RE:
                scoreish = vote_context = True
            if pattern is VOTE_TO_RE and not scoreish:
                continue
            if label in NAMING_ENTITY_LABELS and not scoreish:
                continue  # a score glued to a team name ("Northgate United 3-1") is still a score
            if scoreish or a >= b:
                if label in DATE_ENTITY_LABELS and not scoreish:
                    continue
                vote = (after_noun in VOTE_WORDS) or (verb in VOTE_WORDS) or vote_context
                noun = "vote" if vote else (after_noun if after_noun in SCORE_NOUNS else "score")
                r = _Reading(span.start, span.end, a, 1.0, kind="score", noun=noun, verb=verb,
                             pair=(a, b), span_start=span.start, span_end=span.end)
                out.append(r)
                used.update(range(span.start, span.end))
            else:  # a range: "10-15 people", "3-4 miles"
                if label in DATE_ENTITY_LABELS and not _duration_follows(doc, span.end):
                    continue
                r = _Reading(span.start, span.end, a, 1.0, upper=b, span_start=span.start, span_end=span.end)
                _complete(doc, r, currency=_currency_before(doc, span.start))
                if _keep(doc, r):
                    out.append(r)
                used.update(range(r.span_start, r.span_end))
    return out


def _duration_follows(doc: "Doc", j: int) -> bool:
    tokens = tokens_of(doc)
    if j >= len(doc):
        return False
    unit = UNITS.get(tokens[j].lower_)
    if unit is None or unit[0] not in DURATION_UNITS:
        return False
    return not (j + 1 < len(doc) and tokens[j + 1].lower_ in DATING_WORDS)


def _reading_at(doc: "Doc", i: int, used: set[int]) -> _Reading | None:
    """Read the number that starts at token `i`, if any."""
    tokens = tokens_of(doc)
    tok = tokens[i]
    low = tok.lower_
    if low in EVENT_COUNT_ADVERBS:
        return _event_count(doc, i)
    if low in ORDINAL_WORDS or ORDINAL_SUFFIX_RE.fullmatch(tok.text):
        return _ordinal(doc, i)
    if low in VAGUE_PLURALS:
        return _vague(doc, i)
    currency = _currency_before(doc, i)
    group = _number_group(doc, i, used)
    if group is None:
        return None
    end, value, precision, suffix = group
    r = _Reading(i, end, value, precision)
    if suffix == "m" and currency is None and not _currency_word_at(doc, end):
        # "3m" is three metres unless it is money
        r.value, r.precision = value / 1e6, precision / 1e6
        r.unit, r.dimension, r.factor, r.offset = UNITS["m"][0], "length", 1.0, 0.0
        r.kind = "quantity"
    _complete(doc, r, currency=currency)
    return r


def _number_group(doc: "Doc", i: int, used: set[int]) -> tuple[int, float, float, str | None] | None:
    """Tokens from `i` that write one number; returns (end, value, precision, glued suffix)."""
    tokens = tokens_of(doc)
    tok = tokens[i]
    low = tok.lower_
    n = len(doc)
    if DIGITS_RE.fullmatch(tok.text):
        digits = tok.text.replace(",", "")
        value = float(digits)
        decimals = len(digits.split(".")[1]) if "." in digits else 0
        precision = 10.0 ** -decimals
        j = i + 1
        suffix = None
        # glued abbreviation split off by the tokenizer: "3m", "2.5 bn" (no space)
        if j < n and not tok.whitespace_ and tokens[j].lower_ in SCALE_SUFFIXES:
            suffix = tokens[j].lower_
            mult = SCALE_SUFFIXES[suffix]
            return j + 1, value * mult, precision * mult, suffix
        mult = 1.0
        rounding = 1.0
        while j < n and j not in used and (tokens[j].lower_ in SCALE_WORDS or tokens[j].lower_ == DOZEN):
            mult *= SCALE_WORDS.get(tokens[j].lower_, 12.0)
            rounding *= SCALE_WORDS.get(tokens[j].lower_, 1.0)
            j += 1
        return j, value * mult, precision * rounding, None
    m = SUFFIXED_RE.fullmatch(tok.text)
    if m:
        value = float(m.group(1))
        decimals = len(m.group(1).split(".")[1]) if "." in m.group(1) else 0
        suffix = m.group(2).lower()
        mult = SCALE_SUFFIXES[suffix]
        return i + 1, value * mult, (10.0 ** -decimals) * mult, suffix
    # number words, possibly starting with "a"/"an" ("a dozen", "a hundred")
    words: list[str] = []
    j = i
    if low in ("a", "an"):
        if i + 1 < n and (tokens[i + 1].lower_ in SCALE_WORDS or tokens[i + 1].lower_ == DOZEN):
            words.append("one")
            j = i + 1
        else:
            return None
    elif low not in NUMBER_WORDS:
        return None
    while j < n and j not in used:
        w = tokens[j].lower_
        if w in NUMBER_WORDS or w in SCALE_WORDS or w == DOZEN:
            if words and w in NUMBER_WORDS and words[-1] in NUMBER_WORDS:
                # "forty two" is fine, "two three" is two numbers
                if not (NUMBER_WORDS[words[-1]] >= 20 and NUMBER_WORDS[words[-1]] % 10 == 0 and NUMBER_WORDS[w] < 10):
                    break
            words.append(w)
            j += 1
            continue
        if (w in ("-", "–") and words and words[-1] in NUMBER_WORDS and j + 1 < n
                and tokens[j + 1].lower_ in NUMBER_WORDS and not tokens[j - 1].whitespace_ and not tokens[j].whitespace_):
            j += 1
            continue
        if (w == "and" and words and (words[-1] in SCALE_WORDS) and j + 1 < n
                and tokens[j + 1].lower_ in NUMBER_WORDS):
            j += 1
            continue
        break
    if not words:
        return None
    value = words_to_number(words)
    if value is None:
        return None
    mult = 1.0
    for w in reversed(words):  # "two million" is rounded to the million; "two hundred" is exact
        if w in NUMBER_WORDS:
            break
        if SCALE_WORDS.get(w, 1.0) >= 1e6:
            mult = SCALE_WORDS[w]
    return j, value, mult, None


def words_to_number(words: list[str]) -> float | None:
    """Value of number words such as ["forty", "two"], ["one", "hundred", "five"], ["two", "dozen"].

    word2number's `word_to_num` is not used: it reads "two million five hundred thousand" as
    2,501,500 and "one two" as 3.
    """
    total = 0.0
    current = 0.0
    seen = False
    for w in words:
        if w in NUMBER_WORDS:
            current += NUMBER_WORDS[w]
            seen = True
        elif w == DOZEN:
            current = (current or 1) * 12
            seen = True
        elif w == "hundred":
            current = (current or 1) * 100
            seen = True
        elif w in SCALE_WORDS:
            total += (current or 1) * SCALE_WORDS[w]
            current = 0.0
            seen = True
        else:
            return None
    return total + current if seen else None


def _currency_before(doc: "Doc", i: int) -> str | None:
    tokens = tokens_of(doc)
    if i > 0:
        prev = tokens[i - 1]
        cur = CURRENCY_SYMBOLS.get(prev.lower_)
        if cur and (not prev.whitespace_ or prev.lower_.isalpha()):
            return cur
        if prev.lower_ == "$" and i > 1 and tokens[i - 2].lower_ in ("us", "u.s.") and not tokens[i - 2].whitespace_:
            return "usd"
    return None


def _currency_word_at(doc: "Doc", j: int) -> str | None:
    tokens = tokens_of(doc)
    if j >= len(doc):
        return None
    w = tokens[j].lower_
    if w in CURRENCY_WORDS:
        return CURRENCY_WORDS[w]
    if w in ("pound", "pounds") and (tokens[j].ent_type_ == "MONEY"
                                     or (j + 1 < len(doc) and tokens[j + 1].lower_ == "sterling")):
        return "gbp"
    return None


def _match_unit(doc: "Doc", j: int) -> tuple[int, tuple[str, str, float, float]] | None:
    """The unit written at token `j` (skipping a joining hyphen): (end token, unit entry)."""
    tokens = tokens_of(doc)
    n = len(doc)
    if j < n and tokens[j].text in ("-", "‑") and not tokens[j - 1].whitespace_ and not tokens[j].whitespace_:
        j += 1
    for length in (3, 2, 1):
        if j + length > n:
            continue
        words = [t.lower_ for t in tokens[j:j + length]]
        key = " ".join(words)
        if key in UNITS:
            return j + length, UNITS[key]
        glued = "".join(words)
        if length > 1 and glued in UNITS and all(not t.whitespace_ for t in tokens[j:j + length - 1]):
            return j + length, UNITS[glued]
    return None


def _complete(doc: "Doc", r: _Reading, currency: str | None) -> None:
    """Fill in currency, unit, counted noun, governing verb and approximator of a reading."""
    tokens = tokens_of(doc)
    n = len(doc)
    r.span_start, r.span_end = r.start_tok, r.end_tok
    j = r.end_tok
    if currency is None:
        word_currency = _currency_word_at(doc, j)
        if word_currency:
            currency = word_currency
            r.span_end = j + 1
            j += 1
    if currency is not None:
        r.kind, r.unit = "money", currency
        if _currency_before(doc, r.start_tok):
            r.span_start -= 1
            if tokens[r.span_start].lower_ == "$" and r.span_start > 0 \
                    and tokens[r.span_start - 1].lower_ in ("us", "u.s.") and not tokens[r.span_start - 1].whitespace_:
                r.span_start -= 1
    elif r.unit is None:
        unit = _match_unit(doc, j)
        if unit is not None and unit[1][0] == "lb" and tokens[unit[0] - 1].lower_.startswith("pound") \
                and _pounds_are_money(doc, r, unit[0]):
            r.kind, r.unit = "money", "gbp"
            r.span_end = unit[0]
            j = unit[0]
        elif unit is not None:
            end, (name, dim, factor, offset) = unit
            r.unit, r.dimension, r.factor, r.offset = name, dim, factor, offset
            r.kind = "percent" if dim in ("percent", "percentage point") else "quantity"
            r.span_end = end
            j = end
    # counted noun
    noun_tok = _counted_noun(doc, r, j)
    if noun_tok is not None:
        r.noun = NOUN_ALIASES.get(noun_tok.lemma_.lower(), noun_tok.lemma_.lower())
        r.of_noun = noun_tok.head.lower_ == "of" and noun_tok.dep_ == "pobj"
        if r.noun in ("time",) and r.kind == "count":
            # "two times": the counted thing is the verb's event
            if noun_tok.i + 1 < n and (tokens[noun_tok.i + 1].lower_ in ("as", "more", "less", "higher", "lower",
                                                                          "larger", "bigger", "greater", "smaller")
                                       or tokens[noun_tok.i + 1].tag_ in ("JJR", "RBR")):
                r.kind = "ratio"
            verb = _governing_verb(noun_tok)
            r.noun = verb
            r.span_end = max(r.span_end, noun_tok.i + 1)
    if r.verb is None:
        r.verb, r.role = _verb_and_role(noun_tok if noun_tok is not None else _group_root(doc, r))
    # approximators
    r.approx = _approx_before(doc, r)
    if r.approx is None and r.span_end < n:
        after = tokens[r.span_end].lower_
        two = " ".join(t.lower_ for t in tokens[r.span_end:r.span_end + 2])
        if two in TRAILING_APPROXIMATORS:
            r.approx = TRAILING_APPROXIMATORS[two]
            r.span_end += 2
        elif after in ("plus", "+") and not tokens[r.span_end - 1].whitespace_:
            r.approx = TRAILING_APPROXIMATORS["plus"]
            r.span_end += 1
        elif after == "-" and r.span_end + 1 < n and tokens[r.span_end + 1].lower_ == "plus":
            r.approx = TRAILING_APPROXIMATORS["plus"]
            r.span_end += 2
    if r.approx is None and r.upper is None and r.span_start >= 1 and tokens[r.span_start - 1].lower_ == "between":
        # "between 10 and 15 people"
        k = r.end_tok
        if k + 1 < n and tokens[k].lower_ == "and":
            other = _number_group(doc, k + 1, set())
            if other is not None:
                r.upper = other[1]
                r.span_start -= 1
                r.span_end = max(r.span_end, other[0])
                unit = _match_unit(doc, other[0])
                if unit is not None and r.unit is None:
                    end, (name, dim, factor, offset) = unit
                    r.unit, r.dimension, r.factor, r.offset = name, dim, factor, offset
                    r.kind = "percent" if dim in ("percent", "percentage point") else "quantity"
                    r.span_end = end
                noun_tok = _counted_noun(doc, r, r.span_end)
                if noun_tok is not None and r.noun is None:
                    r.noun = NOUN_ALIASES.get(noun_tok.lemma_.lower(), noun_tok.lemma_.lower())


def _pounds_are_money(doc: "Doc", r: _Reading, end: int) -> bool:
    """ "410 million pounds" is money; "40 pounds" is a weight unless money words are near."""
    tokens = tokens_of(doc)
    if r.value >= 1e5 or any(t.ent_type_ == "MONEY" for t in tokens[r.start_tok:end]):
        return True
    window = tokens[max(0, r.start_tok - 6):min(len(doc), end + 4)]
    return any(t.lemma_.lower() in MONEY_WORDS for t in window)


def _counted_noun(doc: "Doc", r: _Reading, j: int) -> "Token | None":
    """The noun a number counts: its head noun, "15 of the victims", or the next noun."""
    tokens = tokens_of(doc)
    n = len(doc)
    group = set(range(r.start_tok, r.end_tok))
    if r.unit is not None and r.span_end > r.end_tok:
        # the unit word is the head: "58 percent of voters", "a 3.1-mile race"
        unit_tok = tokens[r.span_end - 1]
        pobj = _of_object(unit_tok)
        if pobj is not None:
            return pobj
        if unit_tok.dep_ in ("compound", "amod", "nmod") and unit_tok.head.pos_ == "NOUN" and unit_tok.head.i > unit_tok.i:
            return unit_tok.head
        return None
    anchor = _group_root(doc, r)
    head = anchor.head
    if (anchor.dep_ in ("nummod", "quantmod", "compound", "nmod", "amod", "npadvmod", "det")
            and head.pos_ in ("NOUN", "PROPN") and head.i >= r.end_tok and head.i not in group
            and not _is_unit_or_currency(head)):
        return head
    for k in range(r.start_tok, r.end_tok):
        pobj = _of_object(tokens[k])
        if pobj is not None:
            return pobj
    # linear fallback: the next noun, skipping adjectives ("10-15 injured people")
    k = j
    while k < n and k < j + 3:
        t = tokens[k]
        if t.pos_ in ("NOUN", "PROPN") and not _is_unit_or_currency(t):
            if t.pos_ == "PROPN" and t.ent_type_ not in ("NORP", ""):
                return None
            return t
        if t.pos_ not in ("ADJ", "ADV") and t.text not in ("-",):
            break
        k += 1
    return None


def _group_root(doc: "Doc", r: _Reading) -> "Token":
    """The token of the written number whose head lies outside it."""
    tokens = tokens_of(doc)
    group = range(r.start_tok, r.end_tok)
    for k in group:
        if tokens[k].head.i not in group or tokens[k].head.i == k:
            return tokens[k]
    return tokens[r.end_tok - 1]


def _is_unit_or_currency(t: "Token") -> bool:
    return t.lower_ in UNITS or t.lower_ in CURRENCY_WORDS


def _of_object(tok: "Token") -> "Token | None":
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for g in child.children:
                if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN", "PRON"):
                    return g if g.pos_ != "PRON" else None
    return None


def _verb_and_role(tok: "Token") -> tuple[str | None, str | None]:
    """The nearest verb above `tok` and the role `tok`'s phrase plays for it (subject, object, other)."""
    t = tok
    for _ in range(6):
        head = t.head
        if head.i == t.i:
            return None, None
        if head.pos_ == "VERB":
            return _verb_lemma(head), ROLE_BY_DEP.get(t.dep_, "other")
        t = head
    return None, None


def _verb_lemma(tok: "Token") -> str:
    lemma = tok.lemma_.lower()
    return VERB_LEMMA_FIXES.get(lemma, lemma)


def _governing_verb(tok: "Token | None") -> str | None:
    """Lemma of the nearest verb above `tok` in the parse (at most five steps)."""
    if tok is None:
        return None
    t = tok
    for _ in range(6):
        if t.pos_ == "VERB":
            return _verb_lemma(t)
        if t.head.i == t.i:
            break
        t = t.head
    return None


def _approx_before(doc: "Doc", r: _Reading) -> str | None:
    """An approximator right before the number ("more than", "about", "at least")."""
    tokens = tokens_of(doc)
    k = r.span_start
    for length in (3, 2, 1):
        if k - length < 0:
            continue
        words = [t.lower_ for t in tokens[k - length:k]]
        phrase = " ".join(words)
        if phrase not in APPROXIMATORS:
            continue
        if length == 1 and phrase in AMBIGUOUS_APPROXIMATORS:
            word = tokens[k - 1]
            # a preposition of the verb ("fought over 2 islands") is not an approximator
            if word.head.i < k and not (word.dep_ in ("quantmod", "advmod", "det", "amod")):
                continue
            if word.head.i < k - 1 and word.dep_ == "prep":
                continue
        r.span_start = k - length
        return APPROXIMATORS[phrase]
    return None


def _event_count(doc: "Doc", i: int) -> _Reading | None:
    """ "twice", "once", "thrice": how often the governing verb's event happened."""
    tokens = tokens_of(doc)
    tok = tokens[i]
    n = len(doc)
    if i + 1 < n and (tokens[i + 1].lower_ in ("as", "more", "less") or tokens[i + 1].tag_ in ("JJR", "RBR")):
        return _Reading(i, i + 1, 0.0, 1.0, kind="ratio", span_start=i, span_end=i + 1)
    head = tok.head
    if head.pos_ in ("ADJ", "NUM") or head.lower_ in FREQUENCY_WORDS:  # "twice the size", "twice weekly"
        return _Reading(i, i + 1, 0.0, 1.0, kind="ratio", span_start=i, span_end=i + 1)
    for _ in range(3):  # "met him once in Paris": "once" hangs on the preposition
        if head.pos_ in ("VERB", "AUX") or head.head.i == head.i:
            break
        head = head.head
    if head.pos_ not in ("VERB", "AUX"):
        return _Reading(i, i + 1, 0.0, 1.0, kind="ratio", span_start=i, span_end=i + 1)
    if tok.lower_ == "once" and (tok.dep_ == "mark" or head.i > i):
        # "once a senator", "once he left": not a count
        return _Reading(i, i + 1, 0.0, 1.0, kind="ratio", span_start=i, span_end=i + 1)
    verb = _verb_lemma(head)
    r = _Reading(i, i + 1, float(EVENT_COUNT_ADVERBS[tok.lower_]), 1.0, kind="count", noun=verb, verb=verb,
                 span_start=i, span_end=i + 1)
    r.approx = _approx_before(doc, r)
    return r


def _ordinal(doc: "Doc", i: int) -> _Reading | None:
    tokens = tokens_of(doc)
    tok = tokens[i]
    low = tok.lower_
    m = ORDINAL_SUFFIX_RE.fullmatch(tok.text)
    value = float(m.group(1)) if m else float(ORDINAL_WORDS[low])
    r = _Reading(i, i + 1, value, 1.0, kind="ordinal", span_start=i, span_end=i + 1)
    head = tok.head
    ok = not tok.is_title and tok.dep_ in ("amod", "nummod", "compound") and head.pos_ == "NOUN" and head.i > i
    if not ok or head.lemma_.lower() in ORDINAL_IDIOM_NOUNS:
        r.kind = "ratio"  # dropped by _keep
        return r
    r.noun = head.lemma_.lower()
    r.verb = _governing_verb(head)
    return r


def _vague(doc: "Doc", i: int) -> _Reading | None:
    """ "dozens", "hundreds", "tens of thousands": at least two of the unit."""
    tokens = tokens_of(doc)
    n = len(doc)
    base = VAGUE_PLURALS[tokens[i].lower_]
    end = i + 1
    words = [tokens[i].lower_]
    if i + 2 < n and tokens[i + 1].lower_ == "of" and tokens[i + 2].lower_ in VAGUE_PLURALS:
        base *= VAGUE_PLURALS[tokens[i + 2].lower_]
        end = i + 3
        words += ["of", tokens[i + 2].lower_]
    if tokens[i].is_title and i > 0:
        return None
    r = _Reading(i, end, 2 * base, 1.0, kind="count", vague=" ".join(words))
    _complete(doc, r, currency=_currency_before(doc, i))
    r.approx = "at least"
    if r.noun is None:
        # "dozens injured": the state is the verb
        r.verb = _governing_verb(tokens[end - 1])
    return r


def _keep(doc: "Doc", r: _Reading) -> bool:
    """False for what is not a claim: ages, years, dates, times, names, multipliers."""
    tokens = tokens_of(doc)
    if r.kind == "ratio":
        return False
    first, last = tokens[r.start_tok], tokens[r.end_tok - 1]
    n = len(doc)
    label = _in_naming_or_date_entity(doc, r.start_tok, r.end_tok)
    if label in NAMING_ENTITY_LABELS and r.kind not in ("money",):
        return False
    if label in DATE_ENTITY_LABELS and not (r.unit in DURATION_UNITS and _is_duration(doc, r)):
        if r.kind != "money" and r.kind != "percent":
            return False
    if r.unit in DURATION_UNITS and not _is_duration(doc, r):
        return False
    # ages
    if r.start_tok > 0 and tokens[r.start_tok - 1].lower_ in AGE_WORDS_BEFORE:
        return False
    if AGE_AFTER_RE.match(text_of(doc), last.idx + len(last.text)):
        return False
    if r.kind == "count" and r.noun is None and r.end_tok - r.start_tok == 1 and first.like_num and 0 < r.value < 130:
        before = tokens[r.start_tok - 1] if r.start_tok > 0 else None
        after = tokens[r.end_tok] if r.end_tok < n else None
        if before is not None and before.text in (",", "(") and r.start_tok > 1 \
                and tokens[r.start_tok - 2].pos_ in ("PROPN", "NOUN") \
                and (after is None or after.text in (",", ")", ";", ".")):
            return False
    # years
    if (r.kind == "count" and r.end_tok - r.start_tok == 1 and FOUR_DIGITS_RE.fullmatch(first.text)
            and 1000 <= r.value <= 2199 and r.upper is None):
        if r.noun is None or r.noun in ("year",):
            return False
    # times of day
    if r.span_end < n and tokens[r.span_end].lower_ in TIME_OF_DAY_WORDS:
        return False
    if (r.kind == "count" and r.noun is None and r.start_tok > 0 and tokens[r.start_tok - 1].lower_ in ("at", "until")
            and r.value <= 24 and r.approx is None):
        return False
    # names and labels: "Flight 370", "Article 5", "COVID-19"
    if r.start_tok > 0 and r.kind in ("count",) and first.like_num and not first.lower_.isalpha():
        prev = tokens[r.span_start - 1] if r.span_start > 0 else None
        if prev is not None:
            if prev.lower_ in NAME_PREFIXES and prev.is_title or prev.lower_ in ("no.", "#"):
                return False
            if prev.text in ("-", "‑") and not prev.whitespace_ and r.span_start > 1 \
                    and tokens[r.span_start - 2].is_alpha and not tokens[r.span_start - 2].whitespace_:
                return False
            if prev.pos_ == "PROPN" and (first.head.i == prev.i or prev.head.i == first.i) and r.noun is None:
                return False
    # "one-off", "one-time", "two-thirds": a word, not a count
    if r.end_tok + 1 < n and tokens[r.end_tok].text in ("-", "‑") and not tokens[r.end_tok - 1].whitespace_ \
            and not tokens[r.end_tok].whitespace_:
        glued = tokens[r.end_tok + 1].lower_
        if (first.lower_ == "one" and r.end_tok - r.start_tok == 1 and glued not in UNITS) or glued in FRACTION_WORDS:
            return False
    # "one" as a pronoun or in idioms: "one of the meetings", "no one", "one day"
    if first.lower_ in ("one", "a", "an") and r.end_tok - r.start_tok == 1:
        nxt = tokens[r.end_tok].lower_ if r.end_tok < n else ""
        prv = tokens[r.start_tok - 1].lower_ if r.start_tok > 0 else ""
        if nxt in ("of", "another", "who", "that", "which", "day", "night", "point", "moment", "morning",
                   "evening", "afternoon", "side", "way", "thing") or prv in (
                "no", "the", "every", "any", "this", "that", "each", "someone", "anyone", "everyone", "only"):
            return False
        if r.noun is None:
            return False
    if r.kind == "count" and r.value == 0 and r.noun is None:
        return False
    if not math.isfinite(r.value):
        return False
    return True


def _is_duration(doc: "Doc", r: _Reading) -> bool:
    tokens = tokens_of(doc)
    end = r.span_end
    n = len(doc)
    if end < n and tokens[end].lower_ in DATING_WORDS:
        return False
    if AGE_AFTER_RE.match(text_of(doc), tokens[r.end_tok - 1].idx + len(tokens[r.end_tok - 1].text)):
        return False
    return True


def _to_facet(doc: "Doc", r: _Reading) -> Facet:
    tokens = tokens_of(doc)
    start = tokens[r.span_start].idx
    last = tokens[r.span_end - 1]
    end = last.idx + len(last.text)
    value: dict[str, Any]
    if r.kind == "score" and r.pair is not None:
        value = {
            "value": [r.pair[0], r.pair[1]], "unit": None, "si_value": None, "noun": r.noun,
            "approx": None, "kind": "score", "verb": r.verb,
        }
    else:
        si = None
        if r.dimension is not None:
            si = _round(r.value * r.factor + r.offset)
        elif r.kind in ("count", "money", "ordinal"):
            si = _round(r.value)
        value = {
            "value": _round(r.value),
            "unit": r.unit,
            "si_value": si,
            "si_unit": BASE_UNITS.get(r.dimension or "", r.unit if r.kind == "money" else None),
            "noun": r.noun,
            "approx": r.approx,
            "kind": r.kind,
            "verb": r.verb,
            "role": r.role,
            "precision": _round(r.precision),
        }
        if r.upper is not None:
            value["upper"] = _round(r.upper)
            value["si_upper"] = _round(r.upper * r.factor + r.offset) if r.dimension else _round(r.upper)
        if r.vague:
            value["vague"] = r.vague
        if r.of_noun:
            value["of"] = True
    return Facet(kind=FacetKind.NUMBER, text=text_of(doc)[start:end], value=value, start=start, end=end)


def _round(x: float) -> float:
    """Round to 6 significant digits so conversions give stable JSON."""
    if x == 0 or not math.isfinite(x):
        return float(x)
    digits = 6 - int(math.floor(math.log10(abs(x)))) - 1
    return float(round(x, digits))


# --------------------------------------------------------------------------- comparison


def _dimension(v: Mapping[str, Any]) -> str:
    kind = v.get("kind")
    if kind == "money":
        return "money:" + str(v.get("unit"))
    if kind in ("percent",):
        return "percent" if v.get("unit") != "percentage point" else "percentage point"
    unit = v.get("unit")
    if unit:
        for entry in UNITS.values():
            if entry[0] == unit:
                return entry[1]
        return "unit:" + str(unit)
    return str(kind or "count")


def _unit_entry(unit: str | None) -> tuple[str, str, float, float] | None:
    if not unit:
        return None
    for entry in UNITS.values():
        if entry[0] == unit:
            return entry
    return None


def _interval(v: Mapping[str, Any], slack: float) -> tuple[float, bool, float, bool]:
    """The values a reading allows, in base units: (low, low closed, high, high closed)."""
    value = float(v["value"])
    precision = float(v.get("precision") or 1.0)
    kind = v.get("kind")
    entry = _unit_entry(v.get("unit")) if kind not in ("money",) else None
    factor, offset = (entry[2], entry[3]) if entry else (1.0, 0.0)

    def conv(x: float) -> float:
        return x * factor + offset

    rounding = precision / 2 if (kind in ("quantity", "percent") or precision != 1.0) else 0.0
    approx = v.get("approx")
    upper = v.get("upper")
    if upper is not None:
        lo, hi = value - rounding, float(upper) + rounding
        lo_c = hi_c = True
    elif approx == "about":
        step = precision
        if precision == 1.0 and value == int(value) and value != 0:
            k = int(abs(value))
            while k % 10 == 0:  # "about 60" is rounded to the ten
                step *= 10
                k //= 10
        half = max(min(step / 2, ABOUT_MAX_RELATIVE * abs(value)), ABOUT_RELATIVE * abs(value))
        lo, hi, lo_c, hi_c = value - half, value + half, True, False
    elif approx == "more than":
        lo, hi, lo_c, hi_c = value, math.inf, False, False
    elif approx == "at least":
        lo, hi, lo_c, hi_c = value, math.inf, True, False
    elif approx == "less than":
        lo, hi, lo_c, hi_c = -math.inf, value, False, False
    elif approx == "up to":
        lo, hi, lo_c, hi_c = -math.inf, value, False, True
    else:
        lo, hi, lo_c, hi_c = value - rounding, value + rounding, rounding == 0, rounding == 0
    lo, hi = conv(lo), conv(hi)
    if slack:
        lo -= abs(lo) * slack if math.isfinite(lo) else 0.0
        hi += abs(hi) * slack if math.isfinite(hi) else 0.0
        lo_c = hi_c = True
    return lo, lo_c, hi, hi_c


def _overlap(a: tuple[float, bool, float, bool], b: tuple[float, bool, float, bool]) -> bool:
    lo = max(a[0], b[0])
    hi = min(a[2], b[2])
    if lo < hi:
        return True
    if lo > hi:
        # tolerate float noise from conversions
        return math.isclose(lo, hi, rel_tol=1e-9, abs_tol=1e-12) and _closed_at(a, b, lo)
    return _closed_at(a, b, lo)


def _closed_at(a: tuple[float, bool, float, bool], b: tuple[float, bool, float, bool], x: float) -> bool:
    def contains(iv: tuple[float, bool, float, bool]) -> bool:
        lo, lo_c, hi, hi_c = iv
        if math.isclose(x, lo, rel_tol=1e-9, abs_tol=1e-12):
            return lo_c
        if math.isclose(x, hi, rel_tol=1e-9, abs_tol=1e-12):
            return hi_c
        return lo < x < hi

    return contains(a) and contains(b)


def _noun_of(v: Mapping[str, Any]) -> str | None:
    noun = v.get("noun")
    if not noun:
        return None
    noun = str(noun).lower()
    return NOUN_ALIASES.get(noun, noun)


def numbers_agree(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool | None:
    """Whether two NUMBER facet values agree.

    Returns:
        None when they do not count the same thing (different nouns, kinds or incompatible units);
        True when equal within rounding, conversion or the approximators' bounds; False otherwise.
    """
    try:
        ka, kb = a.get("kind"), b.get("kind")
        if (ka == "score") != (kb == "score") or (ka == "ordinal") != (kb == "ordinal"):
            return None
        na, nb = _noun_of(a), _noun_of(b)
        if ka == "score":
            generic = {"score", None}
            if na not in generic and nb not in generic and na != nb:
                return None
            pa = sorted(float(x) for x in a["value"])
            pb = sorted(float(x) for x in b["value"])
            return pa == pb
        da, db = _dimension(a), _dimension(b)
        if da != db:
            return None
        if na and nb:
            if na != nb:
                return None
        elif not (a.get("unit") and b.get("unit")):
            # a side names no counted thing ("killing 15"): comparable when both are the same
            # argument (subject or object) of the same verb
            same_verb = a.get("verb") and a.get("verb") == b.get("verb")
            same_role = a.get("role") in ("subject", "object") and a.get("role") == b.get("role")
            if not (same_verb and same_role):
                return None
        if ka == "ordinal":
            return float(a["value"]) == float(b["value"])
        slack = CONVERSION_SLACK / 2 if (a.get("unit") != b.get("unit")) else 0.0
        return _overlap(_interval(a, slack), _interval(b, slack))
    except (KeyError, TypeError, ValueError):
        return None


# --------------------------------------------------------------------------- description


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


def _plural(noun: str, value: float) -> str:
    if value == 1 or noun in ("people", "police", "staff", "cattle", "sheep", "fish", "deer", "aircraft"):
        return noun
    if CONSONANT_Y_END_RE.search(noun):
        return noun[:-1] + "ies"
    if SIBILANT_END_RE.search(noun):
        return noun + "es"
    return noun + "s"


UNIT_NAMES: dict[str, tuple[str, str]] = {
    "mile": ("mile", "miles"), "foot": ("foot", "feet"), "lb": ("pound", "pounds"), "inch": ("inch", "inches"),
    "yard": ("yard", "yards"), "ounce": ("ounce", "ounces"), "tonne": ("tonne", "tonnes"),
    "ton": ("ton", "tons"), "acre": ("acre", "acres"), "hectare": ("hectare", "hectares"),
    "litre": ("litre", "litres"), "gallon": ("gallon", "gallons"), "barrel": ("barrel", "barrels"),
    "knot": ("knot", "knots"), "celsius": ("°C", "°C"), "fahrenheit": ("°F", "°F"),
    "second": ("second", "seconds"), "minute": ("minute", "minutes"), "hour": ("hour", "hours"),
    "day": ("day", "days"), "week": ("week", "weeks"), "month": ("month", "months"),
    "year": ("year", "years"), "decade": ("decade", "decades"), "percent": ("percent", "percent"),
    "percentage point": ("percentage point", "percentage points"), "sq mile": ("square mile", "square miles"),
    "sq foot": ("square foot", "square feet"),
}
"""How `describe_number` writes units (singular, plural); others are written as their symbol."""

METRIC_DISPLAY: dict[str, tuple[str, float]] = {
    "length": ("km", 1000.0), "short length": ("m", 1.0), "mass": ("kg", 1.0), "area": ("sq km", 1e6), "volume": ("litres", 1.0),
    "speed": ("km/h", 1.0), "temperature": ("°C", 1.0),
}
"""Metric unit shown in brackets after an imperial quantity."""

IMPERIAL_UNITS: frozenset[str] = frozenset({
    "mile", "foot", "inch", "yard", "lb", "ounce", "ton", "acre", "sq mile", "sq foot", "gallon", "mph",
    "fahrenheit", "knot", "barrel",
})
"""Units `describe_number` follows with their metric equivalent."""


def describe_number(value: Mapping[str, Any]) -> str:
    """A NUMBER facet value in plain words: "15 people dead", "more than 58 votes", "3.1 miles (5.0 km)"."""
    try:
        kind = value.get("kind")
        noun = value.get("noun")
        approx = value.get("approx")
        if kind == "score":
            a, b = value["value"]
            text = f"{_fmt(float(a))}-{_fmt(float(b))}"
            return f"{text} {noun}" if noun and noun != "score" else f"{text} score"
        v = float(value["value"])
        upper = value.get("upper")
        number = _fmt(v) if upper is None else f"{_fmt(v)} to {_fmt(float(upper))}"
        prefix = f"{approx} " if approx and not value.get("vague") else ""
        unit = value.get("unit")
        if kind == "ordinal":
            n = int(v)
            suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
            return f"{n}{suffix} {noun}" if noun else f"{n}{suffix}"
        if kind == "money":
            sign = CURRENCY_SIGNS.get(str(unit))
            amount = f"{sign}{number}" if sign else f"{number} {str(unit).upper()}"
            return f"{prefix}{amount}" + (f" ({noun})" if noun else "")
        if unit:
            names = UNIT_NAMES.get(str(unit))
            shown = (names[0] if v == 1 and upper is None else names[1]) if names else str(unit)
            text = f"{prefix}{number} {shown}" if shown not in ("°C", "°F") else f"{prefix}{number}{shown}"
            entry = _unit_entry(str(unit))
            if unit in IMPERIAL_UNITS and entry is not None and entry[1] in METRIC_DISPLAY:
                si = v * entry[2] + entry[3]
                metric, scale = METRIC_DISPLAY["short length" if entry[1] == "length" and si < 1000 else entry[1]]
                text += f" ({si / scale:.1f} {metric})" if metric != "°C" else f" ({si:.1f}°C)"
            if noun:
                text += f" of {_plural(str(noun), 2)}" if value.get("of") else f" ({noun})"
            return text
        if value.get("vague"):
            text = str(value["vague"])
            if noun:
                text += f" of {_plural(str(noun), 2)}"
            state = STATE_BY_VERB.get(str(value.get("verb")))
            return f"{text} {state}" if state else text
        if noun and noun == value.get("verb"):  # "twice": the verb's event
            times = "time" if v == 1 and upper is None else "times"
            return f"{prefix}{number} {times} ({noun})"
        text = f"{prefix}{number}"
        if noun:
            text += f" {_plural(str(noun), v if upper is None else 2)}"
        state = STATE_BY_VERB.get(str(value.get("verb")))
        if state and noun:
            text += f" {state}"
        return text
    except (KeyError, TypeError, ValueError):
        return str(value.get("value", "")) if isinstance(value, Mapping) else ""
