"""Prometheus metrics at `GET /metrics`.

With one worker the values live in this process. With several (`python -m app serve --workers N`),
`serve` points PROMETHEUS_MULTIPROC_DIR at a fresh directory before the workers start; each writes its
values there and whichever worker a scrape reaches adds them all up, so one scrape sees the totals.
What the database knows (the outbox) is read at scrape time: it is the same whichever worker answers.
"""

import asyncio
import logging
import os
import time
from pathlib import Path
from typing import Any

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    disable_created_metrics,
    generate_latest,
)
from prometheus_client.core import GaugeMetricFamily, InfoMetricFamily
from prometheus_client.multiprocess import MultiProcessCollector, mark_process_dead
from starlette.requests import Request
from starlette.responses import Response

from app.storage.database import Database

log = logging.getLogger(__name__)

# A `_created` series beside every counter and histogram doubles a scrape for a value Prometheus
# does not use.
disable_created_metrics()

MULTIPROCESS_DIRECTORY = "PROMETHEUS_MULTIPROC_DIR"
LATENCY_BUCKETS = (0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)
KNOWN_METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "CONNECT"})
OTHER_METHOD = "_OTHER"
"""The method label of any other method (OpenTelemetry's convention): a client inventing methods must
not add series."""
UNMATCHED_ROUTE = "unmatched"
"""The route label of requests no route answered: raw paths would let any client add series."""


def multiprocess() -> bool:
    return bool(os.environ.get(MULTIPROCESS_DIRECTORY))


class Metrics:
    """The service's metrics. Each app has its own registry, so that apps in one process (tests) do not
    add to each other's counts; in multiprocess mode the values go to the shared directory instead."""

    def __init__(self, build: dict[str, str]) -> None:
        self.build = build
        self.registry = CollectorRegistry()
        registry = self.registry
        self.requests = Counter(
            "lis_http_requests",
            "HTTP requests answered, by route template, method and status.",
            ("method", "route", "status"),
            registry=registry,
        )
        self.latency = Histogram(
            "lis_http_request_duration_seconds",
            "Time from the request's arrival to the last byte of its response.",
            ("method", "route", "status"),
            buckets=LATENCY_BUCKETS,
            registry=registry,
        )
        self._series: dict[tuple[str, str | None, int], tuple[Counter, Histogram]] = {}
        self.in_flight = self._live_gauge("lis_http_requests_in_flight", "Requests being served now.")
        self.connections_in_use = self._live_gauge(
            "lis_db_pool_connections_in_use", "Database connections that requests hold now."
        )
        self.pool_size = self._live_gauge(
            "lis_db_pool_size", "Database connections kept open (LIS_DB_POOL_SIZE), summed over the workers."
        )
        self.overflow_in_use = self._live_gauge(
            "lis_db_pool_overflow_in_use",
            "Connections in use beyond the pool size (LIS_DB_MAX_OVERFLOW caps them), over the workers.",
        )
        self.idempotency_claims = self._live_gauge(
            "lis_idempotency_claims_in_flight",
            "POSTs holding an Idempotency-Key now (the key is held until their transaction ends).",
        )
        self.disclosures_stored = Counter(
            "lis_disclosures_stored",
            "Disclosures of personal data written to the database (they are in the log as well).",
            registry=registry,
        )
        self.disclosures_dropped = Counter(
            "lis_disclosures_dropped",
            "Disclosures logged but not written to the database, by reason: `full` (the buffer was full: "
            "the database slow or away), `shutdown` (unwritten when the worker stopped), `error` (refused).",
            ("reason",),
            registry=registry,
        )
        self._pool_size = 1

    def _live_gauge(self, name: str, documentation: str) -> Gauge:
        """A gauge of something each worker has now: with several workers, the sum over the live ones."""
        return Gauge(name, documentation, registry=self.registry, multiprocess_mode="livesum")

    def watch(self, database: Database) -> None:
        self._pool_size = database.pool_size
        self.pool_size.set(self._pool_size)
        database.watch_pool(self._connections_changed)

    def _connections_changed(self, held: int) -> None:
        self.connections_in_use.set(held)
        self.overflow_in_use.set(max(0, held - self._pool_size))

    def observe(self, method: str, route: str | None, status: int, seconds: float) -> None:
        if method not in KNOWN_METHODS:
            method = OTHER_METHOD
        key = (method, route, status)
        series = self._series.get(key)
        if series is None:
            # `labels()` validates and looks up its arguments on every call: a tenth of what the
            # cheapest answer (a 304 from memory) costs. The series are few (route templates times
            # methods times statuses), so each request's pair is looked up once and kept.
            labels = (method, route or UNMATCHED_ROUTE, str(status))
            series = self._series[key] = (self.requests.labels(*labels), self.latency.labels(*labels))
        count, latency = series
        count.inc()
        latency.observe(seconds)

    def count_disclosures(self, outcome: str, rows: int) -> None:
        if outcome == "stored":
            self.disclosures_stored.inc(rows)
        else:
            self.disclosures_dropped.labels(outcome).inc(rows)

    def worker_stopped(self) -> None:
        """A worker that stops takes its live gauges (in flight, connections) with it."""
        if multiprocess():
            mark_process_dead(os.getpid())

    async def exposition(self, database: Database) -> bytes:
        if multiprocess():
            forget_dead_workers(os.environ[MULTIPROCESS_DIRECTORY])
            registry = CollectorRegistry()
            MultiProcessCollector(registry)
            workers = generate_latest(registry)
        else:
            workers = generate_latest(self.registry)
        scrape = CollectorRegistry()
        scrape.register(_ScrapeTime(self.build, await _outbox(database)))
        return workers + generate_latest(scrape)


