"""The web form in a real headless Chromium (Selenium) against a real uvicorn server,
plus the form's HTTP contract (status codes, headers) checked with httpx."""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
from selenium import webdriver
from selenium.common.exceptions import (
    NoAlertPresentException,
    StaleElementReferenceException,
    WebDriverException,
)
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support import expected_conditions as ec
from selenium.webdriver.support.ui import Select, WebDriverWait

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
SCREENSHOT = Path("/tmp/coach-result.png")

# The server uses its own clock for "today", so dates are relative to the real date.
TODAY = dt.date.today()
LONG_AGO = (TODAY - dt.timedelta(days=3 * 365)).isoformat()
RECENT = (TODAY - dt.timedelta(days=30)).isoformat()
FAVOUR = (TODAY - dt.timedelta(days=4 * 365)).isoformat()
TOMORROW = (TODAY + dt.timedelta(days=1)).isoformat()

BAD_DRAFT = (
    "Hi Mark! How are you? Anyway, I got laid off last week and was hoping you could "
    "get me an interview at Google. Let me know ASAP!!!"
)
ASK_SENTENCE = (
    "Anyway, I got laid off last week and was hoping you could get me an interview at Google."
)
GOOD_DRAFT = (
    "Hi Priya, congrats on the Series B! I saw the launch post and loved the onboarding "
    "flow. I put together a short list of three accessibility fixes I noticed, happy to "
    "share if useful. How can I help as you scale the team?"
)


def _chrome_options(user_data_dir: str, javascript: bool = True) -> webdriver.ChromeOptions:
    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for arg in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1366,900",
        f"--user-data-dir={user_data_dir}",
    ):
        opts.add_argument(arg)
    if not javascript:
        opts.add_experimental_option(
            "prefs", {"profile.managed_default_content_settings.javascript": 2}
        )
    return opts


def _start_chrome(javascript: bool = True) -> tuple[WebDriver, str]:
    missing = [p for p in (CHROMIUM, CHROMEDRIVER) if not Path(p).exists()]
    if missing:
        pytest.fail(
            f"Browser tests need Chromium and chromedriver, but {', '.join(missing)} "
            "is missing. Install them (Debian: apt-get install chromium chromium-driver).",
            pytrace=False,
        )
    profile = tempfile.mkdtemp(prefix="coach-chrome-")
    try:
        driver = webdriver.Chrome(
            service=Service(CHROMEDRIVER), options=_chrome_options(profile, javascript)
        )
    except WebDriverException as e:
        shutil.rmtree(profile, ignore_errors=True)
        pytest.fail(f"Could not start headless Chromium: {e.msg}", pytrace=False)
    driver.set_page_load_timeout(30)
    return driver, profile


@pytest.fixture(scope="module")
def browser() -> Iterator[WebDriver]:
    driver, profile = _start_chrome()
    yield driver
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture
def page(browser: WebDriver, server: str) -> WebDriver:
    """A fresh form page."""
    browser.delete_all_cookies()
    browser.get(f"{server}/")
    WebDriverWait(browser, 10).until(ec.presence_of_element_located((By.ID, "coach-form")))
    return browser


def fill(driver: WebDriver, **fields: str) -> None:
    """Fill the form like a user: type into text fields, choose from selects, and set the
    date input (its typed format depends on the locale, so its value is set directly)."""
    for name, value in fields.items():
        el = driver.find_element(By.ID, name)
        if el.tag_name == "select":
            Select(el).select_by_value(value)
        elif el.get_attribute("type") == "date":
            driver.execute_script(
                "arguments[0].value = arguments[1];"
                "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                el,
                value,
            )
        else:
            el.clear()
            el.send_keys(value)


def _gone(element: WebElement) -> Callable[[WebDriver], bool]:
    """Like ``ec.staleness_of``, but chromedriver sometimes reports a node of the page that
    was just replaced as "does not belong to the document" instead of as stale."""

    def check(_: WebDriver) -> bool:
        try:
            element.is_enabled()
        except StaleElementReferenceException:
            return True
        except WebDriverException as e:
            if "does not belong to the document" in str(e):
                return True
            raise
        return False

    return check


def submit(driver: WebDriver) -> None:
    old = driver.find_element(By.TAG_NAME, "html")
    driver.find_element(By.ID, "submit").click()
    WebDriverWait(driver, 15).until(_gone(old))
    WebDriverWait(driver, 15).until(ec.presence_of_element_located((By.ID, "coach-form")))


def value(driver: WebDriver, element_id: str) -> str:
    return driver.find_element(By.ID, element_id).get_attribute("value") or ""


