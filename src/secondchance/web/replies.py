"""Routes for "They replied" (issue 18): POST /api/reply and the case page's reply box.

Kept apart from `pages` and `api` so that the reply feature stays one small addition. Each
route makes one `replies` call; nothing here sends a message, and a case moves only on a
button the user presses (accept a time, log the decline, log the reply).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Form, Path, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from secondchance import services
from secondchance.core.errors import UserError
from secondchance.core.events import AWAY_NOTICE, allowed_events
from secondchance.core.lifecycle import TrackedCase
from secondchance.core.reply import REPLY_KINDS
from secondchance.core.zones import load_zone
from secondchance.services import replies
from secondchance.web.api import BODY_REFUSALS, CASE_REFUSALS, CONFLICT_REFUSAL, SETTINGS_REFUSAL
from secondchance.web.deps import ContextDep
from secondchance.web.pages import render
from secondchance.web.security import csrf_valid

router = APIRouter()


CaseId = Annotated[int, Path(ge=1, le=2**31 - 1)]
MAX_REPLY_CHARS = replies.MAX_REPLY_BYTES // 4


def _zone_name(name: str) -> str:
    load_zone(name)  # raises ValueError: a field error for pydantic
    return name


def _aware(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("needs a UTC offset, like 2026-03-05T14:30:00-05:00")
    return moment


ZoneName = Annotated[str, Field(max_length=64), AfterValidator(_zone_name)]


class ReplyRequest(BaseModel):
    """A reply to read without a case: its text, when it was sent, and both people's zones."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, max_length=MAX_REPLY_CHARS)
    sent: Annotated[datetime, AfterValidator(_aware)]
    timezone: ZoneName
    candidate_timezone: ZoneName | None = None


