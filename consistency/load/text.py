"""Plain-text articles: an optional ` date YYYY-MM-DD [time] [zone] ` prefix, then the article."""

from __future__ import annotations

import re
from datetime import date

from ..core.errors import InputError, abridged, printable
from ..core.types import Document
from ..facets.lexicon.en.calendar import TIME_ZONES
from .document import make_document, parse_date, plausible_written_date

_ZONE_NAMES = "|".join(sorted(TIME_ZONES, key=len, reverse=True))
#: The date line: the date, then optionally a clock time ("09:30", "T09:30:00", "10:25 AM") and a time
#: zone ("+09:00", "Z", "UTC+9", "IST"); the article follows after a space or on the next line.
DATE_PREFIX = re.compile(
    r"^\ufeff?[ \t]?date[ \t]+(\d{4}-\d{2}-\d{2})"
    r"(?:(?:T|[ \t]+)(?P<time>(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?:[.,]\d+)?)?)"
    r"(?:[ \t]*(?P<ampm>[AaPp]\.?[Mm]\.?)(?![A-Za-z]))?"
    r"(?:[ \t]*(?P<zone>Z(?![A-Za-z])|[+-]\d{2}(?::?\d{2})?(?!\d)"
    rf"|\(?(?i:{_ZONE_NAMES})(?:[ \t]*[+-]\d{{1,2}}(?::?\d{{2}})?)?\)?(?![A-Za-z]))"
    rf")?)?(?:[ \t]+|[ \t]*\n|$)"
)
#: What is left of a date line this loader could not read: a time, a zone or a date in another form.
UNREAD_RE = re.compile(
    r"^(?:T?\d{1,2}[:.]\d{2}|[AaPp]\.?[Mm]\.?(?![A-Za-z])|[+-]\d{2}:?\d{2}(?!\d)|\(?(?:UTC|GMT)\b)"
)
DATE_WORD = re.compile(r"^\ufeff?[ \t]?date[ \t:]+(?P<value>[^\n]*)")
CLOCK_IN_LINE = re.compile(r"\d{1,2}[:.]\d{2}|\d\s*[AaPp]\.?[Mm]\b")  # a time of day a written date line also gives
#: A date line this long or shorter, with the article on the next line, is a date line even when unread.
SHORT_LINE = 60


def read_date_line(text: str, path: str, warnings: list[str]) -> tuple[date | None, str | None, str]:
    """The publication date, its clock time (ISO "HH:MM[:SS]" with the UTC offset when the zone names one)
    and the article after the date line; what the line holds that cannot be read is a warning, never dropped."""
    match = DATE_PREFIX.match(text)
    if not match:
        return _unread_line(text, path, warnings)
    published = parse_date(match[1], path, warnings)
    rest = text[match.end():]
    clock = _clock(match, path, warnings) if match["time"] else None
    leftover = UNREAD_RE.match(rest)
    if leftover:
        warnings.append(f"{printable(path)}: the date line's {printable(leftover[0])!r} after the"
                        " date is not a time and zone this tool reads (such as 09:30, 09:30 AM, 09:30+09:00 or"
                        " 09:30 GMT); it is left in the text")
    return published, clock, rest


def _unread_line(text: str, path: str, warnings: list[str]) -> tuple[date | None, None, str]:
    """A text that starts with "date" and no YYYY-MM-DD: a short line of its own naming its month in words is read
    with a warning; anything else unreadable is warned about, and a short line of its own is dropped."""
    text = text.lstrip("\ufeff")
    word = DATE_WORD.match(text)
    if not word or not any(c.isdigit() for c in word["value"][:40]):
        return None, None, text
    line, newline, after = text[word.start("value"):].partition("\n")
    shown = printable(repr(line.strip()[:40]))
    if newline and len(line.strip()) <= SHORT_LINE:
        written = plausible_written_date(line)
        if written:
            untimed = " (its time is not read)" if CLOCK_IN_LINE.search(line) else ""
            warnings.append(f"{printable(path)}: date line {shown} is read as {written.isoformat()}{untimed}; write"
                            " YYYY-MM-DD to silence this")
            return written, None, after
        warnings.append(f"{printable(path)}: date line {shown} is not YYYY-MM-DD; it is skipped and relative"
                        " dates stay unresolved")
        return None, None, after
    warnings.append(f"{printable(path)}: the text starts with 'date' but {shown} is not a YYYY-MM-DD date; it is"
                    " read as article text and relative dates stay unresolved")
    return None, None, text


