"""Patterns of digits that the number facet reads, or never reads (phone numbers, clock times, identifiers)."""

import re

DIGITS_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+")
"""A number written in digits, with thousands commas and decimals."""

MIXED_FRACTION_RE = re.compile(r"(\d+)([½¼¾])")
"""Whole digits with a glued fraction sign ("4½")."""

MILITARY_TIME_RE = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")
"""Four digits that may be a clock time on the 24-hour dial ("0315 hours")."""

SUFFIXED_RE = re.compile(r"(\d+(?:\.\d+)?)(k|m|mn|mln|bn|b|bln|tn|trn|thousand|million|billion|trillion)", re.IGNORECASE)
"""Digits with a glued multiplier ("2.5bn", or a word as tabloids write it: "£4.8billion")."""

GLUED_UNITS = ("lbs", "kgs", "kms", "kph")  # the units the tokenizer leaves on their digits
GLUED_UNIT_RE = re.compile(r"(\d+(?:\.\d+)?)(" + "|".join(GLUED_UNITS) + ")", re.IGNORECASE)
"""Digits with a glued unit the tokenizer leaves on them ("a baby of 7lbs 3oz", "10kms", "40kph")."""

PENCE_RE = re.compile(r"(\d+(?:\.\d+)?)p")
"""Digits with a glued "p": pence ("a dividend of 4.2p", "310p a share")."""

GLUED_DEGREES_RE = re.compile(r"(\d+(?:\.\d+)?)([CF])\.?")
"""Degrees with the scale's capital glued, as British papers write a temperature ("46.1C", "115F")."""

ORDINAL_SUFFIX_RE = re.compile(r"(\d+)(?:st|nd|rd|th)", re.IGNORECASE)
"""An ordinal in digits ("21st")."""

PAIR_RE = re.compile(
    r"(?<![\w.,/:\-–—])(\d{1,3})\s?[-–—]\s?(\d{1,3})(?!(?!(?:mm|cm|km|kg|kmh|kph|mph|ft|lbs?|mi|oz)\b)[\w/:]"
    r"|[.,]\d|\s?[-–—]\s?\d)"
)
"""Two numbers joined by a dash: a score ("52-47") or a range ("10-15", "30-40mm": a unit glued to the second)."""

VOTE_TO_RE = re.compile(r"(?<![\w.,])(\d{1,3}) to (\d{1,3})(?!\w|[.,]\d)")
"""A tally written with "to" ("52 to 47"); a score only next to a vote word."""

VOTES_TO_RE = re.compile(r"(?<![\w.,])(\d{1,3}) votes? to (\d{1,3})(?!\w|[.,]\d)", re.IGNORECASE)
"""A tally written "38 votes to 27"."""

VOTE_BEFORE_RE = re.compile(r"\b(?:vot(?:e|es|ed|ing)|margin|tally|ballot)\b[^.;:!?]*$", re.IGNORECASE)
"""Text before "N to M" that makes it a vote tally ("the vote was 38 to 27")."""

RECORD_BEFORE_RE = re.compile(
    r"\b(?:improv(?:e|es|ed|ing)|f(?:all|alls|ell|alling)|drop(?:s|ped|ping)?|mov(?:e|es|ed|ing)|go(?:es)?|went)\s+to\s*$")
"""Words before a win-loss record: "improves to 58-3", "fell to 36-3"."""
VOTE_AFTER_RE = re.compile(r"\s*(?:in favou?r|against|with \d+ abstentions?)\b", re.IGNORECASE)
"""Text after "N to M" that makes it a vote tally ("38 to 27 in favour")."""

YEARISH_RE = re.compile(r"\d{4}s?|'\d{2}s?|\d+(?:st|nd|rd|th)")
"""A word that makes a DATE entity a real date: a year, a decade ("'90s") or a day ("3rd")."""

FOUR_DIGITS_RE = re.compile(r"\d{4}")
"""A token that may be a year."""

AGE_AFTER_RE = re.compile(r"\s*-?\s*(?:year|yr|month|week|day)s?[\s-]*old\b", re.IGNORECASE)
"""Text after a number that makes it an age ("70-year-old", "70 years old")."""

AGE_IN_YEARS_AFTER_RE = re.compile(r"\s*-?\s*(?:year|yr)s?[\s-]*old\b", re.IGNORECASE)
"""Text after a number that makes it an age in years ("52-year-old"), which is read as an age."""

BLOCKED_RES: tuple[re.Pattern[str], ...] = (
    re.compile(r"\+?\(?\d{1,4}\)?(?:[ .\-]\d{2,4}){2,}"),  # phone numbers, dotted versions
    re.compile(r"\d+(?:[\-/.]\d+){2,}"),  # digit chains: 1-800-555-1234, 2017-03-02, 3/2/2017
    re.compile(r"\d{1,2}:\d{2}(?::\d{2})?"),  # clock times
    re.compile(r"\d{1,4}/\d{1,4}"),  # 9/11, 24/7, 3/4
    re.compile(r"\d{7,}"),  # identifiers
)
"""Digit strings that are never reported: phone numbers, ISO dates, clock times, identifiers."""

ANY_DIGIT_RE = re.compile(r"\d")
"""A digit: `BLOCKED_RES`, the score patterns and every digit pattern need one, so it is looked for first."""
