"""The "They replied" journey in a real browser (issue 18): paste, read, accept, download."""

from icalendar import Calendar
from playwright.sync_api import expect

from test_browser import Audit, browser, fill_intake, page, server  # noqa: F401 - fixtures

OFFER = (
    "Hi Zoë,\n\nNo problem at all. Could you do Tuesday 1 December at 10am ET, "
    "or Wednesday at 2pm?\n\nBest,\nDana\n\n"
    "On Thu, 26 Nov 2026 at 15:10, Zoë wrote:\n> Could we meet Monday 30 November at 4pm?\n"
)

AWAY = "Automatic reply: I am out of the office and back on Monday 30 November 2026.\n"


def test_paste_a_reply_accept_a_time_and_get_the_ics(page, tmp_path):  # noqa: F811
    fill_intake(page)
    page.get_by_role("button", name="Get my recovery kit").click()
    page.wait_for_url("**/kit")
    page.goto("/cases/1")
    page.get_by_role("button", name="I sent the apology").click()
    # First an absence notice: its return date is noted only on the button.
    page.locator("#f-reply").fill(AWAY)
    page.get_by_role("button", name="Read the reply").click()
    expect(page.locator("#reply-kind")).to_have_text("auto reply")
    page.get_by_role("button", name="Note the return date").click()
    expect(page.locator("#logged")).to_contain_text("away")
    page.locator("#f-reply").fill(OFFER)
    page.get_by_role("button", name="Read the reply").click()
    expect(page.locator("#reply-kind")).to_have_text("proposes times")
    times = page.locator("#reply-times li")
    expect(times).to_have_count(2)  # the quoted Monday is not an offer
    expect(times.first).to_contain_text("10:00")
    expect(times.first).to_contain_text("15:00")
    expect(times.first).to_contain_text("Tuesday 1 December at 10am ET")
    audit = Audit(page, "laptop")
    audit("reply")
    assert audit.report() == {}
    times.first.get_by_role("button", name="Accept this time").click()
    expect(page.locator("#reply-status")).to_contain_text("rescheduled")
    expect(page.locator("#reply-message")).to_contain_text("December")
    with page.expect_download() as download:
        page.locator("#ics").click()
    path = tmp_path / "interview.ics"
    download.value.save_as(path)
    (event,) = Calendar.from_ical(path.read_bytes()).walk("VEVENT")
    assert event.decoded("DTSTART").isoformat() == "2026-12-01T10:00:00-05:00"
    page.goto("/cases/1")
    expect(page.locator("#history")).to_contain_text("They offered new times.")
    expect(page.locator("#status")).to_have_text("rescheduled")
