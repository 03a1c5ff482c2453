"""What storing disclosures costs an authenticated read, in microseconds of CPU, measured in-process.

`run.py --only representatives` measures it through HTTP (run it once as is and once with
`--service-setting LIS_DISCLOSURE_STORE=false`), but on two shared cores a few per cent lie inside the
noise. This measures exactly what storing adds: `ObservedRequests` answering a read that shows 18
people's non-public data (a council's representatives with their deputies, read with a token), with the
disclosure log written to a file in both cases, once without the store and once with it — the rows
buffered on the request's path and then written to the database by the store's own flush, whose CPU is
counted too (it runs in the worker's process). PostgreSQL's own work on the inserts is not counted: it
is another process. Run with the project's venv against a database of its own:

    .venv/bin/python bench/disclosures.py --database-url postgresql+asyncpg://postgres@127.0.0.1:5432/bench_disclosures
"""

import argparse
import asyncio
import json
import logging
import logging.config
import tempfile
import time
import uuid
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from sqlalchemy import text

from app.domain.authority import Principal, Scope
from app.edge.disclosure_store import DisclosureStore
from app.edge.lifecycle import Lifecycle
from app.edge.observability import ObservedRequests
from app.logs import logging_config, stamp_request_ids
from app.settings import Settings
from app.storage.database import Database
from app.storage.migrations import migrate

PEOPLE = 9


def person() -> dict[str, Any]:
    return {
        "id": str(uuid.uuid4()),
        "name": "Kari Nordmann",
        "title": "overlege",
        "email": "kari@example.org",
        "hpr_number": "9144889",
        "phone": "+47 900 00 000",
        "publish_email": False,
    }


BODY = json.dumps(
    {
        "items": [
            {
                "id": str(uuid.uuid4()),
                "person": person(),
                "deputy": person(),
                "qualifications": {"trainee": False},
            }
            for _ in range(PEOPLE)
        ],
        "next_cursor": None,
    }
).encode()


class Route:
    path = "/v1/councils/{council_id}/representatives"


async def answer(scope: dict[str, Any], receive: Any, send: Any) -> None:
    scope["route"] = Route
    scope["state"]["principal"] = Principal("bench-reader", frozenset({Scope.READ}))
    await send(
        {"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"application/json")]}
    )
    await send({"type": "http.response.body", "body": BODY})


def request(app_state: Any) -> dict[str, Any]:
    return {
        "type": "http",
        "method": "GET",
        "path": "/v1/councils/0d5e1f2a-3b4c-4d5e-8f90-a1b2c3d4e5f6/representatives",
        "query_string": b"",
        "headers": [(b"host", b"registry"), (b"authorization", b"Bearer x")],
        "app": app_state,
    }


async def receive() -> dict[str, Any]:
    return {"type": "http.request", "body": b"", "more_body": False}


async def send(_message: dict[str, Any]) -> None:
    return None


async def per_request(app: Any, owner: Any, store: DisclosureStore | None, requests: int) -> float:
    """CPU microseconds per request, the store's writing included."""
    for _ in range(200):  # warm-up
        await app(request(owner), receive, send)
    if store is not None:
        await store.flush()
    started = time.process_time()
    for start in range(0, requests, 500):
        for _ in range(min(500, requests - start)):
            await app(request(owner), receive, send)
        if store is not None:  # as the writer would: a batch of what gathered meanwhile
            await store.flush()
    return (time.process_time() - started) / requests * 1e6


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--database-url", required=True, help="a database of its own: its disclosures are emptied"
    )
    parser.add_argument("--requests", type=int, default=5_000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    settings = Settings(database_url=args.database_url, environment="production", _env_file=None)  # type: ignore[call-arg]
    await migrate(settings)
    database = Database(settings)
    with tempfile.TemporaryDirectory() as directory:
        config = logging_config(settings)
        config["handlers"]["stdout"] = {
            "class": "logging.FileHandler",
            "filename": str(Path(directory) / "service.log"),
            "formatter": "json",
        }
        logging.config.dictConfig(config)
        stamp_request_ids()
        store = DisclosureStore(
            database,
            capacity=settings.disclosure_queue_size,
            batch_size=settings.disclosure_batch_size,
            linger_seconds=settings.disclosure_flush_seconds,
        )
        app = ObservedRequests(answer, metrics=None, access=True, lifecycle=Lifecycle(0))
        logged_only = SimpleNamespace(state=SimpleNamespace(disclosures=None))
        stored = SimpleNamespace(state=SimpleNamespace(disclosures=store))
        samples: dict[str, list[float]] = {"logged": [], "stored": []}
        for _ in range(args.rounds):
            samples["logged"].append(await per_request(app, logged_only, None, args.requests))
            samples["stored"].append(await per_request(app, stored, store, args.requests))
        async with database.engine.begin() as connection:
            rows = await connection.scalar(text("SELECT count(*) FROM disclosure"))
            await connection.execute(text("DELETE FROM disclosure"))
    await database.dispose()
    median = {name: sorted(values)[len(values) // 2] for name, values in samples.items()}
    print(
        json.dumps(
            {
                "requests_per_round": args.requests,
                "rounds": args.rounds,
                "people_disclosed_per_request": 2 * PEOPLE,
                "logged_only_us": round(median["logged"], 1),
                "logged_and_stored_us": round(median["stored"], 1),
                "storing_us": round(median["stored"] - median["logged"], 1),
                "rows_written": rows,
                "samples_us": {name: [round(v, 1) for v in values] for name, values in samples.items()},
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    asyncio.run(main())
