"""`consistency facets`: what was extracted from each sentence of one article."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ._common import OutputOpt, QuietOpt, format_option, run, warn, write
from .outputs import refuse_overwrite

FormatOpt = format_option("facets", "Output format: ")


def facets_command(
    file: Annotated[Path, typer.Argument(help="One article.", show_default=False)],
    fmt: FormatOpt = "text",
    output: OutputOpt = None,
    quiet: QuietOpt = False,
) -> None:
    """Show what was extracted from each sentence of one article: dates, sources, numbers, quotes."""

    def body() -> int:
        from ..pipeline import extract_facets, load, segment_documents
        from ..report.facets_view import render_facets

        documents, warnings = load([file], minimum=1)
        refuse_overwrite({"-o": output}, [d.path for d in documents])
        warn(warnings, quiet)
        sentences = segment_documents(documents)
        found = extract_facets(documents, sentences)
        write(render_facets(documents, sentences, found, fmt), output, fmt)
        return 0

    run(body)
