"""The JSON API under /api: each route returns what the matching CLI command prints with --json."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Body, Depends, Path, Query, Request, Response
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError

from secondchance import services
from secondchance.core.compose import Kit
from secondchance.core.events import Event, Status
from secondchance.core.intake import (
    MAX_NOTE_CHARS,
    Case,
    ensure_missed,
    ensure_new_time,
    ensure_sane_time,
)
from secondchance.core.lifecycle import CaseDetail, CaseSummary, DueItem, KitView, TrackedCase
from secondchance.core.message_types import MessageType
from secondchance.core.plan import Plan
from secondchance.core.review import MAX_REVIEW_CHARS
from secondchance.web.deps import ContextDep, NowDep

router = APIRouter(prefix="/api", tags=["api"])
DUE_ITEMS = TypeAdapter(list[DueItem])
NowQuery = Annotated[
    datetime | None,
    Query(description="The current time, ISO-8601 with an offset. Default: the server's clock."),
]
CaseId = Annotated[int, Path(ge=1, le=2**31 - 1, description="The case's id.")]
VersionQuery = Annotated[
    int,
    Query(ge=1, le=2**31 - 1, description="The case's `version` as you read it (GET answers it)."),
]


class ReviewRequest(BaseModel):
    """A draft to review."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(max_length=MAX_REVIEW_CHARS)
    channel: Literal["email", "linkedin", "text"] = "email"
    subject: str | None = Field(default=None, max_length=1000)
    type: MessageType | None = Field(
        default=None, description="What the message is; detected from the draft when omitted."
    )
    case_id: int | None = Field(
        default=None,
        ge=1,
        le=2**31 - 1,
        description="A stored case the draft is for: its people's and company's names are read"
        " as names, never as slang or texting.",
    )


class IcsRequest(BaseModel):
    """A case and the new time: a proposed slot (1-based) or an explicit start."""

    model_config = ConfigDict(extra="forbid")

    case: Case
    slot: int | None = Field(default=None, ge=1, le=10)
    at: datetime | None = None


class EventRequest(BaseModel):
    """An event to log on a case."""

    model_config = ConfigDict(extra="forbid")

    event: Event
    at: datetime | None = None
    note: str | None = Field(default=None, max_length=MAX_NOTE_CHARS)
    to: datetime | None = None
    timezone: str | None = Field(default=None, max_length=64)


class Problem(BaseModel):
    """Why a request was refused, in words."""

    detail: str


class FieldProblem(BaseModel):
    """One refused field; `loc` is empty when the refusal concerns no single field."""

    loc: list[str | int]
    msg: str
    type: str


class Refused(BaseModel):
    """A 422: what was refused, always as a list."""

    detail: list[FieldProblem]


def _refusals(**codes: str) -> dict[int | str, dict[str, Any]]:
    return {int(code[1:]): {"model": Problem, "description": text} for code, text in codes.items()}


# What the security middleware and FastAPI's body parsing answer, declared where they can.
BODY_REFUSALS = _refusals(
    s400="The body is not JSON.",
    s413="The body is over the size limit.",
    s415="The body is not sent as application/json.",
)
CASE_REFUSALS = _refusals(s404="There is no case with this id.")
CONFLICT_REFUSAL = _refusals(s409="The case changed meanwhile; nothing was saved.")
# For a route without parameters, which FastAPI would otherwise not document a 422 for.
SETTINGS_REFUSAL: dict[int | str, dict[str, Any]] = {
    422: {"model": Refused, "description": "The settings or the request are refused."}
}


class Created(BaseModel):
    """The id of a new case."""

    id: int


class Ping(BaseModel):
    """A trivial answer, the baseline for load tests."""

    ok: bool


def _moment(now: datetime | None, clock_now: datetime) -> datetime:
    if now is None:
        return clock_now
    if now.tzinfo is None:
        raise services.InputError("now needs a UTC offset, like 2026-11-26T14:05+00:00")
    try:
        ensure_sane_time(now, "now")
    except ValueError as error:
        raise services.InputError(str(error)) from None
    return now


