"""`consistency evaluate`: score alignment and findings against gold files."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, List

import typer

from ._common import (ModelOptions, OutputOpt, QuietOpt, announce_prepare, format_option, output_format, run, warn,
                      with_model_options, write)
from .outputs import refuse_overwrite

FormatOpt = format_option("evaluate", "Output format: ")


@with_model_options
def evaluate_command(
    gold: Annotated[List[Path], typer.Argument(help="Gold files (consistency-gold/1); document paths are relative to each.", show_default=False)],
    fmt: FormatOpt = None,
    output: OutputOpt = None,
    quiet: QuietOpt = False,
    *,
    options: ModelOptions,
) -> None:
    """Score alignment and findings against gold files. Exit 1 when any gold item fails."""

    def body() -> int:
        from ..workflows.evaluate import evaluate_gold, read_gold, render_results

        chosen = output_format("evaluate", fmt, output)
        settings = options.settings()
        inputs = []
        for path in gold:
            documents = read_gold(path)["documents"]  # a broken gold file is refused before anything slow starts
            inputs += [path, *(path.parent / str(d["path"]) for d in documents)]
        refuse_overwrite({"-o": output}, inputs)
        announce_prepare(settings, quiet)
        results = []
        for path in gold:
            result, report = evaluate_gold(path, settings)
            warn(report.warnings, quiet)
            results.append(result)
        write(render_results(results, chosen), output, chosen)
        return 1 if any(r.failed for r in results) else 0

    run(body)
