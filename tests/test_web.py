"""The web app and the JSON API, through an in-process client on a real database."""

import contextlib
import json
import re
from email import message_from_bytes, policy

import pytest
from bs4 import BeautifulSoup
from fastapi.testclient import TestClient
from hypothesis import errors as hypothesis_errors
from icalendar import Calendar

from conftest import FIXED_NOW, make_case
from secondchance.cli import cli
from secondchance.core.events import allowed_events
from secondchance.web.app import WebSettings, create_app
from secondchance.web.security import CSP, Guard
from secondchance.wording import BY_ID

BASE_URL = "http://127.0.0.1:8731"
SMTP_ENV = {
    "SECONDCHANCE_SMTP_URL": "smtp+starttls://zoe@127.0.0.1:1",
    "SECONDCHANCE_SMTP_PASSWORD": "do-not-show-me-9731",
}


def build_client(db_url, guard=None, env=None):
    settings = WebSettings(db_url, guard or Guard(), env or {})
    return TestClient(create_app(settings, clock=lambda: FIXED_NOW), base_url=BASE_URL)


@pytest.fixture
def client(db_url):
    with build_client(db_url, env=SMTP_ENV) as test_client:
        yield test_client


def soup(response):
    return BeautifulSoup(response.text, "html.parser")


def csrf(client, path="/"):
    page = client.get(path)
    return soup(page).find("input", {"name": "csrf"})["value"]


def form_values(page):
    """Return what a browser would send back from the page's form, as it stands."""
    values = {
        field["name"]: field.get("value", "")
        for field in page.select("form input")
        if field.get("type") != "checkbox"
    }
    # A select with nothing chosen sends its first option, as a browser does.
    values.update(
        {
            s["name"]: (s.find("option", selected=True) or s.find("option"))["value"]
            for s in page("select")
        }
    )
    return values


def add_case(client, **changes):
    response = client.post("/api/cases", json=make_case(**changes))
    assert response.status_code == 201, response.text
    return response.json()["id"]


# --- The API returns what the CLI prints -------------------------------------------------------


def cli_json(runner, *args, stdin=None):
    clock = [] if args[0] == "review" else ["--now", FIXED_NOW.isoformat()]
    result = runner.invoke(cli, [*args, "--json", *clock], input=stdin)
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.output)


def test_kit_plan_and_review_match_the_cli(client, runner):
    case = make_case(recruiter={"name": "Priya Raman", "email": "priya@talent.example"})
    now = {"now": FIXED_NOW.isoformat()}
    assert client.post("/api/kit", json=case, params=now).json() == cli_json(
        runner, "kit", "--case", "-", stdin=json.dumps(case)
    )
    assert client.post("/api/plan", json=case, params=now).json() == cli_json(
        runner, "plan", "--case", "-", stdin=json.dumps(case)
    )
    draft = "Hi Dana,\nSorry, my alarm didn't go off lol. Can we do Thursday at 3pm?"
    api = client.post("/api/review", json={"text": draft, "channel": "email"}).json()
    assert api == cli_json(runner, "review", "-", stdin=draft)
    assert {"BLAME", "UNPROFESSIONAL_TONE"} <= {f["code"] for f in api["findings"]}


def test_api_review_refuses_an_empty_draft(client):
    response = client.post("/api/review", json={"text": "  \n"})
    assert response.status_code == 422
    [problem] = response.json()["detail"]  # every 422 answers a list, even without a field
    assert problem["loc"] == [] and "empty" in problem["msg"]


def test_api_cases_and_events(client):
    case_id = add_case(client)
    assert client.get("/api/cases").json()[0]["status"] == "missed"
    logged = client.post(f"/api/cases/{case_id}/events", json={"event": "apology_sent"})
    assert logged.status_code == 200 and logged.json()["status"] == "apologized"
    refused = client.post(f"/api/cases/{case_id}/events", json={"event": "interview_done"})
    assert refused.status_code == 422 and "Allowed now" in refused.json()["detail"][0]["msg"]
    assert client.get("/api/cases/999").status_code == 404
    detail = client.get(f"/api/cases/{case_id}").json()
    assert {"id", "status", "case", "events", "plan", "kit"} <= detail.keys()
    assert client.get("/api/due").status_code == 200


def test_api_ics_is_a_calendar(client):
    response = client.post("/api/ics", json={"case": make_case(), "slot": 1})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/calendar")
    assert list(Calendar.from_ical(response.content).walk("VEVENT"))


@pytest.mark.parametrize(
    ("body", "where"),
    [
        (make_case(candidate__name=""), ["body", "candidate", "name"]),
        (make_case(interviewer__email="nope"), ["body", "interviewer", "email"]),
        (make_case(reason="aliens"), ["body", "reason"]),
        (make_case(company="Acme\r\nBcc: x@y.z"), ["body", "company"]),
        ({"candidate": "x" * 200_000}, ["body", "candidate"]),
    ],
)
def test_api_bad_input_is_a_422_with_field_errors(client, body, where):
    response = client.post("/api/kit", json=body)
    assert response.status_code == 422
    assert where in [error["loc"] for error in response.json()["detail"]]


def test_api_future_interview_and_bad_now_are_422(client):
    future = make_case(interview__start="2027-06-01T10:00")
    assert client.post("/api/kit", json=future).status_code == 422
    naive = client.post("/api/kit", json=make_case(), params={"now": "2026-11-26T10:00"})
    assert naive.status_code == 422


