"""The HTML pages: intake, kit, plan, review and cases. Each makes one services call and renders.

Every form that changes something carries a CSRF token; every page works without JavaScript.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Form, Path, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from pydantic import ValidationError
from starlette.datastructures import UploadFile

from secondchance import services, wording
from secondchance.core.errors import EditConflict, UserError
from secondchance.core.events import AWAY_NOTICE, EVENTS, allowed_events
from secondchance.core.fields import DETAIL_FIELDS
from secondchance.core.message_types import DESCRIPTIONS, EMAIL_MESSAGE_IDS, MESSAGE_TYPES
from secondchance.core.reasons import REASONS
from secondchance.core.review import MAX_REVIEW_CHARS
from secondchance.render import MESSAGE_TITLES, both_zones, your_time
from secondchance.services import replies
from secondchance.web import forms, security, steps, timeline
from secondchance.web.deps import ContextDep, NowDep
from secondchance.web.settings import HERE

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=HERE / "templates")
# The templates ship with the package and never change under a running server: checking each
# file's modification time on every render was a tenth of the kit page's time (#19).
templates.env.auto_reload = False
templates.env.globals.update(
    csrf_token=security.csrf_token,
    titles=MESSAGE_TITLES,
    both_zones=both_zones,
    your_time=your_time,
)
CaseId = Annotated[int, Path(ge=1, le=2**31 - 1)]
# The HTML input type for each kind of case field that is typed in a box.
INPUT_TYPES = {
    "email": "email",
    "tel": "tel",
    "url": "url",
    "when": "datetime-local",
    "minutes": "number",
}


def render(request: Request, name: str, context: dict[str, Any], status: int = 200) -> HTMLResponse:
    """Render a page template."""
    return templates.TemplateResponse(request, name, context, status_code=status)


def render_error(request: Request, status: int, detail: object) -> HTMLResponse:
    """Render an error page in plain words (field lists were worded by the app already)."""
    if isinstance(detail, list):
        detail = " ".join(dict.fromkeys(str(item["msg"]) for item in detail))
    elif status != 404 or str(detail).startswith("there is no case"):
        detail = wording.plain(str(detail), fallback=wording.PAGE_FALLBACK)
    return render(request, "error.html", {"status": status, "detail": detail}, status)


EXPIRED = "The form expired or came from elsewhere; reload the page and try again."


def _check_csrf(request: Request, token: str | None) -> None:
    if not security.csrf_valid(request, token):
        raise UserError(EXPIRED)


# --- Intake --------------------------------------------------------------------------------


@router.get("/", response_class=HTMLResponse)
def intake_page(request: Request, draft: str = "") -> HTMLResponse:
    """Show the intake form with its draft id, so that sending it twice stores one case.

    app.js writes the id into the address (?draft=), so that Back, which fetches the page
    again, hands out the same id; the browser puts back what was typed.
    """
    values = {"tone": "formal", "interview.format": "video"}
    return render(request, "intake.html", _intake_context(values, {}, draft=_draft_id(draft)))


@router.post("/", response_class=HTMLResponse)
async def intake_submit(request: Request, ctx: ContextDep) -> Response:
    """Store the case and go to its kit; on errors, show them and keep what was typed."""
    form = await request.form()
    draft = _draft_id(str(form.get("draft", "")))

    def store(document: dict[str, Any]) -> str:
        return f"/cases/{services.add_case(ctx, document, draft=draft)}/kit"

    return _submit_intake(request, form, store, draft=draft)


@router.get("/cases/{case_id}/edit", response_class=HTMLResponse)
def edit_page(request: Request, case_id: CaseId, ctx: ContextDep) -> HTMLResponse:
    """Show the intake form filled in with a stored case, to correct it."""
    values, version = services.edit_form(ctx, case_id)
    context = _intake_context(values, {}, editing=case_id, version=version)
    return render(request, "intake.html", context)


@router.post("/cases/{case_id}/edit", response_class=HTMLResponse)
async def edit_submit(request: Request, case_id: CaseId, ctx: ContextDep) -> Response:
    """Save the corrected details and go back to the case, unless it changed meanwhile."""
    form = await request.form()
    version = _version(str(form.get("version", "")))

    def store(document: dict[str, Any]) -> str:
        services.update_case(ctx, case_id, document, version=version)
        return f"/cases/{case_id}?saved=1"

    return _submit_intake(request, form, store, editing=case_id, version=version)


def _version(posted: str) -> int:
    # A form without a readable version predates the one it edits: it can only conflict.
    return int(posted) if posted.isdigit() and len(posted) < 10 else 0


def _submit_intake(
    request: Request,
    form: Mapping[str, Any],
    store: Callable[[dict[str, Any]], str],
    **context: Any,  # noqa: ANN401 - the draft id, or the id of the case being corrected
) -> Response:
    """Save the intake form with `store` and follow the address it returns.

    On errors the form comes back with each one on its field and the typing kept.
    """
    _check_csrf(request, str(form.get("csrf", "")) or None)
    values = forms.form_values(form)
    try:
        return RedirectResponse(store(forms.case_document(values)), status_code=303)
    except ValidationError as error:
        page = _intake_context(values, forms.field_errors(error, values), **context)
        return render(request, "intake.html", page, status=422)
    except EditConflict as error:
        # The typing stays on the page to copy from; the stale version stays too, so that
        # sending it again cannot overwrite the newer details.
        page = _intake_context(values, {"form": str(error)}, **context)
        return render(request, "intake.html", page, status=409)


@router.post("/cases/{case_id}/delete")
def delete_submit(
    request: Request, case_id: CaseId, ctx: ContextDep, csrf: Annotated[str, Form()] = ""
) -> Response:
    """Delete a case for good, after the confirmation on its page."""
    _check_csrf(request, csrf)
    services.delete_case(ctx, case_id)
    return RedirectResponse(f"/cases?deleted={case_id}", status_code=303)


def _draft_id(posted: str) -> str:
    # Only a well-formed UUID is trusted as a draft id; anything else starts a new case.
    try:
        return str(uuid.UUID(posted))
    except ValueError:
        return str(uuid.uuid4())


def _intake_context(
    values: dict[str, str],
    errors: dict[str, str],
    draft: str | None = None,
    editing: int = 0,
    version: int = 0,
) -> dict[str, Any]:
    return {
        "values": values,
        "errors": errors,
        "draft": draft,
        "editing": editing,
        "version": version,
        "action": f"/cases/{editing}/edit" if editing else "/",
        "questions": forms.QUESTIONS,
        "first_names": forms.QUESTION_PATHS,
        "detail_fields": [f for f in DETAIL_FIELDS if f.path not in forms.QUESTION_PATHS],
        "input_types": INPUT_TYPES,
        "labels": forms.LABELS,
        "web_labels": forms.WEB_LABELS,
        "web_hints": forms.WEB_HINTS,
        "autocomplete": forms.AUTOCOMPLETE,
        "reasons": REASONS,
        "countries": forms.countries(),
        "zone_choices": forms.zone_choices(
            *(v for k, v in values.items() if k.endswith("timezone") and v)
        ),
    }


# --- Kit and downloads -----------------------------------------------------------------------


@router.get("/cases/{case_id}/kit", response_class=HTMLResponse)
def kit_page(
    request: Request,
    case_id: CaseId,
    ctx: ContextDep,
    now: NowDep,
    tone: str | None = None,
) -> HTMLResponse:
    """Show the kit in the plan's order: the step for now first, the later ones folded."""
    view = services.kit_view(ctx, case_id, tone)
    return render(
        request,
        "kit.html",
        {
            "view": view,
            "kit": view.kit,
            "plan": view.plan,
            "now": now,
            "steps": steps.kit_steps(view.plan, list(view.kit.messages)),
            "mailtos": view.mailto,
            "slots": view.plan.slots,
            "can_send": ctx.settings.smtp_configured and view.status != "closed",
            "email_messages": EMAIL_MESSAGE_IDS,
        },
    )


