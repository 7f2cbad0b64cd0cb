"""The files newsroom pipelines install: the pre-commit hook (run by pre-commit itself) and the GitHub Action (action.yml)."""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from consistency.cli.precommit import split_arguments

from .conftest import ROOT

yaml = pytest.importorskip("yaml", reason="pyyaml comes with the test extra: pip install -e '.[test]'")

HOOKS = ROOT / ".pre-commit-hooks.yaml"
ACTION = ROOT / "action.yml"
GIT = ["git", "-c", "user.name=test", "-c", "user.email=test@example.invalid", "-c", "init.defaultBranch=main"]


def _article(speaker: str) -> str:
    return (" date 2023-05-04 The city council approved the new budget on Wednesday after a long debate.\n\n"
            f'"This budget protects our libraries and our parks," said council president {speaker}.\n\n'
            "The vote was 7-2.\n")


# ---- the pre-commit hook ----------------------------------------------------------------------

def test_hook_manifest_runs_the_installed_tool_on_drafts():
    (hook,) = yaml.safe_load(HOOKS.read_text(encoding="utf-8"))
    assert hook["id"] == "consistency-check" and hook["language"] == "system"
    assert hook["entry"] == "consistency-pre-commit" and hook["require_serial"] is True
    assert all(re.search(hook["files"], name) for name in ("drafts/story.md", "a.txt", "page.html"))
    assert not any(re.search(hook["files"], name) for name in ("wire.json", "notes.docx", ".pre-commit-config.yaml"))
    scripts = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'consistency-pre-commit = "consistency.cli.precommit:main"' in scripts


def test_hook_arguments_split_into_options_and_staged_files():
    options, files = split_arguments(["--against", "wire/", "--fail-on", "medium", "-q", "--baseline=ok.json",
                                      "drafts/a.md", "drafts/b.md"])
    assert options == ["--against", "wire/", "--fail-on", "medium", "-q", "--baseline=ok.json"]
    assert files == ["drafts/a.md", "drafts/b.md"]


def _pre_commit() -> list[str]:
    if importlib.util.find_spec("pre_commit") is None:
        if os.environ.get("CI"):
            pytest.fail("pre-commit is missing in CI: it comes with the test extra (pip install -e '.[test]')")
        pytest.skip("pre-commit is not installed (pip install -e '.[test]')")
    return [sys.executable, "-m", "pre_commit"]


@pytest.fixture
def newsroom(tmp_path):
    """A hook repository holding this checkout's .pre-commit-hooks.yaml, a newsroom repository with wire copy and
    two staged drafts, and an environment where `consistency-pre-commit` is found on PATH, as after
    `pip install` (a shim running this checkout's module where the installed venv predates the script)."""
    hooks, news, bin_dir = tmp_path / "hooks", tmp_path / "news", tmp_path / "bin"
    for folder in (hooks, news / "wire", news / "drafts", bin_dir):
        folder.mkdir(parents=True)
    shutil.copy(HOOKS, hooks / ".pre-commit-hooks.yaml")
    subprocess.run([*GIT, "init", "-q", str(hooks)], check=True)
    subprocess.run([*GIT, "-C", str(hooks), "add", "."], check=True)
    subprocess.run([*GIT, "-C", str(hooks), "commit", "-q", "-m", "hooks"], check=True)
    (news / "wire" / "ap.txt").write_text(_article("Nathaniel Brooks"), encoding="utf-8")
    (news / "drafts" / "good.txt").write_text(_article("Nate Brooks"), encoding="utf-8")
    (news / "drafts" / "wrong.txt").write_text(_article("Mark Brooks"), encoding="utf-8")
    subprocess.run([*GIT, "init", "-q", str(news)], check=True)
    subprocess.run([*GIT, "-C", str(news), "add", "."], check=True)

    venv_bin = Path(sys.executable).parent
    if not (venv_bin / "consistency-pre-commit").exists():
        shim = bin_dir / "consistency-pre-commit"
        shim.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m consistency.cli.precommit "$@"\n', encoding="utf-8")
        shim.chmod(0o755)
    env = {**os.environ, "PATH": os.pathsep.join([str(bin_dir), str(venv_bin), os.environ.get("PATH", "")]),
           "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
           "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"), "PRE_COMMIT_COLOR": "never"}
    env.pop("GIT_DIR", None)
    env.pop("GIT_INDEX_FILE", None)
    return hooks, news, env


def test_try_repo_runs_the_hook_and_asks_for_the_wire_copy(newsroom):
    hooks, news, env = newsroom
    result = subprocess.run([*_pre_commit(), "try-repo", str(hooks), "consistency-check"], cwd=news, env=env,
                            capture_output=True, text=True, timeout=300)
    out = result.stdout + result.stderr
    assert result.returncode == 1, out
    assert "consistency (drafts against wire copy)" in out and "Failed" in out and "exit code: 2" in out
    assert "add `args: [--against, wire/]`" in out  # try-repo passes no args: the hook says what it needs


@pytest.mark.e2e
def test_pre_commit_stops_a_draft_that_contradicts_the_wire(newsroom):
    hooks, news, env = newsroom
    rev = subprocess.run(["git", "-C", str(hooks), "rev-parse", "HEAD"], capture_output=True, text=True).stdout.strip()
    (news / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {hooks}\n    rev: {rev}\n    hooks:\n"
        "      - id: consistency-check\n        args: [--against, wire/]\n", encoding="utf-8")

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([*_pre_commit(), "run", *args], cwd=news, env=env, capture_output=True, text=True,
                              timeout=600)

    both = run()  # the staged files: two drafts, and the wire copy, which is not checked as a draft
    assert both.returncode == 1, both.stdout + both.stderr
    assert "== drafts/wrong.txt ==" in both.stdout and "== drafts/good.txt ==" in both.stdout
    assert "== wire/ap.txt ==" not in both.stdout
    assert "ap credits it to Nathaniel Brooks; wrong to Mark Brooks" in both.stdout

    good = run("--files", "drafts/good.txt")
    assert good.returncode == 0, good.stdout + good.stderr
    assert "Passed" in good.stdout