def test_openapi_describes_the_api_and_no_page_needs_a_cdn(client):
    assert client.get("/docs").status_code == 404  # its scripts would come from a CDN
    paths = client.get("/openapi.json").json()["paths"]
    assert {
        "/api/kit",
        "/api/plan",
        "/api/review",
        "/api/ics",
        "/api/cases",
        "/api/cases/{case_id}/events",
        "/api/due",
    } <= paths.keys()


# --- Security ----------------------------------------------------------------------------------


def test_security_headers_everywhere(client):
    for path in ("/", "/api/ping", "/static/app.css", "/cases"):
        response = client.get(path)
        assert response.headers["content-security-policy"] == CSP
        assert "'unsafe-inline'" not in CSP
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["x-frame-options"] == "DENY"
        assert response.headers["referrer-policy"] == "same-origin"


def test_pages_have_no_inline_scripts(client):
    case_id = add_case(client)
    for path in ("/", f"/cases/{case_id}/kit", f"/cases/{case_id}/plan", "/cases", "/review"):
        for script in soup(client.get(path)).find_all("script"):
            assert script.get("src") == "/static/app.js" and not script.string


def test_host_header_must_be_allowed(client):
    assert client.get("/", headers={"host": "attacker.example"}).status_code == 400
    assert client.get("/", headers={"host": "localhost:8731"}).status_code == 200
    assert client.get("/", headers={"host": "[::1]:8731"}).status_code == 200


def test_a_non_loopback_server_needs_its_token(db_url):
    with pytest.raises(ValueError, match="needs a token"):
        Guard(bind_host="192.0.2.10")
    guard = Guard(bind_host="0.0.0.0", token="tok-3141")  # noqa: S104 - the case under test
    with build_client(db_url, guard) as guarded:
        assert guarded.get("/").status_code == 401
        assert guarded.get("/api/ping").status_code == 401
        assert guarded.get("/?token=wrong").status_code == 401
        first = guarded.get("/?token=tok-3141")
        assert first.status_code == 200 and "sc_token" in first.cookies
        assert guarded.get("/cases").status_code == 200  # the cookie carries on
    with build_client(db_url, guard) as fresh:
        assert (
            fresh.get("/api/ping", headers={"authorization": "Bearer tok-3141"}).status_code == 200
        )


# The six answers of the intake form, as a person types them (with one typo to correct).
INTAKE = {
    "candidate.name": "Zoë Łukasiewicz",
    "interviewer.name": "Dana Whitfield",
    "company": "Acme Analtyics",  # the typo that Back is pressed for
    "role": "Head of Data Platform",
    "interview.start": "2026-11-26T09:30",
    "interview.timezone": "America/New_York",
    "reason": "forgot",
}
# The same answers typed right, for tests that add one optional field to them.
ANSWERS = INTAKE | {"company": "Acme Analytics"}


def test_forms_need_the_csrf_token(client):
    form = INTAKE
    assert client.post("/", data=form).status_code == 422
    assert client.post("/", data={**form, "csrf": "forged"}).status_code == 422
    ok = client.post("/", data={**form, "csrf": csrf(client)}, follow_redirects=False)
    assert ok.status_code == 303 and ok.headers["location"] == "/cases/1/kit"


def test_api_writes_need_json_and_the_same_origin(client):
    body = json.dumps(make_case())
    as_form = client.post("/api/kit", content=body, headers={"content-type": "text/plain"})
    assert as_form.status_code == 415
    foreign = client.post(
        "/api/kit",
        content=body,
        headers={"content-type": "application/json", "origin": "http://evil.example"},
    )
    assert foreign.status_code == 403
    own = client.post(
        "/api/kit", content=body, headers={"content-type": "application/json", "origin": BASE_URL}
    )
    assert own.status_code == 200


def test_user_text_is_escaped(client):
    case_id = add_case(
        client, candidate__name="<script>alert(1)</script>", company="<img src=x onerror=alert(2)>"
    )
    page = client.get(f"/cases/{case_id}/kit")
    assert "<script>alert(1)</script>" not in page.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page.text
    assert not soup(page).find("img")
    assert soup(page).find("h1").get_text() == "Your recovery kit"


def test_the_smtp_password_never_reaches_a_page(client):
    case_id = add_case(client)
    for path in (
        "/",
        f"/cases/{case_id}/kit",
        f"/cases/{case_id}",
        "/cases",
        f"/cases/{case_id}/plan",
        "/openapi.json",
    ):
        assert SMTP_ENV["SECONDCHANCE_SMTP_PASSWORD"] not in client.get(path).text
    # A failed send shows its reason, still without the password.
    token = csrf(client, f"/cases/{case_id}/kit")
    client.post(f"/cases/{case_id}/messages/apology_email/send", data={"csrf": token})
    page = client.get(f"/cases/{case_id}")
    assert "failed" in page.text
    assert SMTP_ENV["SECONDCHANCE_SMTP_PASSWORD"] not in page.text


# --- Pages -------------------------------------------------------------------------------------


def test_intake_errors_are_shown_on_the_fields_and_typing_is_kept(client):
    form = {
        "csrf": csrf(client),
        "candidate.name": "Nguyễn Thị Minh",
        "interviewer.name": "",
        "company": "Acme",
        "role": "CFO",
        "interview.start": "2026-11-26T09:30",
        "interview.timezone": "Mars/Base",
        "reason": "forgot",
        "interviewer.email": "not-an-email",
    }
    page = client.post("/", data=form)
    assert page.status_code == 422
    html = soup(page)
    assert html.find(id="e-interviewer.name").get_text() == BY_ID["required"].text
    assert html.find(id="e-interview.timezone").get_text() == BY_ID["zone"].text
    assert html.find(id="e-interviewer.email").get_text() == BY_ID["email"].text
    assert html.find("input", {"name": "candidate.name"})["value"] == "Nguyễn Thị Minh"
    assert html.find("input", {"name": "interviewer.email"})["value"] == "not-an-email"
    assert html.find("details").has_attr("open")  # the optional field with an error is shown
    # The people's zones were left blank and copied from the interview's: no error of their own.
    assert not html.find(id="e-interviewer.timezone") and not html.find(id="e-candidate.timezone")


