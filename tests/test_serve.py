"""`consistency serve`: the same bytes as the command line, bad input answered with the CLI's one line, safe defaults.

Most tests talk to the app in this process (FastAPI's TestClient); the end-to-end ones run the real model, and one
group starts the real `consistency serve` process on a free port and talks to it over HTTP from four clients at once.
"""

from __future__ import annotations

import json
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
    return subprocess.run([sys.executable, "-m", "consistency", *args], cwd=cwd, capture_output=True, timeout=600)


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
