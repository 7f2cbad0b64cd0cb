"""`consistency align`: the aligned statements side by side, and what each source has alone."""

from __future__ import annotations

from typing import Annotated

import typer

from ..core.environment import setting_name
from ._common import (FilesArg, ModelOptions, OutputOpt, PublishedOpt, QuietOpt, SkipBadOpt, SourceOpt,
                      announce_prepare, env_note, format_option, output_format, run, spinner, warn,
                      with_model_options, write_report)
from .outputs import refuse_overwrite

FormatOpt = format_option("align", "Report format: ")


@with_model_options
def align_command(
    files: FilesArg,
    fmt: FormatOpt = None,
    output: OutputOpt = None,
    source: SourceOpt = None,
    published: PublishedOpt = None,
    no_facets: Annotated[bool, typer.Option("--no-facets", help=f"Align on embeddings alone (no spaCy). {env_note(setting_name('use_facets') + '=0')}")] = False,
    skip_bad: SkipBadOpt = False,
    quiet: QuietOpt = False,
    *,
    options: ModelOptions,
) -> None:
    """Show which sentences tell the same thing across the articles, and what each source has alone."""

    def body() -> int:
        from ..pipeline import check, load

        chosen = output_format("align", fmt, output)
        settings = options.settings(use_facets=False if no_facets else None)
        documents, warnings = load(files, source or (), skip_bad=skip_bad, published=published or ())
        refuse_overwrite({"-o": output}, [d.path for d in documents])
        warn(warnings, quiet)
        announce_prepare(settings, quiet)
        with spinner(quiet) as progress:
            report = check(documents, settings, with_findings=False, warnings=warnings, progress=progress)
        write_report(report, chosen, "align", output)
        return 0

    run(body)
