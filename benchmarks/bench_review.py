"""Time the reviewer against proselint on the same drafts, in one process, and check scaling.

Prints the median per-draft time of each and their ratio (target since #19: at least 4x faster
than proselint; the earlier 10x is retired), then the median time per kilobyte for inputs
from 1 KB to 100 KB: a flat figure means review time grows linearly with input size.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent / "tests"))

from corpus import load_corpus  # noqa: E402
from secondchance.core.review import review  # noqa: E402

ROUNDS = 15


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
        for text in texts:
            start = time.perf_counter()
            ours(text)
            middle = time.perf_counter()
            theirs(text)
            mine.append(middle - start)
            other.append(time.perf_counter() - middle)
    return statistics.median(mine) * 1000, statistics.median(other) * 1000


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
    texts = [draft.text for draft in load_corpus()]
    words = statistics.median(len(text.split()) for text in texts)
    proselint = proselint_linter()
    ours, theirs = interleaved_ms(review, proselint, texts)
    print(f"corpus: {len(texts)} drafts, median {words:.0f} words")
    print("interleaved (each draft through both in turn):")
    print(f"  secondchance review: median {ours:.3f} ms per draft")
    print(f"  proselint (API):     median {theirs:.3f} ms per draft")
    print(f"  ratio: secondchance is {theirs / ours:.1f}x faster (target >= 4x)")
    ours_alone, theirs_alone = alone_ms(review, texts), alone_ms(proselint, texts)
    print("one after the other (each with its own caches warm):")
    print(f"  secondchance review: median {ours_alone:.3f} ms per draft")
    print(f"  proselint (API):     median {theirs_alone:.3f} ms per draft")
    print(f"  ratio: secondchance is {theirs_alone / ours_alone:.1f}x faster (target >= 4x)")
    scaling(texts)


if __name__ == "__main__":
    main()
