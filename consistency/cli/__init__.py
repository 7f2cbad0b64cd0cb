"""The `consistency` command line: the app, its commands (one module each, in cli/) and `main`.

Each command builds Settings from its flags, calls the library, writes the output and maps errors to
exit codes (0 clean, 1 findings at --fail-on or a failed gold item, 2 bad input or any other failure,
130 interrupted). Options shared by several commands are declared once in cli/_common.py.
"""

from __future__ import annotations

import sys
from typing import Annotated, Optional

import typer

from ..core import environment
from . import cache, model
from .align import align_command
from .batch import batch_command
from .check import check_command
from ._common import environment_epilog, internal_error, package_version
from .evaluate import evaluate_command
from .facets import facets_command
from .serve import serve_command

HELP_OPTIONS = {"help_option_names": ["-h", "--help"]}  # every command and subcommand inherits them

app = typer.Typer(
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,  # locals hold article text, which may be an embargoed draft
    context_settings=HELP_OPTIONS,
    help="Line up news articles about one event and report where the sources disagree.",
    epilog=environment_epilog(),
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"consistency {package_version()}")
        raise typer.Exit(0)


@app.callback()
def _root(
    version: Annotated[Optional[bool], typer.Option("--version", is_eager=True, callback=_version,
                                                    help="Print the version and exit.")] = None,
) -> None:
    """Line up news articles about one event and report where the sources disagree."""
# In the order `consistency --help` lists them.
app.command("align")(align_command)
app.command("check")(check_command)
app.command("facets")(facets_command)
app.command("evaluate")(evaluate_command)
app.command("batch")(batch_command)
app.command("serve")(serve_command)
app.add_typer(cache.app, name="cache")
app.add_typer(model.app, name="model")


def _run_app() -> None:
    """The app; whatever escapes it unexpected is one line and exit 2 (`_common.internal_error`), not a traceback."""
    try:
        app(prog_name="consistency")
    except Exception as exc:  # noqa: BLE001 - the last resort outside a command body (_common.run handles those)
        try:
            internal_error(exc)
        except typer.Exit as done:
            sys.exit(done.exit_code)


def main() -> None:
    try:
        timings_path = environment.timings_path()
        if not timings_path:
            _run_app()
            return
        # Opt-in stage timings (benchmarks/speed.py): start-up and imports so far count as "imports".
        from ..core import timing

        record = timing.start()
        age = timing.process_age()
        if age is not None:
            record.add("imports", age)
        timing.set_mark()
        try:
            _run_app()
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
