"""The `consistency` command line: thin commands that build Settings, call the library, write output, map errors to exit codes."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Callable, List, Optional

import typer

from ..core import environment
from ..core.settings import BACKENDS, load_settings
from ..core.errors import ConsistencyError

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
BackendOpt = Annotated[Optional[str], typer.Option("--backend", help="Embedding backend: auto (default: onnx for the bundled model when onnxruntime is installed, else torch), onnx, onnx-int8 (fastest, less faithful) or torch.")]
NoCacheOpt = Annotated[bool, typer.Option("--no-cache", help="Neither read nor write the on-disk embedding cache.")]
FAIL_LEVELS = ("high", "medium", "low", "never")


def _fail(message: str, code: int = 2) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


def _run(body: Callable[[], int]) -> None:
    """Run a command body; library errors become one line on stderr and exit code 2."""
    from ..runtime import tuned  # the process tuning of a command-line run (runtime.py), restored after

    try:
        with tuned():
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


def _embed_settings(quiet: bool, **values):
    """Settings from flags and environment."""
    settings = load_settings(**values)
    if settings.backend not in BACKENDS:
        _fail(f"--backend must be one of {', '.join(BACKENDS)}, not {settings.backend!r}")
    return settings


def _announce_prepare(settings, quiet: bool) -> None:
    """Warn (stderr) when this run will first prepare the fast model: once the input is known to be usable."""
    from ..embed import prepare_notice

    notice = prepare_notice(settings.model, settings.backend)
    if notice:
        _warn([notice], quiet)


def _progress(quiet: bool):
    """A spinner on stderr naming the current stage, shown only on a terminal and after a second."""
    from .progress import Spinner

    return Spinner(enabled=not quiet and sys.stderr.isatty())


def _emit(text: str, output: Optional[Path], fmt: str) -> None:
    """Write a report; on a terminal (and without NO_COLOR) the text view is coloured."""
    if output is None and fmt == "text" and sys.stdout.isatty() and not environment.no_color():
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
    from ..load import load_documents
    from ..pipeline import check

    documents, warnings = load_documents(files, sources or (), skip_bad=skip_bad)
    _warn(warnings, quiet)
    _announce_prepare(settings, quiet)
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
    backend: BackendOpt = None,
    no_cache: NoCacheOpt = False,
) -> None:
    """Show which sentences tell the same thing across the articles, and what each source has alone."""
    _check_format(fmt, ("text", "json", "md", "html"))

    def body() -> int:
        from ..report import render

        settings = _embed_settings(quiet, model=model, link_threshold=link_threshold, extra_threshold=extra_threshold,
                                   use_facets=False if no_facets else None, backend=backend,
                                   cache=False if no_cache else None)
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
    backend: BackendOpt = None,
    no_cache: NoCacheOpt = False,
) -> None:
    """Report where the articles disagree on who said it, when, and what. Exit 0 clean, 1 findings at --fail-on, 2 bad input."""
    _check_format(fmt)
    if fail_on is not None and fail_on not in FAIL_LEVELS:
        _fail(f"--fail-on must be one of {', '.join(FAIL_LEVELS)}, not {fail_on!r}")
    # `check DRAFT --against REF1 REF2`: the shell gives REF2 to FILES, so the first file is the draft
    # and every other one a reference.

    def body() -> int:
        from ..core import timing

        lap = timing.laps(from_mark=True)  # CONSISTENCY_TIMINGS=path: see main(); from_mark counts argument parsing
        from ..workflows.baseline import apply_baseline, failing, read_baseline, render_baseline
        from ..load import load_documents
        from ..pipeline import check
        from ..report import render

        lap("imports")
        settings = _embed_settings(quiet, model=model, link_threshold=link_threshold, extra_threshold=extra_threshold,
                                   fail_on=fail_on, backend=backend, cache=False if no_cache else None)
        accepted = read_baseline(baseline) if baseline else frozenset()
        documents, warnings = load_documents([*files, *(against or [])], source or (), skip_bad=skip_bad)
        lap("loading")
        draft = None
        if against:
            draft_path = str(files[0])
            drafts = [d for d in documents if d.path == draft_path]
            if len(drafts) != 1:
                _fail(f"{draft_path}: the draft must hold exactly one document")
            draft = drafts[0].id
        _warn(warnings, quiet)
        _announce_prepare(settings, quiet)
        with _progress(quiet) as progress:
            report = check(documents, settings, with_findings=True, warnings=warnings, draft=draft, progress=progress)
        report = apply_baseline(report, accepted)
        _emit(render(report, fmt, view="check"), output, fmt)
        if write_baseline is not None:
            _write(render_baseline(report), write_baseline)
        lap("rendering")
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
        from ..facets import extract_all
        from ..load import load_documents
        from ..report.facets_view import render_facets

        documents, warnings = load_documents([file], minimum=1)
        _warn(warnings, quiet)
        from ..pipeline import prepare_sentences

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
    backend: BackendOpt = None,
    no_cache: NoCacheOpt = False,
) -> None:
    """Score alignment and findings against gold files. Exit 1 when any gold item fails."""
    _check_format(fmt, ("text", "json"))

    def body() -> int:
        from ..workflows.evaluate import evaluate_gold, read_gold, render_results

        settings = _embed_settings(quiet, model=model, link_threshold=link_threshold, extra_threshold=extra_threshold,
                                   backend=backend, cache=False if no_cache else None)
        for path in gold:
            read_gold(path)  # a broken gold file is refused before anything slow starts
        _announce_prepare(settings, quiet)
        results = []
        for path in gold:
            result, report = evaluate_gold(path, settings)
            _warn(report.warnings, quiet)
            results.append(result)
        _write(render_results(results, fmt), output)
        return 1 if any(r.failed for r in results) else 0

    _run(body)


@app.command()
def batch(
    stories: Annotated[Path, typer.Argument(help="A .jsonl file with one story a line ({\"id\", \"documents\": [...]}) or a folder of story folders.", show_default=False)],
    outdir: Annotated[Path, typer.Option("--output", "-o", help="Folder for one report per story, summary.json and summary.md.", show_default=False)],
    fmt: Annotated[str, typer.Option("--format", "-f", help="Report format per story: json, md, text, html or csv.")] = "json",
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Stories checked in parallel processes (each loads the models once).")] = 1,
    force: Annotated[bool, typer.Option("--force", help="Check every story again, even those whose report is complete.")] = False,
    fail_on: Annotated[Optional[str], typer.Option("--fail-on", help="Exit 1 when any story has a finding at or above: high, medium, low or never (default never).")] = None,
    model: ModelOpt = None,
    link_threshold: LinkOpt = None,
    extra_threshold: ExtraOpt = None,
    quiet: QuietOpt = False,
    backend: BackendOpt = None,
    no_cache: NoCacheOpt = False,
) -> None:
    """Check many stories at once: one report per story and a summary; a rerun skips finished stories. Exit 0 done, 1 findings at --fail-on, 2 a story failed or bad input."""
    _check_format(fmt, ("json", "md", "text", "html", "csv"))
    if fail_on is not None and fail_on not in FAIL_LEVELS:
        _fail(f"--fail-on must be one of {', '.join(FAIL_LEVELS)}, not {fail_on!r}")

    def body() -> int:
        from ..workflows.batch import iter_stories, render_summary_table, run_batch

        settings = _embed_settings(quiet, model=model, link_threshold=link_threshold, extra_threshold=extra_threshold,
                                   backend=backend, cache=False if no_cache else None)
        first = iter_stories(stories)
        next(first, None)  # a missing file or an empty folder is refused before anything slow starts
        first.close()
        _announce_prepare(settings, quiet)
        if jobs > 1:
            from ..embed import resolve_backend

            resolved = resolve_backend(settings.model, settings.backend)
            if resolved in ("onnx", "onnx-int8"):  # export once, before the workers start
                from ..embed.onnx_export import prepare

                prepare(quantized=resolved == "onnx-int8")
        with _batch_progress(quiet) as progress:
            summary = run_batch(stories, outdir, settings, fmt=fmt, jobs=jobs, force=force, progress=progress)
        if not quiet:
            typer.echo(render_summary_table(summary), err=True, nl=False)
        if summary.counts["failed"]:
            return 2
        level = {"high": 3, "medium": 2, "low": 1}.get(fail_on or "never", 99)
        hits = any(n for s in summary.stories for row in s.findings.values()
                   for severity, n in row.items() if {"high": 3, "medium": 2, "low": 1}[severity] >= level)
        return 1 if hits else 0

    _run(body)


class _batch_progress:
    """A progress bar on stderr (rich), only on a terminal and without --quiet."""

    def __init__(self, quiet: bool):
        self.enabled = not quiet and sys.stderr.isatty()
        self._bar = None
        self._task = None

    def __enter__(self):
        if self.enabled:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

            self._bar = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                                 TimeRemainingColumn(), console=Console(stderr=True), transient=True)
            self._bar.start()
            self._task = self._bar.add_task("stories", total=None)
        return self

    def __call__(self, done: int, total, story_id: str, status: str) -> None:
        if self._bar is not None:
            self._bar.update(self._task, completed=done, total=total, description=f"{status} {story_id}"[:40])

    def __exit__(self, *exc) -> None:
        if self._bar is not None:
            self._bar.stop()


cache_app = typer.Typer(no_args_is_help=True, help="The on-disk embedding cache ($CONSISTENCY_CACHE_DIR, else $XDG_CACHE_HOME/consistency or ~/.cache/consistency).")
model_app = typer.Typer(no_args_is_help=True, help="The fast embedding backend's model file.")
app.add_typer(cache_app, name="cache")
app.add_typer(model_app, name="model")


@cache_app.command("clear")
def cache_clear(
    models: Annotated[bool, typer.Option("--models", help="Also delete the prepared ONNX model (it is made again on first use).")] = False,
) -> None:
    """Delete the cached sentence vectors (and with --models the prepared fast model)."""

    def body() -> int:
        from ..embed.cache import cache_dir, clear_cache

        removed = clear_cache(models=models)
        typer.echo(f"removed {len(removed)} file{'s' if len(removed) != 1 else ''} from {cache_dir()}")
        return 0

    _run(body)


@cache_app.command("info")
def cache_info_command() -> None:
    """Show where the cache is, how many vectors it holds and which models are prepared."""

    def body() -> int:
        from ..embed.cache import cache_info

        info = cache_info()
        typer.echo(f"folder:  {info['dir']}")
        typer.echo(f"vectors: {info['vector_rows']} ({info['vector_bytes'] / 1e6:.1f} MB) in {info['vectors']}")
        for m in info["models"] or ["(none prepared)"]:
            typer.echo(f"model:   {m}")
        return 0

    _run(body)


@model_app.command("prepare")
def model_prepare(
    force: Annotated[bool, typer.Option("--force", help="Export again even if the file exists.")] = False,
    int8: Annotated[bool, typer.Option("--int8", help="Also make the int8 model of --backend onnx-int8.")] = False,
) -> None:
    """Export the bundled model to ONNX into the cache ahead of first use (needs torch; later runs do not)."""

    def body() -> int:
        import time

        from ..embed.onnx_export import prepare
        from ..embed.onnx_runtime import is_prepared, model_file

        for quantized in (False, True) if int8 else (False,):
            if is_prepared(quantized=quantized) and not force:
                typer.echo(f"already prepared: {model_file(quantized=quantized)}")
                continue
            started = time.perf_counter()
            path = prepare(force=force, quantized=quantized)
            typer.echo(f"prepared {path} in {time.perf_counter() - started:.1f} s")
        return 0

    _run(body)


def main() -> None:
    try:
        timings_path = environment.timings_path()
        if not timings_path:
            app(prog_name="consistency")
            return
        # Opt-in stage timings (benchmarks/speed.py): start-up and imports so far count as "imports".
        from ..core import timing

        record = timing.start()
        age = timing.process_age()
        if age is not None:
            record.add("imports", age)
        timing.set_mark()
        try:
            app(prog_name="consistency")
        finally:
            timing.stop()
            try:
                timing.write(record, timings_path, process_age_at_main=age)
            except OSError:
                pass
    finally:
        from ..runtime import freeze_for_exit

        freeze_for_exit()


if __name__ == "__main__":  # pragma: no cover
    main()
