"""The entry point: attributions of every sentence of one document, the context carried from sentence to sentence."""

from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from ...core.types import Facet, FacetKind
from ...core.values import ABSENT
from ...core.values.sources import SourceValue
from ..nlp import text_of, tokens_of
from ..stance import earlier_stance
from .context import Context, Event, collect_people, describe_mention, name_source, remember, sentence_mentions
from .continuation import continue_quotations
from .quotation import MAX_QUIET_SENTENCES, all_words_quoted, quote_flags
from .relays import mark_relays
from .rules import Hit, find_hits

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc


def _content_tokens(hit: Hit) -> set[int]:
    """Tokens of what a cue says (its clause and object): names there are not its speaker."""
    return {t.i for c in hit.cue_tok.children if c.dep_ in ("ccomp", "parataxis", "xcomp", "dobj") for t in c.subtree}


def _name_sources(doc: "Doc", hits: list[Hit], mentions: list[Event], ctx: Context) -> None:
    """Name each hit's source from what the document and the sentence named before it (sorts `hits`)."""
    hits.sort(key=lambda h: (h.span[0], h.cue_tok.i))
    for hit in hits:
        if hit.unattributed or hit.source_tok is None:
            continue
        content = _content_tokens(hit)
        before = [(i, n, m) for i, n, m in mentions if i < hit.span[0] and i not in content]
        names = ctx.names + [n for _, n, _ in before if n]
        subjects = ctx.subjects + [m for _, _, m in before if m]
        subjects += [
            describe_mention(doc, h.span, h.source_tok, h.source, ctx)
            for h in hits
            if h is not hit and h.source and h.span[0] < hit.span[0] and h.source_tok.pos_ != "PRON"
        ]
        here = [n for _, n, _ in before if n] + [m.canon for m in subjects[len(ctx.subjects):]]
        name_source(doc, hit, names, subjects, ctx.previous | set(here))


def _to_facet(doc: "Doc", hit: Hit) -> Facet:
    """The facet of a hit: the source's words in the sentence (none when inherited) and its typed value."""
    tokens = tokens_of(doc)
    cue_span = None
    if hit.inherited:
        start = end = 0
    else:
        lo, hi = hit.span
        start, end = tokens[lo].idx, tokens[hi - 1].idx + len(tokens[hi - 1].text)
        last = tokens[min(hit.cue_tok.i + hit.cue_len, len(doc)) - 1]
        cue_span = (hit.cue_tok.idx, last.idx + len(last.text))
    value = SourceValue(
        source=None if hit.unattributed else hit.source,
        cue=hit.cue,
        role=hit.role,
        resolved_from=hit.resolved_from,
        unattributed=hit.unattributed,
        inherited=hit.inherited,
        cue_span=cue_span,
        earlier=True if not hit.inherited and earlier_stance(hit.cue_tok) else ABSENT,
        sole=True if hit.sole else ABSENT,
        office=hit.described_as or ABSENT,
    )
    return Facet(kind=FacetKind.ATTRIBUTION, text=text_of(doc)[start:end], value=value, start=start, end=end)


def extract_attributions(docs: Sequence["Doc"]) -> list[tuple[Facet, ...]]:
    """Attributions for each sentence of ONE document, given its sentences' parses in order.

    Context carries across sentences: a pronoun speaker resolves to the nearest earlier named person
    of a compatible gender ("they" to a plural speaker, "it" to an organisation speaker), a short
    form ("the Post", "Pelosi") to the latest longer name ending in it, a relative pronoun to its
    noun, and a sentence wholly inside quotation marks inherits the speaker (and relay) of the
    attributed quotation it continues: such a facet has ``inherited`` true, empty text at offset 0,
    and ``resolved_from`` set to the name as written in the attributing sentence (None when that
    was a description). Cues inside quotation marks are the quoted speaker's words and are not
    reported.

    Args:
        docs: one parsed spaCy Doc per sentence, in document order.

    Returns:
        One tuple of `Facet(kind=ATTRIBUTION)` per sentence, in order; offsets index that
        sentence's text; `value` is a `SourceValue`.
    """
    ctx = Context()
    ctx.surnames, ctx.genders = collect_people(docs)
    per_sentence: list[list[Hit]] = []
    states: list[tuple[bool, bool, bool]] = []  # (wholly quoted, quote open after, any mark)
    inside, quiet = False, 0
    for doc in docs:
        if inside and quiet >= MAX_QUIET_SENTENCES:
            inside = False  # an unbalanced mark: stop treating the text as quoted
        quoted, inside_after, any_mark = quote_flags(doc, inside)
        states.append(((any_mark or inside) and all_words_quoted(doc, quoted), inside_after, any_mark))
        quiet = 0 if any_mark else quiet + 1
        inside = inside_after

        hits = find_hits(doc, quoted, ctx.surnames)
        mentions = sentence_mentions(doc, quoted, ctx.names, ctx)
        _name_sources(doc, hits, mentions, ctx)
        mark_relays(hits)
        remember(doc, hits, mentions, ctx)
        per_sentence.append(hits)

    inherited = continue_quotations(docs, per_sentence, states)
    return [
        tuple(_to_facet(doc, h) for h in (per_sentence[i] or inherited.get(i, [])))
        for i, doc in enumerate(docs)
    ]
