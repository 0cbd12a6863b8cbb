"""The database the tracked cases live in: one Store per transaction."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import TYPE_CHECKING

from secondchance.core.errors import EditConflict
from secondchance.services.inputs import InputError

if TYPE_CHECKING:
    from secondchance.store.repo import Store

# The core is imported inside each function: a command pays only for what it uses.


class Database:
    """One database: hands out a Store per transaction."""

    def __init__(self, url: str, pooled: bool = False) -> None:
        from secondchance.store.db import open_sessions, read_only

        self.url = url
        self._sessions = open_sessions(url, pooled)
        self._readers = read_only(self._sessions)

    def close(self) -> None:
        """Close the connections the database holds."""
        self._sessions.kw["bind"].dispose()

    @contextmanager
    def store(self) -> Iterator[Store]:
        """Run one transaction: commit on success, roll back on any error.

        A write that finds its case changed since it read it (the version it read is gone)
        raises EditConflict, and nothing of the transaction is kept.
        """
        from sqlalchemy.orm.exc import StaleDataError

        from secondchance.store.repo import Store

        try:
            with self._sessions.begin() as session:
                yield Store(session)
        except StaleDataError:
            raise EditConflict() from None

    @contextmanager
    def reading(self) -> Iterator[Store]:
        """Run one read-only transaction.

        On SQLite it takes no write lock, so a long listing never holds up a write.
        """
        from secondchance.store.repo import Store

        with self._readers.begin() as session:
            yield Store(session)


def database(url: str | None, env: Mapping[str, str]) -> Database:
    """Open the database named by `url`, else SECONDCHANCE_DB, else the user's SQLite file.

    A plain path ("cases.db", "~/x.db") is a SQLite file. Raises InputError for a folder
    that does not exist or a URL that cannot be read.
    """
    from secondchance.store.db import default_url

    return Database(database_url(url or env.get("SECONDCHANCE_DB") or default_url()))


def database_url(given: str) -> str:
    """Turn what the user gave into a SQLAlchemy URL, or raise InputError."""
    from pathlib import Path

    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    if "://" not in given:
        path = Path(given).expanduser().resolve()
        given = f"sqlite:///{path}"
    try:
        parsed = make_url(given)
    except (ArgumentError, ValueError):
        raise InputError(f"{given!r} is neither a database URL nor a file path") from None
    if "\x00" in str(parsed.database or ""):  # "%00" decodes to one; no file can hold it
        raise InputError(f"{given!r} names no file a database can be in")
    if parsed.get_backend_name() not in {"sqlite", "postgresql"}:
        raise InputError(
            f"{parsed.get_backend_name()!r} is not supported; use SQLite or PostgreSQL"
        )
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        folder = Path(parsed.database).parent
        if not folder.is_dir():
            raise InputError(f"the folder {folder} does not exist; create it or choose another")
    return given
