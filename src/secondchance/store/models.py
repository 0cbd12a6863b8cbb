"""The tables. Alembic migrations create them; these classes only map them."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    TypeDecorator,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class UtcDateTime(TypeDecorator[datetime]):
    """An aware datetime stored as UTC, and read back aware, on SQLite as on PostgreSQL."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Refuse naive times; store UTC."""
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are not stored")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Return an aware UTC datetime (SQLite hands back naive ones)."""
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    """The declarative base."""

    type_annotation_map: dict[Any, Any] = {datetime: UtcDateTime, dict[str, Any]: JSON}


class CaseRow(Base):
    """A tracked case: the validated case document and its current status."""

    __tablename__ = "cases"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    status: Mapped[str] = mapped_column(String(20), index=True)
    document: Mapped[dict[str, Any]]
    opened_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    # When the earliest open step falls due (None: nothing left); kept on every write.
    next_due: Mapped[datetime | None] = mapped_column(index=True)
    # Raised by one on every write (the Store sets it): the UPDATE matches only the version it
    # read, so a write based on an older read fails instead of overwriting (#19).
    version: Mapped[int] = mapped_column(Integer, default=1)
    # When the details (the document) last changed: an import takes the later edit (#19).
    edited_at: Mapped[datetime | None]
    events: Mapped[list[EventRow]] = relationship(
        back_populates="case", order_by="EventRow.id", cascade="all, delete-orphan"
    )
    outbox: Mapped[list[OutboxRow]] = relationship(
        back_populates="case", order_by="OutboxRow.id", cascade="all, delete-orphan"
    )
    __mapper_args__ = {"version_id_col": version, "version_id_generator": False}
    __table_args__ = {"sqlite_autoincrement": True}  # see migration 0007


class EventRow(Base):
    """One logged event of a case's history."""

    __tablename__ = "events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    event: Mapped[str] = mapped_column(String(30))
    at: Mapped[datetime]
    note: Mapped[str | None] = mapped_column(Text)
    rescheduled_to: Mapped[dict[str, Any] | None]
    case: Mapped[CaseRow] = relationship(back_populates="events")


class OutboxRow(Base):
    """A message on its way out: the exact RFC 5322 bytes, so a retry sends the same thing."""

    __tablename__ = "outbox"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    message_id: Mapped[str] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(10), index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime]
    sent_at: Mapped[datetime | None]
    recipients: Mapped[dict[str, Any]]
    content: Mapped[bytes] = mapped_column(LargeBinary)
    # The Message-ID header the message went out with: replies thread on it (issue 18).
    rfc_message_id: Mapped[str | None] = mapped_column(String(998), index=True)
    case: Mapped[CaseRow] = relationship(back_populates="outbox")


class MailboxStateRow(Base):
    """How far a mailbox has been read: the last UID, valid while UIDVALIDITY stays the same."""

    __tablename__ = "mailbox_state"

    mailbox: Mapped[str] = mapped_column(String(500), primary_key=True)
    uidvalidity: Mapped[int] = mapped_column(BigInteger)
    last_uid: Mapped[int] = mapped_column(BigInteger)
    checked_at: Mapped[datetime]


class FoundReplyRow(Base):
    """A reply the inbox matched to a case, kept as received until the user reads it."""

    __tablename__ = "found_replies"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    mailbox: Mapped[str] = mapped_column(String(500))
    uidvalidity: Mapped[int] = mapped_column(BigInteger)
    uid: Mapped[int] = mapped_column(BigInteger)
    rfc_message_id: Mapped[str | None] = mapped_column(String(998))
    sender: Mapped[str] = mapped_column(String(320))
    subject: Mapped[str] = mapped_column(Text)
    received_at: Mapped[datetime]
    content: Mapped[bytes] = mapped_column(LargeBinary)


class CalendarExportRow(Base):
    """The last time and SEQUENCE written into a calendar file, per calendar UID."""

    __tablename__ = "calendar_exports"

    uid: Mapped[str] = mapped_column(String(200), primary_key=True)
    start: Mapped[datetime]
    sequence: Mapped[int] = mapped_column(Integer)
    exported_at: Mapped[datetime]
