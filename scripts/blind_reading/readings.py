"""Blind whole-kit readings (issue #16): make the packets, then average what readers scored.

    python scripts/blind_reading/readings.py packets --seed 12121 --out /tmp/reading
    python scripts/blind_reading/readings.py score /tmp/reading/r*/scores.jsonl

`packets` samples 36 kits (scripts/sample_kits.py) and writes three packets of 12, each in a
folder of its own with the rubric (task.md beside this file) filled in for that reader. Give
each reader only its folder's task.md: the reader sees the packet and the rubric, never the
code. `score` prints, per message title, the mean of each of the rubric's five points.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent))

from sample_kits import render  # noqa: E402

READERS = 3
KITS_PER_READER = 12
POINTS = ("naturalness", "sincerity", "enthusiasm", "fit", "would_reply")
_KIT_START = re.compile(r"(?m)^(?==+ KIT \d+ =+$)")


def make_packets(seed: int, out: Path) -> list[Path]:
    """Write one folder per reader, with its packet and its filled-in task; return the tasks."""
    text = render(READERS * KITS_PER_READER, seed, set(), True)
    kits = [kit for kit in _KIT_START.split(text) if kit.strip()]
    rubric = (HERE / "task.md").read_text(encoding="utf-8")
    tasks = []
    for reader in range(READERS):
        folder = out / f"r{reader + 1}"
        folder.mkdir(parents=True, exist_ok=True)
        packet = folder / "packet.txt"
        share = kits[reader * KITS_PER_READER : (reader + 1) * KITS_PER_READER]
        packet.write_text("".join(share), encoding="utf-8")
        task = folder / "task.md"
        filled = rubric.replace("{packet}", str(packet))
        task.write_text(filled.replace("{output}", str(folder / "scores.jsonl")), encoding="utf-8")
        tasks.append(task)
    return tasks


def means(paths: list[Path]) -> dict[str, dict[str, float]]:
    """Average each point per message title over every line of the readers' files."""
    rows: dict[str, list[dict[str, int]]] = defaultdict(list)
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                rows[row["message"]].append(row)
                rows["all"].append(row)
    return {
        title: {"n": len(found)} | {p: sum(r[p] for r in found) / len(found) for p in POINTS}
        for title, found in rows.items()
    }


def main() -> None:
    """Make the packets, or score the readers' files."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    packets = commands.add_parser("packets")
    packets.add_argument("--seed", type=int, required=True)
    packets.add_argument("--out", type=Path, required=True)
    score = commands.add_parser("score")
    score.add_argument("files", type=Path, nargs="+")
    args = parser.parse_args()
    if args.command == "packets":
        for task in make_packets(args.seed, args.out):
            print(task)
        return
    table = means(args.files)
    print(f"{'message':<46}{'n':>4}" + "".join(f"{p[:8]:>10}" for p in POINTS))
    for title, row in sorted(table.items(), key=lambda item: -item[1]["n"]):
        print(f"{title[:45]:<46}{row['n']:>4.0f}" + "".join(f"{row[p]:>10.2f}" for p in POINTS))


if __name__ == "__main__":
    main()
