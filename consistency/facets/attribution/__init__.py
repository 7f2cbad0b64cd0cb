"""Attribution facet: who each sentence credits (speaker or relay), by dependency rules with cross-sentence context.

`extract.py` is the entry point; `rules.py` finds the cues of one sentence (reading the parse
through `syntax.py` and the quotation marks through `quotation.py`); `context.py` and
`continuation.py` carry names, pronouns and quotations across sentences; `relays.py` sets roles;
`canonical.py` and `identity.py` normalise and compare source names (extraction needs both).
"""

from __future__ import annotations

from .canonical import canonical_source
from .extract import extract_attributions
from .identity import same_source

__all__ = ["extract_attributions", "canonical_source", "same_source"]
