"""What every command shares: its options (declared once), settings from them, output writing, errors to exit codes."""

from __future__ import annotations

import functools
import inspect
import sys
from dataclasses import dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Callable, Iterable, List, Optional

import typer

from ..core import environment
from ..core.errors import ConsistencyError, printable
from ..core.settings import BACKENDS, FAIL_LEVELS, Settings, load_settings
from ..core.visible import neutralise
from ..report.formats import format_names

if TYPE_CHECKING:
    from ..core.types import Report

MODEL_PANEL = "Model and alignment"


def spoken_list(names: Iterable[str]) -> str:
    """`a, b or c`, as help texts and messages list choices."""
    names = list(names)
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} or {names[-1]}"


def package_version() -> str:
    """The installed package's version (pyproject.toml), or "unknown" when it runs from an uninstalled tree."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("consistency")
    except PackageNotFoundError:
        return "unknown"


def environment_epilog() -> str:
    """What `consistency --help` says of the environment: every setting's variable, and those no option shows."""
    settings = ", ".join(environment.setting_name(f.name) for f in fields(Settings))
    return (f"Environment: {settings} set what the options of the same name set (a flag wins); "
            f"{environment.MAX_BYTES} the input size limit (10MB); {environment.CACHE_DIR} the cache folder; "
            f"{environment.ONNX_THREADS} the onnx backend's threads; {environment.PLUGINS} modules that add "
            f"backends; {environment.TIMINGS} a file for stage timings; {environment.TOKEN} the token `serve` requires; {environment.DEBUG}=1 the traceback "
            "of an unexpected failure; NO_COLOR a plain report on a terminal.")


# ---- errors and exit codes -------------------------------------------------------------------

def fail(message: str, code: int = 2) -> None:
    """One line on stderr, then exit (2: bad input or usage)."""
    typer.echo(f"error: {neutralise(message)}", err=True)
    raise typer.Exit(code)


def internal_error(exc: BaseException) -> None:
    """An unexpected failure: one line, exit 2 (not 1, which means findings); the traceback with CONSISTENCY_DEBUG=1."""
    if isinstance(exc, BrokenPipeError):  # the reader of standard output went away (`| head`): nothing to say there
        fail("standard output was closed before the report was written")
    if environment.debug():
        import traceback

        traceback.print_exception(exc)
    else:
        first = (str(exc).strip().splitlines() or [""])[0]
        detail = f"{type(exc).__name__}: {first}" if first else type(exc).__name__
        typer.echo(f"error: internal error: {printable(detail)} (set {environment.DEBUG}=1 for the traceback)",
                   err=True)
    raise typer.Exit(2)


def run(body: Callable[[], int]) -> None:
    """Run a command body; library errors become one line on stderr and their exit code (2 for bad input).

    Anything else that goes wrong is one line too, with exit 2 (see `internal_error`); an interrupt exits 130.
    """
    from ..runtime import tuned  # the process tuning of a command-line run (runtime.py), restored after

    try:
        with tuned():
            code = body()
    except ConsistencyError as exc:
        fail(exc.one_line(), exc.exit_code)
    except KeyboardInterrupt:
        fail("interrupted", 130)
    except (typer.Exit, typer.Abort):
        raise
    except Exception as exc:  # noqa: BLE001 - the last resort: a crash must not look like a finding (exit 1)
        internal_error(exc)
    raise typer.Exit(code)


def warn(messages: Iterable[str], quiet: bool) -> None:
    if quiet:
        return
    for m in messages:
        typer.echo(f"warning: {neutralise(m)}", err=True)


# ---- options used by several commands --------------------------------------------------------

def _refuse_unless(value: Optional[str], option: str, allowed: tuple[str, ...]) -> Optional[str]:
    """`value` in lower case, or refused with the one-line error every bad input gets."""
    if value is None:
        return None
    if value.strip().lower() not in allowed:
        fail(f"{option} must be one of {', '.join(allowed)}, not {value!r}")
    return value.strip().lower()


def env_note(variable: str) -> str:
    """What an option's help says of the variable that sets it when the flag is not given (core/environment.py reads it)."""
    return f"(env var: {variable})"