def test_kit_page_shows_every_message_and_switches_tone(client):
    case_id = add_case(client)
    html = soup(client.get(f"/cases/{case_id}/kit"))
    bodies = html.select("pre.body")
    # The plan calls after the email, so the kit holds no second, after-the-call email (#16).
    # Seven messages and the note after the call, which is made now (the interviewer works
    # the Thanksgiving the interview was set on).
    assert len(bodies) == 8 and "Dear Dana Whitfield," in html.find(id="b-apology_email").text
    assert html.find(id="s-apology_email").get_text().startswith("Apologies for missing")
    assert html.find("a", href=f"/cases/{case_id}/messages/apology_email.eml")
    assert html.find("button", {"data-copy": "b-apology_email"})
    # Each message says when it is meant to be used (#16).
    assert len(html.select("p.send-when")) == len(bodies)
    assert html.find(id="w-apology_email").get_text().strip()
    warm = soup(client.get(f"/cases/{case_id}/kit?tone=warm"))
    assert "Hello Dana," in warm.find(id="b-apology_email").get_text()  # the first name, warm


def test_downloads_parse(client):
    case_id = add_case(client)
    eml = client.get(f"/cases/{case_id}/messages/apology_email.eml")
    assert message_from_bytes(eml.content, policy=policy.default)["To"]
    assert "attachment" in eml.headers["content-disposition"]
    ics = client.get(f"/cases/{case_id}/interview.ics?slot=2")
    assert list(Calendar.from_ical(ics.content).walk("VEVENT"))
    reminders = client.get(f"/cases/{case_id}/reminders.ics")
    assert len(list(Calendar.from_ical(reminders.content).walk("VEVENT"))) >= 3
    assert client.get(f"/cases/{case_id}/interview.ics?slot=9").status_code == 422


def test_plan_page_draws_the_timeline_as_days(client):
    case_id = add_case(client)
    html = soup(client.get(f"/cases/{case_id}/plan"))
    days = html.select("#timeline section.day")
    headings = [day.find("h2").get_text() for day in days]
    assert headings[0] == "Thursday 26 November"  # days are the candidate's (London)
    assert len(html.select("#timeline li.step")) == 5  # email, call, two follow-ups, close
    # "Now" sits on today's list, before the first step still to come.
    first_day = [li["class"][0] for li in days[0].find_all("li")]
    assert "now-marker" in first_day
    assert "EST for Dana Whitfield" in html.get_text()
    assert not html.find("svg")  # nothing that scrolls sideways on a phone


def test_case_page_offers_only_allowed_events_and_logging_moves_it(client):
    case_id = add_case(client)
    html = soup(client.get(f"/cases/{case_id}"))
    offered = {b["value"] for b in html.find_all("button", {"name": "event"})}
    offered |= {i["value"] for i in html.select('details.confirm input[name="event"]')}
    assert offered | {"rescheduled"} == set(allowed_events("missed"))
    assert all("_" not in b.get_text() for b in html.find_all("button"))  # words, not ids
    token = html.find("input", {"name": "csrf"})["value"]
    client.post(f"/cases/{case_id}/events", data={"csrf": token, "event": "apology_sent"})
    html = soup(client.get(f"/cases/{case_id}"))
    assert html.find(id="status").get_text() == "apologized"
    client.post(
        f"/cases/{case_id}/events",
        data={
            "csrf": token,
            "event": "rescheduled",
            "to": "2026-12-03T10:00",
            "timezone": "America/New_York",
        },
    )
    assert soup(client.get(f"/cases/{case_id}")).find(id="status").get_text() == "rescheduled"
    refused = client.post(f"/cases/{case_id}/events", data={"csrf": token, "event": "declined!"})
    assert refused.status_code == 422


def test_review_page_highlights_findings(client):
    draft = "Hi Dana,\nSorry, my alarm didn't go off lol. Can we do Thursday at 3pm?"
    page = client.post("/review", data={"csrf": csrf(client, "/review"), "text": draft})
    html = soup(page)
    marks = html.find(id="highlighted").find_all("mark")
    assert "my alarm didn't go off" in [m.get_text() for m in marks]
    assert any("BLAME" in m["data-codes"] for m in marks)
    assert html.find(id="highlighted").get_text() == draft
    assert html.find(id="verdict")["data-verdict"] == "rewrite"


# "Ty" is texting for "thank you", and also how the writer names Ty Yıldırım (issue 17).
NAMED_DRAFT = (
    "Dear Ms Yıldırım,\n\nI am sorry I missed our interview; it was my mistake. Please thank Ty"
    " for the reminder. I remain keen on the role and would welcome another time.\n\nBest,\n"
    "Phạm Văn An\n"
)


def _tone_excerpts(findings):
    return [f["excerpt"] for f in findings if f["code"] == "UNPROFESSIONAL_TONE"]


def test_api_review_with_a_case_reads_its_names_as_names(client):
    case_id = add_case(client, candidate__name="Phạm Văn An", interviewer__name="Ty Yıldırım")
    plain = client.post("/api/review", json={"text": NAMED_DRAFT})
    for_case = client.post("/api/review", json={"text": NAMED_DRAFT, "case_id": case_id})
    assert _tone_excerpts(plain.json()["findings"]) == ["Ty"]
    assert _tone_excerpts(for_case.json()["findings"]) == []
    missing = client.post("/api/review", json={"text": NAMED_DRAFT, "case_id": case_id + 1})
    assert missing.status_code == 404


