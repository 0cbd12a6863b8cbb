"""Profile the reviewer at first sight: where the time of a draft it has never seen goes.

`bench_review.py` says how fast; this says why. Every corpus draft is reviewed once, each with
a word of its own inserted, so no draft repeats and RE2's automata meet text they have not
seen, as a user's draft does. A share of them warms the process first. Prints cProfile's top
functions by their own time, then, per family of the lexicon, the time its scans took, how
often the prefilter let it be scanned, and how often a scan found something: a family scanned
on most drafts that rarely matches is where the prefilter's words are too common (issue 17).

    .venv/bin/python benchmarks/profile_review.py [--top N]
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import random
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent / "tests"))

from corpus import SPLITS, load_corpus  # noqa: E402
from secondchance.core.review import review  # noqa: E402
from secondchance.core.review.lexicon import Lexeme  # noqa: E402

WARM = 200
TIMED = 1000
_FILLERS = "Tuesday Morgan Halden parking coffee reliably Wednesday".split()


def distinct_drafts() -> list[str]:
    """Return the corpus drafts, each made new by a numbered word at a random place."""
    texts = [draft.text for split in SPLITS for draft in load_corpus(split)]
    chooser = random.Random(7)
    drafts = []
    for number, text in enumerate(texts):
        words = text.split(" ")
        words.insert(chooser.randrange(len(words)), f"{chooser.choice(_FILLERS)}{number}")
        drafts.append(" ".join(words))
    return drafts


def profile(drafts: list[str], top: int) -> None:
    profiler = cProfile.Profile()
    profiler.enable()
    for text in drafts:
        review(text)
    profiler.disable()
    pstats.Stats(profiler).sort_stats("tottime").print_stats(top)


def scan_costs(drafts: list[str], top: int) -> None:
    """Time each family's scans, by wrapping `Lexeme.scan` for this run only."""
    spent: Counter[str] = Counter()
    scanned: Counter[str] = Counter()
    found: Counter[str] = Counter()
    scan = Lexeme.scan

    def timed_scan(lexeme: Lexeme, *args: object) -> list[tuple[int, int]]:
        start = time.perf_counter()
        spans = scan(lexeme, *args)  # type: ignore[arg-type]
        spent[lexeme.name] += time.perf_counter() - start
        scanned[lexeme.name] += 1
        found[lexeme.name] += bool(spans)
        return spans

    Lexeme.scan = timed_scan  # type: ignore[method-assign]
    try:
        start = time.perf_counter()
        for text in drafts:
            review(text)
        total = time.perf_counter() - start
    finally:
        Lexeme.scan = scan  # type: ignore[method-assign]
    count = len(drafts)
    scans = sum(spent.values()) / count * 1000
    print(f"review: {total / count * 1000:.3f} ms per draft, of which family scans {scans:.3f} ms")
    print(f"({sum(scanned.values()) / count:.1f} scans per draft, in {count} drafts)")
    print(f"{'family':26} {'us/draft':>8} {'scanned':>8} {'found':>6}")
    for name, seconds in spent.most_common(top):
        share = found[name] / scanned[name]
        print(f"{name:26} {seconds / count * 1e6:8.1f} {scanned[name] / count:8.2f} {share:6.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--top", type=int, default=25)
    top = parser.parse_args().top
    drafts = distinct_drafts()
    warm, first, second = drafts[:WARM], drafts[WARM : WARM + TIMED], drafts[WARM + TIMED :]
    for text in warm:
        review(text)
    profile(first, top)
    # The scan table needs drafts of its own: the profile's are no longer new to RE2.
    scan_costs(second or first, top)


if __name__ == "__main__":
    main()
