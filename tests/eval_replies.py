"""Score the reply reader on the labelled replies: kind accuracy, times found, times invented.

Run with `make eval-replies`. Each labelled file is scored on its own and then together. The
figures are the issue 18 targets: kind accuracy >= 0.90, >= 0.95 of offered times found with
the exact instant, <= 2 invented per hundred replies. `-v` lists every disagreement.
"""

from __future__ import annotations

import json
import sys
import time
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from secondchance.core.reply import read_reply

DATA = Path(__file__).parent / "data"


@dataclass
class Score:
    replies: int = 0
    kinds_right: int = 0
    offered: int = 0
    found: int = 0
    ends_right: int = 0
    invented: int = 0
    returns: int = 0
    returns_right: int = 0
    seconds: float = 0.0

    def add(self, other: Score) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def line(self, name: str) -> str:
        kinds = self.kinds_right / self.replies if self.replies else 1.0
        found = self.found / self.offered if self.offered else 1.0
        per_hundred = 100 * self.invented / self.replies if self.replies else 0.0
        return (
            f"{name:24} replies {self.replies:3}  kind {kinds:.2f}  "
            f"times found {self.found}/{self.offered} ({found:.2f})  ends right {self.ends_right}  "
            f"invented {self.invented} ({per_hundred:.1f}/100)  "
            f"return dates {self.returns_right}/{self.returns}  "
            f"{1000 * self.seconds / max(self.replies, 1):.1f} ms/reply"
        )


def score_row(row: dict[str, object], verbose: bool) -> Score:
    score = Score(replies=1)
    started = time.perf_counter()
    reading = read_reply(
        str(row["text"]),
        sent=datetime.fromisoformat(str(row["sent"])),
        sender_zone=ZoneInfo(str(row["timezone"])),
        candidate_zone=ZoneInfo(str(row.get("candidate_timezone") or row["timezone"])),
    )
    score.seconds = time.perf_counter() - started
    score.kinds_right = reading.kind == row["kind"]
    gold = {datetime.fromisoformat(t["start"]): t.get("end") for t in row["times"]}  # type: ignore[attr-defined]
    got = {t.start: t.end for t in reading.times}
    score.offered = len(gold)
    score.found = len(gold.keys() & got.keys())
    score.ends_right = sum(
        1
        for start, end in gold.items()
        if start in got and (got[start] == (datetime.fromisoformat(end) if end else None))
    )
    score.invented = len(got.keys() - gold.keys())
    if row.get("return_date"):
        score.returns = 1
        score.returns_right = reading.return_date == date.fromisoformat(str(row["return_date"]))
    wrong = not score.kinds_right or score.found < score.offered or score.invented
    wrong = wrong or score.returns != score.returns_right
    if verbose and wrong:
        print(f"--- {row['id']} kind {reading.kind} (gold {row['kind']})")
        print("    gold:", [f"{s.isoformat()}" for s in gold], row.get("return_date"))
        print(
            "    got: ",
            [f"{t.start.isoformat()} {t.text!r}" for t in reading.times],
            reading.return_date,
        )
    return score


def main() -> None:
    verbose = "-v" in sys.argv
    paths = [Path(a) for a in sys.argv[1:] if a != "-v"] or sorted(DATA.glob("replies-*.jsonl"))
    total = Score()
    for path in paths:
        score = Score()
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                score.add(score_row(json.loads(line), verbose))
        print(score.line(path.name))
        total.add(score)
    if len(paths) > 1:
        print(total.line("all"))


if __name__ == "__main__":
    main()