SCRAPE_DATABASE_TIMEOUT = 1.0
"""Seconds a scrape waits for the database: with the pool exhausted or the database away, the scrape
must answer (`lis_database_up 0`) well inside Prometheus's own timeout, not wait for a connection."""


def forget_dead_workers(directory: str) -> None:
    """Drop the live gauges (in flight, connections) of workers that died without shutting down: a
    worker uvicorn's supervisor killed and replaced would otherwise count as busy forever."""
    for path in Path(directory).glob("gauge_live*_*.db"):
        pid = path.stem.rsplit("_", 1)[-1]
        if not pid.isdigit():
            continue
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            mark_process_dead(int(pid), directory)
        except PermissionError:  # alive, under another user
            continue


async def _outbox(database: Database) -> dict[str, float] | None:
    try:
        newest_id, occurred_at = await asyncio.wait_for(database.outbox_position(), SCRAPE_DATABASE_TIMEOUT)
    except Exception as error:  # a scrape reports the database's absence; it never fails for it
        log.warning("metrics: the database cannot be read: %s", type(error).__name__)
        return None
    if newest_id is None or occurred_at is None:
        return {}
    return {"newest_id": newest_id, "newest_at": occurred_at.timestamp()}


class _ScrapeTime:
    """What is read when Prometheus asks: the build, and the outbox as the database has it."""

    def __init__(self, build: dict[str, str], outbox: dict[str, float] | None) -> None:
        self.build = build
        self.outbox = outbox

    def collect(self) -> Any:
        info = InfoMetricFamily("lis_build", "The service's version and the version of its contract.")
        info.add_metric([], self.build)
        yield info
        yield GaugeMetricFamily(
            "lis_database_up", "Whether the scrape could read the database.", value=self.outbox is not None
        )
        if not self.outbox:
            return
        yield GaugeMetricFamily(
            "lis_outbox_newest_event_id", "Id of the newest change event.", value=self.outbox["newest_id"]
        )
        yield GaugeMetricFamily(
            "lis_outbox_newest_event_timestamp_seconds",
            "When the newest change event occurred (Unix time): the time since is the feed's idle time.",
            value=self.outbox["newest_at"],
        )
        yield GaugeMetricFamily(
            "lis_outbox_newest_event_age_seconds",
            "Seconds since the newest change event occurred.",
            value=max(0.0, time.time() - self.outbox["newest_at"]),
        )


async def serve_metrics(request: Request) -> Response:
    metrics: Metrics = request.app.state.metrics
    body = await metrics.exposition(request.app.state.database)
    # Never cached: a cached scrape would show counters standing still.
    return Response(body, media_type=CONTENT_TYPE_LATEST, headers={"Cache-Control": "no-store"})
