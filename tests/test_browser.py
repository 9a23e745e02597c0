"""A real browser against a real server: headless Chromium (Debian's chromium and
chromium-driver, installed here when missing) driven by Selenium through `extractor serve`.

Screenshots go to docs/screenshots/ when PRESS_SCREENSHOTS=1 (how the ones in the
README were made) and to the test's temporary folder otherwise.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import ROOT, SEEDS, run_cli, serving

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"


def ensure_chromium() -> None:
    """Install Debian's Chromium and its driver when they are missing (no downloaded browsers)."""
    if Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists():
        return
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        pytest.skip("chromium and chromium-driver are not installed and cannot be installed here (needs root apt)")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update", "-qq"], check=True, env=env, capture_output=True)
    subprocess.run(["apt-get", "install", "-y", "-qq", "chromium", "chromium-driver"], check=True, env=env,
                   capture_output=True)


@pytest.fixture(scope="module")
def browser():
    ensure_chromium()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage", "--window-size=1400,1000"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(60)
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    db = tmp_path_factory.mktemp("browser") / "press.db"
    run_cli("ingest", str(ROOT / "corpus"), str(SEEDS), "--db", str(db))
    with serving(db) as base:
        yield base.rsplit("/", 1)[0], base


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    if os.environ.get("PRESS_SCREENSHOTS") == "1":
        folder = ROOT / "docs" / "screenshots"
        folder.mkdir(exist_ok=True)
        return folder
    return tmp_path_factory.mktemp("screenshots")


def shoot(driver, folder: Path, name: str) -> None:
    path = folder / f"{name}.png"
    assert driver.save_screenshot(str(path))
    assert path.stat().st_size > 10_000  # a rendered page, not a blank one


def test_home_page_and_search_box(browser, site, shots):
    from selenium.common.exceptions import StaleElementReferenceException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import WebDriverWait

    root, _ = site
    browser.get(root + "/")
    assert "Press releases knowledge base" in browser.title
    shoot(browser, shots, "home")
    box = browser.find_element(By.CSS_SELECTOR, "form[action$='/-/search'] input[name='q']")
    box.send_keys("gasprod", Keys.ENTER)  # a compound's middle: trigram search
    # datasette-search-all fetches each table's results after the page loads
    # the search page replaces the home page: a body read while it goes is stale, so read again
    WebDriverWait(browser, 30, ignored_exceptions=(StaleElementReferenceException,)).until(
        lambda d: "gasprod" in d.find_element(By.TAG_NAME, "body").text.lower().replace('"gasprod"', ""))
    body = browser.find_element(By.TAG_NAME, "body").text.lower()
    assert "gasproduktion" in body or "gasproduksjon" in body
    shoot(browser, shots, "search")


def test_canned_query_with_a_chart(browser, site, shots):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.ui import WebDriverWait

    _, base = site
    browser.get(base + "/organizations_by_releases")
    rows = browser.find_elements(By.CSS_SELECTOR, "table.rows-and-columns tbody tr")
    assert len(rows) >= 5
    assert "Organisations by number of releases" in browser.find_element(By.TAG_NAME, "h1").text
    shoot(browser, shots, "canned-query")
    browser.get(base.rsplit("/", 1)[0] + "/-/dashboards/overview")
    WebDriverWait(browser, 30).until(
        expected_conditions.presence_of_element_located((By.CSS_SELECTOR, "#top-organisations svg, "
                                                         "#top-organisations canvas, .dashboard-card svg"))
    )
    assert "Releases at a glance" in browser.find_element(By.TAG_NAME, "body").text
    shoot(browser, shots, "charts")


def test_document_page_links_entities_to_their_releases(browser, site, shots):
    from selenium.webdriver.common.by import By

    _, base = site
    browser.get(base + "/documents?_search=Linköping&_sort=id")
    browser.find_element(By.CSS_SELECTOR, "td.col-title a").click()
    assert browser.current_url.rsplit("/", 2)[-2] == "release"
    headings = [h.text for h in browser.find_elements(By.TAG_NAME, "h2")]
    assert {"The release", "People", "Organisations", "Places", "Contacts", "Quotes", "Figures"} <= set(headings)
    marks = browser.find_elements(By.CSS_SELECTOR, ".release-text mark")
    assert len(marks) >= 5
    contacts = browser.find_elements(By.CSS_SELECTOR, "table.compact")[0].text
    assert "+46" in contacts
    shoot(browser, shots, "release")
    organisation = browser.find_element(By.CSS_SELECTOR, ".chips a.ORG")
    name = organisation.text
    organisation.click()
    assert browser.find_element(By.TAG_NAME, "h1").text.startswith(name)
    releases = browser.find_elements(By.CSS_SELECTOR, "a[href*='/release/']")
    assert releases, "the entity page lists the releases that mention it"
    shoot(browser, shots, "entity")


def test_contact_list_downloads_as_excel(site):
    import io

    import openpyxl
    from conftest import get

    _, base = site
    book = openpyxl.load_workbook(io.BytesIO(get(base + "/contacts_export.xlsx")))
    sheet = book.active
    header = [c.value for c in sheet[1]]
    assert header[:5] == ["name", "role", "organization", "phone", "email"]
    values = [c.value for row in sheet.iter_rows(min_row=2) for c in row]
    assert any(isinstance(v, str) and "ö" in v for v in values) or any(
        isinstance(v, str) and "å" in v for v in values)
    assert all(not (isinstance(v, str) and v[:1] in "=+-@") for v in values)
