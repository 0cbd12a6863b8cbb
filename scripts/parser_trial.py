"""Measure off-the-shelf date parsers, used raw, on the labelled replies (issue 18).

Not part of the product: run it in a scratch virtualenv that has the parsers, e.g.
    python -m venv /tmp/trial && /tmp/trial/bin/pip install dateparser ctparse \
        recognizers-text-suite 'emoji<1' duckling
    /tmp/trial/bin/python scripts/parser_trial.py tests/data/replies-dev.jsonl
"Raw" means: the whole reply in, every result that carries a clock time out, naive results read
in the sender's zone. Each call is bounded by an alarm so that no parser can hang the trial.
"""

from __future__ import annotations

import json
import re
import signal
import statistics
import sys
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

LIMIT_SECONDS = 10


class Timeout(Exception):
    """A parser call ran past the limit."""


def _alarm(signum: int, frame: object) -> None:
    raise Timeout


def bounded(call: Callable[[], list[datetime]]) -> tuple[list[datetime], bool]:
    """Run one parser call, stopped after LIMIT_SECONDS."""
    signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(LIMIT_SECONDS)
    try:
        return call(), False
    except Timeout:
        return [], True
    except Exception:  # a parser's own crash counts as finding nothing
        return [], False
    finally:
        signal.alarm(0)


def has_clock(moment: datetime) -> bool:
    """Say whether a result names a clock time, not just a day."""
    return (moment.hour, moment.minute) != (0, 0)


def dateparser_times(text: str, ref: datetime) -> list[datetime]:
    """Return the times from dateparser's search_dates."""
    from dateparser.search import search_dates

    settings = {"RELATIVE_BASE": ref.replace(tzinfo=None), "PREFER_DATES_FROM": "future"}
    found = search_dates(text, languages=["en"], settings=settings) or []
    return [moment for _, moment in found if has_clock(moment)]


def ctparse_times(text: str, ref: datetime) -> list[datetime]:
    """Return the times from ctparse, one sentence per call."""
    import ctparse

    # ctparse resolves one expression per call, so each sentence is one call.
    found = []
    for piece in re.split(r"[.!?\n]+", text):
        if not piece.strip():
            continue
        result = ctparse.ctparse(piece, ts=ref.replace(tzinfo=None), timeout=1)
        res = getattr(result, "resolution", None)
        start = getattr(res, "start", res)
        if start is not None and getattr(start, "hour", None) is not None:
            moment = start.dt if hasattr(start, "dt") else None
            if moment is not None and has_clock(moment):
                found.append(moment)
    return found


def recognizers_times(text: str, ref: datetime) -> list[datetime]:
    """Return the times from Microsoft's recognizers-text."""
    from recognizers_date_time import recognize_datetime
    from recognizers_text import Culture

    found = []
    for result in recognize_datetime(text, Culture.English, reference=ref.replace(tzinfo=None)):
        values = result.resolution.get("values", []) if result.resolution else []
        future = [
            datetime.fromisoformat(v.get("value") or v.get("start"))
            for v in values
            if v.get("type") in ("datetime", "datetimerange") and (v.get("value") or v.get("start"))
        ]
        future = [m for m in future if m > ref.replace(tzinfo=None)]
        if future:
            found.append(future[-1] if len(future) > 1 and future[-1].hour >= 12 else future[0])
    return found


_DUCKLING = None


def duckling_times(text: str, ref: datetime) -> list[datetime]:
    """Return the times from duckling through its JPype binding."""
    global _DUCKLING  # noqa: PLW0603 - the JVM loads once, in 20 s
    if _DUCKLING is None:
        from duckling import DucklingWrapper

        _DUCKLING = DucklingWrapper()
    found = []
    for result in _DUCKLING.parse_time(text, reference_time=ref.isoformat()):
        value = result["value"]["value"]
        if isinstance(value, dict):
            value = value.get("from")
        if not value or result["value"].get("grain") not in ("hour", "minute"):
            continue
        # Duckling writes the wall time with a "Z": it is the reference zone's clock.
        found.append(datetime.fromisoformat(value[:19]))
    return found


PARSERS = {
    "dateparser.search_dates": dateparser_times,
    "ctparse": ctparse_times,
    "recognizers-text": recognizers_times,
    "duckling (JPype)": duckling_times,
}


def score(name: str, rows: list[dict[str, object]]) -> str:
    """Score one parser on the rows."""
    parse = PARSERS[name]
    gold_total = found = invented = hangs = 0
    timings = []
    for row in rows:
        zone = ZoneInfo(str(row["timezone"]))
        ref = datetime.fromisoformat(str(row["sent"])).astimezone(zone)
        started = time.perf_counter()
        got, hung = bounded(lambda: parse(str(row["text"]), ref))  # noqa: B023
        timings.append(time.perf_counter() - started)
        hangs += hung
        got = [m if m.tzinfo else m.replace(tzinfo=zone) for m in got]
        gold = {datetime.fromisoformat(t["start"]) for t in row["times"]}  # type: ignore[attr-defined]
        gold_total += len(gold)
        found += len(gold & set(got))
        invented += len({m for m in got if m not in gold})
    return (
        f"{name:26} found {found}/{gold_total} ({found / max(gold_total, 1):.2f})"
        f"  invented {invented}  timeouts {hangs}"
        f"  median {statistics.median(timings) * 1000:.0f} ms  max {max(timings) * 1000:.0f} ms"
    )


def main() -> None:
    """Score every parser on the files given."""
    rows = [
        json.loads(line) for path in sys.argv[1:] for line in Path(path).read_text().splitlines()
    ]
    names = list(PARSERS)
    print(f"{len(rows)} replies")
    for name in names:
        print(score(name, rows), flush=True)


if __name__ == "__main__":
    main()
