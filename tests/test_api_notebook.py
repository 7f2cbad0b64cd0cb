"""The notebook view (`Report._repr_html_`) in a real headless Chromium, embedded in a page as a notebook
embeds an output: the report's script runs inside its frame, hostile article text stays text, and neither
the report's style nor its script reaches the page around it. Skips without Chromium, as test_browser.py does."""

from __future__ import annotations

import pytest

import consistency

from .test_browser import _errors, _requests, driver  # noqa: F401  (the module's browser fixture)

pytestmark = pytest.mark.e2e

PAYLOAD = '<img src=x onerror="top.document.title=\'pwned\'"><script>top.document.title="pwned"</script>'


def test_the_notebook_view_works_and_stays_inside_its_frame(driver, tmp_path):  # noqa: F811
    from selenium.webdriver.common.by import By

    documents = [consistency.Document.from_text(f"Pelosi spoke on {day}. {PAYLOAD} She said so.", source=name,
                                                published="2017-03-02")
                 for day, name in (("Wednesday", "<b>Wire</b>"), ("Thursday", "Paper & Co"))]
    report = consistency.check(documents, model="test:hash", use_facets=False)
    notebook = tmp_path / "notebook.html"
    notebook.write_text("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>notebook</title></head>"
                        f"<body><div class=\"output\">{report._repr_html_()}</div><p id=\"after\">next cell</p>"
                        "</body></html>\n", encoding="utf-8")
    driver.get_log("browser")
    driver.get_log("performance")
    driver.get(notebook.as_uri())
    assert driver.title == "notebook"
    frames = driver.find_elements(By.TAG_NAME, "iframe")
    assert len(frames) == 1 and frames[0].size["height"] >= 400
    assert driver.execute_script("return getComputedStyle(document.documentElement).backgroundColor") == "rgba(0, 0, 0, 0)"
    assert driver.find_elements(By.TAG_NAME, "img") == [] and driver.find_elements(By.TAG_NAME, "script") == []
    driver.switch_to.frame(frames[0])
    try:
        assert driver.execute_script("return document.documentElement.classList.contains('js')")  # its script ran
        body = driver.find_element(By.TAG_NAME, "body").text
        assert "Consistency report" in body and "<script>top.document.title=" in body and "<b>Wire</b>" in body
        assert driver.find_elements(By.TAG_NAME, "img") == []
        assert len(driver.find_elements(By.TAG_NAME, "script")) == 1
        assert driver.execute_script("return performance.getEntriesByType('resource').length") == 0  # fetched nothing
    finally:
        driver.switch_to.default_content()
    assert driver.title == "notebook"
    assert _errors(driver.get_log("browser")) == []
    fetched = {u for u in _requests(driver.get_log("performance")) if not u.startswith(("chrome:", "about:", "data:"))}
    assert fetched == {notebook.as_uri()}  # the page itself and nothing else (the browser's own start page aside)
    assert driver.execute_script("return performance.getEntriesByType('resource').length") == 0
