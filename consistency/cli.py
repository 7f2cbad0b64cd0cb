"""The `consistency` command line: thin commands that build Settings, call the library, write output, map errors to exit codes."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Callable, List, Optional

import typer

from .config import load_settings
from .errors import ConsistencyError

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,  # locals hold article text, which may be an embargoed draft
    help="Line up news articles about one event and report where the sources disagree.",
)

FilesArg = Annotated[List[Path], typer.Argument(help="Articles (.txt, .md, .html, .json, .jsonl) or folders of them.", show_default=False)]
FormatOpt = Annotated[str, typer.Option("--format", "-f", help="text, json or md.")]
OutputOpt = Annotated[Optional[Path], typer.Option("--output", "-o", help="Write the report here instead of standard output.")]
SourceOpt = Annotated[Optional[List[str]], typer.Option("--source", "-s", help="Name a file's source: NAME (once per file, in order) or PATH=NAME.")]
ModelOpt = Annotated[Optional[str], typer.Option("--model", help="A sentence-transformers model name or folder (default: the bundled all-MiniLM-L6-v2).")]
SkipBadOpt = Annotated[bool, typer.Option("--skip-bad", help="Leave out bad lines of a .jsonl file (the report lists them) instead of stopping.")]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No warnings or progress on standard error.")]
LinkOpt = Annotated[Optional[float], typer.Option("--link-threshold", help="Similarity at which mutual best matches align.")]
ExtraOpt = Annotated[Optional[float], typer.Option("--extra-threshold", help="Similarity at which a second sentence joins a partner's statement.")]
FAIL_LEVELS = ("high", "medium", "low", "never")


def _fail(message: str, code: int = 2) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


def _run(body: Callable[[], int]) -> None:
    """Run a command body; library errors become one line on stderr and exit code 2."""
    try:
        code = body()
    except ConsistencyError as exc:
        _fail(exc.one_line(), exc.exit_code)
    except KeyboardInterrupt:
        _fail("interrupted", 130)
    raise typer.Exit(code)


def _warn(messages, quiet: bool) -> None:
    if quiet:
        return
    for m in messages:
        typer.echo(f"warning: {m}", err=True)


def _progress(quiet: bool):
    if quiet or not sys.stderr.isatty():
        return lambda _msg: None
    return lambda msg: typer.echo(f"… {msg}", err=True)


def _write(text: str, output: Optional[Path]) -> None:
    if output is None:
        sys.stdout.write(text)
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        _fail(f"{output}: cannot write the report ({exc.strerror})")


def _check_format(fmt: str, allowed=("text", "json", "md")) -> None:
    if fmt not in allowed:
        _fail(f"--format must be one of {', '.join(allowed)}, not {fmt!r}")


def _report(files, sources, skip_bad, quiet, settings, with_findings):
    from .load import load_documents
    from .pipeline import check

    documents, warnings = load_documents(files, sources or (), skip_bad=skip_bad)
    _warn(warnings, quiet)
    return check(documents, settings, with_findings=with_findings, warnings=warnings, progress=_progress(quiet))


@app.command()
def align(
    files: FilesArg,
    fmt: FormatOpt = "text",
    output: OutputOpt = None,
    source: SourceOpt = None,
    model: ModelOpt = None,
    link_threshold: LinkOpt = None,
    extra_threshold: ExtraOpt = None,
    no_facets: Annotated[bool, typer.Option("--no-facets", help="Align on embeddings alone (no spaCy).")] = False,
    skip_bad: SkipBadOpt = False,
    quiet: QuietOpt = False,
) -> None:
    """Show which sentences tell the same thing across the articles, and what each source has alone."""
    _check_format(fmt)

    def body() -> int:
        from .report import render

        settings = load_settings(model=model, link_threshold=link_threshold, extra_threshold=extra_threshold,
                                 use_facets=False if no_facets else None)
        report = _report(files, source, skip_bad, quiet, settings, with_findings=False)
        _write(render(report, fmt, view="align"), output)
        return 0

    _run(body)


@app.command("check")
def check_command(
    files: FilesArg,
    fmt: FormatOpt = "text",
    output: OutputOpt = None,
    fail_on: Annotated[Optional[str], typer.Option("--fail-on", help="Exit 1 when a finding is at or above: high, medium, low or never. Default high.")] = None,
    source: SourceOpt = None,
    model: ModelOpt = None,
    link_threshold: LinkOpt = None,
    extra_threshold: ExtraOpt = None,
    skip_bad: SkipBadOpt = False,
    quiet: QuietOpt = False,
) -> None:
    """Report where the articles disagree on who said it, when, and what. Exit 0 clean, 1 findings at --fail-on, 2 bad input."""
    _check_format(fmt)
    if fail_on is not None and fail_on not in FAIL_LEVELS:
        _fail(f"--fail-on must be one of {', '.join(FAIL_LEVELS)}, not {fail_on!r}")

    def body() -> int:
        from .report import render
        from .types import Severity

        settings = load_settings(model=model, link_threshold=link_threshold, extra_threshold=extra_threshold,
                                 fail_on=fail_on)
        report = _report(files, source, skip_bad, quiet, settings, with_findings=True)
        _write(render(report, fmt, view="check"), output)
        if settings.fail_on == "never":
            return 0
        limit = Severity(settings.fail_on).rank
        serious = [f for f in report.findings if f.facet != "omission" and f.severity.rank >= limit]
        return 1 if serious else 0

    _run(body)


@app.command()
def facets(
    file: Annotated[Path, typer.Argument(help="One article.", show_default=False)],
    fmt: FormatOpt = "text",
    output: OutputOpt = None,
    quiet: QuietOpt = False,
) -> None:
    """Show what was extracted from each sentence of one article: dates, sources, numbers, quotes."""
    _check_format(fmt, ("text", "json"))

    def body() -> int:
        from .facets import extract_all
        from .load import load_documents
        from .report.facets_view import render_facets

        documents, warnings = load_documents([file], minimum=1)
        _warn(warnings, quiet)
        from .pipeline import prepare_sentences

        sentences = prepare_sentences(documents)
        found = extract_all(documents, sentences)
        _write(render_facets(documents, sentences, found, fmt), output)
        return 0

    _run(body)


@app.command()
def evaluate(
    gold: Annotated[List[Path], typer.Argument(help="Gold files (consistency-gold/1); document paths are relative to each.", show_default=False)],
    fmt: FormatOpt = "text",
    output: OutputOpt = None,
    model: ModelOpt = None,
    link_threshold: LinkOpt = None,
    extra_threshold: ExtraOpt = None,
    quiet: QuietOpt = False,
) -> None:
    """Score alignment and findings against gold files. Exit 1 when any gold item fails."""
    _check_format(fmt, ("text", "json"))

    def body() -> int:
        from .evaluate import evaluate_gold, render_results

        settings = load_settings(model=model, link_threshold=link_threshold, extra_threshold=extra_threshold)
        results = []
        for path in gold:
            result, report = evaluate_gold(path, settings)
            _warn(report.warnings, quiet)
            results.append(result)
        _write(render_results(results, fmt), output)
        return 1 if any(r.failed for r in results) else 0

    _run(body)


def main() -> None:
    app(prog_name="consistency")


if __name__ == "__main__":  # pragma: no cover
    main()