@router.get("/cases/{case_id}/messages/{message_id}.eml")
def eml_download(case_id: CaseId, message_id: str, ctx: ContextDep) -> Response:
    """Download one kit email as an .eml file."""
    email = services.message_eml(ctx, case_id, message_id)
    # A draft to open, check and send, not mail that has arrived (Outlook and Thunderbird
    # open a file with this header as a message to send).
    email["X-Unsent"] = "1"
    return _download(bytes(email), "message/rfc822", f"{message_id}.eml")


@router.get("/cases/{case_id}/interview.ics")
def interview_ics(case_id: CaseId, ctx: ContextDep, slot: int | None = None) -> Response:
    """Download the new interview time (a proposed slot, or the agreed one) as .ics."""
    tracked = services.get_case(ctx, case_id)
    case = services.current_case(tracked)
    data = services.interview_ics(case, ctx.now(), slot=slot, db=ctx.db, case_key=tracked.uuid)
    # Each option gets its own name, so that three downloads do not overwrite one another.
    return _download(
        data, "text/calendar", f"interview-option-{slot}.ics" if slot else "interview.ics"
    )


@router.get("/cases/{case_id}/reminders.ics")
def reminders_ics(case_id: CaseId, ctx: ContextDep) -> Response:
    """Download the plan's later steps as calendar events."""
    data = services.case_reminders_ics(services.get_case(ctx, case_id), ctx.now())
    return _download(data, "text/calendar", "reminders.ics")


