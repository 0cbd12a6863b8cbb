"""Time building one whole recovery kit: validation plus composition, and composition alone.

Prints medians over many runs; the target for one kit is 2 ms on one core. Each timed kit is
for a case not seen before in the run: the kit's messages are cached by their situation (#19),
and one case composed over and over would time the cache. A kit shown again is timed apart.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from bench_store import letters  # noqa: E402
from secondchance import services  # noqa: E402
from secondchance.core.compose import compose_kit  # noqa: E402

CASE = json.loads((Path(__file__).parent.parent / "examples" / "case.json").read_text())
NOW = datetime(2026, 11, 26, 15, 40, tzinfo=UTC)
ROUNDS = 2000
WARM_UP = 50


def raw_cases(count: int) -> list[dict[str, Any]]:
    """Return `count` copies of the example case, each for a candidate of its own."""
    name = CASE["candidate"]["name"]
    return [
        {**CASE, "candidate": {**CASE["candidate"], "name": f"{name} {letters(n)}"}}
        for n in range(count)
    ]


def median_ms(work: Callable[[Any], object], inputs: Sequence[Any]) -> float:
    """Run `work` on each input once (the first ones only to warm up); return the median."""
    for item in inputs[:WARM_UP]:
        work(item)
    samples = []
    for item in inputs[WARM_UP:]:
        start = time.perf_counter()
        work(item)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples) * 1000


def main() -> None:
    size = ROUNDS + WARM_UP
    raw = raw_cases(3 * size)  # each measurement gets cases of its own, so none reads a cache
    cases = [services.parse_case(data, NOW) for data in raw[size:]]
    whole = median_ms(
        lambda data: services.build_kit(services.parse_case(data, NOW), NOW), raw[:size]
    )
    compose = median_ms(lambda case: services.build_kit(case, NOW), cases[:size])
    alone = median_ms(lambda case: compose_kit(case, NOW), cases[size:])
    again = median_ms(lambda case: services.build_kit(case, NOW), [cases[0]] * size)
    print(f"kit: validate + compose, median {whole:.3f} ms per kit (target <= 2 ms)")
    print(f"kit: compose only,       median {compose:.3f} ms per kit")
    print(f"kit: compose_kit alone (no plan), median {alone:.3f} ms per kit")
    print(f"kit: the same kit shown again (its messages cached), median {again:.3f} ms")


if __name__ == "__main__":
    main()
