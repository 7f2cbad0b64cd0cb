"""`Settings` and every default in one place: a flag beats `CONSISTENCY_*` in the environment beats the default."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from typing import Any

from . import environment

BUNDLED_MODEL = "bundled:all-MiniLM-L6-v2"
BACKENDS = ("auto", "onnx", "onnx-int8", "torch")  # auto: onnx for the bundled model when it can run, else torch
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
    near_miss_threshold: float = 0.45  # unlinked pairs scoring this much are searched for near-miss figures (0: off)
    fail_on: str = "high"  # high | medium | low | never

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if k not in NOT_IN_REPORT}


def _coerce(value: str, like: Any) -> Any:
    if isinstance(like, bool):
        return value.strip().lower() in {"1", "true", "yes", "on"}
    if isinstance(like, int):
        return int(value)
    if isinstance(like, float):
        return float(value)
    return value


def load_settings(**overrides: Any) -> Settings:
    """Defaults, then `CONSISTENCY_<FIELD>` environment variables, then non-None overrides."""
    base = Settings()
    values: dict[str, Any] = {}
    for f in fields(Settings):
        env = environment.setting(f.name)
        if env is not None:
            values[f.name] = _coerce(env, getattr(base, f.name))
    values.update({k: v for k, v in overrides.items() if v is not None})
    return replace(base, **values)
