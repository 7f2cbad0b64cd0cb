"""The `consistency` command line: thin commands that build Settings, call the library, write output, map errors to exit codes."""

from __future__ import annotations

import os
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
FormatOpt = Annotated[str, typer.Option("--format", "-f", help="text, json, md, html or csv (html and csv: check only).")]
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
    """A spinner on stderr naming the current stage, shown only on a terminal and after a second."""
    from .progress import Spinner

    return Spinner(enabled=not quiet and sys.stderr.isatty())


def _emit(text: str, output: Optional[Path], fmt: str) -> None:
    """Write a report; on a terminal (and without NO_COLOR) the text view is coloured."""
    if output is None and fmt == "text" and sys.stdout.isatty() and not os.environ.get("NO_COLOR"):
        from .progress import print_coloured

        print_coloured(text)
        return
    _write(text, output)


def _write(text: str, output: Optional[Path]) -> None:
    if output is None:
        sys.stdout.write(text)
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        _fail(f"{output}: cannot write the report ({exc.strerror})")


def _check_format(fmt: str, allowed=("text", "json", "md", "html", "csv")) -> None:
    if fmt not in allowed:
        _fail(f"--format must be one of {', '.join(allowed)}, not {fmt!r}")


def _report(files, sources, skip_bad, quiet, settings, with_findings):
    from .load import load_documents
    from .pipeline import check

    documents, warnings = load_documents(files, sources or (), skip_bad=skip_bad)
    _warn(warnings, quiet)
    with _progress(quiet) as progress:
        return check(documents, settings, with_findings=with_findings, warnings=warnings, progress=progress)


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
    _check_format(fmt, ("text", "json", "md", "html"))

    def body() -> int:
        from .report import render

        settings = load_settings(model=model, link_threshold=link_threshold, extra_threshold=extra_threshold,
                                 use_facets=False if no_facets else None)
        report = _report(files, source, skip_bad, quiet, settings, with_findings=False)
        _emit(render(report, fmt, view="align"), output, fmt)
        return 0

    _run(body)


@app.command("check")
def check_command(
    files: FilesArg,
    fmt: FormatOpt = "text",
    output: OutputOpt = None,
    fail_on: Annotated[Optional[str], typer.Option("--fail-on", help="Exit 1 when a finding is at or above: high, medium, low or never. Default high.")] = None,
    against: Annotated[Optional[List[Path]], typer.Option("--against", help="Pre-publish mode: the first FILE is the draft, these (and any other FILES) the references; report only where the draft diverges.")] = None,
    baseline: Annotated[Optional[Path], typer.Option("--baseline", help="Accepted findings (from --write-baseline): shown as accepted, never fail the run.")] = None,
    write_baseline: Annotated[Optional[Path], typer.Option("--write-baseline", help="Write every current finding to this file as accepted.")] = None,
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
    # `check DRAFT --against REF1 REF2`: the shell gives REF2 to FILES, so the first file is the draft
    # and every other one a reference.

    def body() -> int:
        from .baseline import apply_baseline, failing, read_baseline, render_baseline
        from .load import load_documents
        from .pipeline import check
        from .report import render

        settings = load_settings(model=model, link_threshold=link_threshold, extra_threshold=extra_threshold,
                                 fail_on=fail_on)
        accepted = read_baseline(baseline) if baseline else frozenset()
        documents, warnings = load_documents([*files, *(against or [])], source or (), skip_bad=skip_bad)
        draft = None
        if against:
            draft_path = str(files[0])
            drafts = [d for d in documents if d.path == draft_path]
            if len(drafts) != 1:
                _fail(f"{draft_path}: the draft must hold exactly one document")
            draft = drafts[0].id
        _warn(warnings, quiet)
        with _progress(quiet) as progress:
            report = check(documents, settings, with_findings=True, warnings=warnings, draft=draft, progress=progress)
        report = apply_baseline(report, accepted)
        _emit(render(report, fmt, view="check"), output, fmt)
        if write_baseline is not None:
            _write(render_baseline(report), write_baseline)
        return 1 if failing(report, settings.fail_on) else 0

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