def test_the_case_page_reviews_a_draft_with_the_case_names(client):
    case_id = add_case(client, candidate__name="Phạm Văn An", interviewer__name="Ty Yıldırım")
    link = soup(client.get(f"/cases/{case_id}")).find(id="review-for-case")["href"]
    form = soup(client.get(link))
    assert "Phạm Văn An" in form.find(id="for-case").get_text()
    sent = {**form_values(form), "text": NAMED_DRAFT}
    assert sent["case_id"] == str(case_id)
    marked = soup(client.post("/review", data=sent)).find(id="highlighted").find_all("mark")
    assert "Ty" not in [m.get_text() for m in marked]
    del sent["case_id"]
    marked = soup(client.post("/review", data=sent)).find(id="highlighted").find_all("mark")
    assert "Ty" in [m.get_text() for m in marked]


def test_review_page_and_api_say_what_was_left_out_of_the_review(client):
    reply = "Hi Dana,\nSorry I missed it, my mistake. Another time?\n\nOn Tue, Dana wrote:\n> Hi"
    page = client.post("/review", data={"csrf": csrf(client, "/review"), "text": reply})
    assert "On Tue, Dana wrote:" in soup(page).find(id="not-reviewed").get_text()
    api = client.post("/api/review", json={"text": reply}).json()
    assert reply[api["not_reviewed_from"] :].startswith("On Tue")
    whole = client.post("/api/review", json={"text": "Sorry I missed it."}).json()
    assert whole["not_reviewed_from"] is None


def test_cases_dashboard_lists_due_steps(client):
    add_case(client)
    html = soup(client.get("/cases"))
    # The interview was set on Thanksgiving, so the interviewer works it: the call is due now.
    assert "Call Dana Whitfield" in html.find(id="due").get_text()
    assert len(html.find(id="case-rows").find_all("tr")) == 1


def test_schemathesis_finds_no_server_error_and_no_schema_mismatch(db_url):
    """Every answer matches the OpenAPI document: status, content type, body and headers.

    Its positive-data check is left out: a schema cannot say that a time zone must exist or
    that an interview must already have been missed, so schema-valid bodies are refused.
    """
    import schemathesis
    from hypothesis import HealthCheck, given, settings

    # The in-process client of schemathesis calls itself "testserver".
    guard = Guard(extra_hosts=frozenset({"testserver"}))
    app = create_app(WebSettings(db_url, guard), clock=lambda: FIXED_NOW)
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    unjudgeable = [schemathesis.checks.positive_data_acceptance]

    failures = []
    for operation in schema.get_all_operations():
        for mode, examples in (("POSITIVE", 25), ("NEGATIVE", 10)):
            generation = getattr(schemathesis.GenerationMode, mode)
            strategy = operation.ok().as_strategy(generation_mode=generation)

            @settings(
                max_examples=examples,
                deadline=None,
                database=None,
                suppress_health_check=list(HealthCheck),
            )
            @given(case=strategy)
            def run(case):
                response = case.call()
                try:
                    case.validate_response(response, excluded_checks=unjudgeable)
                except BaseExceptionGroup as found:
                    for failure in found.exceptions:
                        failures.append((case.method, case.path, response.status_code, failure))
                except AssertionError as failure:
                    failures.append((case.method, case.path, response.status_code, failure))

            # An operation without parameters has no negative case.
            with contextlib.suppress(hypothesis_errors.Unsatisfiable):
                run()
    assert failures == []


# --- Pages a stressed person uses -------------------------------------------------------------


def test_an_unknown_page_is_a_page_and_an_unknown_api_path_is_json(client):
    page = client.get("/nope")
    assert page.status_code == 404 and page.headers["content-type"].startswith("text/html")
    assert "There is no page at this address." in soup(page).find(role="alert").get_text()
    assert soup(page).find("a", href="/cases")
    api = client.get("/api/nope")
    assert api.status_code == 404 and api.json() == {"detail": "Not Found"}


def test_a_refused_review_keeps_the_draft_on_the_form(client):
    draft = "Hi Dana,\n\nZoë here <script>x</script>; sorry I missed it.\r\nCan we talk?"
    for form, reason in (
        ({"text": draft, "csrf": "expired"}, "expired"),
        ({"text": draft + "x" * 100_001, "csrf": csrf(client, "/review")}, "in parts"),
        ({"text": "   ", "csrf": csrf(client, "/review")}, "Paste your draft"),
    ):
        page = client.post("/review", data=form)
        assert page.status_code == 422
        html = soup(page)
        assert reason in html.find(id="review-error").get_text()
        assert html.find("textarea", {"name": "text"}).get_text() == form["text"]
        assert "<script>x</script>" not in page.text


def test_review_findings_are_named_in_words_as_well_as_codes(client):
    page = client.post(
        "/review",
        data={"text": "Hey, my bus was late lol. Whatever.", "csrf": csrf(client, "/review")},
    )
    html = soup(page)
    titles = {f["data-code"]: f.find("h4").get_text() for f in html.select(".finding")}
    assert titles["NO_APOLOGY"] == "No clear apology"
    assert all(title and not title.isupper() for title in titles.values())
    assert "_" not in " ".join(mark["title"] for mark in html.select("mark"))


