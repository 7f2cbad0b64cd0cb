"""`consistency serve`: the same bytes as the command line, bad input answered with the CLI's one line, safe defaults.

Most tests talk to the app in this process (FastAPI's TestClient); the end-to-end ones run the real model, and one
group starts the real `consistency serve` process on a free port and talks to it over HTTP from four clients at once.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="the serve extra: pip install -e '.[serve]'")

from fastapi.testclient import TestClient  # noqa: E402

from consistency.load import load_file  # noqa: E402
from consistency.serve import Service, create_app  # noqa: E402

from .conftest import FIXTURES, ROOT, SEED_A, SEED_B  # noqa: E402
from .server import post, served  # noqa: E402

FAST = {"model": "test:hash"}  # the hash embedder (tests/doubles.py): plumbing tests without the real model
STORY = [(FIXTURES / "weekday-vs-date" / "a.txt", "Reuters"), (FIXTURES / "weekday-vs-date" / "b.txt", "Courier"),
         (FIXTURES / "third-outlet" / "bbc.txt", "BBC")]


def article(path: Path, source: str | None = None) -> dict:
    """A fixture article as a JSON document: its text, source and date as the .txt loader reads them."""
    document = load_file(path)[0][0]
    return {"text": document.text, "source": source or document.source, "published": document.published.isoformat()}


SEED_DOCS = [article(SEED_A), article(SEED_B)]
STORY_DOCS = [article(path, source) for path, source in STORY]


def cli(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    """`consistency ARGS` in a new process, from `cwd` (the package and the tests' plugin importable from anywhere)."""
    path = os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)
    return subprocess.run([sys.executable, "-m", "consistency", *args], cwd=cwd, capture_output=True, timeout=600,
                          env={**os.environ, "PYTHONPATH": path})


