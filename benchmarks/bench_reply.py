"""Time the reply reader on the labelled replies, and check that it scales with input size.

Prints the median time per reply with the reader warm (target: under 50 ms), then the median
time per kilobyte for hostile inputs from 1 KB to 100 KB (digits, times, dates and quoted
lines repeated): a flat figure means reading stays linear, so no reply can make it hang.
The parsers measured for issue 18 are not dependencies; their figures, from
scripts/parser_trial.py in a scratch virtualenv, are in docs/replies.md.
"""

from __future__ import annotations

import json
import statistics
import time
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from secondchance.core.reply import read_reply

DATA = Path(__file__).parent.parent / "tests" / "data" / "replies-dev.jsonl"
ROUNDS = 20
HOSTILE = (
    "Tue 10am or Wed 3:30pm ET? 2-3pm on the 14th, 1 1 1 1 1 1 1 1 +44 20 7946 0958 "
    "at 2, at 3 and 4pm, Room 4.12, $95,000. \n> On Monday 3 March at 10:00 wrote:\n"
)


def read_row(row: dict[str, str]) -> None:
    read_reply(
        row["text"],
        sent=datetime.fromisoformat(row["sent"]),
        sender_zone=ZoneInfo(row["timezone"]),
        candidate_zone=ZoneInfo(row["candidate_timezone"]),
    )


def main() -> None:
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line]
    for row in rows:  # warm: regular expressions compiled, zones loaded
        read_row(row)
    timings = []
    for _ in range(ROUNDS):
        for row in rows:
            start = time.perf_counter()
            read_row(row)
            timings.append(time.perf_counter() - start)
    median = statistics.median(timings) * 1000
    p95 = statistics.quantiles(timings, n=20)[-1] * 1000
    print(f"reply reader: median {median:.2f} ms, 95th percentile {p95:.2f} ms (target < 50 ms)")
    sent = datetime(2026, 3, 2, 9, 0, tzinfo=ZoneInfo("Europe/London"))
    for kilobytes in (1, 10, 100):
        text = (HOSTILE * (kilobytes * 1024 // len(HOSTILE) + 1))[: kilobytes * 1024]
        runs = []
        for _ in range(3):
            start = time.perf_counter()
            read_reply(text, sent=sent, sender_zone=ZoneInfo("Europe/London"))
            runs.append(time.perf_counter() - start)
        per_kb = statistics.median(runs) * 1000 / kilobytes
        print(f"  hostile input {kilobytes:>3} KB: {per_kb:.2f} ms per KB")


if __name__ == "__main__":
    main()
