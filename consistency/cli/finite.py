"""Numbers in settings must be finite: `nan` and `inf`, from a flag or `CONSISTENCY_*`, are refused (exit 2)."""

from __future__ import annotations

import math
from dataclasses import fields
from typing import Mapping, Optional

from ..core.environment import PREFIX
from ..core.settings import Settings
from ._common import fail


def refuse_non_finite(settings: Settings, flags: Mapping[str, Optional[float]]) -> None:
    """Exit 2 naming the flag (`flags`: field -> value given) or the variable that set a non-finite number."""
    for field in fields(settings):
        value = getattr(settings, field.name)
        if isinstance(value, float) and not math.isfinite(value):
            given = flags.get(field.name)
            where = (f"--{field.name.replace('_', '-')}" if given is not None and not math.isfinite(given)
                     else f"{PREFIX}{field.name.upper()}")
            default = getattr(Settings, field.name)
            fail(f"{where} must be a finite number, not {value} (give a number such as {default})")
