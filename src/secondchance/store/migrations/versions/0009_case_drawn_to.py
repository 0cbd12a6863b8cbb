"""The case document's optional `drawn_to`: what draws the candidate to the role (issue 16).

The field lives inside the stored case document (a JSON column), and is optional: documents
written before it need no change on the way up. This revision marks the schema version from
which documents may carry it, so that the way down can take it out again: the case model of
revision 0008 forbids unknown keys and would refuse every case that names one.

Revision ID: 0009
Revises: 0008
"""

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

_cases = sa.table("cases", sa.column("id", sa.Integer), sa.column("document", sa.JSON))


def upgrade() -> None:
    """Leave every stored document as it is: none of them has the field yet."""


def downgrade() -> None:
    """Remove `drawn_to` from every stored document that has it."""
    connection = op.get_bind()
    for row_id, document in connection.execute(sa.select(_cases.c.id, _cases.c.document)).all():
        if isinstance(document, dict) and "drawn_to" in document:
            kept: dict[str, Any] = {k: v for k, v in document.items() if k != "drawn_to"}
            connection.execute(sa.update(_cases).where(_cases.c.id == row_id).values(document=kept))
