"""The service's page in a real headless Chromium: paste two articles, press Check, see the findings; nothing loaded
from elsewhere. `CONSISTENCY_SCREENSHOT=1` also writes docs/serve-page.png (the form filled in) and
docs/serve-report.png (the report it gives). Skips without Chromium, fails instead when CI is set (as test_browser.py).
"""

from __future__ import annotations

import json
import os

import pytest

pytest.importorskip("fastapi", reason="the serve extra: pip install -e '.[serve]'")

from .conftest import ROOT, SEED_A, SEED_B  # noqa: E402
from .server import served  # noqa: E402
from .test_browser import _errors, _requests, driver  # noqa: E402,F401 - the module's browser fixture
from .test_serve import article  # noqa: E402

pytestmark = pytest.mark.e2e

SCREENSHOTS = {"form": ROOT / "docs" / "serve-page.png", "report": ROOT / "docs" / "serve-report.png"}


def _paste(driver, element_id: str, text: str) -> None:
    """Put `text` in a field as a paste does (whole, at once: ChromeDriver cannot type characters beyond the BMP)."""
    driver.execute_script("var e = document.getElementById(arguments[0]); e.value = arguments[1];"
                          " e.dispatchEvent(new Event('input', {bubbles: true}));", element_id, text)


def test_pasting_two_articles_shows_the_report_with_its_findings(driver):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ready
    from selenium.webdriver.support.ui import WebDriverWait

    with served() as (url, _):
        driver.get_log("browser")
        driver.get_log("performance")
        driver.get(f"{url}/")
        assert "Check articles" in driver.find_element(By.TAG_NAME, "h1").text
        for n, (path, source) in enumerate(((SEED_A, "Wire"), (SEED_B, "Daily")), start=1):
            document = article(path)
            driver.find_element(By.ID, f"source{n}").send_keys(source)
            driver.find_element(By.ID, f"published{n}").send_keys(document["published"])
            _paste(driver, f"text{n}", document["text"])
        if os.environ.get("CONSISTENCY_SCREENSHOT"):
            driver.set_window_size(1280, 900)
            assert driver.save_screenshot(str(SCREENSHOTS["form"]))
        driver.find_element(By.ID, "check").click()
        WebDriverWait(driver, 120).until(ready.presence_of_element_located((By.CSS_SELECTOR, "article.col")))

        columns = [c.text for c in driver.find_elements(By.CSS_SELECTOR, "article.col .colhead")]
        assert len(columns) == 2 and any("Wire" in c for c in columns) and any("Daily" in c for c in columns)
        high = [n for n in driver.find_elements(By.CSS_SELECTOR, ".note[id^='f-']")
                if n.get_attribute("data-severity") == "high"]
        assert high and any("Wednesday" in n.text and "Thursday" in n.text for n in high)
        assert all(n.is_displayed() for n in high)
        assert driver.execute_script("return document.documentElement.classList.contains('js')")  # its script ran
        assert _errors(driver.get_log("browser")) == []
        requests = _requests(driver.get_log("performance"))
        assert requests and all(r.startswith(url) for r in requests), requests  # only the service itself
        if os.environ.get("CONSISTENCY_SCREENSHOT"):
            driver.set_window_size(1280, 1300)
            assert driver.save_screenshot(str(SCREENSHOTS["report"]))
        driver.set_window_size(1440, 1000)


def test_the_page_shows_a_refusal_in_one_line_and_keeps_the_text(driver):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ready
    from selenium.webdriver.support.ui import WebDriverWait

    with served() as (url, _):
        driver.get(f"{url}/")
        _paste(driver, "text1", "Only one article, about the council vote on Monday.")
        driver.find_element(By.ID, "check").click()
        # the answer is a new page: wait for it rather than read the old one (a flaky NoSuchElement otherwise)
        alert = WebDriverWait(driver, 60).until(ready.presence_of_element_located((By.CSS_SELECTOR, "[role=alert]")))
        assert "only 1 document to compare" in alert.text and "\n" not in alert.text
        assert driver.find_element(By.ID, "text1").get_attribute("value").startswith("Only one article")
        assert json.loads(driver.execute_script("return JSON.stringify(performance.getEntriesByType('resource'))")) == []