def choice(option: str, allowed: tuple[str, ...], help: str, **extra) -> object:
    """An option taking one of `allowed`, in any case: listed in --help, completed by the shell, a bad value one line."""
    return typer.Option(option, *extra.pop("aliases", ()), help=help, metavar=f"[{'|'.join(allowed)}]",
                        callback=lambda value: _refuse_unless(value, option, allowed),
                        autocompletion=lambda incomplete: [c for c in allowed if c.startswith(incomplete.lower())],
                        **extra)


def fail_levels() -> tuple[str, ...]:
    """What --fail-on takes: a severity, or never."""
    return FAIL_LEVELS


def format_option(command: str, what: str = "", default: Optional[str] = None) -> object:
    """--format/-f with the formats `command` offers (report/formats.py): its help and its check come from there.

    Without a `default` the format follows -o's file extension, else text (`output_format`).
    """
    allowed = format_names(command)
    said = (f" Default: {default}." if default else
            " Default: the format -o's file name ends in (-o report.json: json), else text.")
    return Annotated[Optional[str], choice("--format", allowed, f"{what}{spoken_list(allowed)}.{said}",
                                           aliases=("-f",), show_default=False)]


def output_format(command: str, fmt: Optional[str], output: Optional[Path]) -> str:
    """The format to write: -f, else the one -o's extension names, else text; a contradiction is exit 2, one line."""
    from ..report.formats import format_of_suffix

    suffix = output.suffix if output is not None else ""
    named = format_of_suffix(suffix)
    if named is None:
        return fmt or "text"
    shown = f"-o {neutralise(str(output))}"
    if fmt is None:
        allowed = format_names(command)
        if named not in allowed:
            fail(f"{shown} names a {named} file, but {command} writes {spoken_list(allowed)} "
                 f"(give -f, or a file name ending in {spoken_list(['.' + extension_of(n) for n in allowed])})")
        return named
    if named != fmt:
        fail(f"{shown} names a {named} file, but -f is {fmt} "
             f"(drop -f to write {named}, or end the file name in .{extension_of(fmt)})")
    return fmt


def extension_of(fmt: str) -> str:
    from ..report.formats import get_format

    return get_format(fmt).extension


def fail_on_option(help: str) -> object:
    """--fail-on, checked here once; an unset flag leaves CONSISTENCY_FAIL_ON (check) or "never" (batch) to apply."""
    return Annotated[Optional[str], choice("--fail-on", fail_levels(),
                                           f"{help} {env_note(environment.setting_name('fail_on'))}")]


FilesArg = Annotated[List[Path], typer.Argument(
    help="Articles (.txt, .md, .html, .json, .jsonl) or folders of them; - reads one article from standard input. "
         f"Each at most 10 MB {env_note(environment.MAX_BYTES)}.", show_default=False)]
OutputOpt = Annotated[Optional[Path], typer.Option("--output", "-o", help="Write the report here instead of standard output.")]
SourceOpt = Annotated[Optional[List[str]], typer.Option("--source", "-s", help="Name a file's source: NAME (once per file, in order) or PATH=NAME (-=NAME for standard input).")]
PublishedOpt = Annotated[Optional[List[str]], typer.Option("--published", help="Publication date (YYYY-MM-DD, a time may follow) of every input without one, or PATH=DATE for one input (-=DATE for standard input); relative dates such as \"Wednesday\" are resolved from it.")]
SkipBadOpt = Annotated[bool, typer.Option("--skip-bad", help="Leave out bad lines of a .jsonl file (the report lists them) instead of stopping.")]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No warnings or progress on standard error.")]


def _setting_env(field: str, value: str = "") -> str:
    return env_note(environment.setting_name(field) + (f"={value}" if value else ""))