def test_an_over_long_private_note_marks_the_note_field(client):
    form = {
        "csrf": csrf(client),
        "candidate.name": "Zoë",
        "interviewer.name": "Dana",
        "company": "Acme",
        "role": "CFO",
        "interview.start": "2026-11-26T09:30",
        "interview.timezone": "America/New_York",
        "reason": "forgot",
        "note": "n" * 10_000,
    }
    page = client.post("/", data=form)
    assert page.status_code == 422
    html = soup(page)
    note = html.find("textarea", {"name": "note"})
    assert note["aria-invalid"] == "true" and note.get_text() == "n" * 10_000
    assert html.find(id="e-note").get_text()
    assert html.select_one('#form-errors a[href="#f-note"]').get_text() == "Private note"


def test_a_rule_across_two_answers_is_explained_in_plain_words(client):
    # A recruiter reached but never named: the page says what to do, and keeps the answers.
    page = client.post("/", data={**INTAKE, "contact": "recruiter", "csrf": csrf(client)})
    assert page.status_code == 422
    html = soup(page)
    summary = html.find(id="form-errors").get_text(" ", strip=True)
    assert "please give the recruiter's name too" in summary
    assert "needs another look." not in summary.split("What you typed is kept below.")[1]
    assert html.find("input", {"name": "company"})["value"] == "Acme Analtyics"


def test_the_six_questions_are_asked_first_and_no_zone_is_guessed(client):
    html = soup(client.get("/"))
    questions = html.select("ol.questions > li")
    assert len(questions) == 6
    asked = {tag["name"] for q in questions for tag in q.select("input, select")}
    assert {"candidate.timezone", "interview.format", "reason", "interview.start"} <= asked
    assert not html.find("details").find(attrs={"name": "candidate.timezone"})
    zone = html.find("select", {"name": "interview.timezone"})
    assert zone.find("option", selected=True) is None  # never pre-filled
    labels = {o["value"]: o.get_text() for o in zone.find_all("option")}
    assert labels["America/New_York"] == "United States – New York"
    assert "IANA" not in html.get_text() and "YYYY" not in html.get_text()


def test_the_kit_leads_with_the_plans_first_step_not_a_fixed_call(client):
    # Noticed at 03:00 in New York, on Thanksgiving, the day after the interview: the plan
    # emails now and calls in working hours.
    case_id = add_case(
        client, candidate__timezone="Europe/London", interview__start="2026-11-25T09:30"
    )
    late_night = FIXED_NOW.replace(hour=8, minute=0)
    plan = client.get(f"/api/cases/{case_id}", params={"now": late_night.isoformat()}).json()
    first = plan["plan"]["actions"][0]
    page = client.get(f"/cases/{case_id}/kit", params={"now": late_night.isoformat()})
    lead = soup(page).find(id="first-step").find("h2").get_text(" ", strip=True)
    assert lead == first["title"]
    assert "Call" not in lead


def test_the_case_page_confirms_a_logged_event_and_shows_the_agreed_time(client):
    case_id = add_case(client)
    token = csrf(client, f"/cases/{case_id}")
    logged = client.post(
        f"/cases/{case_id}/events",
        data={"csrf": token, "event": "rescheduled", "to": "2026-12-03T10:00"},
    )
    html = soup(logged)
    assert "rescheduled" in html.find(id="logged").get_text()
    assert "Thu 03 Dec 10:00 EST for Dana Whitfield" in html.find(id="agreed").get_text()
    assert "Logged" not in soup(client.get(f"/cases/{case_id}?logged=nonsense")).get_text()


def test_sending_the_same_intake_form_again_corrects_its_case(client):
    form = soup(client.get("/"))
    fields = {"csrf": form.find("input", {"name": "csrf"})["value"]}
    fields["draft"] = form.find("input", {"name": "draft"})["value"]
    first = client.post("/", data={**INTAKE, **fields}, follow_redirects=False)
    again = client.post(
        "/", data={**INTAKE, **fields, "company": "Acme Analytics"}, follow_redirects=False
    )
    assert first.headers["location"] == again.headers["location"] == "/cases/1/kit"
    assert [case["company"] for case in client.get("/api/cases").json()] == ["Acme Analytics"]
    forged = client.post("/", data={**INTAKE, **fields, "draft": "not-a-uuid"})
    assert forged.status_code == 200 and len(client.get("/api/cases").json()) == 2


def test_a_draft_id_is_spent_once_its_case_has_a_history(client):
    form = soup(client.get("/"))
    fields = {"csrf": form.find("input", {"name": "csrf"})["value"]}
    fields["draft"] = form.find("input", {"name": "draft"})["value"]
    assert client.post("/", data={**INTAKE, **fields}).status_code == 200
    moved = {"event": "rescheduled", "to": "2026-12-03T10:00", "timezone": "America/New_York"}
    assert client.post("/api/cases/1/events", json=moved).status_code == 200
    other = {**INTAKE, **fields, "company": "Other Co", "interview.start": "2026-11-26T08:00"}
    again = client.post("/", data=other, follow_redirects=False)
    assert again.headers["location"] == "/cases/2/kit"
    first = client.get("/api/cases/1").json()
    assert first["case"]["company"] == "Acme Analtyics" and first["status"] == "rescheduled"
    second = client.get("/api/cases/2").json()
    assert second["case"]["company"] == "Other Co" and second["events"] == []
    assert second["uuid"] != fields["draft"]


