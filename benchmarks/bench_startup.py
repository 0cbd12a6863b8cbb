"""Time whole CLI commands from a cold start, as a person would feel them.

Prints the median wall and CPU time of several runs of each command, beside `python -c pass` on
the same machine in the same run. Targets: `review` under 200 ms; `kit` and `plan` under 150 ms
(#19). The runs are on a warm bytecode cache, as a user's second start is: the commands run with
PYTHONDONTWRITEBYTECODE unset, once each before timing so that every module they import has
its .pyc (and the reviewer its parsed data files, kept beside them), and the rounds go through
the commands in turn so that they share the machine's noise.
"""

from __future__ import annotations

import os
import resource
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
# The floor under `kit` and `plan` for examples/case.json (#19): importing the libraries they
# cannot do without, and defining one pydantic model, whose first build loads the rest of
# pydantic and its plugin loader. Our own code's share of a start is the difference.
LIBRARIES = (
    "import click, email_validator, phonenumbers, holidays.groups\n"
    "from pydantic import BaseModel\n"
    "class Model(BaseModel):\n"
    "    name: str\n"
)


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Run a command once; return its wall time and the CPU time it used, in seconds."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, capture_output=True, check=False, env=env)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return wall, cpu


def main() -> None:
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as handle:
        handle.write(DRAFT)
    python = sys.executable
    rows = [
        ("python -c pass", [python, "-c", "pass"]),
        ("libraries of kit and plan", [python, "-c", LIBRARIES]),
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
    env = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
    for _, command in rows:  # writes the bytecode cache of everything the command imports
        timed(command, env)
    walls: dict[str, list[float]] = {label: [] for label, _ in rows}
    cpus: dict[str, list[float]] = {label: [] for label, _ in rows}
    for _ in range(RUNS):
        for label, command in rows:
            wall, cpu = timed(command, env)
            walls[label].append(wall)
            cpus[label].append(cpu)
    for label, _ in rows:
        print(
            f"{label:<32} median {statistics.median(walls[label]) * 1000:7.1f} ms wall,"
            f" {statistics.median(cpus[label]) * 1000:7.1f} ms CPU over {RUNS} warm-cache starts"
        )
    Path(handle.name).unlink()


if __name__ == "__main__":
    main()
