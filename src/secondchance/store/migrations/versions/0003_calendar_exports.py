"""Calendar exports: the last start and SEQUENCE written for each calendar UID.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

from secondchance.store.models import UtcDateTime

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create the calendar_exports table."""
    op.create_table(
        "calendar_exports",
        sa.Column("uid", sa.String(200), primary_key=True),
        sa.Column("start", UtcDateTime, nullable=False),
        sa.Column("sequence", sa.Integer, nullable=False),
        sa.Column("exported_at", UtcDateTime, nullable=False),
    )


def downgrade() -> None:
    """Drop the calendar_exports table."""
    op.drop_table("calendar_exports")
