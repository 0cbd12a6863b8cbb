"""Alembic environment: migrations run on the connection that `db.upgrade` hands over."""

from alembic import context

from secondchance.store.models import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata)
with context.begin_transaction():
    if connection.dialect.name == "postgresql":
        # Two processes opening a fresh database at once: the second waits for the first.
        connection.exec_driver_sql("SELECT pg_advisory_xact_lock(4242424242)")
    context.run_migrations()
