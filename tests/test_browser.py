"""Journeys through the web app in a real browser: Debian's Chromium, driven by Playwright.

The server runs in this process on a free port. The journey of #20 runs at a laptop's size
and a phone's, runs axe-core on every page it reaches, and saves a screenshot of each in
$SECONDCHANCE_SHOTS (/tmp/shots20 unless set) for people to look at.
"""

import io
import json
import os
import socket
import threading
import time
from email import message_from_bytes, policy
from pathlib import Path

import ics
import pytest
import uvicorn
from dateutil.tz import tzical
from icalendar import Calendar
from playwright.sync_api import expect, sync_playwright

from conftest import FIXED_NOW, make_case
from secondchance.web.app import WebSettings, create_app
from secondchance.wording import BY_ID

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture
def server(tmp_path):
    app = create_app(WebSettings(f"sqlite:///{tmp_path / 'web.db'}"), clock=lambda: FIXED_NOW)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
    uvicorn_server = uvicorn.Server(config)
    thread = threading.Thread(target=uvicorn_server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30  # a start-up guard, not a speed check
    while not uvicorn_server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    uvicorn_server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


def open_page(browser, server, width=1100, height=900):
    context = browser.new_context(
        base_url=server, accept_downloads=True, viewport={"width": width, "height": height}
    )
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=server)
    page = context.new_page()
    page.errors = []
    page.on("pageerror", lambda error: page.errors.append(str(error)))  # always unexpected
    page.on("console", lambda m: page.errors.append(m) if m.type == "error" else None)
    return page


def close_page(page):
    # No script errors, no CSP violation reports, no missing files. A form sent back with
    # its errors answers 422, and a wrong address 404, on purpose; Chromium logs both.
    assert [error for error in page.errors if not _expected(error)] == []
    page.context.close()


@pytest.fixture
def page(browser, server):
    opened = open_page(browser, server)
    yield opened
    close_page(opened)


def _expected(error):
    if isinstance(error, str):
        return False
    if "status of 422" in error.text:
        return True
    return "status of 404" in error.text and "/static/" not in error.location.get("url", "")


def fill_intake(page, **overrides):
    values = {
        "candidate.name": "Zoë Łukasiewicz",
        "interviewer.name": "Dana Whitfield",
        "company": "Acme Analytics",
        "role": "Head of Data Platform",
        "interview.start": "2026-11-26T09:30",
        **overrides,
    }
    page.goto("/")
    for name, value in values.items():
        page.locator(f'[name="{name}"]').fill(value)
    page.select_option('[name="interview.timezone"]', "America/New_York")
    page.select_option('[name="candidate.timezone"]', "Europe/London")
    page.select_option('[name="reason"]', "timezone_mixup")
    page.get_by_text("Optional: emails and phones").click()
    page.locator('[name="candidate.email"]').fill("zoe@example.com")
    page.locator('[name="interviewer.email"]').fill("dana@acme.example")


# --- The three-minute journey of #20, at a laptop's size and a phone's, audited by axe-core ------

AXE = Path(__file__).parent / "js" / "node_modules" / "axe-core" / "axe.min.js"
SHOTS = Path(os.environ.get("SECONDCHANCE_SHOTS", "/tmp/shots20"))
VIEWPORTS = {"laptop": (1366, 900), "phone": (390, 844)}
BAD_DRAFT = (
    "Subject: Missed interview\n\nHi Dana,\n\nSorry, my alarm didn't go off lol."
    " Can we do Thursday at 3pm?\n\nJake"
)


class Audit:
    """Run axe-core on every page the journey reaches, and keep a screenshot of each."""

    def __init__(self, page, size):
        self.page, self.size, self.results = page, size, {}

    def __call__(self, name):
        page = self.page
        page.wait_for_load_state("load")
        if not page.evaluate("typeof window.axe !== 'undefined'"):
            # Evaluated through the DevTools protocol, which the page's CSP does not govern.
            page.evaluate(AXE.read_text(encoding="utf-8"))
        result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
        self.results[name] = [
            (v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
            for v in result["violations"]
        ]
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= page.viewport_size["width"], f"{name} scrolls sideways"
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / f"{self.size}-{name}.png"), full_page=True)

    def report(self):
        for name, violations in self.results.items():
            print(f"axe {self.size} {name}: {len(violations)} violations {violations or ''}")
        return {name: v for name, v in self.results.items() if v}


