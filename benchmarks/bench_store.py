"""Time the store at 1k, 10k and 100k cases: `due`, a page of `case list`, and GET /api/due.

Usage: bench_store.py [--sizes 1000,10000,100000] [--url DATABASE_URL]

Without --url each size gets a fresh SQLite file; with a PostgreSQL URL the tables are
emptied and refilled for each size (CI runs it at 10k there). The target: `due` under 100 ms
at 100k cases on SQLite, with memory that does not grow with the store.

The cases mimic a career service's long-lived store: opened evenly over three years, every
case older than two weeks closed (one in ten after a decline), and three in ten of the last
two weeks' cases still open, so that what is due is what a team would act on today.
Building 100k rows goes through SQLAlchemy Core in batches; each case's next_due comes
from the real planner, computed once per distinct opening time.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import tempfile
import time
import tracemalloc
import uuid
from datetime import UTC, datetime, timedelta
from functools import cache, lru_cache
from pathlib import Path

from sqlalchemy import delete, insert

sys.path.insert(0, str(Path(__file__).parent.parent / "tests"))

from conftest import make_case  # noqa: E402
from secondchance import services  # noqa: E402
from secondchance.core.intake import Case  # noqa: E402
from secondchance.core.lifecycle import HistoryEntry, first_due  # noqa: E402
from secondchance.store.models import CaseRow, EventRow, OutboxRow  # noqa: E402

NOW = datetime(2026, 11, 26, 15, 40, tzinfo=UTC)
ROUNDS = 7
BATCH = 5000
DAYS_OF_HISTORY = 3 * 365
RECENT_DAYS = 14
# Events logged after opening. A case still open (missed, awaiting a reply) is recent; older
# cases are closed, some after a decline.
OPEN = (("",), ("apology_sent", "reply_received"))
CLOSED = (("apology_sent", "reply_received", "closed"), ("apology_sent", "declined", "closed"))
STATUS = {("",): "missed", ("apology_sent", "reply_received"): "awaiting"}


def kind_of(number: int, age_days: int) -> tuple[str, ...]:
    """Three in ten recent cases are still open; every older one is closed."""
    if age_days < RECENT_DAYS and number % 10 < 3:
        return OPEN[number % 2]
    return CLOSED[int(number % 10 == 9)]


@lru_cache(maxsize=1)
def template() -> tuple[dict, Case]:
    data = make_case(interview__start="2025-11-20T09:30")
    return data, Case.model_validate(data)


@cache
def planned_due(opened_at: datetime, events: tuple[str, ...]) -> datetime | None:
    history = [
        HistoryEntry(event=event, at=opened_at + timedelta(hours=i + 1))
        for i, event in enumerate(events)
        if event
    ]
    return first_due(template()[1], opened_at, history)


def distinct(document: dict, number: int) -> dict:
    """Give each stored case its own text, as a real store has: a cache keyed on the stored
    document (#19) must not look better here than it would on real cases."""
    candidate = {
        **document["candidate"],
        "name": f"{document['candidate']['name']} {letters(number)}",
    }
    return {**document, "candidate": candidate}


def letters(number: int) -> str:
    """Spell a number in letters, since a name takes no digits: 0 -> 'A', 27 -> 'Bb'."""
    spelled = ""
    while True:
        number, rest = divmod(number, 26)
        spelled = chr(ord("a") + rest) + spelled
        if not number:
            return spelled.capitalize()


def fill(db: services.Database, size: int) -> None:
    document = template()[0]
    engine = db._sessions.kw["bind"]  # noqa: SLF001 - bulk loading for the benchmark only
    with engine.begin() as connection:
        for table in (OutboxRow, EventRow, CaseRow):
            connection.execute(delete(table))
    next_id = 1
    for start in range(0, size, BATCH):
        cases, events = [], []
        for number in range(start, min(size, start + BATCH)):
            age_days = number % DAYS_OF_HISTORY
            kind = kind_of(number, age_days)
            opened_at = NOW - timedelta(days=age_days, minutes=7 * (number % 5))
            status = STATUS.get(kind, kind[-1])
            kind = tuple(event for event in kind if event)
            cases.append(
                {
                    "id": next_id,
                    "uuid": str(uuid.UUID(int=next_id)),
                    "status": status,
                    "document": distinct(document, number),
                    "opened_at": opened_at,
                    "updated_at": opened_at,
                    "next_due": planned_due(opened_at, kind),
                }
            )
            events += [
                {"case_id": next_id, "event": event, "at": opened_at + timedelta(hours=i + 1)}
                for i, event in enumerate(kind)
            ]
            next_id += 1
        with engine.begin() as connection:
            connection.execute(insert(CaseRow), cases)
            if events:
                connection.execute(insert(EventRow), events)
    if engine.dialect.name == "postgresql":
        # Fresh statistics, as autovacuum would gather them in a store used for a while: the
        # planner otherwise reads `due` without its index (#19: 91-113 ms instead of 49-81).
        with engine.begin() as connection:
            connection.exec_driver_sql("ANALYZE")


def median_ms(action) -> tuple[float, int]:
    action()  # warm caches
    samples, result = [], None
    for _ in range(ROUNDS):
        start = time.perf_counter()
        result = action()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples) * 1000, len(result) if result is not None else 0


def peak_kib(action) -> float:
    gc.collect()
    tracemalloc.start()
    action()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 1024


def api_due(client) -> list:
    response = client.get("/api/due")
    response.raise_for_status()
    return response.json()


def measure(url: str, size: int) -> None:
    from fastapi.testclient import TestClient

    from secondchance.web.app import WebSettings, create_app

    db = services.Database(url)
    started = time.perf_counter()
    fill(db, size)
    built = time.perf_counter() - started
    last = size - 100  # the id before the last page: ids run 1..size
    context = services.ServiceContext(db, lambda: NOW)
    app = create_app(WebSettings(url), clock=lambda: NOW)
    with TestClient(app, base_url="http://127.0.0.1:8731") as client:
        rows = [
            ("due", lambda: services.due(context)),
            ("case list (first 100)", lambda: services.list_cases(context, limit=100)),
            ("case list (last 100)", lambda: services.list_cases(context, None, 100, size - 100)),
            ("case list (last, after)", lambda: services.list_cases(context, None, 100, 0, last)),
            ("GET /api/due", lambda: api_due(client)),
            ("GET /api/cases", lambda: client.get("/api/cases").json()),
        ]
        print(f"\n{size:,} cases (built in {built:.1f} s)")
        print(f"  {'what':<24}{'median ms':>10}{'items':>8}{'peak KiB':>10}")
        for name, action in rows:
            ms, items = median_ms(action)
            print(f"  {name:<24}{ms:>10.1f}{items:>8}{peak_kib(action):>10.0f}")
    db.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--url", default=None, help="a database URL (default: SQLite files)")
    args = parser.parse_args()
    sizes = [int(size) for size in args.sizes.split(",")]
    print(f"store benchmark on {'the given database' if args.url else 'SQLite'}, now = {NOW}")
    with tempfile.TemporaryDirectory() as folder:
        for size in sizes:
            url = args.url or f"sqlite:///{Path(folder) / f'bench-{size}.db'}"
            measure(url, size)


if __name__ == "__main__":
    main()
