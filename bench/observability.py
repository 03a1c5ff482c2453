"""What the observability layer itself costs a request, in microseconds of CPU, measured in-process.

`run.py` measures throughput through HTTP, where two cores shared by wrk, uvicorn and PostgreSQL
make a few per cent lie inside the noise. This measures the one thing the service's observability adds
to a request — `ObservedRequests` (request id, metrics, the JSON access line written to a file) around
an application that answers at once, against the same layer with metrics and access log off — so that
its cost can be set against the service's CPU per request that `run.py` reports. Run with the
project's venv: `.venv/bin/python bench/observability.py`.
"""

import argparse
import asyncio
import json
import logging
import logging.config
import tempfile
import time
from pathlib import Path
from typing import Any

from app.edge.lifecycle import Lifecycle
from app.edge.metrics import Metrics
from app.edge.observability import ObservedRequests
from app.logs import logging_config, stamp_request_ids
from app.settings import Settings

BODY = b'{"items": []}'


class Route:
    path = "/v1/councils/{council_id}"


async def answer(scope: dict[str, Any], receive: Any, send: Any) -> None:
    scope["route"] = Route
    await send(
        {"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"application/json")]}
    )
    await send({"type": "http.response.body", "body": BODY})


def scope() -> dict[str, Any]:
    return {
        "type": "http",
        "method": "GET",
        "path": "/v1/councils/0d5e1f2a-3b4c-4d5e-8f90-a1b2c3d4e5f6",
        "query_string": b"",
        "headers": [(b"host", b"registry"), (b"accept", b"application/json")],
    }


async def receive() -> dict[str, Any]:
    return {"type": "http.request", "body": b"", "more_body": False}


async def send(_message: dict[str, Any]) -> None:
    return None


async def per_request(app: Any, requests: int) -> float:
    """CPU microseconds per request (process time: what the worker spends, not what it waits)."""
    for _ in range(1000):  # warm-up
        await app(scope(), receive, send)
    started = time.process_time()
    for _ in range(requests):
        await app(scope(), receive, send)
    return (time.process_time() - started) / requests * 1e6


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=50_000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as directory:
        log_file = Path(directory) / "service.log"
        config = logging_config(Settings(environment="production", _env_file=None))  # type: ignore[call-arg]
        config["handlers"]["stdout"] = {
            "class": "logging.FileHandler",
            "filename": str(log_file),
            "formatter": "json",
        }
        logging.config.dictConfig(config)
        stamp_request_ids()
        lifecycle = Lifecycle(0)
        bare = ObservedRequests(answer, metrics=None, access=False, lifecycle=lifecycle)
        observed = ObservedRequests(
            answer,
            metrics=Metrics({"version": "bench", "contract": "bench"}),
            access=True,
            lifecycle=lifecycle,
        )
        samples: dict[str, list[float]] = {"bare": [], "observed": []}
        for _ in range(args.rounds):
            samples["bare"].append(await per_request(bare, args.requests))
            samples["observed"].append(await per_request(observed, args.requests))
        lines = sum(1 for _ in log_file.open())
    median = {name: sorted(values)[len(values) // 2] for name, values in samples.items()}
    result = {
        "requests_per_round": args.requests,
        "rounds": args.rounds,
        "bare_us": round(median["bare"], 2),
        "observed_us": round(median["observed"], 2),
        "observability_us": round(median["observed"] - median["bare"], 2),
        "access_lines_written": lines,
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    asyncio.run(main())