@router.post("/cases/{case_id}/messages/{message_id}/send")
def send_message(
    request: Request,
    case_id: CaseId,
    message_id: str,
    ctx: ContextDep,
    csrf: Annotated[str, Form()] = "",
) -> Response:
    """Send a kit email through the configured SMTP server, via the outbox."""
    _check_csrf(request, csrf)
    entry = services.send_message(ctx, case_id, message_id)
    state = "sent" if entry and entry.status == "sent" else "failed"
    return RedirectResponse(
        f"/cases/{case_id}?sent={quote(message_id)}&state={state}", status_code=303
    )


def _download(data: bytes, media_type: str, filename: str) -> Response:
    return Response(
        data,
        media_type=media_type,
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )


# --- Plan ----------------------------------------------------------------------------------


@router.get("/cases/{case_id}/plan", response_class=HTMLResponse)
def plan_page(request: Request, case_id: CaseId, ctx: ContextDep, now: NowDep) -> HTMLResponse:
    """Show the plan as a timeline in both zones, with the proposed slots beside it."""
    tracked = services.get_case(ctx, case_id)
    plan = services.stored_plan(ctx, case_id)
    return render(
        request,
        "plan.html",
        {
            "tracked": tracked,
            "plan": plan,
            "now": now,
            "days": timeline.layout(plan, now, tracked.case.candidate_zone),
        },
    )


# --- Review --------------------------------------------------------------------------------


# The review page's choice of message type: "work it out" first, then each type described.
_TYPE_CHOICES = {"type_choices": [(kind, DESCRIPTIONS[kind]) for kind in MESSAGE_TYPES]}
# The reviewer's verdicts as a writer reads them.
VERDICT_WORDS = {
    "ready": "Ready to send",
    "revise": "Nearly there: a few changes first",
    "rewrite": "Better to write it again",
}


# A stored case a draft is written for, from the case page's link to the review form.
ReviewCase = Annotated[int | None, Query(ge=1, le=2**31 - 1)]


@router.get("/review", response_class=HTMLResponse)
def review_page(request: Request, ctx: ContextDep, case: ReviewCase = None) -> HTMLResponse:
    """Show the review form, for a stored case when `case` is given."""
    return _review_form(request, "", "email", "", for_case=_for_case(ctx, case))


