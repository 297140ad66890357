"""`kg browse` in a real browser: Debian's chromium and chromium-driver, driven by Selenium.

On the seed build: search 张百顺, open his page, open a meeting he chaired,
reach the article view and find the sentence highlighted at its offsets; fill
a saved question's form, get rows, download the CSV.  Screenshots of the
person page and the article view are written to the test's folder, and to
KG_SCREENSHOTS when that names a folder (docs/ keeps the ones the README shows).

Without chromium or chromedriver the tests are skipped locally; under CI
(CI set) a missing browser is a failure: .ci/run installs it.
"""
from __future__ import annotations

import csv
import io
import os
import shutil
import time
from pathlib import Path

import browse_server
import pyoxigraph as ox
import pytest

from kg.graph import query

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
DRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"


def browser_missing() -> str | None:
    missing = [p for p in (CHROMIUM, DRIVER) if not Path(p).exists()]
    try:
        import selenium  # noqa: F401
    except ImportError:
        missing.append("the selenium package")
    return ", ".join(missing) or None


@pytest.fixture(scope="module")
def site(seed_build):
    """`kg browse` on the seed build, as a user starts it; stopped by its process id."""
    proc, line, url = browse_server.start(seed_build[0])
    assert line.startswith("localgov-kg browser on http://127.0.0.1:"), line
    yield url
    proc.terminate()
    proc.communicate(timeout=20)


@pytest.fixture(scope="module")
def downloads(tmp_path_factory):
    return tmp_path_factory.mktemp("downloads")


@pytest.fixture(scope="module")
def driver(downloads):
    why = browser_missing()
    if why:
        if os.environ.get("CI"):
            pytest.fail(f"no browser for the browser tests ({why} missing): .ci/run installs Debian's "
                        "chromium and chromium-driver and the test extra's selenium")
        pytest.skip(f"{why} missing (apt-get install chromium chromium-driver; CI fails instead)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1400,1000", "--lang=zh-CN"):
        opts.add_argument(arg)
    opts.add_experimental_option("prefs", {"download.default_directory": str(downloads),
                                           "download.prompt_for_download": False})
    d = webdriver.Chrome(service=Service(DRIVER), options=opts)
    d.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)})
    d.implicitly_wait(5)
    yield d
    d.quit()


def screenshot(driver, name: str, tmp_path: Path) -> None:
    driver.save_screenshot(str(tmp_path / name))
    keep = os.environ.get("KG_SCREENSHOTS")
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        driver.save_screenshot(str(Path(keep) / name))


def heading_becomes(driver, test, timeout: float = 10) -> bool:
    """The page's h1 after a navigation: the old page's heading may still be there, or go stale
    while it is read, so wait until the new one passes ``test`` (a timeout fails the test)."""
    from selenium.common.exceptions import StaleElementReferenceException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait
    WebDriverWait(driver, timeout, ignored_exceptions=(StaleElementReferenceException,)).until(
        lambda d: test(d.find_element(By.TAG_NAME, "h1").text))
    return True


def test_search_person_meeting_article_highlight(driver, site, seed_build, tmp_path):
    from selenium.webdriver.common.by import By
    driver.get(site + "/")
    box = driver.find_element(By.NAME, "q")
    box.send_keys("张百顺")
    box.submit()
    assert heading_becomes(driver, lambda h: "张百顺" in h)
    driver.find_element(By.CSS_SELECTOR, "section.results a[href^='/id/person/']").click()
    assert heading_becomes(driver, lambda h: h == "张百顺")
    assert driver.find_element(By.CSS_SELECTOR, "svg.timeline rect").is_displayed()
    chaired = driver.find_element(By.ID, "chaired")
    assert "市政府常务会议" in chaired.text
    screenshot(driver, "browse-person.png", tmp_path)

    chaired.find_element(By.LINK_TEXT, "市政府常务会议").click()
    assert heading_becomes(driver, lambda h: h == "市政府常务会议")
    assert "张百顺" in driver.find_element(By.CSS_SELECTOR, "dl.facts-head").text
    sentence = driver.find_element(By.CSS_SELECTOR, "#evidence a.sentence")
    expected_text = sentence.text
    sentence.click()

    mark = driver.find_element(By.CSS_SELECTOR, "mark#hl")
    assert mark.is_displayed() and driver.current_url.endswith("#hl")
    start, end = int(mark.get_attribute("data-start")), int(mark.get_attribute("data-end"))
    ev = driver.current_url.split("?ev=")[1].split("#")[0]
    store = ox.Store.read_only(str(seed_build[0] / "store"))
    (row,) = store.query(
        "PREFIX kg: <https://w3id.org/localgov-kg/ontology#> PREFIX prov: <http://www.w3.org/ns/prov#> "
        "SELECT ?ev ?start ?end ?file WHERE { ?ev kg:start ?start ; kg:end ?end ; prov:wasDerivedFrom ?a . "
        "?a kg:sourceFile ?file }",
        substitutions={ox.Variable("ev"): ox.NamedNode(f"https://w3id.org/localgov-kg/id/evidence/{ev}")})
    assert (start, end) == (int(row["start"].value), int(row["end"].value))
    source = (SEEDS / row["file"].value).read_text(encoding="utf-8-sig")
    # the marked text is the page's characters start..end, as the browser shows them
    assert mark.text == source[start:end].strip() and mark.text.replace("\n", "") == expected_text
    # the address's #hl scrolls the highlighted sentence into view
    box_top = driver.execute_script("return arguments[0].getBoundingClientRect().top", mark)
    assert -2 <= box_top < driver.execute_script("return window.innerHeight")
    facts = driver.find_element(By.ID, "facts")
    assert "市政府常务会议" in facts.text and facts.find_element(By.CSS_SELECTOR, "li.selected")
    # for the picture: the page from its top, the sentence within the text's own scrolled box
    driver.execute_script("window.scrollTo(0, 0); const t = arguments[0].closest('.text');"
                          "t.scrollTop = arguments[0].offsetTop - t.offsetTop - 80;", mark)
    screenshot(driver, "browse-article.png", tmp_path)


def test_saved_question_form_rows_and_csv_download(driver, site, seed_build, downloads):
    from selenium.webdriver.common.by import By
    driver.get(site + "/queries")
    driver.find_element(By.CSS_SELECTOR, "a[href='/queries/meetings-chaired']").click()
    driver.find_element(By.ID, "param-name").send_keys("张百顺")
    driver.find_element(By.ID, "run").click()
    expected = query.run_local(seed_build[0] / "store", query.bind(query.get("meetings-chaired"), {"name": "张百顺"}))
    rows = driver.find_elements(By.CSS_SELECTOR, "table.result tbody tr")
    assert len(rows) == len(expected.rows) >= 3
    assert "市政府常务会议" in driver.find_element(By.CSS_SELECTOR, "table.result").text
    driver.find_element(By.ID, "csv").click()
    target = downloads / "meetings-chaired.csv"
    for _ in range(100):
        if target.exists() and target.stat().st_size:
            break
        time.sleep(0.1)
    got = target.read_text(encoding="utf-8")
    assert got == query.render(expected, "csv")
    assert len(list(csv.reader(io.StringIO(got)))) == len(expected.rows) + 1