class CaseReplyRequest(BaseModel):
    """A reply to a tracked case; without `sent`, it counts as sent now."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, max_length=MAX_REPLY_CHARS)
    sent: Annotated[datetime, AfterValidator(_aware)] | None = None


class AwayRequest(BaseModel):
    """The day an automatic reply says the interviewer is back."""

    model_config = ConfigDict(extra="forbid")

    return_date: date


class AcceptRequest(BaseModel):
    """The offered time the user accepts."""

    model_config = ConfigDict(extra="forbid")

    start: Annotated[datetime, AfterValidator(_aware)]


@router.post("/api/reply", tags=["api"], responses=BODY_REFUSALS)
def reply_json(body: ReplyRequest) -> dict[str, Any]:
    """Read a reply: its kind, the times it offers, a return date, and the next step."""
    advice = replies.read(
        body.text.encode(),
        sent=body.sent,
        timezone=body.timezone,
        candidate_timezone=body.candidate_timezone,
    )
    return advice.summary()


@router.post(
    "/api/cases/{case_id}/reply", tags=["api"], responses={**BODY_REFUSALS, **CASE_REFUSALS}
)
def case_reply_json(case_id: CaseId, body: CaseReplyRequest, ctx: ContextDep) -> dict[str, Any]:
    """Read a reply to a case, with the next message written for it (nothing is logged)."""
    return replies.read_for_case(ctx, case_id, body.text.encode(), body.sent).summary()


@router.post(
    "/api/cases/{case_id}/reply/accept",
    tags=["api"],
    responses={**BODY_REFUSALS, **CASE_REFUSALS, **CONFLICT_REFUSAL},
)
def accept_json(case_id: CaseId, body: AcceptRequest, ctx: ContextDep) -> TrackedCase:
    """Accept an offered time: log reply_received and rescheduled."""
    return replies.accept_time(ctx, case_id, body.start)


@router.post(
    "/api/cases/{case_id}/reply/decline",
    tags=["api"],
    responses={**BODY_REFUSALS, **CASE_REFUSALS, **CONFLICT_REFUSAL},
)
def decline_json(case_id: CaseId, ctx: ContextDep) -> TrackedCase:
    """Log that they declined."""
    return replies.log_decline(ctx, case_id)


@router.post(
    "/api/cases/{case_id}/reply/away",
    tags=["api"],
    responses={**BODY_REFUSALS, **CASE_REFUSALS, **CONFLICT_REFUSAL},
)
def away_json(case_id: CaseId, body: AwayRequest, ctx: ContextDep) -> TrackedCase:
    """Note an automatic reply's return date: the case stays put, its follow-up waits for it.

    A malformed day, or one not within the coming year, is refused with 422.
    """
    return replies.note_away(ctx, case_id, body.return_date)


# --- The case page's "They replied" box ----------------------------------------------------


def _check(request: Request, token: str) -> None:
    if not csrf_valid(request, token):
        raise UserError("The form expired or came from elsewhere; reload the page and try again.")


@router.post("/cases/{case_id}/reply", response_class=HTMLResponse, include_in_schema=False)
def reply_page(
    request: Request,
    case_id: CaseId,
    ctx: ContextDep,
    reply: Annotated[str, Form(max_length=MAX_REPLY_CHARS)],
    csrf: Annotated[str, Form()] = "",
) -> HTMLResponse:
    """Show what the pasted reply says and one button per sensible next step."""
    _check(request, csrf)
    return _show(request, ctx, case_id, replies.read_for_case(ctx, case_id, reply.encode()))


def _show(
    request: Request, ctx: services.ServiceContext, case_id: int, advice: replies.ReplyAdvice
) -> HTMLResponse:
    tracked = services.get_case(ctx, case_id)
    context = {"tracked": tracked, "advice": advice, "allowed": allowed_events(tracked.status)}
    return render(request, "reply.html", context)


@router.post("/cases/{case_id}/reply/accept", response_class=HTMLResponse, include_in_schema=False)
def accept_page(
    request: Request,
    case_id: CaseId,
    ctx: ContextDep,
    start: Annotated[str, Form()],
    kind: Annotated[str, Form()] = "proposes_times",
    csrf: Annotated[str, Form()] = "",
) -> HTMLResponse:
    """Log the accepted time, then show the confirmation to send and the .ics."""
    _check(request, csrf)
    try:
        moment = _aware(datetime.fromisoformat(start))
    except ValueError:
        raise UserError("the accepted time must be ISO 8601 with an offset") from None
    tracked = replies.accept_time(ctx, case_id, moment, _kind(kind))
    message = services.case_kit(tracked, ctx.now()).messages.get("reschedule_confirmation")
    context = {"tracked": tracked, "message": message, "outcome": "rescheduled"}
    return render(request, "reply_done.html", context)


@router.post("/cases/{case_id}/reply/decline", response_class=HTMLResponse, include_in_schema=False)
def decline_page(
    request: Request,
    case_id: CaseId,
    ctx: ContextDep,
    csrf: Annotated[str, Form()] = "",
) -> HTMLResponse:
    """Log the decline, then show the gracious reply to send."""
    _check(request, csrf)
    tracked = replies.log_decline(ctx, case_id)
    message = services.case_kit(tracked, ctx.now()).messages.get("decline_reply")
    context = {"tracked": tracked, "message": message, "outcome": "declined"}
    return render(request, "reply_done.html", context)


@router.post(
    "/cases/{case_id}/reply/other-times", response_class=HTMLResponse, include_in_schema=False
)
def other_times_page(
    request: Request,
    case_id: CaseId,
    ctx: ContextDep,
    csrf: Annotated[str, Form()] = "",
) -> HTMLResponse:
    """Log the reply, then show new times to offer instead of theirs."""
    _check(request, csrf)
    other = replies.ask_for_other_times(ctx, case_id)
    context = {
        "tracked": other.tracked,
        "message": other.message,
        "slots": other.slots,
        "outcome": "reply received",
    }
    return render(request, "reply_done.html", context)


@router.post("/cases/{case_id}/reply/away", include_in_schema=False)
def away_page(
    request: Request,
    case_id: CaseId,
    ctx: ContextDep,
    return_date: Annotated[str, Form(max_length=10)],
    csrf: Annotated[str, Form()] = "",
) -> Response:
    """Note the return date an automatic reply gave, then show the case with its new plan."""
    _check(request, csrf)
    try:
        back_on = date.fromisoformat(return_date)
    except ValueError:
        raise UserError("the return date must be a day like 2026-03-09") from None
    replies.note_away(ctx, case_id, back_on)
    return RedirectResponse(f"/cases/{case_id}?logged={AWAY_NOTICE}", status_code=303)


@router.post("/cases/{case_id}/reply/log", include_in_schema=False)
def log_page(
    request: Request,
    case_id: CaseId,
    ctx: ContextDep,
    kind: Annotated[str, Form()] = "other",
    csrf: Annotated[str, Form()] = "",
) -> Response:
    """Log that a reply came, without moving the case further."""
    _check(request, csrf)
    replies.log_reply(ctx, case_id, _kind(kind))
    return RedirectResponse(f"/cases/{case_id}?logged=reply_received", status_code=303)


def _kind(kind: str) -> str:
    if kind not in REPLY_KINDS:
        raise UserError(f"'{kind}' is not a kind of reply")
    return kind


@router.post(
    "/cases/{case_id}/reply/found/{reply_id}", response_class=HTMLResponse, include_in_schema=False
)
def found_page(
    request: Request,
    case_id: CaseId,
    reply_id: Annotated[int, Path(ge=1, le=2**31 - 1)],
    ctx: ContextDep,
    csrf: Annotated[str, Form()] = "",
) -> HTMLResponse:
    """Read a reply the mailbox gave, as if it had been pasted."""
    _check(request, csrf)
    return _show(request, ctx, case_id, replies.read_found(ctx, case_id, reply_id))


@router.post("/inbox", response_class=HTMLResponse, include_in_schema=False)
def inbox_page(
    request: Request,
    ctx: ContextDep,
    csrf: Annotated[str, Form()] = "",
) -> HTMLResponse:
    """Read the mailbox read-only, and list the replies it found (nothing is logged)."""
    _check(request, csrf)
    report = replies.check_inbox(ctx)
    return render(request, "inbox.html", {"report": report})


@router.post("/api/inbox", tags=["api"], responses={**BODY_REFUSALS, **SETTINGS_REFUSAL})
def inbox_json(ctx: ContextDep) -> replies.InboxReport:
    """Read the mailbox read-only and return the replies it found (nothing is logged)."""
    return replies.check_inbox(ctx)
