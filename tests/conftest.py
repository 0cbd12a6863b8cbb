"""Shared fixtures: a fixed clock, a sample case, and a Click runner."""

from __future__ import annotations

import copy
import os
import tempfile
import traceback
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from click.testing import CliRunner

if TYPE_CHECKING:
    from secondchance.core.compose import Kit
    from secondchance.services import Database, ServiceContext

# Thanksgiving 2026, 15:40 UTC: 10:40 in New York, 15:40 in London.
FIXED_NOW = datetime(2026, 11, 26, 15, 40, tzinfo=UTC)
REPO_ROOT = Path(__file__).parent.parent
_DATABASES_BEFORE: set[Path] = set()


def _repo_databases() -> set[Path]:
    return {
        path for pattern in ("*.db", "*.db-wal", "*.db-shm") for path in REPO_ROOT.glob(pattern)
    }


def pytest_sessionstart(session: pytest.Session) -> None:
    _DATABASES_BEFORE.update(_repo_databases())
    # Commands that keep state (such as `ics`, which remembers each file's SEQUENCE) default
    # to the user's own database; tests, and the processes they start, get a throwaway one.
    if "SECONDCHANCE_DB" not in os.environ:
        folder = Path(tempfile.mkdtemp(prefix="secondchance-tests-"))
        os.environ["SECONDCHANCE_DB"] = f"sqlite:///{folder / 'default.db'}"


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Fail the run when a test left a database file in the repository (#11)."""
    stray = sorted(_repo_databases() - _DATABASES_BEFORE)
    if stray:
        names = ", ".join(path.name for path in stray)
        session.config.get_terminal_writer().line(
            f"A test wrote {names} into the repository; tests must stay in tmp_path.", red=True
        )
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


BASE_CASE: dict[str, Any] = {
    "candidate": {
        "name": "Zoë Łukasiewicz",
        "email": "zoe@example.com",
        "phone": "+44 20 7946 0958",
        "timezone": "Europe/London",
    },
    "interviewer": {
        "name": "Dana Whitfield",
        "email": "dana@acme.example",
        "phone": "+1 212 555 0147",
        "timezone": "America/New_York",
    },
    "company": "Acme Analytics",
    "role": "Head of Data Platform",
    "interview": {"start": "2026-11-26T09:30", "timezone": "America/New_York", "format": "video"},
    "reason": "timezone_mixup",
}


def make_case(**changes: Any) -> dict[str, Any]:
    """Return a deep copy of the base case with top-level or dotted-path changes applied."""
    data = copy.deepcopy(BASE_CASE)
    for path, value in changes.items():
        *parents, leaf = path.split("__")
        node = data
        for key in parents:
            node = node.setdefault(key, {})
        if value is None:
            node.pop(leaf, None)
        else:
            node[leaf] = value
    return data


def with_message(kit: Kit, key: str, **changes: Any) -> Kit:
    """Return `kit` with one message's fields changed: a hand-made bad kit for a check."""
    messages = dict(kit.messages)
    messages[key] = kit.messages[key].model_copy(update=changes)
    return kit.model_copy(update={"messages": messages})


def ctx(
    db: Database, now: datetime = FIXED_NOW, env: Mapping[str, str] | None = None
) -> ServiceContext:
    """Return a service context on `db` with its clock stopped at `now`, and `env` as settings."""
    from secondchance.services import ServiceContext, Settings

    return ServiceContext(db, lambda: now, Settings.from_env(env or {}))


def store_bad_start(db: Any, case_id: int) -> None:
    """Store an interview start of 9999-12-31, as an older version let in, past every check."""
    from secondchance.store.models import CaseRow

    with db.store() as store:
        row = store.session.get(CaseRow, case_id)
        row.document = {**row.document, "interview": {**row.document["interview"]}}
        row.document["interview"]["start"] = "9999-12-31T10:00"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@dataclass(frozen=True)
class Ran:
    """What a command left behind, shaped like subprocess.CompletedProcess."""

    returncode: int
    stdout: bytes
    stderr: bytes


def run_cli(*args: str, stdin: bytes | str = b"", env: dict[str, str] | None = None) -> Ran:
    """Run the CLI in this process, with its exit code, stdout and stderr apart.

    A new Python process costs 3 to 7 s on a shared machine (#19); the entry points keep one
    real-process smoke test each (test_cli.py). An exception the CLI did not turn into a
    message is written into stderr as the traceback a user would have seen.
    """
    from secondchance.cli import cli

    result = CliRunner().invoke(cli, list(args), input=stdin, env=env)
    stderr = result.stderr_bytes or b""
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        stderr += "".join(traceback.format_exception(result.exception)).encode()
    return Ran(result.exit_code, result.stdout_bytes, stderr)


# --- Databases: a fresh SQLite file per test, and the same tests on PostgreSQL when asked ----

POSTGRES_URL = os.environ.get("SECONDCHANCE_TEST_DATABASE_URL")
DB_BACKENDS = ["sqlite", *(["postgresql"] if POSTGRES_URL else [])]


def reset_postgres(url: str) -> None:
    """Drop every table, so each test starts from an empty database on a shared server."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture(params=DB_BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'cases.db'}"
        return
    assert POSTGRES_URL is not None
    reset_postgres(POSTGRES_URL)
    yield POSTGRES_URL
    reset_postgres(POSTGRES_URL)
