"""Engines and schema: SQLite by default, PostgreSQL by URL, migrated on first use."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

if TYPE_CHECKING:
    from alembic.config import Config

HEAD = "0010"
READ_ONLY = "secondchance_read_only"  # execution option that marks a read-only transaction
MIGRATIONS = Path(__file__).parent / "migrations"
BUSY_TIMEOUT_MS = 10_000


def default_url() -> str:
    """Return the SQLite file in the user's data directory (created if needed)."""
    from platformdirs import user_data_path

    folder = user_data_path("secondchance", appauthor=False, ensure_exists=True)
    return f"sqlite:///{folder / 'cases.db'}"


def make_engine(url: str, pooled: bool = False) -> Engine:
    """Create an engine; SQLite gets WAL, a busy timeout and write-locking transactions.

    Without `pooled`, each transaction opens and closes its own connection: right for a CLI
    command, and no connection outlives its use. A long-running server asks for a pool.
    """
    parsed = make_url(url)
    sqlite = parsed.get_backend_name() == "sqlite"
    # A database server can drop a pooled connection, and a ping before each use notices. A
    # SQLite file has no server: there the ping was a query of its own before each request's.
    pool = {"pool_pre_ping": not sqlite} if pooled else {"poolclass": NullPool}
    if not sqlite:
        return create_engine(url, **pool)
    if parsed.database and parsed.database != ":memory:":
        _create_private(Path(parsed.database))
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000}, **pool)

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection: Any, _record: Any) -> None:  # noqa: ANN401 - DB-API
        # Let SQLAlchemy, not the driver, start transactions (see _begin below).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:  # noqa: ANN401 - SQLAlchemy connection
        # Take the write lock at the start: a read-then-write transaction that upgraded later
        # could fail with "database is locked" instead of waiting its turn. A read-only one
        # takes no lock at all; in WAL mode it reads a snapshot while writers go on.
        read = connection.get_execution_options().get(READ_ONLY, False)
        connection.exec_driver_sql("BEGIN" if read else "BEGIN IMMEDIATE")

    return engine


def _create_private(path: Path) -> None:
    """Create a new database file readable by its owner only (it holds private notes).

    SQLite gives the -wal and -shm files it makes beside it the same permissions.
    """
    if path.exists():
        return
    descriptor = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
    os.close(descriptor)


def schema_revision(engine: Engine) -> str | None:
    """Return the database's Alembic revision, or None for an empty database."""
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Apply Alembic migrations up to `revision`, the only way the schema is made."""
    from alembic import command

    _migrate(engine, command.upgrade, revision)


def downgrade(engine: Engine, revision: str) -> None:
    """Undo Alembic migrations down to `revision`."""
    from alembic import command

    _migrate(engine, command.downgrade, revision)


def _migrate(engine: Engine, move: Callable[[Config, str], None], revision: str) -> None:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.connect() as connection:
        # A migration that rebuilds a table on SQLite drops the old copy, and with foreign
        # keys on, that drop cascades to every event and outbox row. SQLite only switches
        # them outside a transaction, so here, on the driver's connection, before it begins.
        sqlite = connection.dialect.name == "sqlite"
        driver = connection.connection.driver_connection
        if sqlite and driver is not None:
            driver.execute("PRAGMA foreign_keys=OFF")
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                move(config, revision)
        finally:
            if sqlite and driver is not None:
                driver.execute("PRAGMA foreign_keys=ON")


def read_only(sessions: sessionmaker[Session]) -> sessionmaker[Session]:
    """Return a session factory on the same engine whose transactions only read."""
    engine = sessions.kw["bind"].execution_options(**{READ_ONLY: True})
    return sessionmaker(engine, expire_on_commit=False)


def open_sessions(url: str, pooled: bool = False) -> sessionmaker[Session]:
    """Return a session factory for `url`, migrating the schema first if it is behind."""
    engine = make_engine(url, pooled)
    # Checking the version is cheap; Alembic itself is imported only when there is work to do.
    if schema_revision(engine) != HEAD:
        upgrade(engine)
    return sessionmaker(engine, expire_on_commit=False)
