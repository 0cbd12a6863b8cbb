"""Time whole CLI commands from a cold start, as a person would feel them.

Prints the median wall time of several runs of each command (target for `review`: < 200 ms),
beside `python -c pass` on the same machine in the same run.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).parent.parent
RUNS = 15
DRAFT = (
    "Subject: Missed interview\n\nHi Dana,\n\nSorry, my alarm didn't go off lol. Can we do"
    " Thursday at 3pm?\n\nJake\n"
)


def median_ms(command: list[str]) -> float:
    samples = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run(command, capture_output=True, check=False)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples) * 1000


def main() -> None:
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as handle:
        handle.write(DRAFT)
    python = sys.executable
    rows = [
        ("python -c pass", [python, "-c", "pass"]),
        ("secondchance --help", [python, "-m", "secondchance", "--help"]),
        ("secondchance review draft.txt", [python, "-m", "secondchance", "review", handle.name]),
        (
            "secondchance reply - --json",
            [python, "-m", "secondchance", "reply", handle.name, "--sent"]
            + ["2026-03-05T14:30-05:00", "--timezone", "America/New_York", "--json"],
        ),
    ]
    case = str(ROOT / "examples" / "case.json")
    for command in ("kit", "plan"):
        rows.append(
            (
                f"secondchance {command} --case ...",
                [python, "-m", "secondchance", command, "--case", case],
            )
        )
    for label, command in rows:
        print(f"{label:<32} median {median_ms(command):7.1f} ms over {RUNS} cold starts")
    Path(handle.name).unlink()


if __name__ == "__main__":
    main()
