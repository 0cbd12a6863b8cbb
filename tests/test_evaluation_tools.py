"""The tools that judge the product from outside: the blind reading and the batch scorer."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
READINGS = ROOT / "scripts" / "blind_reading" / "readings.py"


def test_a_blind_reading_gives_each_reader_twelve_kits_and_a_rubric_naming_only_their_files(
    tmp_path,
):
    proc = subprocess.run(
        [sys.executable, str(READINGS), "packets", "--seed", "3", "--out", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    tasks = proc.stdout.split()
    assert len(tasks) == 3
    seen = set()
    for task in map(Path, tasks):
        packet = (task.parent / "packet.txt").read_text(encoding="utf-8")
        kits = [line for line in packet.splitlines() if line.startswith("=") and "KIT" in line]
        assert len(kits) == 12
        assert not seen & set(kits), "a kit given to two readers"
        seen |= set(kits)
        rubric = task.read_text(encoding="utf-8")
        assert f"PACKET: {task.parent / 'packet.txt'}" in rubric
        assert f"OUTPUT: {task.parent / 'scores.jsonl'}" in rubric
        assert "{packet}" not in rubric and "secondchance" not in rubric.lower()


def test_a_blind_reading_is_scored_per_message_and_over_all(tmp_path):
    rows = [
        {"message": "Apology email", "naturalness": 4, "sincerity": 5, "enthusiasm": 3,
         "fit": 4, "would_reply": 4, "kit": 1, "comment": ""},
        {"message": "Apology email", "naturalness": 3, "sincerity": 4, "enthusiasm": 2,
         "fit": 5, "would_reply": 3, "kit": 2, "comment": ""},
        {"message": "Voicemail (under 30 seconds)", "naturalness": 5, "sincerity": 5,
         "enthusiasm": 4, "fit": 5, "would_reply": 5, "kit": 1, "comment": ""},
    ]  # fmt: skip
    scores = tmp_path / "scores.jsonl"
    scores.write_text("\n".join(json.dumps(row) for row in rows) + "\n", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, str(READINGS), "score", str(scores)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    lines = {line.split("  ")[0]: line.split() for line in proc.stdout.splitlines()[1:]}
    assert lines["Apology email"][-5:] == ["3.50", "4.50", "2.50", "4.50", "3.50"]
    assert lines["all"][1] == "3" and lines["all"][2] == "4.00"


def test_a_batch_is_scored_on_arrival_with_its_disagreements_only_when_asked(tmp_path):
    batch = tmp_path / "batch.txt"
    batch.write_text(
        "# a tiny batch\n#\n"
        "### id=T-1 type=apology channel=text verdict=ready codes=\n"
        "Hi Sam, I'm so sorry I missed our interview today; I got the time wrong and that's on"
        " me. I'm still very keen on the analyst role. Could we find another time that suits"
        " you?\n\n"
        "### id=T-2 type=apology channel=text verdict=ready codes=\n"
        "Sorry, the bus was late.\n",
        encoding="utf-8",
    )
    command = [sys.executable, str(ROOT / "tests" / "score_batch.py"), str(batch)]
    quiet = subprocess.run(command, capture_output=True, text=True, timeout=60, check=True)
    assert "type:apology" in quiet.stdout and "verdicts 0.50" in quiet.stdout
    assert "T-2" not in quiet.stdout, "a sealed batch's misses must not be printed"
    told = subprocess.run(
        [*command, "--misses"], capture_output=True, text=True, timeout=60, check=True
    )
    assert "--- T-2" in told.stdout and "the bus was late" in told.stdout
    assert "--- T-1" not in told.stdout
