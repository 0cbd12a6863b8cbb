"""cases.next_due: when a case's earliest open step falls due, indexed, for `due`.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

from secondchance.store.models import UtcDateTime

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add the column and its index, and fill it in for the cases already stored."""
    with op.batch_alter_table("cases") as batch:
        batch.add_column(sa.Column("next_due", UtcDateTime, nullable=True))
        batch.create_index("ix_cases_next_due", ["next_due"])
    _backfill()


def _backfill() -> None:
    # The planner decides what is due; existing cases are planned once, here.
    from secondchance.core.intake import EARLIEST_TIME
    from secondchance.store.repo import UnreadableCase, next_due_of

    connection = op.get_bind()
    cases = sa.table(
        "cases",
        sa.column("id", sa.Integer),
        sa.column("document", sa.JSON),
        sa.column("opened_at", UtcDateTime),
        sa.column("next_due", UtcDateTime),
    )
    events = sa.table(
        "events",
        sa.column("id", sa.Integer),
        sa.column("case_id", sa.Integer),
        sa.column("event", sa.String),
        sa.column("at", UtcDateTime),
        sa.column("note", sa.Text),
        sa.column("rescheduled_to", sa.JSON),
    )
    for case_id, document, opened_at in connection.execute(
        sa.select(cases.c.id, cases.c.document, cases.c.opened_at)
    ).all():
        history = connection.execute(
            sa.select(events.c.event, events.c.at, events.c.note, events.c.rescheduled_to)
            .where(events.c.case_id == case_id)
            .order_by(events.c.id)
        ).all()
        try:
            due = next_due_of(case_id, document, opened_at, [dict(row._mapping) for row in history])
        except (UnreadableCase, OverflowError):
            # Stored by an older version with data this one refuses: `due` shows it at once,
            # as a case to check, rather than the migration failing for every case. Not its
            # own opened_at, which may be the very date it cannot read (#19: 9999-12-31).
            due = EARLIEST_TIME
        connection.execute(sa.update(cases).where(cases.c.id == case_id).values(next_due=due))


def downgrade() -> None:
    """Drop the column in place: on SQLite a batch copy of `cases` would cascade to the events."""
    op.drop_index("ix_cases_next_due", table_name="cases")
    op.execute("ALTER TABLE cases DROP COLUMN next_due")
