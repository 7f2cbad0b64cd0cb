"""The Python API: `check` and `align` over paths, folders, `Document`s or JSON-like dicts, with settings as keywords."""

from __future__ import annotations

import math
from dataclasses import fields, replace
from os import PathLike
from typing import Any, Iterable, Mapping, Sequence, Union

from .core.settings import CHOICES, Settings, load_settings
from .core.types import Document, Report

Input = Union[str, "PathLike[str]", Document, Mapping[str, Any]]
SETTING_NAMES = tuple(f.name for f in fields(Settings))
PATH_MAX = 4096  # a "path" longer than this, or with a line break, is article text given by mistake


def check(
    inputs: Input | Iterable[Input], /, *, against: Input | Iterable[Input] | None = None,
    sources: Sequence[str] | Mapping[str, str] = (), skip_bad: bool = False,
    baseline: str | PathLike[str] | Iterable[str] | None = None, **settings: Any,
) -> Report:
    """Compare articles about one event and return the `Report` of where they disagree.

    The same run as `consistency check`: sentences are split, embedded and aligned across documents into
    statements, and aligned statements are compared on who said it (attribution), when (dates) and what
    (numbers, negation, quotations, names); what one source tells alone is listed as an omission.

    Args:
        inputs: the articles, at least two in all: one or a list of
            - paths (`str` or `pathlib.Path`) of .txt, .md, .html, .json or .jsonl files, or folders
              (every supported file inside, as on the command line); a `str` is always a path;
            - `consistency.Document`s, for text already in memory (`Document.from_text(...)`);
            - dicts with the fields of a JSON input document (`text`, `source`, `published`, `id`,
              `title`, `url`, `sentences`), as read from JSON.
        against: pre-publish mode (`check DRAFT --against REF...`): `inputs` is then the one draft
            document and `against` the references; only findings where the draft diverges are kept.
        sources: source names for the files, as `--source` takes them: one name per file in order, or
            "PATH=NAME" strings, or a dict {path: name}. Documents and dicts carry their own `source`.
        skip_bad: leave out bad lines of a .jsonl file (listed in `report.warnings`) instead of failing.
        baseline: findings a desk has accepted, as `check --baseline` takes them: the path of a baseline file
            (written by `check --write-baseline`), or the fingerprints themselves. Those findings stay in the
            report with `accepted` true.
        **settings: any field of `consistency.Settings`, by name; each not given comes from its
            `CONSISTENCY_<NAME>` environment variable, else the default (as on the command line):
            - model (str): a sentence-transformers model name or folder; default the bundled all-MiniLM-L6-v2.
            - backend (str): "auto", "onnx", "onnx-int8" or "torch".
            - batch_size (int): sentences encoded at once (32).
            - cache (bool): reuse sentence vectors from the on-disk cache (True).
            - link_threshold (float): similarity at which mutual best matches align (0.55).
            - extra_threshold (float): a second sentence joins a partner's statement at this (0.70).
            - margin (float), extra_margin (float): near-ties that link too (0.05, 0.20).
            - facet_weight (float): how much shared names, numbers and dates add to similarity (0.25).
            - use_facets (bool): let facets help alignment (True).
            - near_miss_threshold (float): unlinked pairs this alike are searched for near-miss figures (0.40; 0 off).
            - fail_on (str): "high", "medium", "low" or "never"; recorded in the report's settings.

    Returns:
        A frozen `Report`: `report.findings`, `report.statements`, `report.documents`, `report.warnings`;
        `report.render("text")` (or "md", "html", "csv", "json"), `report.to_json()` (the bytes of
        `check -f json` once encoded as UTF-8), `report.to_dict()`, `report.findings_frame()` and
        `report.statements_frame()` (pandas, the `[pandas]` extra); a notebook shows the HTML report.

    Raises:
        TypeError: a keyword that is not a setting, or a setting of the wrong type.
        ValueError: a setting value out of its choices or not finite; sentences or a date that cannot be used.
        consistency.InputError: a file that is missing, empty, binary or malformed, or fewer than two documents
            (its message is one line naming the file and what to do).

    Example:
        >>> import consistency
        >>> report = consistency.check("fixtures/seed", link_threshold=0.6)           # doctest: +SKIP
        >>> [f.facet for f in report.findings if f.severity.value == "high"]           # doctest: +SKIP
        ['date']
    """
    report = _run("check", inputs, against, sources, skip_bad, settings, with_findings=True)
    if baseline is None:
        return report
    from .workflows.baseline import apply_baseline, read_baseline

    if isinstance(baseline, (str, PathLike)):
        return apply_baseline(report, read_baseline(baseline))
    fingerprints = list(baseline) if isinstance(baseline, Iterable) else None
    if fingerprints is None or not all(isinstance(item, str) for item in fingerprints):
        raise TypeError("check(): baseline is the path of a baseline file or a list of fingerprints (str)")
    return apply_baseline(report, frozenset(fingerprints))


