"""docs/kits.md shows what the composer writes today: regenerate it with `make gallery`."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_gallery_is_up_to_date():
    script = ROOT / "scripts" / "gallery.py"
    proc = subprocess.run(
        [sys.executable, str(script), "--check"], capture_output=True, timeout=120
    )
    assert proc.returncode == 0, "docs/kits.md is out of date: run `make gallery`"


def test_the_gallery_covers_every_reason_and_the_situations_that_change_the_words():
    sys.path.insert(0, str(ROOT / "scripts"))
    from gallery import situations

    from secondchance.core.reasons import REASONS

    titles = [title for title, _, _ in situations()]
    assert all(any(reason.label in title for title in titles) for reason in REASONS)
    situations_named = ("before the start", "Two days later", "recruiter", "voicemail", "agreed")
    for situation in situations_named:
        assert any(situation in title for title in titles), situation
    assert "docs/kits.md" in (ROOT / "README.md").read_text(encoding="utf-8")
