"""The export document: what `case export` writes and `case import` accepts.

An import is checked as strictly as live input before anything is stored: the case itself,
every event (a known kind, a sane aware time, a valid note and new time), and the status its
events lead to. Only messages that were actually sent come back, as history: an import never
queues mail, because an export may have been edited by anyone.
"""

from __future__ import annotations

from typing import Annotated, Literal
from uuid import UUID

from pydantic import AfterValidator, AwareDatetime, BaseModel, ConfigDict, Field, model_validator

from secondchance.core.delivery import OutboxStatus
from secondchance.core.errors import UserError
from secondchance.core.events import HistoryKind, Status, replay
from secondchance.core.intake import Case, LocalTime, Note, sane_moment

EXPORT_VERSION = 1
MAX_LAST_ERROR_CHARS = 2000


Moment = Annotated[AwareDatetime, AfterValidator(sane_moment)]


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class ExportedEvent(_Model):
    """One logged event of a case's history."""

    event: HistoryKind
    at: Moment
    note: Note | None = None
    rescheduled_to: LocalTime | None = None


class Recipients(_Model):
    """Who a sent message went to, as the outbox records it."""

    sender: str = Field(alias="from", min_length=3, max_length=320)
    to: list[Annotated[str, Field(min_length=3, max_length=320)]] = Field(min_length=1)
    accepted: list[Annotated[str, Field(min_length=3, max_length=320)]] = Field(
        default_factory=list, description="recipients who already had it, when some refused"
    )


class ExportedMessage(_Model):
    """A message from the outbox."""

    message_id: str = Field(min_length=1, max_length=40)
    status: OutboxStatus
    attempts: int = Field(ge=0, le=1000)
    last_error: str | None = Field(default=None, max_length=MAX_LAST_ERROR_CHARS)
    created_at: Moment
    sent_at: Moment | None = None
    recipients: Recipients
    content: str = Field(max_length=1_000_000)


class ExportedCase(_Model):
    """One tracked case with its history."""

    uuid: UUID
    status: Status
    opened_at: Moment
    updated_at: Moment
    edited_at: Moment | None = None  # when the details last changed; older files lack it
    case: Case
    events: list[ExportedEvent] = Field(max_length=10_000)
    outbox: list[ExportedMessage] = Field(default_factory=list, max_length=10_000)

    @model_validator(mode="after")
    def _status_follows_events(self) -> ExportedCase:
        try:
            reached = replay(event.event for event in self.events)
        except UserError as error:  # an event the status at that point does not allow
            raise ValueError(str(error)) from None
        if reached != self.status:
            raise ValueError(f"status {self.status!r} does not follow from the case's events")
        return self

    @property
    def sent(self) -> list[ExportedMessage]:
        """The messages that were sent: the only ones an import keeps."""
        return [message for message in self.outbox if message.status == "sent"]


class Export(_Model):
    """A whole export file."""

    version: Literal[1]
    cases: list[ExportedCase] = Field(max_length=1_000_000)
