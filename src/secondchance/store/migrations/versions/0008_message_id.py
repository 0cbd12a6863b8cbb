"""outbox.rfc_message_id, the mailbox read state, and replies found in the mailbox (issue 18).

Each sent message's real Message-ID gets its own indexed column, so that a reply's
In-Reply-To/References find their case. `mailbox_state` keeps the last UID read per mailbox
with its UIDVALIDITY, so that no message is read twice; `found_replies` keeps each reply the
inbox matched to a case until the user reads it.

Revision ID: 0008
Revises: 0007
"""

from email.parser import BytesHeaderParser

import sqlalchemy as sa
from alembic import op

from secondchance.store.models import UtcDateTime

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add the column, its index and the two tables; fill the column for stored messages."""
    with op.batch_alter_table("outbox") as batch:
        batch.add_column(sa.Column("rfc_message_id", sa.String(998), nullable=True))
        batch.create_index("ix_outbox_rfc_message_id", ["rfc_message_id"])
    op.create_table(
        "mailbox_state",
        sa.Column("mailbox", sa.String(500), primary_key=True),
        sa.Column("uidvalidity", sa.BigInteger, nullable=False),
        sa.Column("last_uid", sa.BigInteger, nullable=False),
        sa.Column("checked_at", UtcDateTime, nullable=False),
    )
    op.create_table(
        "found_replies",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "case_id",
            sa.Integer,
            sa.ForeignKey("cases.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("mailbox", sa.String(500), nullable=False),
        sa.Column("uidvalidity", sa.BigInteger, nullable=False),
        sa.Column("uid", sa.BigInteger, nullable=False),
        sa.Column("rfc_message_id", sa.String(998), nullable=True),
        sa.Column("sender", sa.String(320), nullable=False),
        sa.Column("subject", sa.Text, nullable=False),
        sa.Column("received_at", UtcDateTime, nullable=False),
        sa.Column("content", sa.LargeBinary, nullable=False),
        sa.UniqueConstraint("mailbox", "uidvalidity", "uid", name="uq_found_replies_uid"),
    )
    _backfill()


def _backfill() -> None:
    connection = op.get_bind()
    outbox = sa.table(
        "outbox",
        sa.column("id", sa.Integer),
        sa.column("content", sa.LargeBinary),
        sa.column("rfc_message_id", sa.String),
    )
    for row_id, content in connection.execute(sa.select(outbox.c.id, outbox.c.content)).all():
        found = BytesHeaderParser().parsebytes(bytes(content)).get("Message-ID")
        if found:
            connection.execute(
                sa.update(outbox).where(outbox.c.id == row_id).values(rfc_message_id=found.strip())
            )


def downgrade() -> None:
    """Drop the tables and the column."""
    op.drop_table("found_replies")
    op.drop_table("mailbox_state")
    with op.batch_alter_table("outbox") as batch:
        batch.drop_index("ix_outbox_rfc_message_id")
        batch.drop_column("rfc_message_id")
