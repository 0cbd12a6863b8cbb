"""Journeys through the web app in a real browser: Debian's Chromium, driven by Playwright.

The server runs in this process on a free port; screenshots of the main pages are saved in
test-artifacts/ for people to look at.
"""

import io
import os
import socket
import threading
import time
from pathlib import Path

import ics
import pytest
import uvicorn
from dateutil.tz import tzical
from icalendar import Calendar
from playwright.sync_api import expect, sync_playwright

from conftest import FIXED_NOW
from secondchance.web.app import WebSettings, create_app

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
ARTIFACTS = Path(__file__).parent.parent / "test-artifacts"


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


@pytest.fixture
def page(server):
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        context = browser.new_context(
            base_url=server, accept_downloads=True, viewport={"width": 1100, "height": 900}
        )
        context.grant_permissions(["clipboard-read", "clipboard-write"], origin=server)
        page = context.new_page()
        errors = []
        page.on("pageerror", lambda error: errors.append(str(error)))  # always unexpected
        page.on("console", lambda m: errors.append(m) if m.type == "error" else None)
        yield page
        # No script errors, no CSP violation reports, no missing files. A form sent back with
        # its errors answers 422, and a wrong address 404, on purpose; Chromium logs both.
        assert [error for error in errors if not _expected(error)] == []
        context.close()
        browser.close()


def _expected(error):
    if isinstance(error, str):
        return False
    if "status of 422" in error.text:
        return True
    return "status of 404" in error.text and "/static/" not in error.location.get("url", "")


def shot(page, name):
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}-top.png"))


def fill_intake(page, **overrides):
    values = {
        "candidate.name": "Zoë Łukasiewicz",
        "interviewer.name": "Dana Whitfield",
        "company": "Acme Analytics",
        "role": "Head of Data Platform",
        "interview.start": "2026-11-26T09:30",
        "interview.timezone": "America/New_York",
        **overrides,
    }
    page.goto("/")
    for name, value in values.items():
        page.locator(f'[name="{name}"]').fill(value)
    page.select_option('[name="reason"]', "timezone_mixup")
    page.get_by_text("Optional: contacts").click()
    page.locator('[name="candidate.timezone"]').fill("Europe/London")
    page.locator('[name="candidate.email"]').fill("zoe@example.com")
    page.locator('[name="interviewer.email"]').fill("dana@acme.example")


def test_intake_to_kit_across_time_zones(page):
    page.goto("/")
    shot(page, "intake")
    fill_intake(page)
    page.get_by_role("button", name="Get my recovery kit").click()
    page.wait_for_url("**/cases/1/kit")
    expect(page.get_by_role("heading", name="Your recovery kit")).to_be_visible()
    email = page.locator("#b-apology_email")
    expect(email).to_contain_text("Dear Dana Whitfield,")
    expect(email).to_contain_text("I misread the time zone")
    expect(email).to_contain_text("Zoë Łukasiewicz")
    expect(page.locator("#s-apology_email")).to_have_text(
        "Apologies for missing our interview – Zoë Łukasiewicz"
    )
    shot(page, "kit")
    page.goto("/cases/1/plan")
    expect(page.locator("svg.timeline")).to_be_visible()
    expect(page.locator("ol.steps")).to_contain_text("GMT for you")
    shot(page, "plan")


def test_copy_button_puts_the_text_on_the_clipboard(page):
    fill_intake(page)
    page.get_by_role("button", name="Get my recovery kit").click()
    page.wait_for_url("**/kit")
    # No phone number is given, so the kit scripts no call (#16): copy the short message.
    page.locator('button[data-copy="b-short_message"]').click()
    expect(page.locator("#b-short_message-status")).to_have_text("Copied.")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == page.locator("#b-short_message").text_content()
    assert copied.startswith("Dear Dana Whitfield,\n\nI am very sorry")


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
    assert str(event["SUMMARY"]) == "Interview: Head of Data Platform at Acme Analytics"
    other = next(iter(ics.Calendar(data.decode()).events))
    assert other.begin.datetime == event.decoded("DTSTART")
    assert tzical(io.StringIO(data.decode())).keys() == ["America/New_York"]


def test_review_a_flawed_draft_and_see_the_highlights(page):
    page.goto("/review")
    page.locator("#f-text").fill(
        "Subject: Missed interview\n\nHi Dana,\n\nSorry, my alarm didn't go off lol."
        " Can we do Thursday at 3pm?\n\nJake"
    )
    page.get_by_role("button", name="Review").click()
    expect(page.locator("#verdict")).to_contain_text("rewrite")
    blame = page.locator('mark[data-codes~="BLAME"]')
    expect(blame).to_have_text("my alarm didn't go off")
    expect(page.locator('mark[data-codes~="UNPROFESSIONAL_TONE"]')).to_have_text("lol")
    expect(page.locator('.finding[data-code="NO_OWNERSHIP"]')).to_be_visible()
    shot(page, "review")


