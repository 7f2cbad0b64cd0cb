"""The HTML report in a real headless Chromium: no console error, no network request, the seed's flagged
findings highlighted, filters and statement links working, hostile text inert.

Needs Debian's `chromium` and `chromium-driver` (/usr/bin/chromium, /usr/bin/chromedriver) and Selenium;
never downloads a browser. Skips when they are missing, fails instead when the environment variable CI
is set. `CONSISTENCY_SCREENSHOT=1` also writes docs/seed-report.png.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

import pytest

from consistency.core.settings import Settings, load_settings
from consistency.load import load_documents
from consistency.pipeline import check
from consistency.report.html import render_html

from .conftest import ROOT, SEED, SEED_GOLD

pytestmark = pytest.mark.e2e

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync")
SCREENSHOT = ROOT / "docs" / "seed-report.png"


def _require_browser() -> None:
    missing = [str(p) for p in (CHROMIUM, CHROMEDRIVER) if not p.exists()]
    try:
        import selenium  # noqa: F401
    except ImportError:
        missing.append("the selenium package (pip install -e '.[test]')")
    if missing:
        reason = ("browser test needs " + ", ".join(missing)
                  + " (apt-get install -y chromium chromium-driver)")
        if os.environ.get("CI"):
            pytest.fail(reason + "; CI is set, so this is a failure, not a skip")
        pytest.skip(reason)


@pytest.fixture(scope="module")
def driver():
    _require_browser()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    os.environ.setdefault("SE_OFFLINE", "true")  # Selenium Manager must not look for a browser online
    profile = tempfile.mkdtemp(prefix="consistency-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={profile}")
    options.add_argument("--window-size=1440,1000")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    browser = webdriver.Chrome(options=options, service=Service(str(CHROMEDRIVER)))
    try:
        yield browser
    finally:
        browser.quit()
        shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(scope="module")
def seed_page(driver, tmp_path_factory):
    """The seed pair's report as a user makes it (`consistency check A B --format html -o report.html`),
    loaded from a file:// URL; the same report rebuilt in-process serves the assertions."""
    import subprocess
    import sys

    files = sorted(str(p.relative_to(ROOT)) for p in SEED.glob("*.txt"))  # paths as a user types them
    path = tmp_path_factory.mktemp("html") / "report.html"
    result = subprocess.run([sys.executable, "-m", "consistency", "check", *files, "--format", "html",
                             "-o", str(path), "--quiet"], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert result.returncode == 1, result.stderr  # the seed pair has a high finding
    here = os.getcwd()
    os.chdir(ROOT)
    try:
        documents, warnings = load_documents(files)
    finally:
        os.chdir(here)
    report = check(documents, load_settings(), warnings=warnings)
    assert path.read_text(encoding="utf-8") == render_html(report)
    driver.get_log("browser")  # drop whatever an earlier page logged
    driver.get_log("performance")
    driver.get(path.as_uri())
    return driver, path, report


def _requests(logs) -> list[str]:
    urls = []
    for entry in logs:
        message = json.loads(entry["message"])["message"]
        if message.get("method") == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls


def _errors(logs) -> list[dict]:
    return [e for e in logs if e.get("level") in ("SEVERE", "ERROR")]


def test_renders_without_console_errors_or_network_requests(seed_page):
    driver, path, _ = seed_page
    assert driver.execute_script("return document.readyState") == "complete"
    assert driver.execute_script("return document.documentElement.classList.contains('js')")  # the script ran
    assert _errors(driver.get_log("browser")) == []
    assert driver.execute_script("return performance.getEntriesByType('resource').length") == 0
    requests = _requests(driver.get_log("performance"))
    assert path.as_uri() in requests  # the log works: it saw the page itself ...
    assert set(requests) == {path.as_uri()}  # ... and nothing else


def _columns(driver) -> dict[str, object]:
    """Column element by file name, read from the column headers."""
    from selenium.webdriver.common.by import By

    out = {}
    for col in driver.find_elements(By.CSS_SELECTOR, "article.col"):
        shown_path = col.find_element(By.CSS_SELECTOR, ".colhead .path").text
        out[Path(shown_path).name] = col
    return out


def _sentence(col, snippet: str):
    from selenium.webdriver.common.by import By

    found = [s for s in col.find_elements(By.CSS_SELECTOR, ".s") if snippet in s.get_attribute("textContent")]
    assert len(found) == 1, f"snippet {snippet!r}: {len(found)} sentences"
    return found[0]


def _flag_items():
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    paths = {d["id"]: d["path"] for d in gold["documents"]}
    items = [i for i in gold["findings"] if i["expect"] == "flag"]
    assert items, "the seed gold has flag items"
    return items, paths


def test_seed_flag_findings_are_highlighted_on_their_words(seed_page):
    from selenium.webdriver.common.by import By

    driver, _, _ = seed_page
    items, paths = _flag_items()
    columns = _columns(driver)
    for item in items:
        side = {}
        for key in ("A", "B"):
            side[key] = _sentence(columns[Path(paths[key]).name], item[key]).get_attribute("id")
        notes = [n for n in driver.find_elements(By.CSS_SELECTOR, ".note[id^='f-']")
                 if n.get_attribute("data-facet") == item["facet"]
                 and n.get_attribute("data-severity") in ("medium", "high")
                 and {n.get_attribute("data-a"), n.get_attribute("data-b")} == set(side.values())]
        assert len(notes) == 1, f"{item['id']}: {len(notes)} notes"
        note = notes[0]
        assert note.is_displayed()
        number = note.get_attribute("id")[2:]
        explanation = note.text
        for key, sid in side.items():
            letter = "a" if note.get_attribute("data-a") == sid else "b"
            value = note.get_attribute(f"data-value-{letter}")
            if "values" in item:
                assert value == item["values"][key], item["id"]
            marks = driver.find_elements(By.CSS_SELECTOR, f"#{sid} mark[data-fs~='{number}']")
            assert marks and all(m.is_displayed() for m in marks), f"{item['id']}: no highlight in {sid}"
            words = "".join(m.text for m in marks).strip()
            # the marked words are the ones the explanation quotes ("Wednesday") or carry the value ("Justice Department")
            assert words and (words in explanation or value in words), (item["id"], words, explanation)
            assert f"f-{item['facet']}" in marks[0].get_attribute("class")
        # the summary entry links to the finding's place in the columns
        link = driver.find_element(By.CSS_SELECTOR, f"li[data-finding='{number}'] a")
        assert link.get_attribute("href").endswith(f"#f-{number}") and link.is_displayed()


def _visible(driver, selector: str) -> list[bool]:
    from selenium.webdriver.common.by import By

    return [e.is_displayed() for e in driver.find_elements(By.CSS_SELECTOR, selector)]


def _highlighted(driver, number: str) -> list[bool]:
    return driver.execute_script(
        "return Array.prototype.map.call(document.querySelectorAll(\"mark[data-fs='\" + arguments[0] + \"']\"),"
        " function (m) { return getComputedStyle(m).backgroundColor !== 'rgba(0, 0, 0, 0)'; });", number)


def test_filters_hide_and_show_findings(seed_page):
    from selenium.webdriver.common.by import By

    driver, _, _ = seed_page
    box = driver.find_element(By.CSS_SELECTOR, "input[data-filter='facet'][value='date']")
    date_item = driver.find_element(By.CSS_SELECTOR, "li[data-facet='date']").get_attribute("data-finding")
    assert all(_visible(driver, "li[data-facet='date']")) and all(_visible(driver, ".note[data-facet='date']"))
    assert _highlighted(driver, date_item) and all(_highlighted(driver, date_item))
    box.click()
    assert not any(_visible(driver, "li[data-facet='date']"))
    assert not any(_visible(driver, ".note[data-facet='date']"))
    assert not any(_highlighted(driver, date_item))
    assert all(_visible(driver, "li[data-facet='attribution']"))  # the other facets stay
    box.click()
    assert all(_visible(driver, "li[data-facet='date']")) and all(_visible(driver, ".note[data-facet='date']"))
    assert all(_highlighted(driver, date_item))
    high = driver.find_element(By.CSS_SELECTOR, "input[data-filter='severity'][value='high']")
    high.click()
    assert not any(_visible(driver, "li[data-severity='high']"))
    assert all(_visible(driver, "li[data-severity='medium']"))
    high.click()
    assert all(_visible(driver, "li[data-severity='high']"))
    omission = driver.find_element(By.CSS_SELECTOR, "input[data-filter='facet'][value='omission']")
    assert all(_visible(driver, "li[data-facet='omission']")) and all(_visible(driver, ".chip.only[data-fs]"))
    omission.click()
    assert not any(_visible(driver, "li[data-facet='omission']")) and not any(_visible(driver, ".chip.only[data-fs]"))
    omission.click()
    assert all(_visible(driver, "li[data-facet='omission']")) and all(_visible(driver, ".chip.only[data-fs]"))


def test_hover_and_click_light_up_the_partner_sentences(seed_page):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    driver, _, report = seed_page
    aligned = next(k for k, st in enumerate(report.statements) if st.score is not None)
    members = driver.find_elements(By.CSS_SELECTOR, f".s[data-st='{aligned}']")
    assert len({m.get_attribute("id").rsplit("-", 1)[0] for m in members}) >= 2  # in several columns
    ActionChains(driver).move_to_element(members[0]).perform()
    assert all("hl" in m.get_attribute("class").split() for m in members)
    others = driver.find_elements(By.CSS_SELECTOR, f".s[data-st]:not([data-st='{aligned}'])")
    assert not any("hl" in m.get_attribute("class").split() for m in others)
    driver.execute_script("arguments[0].click()", members[-1])
    assert all("pin" in m.get_attribute("class").split() for m in members)
    driver.execute_script("arguments[0].click()", members[-1])
    assert not any("pin" in m.get_attribute("class").split() for m in members)


def test_hostile_article_text_stays_text_in_the_browser(driver, tmp_path):
    from selenium.webdriver.common.by import By

    payload = '<img src=x onerror="document.title=\'pwned\'"><script>document.title="pwned"</script>'
    texts = [f" date 2017-03-02 Pelosi spoke on Wednesday. {payload} She said so.",
             f" date 2017-03-02 Pelosi spoke on Thursday. {payload} She said it again."]
    paths = []
    for n, text in enumerate(texts):
        paths.append(tmp_path / f"doc{n}.txt")
        paths[-1].write_text(text, encoding="utf-8")
    documents, _ = load_documents(paths, ['"quotes" & <angle> brackets', "<b>bold</b>"])
    report = check(documents, Settings(model="test:hash", use_facets=False), with_findings=False)
    page = tmp_path / "hostile.html"
    page.write_text(render_html(report), encoding="utf-8")
    driver.get_log("browser")
    driver.get(page.as_uri())
    assert "pwned" not in driver.title
    assert driver.find_elements(By.TAG_NAME, "img") == []
    assert len(driver.find_elements(By.TAG_NAME, "script")) == 1
    body = driver.find_element(By.TAG_NAME, "body").text
    assert "<script>document.title=" in body and '"quotes" & <angle> brackets' in body
    assert _errors(driver.get_log("browser")) == []


@pytest.mark.skipif(not os.environ.get("CONSISTENCY_SCREENSHOT"), reason="set CONSISTENCY_SCREENSHOT=1 to refresh it")
def test_screenshot_of_the_seed_report(seed_page):
    driver, path, _ = seed_page
    driver.set_window_size(1280, 1500)
    driver.get(path.as_uri())
    SCREENSHOT.parent.mkdir(exist_ok=True)
    assert driver.save_screenshot(str(SCREENSHOT))
    driver.set_window_size(1440, 1000)