@router.post("/review", response_class=HTMLResponse)
def review_submit(
    request: Request,
    ctx: ContextDep,
    text: Annotated[str, Form()] = "",
    channel: Annotated[str, Form()] = "email",
    message_type: Annotated[str, Form()] = "",
    case_id: Annotated[int | None, Form(ge=1, le=2**31 - 1)] = None,
    csrf: Annotated[str, Form()] = "",
) -> HTMLResponse:
    """Review the pasted draft and highlight each finding in it.

    A problem with the request comes back on the same form with the draft as it was pasted:
    a stressed writer must never lose their text to an expired page. With a case, the names
    it knows are read as names (issue 17).
    """
    channel = channel if channel in {"email", "linkedin", "text"} else "email"
    chosen = message_type if message_type in MESSAGE_TYPES else ""
    for_case = _for_case(ctx, case_id)
    problem = None
    if not security.csrf_valid(request, csrf or None):
        problem = "The page had expired, so nothing was reviewed. Press Review again."
    elif not text.strip():
        problem = "Paste your draft first."
    elif len(text) > MAX_REVIEW_CHARS:
        problem = f"The draft is over {MAX_REVIEW_CHARS:,} characters; review it in parts."
    if problem:
        return _review_form(
            request, text, channel, chosen, error=problem, status=422, for_case=for_case
        )
    names = services.case_names(ctx, case_id) if case_id else ()
    result = services.review_draft(text, channel, message_type=chosen or None, names=names)  # type: ignore[arg-type]
    return _review_form(
        request,
        text,
        channel,
        chosen,
        result=result,
        pieces=highlight(text, result.findings, channel),
        for_case=for_case,
    )


def _for_case(ctx: services.ServiceContext, case_id: int | None) -> tuple[int, str] | None:
    """Return the case a review is for, as its id and label; a missing case is a 404."""
    return (case_id, services.case_label(ctx, case_id)) if case_id else None


def _review_form(
    request: Request,
    text: str,
    channel: str,
    message_type: str,
    status: int = 200,
    **extra: Any,  # noqa: ANN401 - the result, its pieces, an error, the case
) -> HTMLResponse:
    context = {
        "text": text,
        "channel": channel,
        "message_type": message_type,
        "for_case": None,
        **_TYPE_CHOICES,
        "verdict_words": VERDICT_WORDS,
        "web_findings": wording.WEB_FINDINGS,
        "result": None,
        "error": None,
        **extra,
    }
    return render(request, "review.html", context, status)


def highlight(text: str, findings: Any, channel: str) -> list[tuple[str, list[Any]]]:  # noqa: ANN401
    """Split `text` into pieces, each with the findings that cover it (for <mark> tags).

    Findings about something missing cover the whole body; they are listed, not highlighted.
    """
    from secondchance.core.review.draft import Draft

    whole_body = Draft.parse(text, channel=channel).body_span  # type: ignore[arg-type]
    marked = [f for f in findings if f.end > f.start and (f.start, f.end) != whole_body]
    marked.sort(key=lambda f: ("error", "warning", "info").index(f.severity.value))
    edges = sorted({0, len(text), *(f.start for f in marked), *(f.end for f in marked)})
    return [
        (text[start:end], [f for f in marked if f.start <= start and end <= f.end])
        for start, end in zip(edges, edges[1:], strict=False)
    ]


# --- Cases ---------------------------------------------------------------------------------


CASES_PER_PAGE = 100


@router.get("/cases", response_class=HTMLResponse)
def cases_page(
    request: Request,
    ctx: ContextDep,
    page: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
    deleted: Annotated[int | None, Query(ge=1, le=2**31 - 1)] = None,
) -> HTMLResponse:
    """Show what is due now across all cases, and the cases a page at a time."""
    return _cases_page(request, ctx, page, deleted=deleted)


