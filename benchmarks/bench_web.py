"""Load the running web app on 127.0.0.1: requests per second and p50/p99 latency.

Starts `secondchance serve` in its own process on a store of 10,000 cases (bench_store's mix),
then drives the trivial GET /api/ping, POST /api/kit, the kit page, POST /api/review and
GET /api/due with a bounded number of concurrent clients, in the same run. The targets (#19):
kit and its page reach at least half the trivial endpoint's throughput, and due a quarter.

The routes take turns in short blocks, many rounds over, each round in a rotated order, and
each ratio is the median of the rounds' own: on a shared machine the load moves within seconds,
and long blocks in a fixed order let it land on one route more than on the yardstick. Where
/proc is readable, the server's own CPU time per request is printed too: other processes on
the machine move it far less than they move throughput.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).parent))

from bench_store import fill  # noqa: E402
from secondchance import services  # noqa: E402

ROOT = Path(__file__).parent.parent
REQUESTS = 100  # per route and round
ROUNDS = 15
WARM_UP = 50  # requests per route before the rounds: caches, pools and threads get going
CONCURRENCY = 8
DRAFT = (Path(__file__).parent.parent / "examples" / "flawed-draft.txt").read_text()
CASE = json.loads((ROOT / "examples" / "case.json").read_text())
STORED_CASES = 10_000
# POST /api/kit composes for a new candidate each time: the kit's messages are cached by their
# situation (#19), and one body sent over and over would measure the cache, not composing.
# More names than the cache holds, taken in turn, so that none is still cached when it recurs.
GIVEN = ("Ada", "Bram", "Chloé", "Dev", "Elif", "Farid", "Greta", "Hiro", "Ines", "Jonas")
GIVEN += ("Kofi", "Lena", "Mateo", "Nadia", "Omar", "Priya", "Quinn", "Rosa", "Sven", "Tariq")
FAMILY = ("Abara", "Berg", "Costa", "Dahl", "Eze", "Fischer", "Garcia", "Haddad", "Ito", "Jensen")
FAMILY += ("Kowalski", "Lopez", "Moreau", "Nakamura", "Okafor", "Petrov", "Quist", "Rossi")
NAMES = [f"{given} {family}" for given in GIVEN for family in FAMILY]
TARGETS = {
    "POST /api/kit": 0.5,
    "GET /cases/1/kit": 0.5,
    "POST /api/review": 0.5,
    "GET /api/due": 0.25,
}


def cpu_seconds(pid: int) -> float | None:
    """Return the CPU time a process has used so far, or None where /proc cannot tell."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def kit_bodies() -> Iterator[dict[str, object]]:
    """Yield the example case again and again, for a different candidate each time."""
    for name in itertools.cycle(NAMES):
        yield {**CASE, "candidate": {**CASE["candidate"], "name": name}}


async def load(
    client: httpx.AsyncClient,
    method: str,
    path: str,
    body: object | Iterator[object],
    requests: int = REQUESTS,
) -> tuple[float, list[float]]:
    latencies: list[float] = []
    queue: asyncio.Queue[int] = asyncio.Queue()
    for number in range(requests):
        queue.put_nowait(number)

    async def worker() -> None:
        while not queue.empty():
            queue.get_nowait()
            sent = next(body) if isinstance(body, Iterator) else body
            start = time.perf_counter()
            response = await client.request(method, path, json=sent)
            latencies.append(time.perf_counter() - start)
            response.raise_for_status()

    began = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(CONCURRENCY)))
    return requests / (time.perf_counter() - began), latencies


async def run(base: str, server: int) -> None:
    targets = [
        ("GET /api/ping", "GET", "/api/ping", None),
        ("POST /api/kit", "POST", "/api/kit", kit_bodies()),
        ("GET /cases/1/kit", "GET", "/cases/1/kit", None),
        ("POST /api/review", "POST", "/api/review", {"text": DRAFT}),
        ("GET /api/due", "GET", "/api/due", None),
    ]
    limits = httpx.Limits(max_connections=CONCURRENCY)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=30) as client:
        for _, method, path, body in targets:
            await load(client, method, path, body, WARM_UP)
        # Rounds interleave the routes, and each round's ratios use that round's ping: a
        # machine whose load drifts during the run moves the baseline with the routes.
        ratios: dict[str, list[float]] = {label: [] for label in TARGETS}
        latencies: dict[str, list[float]] = {label: [] for label, *_ in targets}
        rates: dict[str, list[float]] = {label: [] for label, *_ in targets}
        cpu: dict[str, float] = dict.fromkeys(rates, 0.0)
        for number in range(ROUNDS):
            round_rps = {}
            turn = number % len(targets)
            for label, method, path, body in targets[turn:] + targets[:turn]:
                before = cpu_seconds(server)
                rps, times = await load(client, method, path, body)
                after = cpu_seconds(server)
                if before is not None and after is not None:
                    cpu[label] += after - before
                round_rps[label] = rps
                rates[label].append(rps)
                latencies[label] += times
            for label in TARGETS:
                ratios[label].append(round_rps[label] / round_rps["GET /api/ping"])
    for label, *_ in targets:
        ordered = sorted(latencies[label])
        p99 = ordered[int(len(ordered) * 0.99) - 1]
        print(
            f"{label:<18} {statistics.median(rates[label]):8.0f} req/s   p50"
            f" {statistics.median(ordered) * 1000:6.2f} ms   p99 {p99 * 1000:6.2f} ms"
            f"   ({ROUNDS} rounds of {REQUESTS} requests, {CONCURRENCY} clients)"
        )
    if cpu["GET /api/ping"]:
        for label, used in cpu.items():
            print(
                f"{label:<18} server CPU {used / (ROUNDS * REQUESTS) * 1000:5.2f} ms a request,"
                f" {used / cpu['GET /api/ping']:4.1f} times the trivial endpoint's"
            )
    for label, target in TARGETS.items():
        quartiles = statistics.quantiles(ratios[label], n=4)
        print(
            f"{label:<18} reaches {statistics.median(ratios[label]):.2f} of the trivial"
            f" endpoint's throughput (target >= {target}; middle half of {ROUNDS} rounds:"
            f" {quartiles[0]:.2f}-{quartiles[2]:.2f})"
        )


def main() -> None:
    port = free_port()
    with tempfile.TemporaryDirectory() as folder:
        db = services.Database(f"sqlite:///{folder}/bench.db")
        fill(db, STORED_CASES)
        db.close()
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "secondchance",
                "serve",
                "--no-browser",
                "--port",
                str(port),
                "--db",
                f"sqlite:///{folder}/bench.db",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            base = f"http://127.0.0.1:{port}"
            for _ in range(100):
                try:
                    httpx.get(f"{base}/api/ping", timeout=1)
                    break
                except httpx.TransportError:
                    time.sleep(0.1)
            asyncio.run(run(base, server.pid))
        finally:
            server.terminate()
            server.wait(timeout=10)


if __name__ == "__main__":
    main()