def _clock(match: re.Match[str], path: str, warnings: list[str]) -> str | None:
    """The date line's time as ISO "HH:MM[:SS]", with "+HH:MM" when its zone has one known offset."""
    hour, minute, second = int(match["hour"]), int(match["minute"]), match["second"]
    if match["ampm"]:
        hour = -1 if not 1 <= hour <= 12 else hour % 12 + (12 if match["ampm"][0] in "Pp" else 0)
    if not 0 <= hour <= 23 or minute > 59 or (second and int(second) > 59):
        warnings.append(f"{printable(path)}: the date line's time {printable(match['time'])!r}"
                        " is not a time of day; the date is kept, the time is not")
        return None
    clock = f"{hour:02d}:{minute:02d}" + (f":{second}" if second else "")
    zone = (match["zone"] or "").strip("()").replace(" ", "").replace("\t", "")
    if not zone:
        return clock
    offset = _offset(zone)
    if offset is None:
        warnings.append(f"{printable(path)}: the date line's time zone {printable(zone)!r} names more than one"
                        " zone or none this tool knows; the time is kept without it")
        return clock
    sign = "+" if offset >= 0 else "-"
    return clock + f"{sign}{abs(offset) // 60:02d}:{abs(offset) % 60:02d}"


def _offset(zone: str) -> int | None:
    """Minutes east of UTC for "Z", "+09:00", "+0530", "UTC+9", "GMT-03:30" or a known abbreviation."""
    named = re.match(r"^([A-Za-z]+)?([+-]\d{1,2})?(?::?(\d{2}))?$", zone)
    if not named:
        return None
    name, hours, minutes = named.groups()
    base = 0 if name in (None, "Z", "z") else TIME_ZONES.get(name.lower())
    if base is None or (name is None and hours is None):
        return None
    if hours is None:
        return base
    shift = abs(int(hours)) * 60 + int(minutes or 0)
    return base + (shift if hours.startswith("+") else -shift)


def no_date_line(path: str) -> str:
    """The warning for a text without a date line (dropped when --published gives the date)."""
    return (f"{printable(path)}: no date line, so relative dates (\"Wednesday\", \"last year\") stay unresolved;"
            " start the text with ' date YYYY-MM-DD ' or give --published YYYY-MM-DD")


def parse_published(value: str, option: str = "--published") -> tuple[date, str | None]:
    """A date as a date line gives it (`2024-12-29`, `2024-12-29 09:30+09:00`): the date and its ISO clock time.

    Anything else is an InputError naming `option` and `value`.
    """
    warnings: list[str] = []
    match = DATE_PREFIX.match(f"date {value.strip()}")
    published = parse_date(match[1], option, warnings) if match and match.end() == len(value.strip()) + 5 else None
    clock = _clock(match, option, warnings) if published and match["time"] else None
    if published is None or warnings:
        raise InputError(f"{option} {abridged(value)} is not a date",
                         hint="give YYYY-MM-DD, a time and zone may follow: 2024-12-29 or 2024-12-29T09:30+09:00")
    return published, clock


def load_text(text: str, path: str, stem: str) -> Document:
    """A .txt article: an optional ` date YYYY-MM-DD ` prefix (a time and a zone may follow the date), the
    article on the same line or the next. Without a date line, a warning says relative dates stay unresolved."""
    warnings: list[str] = []
    published, clock, text = read_date_line(text, path, warnings)
    if published is None and not warnings:
        warnings.append(no_date_line(path))
    return make_document(id=stem, source=stem, published=published, text=text, path=path, warnings=warnings,
                         published_time=clock)