def test_track_a_case_and_watch_the_dashboard_change(page):
    fill_intake(page)
    page.get_by_role("button", name="Get my recovery kit").click()
    page.wait_for_url("**/kit")
    page.goto("/cases")
    expect(page.locator("#case-rows")).to_contain_text("missed")
    expect(page.locator("#due")).to_contain_text("Email Dana Whitfield your apology")
    page.goto("/cases/1")
    page.get_by_role("button", name="apology sent").click()
    expect(page.locator("#status")).to_have_text("apologized")
    expect(page.get_by_role("button", name="interview done")).to_have_count(0)
    page.locator("#f-to").fill("2026-12-03T10:00")
    page.get_by_role("button", name="Log the new time").click()
    expect(page.locator("#status")).to_have_text("rescheduled")
    expect(page.locator("#history")).to_contain_text("rescheduled")
    page.goto("/cases")
    expect(page.locator("#case-rows")).to_contain_text("rescheduled")
    expect(page.locator("#case-rows")).to_contain_text("Confirm the new time in writing")
    shot(page, "cases")


def test_invalid_form_shows_field_errors_and_keeps_what_was_typed(page):
    fill_intake(page, **{"interview.timezone": "Mars/Olympus", "company": ""})
    page.locator('[name="interviewer.email"]').fill("dana-at-acme")
    page.get_by_role("button", name="Get my recovery kit").click()
    expect(page.locator("#form-errors")).to_be_visible()
    expect(page.locator("#e-company")).to_have_text("This is required.")
    expect(page.locator("#e-interview\\.timezone")).to_contain_text("not a known IANA time zone")
    expect(page.locator("#e-interviewer\\.email")).to_contain_text("valid email")
    expect(page.locator('[name="candidate.name"]')).to_have_value("Zoë Łukasiewicz")
    expect(page.locator('[name="interviewer.email"]')).to_have_value("dana-at-acme")
    expect(page.locator('[name="interview.timezone"]')).to_have_attribute("aria-invalid", "true")
    shot(page, "intake-errors")


def test_phone_width_is_usable(page):
    page.set_viewport_size({"width": 390, "height": 800})
    page.goto("/")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390  # nothing forces sideways scrolling on a phone
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.tagName") == "A"


def test_the_plan_timeline_stays_legible_on_a_phone(page):
    fill_intake(page)
    page.get_by_role("button", name="Get my recovery kit").click()
    page.wait_for_url("**/kit")
    page.set_viewport_size({"width": 390, "height": 800})
    page.goto("/cases/1/plan")
    heights = page.eval_on_selector_all(
        "svg.timeline text", "texts => texts.map(t => t.getBoundingClientRect().height)"
    )
    assert len(heights) >= 5 and min(heights) >= 10  # pixels: readable, not shrunk to fit
    assert page.evaluate("document.documentElement.scrollWidth") <= 390  # only the figure scrolls
    shot(page, "plan-phone")


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
    page.goto("/cases/1")
    page.get_by_role("link", name="Correct the details").click()
    expect(page.locator('[name="company"]')).to_have_value("Acme Analytics")
    page.locator('[name="role"]').fill("Chief Data Officer")
    page.get_by_role("button", name="Save the corrections").click()
    expect(page.locator("#saved")).to_contain_text("Details saved")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Chief Data Officer")
    page.get_by_text("Delete this case").click()
    page.get_by_role("button", name="Delete case 1 for good").click()
    expect(page.locator("#deleted")).to_have_text("Case 1 was deleted.")
    expect(page.locator("#case-rows")).to_contain_text("No cases yet")


def test_keyboard_users_can_skip_and_land_on_the_errors(page):
    page.goto("/")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to the main content")
    expect(skip).to_be_focused()
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
    page.locator("#f-text").fill("Hi Dana, my bus was late lol. Whatever.")
    page.get_by_role("button", name="Review").click()
    expect(page.locator('.finding[data-code="NO_APOLOGY"] strong')).to_have_text("No clear apology")
    page.goto("/nope")
    expect(page.get_by_role("heading", name="Not found")).to_be_visible()
    expect(page.get_by_role("alert")).to_have_text("There is no page at this address.")


def test_the_kit_and_the_case_page_agree_with_the_plan(page):
    fill_intake(page)
    page.get_by_role("button", name="Get my recovery kit").click()
    page.wait_for_url("**/kit")
    lead = page.locator("p.lead").first.inner_text()
    names = []
    for link in page.locator('a[href*="interview.ics?slot="]').all():
        with page.expect_download() as download:
            link.click()
        names.append(download.value.suggested_filename)
    assert len(names) >= 2 and len(set(names)) == len(names)  # no download overwrites another
    page.goto("/cases/1/plan")
    assert f"First: {page.locator('ol.steps li strong').first.inner_text()}" in lead
    page.goto("/cases/1")
    page.locator("#f-to").fill("2026-12-03T10:00")
    page.get_by_role("button", name="Log the new time").click()
    expect(page.locator("#logged")).to_contain_text("Logged: rescheduled")
    expect(page.locator("#agreed")).to_contain_text("Thu 03 Dec 10:00 EST for Dana Whitfield")
