"""Bad input and hostile text through the command line: refusals are one line and exit 2; usable input gives the right result.

The cases of the bad-input matrix that tests/test_cli_input.py and tests/test_load.py already cover
(empty, whitespace only, a fake PNG, malformed JSON, a numbered bad JSONL line, one document, a folder
with no article, invalid UTF-8 and UTF-16 at load level) are not repeated here. Usable input runs on the
fast hash embedder (`CONSISTENCY_MODEL=test:hash`) through `align --no-facets -f json`.
"""

from __future__ import annotations

import json
import os
import threading
import tracemalloc
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from consistency.cli import app
from consistency.core.errors import (
    BinaryInputError,
    EmptyInputError,
    InputError,
    MalformedInputError,
    TooLargeInputError,
    UnreadableInputError,
)
from consistency.load import DEFAULT_MAX_BYTES, load_bytes, load_documents, load_file, max_bytes
from consistency.pipeline import check
from consistency.segment import MAX_SEGMENT_CHARS, segment

from .conftest import FIXTURES, SEED_A, SEED_B

runner = CliRunner()

ENGLISH = ("The council voted on Monday to close the old bridge for repairs, officials said. "
           "It will reopen in May after an inspection by the city.\n\n"
           "Residents said they had waited years for the work. The mayor called it a good day for the town.")
TWIN = ("The council voted on Monday to close the old bridge for repairs, a spokesman said. "
        "Engineers found cracks in two of its pillars last week.")
SPANISH = ("El consejo municipal votó el lunes para cerrar el viejo puente por reparaciones, dijeron los "
           "funcionarios. Volverá a abrir en mayo después de una inspección de la ciudad. Los vecinos dijeron "
           "que habían esperado años por la obra. El alcalde lo llamó un buen día para el pueblo, y agregó que "
           "los trabajos costarán más de dos millones de euros y durarán por lo menos cuatro meses.")


@pytest.fixture
def fast(monkeypatch):
    """CLI settings for the hash embedder: no model, no spaCy."""
    monkeypatch.setenv("CONSISTENCY_MODEL", "test:hash")
    monkeypatch.setenv("CONSISTENCY_USE_FACETS", "false")
    monkeypatch.delenv("CONSISTENCY_MAX_BYTES", raising=False)


def _run(*args: str):
    return runner.invoke(app, [str(a) for a in args])


def _refused(result, *words: str) -> str:
    """Exit 2, one line on stderr starting `error: `, no traceback, naming each of `words`."""
    assert result.exit_code == 2, (result.exit_code, result.output)
    message = result.stderr.strip()
    assert "Traceback" not in result.output and "Traceback" not in message
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert message.count("\n") == 0, message
    assert message.startswith("error: "), message
    assert "(" in message and message.endswith(")"), f"no hint on what to do: {message}"
    for word in words:
        assert str(word) in message, (word, message)
    return message


def _align_json(*args) -> tuple[dict, str]:
    result = _run("align", "--no-facets", "-f", "json", *args)
    assert result.exit_code == 0, (result.output, result.exception)
    return json.loads(result.stdout), result.stderr


# ---------------------------------------------------------------------------------------------
# Unusable input: exit 2, one line naming the file and the fix
# ---------------------------------------------------------------------------------------------


