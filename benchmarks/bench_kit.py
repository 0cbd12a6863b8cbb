"""Time building one whole recovery kit: validation plus composition, and composition alone.

Prints medians over many runs; the target for one kit is 2 ms on one core.
"""

from __future__ import annotations

import json
import statistics
import time
from datetime import UTC, datetime
from pathlib import Path

from secondchance import services
from secondchance.core.compose import compose_kit

CASE = json.loads((Path(__file__).parent.parent / "examples" / "case.json").read_text())
NOW = datetime(2026, 11, 26, 15, 40, tzinfo=UTC)
ROUNDS = 2000


def median_ms(work) -> float:
    for _ in range(50):
        work()
    samples = []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        work()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples) * 1000


def main() -> None:
    case = services.parse_case(CASE, NOW)
    whole = median_ms(lambda: services.build_kit(services.parse_case(CASE, NOW), NOW))
    compose = median_ms(lambda: services.build_kit(case, NOW))
    print(f"kit: validate + compose, median {whole:.3f} ms per kit (target <= 2 ms)")
    print(f"kit: compose only,       median {compose:.3f} ms per kit")
    alone = median_ms(lambda: compose_kit(case, NOW))
    print(f"kit: compose_kit alone (no plan), median {alone:.3f} ms per kit")


if __name__ == "__main__":
    main()
