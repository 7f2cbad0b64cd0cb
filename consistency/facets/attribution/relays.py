"""Roles: a relay cue ("according to", "reported") tied to another source's cue passes that source's words on."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon.en.speech import RELAY_CUES
from .identity import same_source
from .rules import Hit

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

_LINK_DEPS = frozenset({"ccomp", "conj", "parataxis", "advcl", "xcomp"})


def _path_links(upper: "Token", lower: "Token") -> bool:
    """Whether `lower` hangs under `upper` through clause links only (ccomp, conj, advcl, 'according')."""
    tok, steps = lower, 0
    while tok.i != upper.i:
        if tok.head.i == tok.i or steps > 6:
            return False
        if tok.dep_ not in _LINK_DEPS and not (tok.dep_ == "prep" and tok.lower_ == "according"):
            return False
        tok, steps = tok.head, steps + 1
    return True


def mark_relays(hits: list[Hit]) -> None:
    """A relay cue (according to, report, quote) tied to another source's cue passes that source on."""
    named = [h for h in hits if not h.unattributed and h.source_tok is not None]
    for r in named:
        if r.role == "relay" or r.cue not in RELAY_CUES:
            continue
        for s in named:
            if s is r or s.role == "relay" or s.source_tok.i == r.source_tok.i:
                continue
            if s.source and r.source and same_source(s.source, r.source):
                continue
            if _path_links(r.cue_tok, s.cue_tok) or _path_links(s.cue_tok, r.cue_tok):
                r.role = "relay"
                break