def test_a_real_image_with_its_own_suffix(write, fast):
    jpeg = write("photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + bytes(range(256)) * 8)
    _refused(_run("align", jpeg, SEED_A), jpeg, "binary", "UTF-8")


def test_high_bytes_without_a_nul_are_not_text(write, fast):
    noise = write("noise.txt", bytes(range(128, 256)) * 40)
    message = _refused(_run("align", noise, SEED_A), noise, "not UTF-8 text")
    assert "save the article as UTF-8" in message


@pytest.mark.parametrize("content, words", [
    ("[" * 100_000, ["nested too deeply"]),
    ('{"text": "A story.", "id": ' + "7" * 5000 + "}", ["not valid JSON"]),
    ('{"text": 42}', ["no string field 'text'"]),
    ('[]', ["empty list"]),
    ('"just a string"', ["not a JSON object"]),
])
def test_json_that_parses_badly_or_holds_no_document(write, fast, content, words):
    path = write("story.json", content)
    _refused(_run("align", path, SEED_A), path, *words)


def test_jsonl_bad_line_skipped_with_skip_bad_and_reported(write, fast):
    lines = [json.dumps({"id": "a", "text": ENGLISH}), '{"id": "b", "text": ', json.dumps({"id": "c", "text": TWIN}),
             json.dumps(["not", "an", "object"])]
    path = write("wire.jsonl", "\n".join(lines) + "\n")
    _refused(_run("align", "--no-facets", path), path, "line 2", "--skip-bad")
    report, stderr = _align_json("--skip-bad", path)
    assert [d["id"] for d in report["documents"]] == ["a", "c"]
    skipped = [w for w in report["warnings"] if w.startswith("skipped:")]
    assert len(skipped) == 2 and "line 2" in skipped[0] and "line 4" in skipped[1], skipped
    assert "warning: skipped:" in stderr and "line 4 is not a JSON object" in stderr


def test_jsonl_where_every_line_is_bad_says_how_many_were_skipped(write, fast):
    path = write("wire.jsonl", '{"text": \n[1]\n')
    _refused(_run("align", "--skip-bad", path, SEED_A), path, "holds no documents (2 bad lines skipped)")


def test_the_same_file_twice_is_one_document(write, fast):
    a = write("a.txt", ENGLISH)
    result = _run("align", a, a)
    _refused(result, a, "only 1 document to compare, as a file given more than once counts once")
    docs, warnings = load_documents([a, a, write("b.txt", TWIN)], published=["2024-05-06"])  # dated: no warning of that
    assert len(docs) == 2 and warnings == [f"{a}: given more than once; read once"]


def test_a_folder_named_like_an_article(tmp_path, fast):
    folder = tmp_path / "x.txt"
    folder.mkdir()
    _refused(_run("align", folder, SEED_A), folder, "folder with no supported file")


def test_hidden_folders_are_not_searched(tmp_path, fast):
    (tmp_path / ".venv" / "lib").mkdir(parents=True)
    (tmp_path / ".venv" / "lib" / "LICENSE.txt").write_text(ENGLISH)
    (tmp_path / ".hidden.txt").write_text(ENGLISH)
    _refused(_run("align", tmp_path, SEED_A), tmp_path, "folder with no supported file")


def test_a_file_deleted_between_listing_and_reading(write, fast, monkeypatch):
    import consistency.load.files as load

    a, b = write("a.txt", ENGLISH), write("b.txt", TWIN)
    real = load.load_file

    def delete_b_first(path, *args, **kwargs):  # another process removes b.txt while a.txt is read
        b.unlink(missing_ok=True)
        return real(path, *args, **kwargs)

    monkeypatch.setattr(load, "load_file", delete_b_first)
    message = _refused(_run("align", a, b), b, "disappeared before it could be read")
    assert "nothing moves or deletes it" in message


def test_a_file_that_cannot_be_opened(write, fast, monkeypatch):
    import builtins

    a, b = write("a.txt", ENGLISH), write("b.txt", TWIN)
    real_open = builtins.open

    def no_permission(file, *args, **kwargs):  # tests run as root, where chmod 000 still reads
        if Path(str(file)) == b:
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", no_permission)
    _refused(_run("align", a, b), b, "cannot be read (Permission denied)")


def test_load_file_on_a_folder_is_named(tmp_path):
    with pytest.raises(UnreadableInputError, match="is a folder, not a file"):
        load_file(tmp_path)


def test_a_50_mb_file_is_refused_before_it_is_read(tmp_path, fast):
    big = tmp_path / "huge.txt"
    with open(big, "wb") as handle:  # sparse: 50 MB on paper, nothing on disk
        handle.truncate(50 * 1024 * 1024)
    tracemalloc.start()
    try:
        with pytest.raises(TooLargeInputError):
            load_file(big)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 1024 * 1024, f"{peak} bytes held to refuse a 50 MB file"
    message = _refused(_run("align", big, SEED_A), big, "50.0 MB", "10.0 MB limit", "CONSISTENCY_MAX_BYTES=50MB or more")
    assert message.endswith("the whole text is held in memory)")


def test_the_size_limit_is_raised_with_the_environment(write, fast, monkeypatch):
    a, b = write("a.txt", ENGLISH * 10), write("b.txt", TWIN)
    monkeypatch.setenv("CONSISTENCY_MAX_BYTES", "1000")
    _refused(_run("align", a, b), a, "1,000 bytes limit", "CONSISTENCY_MAX_BYTES=1MB")
    monkeypatch.setenv("CONSISTENCY_MAX_BYTES", "1MB")
    report, _ = _align_json(a, b)
    assert len(report["documents"]) == 2
    monkeypatch.setenv("CONSISTENCY_MAX_BYTES", "lots")
    _refused(_run("align", a, b), "CONSISTENCY_MAX_BYTES='lots' is not a size")


def test_max_bytes_parses_sizes(monkeypatch):
    monkeypatch.delenv("CONSISTENCY_MAX_BYTES", raising=False)
    assert max_bytes() == DEFAULT_MAX_BYTES == 10 * 1024 * 1024
    assert (max_bytes("50MB"), max_bytes("2k"), max_bytes(" 1.5 mb "), max_bytes(123)) == (
        50 * 1024**2, 2048, int(1.5 * 1024**2), 123)
    for bad in ("0", "-1", "ten", "5 TB"):
        with pytest.raises(InputError):
            max_bytes(bad)


def test_a_stream_longer_than_the_limit_is_cut_off_not_read_whole(tmp_path, fast, monkeypatch):
    fifo = tmp_path / "stream.txt"
    os.mkfifo(fifo)
    monkeypatch.setenv("CONSISTENCY_MAX_BYTES", "4096")
    wrote = []

    def writer():
        try:
            with open(fifo, "wb") as handle:
                for _ in range(64):
                    handle.write(b"The council met on Monday. " * 40)
                    wrote.append(1)
        except BrokenPipeError:  # the reader stopped at the limit, as it should
            pass

    thread = threading.Thread(target=writer, daemon=True)
    thread.start()
    _refused(_run("align", fifo, SEED_A), fifo, "more than the 4,096 bytes limit")
    thread.join(timeout=10)
    assert len(wrote) < 64


def test_a_stream_such_as_process_substitution_is_read(tmp_path, fast):
    fifo = tmp_path / "piped"
    os.mkfifo(fifo)
    threading.Thread(target=lambda: fifo.write_text(TWIN), daemon=True).start()
    report, _ = _align_json(fifo, write_to(tmp_path / "a.txt", ENGLISH))
    assert sorted(d["id"] for d in report["documents"]) == ["a", "piped"]


def write_to(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_a_file_name_with_a_newline_stays_one_line(tmp_path, fast):
    odd = write_to(tmp_path / "bad\nname.txt", "")
    message = _refused(_run("align", odd, SEED_A), "bad\\nname.txt", "empty")
    assert "\n" not in message


@pytest.mark.parametrize("content", ["!!! ... ???", "\u200b\u200b\u200b", "— • —"])
def test_text_without_a_single_word_is_refused(write, fast, content):
    path = write("symbols.txt", content)
    _refused(_run("align", path, SEED_A), path, "no words")


# ---------------------------------------------------------------------------------------------
# Usable input: the right result
# ---------------------------------------------------------------------------------------------


def test_invalid_utf8_is_read_with_replacement_and_a_warning(write, fast):
    bad = write("bad.txt", ENGLISH.replace("voted", "vot\xe9d").encode("utf-8").replace(b"\xc3\xa9", b"\xe9", 1)
                + b" Caf\xe9 \xff.")
    report, stderr = _align_json(bad, write("b.txt", TWIN))
    text = next(d["text"] for d in report["documents"] if d["id"] == "bad")
    assert "vot\ufffdd" in text and "Caf\ufffd \ufffd." in text
    offset = ENGLISH.index("voted") + 3
    expected = f"{bad}: invalid UTF-8 at byte {offset} and 2 more places; undecodable bytes were replaced with U+FFFD"
    assert f"warning: {expected}" in stderr
    assert expected in report["warnings"]


@pytest.mark.parametrize("encoding, bom", [("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff"), ("utf-8", b"\xef\xbb\xbf")])
def test_a_byte_order_mark_and_windows_line_endings_read_as_the_plain_text(write, fast, encoding, bom):
    crlf = " date 2021-02-03 " + ENGLISH.replace("\n", "\r\n")
    encoded = write("encoded.txt", bom + crlf.encode(encoding))
    plain = write("plain.txt", " date 2021-02-03 " + ENGLISH)
    report, stderr = _align_json(encoded, plain)
    docs = {d["id"]: d for d in report["documents"]}
    assert docs["encoded"]["text"] == docs["plain"]["text"] == ENGLISH
    assert docs["encoded"]["published"] == "2021-02-03"
    assert "warning" not in stderr
    _assert_identical_alignment(report, "encoded", "plain")


def test_windows_line_endings_in_json_text(write):
    (doc,), _ = load_file(write("a.json", json.dumps({"text": ENGLISH.replace("\n", "\r\n")})))
    assert doc.text == ENGLISH
    assert [s.text for s in segment(doc)][:2] == [
        "The council voted on Monday to close the old bridge for repairs, officials said.",
        "It will reopen in May after an inspection by the city."]


def _assert_identical_alignment(report: dict, a: str, b: str) -> None:
    """Every body sentence of `a` is in a two-member statement with the same sentence of `b`, score 1."""
    texts = {(s["doc"], s["index"]): s["text"] for s in report["sentences"]}
    for statement in report["statements"]:
        members = statement["members"]
        assert len(members) == 2, statement
        (da, ia), (db, ib) = sorted((m["doc"], m["index"]) for m in members)
        assert (da, db) == tuple(sorted((a, b))) and ia == ib
        assert texts[(da, ia)] == texts[(db, ib)]
        assert statement["score"] == pytest.approx(1.0, abs=1e-3)


def test_identical_text_under_two_paths_aligns_as_identical(write, fast):
    a, b = write("one/story.txt", ENGLISH), write("two/copy.txt", ENGLISH)
    report, stderr = _align_json(a, b)
    assert "given more than once" not in stderr
    assert len(report["statements"]) == 4
    _assert_identical_alignment(report, "copy", "story")


def test_identical_text_under_two_paths_through_the_library(write, fast_settings):
    docs, warnings = load_documents([write("x/a.txt", ENGLISH), write("y/a.txt", ENGLISH)], published=["2024-05-06"])
    report = check(docs, fast_settings, with_findings=False)
    assert [d.id for d in report.documents] == ["x/a", "y/a"] and warnings == []
    assert all(len(s.members) == 2 and s.members[0].index == s.members[1].index for s in report.statements)


def test_a_20000_character_sentence_without_punctuation_is_split_visibly(write, fast):
    words = " ".join(f"word{i % 997}" for i in range(2600))[:20_000].strip()
    run = f"{words} and that ended the list."
    long = write("long.txt", f"The storm closed the port on Monday. {run} Ships waited.")
    report, stderr = _align_json(long, write("b.txt", "The storm closed the port on Monday. Ships waited offshore."))
    start = len("The storm closed the port on Monday. ")
    end = start + len(run)
    split = [w for w in report["warnings"] if "without a sentence end" in w]
    pieces = [s for s in report["sentences"] if s["doc"] == "long" and start <= s["start"] and s["end"] <= end]
    assert split == [f"{long}: characters {start}-{end} go on for more than 5,000 characters without a sentence"
                     f" end; split at spaces into {len(pieces)} sentences of at most 5,000 characters, which may cut"
                     " a sentence in two"], report["warnings"]
    assert len(pieces) == 5 and all(len(s["text"]) <= MAX_SEGMENT_CHARS for s in pieces)
    assert " ".join(p["text"] for p in pieces) == run  # nothing lost, each cut at a space
    assert all(s["truncated"] for s in pieces[:4])  # longer than the embedder reads, and marked so
    assert "without a sentence end" in stderr
    text = _run("align", "--no-facets", long, write("c.txt", "Ships waited.")).stdout
    assert "without a sentence end" in text and "embedded from its start only" in text


def test_a_long_paragraph_with_sentences_is_cut_at_sentence_ends_only(write):
    sentence = "The council met again on Monday and voted to keep the old bridge closed for repairs. "
    (doc,), warnings = load_file(write("a.txt", " date 2024-05-06 " + sentence * 300))
    assert warnings == [] and doc.warnings == ()
    assert {s.text for s in segment(doc)} == {sentence.strip()}


def test_a_non_english_article_is_a_warning_not_a_crash(write, fast):
    spanish = write("es.txt", SPANISH)
    report, stderr = _align_json(spanish, write("en.txt", ENGLISH))
    assert len(report["documents"]) == 2
    warning = f"{spanish}: does not look like English"
    assert f"warning: {warning}" in stderr and any(w.startswith(warning) for w in report["warnings"])
    assert "en.txt: does not look like English" not in stderr


@pytest.mark.parametrize("text", [
    "北京市政府周一宣布，将关闭旧桥进行维修。官员说，检查结束后，这座桥将于五月重新开放。居民们说他们等待这项工程已经很多年了。",
    "Der Stadtrat hat am Montag beschlossen, die alte Brücke wegen Reparaturen zu schließen, sagten Beamte. "
    "Sie soll nach einer Prüfung durch die Stadt im Mai wieder öffnen. Anwohner sagten, sie hätten jahrelang "
    "auf die Arbeiten gewartet, und der Bürgermeister sprach von einem guten Tag für die Stadt.",
])
def test_other_languages_and_scripts_are_flagged(write, text):
    (doc,), _ = load_file(write("other.txt", text))
    assert any("does not look like English" in w for w in doc.warnings)


def test_no_english_fixture_is_flagged_as_another_language():
    paths = [p for p in FIXTURES.rglob("*") if p.suffix in (".txt", ".md", ".json", ".html") and p.name != "gold.json"]
    assert len(paths) >= 30
    for path in paths:
        for doc in load_file(path)[0]:
            assert not [w for w in doc.warnings if "English" in w], (path, doc.warnings)


def test_short_texts_are_not_judged_for_language(write):
    (doc,), _ = load_file(write("short.txt", " date 2024-05-06 Gol de Messi."))
    assert doc.warnings == ()


@pytest.mark.parametrize("value", ["0170-03-02", "20170-03-02", "9999-01-01", "2017-13-40", "yesterday", "2017-03-021"])
def test_an_implausible_publication_date_is_a_warning_and_none(write, value):
    (doc,), _ = load_file(write("a.json", json.dumps({"text": ENGLISH, "published": value})))
    assert doc.published is None
    assert any("is not YYYY-MM-DD" in w for w in doc.warnings)


def test_a_publication_date_with_a_time_is_read():
    (doc,), _ = load_bytes(json.dumps({"text": ENGLISH, "published": "2017-03-02T09:00:00Z"}).encode(), "a.json")
    assert doc.published == date(2017, 3, 2)


# ---------------------------------------------------------------------------------------------
# Hostile text: found by fuzzing, or plainly nasty
# ---------------------------------------------------------------------------------------------


def test_lone_surrogates_in_json_are_replaced_with_a_warning(write, fast):
    body = json.dumps(ENGLISH)[1:-1]
    path = write("s.json", '[{"id": "a\\ud800", "title": "T\\udc00", "text": "Broken \\ud83d pair. ' + body + '"},'
                           ' {"id": "b", "text": "Whole \\ud83d\\ude00 pair. ' + body + '"}]')
    docs, warnings = load_file(path)
    assert docs[0].text.startswith("Broken \ufffd pair.") and docs[0].id == "a\ufffd" and docs[0].title == "T\ufffd"
    assert docs[1].text.startswith("Whole \U0001F600 pair.")
    assert any("surrogates" in w for w in docs[0].warnings) and not docs[1].warnings
    report, _ = _align_json(path)
    assert report["documents"][0]["text"].startswith("Broken \ufffd pair.")


def test_fields_that_are_not_text_are_left_out_with_a_warning(write):
    (doc,), _ = load_file(write("a.json", json.dumps(
        {"id": 7, "source": {"name": "Wire"}, "title": ["T"], "url": True, "text": ENGLISH})))
    assert (doc.id, doc.source, doc.title, doc.url) == ("7", "7", None, None)
    assert sum("is not text; left out" in w for w in doc.warnings) == 3


def test_control_and_bidi_characters_keep_offsets(write):
    text = "The \u202emayor\u202c said\x0b on\x0c Monday\x1c it\u2028 was \u00a0over. \u200bNext\u2029 one."
    (doc,), _ = load_file(write("a.txt", text))
    sentences = segment(doc)
    assert sentences and all(doc.text[s.start:s.end] == s.text for s in sentences)


def test_many_wrapped_lines_keep_offsets(write):
    # 20,000 wrapped lines once took quadratic time; the speed itself is for benchmarks, not tests.
    (doc,), _ = load_file(write("a.txt", "and so it went on\n" * 20_000))
    sentences = segment(doc)
    assert sentences and all(doc.text[s.start:s.end] == s.text for s in sentences)


def test_library_errors_are_input_errors_for_every_refusal(write):
    for content, error in ((b"", EmptyInputError), (b"\x00\x01", BinaryInputError), (b"{", MalformedInputError)):
        with pytest.raises(error):
            load_bytes(content, "x.json")


def test_the_seed_articles_load_without_warnings():
    docs, warnings = load_documents([SEED_A, SEED_B])
    assert warnings == [] and all(d.warnings == () for d in docs)



REGRESSIONS = sorted((Path(__file__).parent / "fuzz" / "regressions").glob("*.bin"))


@pytest.mark.parametrize("path", REGRESSIONS, ids=lambda p: p.stem)
def test_fuzz_regressions_load_or_are_refused_cleanly(path):
    """Each input crashed or misbehaved before its fix (README, Development: fuzzing); the harness's checks now pass."""
    from .fuzz.fuzz_load import check_one

    check_one(path.read_bytes())


def test_there_are_fuzz_regressions():
    assert len(REGRESSIONS) >= 7


def test_binary_behind_a_utf16_byte_order_mark_is_refused(write, fast):
    fake = write("fake.txt", b"\xff\xfe" + "Start".encode("utf-16-le") + bytes(4096))  # then a block of zeros
    _refused(_run("align", fake, SEED_A), fake, "is not UTF-16-LE text")


def test_without_a_publication_date_absolute_dates_are_still_compared(write, fast):
    """Relative dates stay unresolved (tests/test_e2e_cli.py shows it on the real models); absolute ones disagree."""
    a = write("a.txt", "The mayor resigned on Wednesday, officials said. "
                       "The council will meet on January 10, 2017 to choose a successor.")
    b = write("b.txt", " date 2017-01-06 The mayor resigned on Thursday, officials said. "
                       "The council will meet on January 12, 2017 to choose a successor.")
    result = _run("check", a, b, "-f", "json", "--fail-on", "never")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["documents"][0]["published"] is None
    dates = [f for f in report["findings"] if f["facet"] == "date"]
    assert [(f["a"]["index"], f["b"]["index"]) for f in dates] == [(1, 1)], dates
    assert (dates[0]["a"]["value"], dates[0]["b"]["value"]) == ("2017-01-10", "2017-01-12")
