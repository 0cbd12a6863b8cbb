"""The case document's optional `attend` and `late_minutes` (issue 16).

Whether the user, writing before the start, can still take part, and about how late.

Both live inside the stored case document (a JSON column) and are optional: documents written
before them need no change on the way up. This revision marks the schema version from which
documents may carry them, so that the way down can take them out again: the case model of
revision 0009 forbids unknown keys and would refuse every case that names one.

Revision ID: 0010
Revises: 0009
"""

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

_cases = sa.table("cases", sa.column("id", sa.Integer), sa.column("document", sa.JSON))
_FIELDS = ("attend", "late_minutes")


def upgrade() -> None:
    """Leave every stored document as it is: none of them has the fields yet."""


def downgrade() -> None:
    """Remove `attend` and `late_minutes` from every stored document that has them."""
    connection = op.get_bind()
    for row_id, document in connection.execute(sa.select(_cases.c.id, _cases.c.document)).all():
        if isinstance(document, dict) and any(key in document for key in _FIELDS):
            kept: dict[str, Any] = {k: v for k, v in document.items() if k not in _FIELDS}
            connection.execute(sa.update(_cases).where(_cases.c.id == row_id).values(document=kept))