def marks(driver: WebDriver) -> list[WebElement]:
    return driver.find_elements(By.CSS_SELECTOR, "#draft-view mark")


def finding_codes(driver: WebDriver) -> list[str]:
    items = driver.find_elements(By.CSS_SELECTOR, "#findings > li")
    return [li.get_attribute("data-code") or "" for li in items]


def assert_no_alert(driver: WebDriver) -> None:
    try:
        text = driver.switch_to.alert.text
    except NoAlertPresentException:
        return
    pytest.fail(f"an alert was opened: {text!r}")


# ------------------------------------------------------------------------ browser tests


def test_bad_draft_gets_rethink_with_highlights_ledger_and_rewrite(page: WebDriver) -> None:
    d = page
    assert d.title == "Outreach Coach"
    fill(
        d,
        draft=BAD_DRAFT,
        subject="Quick favour",
        channel="email",
        goal="job_search",
        closeness="acquaintance",
        last_contact=LONG_AGO,
        recipient_name="Mark",
        recipient_notes="Just launched the new camera app\nCoaches a youth football team",
        sender_name="Dana",
        offers="An intro to a design lead I worked with",
        interactions=f"{FAVOUR} received Reviewed my CV before my last move",
    )
    submit(d)

    verdict = d.find_element(By.ID, "verdict")
    assert verdict.get_attribute("data-verdict") == "rethink"
    assert "verdict-rethink" in (verdict.get_attribute("class") or "")
    assert d.find_element(By.ID, "verdict-word").text == "Rethink"
    assert 0 <= int(d.find_element(By.ID, "score").text) < 50
    assert "Rethink" in d.find_element(By.ID, "summary").text
    stage = d.find_element(By.ID, "stage")
    assert stage.get_attribute("data-stage") == "dormant"
    assert d.find_element(By.ID, "stage-name").text == "Dormant"

    codes = finding_codes(d)
    for code in ("ask_after_silence", "overdrawn", "desperation", "hollow_opener"):
        assert code in codes, codes
    first = d.find_element(By.CSS_SELECTOR, "#findings > li")
    assert first.find_element(By.CSS_SELECTOR, ".principle").text
    assert first.find_element(By.CSS_SELECTOR, ".suggestion").text
    assert "about 3 years" in first.text

    # The draft is shown exactly, with each finding's span highlighted.
    assert d.find_element(By.ID, "draft-view").text == BAD_DRAFT
    by_text = {m.text: m for m in marks(d)}
    ask = by_text[ASK_SENTENCE]
    assert "ask_after_silence" in (ask.get_attribute("data-codes") or "").split()
    assert "hl-high" in (ask.get_attribute("class") or "")
    assert "ask_after_silence (high)" in (ask.get_attribute("title") or "")
    assert "desperation" in (by_text["ASAP"].get_attribute("data-codes") or "")
    assert "hl-medium" in (by_text["How are you"].get_attribute("class") or "")

    # The ledger counts this ask on top of the favour received.
    assert d.find_element(By.ID, "ledger-status").text == "Overdrawn"
    assert d.find_element(By.ID, "ledger-deposits").text == "0"
    assert d.find_element(By.ID, "ledger-withdrawals").text == "2"
    assert "target 7 : 1" in d.find_element(By.ID, "ledger").text
    assert "months" in d.find_element(By.ID, "ledger-since").text
    assert d.find_element(By.ID, "next-step").text.startswith("Next step:")

    # The rewrite gives first and drops the urgency.
    rewrite = value(d, "rewrite-text")
    assert rewrite.startswith("Hi Mark")  # their own greeting, kept
    assert "ASAP" not in rewrite and "interview" not in rewrite
    assert value(d, "rewrite-subject")
    assert d.find_elements(By.CSS_SELECTOR, "#rewrite-changes li")
    assert d.find_elements(By.CSS_SELECTOR, "#deposit-ideas li")
    assert d.find_element(By.ID, "copy-rewrite").is_displayed()

    # Next to the clean copy, the rewrite as tracked changes of the draft: cuts struck,
    # insertions marked, each with its reason shown on keyboard focus.
    tracked = d.find_element(By.ID, "tracked")
    cuts = tracked.find_elements(By.CSS_SELECTOR, "del.tc-del")
    adds = tracked.find_elements(By.CSS_SELECTOR, "ins.tc-ins")
    assert cuts and adds
    assert any("ASAP" in c.text for c in cuts)
    why = cuts[0].find_element(By.CSS_SELECTOR, ".tc-why")
    assert not why.is_displayed()
    d.execute_script("arguments[0].focus()", cuts[0])
    assert why.is_displayed() and why.text.strip()
    assert "line-through" in cuts[0].value_of_css_property("text-decoration")

    # The form keeps what the user typed.
    assert value(d, "draft") == BAD_DRAFT
    assert value(d, "last_contact") == LONG_AGO
    assert Select(d.find_element(By.ID, "closeness")).first_selected_option.text == "Acquaintance"
    assert value(d, "recipient_notes") == (
        "Just launched the new camera app\nCoaches a youth football team"
    )
    assert value(d, "interactions") == f"{FAVOUR} received Reviewed my CV before my last move"

    height = d.execute_script("return document.documentElement.scrollHeight")
    d.set_window_size(1366, min(int(height) + 140, 6000))
    try:
        assert d.save_screenshot(str(SCREENSHOT))
    finally:
        d.set_window_size(1366, 900)


