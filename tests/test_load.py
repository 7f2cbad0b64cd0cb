"""Loading articles from every supported format into documents."""

from __future__ import annotations

import json
from datetime import date

import pytest

from consistency.core.errors import BinaryInputError, EmptyInputError, InputError, MalformedInputError, TooFewDocumentsError
from consistency.load import load_documents, load_file

from .conftest import SEED, SEED_A


def test_txt_date_prefix_is_metadata_and_text_follows_on_the_same_line():
    (doc,), warnings = load_file(SEED_A)
    assert doc.published == date(2017, 3, 2)
    assert doc.text.startswith("WASHINGTON: US Attorney General")
    assert warnings == []


def test_txt_without_date_has_no_publication_date(write):
    (doc,), _ = load_file(write("a.txt", "Plain article text. Second sentence."))
    assert doc.published is None
    assert doc.text == "Plain article text. Second sentence."


def test_json_object_and_list_and_fields(write):
    one = write("one.json", json.dumps({"id": "x1", "source": "Wire", "published": "2020-05-01", "title": "T",
                                        "text": "Body one.", "url": "https://example.org/1"}))
    (doc,), _ = load_file(one)
    assert (doc.id, doc.source, doc.published, doc.title, doc.url) == ("x1", "Wire", date(2020, 5, 1), "T", "https://example.org/1")
    many = write("many.json", json.dumps([{"text": "First."}, {"text": "Second.", "source": "B"}]))
    docs, _ = load_file(many)
    assert [d.text for d in docs] == ["First.", "Second."]
    assert docs[1].source == "B"


def test_jsonl_one_document_a_line_and_bad_line_named(write):
    good = write("s.jsonl", '{"id": "a", "text": "One."}\n\n{"id": "b", "text": "Two."}\n')
    docs, _ = load_file(good)
    assert [d.id for d in docs] == ["a", "b"]
    bad = write("bad.jsonl", '{"id": "a", "text": "One."}\n{"id": "b", "text": \n{"id": "c", "text": "Three."}\n')
    with pytest.raises(MalformedInputError, match="line 2"):
        load_file(bad)
    docs, warnings = load_file(bad, skip_bad=True)
    assert [d.id for d in docs] == ["a", "c"]
    assert any("line 2" in w for w in warnings)


def test_markdown_front_matter(write):
    path = write("m.md", "---\ntitle: Storm\ndate: 2021-02-03\nsource: Daily\n---\nThe storm hit on Monday.\n")
    (doc,), _ = load_file(path)
    assert doc.published == date(2021, 2, 3)
    assert doc.source == "Daily"
    assert doc.text.strip() == "The storm hit on Monday."


def test_html_main_text_and_published_meta(write):
    html = """<html><head><title>Fire at plant</title>
    <meta property="article:published_time" content="2022-07-14T09:00:00Z"></head>
    <body><nav>Home | World | Sport</nav><article><h1>Fire at plant</h1>
    <p>A fire broke out at the chemical plant on Wednesday, officials said. Twelve workers were hurt.</p>
    <p>The company said production would resume next week after an inspection by the city.</p>
    </article><footer>Copyright</footer></body></html>"""
    (doc,), _ = load_file(write("p.html", html))
    assert doc.published == date(2022, 7, 14)
    assert "A fire broke out at the chemical plant" in doc.text
    assert "Home | World" not in doc.text


def test_folder_loads_supported_files_in_fixed_order_and_skips_gold():
    docs, _ = load_documents([SEED])
    assert [d.id for d in docs] == ["000_d87adb77edba6fd7", "002_06dffba5690dd31a"]


def test_sources_named_on_the_command_line(write):
    a, b = write("a.txt", "One."), write("b.txt", "Two.")
    docs, _ = load_documents([a, b], sources=["Reuters", "AP"])
    assert {d.id: d.source for d in docs} == {"a": "Reuters", "b": "AP"}
    docs, _ = load_documents([a, b], sources=[f"{b}=Post"])
    assert {d.id: d.source for d in docs} == {"a": "a", "b": "Post"}


def test_same_path_twice_is_read_once_with_a_warning(write):
    a, b = write("a.txt", "One."), write("b.txt", "Two.")
    docs, warnings = load_documents([a, a, b])
    assert len(docs) == 2
    assert any("more than once" in w for w in warnings)


def test_same_file_name_in_two_folders_gets_distinct_ids(write):
    a, b = write("x/a.txt", "One."), write("y/a.txt", "Two.")
    docs, _ = load_documents([a, b])
    assert sorted(d.id for d in docs) == ["x/a", "y/a"]


@pytest.mark.parametrize("content", ["", "   \n\t\n"])
def test_empty_file_is_refused(write, content):
    with pytest.raises(EmptyInputError):
        load_file(write("e.txt", content))


def test_binary_file_is_refused(write):
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01" + bytes(range(256))
    with pytest.raises(BinaryInputError):
        load_file(write("img.txt", png))


def test_one_document_only_is_refused(write):
    with pytest.raises(TooFewDocumentsError):
        load_documents([write("a.txt", "Only one.")])


def test_invalid_utf8_is_replaced_with_a_warning_naming_the_offset(write):
    (doc,), warnings = load_file(write("bad.txt", b"Caf\xe9 opened on Monday."))
    assert doc.text == "Caf\ufffd opened on Monday."
    assert any("byte 3" in w for w in warnings)