def align(
    inputs: Input | Iterable[Input], /, *, sources: Sequence[str] | Mapping[str, str] = (), skip_bad: bool = False,
    **settings: Any,
) -> Report:
    """Line up the articles' sentences into statements, without comparing them (`consistency align`).

    Takes the same `inputs`, `sources`, `skip_bad` and settings keywords as `consistency.check` (see there).
    The `Report` has `statements` (each a tuple of member sentences across documents, with a similarity
    `score`, or None when one source alone tells it) and no findings; it renders as the alignment view.
    """
    return _run("align", inputs, None, sources, skip_bad, settings, with_findings=False)


def settings_from(function: str, keywords: Mapping[str, Any]) -> Settings:
    """`Settings` from keyword arguments checked by name and type, over `CONSISTENCY_*` and the defaults."""
    defaults = Settings()
    for name, value in keywords.items():
        if name not in SETTING_NAMES:
            raise TypeError(f"{function}() got an unexpected keyword argument {name!r}; the settings are "
                            f"{', '.join(SETTING_NAMES)}, and also against, sources, skip_bad")
        like = getattr(defaults, name)
        if isinstance(like, bool):
            if not isinstance(value, bool):
                raise TypeError(f"{function}(): {name} must be True or False, not {value!r}")
        elif isinstance(like, int):
            if isinstance(value, bool) or not isinstance(value, int):
                raise TypeError(f"{function}(): {name} must be a whole number, not {value!r}")
            if value < 1:
                raise ValueError(f"{function}(): {name} must be 1 or more, not {value}")
        elif isinstance(like, float):
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise TypeError(f"{function}(): {name} must be a number, not {value!r}")
            if not math.isfinite(value):
                raise ValueError(f"{function}(): {name} must be a finite number, not {value}")
        elif not isinstance(value, str):
            raise TypeError(f"{function}(): {name} must be a str, not {value!r}")
        elif name in CHOICES and value.strip().lower() not in CHOICES[name]:
            raise ValueError(f"{function}(): {name}={value!r} is not one of {', '.join(CHOICES[name])}")
    return load_settings(**{k: float(v) if isinstance(getattr(defaults, k), float) else v for k, v in keywords.items()})


def _run(function: str, inputs: Any, against: Any, sources: Any, skip_bad: bool, keywords: Mapping[str, Any],
         *, with_findings: bool) -> Report:
    from .load import unique_ids
    from .pipeline import check as run_pipeline, draft_of

    settings = settings_from(function, keywords)
    if isinstance(sources, str):
        raise TypeError(f"{function}(): sources is a list of names (or 'PATH=NAME' strings), not one str")
    names = [f"{k}={v}" for k, v in sources.items()] if isinstance(sources, Mapping) else list(sources)
    items = _listed(inputs, function)
    if against is not None and len(items) != 1:
        raise ValueError(f"{function}(): with against=, the first argument is the one draft, not {len(items)} inputs")
    loaded, warnings = documents([*items, *(_listed(against, function) if against is not None else [])],
                                 names, skip_bad, function)
    loaded = unique_ids(loaded)
    draft = None
    if against is not None:
        given = items[0]
        where = str(given) if isinstance(given, (str, PathLike)) else _label(given, 1)
        draft = draft_of(loaded, where)
    report = run_pipeline(loaded, settings, with_findings=with_findings, warnings=warnings, draft=draft)
    return report if with_findings else replace(report, view="align")


def documents(inputs: Any, sources: Sequence[str] = (), skip_bad: bool = False,
              function: str = "check") -> tuple[list[Document], list[str]]:
    """The documents of `inputs` (paths and folders loaded, dicts read as JSON documents), and the loading warnings."""
    from .load import document_from_record, load_documents

    out: list[Document] = []
    paths: list[str | PathLike[str]] = []
    for number, item in enumerate(_listed(inputs, function), start=1):
        if isinstance(item, Document):
            out.append(item)
        elif isinstance(item, Mapping):
            out.append(document_from_record(item, _label(item, number), f"document {number}", f"document-{number}"))
        elif isinstance(item, (str, PathLike)):
            text = str(item)
            if "\n" in text or len(text) > PATH_MAX:
                raise TypeError(f"{function}(): a str is a path, and this one looks like article text "
                                f"({text[:40]!r}...): give it as consistency.Document.from_text(text, source=...)")
            paths.append(item)
        else:
            raise TypeError(f"{function}() takes paths, consistency.Document objects or dicts, not {type(item).__name__}")
    if not paths and sources:
        raise ValueError(f"{function}(): sources name files; a Document or a dict carries its own source")
    if not paths:
        return out, []
    loaded, warnings = load_documents(paths, sources, skip_bad=skip_bad, minimum=0)
    return loaded + out, warnings


def _label(item: Document | Mapping[str, Any], number: int) -> str:
    """Where a document in memory came from, as reports and messages show it."""
    return item.path if isinstance(item, Document) else f"<document {number}>"


def _listed(inputs: Any, function: str) -> list[Any]:
    if isinstance(inputs, (str, bytes, PathLike, Document, Mapping)):
        return [inputs]
    try:
        return list(inputs)
    except TypeError:
        raise TypeError(f"{function}() takes a path, a Document or a list of them, not {type(inputs).__name__}") from None