def test_a_case_is_corrected_on_its_edit_page_and_keeps_its_history(client):
    case_id = add_case(client, company="Acme Analtyics")
    client.post(f"/api/cases/{case_id}/events", json={"event": "called"})
    page = soup(client.get(f"/cases/{case_id}/edit"))
    assert page.find("form")["action"] == f"/cases/{case_id}/edit"
    values = form_values(page)
    assert values["company"] == "Acme Analtyics" and values["interview.start"] == "2026-11-26T09:30"
    bad = client.post(f"/cases/{case_id}/edit", data={**values, "interviewer.email": "nope"})
    assert bad.status_code == 422 and soup(bad).find(id="e-interviewer.email")
    saved = client.post(f"/cases/{case_id}/edit", data={**values, "company": "Acme Analytics"})
    assert "Details saved" in soup(saved).find(id="saved").get_text()
    detail = client.get(f"/api/cases/{case_id}").json()
    assert detail["case"]["company"] == "Acme Analytics" and detail["status"] == "contacted"
    assert [event["event"] for event in detail["events"]] == ["called"]


def test_a_case_is_deleted_from_its_page_and_through_the_api(client):
    first, second = add_case(client), add_case(client)
    page = soup(client.get(f"/cases/{first}"))
    assert page.title.get_text() == f"Case {first} – secondchance"  # the form is in the body
    assert page.find("main").find("form", action=f"/cases/{first}/delete")
    token = csrf(client, f"/cases/{first}")
    gone = client.post(f"/cases/{first}/delete", data={"csrf": token})
    assert f"Case {first} was deleted." in soup(gone).find(id="deleted").get_text()
    assert client.get(f"/cases/{first}").status_code == 404
    foreign = client.delete(f"/api/cases/{second}", headers={"origin": "http://evil.example"})
    assert foreign.status_code == 403
    assert client.delete(f"/api/cases/{second}").status_code == 204
    assert client.get("/api/cases").json() == []
    assert client.delete(f"/api/cases/{second}").status_code == 404


def test_api_put_corrects_a_case(client):
    case_id = add_case(client)
    address = f"/api/cases/{case_id}?version=1"
    changed = client.put(address, json=make_case(role="Chief Data Officer"))
    assert changed.status_code == 200 and changed.json()["case"]["role"] == "Chief Data Officer"
    assert changed.json()["version"] == 2
    refused = client.put(f"/api/cases/{case_id}?version=2", json=make_case(company="A\r\nB"))
    assert refused.status_code == 422
    assert client.get(f"/api/cases/{case_id}").json()["case"]["role"] == "Chief Data Officer"


def test_an_edit_shows_at_once_on_the_kit_page_and_in_what_is_due(client):
    # Reading a case reuses what it validated before for the same stored text, and the kit
    # what it wrote before for the same situation (#19): neither an edit of the details nor a
    # logged event may be answered from an earlier read.
    case_id = add_case(client)
    page = f"/cases/{case_id}/kit"

    def bodies():
        return " ".join(body.get_text() for body in soup(client.get(page)).select("pre.body"))

    assert "Acme Analytics" in bodies()
    assert {item["company"] for item in client.get("/api/due").json()} == {"Acme Analytics"}

    edited = client.put(f"/api/cases/{case_id}?version=1", json=make_case(company="Borealis Labs"))
    assert edited.status_code == 200
    assert "Borealis Labs" in bodies() and "Acme" not in bodies()
    assert {item["company"] for item in client.get("/api/due").json()} == {"Borealis Labs"}

    assert "call" in {item["action"]["id"] for item in client.get("/api/due").json()}
    logged = client.post(f"/api/cases/{case_id}/events", json={"event": "called"})
    assert logged.status_code == 200, logged.text
    assert "call" not in {item["action"]["id"] for item in client.get("/api/due").json()}


def test_each_proposed_slot_downloads_under_its_own_name(client):
    case_id = add_case(client)
    names = {
        client.get(f"/cases/{case_id}/interview.ics", params={"slot": slot}).headers[
            "content-disposition"
        ]
        for slot in (1, 2, 3)
    }
    assert len(names) == 3 and all("interview-option-" in name for name in names)


def test_every_case_field_is_on_the_form_and_a_cli_flag(runner):
    from secondchance.core.fields import CASE_FIELDS

    form_names = {tag["name"] for tag in soup_of_intake()("input") + soup_of_intake()("select")}
    form_names |= {tag["name"] for tag in soup_of_intake()("textarea")}
    help_text = runner.invoke(cli, ["kit", "--help"], terminal_width=200).output
    for field in CASE_FIELDS:
        assert field.path in form_names, field.path
        assert field.flag in help_text, field.flag
    assert "--note" in help_text and "candidate.linkedin_url" in form_names


def soup_of_intake():
    with build_client("sqlite://") as fresh:
        return soup(fresh.get("/"))


def test_a_recruiter_email_without_a_name_asks_for_the_name(client):
    form = {**INTAKE, "csrf": csrf(client), "recruiter.email": "priya@talent.example"}
    page = client.post("/", data=form)
    assert page.status_code == 422
    assert soup(page).find(id="e-recruiter.name").get_text()


def test_the_kit_page_and_its_api_twin_come_from_one_view(client):
    case_id = add_case(client)
    api = client.get(f"/api/cases/{case_id}/kit", params={"tone": "warm"})
    assert api.status_code == 200
    view = api.json()
    page = soup(client.get(f"/cases/{case_id}/kit", params={"tone": "warm"}))
    bodies = {pre["id"].removeprefix("b-"): pre.get_text() for pre in page.select("pre.body")}
    messages = view["kit"]["messages"]
    expected = {
        key: m["body"] + ("\n" + m["signature"] if m["signature"] else "")
        for key, m in messages.items()
    }
    assert bodies == expected
    assert view["plan"]["actions"][0]["title"] == page.select_one("#first-step h2").get_text()
    assert set(view["mailto"]) <= set(messages)
    assert client.get(f"/api/cases/{case_id}/kit", params={"tone": "loud"}).status_code == 422
    assert client.get("/api/cases/999/kit").status_code == 404