# ---- the GitHub Action ------------------------------------------------------------------------

@pytest.fixture(scope="module")
def action() -> dict:
    return yaml.safe_load(ACTION.read_text(encoding="utf-8"))


def _expressions(node) -> list[str]:
    if isinstance(node, dict):
        return [e for k, v in node.items() for e in _expressions(k) + _expressions(v)]
    if isinstance(node, list):
        return [e for v in node for e in _expressions(v)]
    return re.findall(r"\$\{\{\s*(.*?)\s*\}\}", node) if isinstance(node, str) else []


def test_action_is_a_composite_action_with_documented_inputs(action):
    assert action["runs"]["using"] == "composite"
    assert {"articles", "draft", "against", "fail-on", "format"} <= set(action["inputs"])
    assert all(spec.get("description") for spec in action["inputs"].values())
    assert action["inputs"]["fail-on"]["default"] == "high" and action["inputs"]["format"]["default"] == "html"


def test_every_step_is_runnable_and_every_reference_exists(action):
    steps = action["runs"]["steps"]
    ids = {s["id"] for s in steps if "id" in s}
    for step in steps:
        assert ("run" in step) != ("uses" in step), step.get("name")
        if "run" in step:
            assert step.get("shell") == "bash", step.get("name")  # composite actions require a shell on run steps
            assert "${{" not in step["run"], step.get("name")  # inputs reach scripts through env, never pasted in
    conditions = [s["if"] for s in steps if "if" in s]
    names = _expressions(action) + [e for c in conditions for e in re.findall(r"[\w.-]+\.[\w.-]+", c)]
    for expression in names:
        for ref in re.findall(r"\b(inputs|steps)\.([\w-]+)", expression):
            assert ref[1] in (action["inputs"] if ref[0] == "inputs" else ids), expression
    for output in action["outputs"].values():
        assert re.fullmatch(r"\$\{\{ steps\.check\.outputs\.[\w-]+ \}\}", output["value"])


def test_the_report_is_uploaded_even_when_the_check_fails(action):
    (upload,) = [s for s in action["runs"]["steps"] if s.get("uses", "").startswith("actions/upload-artifact@")]
    assert "always()" in upload["if"]
    assert upload["with"]["path"] == "${{ steps.check.outputs.report }}"


def _check_step_script(action: dict, inputs: dict[str, str], temp: Path) -> tuple[str, dict[str, str]]:
    """The check step's script and environment, with the expressions GitHub would fill in (run below as GitHub runs a
    `shell: bash` step: `bash --noprofile --norc -eo pipefail`)."""
    (step,) = [s for s in action["runs"]["steps"] if s.get("id") == "check"]
    values = {f"inputs.{k}": str(v.get("default", "")) for k, v in action["inputs"].items()}
    values.update({f"inputs.{k}": v for k, v in inputs.items()})
    values.update({"runner.temp": str(temp), "github.action_path": str(ROOT)})
    env = {k: re.sub(r"\$\{\{\s*(.*?)\s*\}\}", lambda m: values[m.group(1)], v) for k, v in step["env"].items()}
    return step["run"], env


@pytest.mark.e2e
@pytest.mark.parametrize("inputs, code", [
    ({"draft": "drafts/wrong.txt", "against": "wire/*.txt"}, 1),
    ({"draft": "drafts/good.txt", "against": "wire/"}, 0),
    ({"articles": "wire/ap.txt drafts/wrong.txt", "fail-on": "never", "format": "md"}, 0),
    ({"draft": "drafts/good.txt"}, 2),
])
def test_the_check_step_runs_the_real_tool(action, tmp_path, inputs, code):
    (tmp_path / "wire").mkdir()
    (tmp_path / "drafts").mkdir()
    (tmp_path / "wire" / "ap.txt").write_text(_article("Nathaniel Brooks"), encoding="utf-8")
    (tmp_path / "drafts" / "good.txt").write_text(_article("Nate Brooks"), encoding="utf-8")
    (tmp_path / "drafts" / "wrong.txt").write_text(_article("Mark Brooks"), encoding="utf-8")
    script, step_env = _check_step_script(action, inputs, tmp_path / "runner-temp")
    outputs, summary = tmp_path / "github-output", tmp_path / "step-summary"
    env = {**os.environ, **step_env, "GITHUB_OUTPUT": str(outputs), "GITHUB_STEP_SUMMARY": str(summary),
           "PATH": os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")]),
           "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    result = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script], cwd=tmp_path, env=env, capture_output=True, text=True,
                            timeout=600)
    assert result.returncode == code, result.stdout + result.stderr
    written = dict(line.split("=", 1) for line in outputs.read_text(encoding="utf-8").splitlines())
    assert written["exit-code"] == str(code)
    if code == 2:
        assert "set the against input" in result.stderr
        return
    report = Path(written["report"])
    assert report.suffix == "." + inputs.get("format", "html") and report.exists()
    text = report.read_text(encoding="utf-8")
    if code == 1:
        assert "Mark Brooks" in text and "::error::" in result.stdout
    if inputs.get("format") == "md":
        assert "Mark Brooks" in summary.read_text(encoding="utf-8")  # shown on the job's summary page