@pytest.mark.parametrize("size", list(VIEWPORTS))
def test_the_three_minute_journey_holds_at_both_sizes(browser, server, size, tmp_path):
    page = open_page(browser, server, *VIEWPORTS[size])
    audit = Audit(page, size)

    # Intake: six questions; the time is read back in both zones before sending.
    page.goto("/")
    audit("intake")
    page.get_by_role("button", name="Get my recovery kit").click()
    expect(page.locator("#form-errors")).to_be_focused()
    audit("intake-errors")
    fill_intake(page)
    expect(page.locator("#time-echo")).to_contain_text("09:30 EST in New York")
    expect(page.locator("#time-echo")).to_contain_text("14:30 GMT where you are")
    page.get_by_role("button", name="Get my recovery kit").click()
    page.wait_for_url("**/cases/1/kit")

    # Kit: the plan's first step leads, in my time first; the rest is folded.
    first = page.locator("#first-step")
    expect(first.get_by_role("heading", level=2)).to_have_text("Email Dana Whitfield your apology")
    expect(first.locator("#first-when")).to_contain_text("GMT your time")
    assert first.bounding_box()["y"] < VIEWPORTS[size][1]  # seen without scrolling
    expect(page.locator("details.later[open]")).to_have_count(0)
    audit("kit")
    page.get_by_role("button", name="Copy – Apology email").click()
    expect(page.locator("#b-apology_email-status")).to_have_text("Copied.")
    apology = page.evaluate("navigator.clipboard.readText()")
    kit_subject = page.locator("#s-apology_email").text_content()
    assert apology == page.locator("#b-apology_email").text_content()
    with page.expect_download() as download:
        page.get_by_role("link", name="Download .eml – Apology email").click()
    eml = message_from_bytes(Path(download.value.path()).read_bytes(), policy=policy.default)
    assert eml["X-Unsent"] == "1" and eml["To"] == "Dana Whitfield <dana@acme.example>"

    # Plan: days with headings, dates shown, nothing scrolling sideways.
    page.get_by_role("link", name="See the whole plan").click()
    expect(page.locator("#timeline h2").first).to_have_text("Thursday 26 November")
    expect(page.locator("#timeline li.now-marker")).to_have_count(1)
    audit("plan")

    # Review: a bad draft, then the kit's own email; the result takes focus, in view.
    page.get_by_role("link", name="Review a draft").click()
    audit("review")
    page.locator("#f-text").fill(BAD_DRAFT)
    page.get_by_role("button", name="Review").click()
    result = page.locator("#result")
    expect(result).to_be_focused()
    expect(result).to_be_in_viewport()
    expect(page.locator("#verdict")).to_have_attribute("data-verdict", "rewrite")
    expect(page.locator('mark[data-codes~="BLAME"]')).to_have_text("my alarm didn't go off")
    audit("review-bad")
    page.locator("#f-text").fill(f"Subject: {kit_subject}\n\n{apology}")
    page.get_by_role("button", name="Review").click()
    expect(page.locator("#result")).to_be_focused()
    expect(page.locator("#verdict")).to_have_attribute("data-verdict", "ready")
    audit("review-good")

    # The case: log events in words, a refused new time beside its field, then a good one.
    page.goto("/cases/1")
    audit("case-empty")
    page.locator("#f-note").fill("Sent from my phone at 15:40")
    page.get_by_role("button", name="I sent the apology").click()
    expect(page.locator("#status")).to_have_text("apologized")
    expect(page.locator("#history")).to_contain_text("Sent from my phone at 15:40")
    page.locator("#f-to").fill("2026-11-20T10:00")
    page.get_by_role("button", name="Save the new time").click()
    expect(page.locator("#event-errors")).to_be_focused()
    expect(page.locator("#e-to")).to_contain_text("already passed")
    expect(page.locator("#f-to")).to_have_value("2026-11-20T10:00")
    audit("case-reschedule-error")
    page.locator("#f-to").fill("2026-12-03T10:00")
    page.get_by_role("button", name="Save the new time").click()
    expect(page.locator("#status")).to_have_text("rescheduled")
    expect(page.locator("#history")).to_contain_text("Thu 03 Dec 10:00 EST for Dana Whitfield")
    audit("case")
    page.get_by_role("link", name="Messages").click()
    expect(page.locator("#first-step #m-reschedule_confirmation")).to_be_visible()
    audit("kit-rescheduled")
    # With a new time agreed there is nothing left to decline.
    expect(page.locator("#m-decline_reply")).to_have_count(0)
    page.goto("/cases/1/kit#m-short_message")  # a link to a folded message unfolds it
    expect(page.locator("#m-short_message pre.body")).to_be_visible()
    page.goto("/cases/1/plan")
    expect(page.locator("#timeline h2").last).to_have_text("Thursday 03 December")
    audit("plan-rescheduled")

    # Edit, export, then delete.
    page.goto("/cases/1")
    page.get_by_role("link", name="Correct the details").click()
    audit("edit")
    page.locator('[name="role"]').fill("Chief Data Officer")
    page.get_by_role("button", name="Save the corrections").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Chief Data Officer")
    page.goto("/cases")
    audit("cases")
    page.locator("#due a").first.click()  # "Due now" opens the message that is due
    expect(page.locator("#m-reschedule_confirmation")).to_be_in_viewport()
    page.goto("/cases")
    with page.expect_download() as download:
        page.get_by_role("link", name="Export all cases (.json)").click()
    exported = json.loads(Path(download.value.path()).read_text(encoding="utf-8"))
    assert [c["case"]["role"] for c in exported["cases"]] == ["Chief Data Officer"]
    page.goto("/cases/1")
    page.get_by_text("Delete this case").click()
    page.get_by_role("button", name="Delete case 1 for good").click()
    expect(page.locator("#deleted")).to_have_text("Case 1 was deleted.")
    audit("cases-after-delete")
    page.goto("/cases/1/plan")
    audit("not-found")

    assert audit.report() == {}
    # The audit can fail: an image without words is found at once.
    page.evaluate("document.querySelector('main').append(document.createElement('img'))")
    found = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    assert "image-alt" in [v["id"] for v in found["violations"]]
    close_page(page)


