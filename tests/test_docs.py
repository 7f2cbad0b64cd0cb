"""The README documents every command, and every command has help text."""

from __future__ import annotations

from typer.main import get_command
from typer.testing import CliRunner

from consistency.cli import app

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _commands(group, prefix=()):
    for name, command in sorted(group.commands.items()):
        if hasattr(command, "commands"):
            yield from _commands(command, (*prefix, name))
        else:
            yield (*prefix, name), command


def test_every_command_is_in_the_readme_with_help():
    root = get_command(app)
    found = list(_commands(root))
    assert found
    for path, command in found:
        words = " ".join(path)
        assert f"consistency {words}" in README, f"README does not show `consistency {words}`"
        assert (command.help or "").strip(), f"`consistency {words}` has no help text"


def test_readme_setup_commands_match_ci():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    test_command = [line for line in ci.splitlines() if "pytest" in line and not line.startswith("#")]
    assert len(test_command) == 1
    assert test_command[0].strip() in README


def test_help_lists_every_command():
    result = CliRunner().invoke(app, ["--help"])
    assert result.exit_code == 0
    for path, _ in _commands(get_command(app)):
        assert path[0] in result.output


def test_help_loads_no_model_library():
    """What keeps `consistency --help` quick: no model or NLP library is imported to print it."""
    import subprocess
    import sys

    probe = ("import sys\nfrom typer.testing import CliRunner\nfrom consistency.cli import app\n"
             "assert CliRunner().invoke(app, ['--help']).exit_code == 0\n"
             "print(sorted(m for m in ('torch', 'spacy', 'onnxruntime', 'sentence_transformers', 'transformers') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
