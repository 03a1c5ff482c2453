"""A database restart seen by `python -m app serve --workers 2` (README, "Metrics" and "Errors"): the
service reaches PostgreSQL through a TCP proxy that the test stops and restarts. Afterwards the pool
gauges read what they read at rest, never below it, and the first request each worker serves succeeds
although every connection in its pool died while it idled."""

import asyncio
import json
import os
import threading
from collections.abc import Coroutine, Iterator
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
    """Each request on a connection of its own, so that the kernel hands them to either worker."""
    statuses = []
    for method, path, headers in requests:
        with httpx.Client(base_url=service.base_url, timeout=15) as client:
            body = {"name": headers["X-Request-ID"]} if method == "POST" else None
            statuses.append(client.request(method, path, json=body, headers=headers).status_code)
    return statuses


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

        warm = mixed("warm", 30)
        assert set(on_fresh_connections(service, warm)) <= {200, 201}
        assert len(set(served_by(service, {h["X-Request-ID"] for *_, h in warm}).values())) == WORKERS
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
        first = mixed("first", 12)
        proxy.run(proxy.proxy.cut())
        proxy.run(proxy.proxy.start())
        assert on_fresh_connections(service, first) == [200, 200, 201] * 4
        pids = served_by(service, {h["X-Request-ID"] for *_, h in first})
        assert len(set(pids.values())) == WORKERS, f"one worker served all: {pids}"
        assert pool_gauges(service) == at_rest
