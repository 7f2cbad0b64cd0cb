"""`consistency facets`: what was extracted from each sentence of one article."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ._common import OutputOpt, QuietOpt, format_option, run, warn, write

FormatOpt = format_option("facets", "Output format: ")


def facets_command(
    file: Annotated[Path, typer.Argument(help="One article.", show_default=False)],
    fmt: FormatOpt = "text",
    output: OutputOpt = None,
    quiet: QuietOpt = False,
) -> None:
    """Show what was extracted from each sentence of one article: dates, sources, numbers, quotes."""

    def body() -> int:
        from ..facets import extract_all
        from ..load import load_documents
        from ..pipeline import prepare_sentences
        from ..report.facets_view import render_facets

        documents, warnings = load_documents([file], minimum=1)
        warn(warnings, quiet)
        sentences = prepare_sentences(documents)
        found = extract_all(documents, sentences)
        write(render_facets(documents, sentences, found, fmt), output)
        return 0

    run(body)
