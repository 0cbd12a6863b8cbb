"""Load the running web app on 127.0.0.1: requests per second and p50/p99 latency.

Starts `secondchance serve` in its own process on a store of 10,000 cases (bench_store's mix),
then drives the trivial GET /api/ping, POST /api/kit, the kit page, POST /api/review and
GET /api/due with a bounded number of concurrent clients, in the same run. The targets (#19):
kit and its page reach at least half the trivial endpoint's throughput, and due a quarter.
"""

from __future__ import annotations

import asyncio
import json
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).parent))

from bench_store import fill  # noqa: E402
from secondchance import services  # noqa: E402

ROOT = Path(__file__).parent.parent
REQUESTS = 600
CONCURRENCY = 8
DRAFT = (Path(__file__).parent.parent / "examples" / "flawed-draft.txt").read_text()
CASE = json.loads((ROOT / "examples" / "case.json").read_text())
STORED_CASES = 10_000
TARGETS = {
    "POST /api/kit": 0.5,
    "GET /cases/1/kit": 0.5,
    "POST /api/review": 0.5,
    "GET /api/due": 0.25,
}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


async def load(
    client: httpx.AsyncClient, method: str, path: str, body: object
) -> tuple[float, list[float]]:
    latencies: list[float] = []
    queue: asyncio.Queue[int] = asyncio.Queue()
    for number in range(REQUESTS):
        queue.put_nowait(number)

    async def worker() -> None:
        while not queue.empty():
            queue.get_nowait()
            start = time.perf_counter()
            response = await client.request(method, path, json=body)
            latencies.append(time.perf_counter() - start)
            response.raise_for_status()

    began = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(CONCURRENCY)))
    return REQUESTS / (time.perf_counter() - began), latencies


async def run(base: str) -> None:
    targets = [
        ("GET /api/ping", "GET", "/api/ping", None),
        ("POST /api/kit", "POST", "/api/kit", CASE),
        ("GET /cases/1/kit", "GET", "/cases/1/kit", None),
        ("POST /api/review", "POST", "/api/review", {"text": DRAFT}),
        ("GET /api/due", "GET", "/api/due", None),
    ]
    limits = httpx.Limits(max_connections=CONCURRENCY)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=30) as client:
        for _, method, path, body in targets:  # warm up every route once
            (await client.request(method, path, json=body)).raise_for_status()
        results = {}
        for label, method, path, body in targets:
            rps, latencies = await load(client, method, path, body)
            ordered = sorted(latencies)
            p99 = ordered[int(len(ordered) * 0.99) - 1]
            results[label] = rps
            print(
                f"{label:<18} {rps:8.0f} req/s   p50 {statistics.median(latencies) * 1000:6.2f} ms"
                f"   p99 {p99 * 1000:6.2f} ms   ({REQUESTS} requests, {CONCURRENCY} clients)"
            )
    base_rps = results["GET /api/ping"]
    for label, target in TARGETS.items():
        print(
            f"{label:<18} reaches {results[label] / base_rps:.2f} of the trivial endpoint's"
            f" throughput (target >= {target})"
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
            asyncio.run(run(base))
        finally:
            server.terminate()
            server.wait(timeout=10)


if __name__ == "__main__":
    main()
