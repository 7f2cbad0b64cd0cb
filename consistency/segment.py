"""Splitting a document into `Sentence`s with exact offsets, and telling body from headings, datelines, captions and credits."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from .core.given import spans as given_spans
from .core.types import Document, Sentence, SentenceKind
from .facets.lexicon.en.calendar import FULL_WEEKDAYS, MONTH_ABBREVIATIONS, MONTHS, TIME_ZONES, WEEKDAYS
from .facets.lexicon.en.names import TITLE_ABBREVIATIONS
from .furniture import STAMP_WORDS, WORDS, is_boilerplate, is_date_only

# "REUTERS/Kevin Lamarque/File Photo", "AP Photo/Evan Vucci", "Getty Images/Jane Doe"
PHOTO_CREDIT = re.compile(
    r"\b(?:[A-Z][A-Za-z]*(?: [A-Z][A-Za-z]*){0,2})"
    r"(?:/(?:[A-Z]\. )?[A-Z][a-z'\-]*[a-z](?: [A-Z][a-z'\-]*[a-z]){0,3}){1,3}"
    r"(?=[\s.,;)\]]|$)"
)
CREDIT_WORDS = re.compile(r"\b(?:REUTERS|AFP|AP|EPA|Getty|Photo|File|Pool|Handout|Images|Associated Press)\b")
PHOTO_LINE = re.compile(r"^\(?(?:Photo|Image|Picture)s?(?: by|:)\s.{1,80}\)?$", re.I)
# "WASHINGTON:", "LONDON (Reuters) -", "PARIS, March 3 (AP) —"
DATELINE = re.compile(
    r"(?P<dateline>[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,3}"
    r"(?:, [A-Z][A-Za-z.]+(?: [A-Za-z.]+)?(?: \d{1,2})?)?"
    r"(?: ?\([^()\n]{1,40}\))?) ?(?::|—|–|--?)\s+"
)
# A dateline the splitter cut off as a piece of its own: "OXNARD, Calif.", "MOORE, Okla.", "Seoul:"
DATELINE_ALONE = re.compile(r"(?:[A-Z][A-Z'\-]+(?: [A-Z][A-Z'\-]+){0,3}(?:, [A-Z][A-Za-z]+\.?(?: [A-Z][A-Za-z]+\.?)?)?|[A-Z][a-z]+:)"
                            r"\s*[:—–-]?")
# Source labels a page leaves around photos and stories: "[Jane Doe/The Associated Press]", "(Thai PBS World)",
# "Pics/AFP", ") / AP", "-AFP": a few capitalised words, bracketed, slashed or dashed, with no sentence in them.
LABEL_WORD = re.compile(r"[A-Za-z][A-Za-z'’.\-]*")
LABEL_LINKS = frozenset({"of", "the", "and", "by", "via", "for", "de", "la"})
LABEL_MAX_WORDS = 6
TERMINAL_SENTENCE = re.compile(r"[a-z]{2}[.!?]$")  # ends as a sentence does, not as a label
PAGE_TAGS = re.compile(r"(?:\[[A-Z][A-Z ]*\])+")  # "[LEAD][REPORT]" before a broadcaster's first sentence
TERMINAL = re.compile(r"[.!?…\"”’:;)\]]\s*$")
TERMINAL_CHARS = frozenset(".!?…\"”’:;)]")
HEADING_MAX_WORDS = 12
LONG_SENTENCE_CHARS = 2000  # longer is a run without sentence punctuation: embedded from its start, not read for facets
MAX_SEGMENT_CHARS = 5000  # pysbd is slow on very long runs; longer runs are cut first, at a sentence end if any
WHITESPACE = re.compile(r"[^\S ]")  # whitespace other than the plain space; str.isspace() and \s agree on it
# Where a long run may be cut: after . ! ? … (and closing quotes), before a capital, a digit or an opening quote,
# and not after a title such as "Mr." (pysbd knows more abbreviations; this only picks safe cut points).
SENTENCE_END = re.compile(
    r"(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bNo)(?<!\bvs)(?<!\b[A-Z])"
    r"[.!?…][\"”’)\]]*\s+(?=[A-Z0-9\"“‘(])"
)
CALENDAR_NAMES = frozenset(name for name in (*WEEKDAYS, *MONTHS) if len(name) > 3)
# Abbreviations the splitter may take for a sentence end: times of day, weekdays and months.
NON_FINAL_ABBREVIATION = re.compile(
    r"(?:(?<![A-Za-z])[ap]\.m\.|\b(?:" + "|".join(sorted({n.capitalize() for n in (*WEEKDAYS, *MONTH_ABBREVIATIONS) if n not in FULL_WEEKDAYS}))
    + r")\.)$")
ZONE_NAMED = re.compile(r"(?:Eastern|Pacific|Central|Mountain|Atlantic|Local) [Tt]ime\b")  # "5 p.m. Eastern time"
NAME_WITH_MARK = re.compile(r"\b(?:Yahoo|Jeopardy)!$")  # names spelled with "!" go on ("Yahoo! News")
ANY_MARK = re.compile(r"[.!?…]")  # a chunk with none of these is one sentence (or a run to cut), whatever pysbd says
ANY_END = re.compile(r"[.!?…][\"”’)\]]*\s+")  # any sentence-final mark: where a reported long run starts and ends
# Two sentences glued when a page's paragraphs were flattened ("in parliament.He added"): a word of three or more
# letters, a mark, then a capitalised word, with no space; not a domain ("www.Hollywood", "Studio.Net").
GLUED_END = re.compile(r"(?<![./@\w])([A-Za-z]{3,})[.!?][\"”’]?(?=[A-Z][a-z]+\b(?![./@]\w))")
WEB_WORDS = frozenset({"www", "com", "net", "org"})
TITLE_BEFORE_NAME = re.compile(r"\b(?:" + "|".join(sorted(t.capitalize() for t in TITLE_ABBREVIATIONS)) + r")\.$")


class CompiledPatterns:
    """Stands in for the `re` module inside pysbd, keeping many more compiled patterns.

    pysbd builds regexes as strings on every call (several per abbreviation it meets) and hands
    them to `re.sub`, `re.findall` ...; thousands of them overflow Python's own cache of 512, so
    the same patterns were compiled again and again: 60% of segmentation time on 200 ECB+ pairs.
    """

    def __init__(self, size: int = 16_384):
        self.compile = lru_cache(maxsize=size)(re.compile)  # least recently used out; a Pattern compiles to itself

    def sub(self, pattern, repl, string, count=0, flags=0):
        return self.compile(pattern, flags).sub(repl, string, count)

    def search(self, pattern, string, flags=0):
        return self.compile(pattern, flags).search(string)

    def match(self, pattern, string, flags=0):
        return self.compile(pattern, flags).match(string)

    def findall(self, pattern, string, flags=0):
        return self.compile(pattern, flags).findall(string)

    def finditer(self, pattern, string, flags=0):
        return self.compile(pattern, flags).finditer(string)

    def split(self, pattern, string, maxsplit=0, flags=0):
        return self.compile(pattern, flags).split(string, maxsplit)

    def __getattr__(self, name):  # escape, IGNORECASE and the rest: the real module's
        return getattr(re, name)


def _pysbd_segmenter_class():
    import pysbd
    from pysbd.utils import TextSpan

    class Segmenter(pysbd.Segmenter):
        """pysbd's segmenter, locating its sentences without a regex per sentence.

        pysbd compiles a regex of every sentence it returns (escaped, then any whitespace) only to
        find where it is: a quarter of segmentation time on 200 ECB+ article pairs.
        """

        def sentences_with_char_spans(self, sentences):
            if not all(sentences):  # an empty sentence matches everywhere: pysbd's own loop
                return super().sentences_with_char_spans(sentences)
            return [TextSpan(*span) for span in _find_spans(self.original_text, sentences)]

    return Segmenter


@lru_cache(maxsize=1)
def _segmenter():
    # The command line installs `CompiledPatterns` into pysbd's modules (runtime.py); the library does not.
    return _pysbd_segmenter_class()(language="en", clean=False)


def _find_spans(text: str, sentences: list[str]) -> list[tuple[str, int, int]]:
    """pysbd's sentence spans found with `str.find`: for each sentence, its first occurrence (with the
    whitespace after it) that ends past the previous one's end, as pysbd's `re.finditer` loop does."""
    spans = []
    prior = 0
    for sent in sentences:
        pos = 0
        while (i := text.find(sent, pos)) >= 0:
            end = i + len(sent)
            while end < len(text) and text[end].isspace():  # `\s*`: str.isspace() and \s agree
                end += 1
            if end > prior:
                spans.append((text[i:end], i, end))
                prior = end
                break
            pos = end
    return spans


def paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """Spans of paragraphs: blank lines always break; a single newline breaks unless the next line goes on in lower case."""
    start = None
    end = None
    last = ""  # the previous non-blank line of the paragraph (only its end decides whether the next line continues)
    pos = 0
    for line in text.split("\n"):
        s, e = pos, pos + len(line)
        pos = e + 1
        stripped = line.strip()
        if not stripped:
            if start is not None:
                yield start, end
                start = None
            continue
        if start is None:
            start, end, last = s, e, stripped
            continue
        continues = stripped[:1].islower() and last[-1:] not in TERMINAL_CHARS
        if continues:
            end = e
        else:
            yield start, end
            start = s
        end, last = e, stripped
    if start is not None:
        yield start, end


def _is_credit(piece: str) -> bool:
    return (bool(PHOTO_CREDIT.fullmatch(piece) and CREDIT_WORDS.search(piece)) or bool(PHOTO_LINE.match(piece))
            or _is_source_label(piece))


def _is_source_label(piece: str) -> bool:
    """A bracketed, slashed or dashed label of a few capitalised words ("[Jane Doe/AP]", "(Thai PBS World)", "-AFP")."""
    piece = piece.strip()
    shaped = (piece[:1] in "([-–—)" and (piece[-1:] in ")]" or piece[-1:].isalpha())) or "/" in piece
    words = LABEL_WORD.findall(piece)
    return (shaped and 0 < len(words) <= LABEL_MAX_WORDS and not TERMINAL_SENTENCE.search(piece)
            and all(w[0].isupper() or w.lower() in LABEL_LINKS for w in words))


def _is_stray(piece: str) -> bool:
    """A piece with no letter or digit (a closing quotation mark the splitter left alone)."""
    return not any(c.isalnum() for c in piece)


def _credit_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    for m in PHOTO_CREDIT.finditer(text, start, end):
        if CREDIT_WORDS.search(m.group()) and "/" in m.group():
            a, b = m.start(), m.end()
            if a > start and b < end and text[a - 1] + text[b] in ("[]", "()"):  # "[Jane Doe/AP]": the brackets too
                a, b = a - 1, b + 1
            spans.append((a, b))
    return spans


def _cuts(text: str, start: int, end: int) -> Iterator[tuple[int, int, bool]]:
    """Cut a run longer than MAX_SEGMENT_CHARS so the segmenter stays fast: (start, end, forced).

    A cut goes after the last sentence end in the second half of the window; `forced` when there is none and
    the run is cut at the last space instead (or, with no space either, at the window's end).
    """
    while end - start > MAX_SEGMENT_CHARS:
        low, high = start + MAX_SEGMENT_CHARS // 2, start + MAX_SEGMENT_CHARS
        ends = [m.end() for m in SENTENCE_END.finditer(text, low, high + 1) if m.end() <= high]
        if ends:
            cut, forced = ends[-1], False
        else:
            space = max(text.rfind(" ", low, high), text.rfind("\t", low, high), text.rfind("\n", low, high))
            cut, forced = (space if space > start else high), True
        yield start, cut, forced
        start = cut
    yield start, end, False


def _split_long(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    for s, e, _ in _cuts(text, start, end):
        yield s, e


def long_runs(text: str) -> list[tuple[int, int, int]]:
    """Stretches that are cut for want of a sentence end: (start, end, number of pieces), per paragraph."""
    runs: list[tuple[int, int, int]] = []
    for p_start, p_end in paragraphs(text):
        if p_end - p_start <= MAX_SEGMENT_CHARS:
            continue
        run: list[int] | None = None
        for s, e, forced in _cuts(text, p_start, p_end):
            if run is not None:
                run[2] += 1
                if not forced:  # the run ends at this piece's first sentence end
                    first = ANY_END.search(text, s, e)
                    runs.append((run[0], first.start() + 1 if first else e, run[2]))
                    run = None
            elif forced:  # the run starts after this piece's last sentence end
                ends = [m.end() for m in ANY_END.finditer(text, s, e)]
                run = [ends[-1] if ends else s, e, 1]
        if run is not None:
            runs.append((run[0], run[1], run[2]))
    return runs


def _fallback_segments(chunk: str) -> list[str]:
    """Pieces of `chunk` ending after sentence-final punctuation and the spaces that follow it."""
    pieces, cursor = [], 0
    for m in SENTENCE_END.finditer(chunk):
        pieces.append(chunk[cursor:m.end()])
        cursor = m.end()
    return pieces + [chunk[cursor:]]


def _sentences_in(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Sentence spans in text[start:end], stripped of surrounding whitespace."""
    for s0, e0 in _split_long(text, start, end):
        # A newline inside a paragraph is a wrapped line, not a sentence end; any other whitespace (tabs, \x1c-\x1f,
        # U+2028, no-break spaces) is a plain space to pysbd, which chokes on some. One character each keeps offsets.
        chunk = WHITESPACE.sub(" ", text[s0:e0])
        if not chunk.strip():
            continue
        cursor = 0
        try:
            # Without a sentence mark there is nothing to split (and pysbd is slow on long runs of words).
            segments = _segmenter().segment(chunk) if ANY_MARK.search(chunk) else [chunk]
        except Exception:  # pysbd fails on some inputs (found by fuzzing): split at plain sentence ends instead
            segments = _fallback_segments(chunk)
        spans: list[tuple[int, int]] = []
        for seg in segments:
            seg = seg.strip()
            if not seg:
                continue
            found = chunk.find(seg, cursor)
            if found < 0:  # the segmenter changed the text: keep the rest whole
                rest = chunk[cursor:]
                lead = len(rest) - len(rest.lstrip())
                if rest.strip():
                    spans.append((cursor + lead, cursor + lead + len(rest.strip())))
                break
            spans.append((found, found + len(seg)))
            cursor = found + len(seg)
        for a, b in _rejoin(chunk, [piece for a, b in spans for piece in _unglue(chunk, a, b)]):
            yield s0 + a, s0 + b


def _rejoin(chunk: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Undo the splitter's cuts after an abbreviation that does not end a sentence ("6:15 p.m. Saturday",
    "Tue. evening", "Yahoo! News", "Gov. Mary Fallin", "5 p.m. ET"): the next piece goes on with a day, a month, a
    number, a time zone or a lower-case word, or after a title with a name."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out:
            before = chunk[out[-1][0]:out[-1][1]]
            after = chunk[a:b]
            first = after.split(maxsplit=1)[0].rstrip(".,") if after.split() else ""
            goes_on = (first[:1].islower() or first[:1].isdigit() or first.lower() in CALENDAR_NAMES
                       or after[:1] in ",;"  # "on Sat., July 13": no sentence starts with a comma
                       or (first.isupper() and first.lower() in TIME_ZONES) or ZONE_NAMED.match(after) is not None)
            named = first[:1].isupper() and (NAME_WITH_MARK.search(before) or TITLE_BEFORE_NAME.search(before))
            if (NON_FINAL_ABBREVIATION.search(before) and goes_on) or named:
                out[-1] = (out[-1][0], b)
                continue
        out.append((a, b))
    return out


def _unglue(chunk: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """chunk[start:end] cut where two sentences were glued together without a space ("parliament.He added"),
    unless the word before the mark is an abbreviation ("Gov.Sarah Palin") or a web address goes on."""
    cursor = start
    for m in GLUED_END.finditer(chunk, start, end):
        before, after = m.group(1).lower(), re.match(r"[A-Za-z]+", chunk[m.end():]).group().lower()
        if WEB_WORDS & {before, after} or before in _abbreviations():
            continue
        yield cursor, m.end()
        cursor = m.end()
    yield cursor, end


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    """pysbd's English abbreviations ("gov", "dr", "inc"), read once."""
    from pysbd.lang.english import English

    return frozenset(English.Abbreviation.ABBREVIATIONS)


def _pieces(text: str, start: int, end: int) -> Iterator[tuple[int, int, bool]]:
    """A paragraph cut around photo credits: (start, end, is_credit)."""
    cursor = start
    for cs, ce in _credit_spans(text, start, end):
        if cs > cursor:
            yield cursor, cs, False
        yield cs, ce, True
        cursor = ce
    if cursor < end:
        yield cursor, end, False


def segment(document: Document) -> list[Sentence]:
    """All sentences of a document, in order, with kinds and duplicate marks.

    A document with `sentences` (split by the user) has exactly those, each a body sentence, located in its text.
    """
    if document.sentences is not None:
        return _numbered(document, [(s, e, SentenceKind.BODY) for s, e in given_spans(document.text, document.sentences)])
    text = document.text
    spans: list[tuple[int, int, SentenceKind]] = []
    for p_start, p_end in paragraphs(text):
        pieces = list(_pieces(text, p_start, p_end))
        has_credit = any(is_credit for *_, is_credit in pieces)
        paragraph_spans: list[tuple[int, int, SentenceKind]] = []
        pending_caption: list[int] = []
        for s, e, is_credit in pieces:
            if is_credit:
                paragraph_spans.append((s, e, SentenceKind.CREDIT))
                for i in pending_caption:
                    paragraph_spans[i] = (paragraph_spans[i][0], paragraph_spans[i][1], SentenceKind.CAPTION)
                pending_caption = []
                continue
            for ss, se in _sentences_in(text, s, e):
                piece = text[ss:se]
                if _is_stray(piece) and paragraph_spans and paragraph_spans[-1][1] <= ss:
                    # a closing mark cut off its sentence ("a halt.” ”"): it belongs to the sentence before
                    ps, _, kind = paragraph_spans[-1]
                    paragraph_spans[-1] = (ps, se, kind)
                    continue
                tags = PAGE_TAGS.match(piece)
                if tags and any(c.isalpha() for c in piece[tags.end():]):
                    paragraph_spans.append((ss, ss + tags.end(), SentenceKind.BOILERPLATE))
                    ss += tags.end() + len(piece[tags.end():]) - len(piece[tags.end():].lstrip())
                    piece = text[ss:se]
                if not paragraph_spans and DATELINE_ALONE.fullmatch(piece) and (se < e or piece[-1] in ":—–-"):
                    paragraph_spans.append((ss, se, SentenceKind.DATELINE))  # "OXNARD, Calif." cut off its sentence
                    continue
                if _is_credit(piece):
                    paragraph_spans.append((ss, se, SentenceKind.CREDIT))
                    continue
                if is_boilerplate(piece) or is_date_only(piece):
                    paragraph_spans.append((ss, se, SentenceKind.BOILERPLATE))
                    continue
                pending_caption.append(len(paragraph_spans))
                paragraph_spans.append((ss, se, SentenceKind.BODY))
        if not has_credit:
            paragraph_spans = _mark_heading_and_dateline(text, paragraph_spans)
        spans.extend(paragraph_spans)
    return _numbered(document, spans)


def _numbered(document: Document, spans: list[tuple[int, int, SentenceKind]]) -> list[Sentence]:
    """The spans as sentences, numbered in order; a body sentence or caption repeated word for word is marked."""
    text = document.text
    sentences: list[Sentence] = []
    first_seen: dict[str, int] = {}
    for index, (s, e, kind) in enumerate(spans):
        sentence_text = text[s:e]
        key = " ".join(sentence_text.split())
        duplicate_of = first_seen.get(key) if kind in (SentenceKind.BODY, SentenceKind.CAPTION) else None
        if duplicate_of is None and kind in (SentenceKind.BODY, SentenceKind.CAPTION):
            first_seen[key] = index
        sentences.append(Sentence(document.id, index, sentence_text, s, e, kind, duplicate_of))
    return sentences


def _mark_heading_and_dateline(
    text: str, spans: list[tuple[int, int, SentenceKind]]
) -> list[tuple[int, int, SentenceKind]]:
    if not spans:
        return spans
    if len(spans) == 1 and spans[0][2] is SentenceKind.BODY:
        s, e, _ = spans[0]
        piece = text[s:e]
        if len(piece.split()) <= HEADING_MAX_WORDS and not TERMINAL.search(piece) and any(c.isalpha() for c in piece):
            return [(s, e, SentenceKind.HEADING)]
    s, e, kind = spans[0]
    match = DATELINE.match(text, s, e)
    if match and match.end() < e and any(c.isalpha() for c in text[match.end():e]):
        d_end = s + len(match.group("dateline"))
        tail = text[d_end:match.end()].rstrip()
        d_end += len(tail)
        return [(s, d_end, SentenceKind.DATELINE), (match.end(), e, kind)] + spans[1:]
    return spans


def body(sentences: list[Sentence]) -> list[Sentence]:
    """The sentences that take part in alignment: body kind, first copy only."""
    return [s for s in sentences if s.kind is SentenceKind.BODY and s.duplicate_of is None]


HEADLINE_MIN_WORDS = 4  # "Tornado picture", "Web Report", a byline name: page labels, not claims
PAGE_LABEL = re.compile(r"(?i)\W*(?:" + STAMP_WORDS + r"|by|(?:file )?photo|video|watch|read|listen|source|full story)\b")


def headlines(sentences: list[Sentence]) -> list[Sentence]:
    """The headings above a document's first body sentence that make a claim (a headline or a standfirst):
    compared, though not aligned. A heading of a few words, a date, or a page label ("Published 3 May",
    "Full story: ...") is not one, nor is a subheading inside the story.
    """
    seen: set[tuple[str, str]] = set()
    started: set[str] = set()
    out = []
    for s in sentences:
        if s.kind is SentenceKind.BODY:
            started.add(s.doc_id)
        if s.doc_id in started or s.kind is not SentenceKind.HEADING or len(WORDS.findall(s.text.lower())) < HEADLINE_MIN_WORDS:
            continue
        key = (s.doc_id, " ".join(s.text.split()).lower())
        if PAGE_LABEL.match(s.text) or key in seen:
            continue
        seen.add(key)
        out.append(s)
    return out
