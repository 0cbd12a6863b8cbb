"""cases.edited_at: when a case's details were last changed, so an import can carry edits.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

from secondchance.store.models import UtcDateTime

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add the column in place (see 0005); a stored case was last edited when it was opened."""
    op.add_column("cases", sa.Column("edited_at", UtcDateTime, nullable=True))
    op.execute("UPDATE cases SET edited_at = opened_at")


def downgrade() -> None:
    """Drop the column."""
    op.execute("ALTER TABLE cases DROP COLUMN edited_at")