def test_utf16_with_bom_and_windows_line_endings(write):
    text = " date 2020-01-02 First line.\r\n\r\nSecond paragraph."
    (doc,), _ = load_file(write("u.txt", b"\xff\xfe" + text.encode("utf-16-le")))
    assert doc.published == date(2020, 1, 2)
    assert doc.text == "First line.\n\nSecond paragraph."


def test_missing_file_is_named():
    with pytest.raises(InputError, match="does not exist"):
        load_documents(["/nonexistent/article.txt", "/nonexistent/b.txt"])


@pytest.mark.parametrize("line, clock", [
    (" date 2023-05-14 18:45 The ferry left port.", "18:45"),
    (" date 2023-05-14T18:45:10+02:00\nThe ferry left port.", "18:45:10+02:00"),
    (" date 2023-05-14 6:45 PM EDT The ferry left port.", "18:45-04:00"),
    (" date 2023-05-14 18:45 UTC+5:30 The ferry left port.", "18:45+05:30"),
    (" date 2023-05-14 18:45Z The ferry left port.", "18:45+00:00"),
])
def test_txt_date_line_with_a_time_and_zone_keeps_date_and_time(write, line, clock):
    (doc,), warnings = load_file(write("a.txt", line))
    assert doc.published == date(2023, 5, 14)
    assert doc.published_time == clock
    assert doc.text == "The ferry left port."
    assert warnings == [] and doc.warnings == ()


def test_txt_date_line_with_an_ambiguous_zone_keeps_the_time_and_warns(write):
    (doc,), warnings = load_file(write("a.txt", " date 2023-05-14 11:05 AM IST Trains were halted."))
    assert (doc.published, doc.published_time) == (date(2023, 5, 14), "11:05")
    assert doc.text == "Trains were halted."
    assert any("'IST'" in w and "more than one zone" in w for w in doc.warnings)


@pytest.mark.parametrize("line, shown", [
    (" date 2023-05-14 26:10 Trains were halted.", "'26:10' is not a time of day"),
    (" date 2023-05-14 11.05 Trains were halted.", "'11.05' after the date"),
])
def test_txt_date_line_with_an_unreadable_time_keeps_the_date_and_warns(write, line, shown):
    (doc,), warnings = load_file(write("a.txt", line))
    assert doc.published == date(2023, 5, 14) and doc.published_time is None
    assert any(shown in w for w in doc.warnings)


def test_txt_date_line_with_the_month_in_words_is_read_with_a_warning(write):
    (doc,), _ = load_file(write("a.txt", " date May 14, 2023\nTrains were halted."))
    assert doc.published == date(2023, 5, 14)
    assert doc.text == "Trains were halted."
    assert any("'May 14, 2023' is read as 2023-05-14" in w for w in doc.warnings)


@pytest.mark.parametrize("line", ["14 May 2023", "Sunday, 14th May 2023", "Sun, 14 May 2023 09:30:00 +0000"])
def test_other_written_date_lines_name_the_same_day(write, line):
    (doc,), _ = load_file(write("a.txt", f" date {line}\nTrains were halted."))
    assert doc.published == date(2023, 5, 14)
    assert any(("its time is not read" in w) == (":" in line) for w in doc.warnings)


def test_a_numeric_date_line_that_reads_two_ways_is_not_guessed(write):
    (doc,), _ = load_file(write("a.txt", " date 05/06/2023\nTrains were halted."))
    assert doc.published is None
    assert doc.text == "Trains were halted."
    assert any("'05/06/2023' is not YYYY-MM-DD" in w for w in doc.warnings)


def test_json_published_with_the_month_in_words_is_read_with_a_warning(write):
    path = write("a.json", json.dumps({"text": "Trains were halted.", "published": "Sept. 3, 2021"}))
    (doc,), _ = load_file(path)
    assert doc.published == date(2021, 9, 3)
    assert any("'Sept. 3, 2021' is read as 2021-09-03" in w for w in doc.warnings)


def test_a_date_line_without_a_time_has_no_publication_time(write):
    (doc,), _ = load_file(write("a.txt", " date 2023-05-14 18:45 The ferry left port."))
    (plain,), _ = load_file(write("b.txt", " date 2023-05-14 The ferry left port."))
    assert (doc.published_time, plain.published_time) == ("18:45", None)


@pytest.mark.parametrize("line", ["December 31, 9999", "Mon, 14 May 2023 09:30:00 +0000", "Sun, 99999999999999999999 May 2023 09:30:00"])
def test_a_written_date_line_out_of_range_or_on_the_wrong_weekday_is_a_warning_not_a_date(write, line):
    (doc,), _ = load_file(write("a.txt", f" date {line}\nTrains were halted."))
    assert doc.published is None and doc.text == "Trains were halted."
    assert any("is not YYYY-MM-DD" in w for w in doc.warnings)


def test_json_published_too_large_to_be_a_day_is_a_warning_not_a_crash(write):
    path = write("a.json", json.dumps({"text": "Trains were halted.", "published": "Sun, 99999999999999999999 May 2023"}))
    (doc,), _ = load_file(path)
    assert doc.published is None
    assert any("is not YYYY-MM-DD" in w for w in doc.warnings)