def test_the_plan_page_and_its_api_twin_agree(client):
    case_id = add_case(client)
    plan = client.get(f"/api/cases/{case_id}/plan").json()
    page = soup(client.get(f"/cases/{case_id}/plan"))
    titles = [li.find("strong").get_text() for li in page.select("ol.steps li.step")]
    assert titles == [action["title"] for action in plan["actions"]]


# --- Issue 20: errors in words beside their field, the kit in the plan's order ---------------


def log(client, case_id, **data):
    return client.post(
        f"/cases/{case_id}/events", data={"csrf": csrf(client, f"/cases/{case_id}"), **data}
    )


@pytest.mark.parametrize(
    ("to", "zone", "field", "wording"),
    [
        ("2026-11-20T10:00", "America/New_York", "e-to", "new_time_past"),
        ("2028-01-10T10:00", "America/New_York", "e-to", "new_time_far"),
        ("2026-12-03T10:00", "Mars/Olympus", "e-tz", "zone"),
        ("2027-03-14T02:30", "America/New_York", "e-to", "clocks_skip"),
        ("next tuesday", "America/New_York", "e-to", "date_time"),
    ],
)
def test_a_refused_new_time_comes_back_beside_its_field_refilled(client, to, zone, field, wording):
    case_id = add_case(client)
    page = log(client, case_id, event="rescheduled", to=to, timezone=zone, note="")
    assert page.status_code == 422
    html = soup(page)
    assert html.find(id=field).get_text() == BY_ID[wording].text
    form = html.find(id="reschedule")
    assert form.find("input", {"name": "to"})["value"] == to
    assert html.find(id="event-errors").get_text(" ", strip=True).startswith("That was not saved.")
    assert to not in html.find(id="event-errors").get_text()  # words, not the raw ISO text
    assert client.get(f"/api/cases/{case_id}").json()["events"] == []


def test_declining_and_closing_ask_first_and_a_note_is_kept(client):
    case_id = add_case(client)
    html = soup(client.get(f"/cases/{case_id}"))
    assert html.find(id="history").name == "p"  # an empty history is a sentence, not a list
    for event in ("declined", "closed"):
        confirm = html.find(id=f"confirm-{event}")
        assert confirm.name == "details" and not confirm.has_attr("open")
        assert confirm.find("textarea", {"name": "note"})
    log(client, case_id, event="called", note="Left word with her assistant")
    log(client, case_id, event="rescheduled", to="2026-12-03T10:00", timezone="America/New_York")
    history = soup(client.get(f"/cases/{case_id}")).find(id="history")
    entries = [li.get_text(" ", strip=True) for li in history.find_all("li")]
    assert "Left word with her assistant" in entries[0]
    assert "Thu 03 Dec 10:00 EST for Dana Whitfield" in entries[1]


def test_after_a_reschedule_the_kit_leads_with_the_confirmation(client):
    case_id = add_case(client)
    log(client, case_id, event="rescheduled", to="2026-12-03T10:00", timezone="America/New_York")
    html = soup(client.get(f"/cases/{case_id}/kit"))
    first = html.find(id="first-step")
    assert first.find(id="m-reschedule_confirmation")
    assert (
        first.find(id="first-when")
        .get_text()
        .endswith("GMT your time (10:40 EST for Dana Whitfield)")
    )
    assert all(box.name == "details" for box in html.select("details.later"))
    assert not html.select_one("details.later[open]")  # what is not for now is folded
    assert [h.name for h in html.select("main h1, main h2, main h3")][:3] == ["h1", "h2", "h3"]


def test_the_kit_follows_the_plan_and_names_every_copy_button(client):
    case_id = add_case(client)
    plan = client.get(f"/api/cases/{case_id}/plan").json()["actions"]
    html = soup(client.get(f"/cases/{case_id}/kit"))
    shown = [div["id"].removeprefix("m-") for div in html.select("div.message")]
    planned = [a["message_id"] for a in plan if a["message_id"]]
    assert [m for m in shown if m in planned] == planned
    copy_buttons = html.select("button[data-copy]")
    names = [button.get_text() for button in copy_buttons]
    assert len(names) == len(set(names)) and all(b.has_attr("hidden") for b in copy_buttons)


def test_due_now_links_to_the_message_that_is_due(client):
    case_id = add_case(client)
    link = soup(client.get("/cases")).select_one("#due a")
    assert link["href"] == f"/cases/{case_id}/kit#m-call_script"
    assert soup(client.get(link["href"])).find(id="m-call_script")


def test_cases_are_exported_and_imported_from_the_cases_page(client, db_url, tmp_path):
    add_case(client)
    exported = client.get("/cases/export.json")
    assert "attachment" in exported.headers["content-disposition"]
    assert len(json.loads(exported.content)["cases"]) == 1
    with build_client(f"sqlite:///{tmp_path / 'other.db'}") as other:
        token = csrf(other, "/cases")
        files = {"file": ("cases.json", exported.content, "application/json")}
        page = other.post("/cases/import", data={"csrf": token}, files=files)
        assert "Imported 1 case" in soup(page).find(id="imported").get_text()
        assert other.get("/api/cases").json()[0]["company"] == "Acme Analytics"
        files = {"file": ("x.json", b'{"nope": 1}', "application/json")}
        bad = other.post("/cases/import", data={"csrf": token}, files=files)
        assert bad.status_code == 422 and soup(bad).find(id="e-import").get_text()
        assert len(other.get("/api/cases").json()) == 1