def test_script_in_the_draft_is_shown_as_text_and_never_runs(page: WebDriver) -> None:
    d = page
    payload = (
        "Hi Sam! <script>window.__pwned = 1; document.title = 'pwned'; alert('x')</script>"
        '<img src=x onerror="window.__pwned = 2"> Could you send me the deck? </textarea>'
        "<b>bold</b>"
    )
    fill(d, draft=payload, recipient_name='"><script>window.__pwned = 3</script>')
    submit(d)
    assert_no_alert(d)
    assert d.title == "Your critique · Outreach Coach"
    assert d.execute_script("return typeof window.__pwned") == "undefined"
    assert d.find_element(By.ID, "draft-view").text == payload
    assert not d.find_elements(By.CSS_SELECTOR, "#draft-view script, #draft-view img, b")
    assert value(d, "draft") == payload
    assert value(d, "recipient_name") == '"><script>window.__pwned = 3</script>'


def test_invalid_interaction_line_shows_a_specific_error(page: WebDriver) -> None:
    d = page
    fill(
        d,
        draft=GOOD_DRAFT,
        last_contact=RECENT,
        interactions=f"{RECENT} gave Sent her a conference pass\nshe helped me last spring",
    )
    submit(d)
    assert not d.find_elements(By.ID, "verdict")
    error = d.find_element(By.ID, "interactions-error")
    assert "Line 2" in error.text and "DATE DIRECTION SUMMARY" in error.text
    field = d.find_element(By.ID, "interactions")
    assert field.get_attribute("aria-invalid") == "true"
    assert "interactions-error" in (field.get_attribute("aria-describedby") or "")
    summary = d.find_element(By.ID, "error-summary")
    assert "Line 2" in summary.text
    assert d.switch_to.active_element == summary  # focus moves to the problem list
    assert value(d, "draft") == GOOD_DRAFT  # nothing the user typed is lost
    assert value(d, "interactions").endswith("she helped me last spring")


def test_blank_draft_is_an_error_not_a_crash(page: WebDriver) -> None:
    d = page
    fill(d, draft="   ")  # passes the browser's `required`, caught by the server
    submit(d)
    assert "draft is empty" in d.find_element(By.ID, "draft-error").text
    assert d.title == "Check your input · Outreach Coach"


def test_good_draft_gets_send(page: WebDriver) -> None:
    d = page
    fill(d, draft=GOOD_DRAFT, closeness="friend", last_contact=RECENT, recipient_name="Priya")
    submit(d)
    verdict = d.find_element(By.ID, "verdict")
    assert verdict.get_attribute("data-verdict") == "send"
    assert d.find_element(By.ID, "verdict-word").text == "Send it"
    assert d.find_element(By.ID, "stage").get_attribute("data-stage") == "in_touch"
    assert int(d.find_element(By.ID, "score").text) >= 80
    strengths = [m for m in marks(d) if "hl-strength" in (m.get_attribute("class") or "")]
    assert strengths, "strengths should be highlighted too"
    assert "asks_how_to_help" in finding_codes(d)
    assert not d.find_elements(By.CSS_SELECTOR, "#findings .finding-high")


def test_copy_button_copies_the_rewrite(page: WebDriver, server: str) -> None:
    d = page
    d.execute_cdp_cmd(
        "Browser.grantPermissions",
        {"origin": server, "permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"]},
    )
    fill(d, draft=BAD_DRAFT, last_contact=LONG_AGO)
    submit(d)
    button = d.find_element(By.ID, "copy-rewrite")
    assert button.is_displayed() and button.text == "Copy message"
    button.click()
    status = d.find_element(By.ID, "copy-status")
    WebDriverWait(d, 5).until(lambda _: status.text)
    assert status.text == "Copied to the clipboard."
    copied = d.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "navigator.clipboard.readText().then(done, e => done('ERROR ' + e));"
    )
    assert copied == value(d, "rewrite-text")


