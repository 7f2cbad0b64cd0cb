"""`consistency check`: the discrepancy report, with pre-publish (--against) and baseline modes."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, List, Optional

import typer

from ._common import (FilesArg, ModelOptions, OutputOpt, PublishedOpt, QuietOpt, SkipBadOpt, SourceOpt,
                      announce_prepare, fail_on_option, format_option, output_format, run, spinner, warn,
                      with_model_options, write, write_report)
from .outputs import refuse_overwrite

FormatOpt = format_option("check", "Report format: ")
FailOnOpt = fail_on_option("Exit 1 when a finding is at or above: high, medium, low or never. Default high.")


@with_model_options
def check_command(
    files: FilesArg,
    fmt: FormatOpt = None,
    output: OutputOpt = None,
    fail_on: FailOnOpt = None,
    against: Annotated[Optional[List[Path]], typer.Option("--against", help="Pre-publish mode: the first FILE is the draft, these (and any other FILES) the references; report only where the draft diverges.")] = None,
    baseline: Annotated[Optional[Path], typer.Option("--baseline", help="Accepted findings (from --write-baseline): shown as accepted, never fail the run.")] = None,
    write_baseline: Annotated[Optional[Path], typer.Option("--write-baseline", help="Write every current finding to this file as accepted.")] = None,
    source: SourceOpt = None,
    published: PublishedOpt = None,
    skip_bad: SkipBadOpt = False,
    quiet: QuietOpt = False,
    *,
    options: ModelOptions,
) -> None:
    """Report where the articles disagree on who said it, when, and what. Exit 0 clean, 1 findings at --fail-on, 2 bad input."""

    def body() -> int:
        from ..core import timing

        lap = timing.laps(from_mark=True)  # CONSISTENCY_TIMINGS=path: see main(); from_mark counts argument parsing
        from ..load.files import STDIN_PATH, is_stdin
        from ..pipeline import check, draft_of, load
        from ..workflows.baseline import apply_baseline, failing, read_baseline, render_baseline

        lap("imports")
        chosen = output_format("check", fmt, output)
        settings = options.settings(fail_on=fail_on)  # no --fail-on: CONSISTENCY_FAIL_ON, else high
        accepted = read_baseline(baseline) if baseline else frozenset()
        # `check DRAFT --against REF1 REF2`: the shell gives REF2 to FILES, so the first file is the draft
        # and every other one a reference.
        documents, warnings = load([*files, *(against or [])], source or (), skip_bad=skip_bad,
                                   published=published or ())
        lap("loading")
        refuse_overwrite({"-o": output, "--write-baseline": write_baseline}, [d.path for d in documents])
        refuse_overwrite({"-o": output}, [baseline] if baseline else [], "the --baseline file")
        draft = draft_of(documents, STDIN_PATH if is_stdin(files[0]) else files[0]) if against else None
        warn(warnings, quiet)
        announce_prepare(settings, quiet)
        with spinner(quiet) as progress:
            report = check(documents, settings, with_findings=True, warnings=warnings, draft=draft, progress=progress)
        report = apply_baseline(report, accepted)
        write_report(report, chosen, "check", output)
        if write_baseline is not None:
            write(render_baseline(report), write_baseline, "json")
        lap("rendering")
        return 1 if failing(report, settings.fail_on) else 0

    run(body)
