"""The website's read paths against a real uvicorn, each compared with a baseline in the same run.

    .venv/bin/python bench/http_reads.py [--requests 2000] [--concurrency 16] [--database-url URL]

Reports requests per second and latency per scenario, and each as a ratio to `GET /health/live`
(the cost of HTTP and the framework alone), so numbers from different machines compare. Loopback
only; the request count is bounded and the server is stopped at the end.
"""

import argparse
import asyncio
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def run(
    client: httpx.AsyncClient, path: str, headers: dict[str, str], total: int, concurrency: int
) -> list[float]:
    latencies: list[float] = []
    remaining = iter(range(total))

    async def worker() -> None:
        for _ in remaining:
            started = time.perf_counter()
            response = await client.get(path, headers=headers)
            latencies.append(time.perf_counter() - started)
            if response.status_code not in (200, 304):
                raise SystemExit(f"{path}: unexpected {response.status_code}")

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    latencies.append(time.perf_counter() - started)  # the last item is the wall time
    return latencies


async def measure(base: str, total: int, concurrency: int) -> None:
    async with httpx.AsyncClient(base_url=base, limits=httpx.Limits(max_connections=concurrency)) as client:
        one = "/v1/councils?region=helse-nord&specialty=anestesiologi"
        etag = (await client.get(one)).headers["etag"]
        scenarios = [
            ("baseline GET /health/live", "/health/live", {}),
            ("GET one council by region+specialty", one, {}),
            ("revalidate it (If-None-Match → 304)", one, {"If-None-Match": etag}),
            ("GET a page of 50 councils", "/v1/councils?limit=50", {}),
            ("GET a page of 500 councils", "/v1/councils?limit=500", {}),
            ("GET regions", "/v1/regions", {}),
        ]
        for _, path, headers in scenarios:  # warm up connections and caches
            await run(client, path, headers, min(200, total), concurrency)
        results = []
        for name, path, headers in scenarios:
            *latencies, wall = await run(client, path, headers, total, concurrency)
            results.append(
                (name, total / wall, statistics.median(latencies), statistics.quantiles(latencies, n=20)[18])
            )
    baseline_rps = results[0][1]
    print(f"{'scenario':42} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'throughput vs baseline':>24}")
    for name, rps, p50, p95 in results:
        print(f"{name:42} {rps:8.0f} {p50 * 1000:8.2f} {p95 * 1000:8.2f} {rps / baseline_rps:23.2f}x")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--database-url", help="default: a fresh SQLite file")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as workdir:
        environment = {k: v for k, v in os.environ.items() if not k.startswith("LIS_")}
        if args.database_url:
            environment["LIS_DATABASE_URL"] = args.database_url
            subprocess.run([sys.executable, "-m", "app", "setup"], cwd=ROOT, env=environment, check=True)
        port = free_port()
        server = subprocess.Popen(
            [sys.executable, "-m", "app", "serve", "--port", str(port)],
            cwd=workdir,
            env=environment | {"PYTHONPATH": str(ROOT), "LIS_LOG_LEVEL": "warning"},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            base = f"http://127.0.0.1:{port}"
            for _ in range(300):
                try:
                    if httpx.get(f"{base}/health/ready", timeout=1).status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                time.sleep(0.1)
            asyncio.run(measure(base, args.requests, args.concurrency))
        finally:
            server.terminate()
            server.wait(timeout=10)


if __name__ == "__main__":
    main()
