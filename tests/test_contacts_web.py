"""The contact pages in a real headless Chromium (Selenium) against a real server with its
own SQLite store, plus their HTTP contract checked with httpx."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support import expected_conditions as ec
from selenium.webdriver.support.ui import Select, WebDriverWait

from tests.conftest import start_server, stop_server
from tests.test_web import _gone, _start_chrome, fill

TODAY = dt.date.today()
SCREENSHOT = Path("/tmp/coach-contact.png")


def ago(days: int) -> str:
    return (TODAY - dt.timedelta(days=days)).isoformat()


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = tmp_path_factory.mktemp("web") / "coach.db"
    proc, base = start_server({"COACH_DATABASE_URL": f"sqlite:///{db}"})
    yield base
    stop_server(proc)


@pytest.fixture(scope="module")
def chrome() -> Iterator[WebDriver]:
    driver, profile = _start_chrome()
    yield driver
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)


def api_contact(site: str, history: list[tuple[str, str, str]] = (), **fields: object) -> str:  # type: ignore[assignment]
    r = httpx.post(f"{site}/v1/contacts", json=fields, timeout=10)
    assert r.status_code == 201, r.text
    cid: str = r.json()["id"]
    for when, direction, summary in history:
        r = httpx.post(
            f"{site}/v1/contacts/{cid}/interactions",
            json={"date": when, "direction": direction, "summary": summary},
            timeout=10,
        )
        assert r.status_code == 201
    return cid


def click_and_wait(d: WebDriver, element_id: str, then: str) -> None:
    old = d.find_element(By.TAG_NAME, "html")
    d.find_element(By.ID, element_id).click()
    WebDriverWait(d, 15).until(_gone(old))
    WebDriverWait(d, 15).until(ec.presence_of_element_located((By.ID, then)))


def test_add_a_contact_log_favours_and_see_the_ledger(chrome: WebDriver, site: str) -> None:
    d = chrome
    d.get(f"{site}/contacts")
    assert d.title == "Contacts · Outreach Coach"
    fill(
        d,
        name="Maya Castillo",
        closeness="friend",
        email="maya@example.com",
        how_we_met="Ran the 2022 hackathon together",
        notes="Leads the mobile team\nJust adopted a rescue greyhound",
        offers="Beta access to our design tool",
        tags="mobile, hackathon",
    )
    click_and_wait(d, "add-submit", "contact-name")
    assert d.find_element(By.ID, "contact-name").text == "Maya Castillo"
    assert d.find_element(By.ID, "fact-closeness").text == "Friend"
    assert d.find_element(By.ID, "fact-cadence").text == "every 2 months (default)"
    assert "Just adopted a rescue greyhound" in d.find_element(By.ID, "notes").text
    assert d.find_element(By.ID, "chart-empty").is_displayed()

    for when, direction, summary in (
        (ago(400), "received", "Reviewed my launch plan"),
        (ago(300), "gave", "Intro to a mobile recruiter"),
        (ago(200), "gave", "Sent a conference pass"),
    ):
        fill(d, date=when, summary=summary)
        Select(d.find_element(By.ID, "direction")).select_by_value(direction)
        click_and_wait(d, "log-submit", "timeline-list")

    events = d.find_elements(By.CSS_SELECTOR, "#timeline-list .event")
    assert [e.get_attribute("data-direction") for e in events] == ["gave", "gave", "received"]
    assert "Sent a conference pass" in events[0].text and ago(200) in events[0].text
    assert d.find_element(By.ID, "ledger-counts").text == "2 deposits · 1 withdrawal"
    assert d.find_element(By.ID, "fact-last").text.startswith(ago(200))
    assert d.find_element(By.ID, "due-badge").text == "DUE"  # 200 days > every 2 months
    chart = d.find_element(By.ID, "ledger-chart")
    assert chart.tag_name == "svg" and chart.size["height"] > 100
    assert len(d.find_element(By.ID, "line-deposits").get_attribute("points").split()) >= 4
    assert len(d.find_elements(By.CSS_SELECTOR, "#ledger-chart circle")) == 3
    assert d.find_element(By.ID, "reason").text.startswith("You were last in touch with Maya")
    assert "Just adopted a rescue greyhound" in d.find_element(By.ID, "idea").text

    # A date in the future: the field's max stops it in the browser; past that, the server
    # refuses it by the field, with what was typed kept.
    assert d.find_element(By.ID, "date").get_attribute("max") == TODAY.isoformat()
    d.execute_script("document.getElementById('date').removeAttribute('max')")
    fill(d, date=(TODAY + dt.timedelta(days=2)).isoformat(), summary="From the future")
    click_and_wait(d, "log-submit", "error-summary")
    assert "The date " in d.find_element(By.ID, "error-summary").text
    assert "is after today" in d.find_element(By.ID, "error-summary").text
    assert d.find_element(By.ID, "summary").get_attribute("value") == "From the future"
    assert len(d.find_elements(By.CSS_SELECTOR, "#timeline-list .event")) == 3

    height = d.execute_script("return document.documentElement.scrollHeight")
    d.set_window_size(1366, min(int(height) + 140, 4000))
    try:
        assert d.save_screenshot(str(SCREENSHOT))
    finally:
        d.set_window_size(1366, 900)


def test_the_list_searches_and_badges_who_is_due(chrome: WebDriver, site: str) -> None:
    due = api_contact(
        site, [(ago(500), "gave", "Helped her move")], name="Zora Overdue", closeness="close"
    )
    fresh = api_contact(site, [(ago(2), "gave", "Coffee")], name="Zed Recent", closeness="close")
    d = chrome
    d.get(f"{site}/contacts?q=Z")
    rows = {
        li.get_attribute("data-id"): li
        for li in d.find_elements(By.CSS_SELECTOR, "#contact-list .person")
    }
    assert due in rows and fresh in rows
    assert rows[due].find_elements(By.CSS_SELECTOR, ".badge-due")
    assert not rows[fresh].find_elements(By.CSS_SELECTOR, ".badge-due")

    fill(d, q="zora")
    click_and_wait(d, "search", "contact-list")
    names = [a.text for a in d.find_elements(By.CSS_SELECTOR, "#contact-list .person-name")]
    assert names == ["Zora Overdue"]
    d.get(f"{site}/contacts?q=z&due=1")
    ids = [
        li.get_attribute("data-id")
        for li in d.find_elements(By.CSS_SELECTOR, "#contact-list .person")
    ]
    assert due in ids and fresh not in ids
    assert d.find_element(By.ID, "due-only").is_selected()
    d.get(f"{site}/contacts?q=nobody-by-this-name")
    assert d.find_element(By.ID, "no-contacts").text == "No contacts match."


def test_write_to_them_opens_the_coach_prefilled(chrome: WebDriver, site: str) -> None:
    cid = api_contact(
        site,
        [(ago(900), "received", "Referred me to Acme"), (ago(800), "gave", "Reviewed her talk")],
        name="Ola Nordmann",
        closeness="acquaintance",
        notes=["Opened a bakery in Bergen"],
        offers=["An intro to a food photographer"],
    )
    d = chrome
    d.get(f"{site}/contacts/{cid}")
    click_and_wait(d, "write", "coach-form")
    assert d.find_element(By.ID, "recipient_name").get_attribute("value") == "Ola Nordmann"
    assert (
        d.find_element(By.ID, "recipient_notes").get_attribute("value")
        == "Opened a bakery in Bergen"
    )
    assert (
        d.find_element(By.ID, "offers").get_attribute("value") == "An intro to a food photographer"
    )
    assert (
        Select(d.find_element(By.ID, "closeness")).first_selected_option.get_attribute("value")
        == "acquaintance"
    )
    assert d.find_element(By.ID, "interactions").get_attribute("value") == (
        f"{ago(900)} received Referred me to Acme\n{ago(800)} gave Reviewed her talk"
    )
    fill(d, draft="Hi Ola! Could you introduce me to the head of sales at your bakery supplier?")
    click_and_wait(d, "submit", "verdict")
    assert d.find_element(By.ID, "ledger-deposits").text == "1"
    assert d.find_element(By.ID, "ledger-withdrawals").text == "2"  # the stored favour + this ask
    assert "Bergen" in (d.find_element(By.ID, "rewrite-text").get_attribute("value") or "")


def test_the_reconnect_page_gives_reasons_and_ideas(chrome: WebDriver, site: str) -> None:
    cid = api_contact(
        site,
        [(ago(430), "gave", "Lent him my camera")],
        name="Kofi Mensah",
        closeness="close",
        notes=["Training for the Accra marathon"],
    )
    d = chrome
    d.get(f"{site}/reconnect")
    assert d.title == "Reconnect · Outreach Coach"
    item = d.find_element(By.CSS_SELECTOR, f'#suggestions .suggestion[data-id="{cid}"]')
    assert (
        "You were last in touch with Kofi 14 months ago; you meant to be every month." in item.text
    )
    assert "Training for the Accra marathon" in item.find_element(By.CSS_SELECTOR, ".idea").text
    top = [
        li.get_attribute("data-id")
        for li in d.find_elements(By.CSS_SELECTOR, "#suggestions .suggestion")
    ]
    assert cid in top[:2]  # close and 13 cadences overdue: at the top with Zora (longer silent)
    assert item.find_element(By.CSS_SELECTOR, ".score-pill").text == "150"


def test_names_are_text_never_markup(chrome: WebDriver, site: str) -> None:
    name = '<img src=x onerror="window.__pwned=1">Eve'
    cid = api_contact(site, name=name, notes=["<script>window.__pwned=2</script>"])
    d = chrome
    d.get(f"{site}/contacts/{cid}")
    assert d.find_element(By.ID, "contact-name").text.startswith(name)
    assert d.execute_script("return typeof window.__pwned") == "undefined"
    d.get(f"{site}/contacts?q=eve")
    assert d.execute_script("return typeof window.__pwned") == "undefined"


def test_pages_http_contract(site: str, tmp_path: Path) -> None:
    for path in ("/contacts", "/reconnect"):
        r = httpx.get(f"{site}{path}", timeout=10)
        assert r.status_code == 200 and "unsafe-inline" not in r.headers["content-security-policy"]
        assert "http://" not in r.text.replace(site, "") and "https://" not in r.text
    assert httpx.get(f"{site}/contacts/{'0' * 32}", timeout=10).status_code == 404
    r = httpx.post(f"{site}/contacts", data={"name": ""}, timeout=10)
    assert r.status_code == 422 and 'id="error-summary"' in r.text
    r = httpx.post(
        f"{site}/contacts",
        data={"name": "X"},
        headers={"Origin": "https://evil.example"},
        timeout=10,
    )
    assert r.status_code == 403
    assert "X" not in [
        c["name"] for c in httpx.get(f"{site}/v1/contacts?q=x", timeout=10).json()["items"]
    ]

    # With API keys, each key has its own contacts: the single-user pages are not served.
    proc, keyed = start_server(
        {"COACH_DATABASE_URL": f"sqlite:///{tmp_path}/k.db", "COACH_API_KEYS": '["k1"]'}
    )
    try:
        for path in ("/contacts", "/reconnect", f"/contacts/{'0' * 32}"):
            assert httpx.get(f"{keyed}{path}", timeout=10).status_code == 404
        assert httpx.post(f"{keyed}/contacts", data={"name": "X"}, timeout=10).status_code == 404
    finally:
        stop_server(proc)
