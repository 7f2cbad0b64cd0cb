"""`consistency facets`: what was extracted from each sentence of one article."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ._common import OutputOpt, PublishedOpt, QuietOpt, format_option, output_format, run, warn, write
from .outputs import refuse_overwrite

FormatOpt = format_option("facets", "Output format: ")


def facets_command(
    file: Annotated[Path, typer.Argument(help="One article; - reads it from standard input.", show_default=False)],
    fmt: FormatOpt = None,
    output: OutputOpt = None,
    published: PublishedOpt = None,
    quiet: QuietOpt = False,
) -> None:
    """Show what was extracted from each sentence of one article: dates, sources, numbers, quotes."""

    def body() -> int:
        from ..pipeline import extract_facets, load, segment_documents
        from ..report.facets_view import render_facets

        chosen = output_format("facets", fmt, output)
        documents, warnings = load([file], minimum=1, published=published or ())
        refuse_overwrite({"-o": output}, [d.path for d in documents])
        warn(warnings, quiet)
        sentences = segment_documents(documents)
        found = extract_facets(documents, sentences)
        write(render_facets(documents, sentences, found, chosen), output, chosen)
        return 0

    run(body)
