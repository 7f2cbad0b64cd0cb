"""`Settings` and every default in one place: a flag beats `CONSISTENCY_*` in the environment beats the default."""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, fields, replace
from typing import Any

from . import environment
from .errors import InputError, abridged

BUNDLED_MODEL = "bundled:all-MiniLM-L6-v2"
BACKENDS = ("auto", "onnx", "onnx-int8", "torch")  # auto: onnx for the bundled model when it can run, else torch
FAIL_LEVELS = ("high", "medium", "low", "never")  # what --fail-on takes: a severity, or never
CHOICES = {"backend": BACKENDS, "fail_on": FAIL_LEVELS}  # settings read case-insensitively from a fixed list
NOT_IN_REPORT = ("cache",)  # settings that never change a report's content


@dataclass(frozen=True)
class Settings:
    """Everything that changes a report; it is written into the JSON report."""

    model: str = BUNDLED_MODEL  # any sentence-transformers name or folder, or the bundled default
    batch_size: int = 32
    backend: str = "auto"  # auto | onnx | onnx-int8 | torch (the report records the one that ran)
    cache: bool = True  # reuse sentence vectors from the on-disk cache (see embed/cache.py)
    # Alignment. Chosen on the dev half of MRPC and ECB+, bound by the fixtures' gold
    # (benchmarks/alignment.py, benchmarks/results/alignment.json; README "Benchmarks").
    link_threshold: float = 0.55  # mutual best matches at or above this are one statement
    extra_threshold: float = 0.70  # a second sentence joins a partner's statement (many-to-one) at or above this
    margin: float = 0.05  # a near-tie within this of both sentences' best scores links too
    extra_margin: float = 0.20  # an unlinked sentence joins a linked match within this of the match's best score
    facet_weight: float = 0.25  # how much shared names, numbers and dates add to cosine similarity
    use_facets: bool = True  # let facets help alignment (needs spaCy)
    near_miss_threshold: float = 0.40  # unlinked pairs scoring this much are searched for near-miss figures (0: off)
    fail_on: str = "high"  # high | medium | low | never

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if k not in NOT_IN_REPORT}


_TRUE, _FALSE = ("1", "true", "yes", "on"), ("0", "false", "no", "off")


def _coerce(name: str, value: str, like: Any) -> Any:
    """`CONSISTENCY_<NAME>`'s text as the field's type; a value that is not one is an InputError naming the variable."""
    variable = environment.setting_name(name)
    text = value.strip().lower()
    if isinstance(like, bool):
        if text in _TRUE or text in _FALSE:
            return text in _TRUE
        raise InputError(f"{variable}={abridged(value)} is not true or false",
                         hint=f"set it to {', '.join(_TRUE + _FALSE)}")
    if isinstance(like, int):
        try:
            number = int(text)
        except ValueError:
            raise InputError(f"{variable}={abridged(value)} is not a whole number",
                             hint=f"e.g. {variable}={like}") from None
        if number < 1:
            raise InputError(f"{variable}={abridged(value)} must be 1 or more", hint=f"e.g. {variable}={like}")
        return number
    if isinstance(like, float):
        try:
            number = float(text)
        except ValueError:
            number = math.nan
        if not math.isfinite(number):
            raise InputError(f"{variable}={abridged(value)} is not a number", hint=f"e.g. {variable}={like}")
        return number
    if name in CHOICES:
        return _choice(name, value, variable)
    return value


def _choice(name: str, value: str, where: str) -> str:
    """`value` as one of the field's choices, in any case; else an InputError naming `where` it came from."""
    if value.strip().lower() in CHOICES[name]:
        return value.strip().lower()
    raise InputError(f"{where}={abridged(value)} is not one of {', '.join(CHOICES[name])}",
                     hint=f"e.g. {where}={getattr(Settings, name)}")


def load_settings(**overrides: Any) -> Settings:
    """Defaults, then `CONSISTENCY_<FIELD>` environment variables, then non-None overrides."""
    base = Settings()
    values: dict[str, Any] = {}
    for f in fields(Settings):
        env = environment.setting(f.name)
        if env is not None:
            values[f.name] = _coerce(f.name, env, getattr(base, f.name))
    values.update({k: v for k, v in overrides.items() if v is not None})
    for name in CHOICES:  # a flag's value is checked by the command line; here only its case is made the same
        if isinstance(values.get(name), str) and values[name].strip().lower() in CHOICES[name]:
            values[name] = values[name].strip().lower()
    return replace(base, **values)