def _cases_page(
    request: Request,
    ctx: services.ServiceContext,
    page: int,
    status: int = 200,
    **extra: Any,  # noqa: ANN401 - a deletion or an import to confirm
) -> HTMLResponse:
    total = services.count_cases(ctx)
    offset = (page - 1) * CASES_PER_PAGE
    context = {
        "due": services.due(ctx),
        "cases": services.list_cases(ctx, limit=CASES_PER_PAGE, offset=offset),
        "page": page,
        "pages": max(1, -(-total // CASES_PER_PAGE)),
        "total": total,
        "now": ctx.now(),
        "deleted": None,
        "imported": None,
        "import_error": None,
        # The mailbox button shows only where SECONDCHANCE_IMAP_URL is set (#18).
        "can_read_mail": ctx.settings.imap_configured,
        **extra,
    }
    return render(request, "cases.html", context, status)


@router.get("/cases/export.json")
def export_download(ctx: ContextDep, now: NowDep) -> Response:
    """Download every case as the JSON export the CLI writes, to keep or to move elsewhere."""
    return _download(
        services.export_cases(ctx).encode(),
        "application/json",
        f"secondchance-cases-{now:%Y-%m-%d}.json",
    )


@router.post("/cases/import", response_class=HTMLResponse)
async def import_submit(request: Request, ctx: ContextDep) -> Response:
    """Bring cases back from an export file; a bad file changes nothing and says why."""
    async with request.form() as form:  # closes the uploaded file's spool
        _check_csrf(request, str(form.get("csrf", "")) or None)
        upload = form.get("file")
        data = await upload.read() if isinstance(upload, UploadFile) else b""
    try:
        text = services.decode_input(data, what="the file", max_bytes=security.MAX_BODY_BYTES)
        result = services.import_cases(ctx, text)
    except UserError as error:
        problem = wording.plain(str(error), fallback=wording.BY_ID["not_an_export"])
        return _cases_page(request, ctx, 1, status=422, import_error=problem)
    return _cases_page(request, ctx, 1, imported=result)


@router.get("/cases/{case_id}", response_class=HTMLResponse)
def case_page(request: Request, case_id: CaseId, ctx: ContextDep) -> HTMLResponse:
    """Show a case's history, with buttons for the events its status allows."""
    logged = request.query_params.get("logged")
    return _case_form(
        request,
        ctx,
        case_id,
        logged=logged if logged in EVENTS or logged == AWAY_NOTICE else None,
        saved=request.query_params.get("saved") == "1",
        sent=request.query_params.get("sent"),
        state=request.query_params.get("state"),
    )


def _case_form(
    request: Request,
    ctx: services.ServiceContext,
    case_id: int,
    status: int = 200,
    **extra: Any,  # noqa: ANN401 - what was just done, or the errors of a refused event
) -> HTMLResponse:
    tracked = services.get_case(ctx, case_id)
    new_times = [entry.rescheduled_to for entry in tracked.events if entry.rescheduled_to]
    context = {
        "tracked": tracked,
        "agreed": new_times[-1].instant if new_times else None,
        "allowed": allowed_events(tracked.status),
        "buttons": forms.EVENT_BUTTONS,
        "history_words": forms.EVENT_HISTORY,
        "zone_choices": forms.zone_choices(tracked.case.interviewer_zone.key),
        "now": ctx.now(),
        "outbox": [e for e in services.outbox(ctx) if e.case_id == case_id],
        # Replies the mailbox matched to this case, for the "They replied" box (#18).
        "found_replies": replies.found_for_case(ctx, case_id),
        "errors": {},
        "field_ids": {"to": "f-to", "timezone": "f-tz", "note": "f-note"},
        "values": {},
        **extra,
    }
    return render(request, "case.html", context, status)


@router.post("/cases/{case_id}/events", response_class=HTMLResponse)
def case_event(
    request: Request,
    case_id: CaseId,
    ctx: ContextDep,
    event: Annotated[str, Form()],
    csrf: Annotated[str, Form()] = "",
    note: Annotated[str, Form()] = "",
    to: Annotated[str, Form()] = "",
    timezone: Annotated[str, Form()] = "",
) -> Response:
    """Log an event from the case page; a refusal comes back beside its field, form refilled."""
    _check_csrf(request, csrf)
    values = {"event": event, "note": note, "to": to, "timezone": timezone}
    try:
        new_time = forms.new_time(to) if event == "rescheduled" else None
        services.log_event(ctx, case_id, event, None, note or None, new_time, timezone or None)
    except (UserError, ValidationError) as error:
        errors = forms.event_errors(error, event)
        return _case_form(request, ctx, case_id, 422, errors=errors, values=values)
    return RedirectResponse(f"/cases/{case_id}?logged={quote(event)}", status_code=303)