def test_the_form_works_without_javascript(server: str) -> None:
    d, profile = _start_chrome(javascript=False)
    try:
        d.get(f"{server}/")
        fill(d, draft=BAD_DRAFT, channel="text")
        submit(d)
        assert d.find_element(By.ID, "verdict").get_attribute("data-verdict") in (
            "revise",
            "rethink",
        )
        assert marks(d)
        assert value(d, "rewrite-text")  # the rewrite is there to select and copy by hand
        assert not d.find_element(By.ID, "copy-rewrite").is_displayed()  # nothing dead shown
        assert Select(d.find_element(By.ID, "channel")).first_selected_option.text == (
            "Text message"
        )
    finally:
        d.quit()
        shutil.rmtree(profile, ignore_errors=True)


# ------------------------------------------------------------------------ HTTP contract


def post(server: str, **fields: str) -> httpx.Response:
    return httpx.post(f"{server}/coach", data=fields, timeout=10)


def test_form_page_headers_and_static_files(server: str) -> None:
    r = httpx.get(f"{server}/", timeout=10)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert r.headers["x-content-type-options"] == "nosniff"
    assert "<form" in r.text and 'action="/coach"' in r.text
    assert "http://" not in r.text.replace(server, "") and "https://" not in r.text
    for name, ctype in (("coach.css", "text/css"), ("coach.js", "javascript")):
        s = httpx.get(f"{server}/static/{name}", timeout=10)
        assert s.status_code == 200 and ctype in s.headers["content-type"]
        assert "http://" not in s.text and "https://" not in s.text


@pytest.mark.parametrize(
    ("fields", "field", "needle"),
    [
        ({"draft": ""}, "draft", "draft is empty"),
        ({"draft": "Hi", "last_contact": "2024-02-30"}, "last_contact", "not a real date"),
        ({"draft": "Hi", "last_contact": TOMORROW}, "last_contact", "in the future"),
        ({"draft": "Hi", "interactions": "yesterday gave x"}, "interactions", "Line 1"),
        ({"draft": "Hi", "interactions": f"{TOMORROW} gave x"}, "interactions", "in the future"),
        ({"draft": "Hi", "channel": "pigeon"}, "channel", "must be one of"),
    ],
)
def test_bad_input_is_422_with_the_error_by_the_field(
    server: str, fields: dict[str, str], field: str, needle: str
) -> None:
    r = post(server, **fields)
    assert r.status_code == 422
    assert f'id="{field}-error"' in r.text and needle in r.text
    assert 'id="coach-form"' in r.text


def test_over_long_draft_is_413(server: str) -> None:
    r = post(server, draft="Hi, could you help? " * 1_100)
    assert r.status_code == 413
    assert "the limit is 20,000" in r.text and 'id="draft-error"' in r.text
    assert "Hi, could you help? Hi, could you help?" in r.text  # the draft is kept to trim


def test_malformed_posts_get_a_friendly_4xx_page(server: str) -> None:
    cases = [
        (httpx.post(f"{server}/coach", json={"draft": "Hi"}), 415, "not a form submission"),
        (httpx.post(f"{server}/coach", data={"subject": "Hi"}), 400, "missing the draft"),
        (httpx.post(f"{server}/coach", files={"draft": ("d.txt", b"Hi")}), 400, "malformed"),
        (
            httpx.post(
                f"{server}/coach",
                content=b"garbage",
                headers={"content-type": "multipart/form-data; boundary=xx"},
            ),
            400,
            "could not read",
        ),
    ]
    for r, status, needle in cases:
        assert r.status_code == status, r.text[:300]
        assert r.headers["content-type"].startswith("text/html")
        assert needle in r.text and 'href="/"' in r.text


def test_get_coach_redirects_to_the_form(server: str) -> None:
    r = httpx.get(f"{server}/coach", timeout=10)
    assert r.status_code == 303 and r.headers["location"] == "/"


def test_result_html_escapes_user_input(server: str) -> None:
    r = post(server, draft="Hi <script>alert(1)</script> & 'co'", subject="<b>x</b>")
    assert r.status_code == 200
    assert "<script>alert(1)" not in r.text and "<b>x</b>" not in r.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#39;co&#39;" in r.text