def test_download_an_ics_and_parse_it_twice(page, tmp_path):
    fill_intake(page)
    page.get_by_role("button", name="Get my recovery kit").click()
    page.wait_for_url("**/kit")
    with page.expect_download() as download_info:
        page.locator('a[href="/cases/1/interview.ics?slot=1"]').click()
    path = tmp_path / "slot.ics"
    download_info.value.save_as(path)
    data = path.read_bytes()
    event = next(iter(Calendar.from_ical(data).walk("VEVENT")))
    assert str(event["SUMMARY"]).startswith("Proposed option 1 (not agreed yet)")
    other = next(iter(ics.Calendar(data.decode()).events))
    assert other.begin.datetime == event.decoded("DTSTART")
    assert tzical(io.StringIO(data.decode())).keys() == ["America/New_York"]


def test_invalid_form_shows_field_errors_and_keeps_what_was_typed(page):
    fill_intake(page, company="")
    page.locator('[name="interviewer.email"]').fill("dana-at-acme")
    page.get_by_role("button", name="Get my recovery kit").click()
    expect(page.locator("#form-errors")).to_be_visible()
    expect(page.locator("#e-company")).to_have_text(BY_ID["required"].text)
    expect(page.locator("#e-interviewer\\.email")).to_have_text(BY_ID["email"].text)
    expect(page.locator('[name="candidate.name"]')).to_have_value("Zoë Łukasiewicz")
    expect(page.locator('[name="interviewer.email"]')).to_have_value("dana-at-acme")
    expect(page.locator('[name="interview.timezone"]')).to_have_value("America/New_York")
    expect(page.locator('[name="company"]')).to_have_attribute("aria-invalid", "true")


def test_without_script_the_copy_buttons_stay_hidden(browser, server):
    context = browser.new_context(base_url=server, java_script_enabled=False)
    page = context.new_page()
    page.goto("/review")  # a case needs the form; the API adds one directly
    response = page.request.post(
        "/api/cases",
        data=json.dumps(make_case()),
        headers={"content-type": "application/json"},
    )
    assert response.status == 201
    page.goto("/cases/1/kit")
    assert page.locator("button[data-copy]").count() > 0
    expect(page.locator("button[data-copy]").first).to_be_hidden()
    expect(page.locator("#first-step")).to_be_visible()
    context.close()


def test_back_to_fix_a_typo_then_correct_and_delete_the_case(page):
    fill_intake(page, company="Acme Analtyics")
    page.get_by_role("button", name="Get my recovery kit").click()
    page.wait_for_url("**/cases/1/kit")
    page.go_back()
    page.locator('[name="company"]').fill("Acme Analytics")
    page.get_by_role("button", name="Get my recovery kit").click()
    page.wait_for_url("**/cases/1/kit")  # the same case, corrected: not a second one
    page.goto("/cases")
    expect(page.locator("#case-rows tr")).to_have_count(1)
    expect(page.locator("#case-rows")).to_contain_text("Acme Analytics")


def test_keyboard_users_can_skip_and_land_on_the_errors(page):
    page.goto("/")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to the main content")
    expect(skip).to_be_focused()
    ring = page.evaluate("getComputedStyle(document.activeElement).outlineColor")
    assert ring == "rgb(28, 79, 140)"  # #1c4f8c: 8.6:1 on white, over WCAG's 3:1
    page.locator('[name="company"]').fill("Acme")
    page.get_by_role("button", name="Get my recovery kit").click()
    expect(page.locator("#form-errors")).to_be_focused()
    page.locator("#form-errors").get_by_role("link", name="Your name").click()
    assert page.evaluate("location.hash") == "#f-candidate.name"
    expect(page.locator('[name="company"]')).to_have_value("Acme")


def test_a_review_problem_and_a_wrong_address_keep_the_person_on_a_page(page):
    page.goto("/review")
    page.locator("#f-text").fill("x" * 100_001)
    page.get_by_role("button", name="Review").click()
    expect(page.locator("#review-error")).to_contain_text("review it in parts")
    expect(page.locator("#review-error")).to_be_focused()
    assert len(page.locator("#f-text").input_value()) == 100_001
    page.goto("/nope")
    expect(page.get_by_role("heading", name="Not found")).to_be_visible()
    expect(page.get_by_role("alert")).to_have_text("There is no page at this address.")
