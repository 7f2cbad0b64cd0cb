"""The format registry feeds render(), the CLI's --format and batch's file names; the text view's styled segments."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from consistency.cli import app
from consistency.cli.progress import RICH_STYLES
from consistency.report import FORMATS, render
from consistency.report.formats import REGISTRY, extensions, format_names, get_format
from consistency.report.text import HEADING, render_text, styled_lines
from consistency.workflows.batch import EXTENSIONS

from .test_html_report import BENIGN, hand_report

runner = CliRunner()


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("view", ["check", "align"])
def test_every_registered_format_renders(fmt, view):
    report = hand_report(**BENIGN)
    out = render(report, fmt, view=view)
    assert out and out == get_format(fmt).render(report, view)


def test_an_unknown_format_is_an_error_not_text():
    with pytest.raises(ValueError, match="pdf"):
        render(hand_report(**BENIGN), "pdf")


def test_batch_writes_every_format_the_registry_gives_it():
    assert EXTENSIONS == extensions("batch") == {"text": "txt", "json": "json", "md": "md", "html": "html", "csv": "csv",
                                                     "jsonl": "jsonl"}


@pytest.mark.parametrize("command", ["align", "check", "facets", "evaluate", "batch"])
def test_format_help_and_check_come_from_the_registry(command):
    offered = format_names(command)
    assert offered and set(offered) <= set(REGISTRY)
    help_text = " ".join(runner.invoke(app, [command, "--help"], env={"COLUMNS": "200"}).output.split())
    assert ", ".join(offered[:-1]) + " or " + offered[-1] in help_text
    refused = next(name for name in (*REGISTRY, "pdf") if name not in offered)
    args = [command, "--format", refused, "somewhere"] + (["-o", "out"] if command == "batch" else [])
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert result.stderr.strip() == f"error: --format must be one of {', '.join(offered)}, not {refused!r}"


@pytest.mark.parametrize("view", ["check", "align"])
def test_styled_lines_are_the_text_report(view):
    report = hand_report(**BENIGN)
    lines = styled_lines(report, view)
    assert "\n".join("".join(text for text, _ in line) for line in lines) + "\n" == render_text(report, view)
    assert all("\n" not in text for line in lines for text, _ in line)
    assert {style for line in lines for _, style in line} - {None} <= set(RICH_STYLES)


def test_check_view_styles_severities_and_headings():
    lines = styled_lines(hand_report(**BENIGN), "check")
    styled = {text: style for line in lines for text, style in line if style}
    assert styled["HIGH"] == "high" and styled["MEDIUM"] == "medium" and styled["LOW"] == "low"
    assert styled["- [high] date:"] == "high"
    assert styled["Notes:"] == HEADING
    assert any(text.startswith("Only in Alpha") and style == HEADING for text, style in styled.items())