def story_file(tmp_path: Path, documents: list[dict], name: str = "story.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(documents, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture
def fast_client(monkeypatch):
    return TestClient(create_app(Service(FAST)))


@pytest.fixture(scope="module")
def real_client():
    service = Service()
    service.warm()
    return TestClient(create_app(service))


# ---- the same bytes as the command line (real model) -------------------------------------------------------------

@pytest.mark.e2e
@pytest.mark.parametrize("documents, settings, flags", [
    (SEED_DOCS, {}, []),
    (STORY_DOCS, {}, []),
    (STORY_DOCS, {"link_threshold": 0.6, "fail_on": "medium", "published": "2022-03-10"},
     ["--link-threshold", "0.6", "--fail-on", "medium", "--published", "2022-03-10"]),
], ids=["seed pair", "three outlets", "three outlets, settings"])
def test_check_json_is_the_command_lines_byte_for_byte(real_client, tmp_path, documents, settings, flags):
    path = story_file(tmp_path, documents)
    expected = cli("check", str(path), "-f", "json", *flags)
    assert expected.returncode in (0, 1), expected.stderr
    answer = real_client.post("/check", json={"documents": documents, "name": str(path), **settings})
    assert answer.status_code == 200
    assert answer.headers["content-type"] == "application/json"
    assert answer.content == expected.stdout
    assert answer.headers["x-consistency-exit-code"] == str(expected.returncode)  # the exit code the CLI gave
    report = json.loads(answer.content)
    assert report["schema"] == "consistency-report/1" and len(report["documents"]) == len(documents)


@pytest.mark.e2e
@pytest.mark.parametrize("fmt, accept", [("html", None), ("md", None), ("csv", None), ("text", None),
                                         (None, "text/html"), (None, "text/csv;q=0.9, text/markdown")])
def test_other_formats_by_field_or_accept_header_are_the_command_lines(real_client, tmp_path, fmt, accept):
    path = story_file(tmp_path, SEED_DOCS)
    body = {"documents": SEED_DOCS, "name": str(path), **({"format": fmt} if fmt else {})}
    answer = real_client.post("/check", json=body, headers={"accept": accept} if accept else {})
    wanted = fmt or {"text/html": "html", "text/csv;q=0.9, text/markdown": "md"}[accept]
    assert answer.status_code == 200
    assert answer.content == cli("check", str(path), "-f", wanted).stdout


@pytest.mark.e2e
def test_align_is_the_command_lines(real_client, tmp_path):
    path = story_file(tmp_path, STORY_DOCS)
    for fmt in ("json", "html"):
        answer = real_client.post("/align", json={"documents": STORY_DOCS, "name": str(path), "format": fmt})
        assert answer.status_code == 200 and answer.content == cli("align", str(path), "-f", fmt).stdout


@pytest.mark.e2e
def test_a_list_of_documents_as_the_body_is_read_as_request_json(real_client, tmp_path):
    """The body may be what a .json input file holds; its documents are then named as a file called request.json."""
    story_file(tmp_path, SEED_DOCS, "request.json")
    answer = real_client.post("/check", content=json.dumps(SEED_DOCS).encode())
    assert answer.content == cli("check", "request.json", "-f", "json", cwd=tmp_path).stdout
    assert [d["id"] for d in json.loads(answer.content)["documents"]] == ["request-1", "request-2"]


# ---- the real process, four clients at once ----------------------------------------------------------------------

@pytest.mark.e2e
def test_the_real_service_gives_four_concurrent_clients_the_command_lines_bytes(tmp_path):
    seed, story = story_file(tmp_path, SEED_DOCS, "seed.json"), story_file(tmp_path, STORY_DOCS, "story.json")
    expected = {str(seed): cli("check", str(seed), "-f", "json").stdout,
                str(story): cli("check", str(story), "-f", "json").stdout}
    bodies = {name: json.dumps({"documents": SEED_DOCS if name == str(seed) else STORY_DOCS, "name": name}).encode()
              for name in expected}
    with served("--token", "s3cret") as (url, _):
        jobs = [name for _ in range(3) for name in expected] * 2  # 12 requests, the two stories interleaved
        with ThreadPoolExecutor(max_workers=4) as pool:
            answers = list(pool.map(lambda name: (name, post(f"{url}/check", bodies[name],
                                                             {"Authorization": "Bearer s3cret"})), jobs))
        for name, (status, _, body) in answers:
            assert status == 200 and body == expected[name]
        status, headers, body = post(f"{url}/check", bodies[str(seed)])  # no token: refused
        assert status == 401 and headers["www-authenticate"] == "Bearer"
        assert "token" in json.loads(body)["detail"]


@pytest.mark.e2e
def test_the_token_can_come_from_the_environment_and_the_process_stops_cleanly():
    with served(env={"CONSISTENCY_TOKEN": "from-env"}) as (url, process):
        assert post(f"{url}/check", json.dumps(SEED_DOCS).encode())[0] == 401
        status, headers, _ = post(f"{url}/check", json.dumps(SEED_DOCS).encode(), {"Authorization": "Bearer from-env"})
        assert status == 200 and headers["x-consistency-exit-code"] == "1"
        process.terminate()  # uvicorn shuts down, then ends by the signal it was sent (as an unhandled SIGTERM would)
        assert process.wait(timeout=30) in (0, -15)
        assert b"Traceback" not in process.stderr.read()


# ---- bad input: 422 with the command line's one line ------------------------------------------------------------

def _cli_error(*args: str) -> str:
    result = cli(*args)
    assert result.returncode == 2
    line = result.stderr.decode().strip()
    assert line.startswith("error: ") and "\n" not in line
    return line[len("error: "):]


def test_one_article_or_an_empty_one_gets_the_command_lines_message(fast_client, tmp_path):
    for documents in ([SEED_DOCS[0]], [{"text": " "}, SEED_DOCS[1]], [{"title": "no text"}, SEED_DOCS[1]], []):
        path = story_file(tmp_path, documents)
        answer = fast_client.post("/check", json={"documents": documents, "name": str(path)})
        assert answer.status_code == 422
        assert answer.json()["detail"] == _cli_error("check", str(path))


def test_a_bad_date_gets_the_command_lines_message_naming_the_field(fast_client, tmp_path):
    path = story_file(tmp_path, SEED_DOCS)
    answer = fast_client.post("/check", json={"documents": SEED_DOCS, "published": "last Tuesday"})
    assert answer.status_code == 422
    assert answer.json()["detail"] == _cli_error("check", str(path), "--published", "last Tuesday").replace(
        "--published", "published")


@pytest.mark.parametrize("body, words", [
    (b"", "no body"), (b"{not json", "not valid JSON"), (b'{"text": "one article"}', "not a list of documents"),
    (json.dumps({"documents": SEED_DOCS, "link_threshold": "high"}).encode(), "link_threshold must be a number"),
    (json.dumps({"documents": SEED_DOCS, "fail_on": "sometimes"}).encode(), "fail_on='sometimes' is not one of"),
    (json.dumps({"documents": SEED_DOCS, "path": "/etc/passwd"}).encode(), "'path' that is not an option"),
    (json.dumps({"documents": SEED_DOCS, "format": "pdf"}).encode(), "format must be one of"),
    (json.dumps({"documents": SEED_DOCS, "model": "other/model"}).encode(), "model is chosen when the service starts"),
])
def test_bad_requests_get_422_and_one_line(fast_client, body, words):
    answer = fast_client.post("/check", content=body)
    assert answer.status_code == 422
    detail = answer.json()["detail"]
    assert words in detail and "\n" not in detail and "Traceback" not in detail


def test_an_accept_header_naming_no_format_is_406(fast_client):
    answer = fast_client.post("/align", json=SEED_DOCS, headers={"accept": "text/csv"})  # align writes no CSV
    assert answer.status_code == 406 and "align writes" in answer.json()["detail"]


# ---- safe by default -----------------------------------------------------------------------------------------------

def test_a_body_over_the_per_document_limit_is_413_before_it_is_read(monkeypatch, tmp_path):
    monkeypatch.setenv("CONSISTENCY_MAX_BYTES", "4KB")  # the limit the loaders use for every file
    client = TestClient(create_app(Service(FAST)))
    big = [{"text": "The council met on Monday. " * 200}, SEED_DOCS[1]]  # 5.4 KB of article text
    answer = client.post("/check", json=big)
    assert answer.status_code == 413
    assert "over this service's limit of 4,096 bytes" in answer.json()["detail"]
    assert "operator sets the limit with CONSISTENCY_MAX_BYTES" in answer.json()["detail"]  # not the client's to set
    chunked = client.post("/check", content=iter([json.dumps(big).encode()[:3000], json.dumps(big).encode()[3000:]]))
    assert chunked.status_code == 413  # no Content-Length: refused while reading
    assert cli("check", str(story_file(tmp_path, big)), "--quiet").returncode == 2  # the command line refuses it too
    monkeypatch.setenv("CONSISTENCY_MAX_BYTES", "10MB")


def test_paths_in_a_request_are_labels_never_opened(fast_client, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("the launch code is swordfish", encoding="utf-8")
    documents = [{"text": "The council met on Monday to vote.", "path": str(secret)},
                 {"text": "The council voted on Monday.", "source": str(secret)}]
    answer = fast_client.post("/align", json={"documents": documents, "name": str(secret), "use_facets": False})
    assert answer.status_code == 200
    assert b"swordfish" not in answer.content
    assert {d["path"] for d in json.loads(answer.content)["documents"]} == {str(secret)}  # shown, as a label


def test_the_token_is_asked_of_every_request_that_reads_articles(monkeypatch):
    client = TestClient(create_app(Service(FAST), token="tok-123"))
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": "Basic tok-123"}):
        answer = client.post("/check", json=SEED_DOCS, headers=headers)
        assert answer.status_code == 401 and answer.headers["www-authenticate"] == "Bearer"
        assert client.post("/report", data={"text": ["a", "b"]}, headers=headers).status_code == 401
        assert client.get("/version", headers=headers).status_code == 401
    assert client.post("/check", content=b"[]", headers={"Authorization": "Bearer tok-123"}).status_code == 422
    assert client.get("/version", headers={"Authorization": "bearer tok-123"}).json()["schema"] == "consistency-report/1"
    assert client.get("/health").json() == {"status": "ok"}  # no article in or out: open
    assert 'name="token"' in client.get("/").text  # the page asks for it


def test_serve_binds_to_this_machine_by_default_and_warns_otherwise():
    from consistency.cli.serve import DEFAULT_HOST, _loopback

    assert DEFAULT_HOST == "127.0.0.1" and _loopback(DEFAULT_HOST) and _loopback("::1")
    assert not _loopback("0.0.0.0")
    help_text = cli("serve", "--help").stdout.decode()
    assert "127.0.0.1" in help_text and "8750" in help_text and "CONSISTENCY_TOKEN" in help_text


def test_the_api_page_and_the_form_load_nothing_from_elsewhere(fast_client):
    import re

    for path in ("/docs", "/"):
        answer = fast_client.get(path)
        assert answer.status_code == 200
        assert "default-src 'none'" in answer.headers["content-security-policy"]
        assert "<script" not in answer.text
        assert not re.search(r"""(src|href|action)=["']?(https?:)?//""", answer.text)
    assert "/check" in fast_client.get("/docs").text and "documents" in fast_client.get("/docs").text
    spec = fast_client.get("/openapi.json").json()
    assert {"/check", "/align", "/health", "/version", "/report"} <= set(spec["paths"])
    assert fast_client.get("/redoc").status_code == 404  # FastAPI's CDN pages are off


# ---- the page's form -------------------------------------------------------------------------------------------------

@pytest.mark.e2e
def test_uploading_two_articles_gives_the_command_lines_html_report(real_client):
    files = [("files", (path.name, path.read_bytes(), "text/plain")) for path in (SEED_A, SEED_B)]
    answer = real_client.post("/report", files=files, data={"text": ["", "", ""]})
    assert answer.status_code == 200 and answer.headers["x-consistency-exit-code"] == "1"
    expected = cli("check", SEED_A.name, SEED_B.name, "-f", "html", cwd=SEED_A.parent).stdout
    assert answer.content == expected


@pytest.mark.e2e
def test_pasted_articles_are_checked_with_their_sources_and_dates_and_shown_escaped(real_client):
    first, second = SEED_DOCS
    answer = real_client.post("/report", files=[("files", ("", b"", "application/octet-stream"))], data={
        "source": ["Wire <script>alert(1)</script>", "Daily", ""],
        "published": [first["published"], second["published"], ""],
        "text": [first["text"], second["text"], ""]})
    assert answer.status_code == 200
    page = answer.text
    assert "<script>alert(1)</script>" not in page and "Wire &lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "Wednesday" in page and "Thursday" in page  # the seed's high finding: the day Pelosi called for resignation
    assert 'data-severity="high"' in page


@pytest.mark.e2e
def test_a_form_with_one_article_comes_back_with_the_message_and_the_text_kept(real_client):
    answer = real_client.post("/report", data={"source": ["Wire"], "published": ["2017-03-02"],
                                               "text": [SEED_DOCS[0]["text"]]})
    assert answer.status_code == 422
    assert "only 1 document to compare (give two or more articles about the same event)" in answer.text
    assert "Sessions" in answer.text and 'value="Wire"' in answer.text  # nothing the user typed is lost


EDIT = "\n\nThe mayor said on Friday that 3 people were still in hospital, according to Reuters."


@pytest.mark.e2e
def test_keeping_documents_facets_between_checks_changes_no_byte():
    """The service keeps the facets of the documents it saw (wire copy checked against draft after draft): every
    fixture story, checked again with those of all stories kept and with one document changed, gives the bytes of
    a check that keeps nothing."""
    from dataclasses import replace

    from consistency.core.settings import load_settings
    from consistency.load import load_documents
    from consistency.pipeline import check
    from consistency.report import render
    from consistency.serve.service import Memo

    settings, memo = load_settings(), Memo()
    stories = [sorted(str(p) for p in folder.glob("*.txt")) for folder in sorted(FIXTURES.iterdir()) if folder.is_dir()]
    stories = [s for s in stories if len(s) >= 2] + [[str(p) for p, _ in STORY]]
    for draft in (False, True):
        for paths in stories:
            documents, warnings = load_documents(paths)
            if draft:  # the last document edited: the others come from the memo, it is read afresh
                documents[-1] = replace(documents[-1], text=documents[-1].text + EDIT)
            assert render(check(documents, settings, warnings=warnings, memo=memo), "json") == render(
                check(documents, settings, warnings=warnings), "json")
    assert len(memo) > len(stories)  # it did keep them


def test_a_port_in_use_is_one_line_and_exit_2():
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        result = cli("serve", "--port", str(taken.getsockname()[1]), "--model", "test:hash")
    lines = result.stderr.decode().strip().splitlines()
    assert result.returncode == 2 and len(lines) == 1 and lines[0].startswith("error: cannot listen on 127.0.0.1:")


# ---- pre-publish mode: a draft against the wire copy --------------------------------------------------------------

@pytest.mark.e2e
def test_a_draft_against_wire_copy_keeps_only_where_the_draft_diverges_as_the_command_line_does(real_client, tmp_path):
    """`"draft": 1` is `check DRAFT --against WIRE`: the same findings (documents given the CLI's ids), exit code 1."""
    wire, draft = (dict(doc, id=path.stem) for doc, path in zip(SEED_DOCS, (SEED_A, SEED_B)))
    answer = real_client.post("/check", json={"documents": [wire, draft], "draft": 1})
    assert answer.status_code == 200 and answer.headers["x-consistency-exit-code"] == "1"
    done = cli("check", str(SEED_B), "--against", str(SEED_A), "-f", "json")
    assert done.returncode == 1
    expected, got = json.loads(done.stdout)["findings"], answer.json()["findings"]
    assert got == expected and got
    # every finding compares the draft with the wire copy, or says what the draft leaves out or adds
    assert all(draft["id"] in (f["a"]["doc"], (f.get("b") or {}).get("doc")) or draft["id"] in f["explanation"] for f in got)
    # without "draft" the same two articles are two sources of equal standing: nothing is told as the draft's
    everything = real_client.post("/check", json={"documents": [wire, draft]}).json()["findings"]
    assert any("the draft" in f["explanation"] for f in got)
    assert not any("the draft" in f["explanation"] for f in everything)


def test_a_draft_that_is_not_one_of_the_documents_is_422_and_align_has_no_draft(fast_client):
    documents = [{"text": "The fire began on Monday."}, {"text": "The fire began on Tuesday."}]
    for bad in (2, -1, "0", True):
        answer = fast_client.post("/check", json={"documents": documents, "draft": bad})
        assert answer.status_code == 422 and "draft must be the index of one of the 2 documents" in answer.json()["detail"]
    answer = fast_client.post("/align", json={"documents": documents, "draft": 0})
    assert answer.status_code == 422 and "draft is for /check only" in answer.json()["detail"]


def test_a_body_that_is_not_utf8_is_read_with_a_warning_naming_the_documents_as_the_request_does(fast_client):
    body = json.dumps({"name": "story.json", "documents": [{"text": "The caf\u00e9 burned on Monday."},
                                                            {"text": "The caf\u00e9 burned on Tuesday."}]}, ensure_ascii=False)
    answer = fast_client.post("/check", content=body.encode("latin-1"), headers={"Content-Type": "application/json"})
    assert answer.status_code == 200
    warnings = answer.json()["warnings"]
    assert any("story.json" in w for w in warnings) and not any("request.json" in w for w in warnings)


def test_serve_says_where_it_listens_so_port_0_is_usable():
    """`--port 0` takes any free port: the line on stderr is the only way to know which."""
    import re
    import urllib.request

    path = os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)
    process = subprocess.Popen([sys.executable, "-m", "consistency", "serve", "--port", "0", "--model", "test:hash"],
                               cwd=ROOT, env={**os.environ, "PYTHONPATH": path}, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True)
    try:
        for line in process.stderr:
            found = re.match(r"serving on (http://127\.0\.0\.1:(\d+)) ", line)
            if found:
                break
        else:
            raise AssertionError("serve never said where it listens")
        assert int(found.group(2)) > 0
        with urllib.request.urlopen(f"{found.group(1)}/health", timeout=10) as answer:
            assert json.load(answer) == {"status": "ok"}
    finally:
        process.terminate()
        process.wait(timeout=30)
        process.stderr.close()


def test_a_token_variable_set_but_empty_refuses_to_start_rather_than_serve_open():
    """A deployment whose secret went missing (`CONSISTENCY_TOKEN=${SECRET}`) must not end up serving without one."""
    path = os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)
    result = subprocess.run([sys.executable, "-m", "consistency", "serve", "--port", "0", "--model", "test:hash"],
                            cwd=ROOT, env={**os.environ, "PYTHONPATH": path, "CONSISTENCY_TOKEN": ""},
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    assert result.stderr.strip() == ("error: CONSISTENCY_TOKEN is set but is empty (give a token of some length, "
                                     "or leave it out to serve without one)")


def test_the_api_description_resolves_every_reference_and_shows_the_document_fields(fast_client):
    spec = fast_client.get("/openapi.json").json()
    text = json.dumps(spec)
    schemas = spec.get("components", {}).get("schemas", {})
    for ref in set(__import__("re").findall(r'"\$ref": "#/components/schemas/([^"]+)"', text)):
        assert ref in schemas, ref
    assert {"text", "sentences", "source", "published"} <= set(schemas["ArticleIn"]["properties"])
    page_text = fast_client.get("/docs").text
    assert "&quot;published&quot;" in page_text and "&quot;sentences&quot;" in page_text


@pytest.mark.e2e
def test_version_names_the_backend_that_runs_as_the_reports_do(real_client):
    version = real_client.get("/version").json()
    report = real_client.post("/check", json=SEED_DOCS).json()
    assert version["backend"] == report["settings"]["backend"] != "auto"


def test_a_setting_fixed_at_start_says_what_can_be_done_about_it(fast_client):
    documents = [{"text": "The fire began on Monday."}, {"text": "The fire began on Tuesday."}]
    model = fast_client.post("/check", json={"documents": documents, "model": "other-model"}).json()["detail"]
    assert "consistency serve --model" in model
    size = fast_client.post("/check", json={"documents": documents, "batch_size": 8}).json()["detail"]
    assert "batch_size is chosen when the service starts" in size and "--batch" not in size  # no such option exists


def test_a_form_sent_with_nothing_in_it_says_so(fast_client):
    answer = fast_client.post("/report", data={"source": ["", ""], "published": ["", ""], "text": ["", "  "]})
    assert answer.status_code == 422 and "no article was pasted or uploaded" in answer.text


def test_a_wrong_path_or_method_gets_the_services_error_shape(fast_client):
    """A client reads `detail` and `code` from every refusal, routing ones included."""
    wrong_method = fast_client.get("/check")
    assert wrong_method.status_code == 405 and wrong_method.headers["allow"] == "POST"
    assert wrong_method.json() == {"detail": "GET is not taken at /check; it takes POST", "code": "E013"}
    missing = fast_client.get("/reports/latest")
    assert missing.status_code == 404 and missing.json() == {"detail": "no /reports/latest here", "code": "E013"}
    assert missing.headers["x-content-type-options"] == "nosniff"
