"""cases.version: a counter every write raises, so a stale edit is refused, not applied.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add the column; the cases already stored start at version 1.

    A plain ALTER TABLE, not a batch: on SQLite a batch copies the table, and dropping the old
    copy cascades to every event through the foreign key.
    """
    op.add_column(
        "cases", sa.Column("version", sa.Integer, nullable=False, server_default=sa.text("1"))
    )


def downgrade() -> None:
    """Drop the column, in place for the same reason (SQLite has DROP COLUMN since 3.35)."""
    op.execute("ALTER TABLE cases DROP COLUMN version")
