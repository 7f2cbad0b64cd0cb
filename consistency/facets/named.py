"""Which attributed sources are named ("Reuters", "Nancy Pelosi") and which only described ("officials")."""

from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from ..core.types import Facet
from .lexicon.en.names import NAME_CONNECTORS, NAME_PARTICLES

NAMED_ENTITY_TYPES = ("PERSON", "ORG", "GPE", "NORP", "FAC")


def _looks_like_a_name(source: str) -> bool:
    """"Nancy Pelosi", "Diario del Ebro": two or more words, all capitalised but particles.

    One capitalised word may just open the sentence ("Officers said"), so it is left to the parse.
    """
    words = [w for w in source.replace("\u2019", "'").split() if any(c.isalpha() for c in w)]
    return len(words) >= 2 and all(w[0].isupper() or w.lower() in NAME_PARTICLES or w.lower() in NAME_CONNECTORS for w in words)


def mark_named(doc, attributions: Sequence[Facet]) -> list[Facet]:
    """Mark sources whose head word is a name (or a pronoun resolved to one) apart from descriptions.

    "US intelligence officials" and "the company" describe a source without naming it, so
    they never conflict with a named one; "Reuters" and "Spain's health ministry" name it.
    """
    out = []
    for f in attributions:
        span = doc.char_span(f.start, f.end, alignment_mode="expand")
        root = span.root if span is not None and len(span) else None
        named = bool(f.value.resolved_from) or _looks_like_a_name(str(f.value.source or "")) or (
            root is not None and (root.pos_ == "PROPN" or root.ent_type_ in NAMED_ENTITY_TYPES
                                  or (root.is_upper and len(root) > 1)))
        out.append(Facet(f.kind, f.text, replace(f.value, named=named), f.start, f.end))
    return out
