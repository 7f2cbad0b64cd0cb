"""`consistency cache clear|info`: the on-disk embedding cache."""

from __future__ import annotations

from typing import Annotated

import typer

from ..core.visible import neutralise
from ._common import run

app = typer.Typer(no_args_is_help=True, help="The on-disk embedding cache ($CONSISTENCY_CACHE_DIR, else $XDG_CACHE_HOME/consistency or ~/.cache/consistency).")


@app.command("clear")
def cache_clear(
    models: Annotated[bool, typer.Option("--models", help="Also delete the prepared ONNX model (it is made again on first use).")] = False,
) -> None:
    """Delete the cached sentence vectors (and with --models the prepared fast model)."""

    def body() -> int:
        from ..embed.cache import cache_dir, clear_cache

        removed = clear_cache(models=models)
        typer.echo(neutralise(f"removed {len(removed)} file{'s' if len(removed) != 1 else ''} from {cache_dir()}"))
        return 0

    run(body)


@app.command("info")
def cache_info_command() -> None:
    """Show where the cache is, how many vectors it holds and which models are prepared."""

    def body() -> int:
        from ..embed.cache import cache_info

        info = cache_info()
        typer.echo(neutralise(f"folder:  {info['dir']}"))
        if info["problem"]:
            typer.echo(neutralise(f"vectors: cannot be read: {info['problem']}"))
        else:
            typer.echo(neutralise(f"vectors: {info['vector_rows']} ({info['vector_bytes'] / 1e6:.1f} MB) in {info['vectors']}"))
        for m in info["models"] or ["(none prepared)"]:
            typer.echo(neutralise(f"model:   {m}"))
        return 0

    run(body)