def _checked(case: Case, now: datetime) -> Case:
    # The body was validated without knowing the time: check it has been missed by `now`,
    # and that an agreed new time still lies ahead.
    new_time = case.rescheduled_to.instant if case.rescheduled_to else None
    field = "interview"
    try:
        ensure_missed(case.interview.instant, now)
        field = "rescheduled_to"
        if new_time is not None:
            ensure_new_time(new_time, now)
    except ValueError as error:
        problem = {"loc": ("body", field), "type": "value_error", "msg": str(error)}
        raise RequestValidationError([problem]) from None
    return case


async def _raw_body(request: Request) -> bytes:
    return await request.body()


# A route that takes a case reads its body as bytes and validates it once, knowing the time
# (and, for an edit, the stored case), through services.parse_case: FastAPI's own pass would
# check it without either, and then again (#19). The document still declares the body a Case.
RawCase = Annotated[bytes, Depends(_raw_body)]
CASE_BODY: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Case"}}},
    }
}


@contextmanager
def _body_problems() -> Iterator[None]:
    """Report a case refused by services where FastAPI's own validation puts it: under body."""
    try:
        yield
    except ValidationError as error:
        raise RequestValidationError(
            [{**problem, "loc": ("body", *problem["loc"])} for problem in error.errors()]
        ) from None


# A route with no parameter of its own gets no 422 from FastAPI; the case body still can.
INVALID_CASE: dict[int | str, dict[str, Any]] = {
    422: {
        "description": "Validation Error",
        "content": {
            "application/json": {"schema": {"$ref": "#/components/schemas/HTTPValidationError"}}
        },
    }
}


def _parsed(raw: bytes, now: datetime) -> Case:
    with _body_problems():
        return services.parse_case(raw, now)


def _json(model: BaseModel) -> Response:
    # Already validated on the way in; returning the bytes skips FastAPI's re-validation of
    # the whole case inside every response, which costs more than composing the kit.
    return Response(model.model_dump_json(), media_type="application/json")


@router.get("/ping")
def ping() -> Ping:
    """Answer at once: the trivial endpoint load tests compare against."""
    return Ping(ok=True)


@router.post("/kit", response_model=Kit, responses=BODY_REFUSALS, openapi_extra=CASE_BODY)
def kit(
    case: RawCase, clock_now: NowDep, now: NowQuery = None, propose_slots: bool = False
) -> Response:
    """Compose the recovery kit for a case (as `secondchance kit --json`)."""
    moment = _moment(now, clock_now)
    return _json(services.build_kit(_parsed(case, moment), moment, propose_slots))


@router.post("/plan", response_model=Plan, responses=BODY_REFUSALS, openapi_extra=CASE_BODY)
def plan(case: RawCase, clock_now: NowDep, now: NowQuery = None) -> Response:
    """Compute the recovery plan (as `secondchance plan --json`)."""
    moment = _moment(now, clock_now)
    return _json(services.build_plan(_parsed(case, moment), moment))


@router.post("/review", responses={**BODY_REFUSALS, **CASE_REFUSALS})
def review(request: ReviewRequest, ctx: ContextDep) -> dict[str, Any]:
    """Review a draft (as `secondchance review --json`)."""
    names = services.case_names(ctx, request.case_id) if request.case_id else ()
    return services.review_draft(
        request.text, request.channel, request.subject, message_type=request.type, names=names
    ).to_dict()


@router.post(
    "/ics",
    response_class=Response,
    responses={200: {"content": {"text/calendar": {}}}, **BODY_REFUSALS},
)
def ics(request: IcsRequest, ctx: ContextDep, now: NowQuery = None) -> Response:
    """Write the .ics for a new time (as `secondchance ics`)."""
    moment = _moment(now, ctx.now())
    case = _checked(request.case, moment)
    data = services.interview_ics(case, moment, slot=request.slot, at=request.at, db=ctx.db)
    return Response(data, media_type="text/calendar; charset=utf-8")


