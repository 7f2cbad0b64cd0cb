"""`consistency model prepare`: export the bundled model for the fast backend ahead of first use."""

from __future__ import annotations

from typing import Annotated

import typer

from ..core.visible import neutralise
from ._common import run

app = typer.Typer(no_args_is_help=True, help="The fast embedding backend's model file.")


@app.command("prepare")
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
                typer.echo(neutralise(f"already prepared: {model_file(quantized=quantized)}"))
                continue
            started = time.perf_counter()
            path = prepare(force=force, quantized=quantized)
            typer.echo(neutralise(f"prepared {path} in {time.perf_counter() - started:.1f} s"))
        return 0

    run(body)
