"""The command-line habits users bring from other tools: -h and --version, choices in any case and listed, -o
that names the format, standard input as `-`, --published, environment variables in --help, JSON Lines."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from dataclasses import fields, replace
from importlib.metadata import version

import pytest
import typer
from typer.testing import CliRunner

from consistency.cli import app
from consistency.core import environment
from consistency.core.settings import Settings
from consistency.report import render
from consistency.report.formats import format_names
from consistency.report.jsonl_report import json_line

from .conftest import ROOT, SEED_A, SEED_B
from .test_html_report import BENIGN, hand_report

runner = CliRunner()
UNDATED = ("The council voted on Monday to close the old bridge for repairs, officials said. "
           "It will reopen in May after an inspection by the city.")
COMMANDS = ["check", "align", "facets", "evaluate", "batch", "cache", "cache info", "cache clear", "model",
            "model prepare"]


@pytest.fixture
def fast(monkeypatch):
    """The hash embedder, no spaCy for alignment: the plumbing only."""
    monkeypatch.setenv("CONSISTENCY_MODEL", "test:hash")
    monkeypatch.setenv("CONSISTENCY_USE_FACETS", "false")
    monkeypatch.delenv("CONSISTENCY_MAX_BYTES", raising=False)


def _run(*args, **kwargs):
    return runner.invoke(app, [str(a) for a in args], prog_name="consistency", **kwargs)


def _one_line_error(result, *parts: str) -> str:
    assert result.exit_code == 2, result.output
    message = result.stderr.strip()
    assert message.startswith("error: ") and "\n" not in message, message
    for part in parts:
        assert part in message, message
    return message


# ---- -h, --version, completion ----------------------------------------------------------------

def test_version_prints_the_installed_version():
    result = _run("--version")
    assert result.exit_code == 0 and result.stdout == f"consistency {version('consistency')}\n"


@pytest.mark.parametrize("command", ["", *COMMANDS])
def test_dash_h_is_help_for_every_command(command):
    short, long = _run(*command.split(), "-h"), _run(*command.split(), "--help")
    assert short.exit_code == long.exit_code == 0
    assert short.stdout == long.stdout and "Usage: consistency" in short.stdout


def _complete(words: str) -> list[str]:
    current = len(words.split()) - (0 if words.endswith(" ") else 1)  # the index of the word being completed
    env = {"_CONSISTENCY_COMPLETE": "complete_bash", "COMP_WORDS": words, "COMP_CWORD": str(current)}
    return _run(env=env).stdout.split()


def test_the_shell_completes_each_commands_choices():
    assert _complete("consistency check -f ") == list(format_names("check"))
    assert _complete("consistency facets --format ") == ["text", "json"]
    assert _complete("consistency check --fail-on m") == ["medium"]
    assert _complete("consistency align --backend onnx") == ["onnx", "onnx-int8"]


# ---- choices ------------------------------------------------------------------------------------

@pytest.mark.parametrize("command, offered", [
    ("check", "[text|json|md|html|csv|jsonl]"), ("align", "[text|json|md|html]"), ("facets", "[text|json]"),
    ("evaluate", "[text|json]"), ("batch", "[text|json|md|html|csv|jsonl]")])
def test_help_lists_the_formats_each_command_writes(command, offered):
    help_text = _run(command, "--help", env={"COLUMNS": "300"}).stdout
    assert offered in help_text
    if command in ("check", "batch"):
        assert "[high|medium|low|never]" in help_text
    if command != "facets":
        assert "[auto|onnx|onnx-int8|torch]" in help_text


def test_choices_are_read_in_any_case(fast):
    result = _run("check", SEED_A, SEED_B, "-f", "JSON", "--fail-on", "Never", "--backend", "Auto")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["schema"] == "consistency-report/1"
    facets = _run("facets", SEED_A, "-f", "Json")
    assert facets.exit_code == 0 and json.loads(facets.stdout)


def test_a_format_a_command_does_not_write_is_one_line(fast):
    _one_line_error(_run("facets", SEED_A, "-f", "html"), "--format must be one of text, json, not 'html'")
    _one_line_error(_run("check", SEED_A, SEED_B, "--fail-on", "sometimes"), "--fail-on must be one of")


# ---- -o names the format --------------------------------------------------------------------------

@pytest.mark.parametrize("name, starts", [("report.html", "<!DOCTYPE html>"), ("report.HTM", "<!DOCTYPE html>"),
                                          ("report.md", "# Consistency report"), ("report.json", "{"),
                                          ("report.csv", '"severity"'), ("report.out", "[000_")])
def test_the_output_file_name_chooses_the_format(fast, tmp_path, name, starts):
    target = tmp_path / name
    result = _run("check", SEED_A, SEED_B, "-o", target, "-q")
    assert result.exit_code in (0, 1), result.output
    assert target.read_text(encoding="utf-8").startswith(starts)


def test_facets_and_evaluate_follow_a_json_file_name(fast, tmp_path):
    target = tmp_path / "facets.json"
    assert _run("facets", SEED_A, "-o", target, "-q").exit_code == 0
    assert json.loads(target.read_text(encoding="utf-8"))


def test_an_extension_that_contradicts_the_format_is_refused(fast, tmp_path):
    target = tmp_path / "report.md"
    message = _one_line_error(_run("check", SEED_A, SEED_B, "-f", "json", "-o", target), "report.md", "-f is json")
    assert "drop -f" in message and not target.exists()
    _one_line_error(_run("facets", SEED_A, "-o", tmp_path / "facets.html"), "facets writes text or json")
    assert not (tmp_path / "facets.html").exists()
    assert _run("check", SEED_A, SEED_B, "-f", "html", "-o", tmp_path / "r.html", "-q").exit_code in (0, 1)


# ---- environment variables in --help ---------------------------------------------------------------

OPTION_SETTINGS = {"--model": "model", "--link-threshold": "link_threshold", "--extra-threshold": "extra_threshold",
                   "--backend": "backend", "--no-cache": "cache", "--no-facets": "use_facets", "--fail-on": "fail_on"}


def _commands():
    root = typer.main.get_command(app)
    for name, command in root.commands.items():
        yield from ((f"{name} {sub}", c) for sub, c in getattr(command, "commands", {}).items())
        yield name, command


def test_every_option_names_the_variable_that_sets_it():
    shown = 0
    for name, command in _commands():
        for param in command.params:
            assert not getattr(param, "envvar", None), f"{name} {param.name}: read by environment.py only"
            for option, field in OPTION_SETTINGS.items():
                if option in param.opts:
                    assert f"env var: {environment.setting_name(field)}" in param.help, (name, option)
                    shown += 1
    assert shown >= 20
    help_text = " ".join(_run("check", "--help", env={"COLUMNS": "300"}).stdout.split())
    assert "(env var: CONSISTENCY_MODEL)" in help_text and "(env var: CONSISTENCY_MAX_BYTES)" in help_text


def test_the_main_help_names_every_other_variable():
    text = " ".join(_run("--help", env={"COLUMNS": "300"}).stdout.split())
    named = [environment.setting_name(f.name) for f in fields(Settings)]
    named += [environment.MAX_BYTES, environment.CACHE_DIR, environment.ONNX_THREADS, environment.PLUGINS,
              environment.TIMINGS, environment.DEBUG]
    assert all(variable in text for variable in named), [v for v in named if v not in text]


# ---- standard input --------------------------------------------------------------------------------

def test_a_dash_reads_one_article_from_standard_input(fast):
    result = _run("check", "-", SEED_B, "-f", "json", input=SEED_A.read_bytes())
    assert result.exit_code in (0, 1), result.output
    documents = {d["id"]: d for d in json.loads(result.stdout)["documents"]}
    assert documents["stdin"]["source"] == "stdin" and documents["stdin"]["path"] == "<stdin>"
    assert documents["stdin"]["published"] == "2017-03-02"  # its date line is read as a file's is
    assert documents["stdin"]["text"] == json.loads(_run("check", SEED_A, SEED_B, "-f", "json").stdout)[
        "documents"][0]["text"]


def test_standard_input_takes_a_source_name_and_is_the_draft(fast):
    result = _run("check", "-", "--against", SEED_B, "--source", "-=Draft", "-f", "md", input=UNDATED.encode())
    assert result.exit_code in (0, 1), result.output
    assert "Pre-publish check: the draft **Draft** against" in result.stdout
    assert "<stdin>: no date line" in result.stderr


def test_standard_input_is_checked_like_a_file(fast, monkeypatch):
    _one_line_error(_run("check", "-", SEED_B, input=b"  \n"), "<stdin>: is empty")
    _one_line_error(_run("check", "-", SEED_B, input=b"\x00\x01\x02PNG" * 100), "<stdin>: is a binary file")
    monkeypatch.setenv("CONSISTENCY_MAX_BYTES", "1KB")
    _one_line_error(_run("check", "-", SEED_B, input=b"word " * 1000), "<stdin>: is more than", "CONSISTENCY_MAX_BYTES")
    monkeypatch.delenv("CONSISTENCY_MAX_BYTES")
    latin1 = ("Caf\xe9 owners said on Monday the council voted to close the old bridge. " * 3).encode("latin-1")
    result = _run("facets", "-", input=latin1)
    assert result.exit_code == 0 and "<stdin>: invalid UTF-8 at byte" in result.stderr


@pytest.mark.e2e
def test_the_seed_article_from_standard_input_gives_the_findings_of_the_file():
    """Acceptance 3: `consistency check - fixtures/seed/<b>` with the first seed article piped in."""
    def findings(*args, stdin=None):
        done = subprocess.run([sys.executable, "-m", "consistency", "check", *map(str, args), "-f", "jsonl", "-q"],
                              input=stdin, capture_output=True, cwd=ROOT, timeout=300)
        assert done.returncode in (0, 1), done.stderr
        rows = [json.loads(line) for line in done.stdout.decode("utf-8").splitlines()]
        # Ids differ (stdin sorts after the b file, so the sides swap): compare what each finding says.
        return sorted((r["facet"], r["kind"], r["severity"], tuple(sorted(map(str, (r["value_a"], r["value_b"])))))
                      for r in rows)

    from_file = findings(SEED_A, SEED_B)
    assert from_file and findings("-", SEED_B, stdin=SEED_A.read_bytes()) == from_file


# ---- --published ------------------------------------------------------------------------------------

def test_an_undated_text_is_a_warning_and_published_gives_its_date(fast, tmp_path):
    undated = tmp_path / "undated.txt"
    undated.write_text(UNDATED, encoding="utf-8")
    plain = _run("align", undated, SEED_B, "-f", "json")
    assert plain.exit_code == 0 and f"{undated}: no date line, so relative dates" in plain.stderr
    assert "--published" in plain.stderr
    dated = _run("align", undated, SEED_B, "-f", "json", "--published", "2024-05-06 09:30")
    assert dated.exit_code == 0 and "no date line" not in dated.stderr
    documents = {d["id"]: d for d in json.loads(dated.stdout)["documents"]}
    assert documents["undated"]["published"] == "2024-05-06" and documents["undated"]["published_time"] == "09:30"
    assert documents["002_06dffba5690dd31a"]["published"] == "2017-03-02"  # a date of its own is kept


def test_published_for_one_path_sets_that_input_only(fast, tmp_path):
    undated = tmp_path / "undated.txt"
    undated.write_text(UNDATED, encoding="utf-8")
    result = _run("align", undated, SEED_B, "-f", "json", "--published", f"{SEED_B}=2017-03-03",
                  "--published", "undated.txt=2017-03-04")
    assert result.exit_code == 0, result.output
    documents = {d["id"]: d["published"] for d in json.loads(result.stdout)["documents"]}
    assert documents == {"undated": "2017-03-04", "002_06dffba5690dd31a": "2017-03-03"}


def test_a_bad_published_value_is_one_line(fast, tmp_path):
    _one_line_error(_run("align", SEED_A, SEED_B, "--published", "2017-02-30"), "--published '2017-02-30' is not a date")
    _one_line_error(_run("align", SEED_A, SEED_B, "--published", "yesterday"), "is not a date")
    _one_line_error(_run("align", SEED_A, SEED_B, "--published", "elsewhere.txt=2017-03-02"),
                    "--published elsewhere.txt=2017-03-02 names no input file")
    _one_line_error(_run("align", SEED_A, SEED_B, "--published", "2017-03-02", "--published", "2017-03-03"),
                    "a second date")


# ---- grammar and the pre-publish line -------------------------------------------------------------

def _one_finding_report():
    report = hand_report(**BENIGN)
    return replace(report, findings=report.findings[:1])


@pytest.mark.parametrize("fmt", ["text", "md", "html"])
def test_one_discrepancy_is_singular(fmt):
    out = render(_one_finding_report(), fmt)
    assert "1 discrepancy" in out and "1 discrepancies" not in out
    assert "1 aligned statement" in out and "1 aligned statements" not in out


def test_the_markdown_report_names_the_draft_as_the_text_report_does():
    report = replace(hand_report(**BENIGN), draft="A")
    assert "Pre-publish check: the draft Alpha against Beta" in render(report, "text")
    assert "Pre-publish check: the draft **Alpha** against Beta" in render(report, "md")


# ---- JSON Lines --------------------------------------------------------------------------------------

ROW_FIELDS = {"severity", "facet", "kind", "explanation", "confidence", "statement", "accepted", "fingerprint",
              *(f"{name}_{side}" for name in ("source", "doc", "path", "value", "sentence") for side in "ab"),
              "sentence_a_index", "sentence_b_index"}


def test_jsonl_is_one_finding_a_line_with_both_sentences(fast):
    lines = _run("check", SEED_A, SEED_B, "-f", "jsonl", "-q").stdout.splitlines()
    report = json.loads(_run("check", SEED_A, SEED_B, "-f", "json", "-q").stdout)
    rows = [json.loads(line) for line in lines]
    assert len(rows) == len(report["findings"]) > 0
    assert all(set(r) == ROW_FIELDS for r in rows)
    dispute = next(r for r in rows if r["facet"] != "omission")
    texts = {(s["doc"], s["index"]): s["text"] for s in report["sentences"]}
    assert dispute["sentence_a"] == texts[(dispute["doc_a"], dispute["sentence_a_index"])]
    assert dispute["path_a"] and dispute["value_a"] and dispute["value_b"]
    assert [r["severity"] for r in rows] == sorted((r["severity"] for r in rows),
                                                   key=["high", "medium", "low"].index)


def test_a_jsonl_line_never_breaks_inside_a_value():
    line = json_line({"sentence": "one\u2028two\u2029three\x85four\nfive"})
    assert line.count("\n") == 1 and len(line.splitlines()) == 1
    assert json.loads(line)["sentence"] == "one\u2028two\u2029three\x85four\nfive"


def _stories(tmp_path):
    seed = {"id": "seed", "documents": [{"id": "a", "source": "Reuters", "text": SEED_A.read_text(encoding="utf-8")},
                                        {"id": "b", "source": "AP", "text": SEED_B.read_text(encoding="utf-8")}]}
    lines = [seed, {"id": "findings", "documents": seed["documents"]}, {"id": "lonely", "documents": seed["documents"][:1]}]
    path = tmp_path / "stories.jsonl"
    path.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    return path


def test_batch_writes_every_storys_findings_into_one_jsonl_and_one_csv(fast, tmp_path):
    out = tmp_path / "out"
    stories = _stories(tmp_path)
    first = _run("batch", stories, "-o", out, "-f", "jsonl", "-q")
    assert first.exit_code == 2  # the lonely story fails; the others are written
    rows = [json.loads(line) for line in (out / "findings.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {r["story"] for r in rows} == {"seed", "findings"} and set(rows[0]) == {"story", *ROW_FIELDS}
    seed_report = [json.loads(line) for line in (out / "seed.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [{k: v for k, v in r.items() if k != "story"} for r in rows if r["story"] == "seed"] == seed_report
    assert len(list(out.glob("findings-*.jsonl"))) == 1  # the story named "findings" did not take the batch's file
    table = list(csv.DictReader(io.StringIO((out / "findings.csv").read_text(encoding="utf-8"))))
    assert [r["story"] for r in table] == [r["story"] for r in rows]
    assert [r["value_a"] for r in table] == [str(r["value_a"]).replace("None", "") for r in rows]
    # A rerun skips the finished stories and still lists their findings; a lost findings.jsonl is rebuilt.
    before = (out / "findings.jsonl").read_bytes(), (out / "findings.csv").read_bytes()
    (out / "findings.jsonl").unlink()
    again = _run("batch", stories, "-o", out, "-f", "jsonl")
    assert "0 checked, 2 already done, 1 failed" in again.stderr
    assert ((out / "findings.jsonl").read_bytes(), (out / "findings.csv").read_bytes()) == before
    assert not list(out.glob(".*partial")) and not list((out / ".state").glob(".*partial"))