@router.get("/cases")
def list_cases(
    response: Response,
    ctx: ContextDep,
    status: Status | None = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    offset: Annotated[int, Query(ge=0, le=2**31)] = 0,
    after: Annotated[
        int | None,
        Query(ge=0, le=2**31, description="Start after this case id (the last one you have)."),
    ] = None,
) -> list[CaseSummary]:
    """List tracked cases, a page at a time (as `secondchance case list --json`).

    The total is in the X-Total-Count header.
    """
    response.headers["X-Total-Count"] = str(services.count_cases(ctx, status))
    return services.list_cases(ctx, status, limit, offset, after)


@router.post(
    "/cases",
    status_code=201,
    responses={**BODY_REFUSALS, **INVALID_CASE},
    openapi_extra=CASE_BODY,
)
def add_case(case: RawCase, ctx: ContextDep) -> Created:
    """Store a new case and return its id (as `secondchance case add`)."""
    with _body_problems():
        return Created(id=services.add_case(ctx, case))


@router.put(
    "/cases/{case_id}",
    responses={
        **BODY_REFUSALS,
        **CASE_REFUSALS,
        **_refusals(s409="The case changed after that version; nothing was saved."),
    },
    openapi_extra=CASE_BODY,
)
def update_case(
    case_id: CaseId, case: RawCase, version: VersionQuery, ctx: ContextDep
) -> TrackedCase:
    """Replace a case's details; status and history stay.

    `version` is the one the case had when you read it; a case changed since is refused.
    """
    with _body_problems():
        return services.update_case(ctx, case_id, case, version=version)


@router.delete("/cases/{case_id}", status_code=204, responses=CASE_REFUSALS)
def delete_case(case_id: CaseId, ctx: ContextDep) -> Response:
    """Delete a case with its history and outbox (as `secondchance case delete`)."""
    services.delete_case(ctx, case_id)
    return Response(status_code=204)


@router.get("/cases/{case_id}", responses=CASE_REFUSALS)
def show_case(case_id: CaseId, ctx: ContextDep) -> CaseDetail:
    """Show a case with its history, plan and kit (as `secondchance case show --json`)."""
    return services.show_case(ctx, case_id)


@router.get("/cases/{case_id}/kit", responses=CASE_REFUSALS)
def case_kit_view(
    case_id: CaseId,
    ctx: ContextDep,
    tone: Annotated[Literal["formal", "warm"] | None, Query()] = None,
) -> KitView:
    """Return the kit page's data: messages, plan and mailto: links (as /cases/{id}/kit)."""
    return services.kit_view(ctx, case_id, tone)


@router.get("/cases/{case_id}/plan", responses=CASE_REFUSALS)
def case_plan_view(case_id: CaseId, ctx: ContextDep) -> Plan:
    """Return a stored case's plan as its history leaves it (as /cases/{id}/plan)."""
    return services.stored_plan(ctx, case_id)


@router.post("/cases/{case_id}/events", responses={**BODY_REFUSALS, **CASE_REFUSALS})
def log_event(
    case_id: CaseId, request: Annotated[EventRequest, Body()], ctx: ContextDep
) -> TrackedCase:
    """Log an event on a case (as `secondchance case log --json`)."""
    at = _moment(request.at, ctx.now())
    return services.log_event(
        ctx, case_id, request.event, at, request.note, request.to, request.timezone
    )


@router.get("/due", response_model=list[DueItem])
def due(ctx: ContextDep) -> Response:
    """List what is due or overdue across all cases (as `secondchance due --json`)."""
    # Built by services from validated models: dumping them directly skips re-validating a
    # hundred items on every call, which cost more than finding them (#19).
    return Response(DUE_ITEMS.dump_json(services.due(ctx)), media_type="application/json")
