"""`consistency batch`: many stories at once, one report each and a summary; a rerun skips finished stories."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from ..core import environment
from ..core.visible import neutralise_lines
from ._common import (ModelOptions, QuietOpt, announce_prepare, choice, fail, fail_on_option, format_option, run,
                      with_model_options)
from .outputs import refuse_batch_overwrite

ENGINES = ("local", "dask")  # workflows/batch.py runs either

FormatOpt = format_option("batch", "Report format per story: ", default="json")
FailOnOpt = fail_on_option("Exit 1 when any story has a finding at or above: high, medium, low or never "
                           "(default: never).")


@with_model_options
def batch_command(
    stories: Annotated[Path, typer.Argument(help="A .jsonl file with one story a line ({\"id\", \"documents\": [...]}) or a folder of story folders.", show_default=False)],
    outdir: Annotated[Path, typer.Option("--output", "-o", help="Folder for one report per story, summary.json, summary.md, and findings.jsonl and findings.csv (every story's findings).", show_default=False)],
    fmt: FormatOpt = "json",
    jobs: Annotated[Optional[int], typer.Option("--jobs", "-j", min=1, help="Stories checked in parallel processes (each loads the models once). Default: 1; with --engine dask, the workers of the cluster started on this machine, default one per CPU.", show_default=False)] = None,
    engine: Annotated[Optional[str], choice("--engine", ENGINES, "local: processes on this machine (--jobs); dask: a dask.distributed cluster (--scheduler, else one started on this machine). The same reports either way. Default: local.", show_default=False)] = None,
    scheduler: Annotated[Optional[str], typer.Option("--scheduler", metavar="ADDRESS", help="With --engine dask: the address of a running Dask scheduler (tcp://host:8786).", show_default=False)] = None,
    force: Annotated[bool, typer.Option("--force", help="Check every story again, even those whose report is complete.")] = False,
    fail_on: FailOnOpt = None,
    quiet: QuietOpt = False,
    *,
    options: ModelOptions,
) -> None:
    """Check many stories at once: one report per story and a summary; a rerun skips finished stories. Exit 0 done, 1 findings at --fail-on, 2 a story failed or bad input."""

    def body() -> int:
        from ..workflows.batch import EXTENSIONS, iter_stories, render_summary_table, run_batch
        from .progress import BatchBar

        if scheduler is not None and engine != "dask":
            fail("--scheduler is only for --engine dask (add --engine dask, or leave out --scheduler)")
        if scheduler is not None and jobs is not None:
            fail("--jobs sets the workers of a cluster on this machine: with --scheduler the cluster's own workers "
                 "run the stories (leave out --jobs)")
        settings = options.settings()
        refuse_batch_overwrite(stories, outdir, EXTENSIONS[fmt])
        first = iter_stories(stories)
        next(first, None)  # a missing file or an empty folder is refused before anything slow starts
        first.close()
        announce_prepare(settings, quiet)
        with BatchBar(quiet) as progress:
            summary = run_batch(stories, outdir, settings, fmt=fmt, jobs=jobs, force=force, progress=progress,
                                engine=engine or "local", scheduler=scheduler)
        for warning in summary.warnings:  # said even with --quiet: the run is not what was asked for
            typer.echo(f"warning: {warning}", err=True)
        if not quiet:
            typer.echo(neutralise_lines(render_summary_table(summary)), err=True, nl=False)
        if summary.counts["failed"]:
            return 2
        # --fail-on, else CONSISTENCY_FAIL_ON (as check reads it, checked in settings), else never
        level = fail_on or (settings.fail_on if environment.setting("fail_on") else "never")
        return 1 if summary.has_findings_at(level) else 0

    run(body)
