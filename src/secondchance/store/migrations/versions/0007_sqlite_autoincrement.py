"""SQLite: case ids never come back after a delete (AUTOINCREMENT), as on PostgreSQL.

Without it SQLite hands the highest deleted id to the next new case, and a `case log 2` meant
for the deleted case lands on another one (#19).

Revision ID: 0007
Revises: 0006
"""

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Rebuild `cases` with AUTOINCREMENT (db.upgrade turns foreign keys off for this)."""
    if op.get_bind().dialect.name != "sqlite":
        return  # PostgreSQL's sequences never hand an id out twice
    with op.batch_alter_table(
        "cases", recreate="always", table_kwargs={"sqlite_autoincrement": True}
    ):
        pass


def downgrade() -> None:
    """Rebuild `cases` without AUTOINCREMENT."""
    if op.get_bind().dialect.name != "sqlite":
        return
    with op.batch_alter_table(
        "cases", recreate="always", table_kwargs={"sqlite_autoincrement": False}
    ):
        pass
