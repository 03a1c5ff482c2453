"""A database restart seen by `python -m app serve --workers 2` (README, "Metrics" and "Errors"): the
service reaches PostgreSQL through a TCP proxy that the test stops and restarts. Afterwards the pool
gauges read what they read at rest, never below it, and the first request each worker serves succeeds
although every connection in its pool died while it idled."""

import asyncio
import json
import os
import threading
from collections.abc import Callable, Coroutine, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy.engine import make_url

from app.settings import Settings
from app.storage.database import Database
from tests.api.test_observability import sample
from tests.api.test_outages import CuttableProxy
from tests.conftest import TEST_DATABASE_URL
from tests.e2e.live_service import LiveService, live_service

ON_POSTGRESQL = (os.environ.get(TEST_DATABASE_URL) or "").startswith("postgresql")
WORKERS = 2


class ProxyInThread:
    """The outage tests' proxy, on an event loop of its own: the service is another process."""

    def __init__(self, upstream: tuple[str, int]) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()
        self.proxy = CuttableProxy(*upstream)

    def run(self, work: Coroutine[Any, Any, None]) -> None:
        asyncio.run_coroutine_threadsafe(work, self.loop).result(timeout=10)

    def close(self) -> None:
        self.run(self.proxy.cut())
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(timeout=5)


@pytest.fixture
def proxy(settings: Settings) -> Iterator[ProxyInThread]:
    url = make_url(settings.database_url)
    running = ProxyInThread((url.host or "127.0.0.1", url.port or 5432))
    running.run(running.proxy.start())
    yield running
    running.close()


def pool_gauges(service: LiveService) -> tuple[float, float]:
    exposition = httpx.get(f"{service.base_url}/metrics").text
    return sample(exposition, "lis_db_pool_connections_in_use"), sample(
        exposition, "lis_db_pool_overflow_in_use"
    )


def served_by(service: LiveService, request_ids: set[str]) -> dict[str, int]:
    """The pid of the worker that answered each request, from the access lines."""
    pids = {}
    for line in service.log().splitlines():
        if line.startswith("{"):
            fields = json.loads(line)
            if fields.get("logger") == "app.access" and fields.get("request_id") in request_ids:
                pids[fields["request_id"]] = fields["pid"]
    return pids


def on_fresh_connections(service: LiveService, requests: list[tuple[str, str, dict[str, str]]]) -> list[int]:
    """Each request on a connection of its own, several at once, so that the kernel hands them to
    both workers (one after another, an idle worker may take them all)."""

    def send(request: tuple[str, str, dict[str, str]]) -> int:
        method, path, headers = request
        with httpx.Client(base_url=service.base_url, timeout=15) as client:
            body = {"name": headers["X-Request-ID"]} if method == "POST" else None
            return client.request(method, path, json=body, headers=headers).status_code

    with ThreadPoolExecutor(max_workers=6) as pool:
        return list(pool.map(send, requests))


def until_both_workers_served(
    service: LiveService, batch: Callable[[int], list[tuple[str, str, dict[str, str]]]]
) -> list[int]:
    """Batches of requests until each worker has answered one: every status, in order."""
    statuses: list[int] = []
    served: set[str] = set()
    for attempt in range(10):
        requests = batch(attempt)
        statuses += on_fresh_connections(service, requests)
        served |= {h["X-Request-ID"] for *_, h in requests}
        if len(set(served_by(service, served).values())) == WORKERS:
            return statuses
    pytest.fail(f"one worker answered every request: {served_by(service, served)}")


@pytest.mark.skipif(not ON_POSTGRESQL, reason="stops and restarts a PostgreSQL server; SQLite has no server")
def test_after_database_restarts_the_gauges_are_back_at_rest_and_each_workers_first_request_succeeds(
    settings: Settings, clean_database: Database, tmp_path: Path, proxy: ProxyInThread
) -> None:
    proxied = make_url(settings.database_url).set(host="127.0.0.1", port=proxy.proxy.port)
    environment = {
        "LIS_DATABASE_URL": proxied.render_as_string(hide_password=False),
        "LIS_AUTO_SETUP": "false",
        "LIS_DEV_TOKENS": "true",
        "LIS_DEV_KEY_FILE": str(tmp_path / "dev-key.pem"),
        "LIS_LOG_FORMAT": "json",
        "LIS_DB_POOL_TIMEOUT": "2",
    }
    with live_service(tmp_path, ("establish-councils",), settings=environment, workers=WORKERS) as service:
        admin = {"Authorization": f"Bearer {service.command('token', '--scope', 'admin')}"}

        def mixed(label: str, count: int) -> list[tuple[str, str, dict[str, str]]]:
            kinds = [
                ("GET", "/health/ready"),
                ("GET", "/v1/councils?region=helse-nord"),
                ("POST", "/v1/people"),
            ]
            return [
                (*kinds[n % 3], admin | {"X-Request-ID": f"{label}-{n}"})  # type: ignore[misc]
                for n in range(count)
            ]

        warm = until_both_workers_served(service, lambda n: mixed(f"warm-{n}", 12))
        assert set(warm) <= {200, 201}
        at_rest = pool_gauges(service)
        assert at_rest == (0, 0)

        for restart in range(2):
            proxy.run(proxy.proxy.cut())  # the database stops: every pooled connection dies
            down = mixed(f"down-{restart}", 10)
            assert set(on_fresh_connections(service, down)) == {503}
            assert pool_gauges(service) == at_rest
            proxy.run(proxy.proxy.start())  # and is back
            after = mixed(f"after-{restart}", 12)
            assert on_fresh_connections(service, after) == [200, 200, 201] * 4
            assert pool_gauges(service) == at_rest

        # A restart while the workers idle: nothing has told them that their connections died.
        proxy.run(proxy.proxy.cut())
        proxy.run(proxy.proxy.start())
        first = until_both_workers_served(service, lambda n: mixed(f"first-{n}", 6))
        assert first == [200, 200, 201] * (len(first) // 3), "a worker's first request failed"
        assert pool_gauges(service) == at_rest
