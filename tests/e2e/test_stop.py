"""A stop that loses nothing (README, "Stopping"): `python -m app serve` on the test database (PostgreSQL
with LIS_TEST_DATABASE_URL) under mixed load, with a long poll open, is sent SIGTERM. Every request
that reached the service is answered (2xx, or 503 with Retry-After), the long poll at once, and the
process exits with status 0, with one worker or two."""

import asyncio
import itertools
import signal
import time
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from app.settings import Settings
from app.storage.database import Database
from tests.e2e.live_service import LiveService, live_service

DRAIN_SECONDS = 1.0
SHUTDOWN_TIMEOUT_SECONDS = 10.0
LISTENER_CLOSING = (DRAIN_SECONDS - 0.1, DRAIN_SECONDS + 0.7)
"""Seconds after SIGTERM in which no request is sent: when the drain ends and the listener closes (with
two workers up to 0.5 s later, when the supervisor relays the signal). A connection the kernel
completes in the instant the listener closes is reset, a race no server avoids; a load balancer has
stopped sending here during the drain. Requests go on after it, and must be refused, not held."""


@dataclass(frozen=True)
class Outcome:
    request: str
    sent_at: float
    """Seconds after SIGTERM (negative: before)."""
    status: int | None = None
    retry_after: str | None = None
    connection: str | None = None
    error: str | None = None
    refused: bool = False
    """The connection was refused: the request was never sent."""


def served_environment(settings: Settings, workdir: Path) -> dict[str, str]:
    return {
        "LIS_DATABASE_URL": settings.database_url,
        "LIS_AUTO_SETUP": "false",
        "LIS_DEV_TOKENS": "true",
        "LIS_DEV_KEY_FILE": str(workdir / "dev-key.pem"),
        "LIS_DRAIN_SECONDS": str(DRAIN_SECONDS),
        "LIS_SHUTDOWN_TIMEOUT_SECONDS": str(SHUTDOWN_TIMEOUT_SECONDS),
        "LIS_LOG_FORMAT": "json",
    }


async def mixed_load(
    service: LiveService, admin: dict[str, str], stop_sent: asyncio.Event, outcomes: list[Outcome]
) -> None:
    """Anonymous reads and writes with an Idempotency-Key, each on a connection of its own (so that
    a refused connection tells a request that was never sent), until well after the signal."""
    keys = itertools.count()
    signalled_at: list[float] = []
    limits = httpx.Limits(max_keepalive_connections=0)
    client = httpx.AsyncClient(base_url=service.base_url, limits=limits, timeout=30)

    async def one(kind: str) -> None:
        sent = time.monotonic()
        try:
            if kind == "write":
                key = f"stop-{next(keys)}"
                headers = admin | {"Idempotency-Key": key}
                response = await client.post("/v1/people", json={"name": f"Kari {key}"}, headers=headers)
            else:
                response = await client.get(kind)
        except httpx.ConnectError:  # never sent: a load balancer sends it elsewhere
            outcomes.append(Outcome(kind, sent - signalled_at[0] if signalled_at else -1.0, refused=True))
            return
        except httpx.HTTPError as error:
            at = sent - signalled_at[0] if signalled_at else -1.0
            outcomes.append(Outcome(kind, at, error=f"{type(error).__name__}: {error}"))
            return
        at = sent - signalled_at[0] if signalled_at else -1.0
        outcomes.append(
            Outcome(
                kind,
                at,
                response.status_code,
                response.headers.get("retry-after"),
                response.headers.get("connection"),
            )
        )

    kinds = itertools.cycle(["/v1/regions/helse-nord", "write", "/v1/councils?region=helse-nord", "write"])
    running: set[asyncio.Task[None]] = set()
    deadline: float | None = None
    async with client:
        while deadline is None or time.monotonic() < deadline:
            if stop_sent.is_set() and not signalled_at:
                signalled_at.append(time.monotonic())
                deadline = signalled_at[0] + DRAIN_SECONDS + 1.5
            since = time.monotonic() - signalled_at[0] if signalled_at else -1.0
            if LISTENER_CLOSING[0] <= since <= LISTENER_CLOSING[1]:
                await asyncio.sleep(0.01)
                continue
            task = asyncio.create_task(one(next(kinds)))
            running.add(task)
            task.add_done_callback(running.discard)
            await asyncio.sleep(0.01)
        await asyncio.gather(*running)


@pytest.mark.parametrize("workers", [1, 2], ids=["one worker", "two workers"])
async def test_sigterm_under_mixed_load_answers_every_request_ends_long_polls_and_exits_0(
    workers: int, settings: Settings, clean_database: Database, tmp_path: Path
) -> None:
    with live_service(
        tmp_path, ("establish-councils",), settings=served_environment(settings, tmp_path), workers=workers
    ) as service:
        reader = {"Authorization": f"Bearer {service.command('token', '--scope', 'read')}"}
        admin = {"Authorization": f"Bearer {service.command('token', '--scope', 'admin')}"}
        async with httpx.AsyncClient(base_url=service.base_url, timeout=40) as poller:
            newest = (await poller.get("/v1/events", params={"limit": 500}, headers=reader)).json()
            after = newest["next_after"]
            while newest["items"]:
                newest = (
                    await poller.get("/v1/events", params={"after": after, "limit": 500}, headers=reader)
                ).json()
                after = newest["next_after"]
            long_poll = asyncio.create_task(
                poller.get(
                    "/v1/events", params={"after": after, "wait": 30, "type": "meeting.held"}, headers=reader
                )
            )
            stop_sent = asyncio.Event()
            outcomes: list[Outcome] = []
            load = asyncio.create_task(mixed_load(service, admin, stop_sent, outcomes))
            await asyncio.sleep(1.5)  # the load is running, the long poll waiting
            assert not long_poll.done()
            service.process.send_signal(signal.SIGTERM)
            signalled = time.monotonic()
            stop_sent.set()
            polled = await asyncio.wait_for(long_poll, 5)
            poll_answered_after = time.monotonic() - signalled
            await load
        status = await asyncio.to_thread(service.process.wait, DRAIN_SECONDS + SHUTDOWN_TIMEOUT_SECONDS + 5)
        stopped_after = time.monotonic() - signalled

    late = [o for o in outcomes if o.sent_at > LISTENER_CLOSING[1]]
    assert late, "no request came after the stop: the test proves nothing"
    assert late[-1].refused, "after the stop, connections must be refused, not held"
    outcomes = [o for o in outcomes if not o.refused]
    lost = [o for o in outcomes if o.error is not None]
    assert lost == [], f"{len(lost)} of {len(outcomes)} requests sent got no answer: {lost[:5]}"
    assert {o.status for o in outcomes} <= {200, 201, 503}, {o.status for o in outcomes}
    refused = [o for o in outcomes if o.status == 503]
    assert refused, "no request came during the drain: the test proves nothing"
    assert all(o.retry_after is not None and o.connection == "close" for o in refused), refused[:3]
    assert any(o.status in (200, 201) and o.sent_at < 0 for o in outcomes)

    assert polled.status_code == 200, polled.text
    assert polled.json() == {"items": [], "next_after": after}  # the cursor unchanged: ask again
    assert poll_answered_after < 1.0
    assert status == 0, service.log()[-3000:]
    assert stopped_after < DRAIN_SECONDS + 5.0, "the long poll held the stop"