def test_a_downloaded_eml_is_a_draft_and_a_slot_is_a_proposal(client):
    case_id = add_case(client)
    eml = client.get(f"/cases/{case_id}/messages/apology_email.eml")
    assert message_from_bytes(eml.content, policy=policy.default)["X-Unsent"] == "1"
    ics = client.get(f"/cases/{case_id}/interview.ics", params={"slot": 1})
    event = next(iter(Calendar.from_ical(ics.content).walk("VEVENT")))
    assert str(event["SUMMARY"]).startswith("Proposed option 1 (not agreed yet)")


def test_forms_refuse_a_foreign_origin(client):
    case_id = add_case(client)
    token = csrf(client, f"/cases/{case_id}")
    for origin in ("http://evil.example", "null"):
        refused = client.post(
            f"/cases/{case_id}/delete", data={"csrf": token}, headers={"origin": origin}
        )
        assert refused.status_code == 403
    assert client.get(f"/cases/{case_id}").status_code == 200
    own = client.post(
        f"/cases/{case_id}/events",
        data={"csrf": token, "event": "called"},
        headers={"origin": BASE_URL},
    )
    assert own.status_code == 200 and soup(own).find(id="logged")


def test_api_field_errors_are_in_plain_words(client):
    response = client.post("/api/kit", json=make_case(interviewer__country="USA"))
    assert response.status_code == 422
    messages = [error["msg"] for error in response.json()["detail"]]
    assert messages == [BY_ID["too_long"].text.format(max_length=2)]
    page = client.get("/cases/abc")
    assert BY_ID["case_number"].text in soup(page).find(role="alert").get_text()


def test_serve_without_a_browser_says_so_and_prints_the_address(runner, monkeypatch, tmp_path):
    import webbrowser

    import uvicorn

    monkeypatch.setattr(webbrowser, "open", lambda url: False)  # a machine with no browser
    monkeypatch.setattr(uvicorn, "run", lambda app, **options: None)
    result = runner.invoke(cli, ["serve", "--port", "0", "--db", f"sqlite:///{tmp_path / 'x.db'}"])
    assert result.exit_code == 0, result.output
    running, no_browser = result.output.strip().splitlines()
    address = running.split()[4]
    assert address.startswith("http://127.0.0.1:") and f"Open {address}" in no_browser


def test_only_the_persons_own_fields_offer_autofill(client):
    html = soup(client.get("/"))
    filled = {tag["name"]: tag["autocomplete"] for tag in html.select("input[autocomplete]")}
    assert filled == {
        "candidate.name": "name",
        "candidate.email": "email",
        "candidate.phone": "tel",
        "candidate.portfolio_url": "url",
        "candidate.linkedin_url": "url",
    }


def test_a_closed_case_has_no_first_step_and_keeps_its_messages(client):
    case_id = add_case(client)
    for event in ("declined", "closed"):
        client.post(f"/api/cases/{case_id}/events", json={"event": event})
    html = soup(client.get(f"/cases/{case_id}/kit"))
    assert not html.find(id="first-step") and html.find(id="nothing-due")
    assert len(html.select("details.later pre.body")) == len(html.select("pre.body")) > 0


def test_review_findings_on_the_page_name_no_cli_flag(client):
    draft = "Dear Sam, I am sorry I missed our interview. Could we find another time?"
    page = client.post("/review", data={"text": draft, "csrf": csrf(client, "/review")})
    html = soup(page)
    assert html.select_one('.finding[data-code="SUBJECT_UNKNOWN"]')
    assert "--" not in html.find(id="result").get_text()


JARGON = re.compile(r"IANA|ISO 3166|--\w|\b[a-z]+_[a-z_]+\b|String should|Input should|Value error")


def test_no_page_shows_developer_words(client):
    case_id = add_case(client)
    token = csrf(client, f"/cases/{case_id}")
    client.post(f"/cases/{case_id}/events", data={"csrf": token, "event": "apology_sent"})
    refused = client.post(
        f"/cases/{case_id}/events", data={"csrf": token, "event": "rescheduled", "to": "soon"}
    )
    pages = [
        client.get("/"),
        client.post("/", data={"csrf": token, "interviewer.country": "USA"}),
        client.get(f"/cases/{case_id}/kit"),
        client.get(f"/cases/{case_id}/plan"),
        client.get(f"/cases/{case_id}"),
        refused,
        client.get("/cases"),
        client.post("/review", data={"csrf": token, "text": "hey sorry lol"}),
        client.get("/cases/abc"),
        client.get("/cases/99"),
    ]
    for page in pages:
        text = soup(page).find("main").get_text(" ")
        assert not JARGON.search(text), (page.url, JARGON.search(text))


def test_every_page_title_is_plain_text_and_its_forms_sit_in_main(client):
    # A block left open once put the whole import form inside <title> (#20).
    case_id = add_case(client)
    for address in ("/", "/cases", "/review", f"/cases/{case_id}", f"/cases/{case_id}/kit"):
        page = soup(client.get(address))
        title = page.title.get_text()
        assert "<" not in title and title.endswith("secondchance"), (address, title)
        assert all(form.find_parent("main") for form in page("form")), address


def test_the_kit_page_tells_of_an_offer_the_messages_leave_out(client):
    case_id = add_case(client, role="VP Engineering", offers={"reference": True})
    notes = soup(client.get(f"/cases/{case_id}/kit")).find(id="kit-notes")
    assert notes and "leave out references" in notes.get_text()
    assert "what draws you to the role" in notes.get_text()  # no reason was given either
    plain = soup(client.get(f"/cases/{add_case(client, drawn_to='the platform rebuild')}/kit"))
    assert plain.find(id="kit-notes") is None