@dataclass(frozen=True)
class ModelOptions:
    """The model and alignment options of align, check, evaluate and batch; `settings()` adds the environment."""

    model: Annotated[Optional[str], typer.Option("--model", rich_help_panel=MODEL_PANEL, help=f"A sentence-transformers model name or folder (default: the bundled all-MiniLM-L6-v2). {_setting_env('model')}")] = None
    link_threshold: Annotated[Optional[float], typer.Option("--link-threshold", rich_help_panel=MODEL_PANEL, help=f"Similarity at which mutual best matches align (default {Settings.link_threshold}). {_setting_env('link_threshold')}")] = None
    extra_threshold: Annotated[Optional[float], typer.Option("--extra-threshold", rich_help_panel=MODEL_PANEL, help=f"Similarity at which a second sentence joins a partner's statement (default {Settings.extra_threshold}). {_setting_env('extra_threshold')}")] = None
    backend: Annotated[Optional[str], choice("--backend", BACKENDS, rich_help_panel=MODEL_PANEL, help=f"Embedding backend: auto (default: onnx for the bundled model when onnxruntime is installed, else torch), onnx, onnx-int8 (fastest, less faithful) or torch; the onnx threads from {environment.ONNX_THREADS}. {_setting_env('backend')}")] = None
    no_cache: Annotated[bool, typer.Option("--no-cache", rich_help_panel=MODEL_PANEL, help=f"Neither read nor write the on-disk embedding cache (in {environment.CACHE_DIR}). {_setting_env('cache', '0')}")] = False

    def settings(self, *, use_facets: Optional[bool] = None, fail_on: Optional[str] = None) -> Settings:
        """Settings: a flag wins over CONSISTENCY_* in the environment, which wins over the default."""
        settings = load_settings(model=self.model, link_threshold=self.link_threshold,
                                 extra_threshold=self.extra_threshold, backend=self.backend,
                                 cache=False if self.no_cache else None, use_facets=use_facets, fail_on=fail_on)
        from .finite import refuse_non_finite

        refuse_non_finite(settings, {"link_threshold": self.link_threshold, "extra_threshold": self.extra_threshold})
        if settings.backend not in BACKENDS:
            fail(f"--backend must be one of {', '.join(BACKENDS)}, not {settings.backend!r}")
        return settings


_MODEL_PARAMETERS = [inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, annotation=annotation,
                                        default=getattr(ModelOptions, name))
                     for name, annotation in inspect.get_annotations(ModelOptions, eval_str=True).items()]


def with_model_options(command: Callable[..., None]) -> Callable[..., None]:
    """Give a command the ModelOptions flags (after its own); it receives them bundled as its `options` parameter."""
    signature = inspect.signature(command, eval_str=True)
    own = [p for p in signature.parameters.values() if p.name != "options"]

    @functools.wraps(command)
    def wrapper(**values):
        options = ModelOptions(**{p.name: values.pop(p.name) for p in _MODEL_PARAMETERS})
        return command(options=options, **values)

    wrapper.__signature__ = signature.replace(parameters=[*own, *_MODEL_PARAMETERS])
    wrapper.__annotations__ = {p.name: p.annotation for p in wrapper.__signature__.parameters.values()}
    return wrapper


# ---- around the library call -----------------------------------------------------------------

def announce_prepare(settings: Settings, quiet: bool) -> None:
    """Warn (stderr) when this run will first prepare the fast model: once the input is known to be usable."""
    from ..embed import prepare_notice

    notice = prepare_notice(settings.model, settings.backend)
    if notice:
        warn([notice], quiet)


def spinner(quiet: bool):
    """A spinner on stderr naming the current stage, shown only on a terminal and after a second."""
    from .progress import Spinner

    return Spinner(enabled=not quiet and sys.stderr.isatty())


def write(text: str, output: Optional[Path], fmt: Optional[str] = None) -> None:
    """Text (made safe for `fmt`) to standard output, or whole or not at all to `output` (cli/outputs.py)."""
    from ..report.safe import finish
    from .outputs import write_output

    write_output(finish(text, fmt) if fmt else text, output)


def write_report(report: Report, fmt: str, view: str, output: Optional[Path]) -> None:
    """Render and write a report; on a terminal (and without NO_COLOR) the text view is printed coloured."""
    if output is None and fmt == "text" and sys.stdout.isatty() and not environment.no_color():
        from ..report.text import styled_lines
        from .progress import print_styled

        print_styled(styled_lines(report, view))
        return
    from ..report import render

    write(render(report, fmt, view=view), output)
