"""Time the reviewer against proselint on the same drafts, in one process, and check scaling.

Prints the median per-draft time of each and their ratio (target since #19: at least 4x faster
than proselint; the earlier 10x is retired), then the median time per kilobyte for inputs
from 1 KB to 100 KB: a flat figure means review time grows linearly with input size.

Both linters match with RE2, whose automata are built lazily and cached per pattern: a draft
seen before runs over states already built. A user reviews a draft once, so the figure that
counts is the first sight: each linter warmed on other drafts, then each draft timed once, in
a fresh process per repeat (the caches live as long as the process). Timing the same drafts
round after round flatters the reviewer, whose large phrase families build more states per new
draft than proselint's many small patterns; it is printed too, for comparison.
"""

from __future__ import annotations

import json
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent / "tests"))

from corpus import SPLITS, load_corpus  # noqa: E402
from secondchance.core.review import review  # noqa: E402

ROUNDS = 15
# Fresh processes for the first-sight figure, and the share of drafts that warm them up.
REPEATS = 5
WARM_SHARE = 3


def interleaved_ms(ours, theirs, texts: list[str]) -> tuple[float, float]:
    """Median per-draft time of each, timing both on each draft in turn.

    Interleaving exposes both to the same machine noise, so their ratio is steadier than the
    ratio of two runs taken one after the other.
    """
    for text in texts:  # warm caches and lazy loads
        ours(text)
        theirs(text)
    mine, other = [], []
    for _ in range(ROUNDS):
        once_ms(ours, theirs, texts, mine, other)
    return statistics.median(mine) * 1000, statistics.median(other) * 1000


def once_ms(ours, theirs, texts: list[str], mine: list[float], other: list[float]) -> None:
    """Time each draft once through both, taking turns at going first.

    Whichever runs second finds the processor caches filled by the other; alternating shares
    that cost evenly.
    """
    for index, text in enumerate(texts):
        first, second = (ours, theirs) if index % 2 == 0 else (theirs, ours)
        start = time.perf_counter()
        first(text)
        middle = time.perf_counter()
        second(text)
        end = time.perf_counter()
        (mine if first is ours else other).append(middle - start)
        (other if first is ours else mine).append(end - middle)


def first_sight(seed: int) -> tuple[float, float]:
    """Median ms per draft of each on drafts neither has seen, after warming on others."""
    texts = [draft.text for split in SPLITS for draft in load_corpus(split)]
    random.Random(seed).shuffle(texts)
    warm, timed = texts[: len(texts) // WARM_SHARE], texts[len(texts) // WARM_SHARE :]
    proselint = proselint_linter()
    for text in warm:
        review(text)
        proselint(text)
    mine: list[float] = []
    other: list[float] = []
    once_ms(review, proselint, timed, mine, other)
    return statistics.median(mine) * 1000, statistics.median(other) * 1000


def first_sight_repeats() -> list[tuple[float, float]]:
    """Run `first_sight` in a fresh process per repeat, one after another."""
    runs = []
    for seed in range(REPEATS):
        done = subprocess.run(
            [sys.executable, __file__, "--first-sight", str(seed)],
            capture_output=True,
            text=True,
            check=True,
        )
        ours, theirs = json.loads(done.stdout)
        runs.append((ours, theirs))
    return runs


def alone_ms(lint, texts: list[str]) -> float:
    """Median per-draft time of one linter run by itself, caches warm."""
    samples = []
    for _ in range(ROUNDS):
        for text in texts:
            start = time.perf_counter()
            lint(text)
            samples.append(time.perf_counter() - start)
    return statistics.median(samples) * 1000


def proselint_linter():
    from proselint.checks import __register__
    from proselint.registry import CheckRegistry
    from proselint.tools import LintFile

    CheckRegistry().register_many(__register__)
    return lambda text: LintFile("draft", text).lint()


# Repeated phrases that once made the scope checks quadratic (issue #11): each must stay flat.
ADVERSARIAL = (
    "sorry ",
    "not sorry, but ",
    "apologize if ",
    "the bus was late so I missed it. ",
    "Sorry, but the recruiter never sent it. ",
    "could we meet Thursday at 3pm? ",
)


def scaling(texts: list[str]) -> None:
    base = "\n\n".join(texts)
    print(f"{'input':>8} {'median ms':>10} {'ms per KB':>10}  text")
    for kilobytes in (1, 10, 30, 100):
        _time_size(base, kilobytes, "corpus")
    for unit in ADVERSARIAL:
        for kilobytes in (10, 100):
            _time_size(unit, kilobytes, repr(unit[:24]))


def _time_size(base: str, kilobytes: int, label: str) -> None:
    size = kilobytes * 1000 - 10
    text = (base * (size // len(base) + 1))[:size]
    samples = []
    for _ in range(5):
        start = time.perf_counter()
        review(text)
        samples.append(time.perf_counter() - start)
    median = statistics.median(samples) * 1000
    print(f"{kilobytes:>6}KB {median:>10.2f} {median / kilobytes:>10.3f}  {label}")


def main() -> None:
    if sys.argv[1:2] == ["--first-sight"]:
        print(json.dumps(first_sight(int(sys.argv[2]))))
        return
    runs = first_sight_repeats()
    ratios = [theirs / ours for ours, theirs in runs]
    print(f"first sight, interleaved ({REPEATS} fresh processes, each draft timed once):")
    print(f"  secondchance review: median {statistics.median(r[0] for r in runs):.3f} ms per draft")
    print(f"  proselint (API):     median {statistics.median(r[1] for r in runs):.3f} ms per draft")
    print(
        f"  ratio: secondchance is {statistics.median(ratios):.1f}x faster"
        f" (runs {min(ratios):.1f}-{max(ratios):.1f}x; target >= 4x)"
    )
    texts = [draft.text for draft in load_corpus()]
    words = statistics.median(len(text.split()) for text in texts)
    proselint = proselint_linter()
    ours, theirs = interleaved_ms(review, proselint, texts)
    print(f"corpus: {len(texts)} drafts, median {words:.0f} words")
    print(f"the same drafts again, interleaved ({ROUNDS} rounds; states already built):")
    print(f"  secondchance review: median {ours:.3f} ms per draft")
    print(f"  proselint (API):     median {theirs:.3f} ms per draft")
    print(f"  ratio: secondchance is {theirs / ours:.1f}x faster")
    ours_alone, theirs_alone = alone_ms(review, texts), alone_ms(proselint, texts)
    print("one after the other (each with its own caches warm):")
    print(f"  secondchance review: median {ours_alone:.3f} ms per draft")
    print(f"  proselint (API):     median {theirs_alone:.3f} ms per draft")
    print(f"  ratio: secondchance is {theirs_alone / ours_alone:.1f}x faster")
    scaling(texts)


if __name__ == "__main__":
    main()
