"""consistency: line up news articles about one event and report where the sources disagree.

The Python API (README, "Python API")::

    import consistency

    report = consistency.check(["a.txt", "b.txt"], link_threshold=0.6)    # paths, folders, Documents or dicts
    for finding in report.findings:
        print(finding.severity.value, finding.facet, finding.explanation)
    report.to_json()             # the JSON report, as `consistency check -f json` writes it
    report.findings_frame()      # a pandas DataFrame (pip install 'consistency[pandas]')

    wire = consistency.Document.from_text("...", source="Wire", published="2024-03-06")

`check`, `align`, `Document`, `Report`, `Settings` and the error classes are imported on first use, so
importing the package (and `consistency --help`) loads no model and no renderer.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from .api import align, check
    from .core.errors import ConsistencyError, InputError
    from .core.settings import Settings
    from .core.types import Document, Finding, Report, Sentence, Statement

# public name -> the module it lives in, imported when the name is first used
_EXPORTS = {
    "check": "consistency.api", "align": "consistency.api",
    "Document": "consistency.core.types", "Report": "consistency.core.types", "Finding": "consistency.core.types",
    "Sentence": "consistency.core.types", "Statement": "consistency.core.types",
    "Settings": "consistency.core.settings",
    "ConsistencyError": "consistency.core.errors", "InputError": "consistency.core.errors",
}
__all__ = ["__version__", *_EXPORTS]


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module 'consistency' has no attribute {name!r}")
    value = getattr(import_module(_EXPORTS[name]), name)
    globals()[name] = value  # once imported, a plain attribute
    return value


def __dir__() -> list[str]:
    return sorted({*__all__, *(name for name in globals() if name.startswith("__"))})
