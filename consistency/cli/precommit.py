"""`consistency-pre-commit`: the pre-commit hook, one `consistency check DRAFT --against ...` per staged draft."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import typer

from ..core.visible import neutralise
from ._common import fail

HOOK = "consistency-check"
ONE_REPORT_ONLY = ("-o", "--output", "--write-baseline")


def _check_options() -> tuple[set[str], set[str]]:
    """The options of `consistency check` that take a value, and those that do not (flags)."""
    from typer.main import get_command

    from . import app

    takes_value, flags = set(), set()
    for param in get_command(app).commands["check"].params:  # type: ignore[attr-defined]
        if getattr(param, "opts", None) and param.param_type_name == "option":
            names = set(param.opts) | set(param.secondary_opts)
            (flags if param.is_flag or param.count else takes_value).update(names)
    return takes_value, flags


def split_arguments(argv: list[str]) -> tuple[list[str], list[str]]:
    """(options for `check`, files): pre-commit passes the hook's `args`, then the staged files."""
    takes_value, _flags = _check_options()
    options, files, it = [], [], iter(argv)
    for token in it:
        if token == "--":
            files.extend(it)
        elif token in takes_value:
            options += [token, next(it, "")]
        elif token.startswith("-") and token != "-":
            options.append(token)  # a flag, `--opt=value`, or `-fhtml`
        else:
            files.append(token)
    return options, files


def _references(options: list[str]) -> list[Path]:
    refs = [options[i + 1] for i, t in enumerate(options[:-1]) if t == "--against"]
    refs += [t.split("=", 1)[1] for t in options if t.startswith("--against=")]
    return [Path(r).resolve() for r in refs if r]


def _is_reference(path: str, references: list[Path]) -> bool:
    """A staged file that is wire copy itself (or inside a folder of it): a reference, not a draft."""
    resolved = Path(path).resolve()
    return any(resolved == r or r in resolved.parents for r in references)


def main(argv: list[str] | None = None) -> None:
    """Check each staged draft against the references in the hook's args; exit as `check` does (0, 1 or 2)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        options, files = split_arguments(argv)
        references = _references(options)
        if not references:
            fail(f"the {HOOK} hook needs the wire copy to check drafts against: add `args: [--against, wire/]` "
                 "to its entry in .pre-commit-config.yaml")
        drafts = [f for f in files if not _is_reference(f, references)]
        if len(drafts) > 1 and any(t in ONE_REPORT_ONLY or t.startswith(("--output=", "--write-baseline="))
                                   for t in options):
            fail(f"-o and --write-baseline name one file, but {len(drafts)} drafts are staged: "
                 "leave them out of the hook's args, or commit one draft at a time")
    except typer.Exit as done:
        sys.exit(done.exit_code)
    codes = []
    for draft in drafts:
        if len(drafts) > 1:
            typer.echo(f"== {neutralise(draft)} ==")
        sys.stdout.flush()
        code = subprocess.run([sys.executable, "-m", "consistency", "check", draft, *options]).returncode
        if code == 130:
            sys.exit(130)
        codes.append(code)
    sys.exit(2 if 2 in codes else max(codes, default=0))


if __name__ == "__main__":  # pragma: no cover
    main()
