"""A database that cannot serve is a 503 with `Retry-After`, never a 500; the request leaves nothing
behind (no Idempotency-Key stuck "in flight"), and the service recovers without a restart.

PostgreSQL is cut for real: the service reaches it through a TCP proxy that the test closes. SQLite
has no server to lose; what it has is a writer holding the lock past `busy_timeout`."""

import asyncio
import contextlib
import os
import sqlite3
from collections.abc import AsyncIterator
from types import SimpleNamespace
from typing import Any

import httpx
import pytest
from sqlalchemy import event, text
from sqlalchemy.engine import make_url

from app.bootstrap import establish_councils
from app.main import create_app
from app.settings import Settings
from app.storage import changes
from app.storage.changes import DataVersion
from app.storage.database import Database
from app.storage.repository import Repository
from tests.api.test_observability import sample
from tests.conftest import TEST_DATABASE_URL
from tests.tokens import ProofKey, Tokens

ON_POSTGRESQL = (os.environ.get(TEST_DATABASE_URL) or "").startswith("postgresql")


class CuttableProxy:
    """A TCP proxy in front of PostgreSQL that can be cut (every connection dropped, new ones refused)
    and restored on the same port, as a network partition or a database restart looks to a client."""

    def __init__(self, upstream_host: str, upstream_port: int) -> None:
        self.upstream = (upstream_host, upstream_port)
        self.port = 0
        self._server: asyncio.Server | None = None
        self._open: set[asyncio.StreamWriter] = set()
        self.flowing: list[asyncio.Event] = []
        """One per connection, in the order they came: clear one to hold its bytes with its socket
        open, as a connection that a NAT or firewall forgot looks to both ends."""

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._pipe, "127.0.0.1", self.port, reuse_address=True)
        self.port = self._server.sockets[0].getsockname()[1]

    async def cut(self) -> None:
        assert self._server is not None
        self._server.close()
        for writer in list(self._open):
            writer.transport.abort()
        self._open.clear()
        await self._server.wait_closed()

    async def _pipe(self, client_reader: asyncio.StreamReader, client_writer: asyncio.StreamWriter) -> None:
        try:
            upstream_reader, upstream_writer = await asyncio.open_connection(*self.upstream)
        except OSError:
            client_writer.transport.abort()
            return
        self._open |= {client_writer, upstream_writer}
        flowing = asyncio.Event()
        flowing.set()
        self.flowing.append(flowing)

        async def copy(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            with contextlib.suppress(OSError, asyncio.CancelledError):
                while data := await reader.read(65536):
                    await flowing.wait()
                    writer.write(data)
                    await writer.drain()
            writer.transport.abort()

        await asyncio.gather(copy(client_reader, upstream_writer), copy(upstream_reader, client_writer))


def assert_unavailable(response: httpx.Response) -> None:
    assert response.status_code == 503, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert int(response.headers["retry-after"]) > 0
    assert response.json()["rule"] == "SERVICE-UNAVAILABLE"


async def hospital_specialties(client: httpx.AsyncClient, count: int) -> list[str]:
    listed = await client.get("/v1/specialties", params={"hospital_based": "true", "limit": 500})
    return [s["code"] for s in listed.json()["items"]][:count]


@pytest.fixture
async def through_proxy(
    settings: Settings, clean_database: Database
) -> AsyncIterator[tuple[Any, CuttableProxy]]:
    url = make_url(settings.database_url)
    proxy = CuttableProxy(url.host or "127.0.0.1", url.port or 5432)
    await proxy.start()
    proxied = settings.model_copy(
        update={
            "database_url": url.set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False),
            "db_pool_timeout": 2.0,
        }
    )
    database = Database(proxied)
    application = create_app(proxied, database)
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=application), base_url="http://registry.test"
    ) as client:
        yield client, proxy
    with contextlib.suppress(Exception):
        await proxy.cut()
    await database.dispose()


@pytest.mark.skipif(not ON_POSTGRESQL, reason="cuts a PostgreSQL server's connections; SQLite has no server")
async def test_an_unreachable_database_under_load_is_503_and_the_service_recovers_without_a_restart(
    through_proxy: tuple[httpx.AsyncClient, CuttableProxy], tokens: Tokens
) -> None:
    client, proxy = through_proxy
    specialties = await hospital_specialties(client, 16)
    admin = tokens.admin()

    def create(specialty: str) -> Any:
        return client.post(
            "/v1/councils",
            json={"kind": "interregional", "specialty": specialty},
            headers=admin | {"Idempotency-Key": f"outage-{specialty}"},
        )

    # Load is running when the database goes away: every answer is a success or a 503, never a 500.
    load = [
        *(asyncio.ensure_future(create(s)) for s in specialties[:8]),
        *(asyncio.ensure_future(client.get("/v1/councils")) for _ in range(8)),
        *(asyncio.ensure_future(client.get("/v1/regions/helse-nord")) for _ in range(8)),
    ]
    await asyncio.wait(load, return_when=asyncio.FIRST_COMPLETED)
    await proxy.cut()
    statuses = [r.status_code for r in await asyncio.gather(*load)]
    assert set(statuses) <= {200, 201, 503}, statuses
    assert 503 in statuses, "the cut came after the load had finished: it proves nothing"

    # While it is away: 503 with Retry-After everywhere, readiness included.
    while_down = await asyncio.gather(
        *(create(s) for s in specialties[8:]), client.get("/v1/councils"), client.get("/v1/regions")
    )
    for response in while_down:
        assert_unavailable(response)
    assert_unavailable(await client.get("/health/ready"))

    # Back: the same process serves again, and every key retried gets its answer, none "in flight".
    await proxy.start()
    assert (await client.get("/health/ready")).status_code == 200
    retried = await asyncio.gather(*(create(s) for s in specialties))
    assert [r.status_code for r in retried] == [201] * len(specialties), [r.text for r in retried]
    councils = (await client.get("/v1/councils", params={"limit": 500})).json()["items"]
    assert sorted(c["specialty"] for c in councils) == sorted(specialties), "one council per key, none twice"


@pytest.mark.skipif(ON_POSTGRESQL, reason="SQLite's single writer lock; PostgreSQL locks rows, not the file")
async def test_a_writer_that_outwaits_the_sqlite_lock_gets_503_and_its_key_stays_free(
    settings: Settings, clean_database: Database, tokens: Tokens
) -> None:
    impatient = settings.model_copy(update={"sqlite_busy_timeout_ms": 100})
    database = Database(impatient)
    application = create_app(impatient, database)
    path = make_url(settings.database_url).database
    assert path is not None
    other_writer = sqlite3.connect(path, isolation_level=None)
    headers = tokens.admin() | {"Idempotency-Key": "while-locked"}
    body = {"kind": "interregional", "specialty": "nevrologi"}
    try:
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=application), base_url="http://registry.test"
        ) as client:
            other_writer.execute("BEGIN IMMEDIATE")
            assert_unavailable(await client.post("/v1/councils", json=body, headers=headers))
            other_writer.execute("ROLLBACK")
            retried = await client.post("/v1/councils", json=body, headers=headers)
            assert retried.status_code == 201, retried.text
            assert "idempotency-replayed" not in retried.headers
    finally:
        other_writer.close()
        await database.dispose()


def unreachable_url(settings: Settings) -> str:
    if ON_POSTGRESQL:
        return (
            make_url(settings.database_url)
            .set(host="127.0.0.1", port=1)
            .render_as_string(hide_password=False)
        )
    return "sqlite+aiosqlite:////nonexistent-directory/registry.db"


async def test_a_database_that_cannot_be_reached_at_all_is_503(settings: Settings, tokens: Tokens) -> None:
    unreachable = settings.model_copy(update={"database_url": unreachable_url(settings)})
    database = Database(unreachable)
    application = create_app(unreachable, database)
    try:
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=application), base_url="http://registry.test"
        ) as client:
            assert_unavailable(await client.get("/v1/councils"))
            assert_unavailable(await client.get("/health/ready"))
            assert_unavailable(
                await client.post(
                    "/v1/councils",
                    json={"kind": "interregional", "specialty": "nevrologi"},
                    headers=tokens.admin() | {"Idempotency-Key": "nowhere"},
                )
            )
    finally:
        await database.dispose()


async def pool_gauges(client: httpx.AsyncClient) -> tuple[float, float]:
    exposition = (await client.get("/metrics")).text
    return (
        sample(exposition, "lis_db_pool_connections_in_use"),
        sample(exposition, "lis_db_pool_overflow_in_use"),
    )


async def test_connection_attempts_refused_by_a_database_that_is_away_leave_the_pool_gauges_at_zero(
    settings: Settings,
) -> None:
    """The pool reports a failed connection attempt as a connection given back that was never taken:
    counted as such, ten 503s read -10 connections in use."""
    unreachable = settings.model_copy(update={"database_url": unreachable_url(settings)})
    database = Database(unreachable)
    application = create_app(unreachable, database)
    try:
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=application), base_url="http://registry.test"
        ) as client:
            for _ in range(10):
                assert_unavailable(await client.get("/v1/councils"))
            assert await pool_gauges(client) == (0, 0)
    finally:
        await database.dispose()


@pytest.mark.skipif(not ON_POSTGRESQL, reason="stops and restarts a PostgreSQL server; SQLite has no server")
async def test_the_pool_gauges_read_what_the_pool_holds_after_stops_and_restarts_of_the_database(
    through_proxy: tuple[httpx.AsyncClient, CuttableProxy], tokens: Tokens
) -> None:
    client, proxy = through_proxy
    pool = client._transport.app.state.database.engine.pool  # type: ignore[attr-defined]
    reader = tokens.bearer("read")
    assert (await client.get("/v1/councils", headers=reader)).status_code == 200
    assert await pool_gauges(client) == (0, 0)
    for _ in range(2):  # a restart (connections dropped, then back), under load
        load = [asyncio.ensure_future(client.get("/v1/councils", headers=reader)) for _ in range(12)]
        await asyncio.wait(load, return_when=asyncio.FIRST_COMPLETED)
        await proxy.cut()
        assert {r.status_code for r in await asyncio.gather(*load)} <= {200, 503}
        for _ in range(10):
            assert_unavailable(await client.get("/v1/councils", headers=reader))
        await proxy.start()
        assert (await client.get("/v1/councils", headers=reader)).status_code == 200
    await proxy.cut()  # and a stop it does not come back from
    for _ in range(10):
        assert_unavailable(await client.get("/v1/councils", headers=reader))
    assert pool.checkedout() == 0
    assert await pool_gauges(client) == (0, 0)
    await proxy.start()
    # While requests hold connections, the gauge counts them as the pool does. Reading /metrics lets
    # the held requests move on, so the gauge is compared with the pool's count before and after it.
    held = [asyncio.ensure_future(client.get("/v1/councils", headers=reader)) for _ in range(8)]
    seen: set[tuple[int, float, int]] = set()
    while not all(r.done() for r in held):
        before = pool.checkedout()
        gauge = (await pool_gauges(client))[0]
        seen.add((before, gauge, pool.checkedout()))
        await asyncio.sleep(0)
    await asyncio.gather(*held)
    assert all(min(b, a) <= gauge <= max(b, a) for b, gauge, a in seen), seen
    assert await pool_gauges(client) == (0, 0)


@pytest.mark.skipif(not ON_POSTGRESQL, reason="restarts a PostgreSQL server's connections; SQLite has none")
@pytest.mark.parametrize(
    "first", ["readiness", "read", "write", "write with an Idempotency-Key", "write with a DPoP proof"]
)
async def test_the_first_request_after_the_database_restarted_while_the_service_idled_succeeds(
    through_proxy: tuple[httpx.AsyncClient, CuttableProxy], tokens: Tokens, first: str
) -> None:
    """Every pooled connection died with the restart; the first request takes one, which fails on
    its first statement (nothing written), and is served again on a fresh connection, not a 503."""
    client, proxy = through_proxy
    admin = tokens.admin()
    [specialty] = await hospital_specialties(client, 1)
    requests = {
        "readiness": lambda: client.get("/health/ready"),
        "read": lambda: client.get("/v1/councils", headers=admin),
        "write": lambda: client.post(
            "/v1/councils", json={"kind": "interregional", "specialty": specialty}, headers=admin
        ),
        "write with an Idempotency-Key": lambda: client.post(
            "/v1/councils",
            json={"kind": "interregional", "specialty": specialty},
            headers=admin | {"Idempotency-Key": "after-restart"},
        ),
        # The proof is spent first, on a connection of its own: that statement meets the dead one.
        "write with a DPoP proof": lambda: client.post(
            "/v1/councils",
            json={"kind": "interregional", "specialty": specialty},
            headers=proof_key.headers(bound, "POST", "http://registry.test/v1/councils"),
        ),
    }
    proof_key = ProofKey()
    bound = tokens.bound(proof_key, "admin")
    # Several connections in the pool, idle.
    warm = await asyncio.gather(*(client.get("/v1/councils", headers=admin) for _ in range(4)))
    assert {r.status_code for r in warm} == {200}
    await proxy.cut()
    await proxy.start()
    response = await requests[first]()
    assert response.status_code in (200, 201), response.text
    if first.startswith("write"):
        councils = (await client.get("/v1/councils", params={"specialty": specialty}, headers=admin)).json()
        assert [c["kind"] for c in councils["items"]] == ["interregional"], "written once, not twice"
    assert await pool_gauges(client) == (0, 0)


@pytest.mark.skipif(not ON_POSTGRESQL, reason="ends PostgreSQL server sessions; SQLite has no server")
async def test_a_read_on_a_connection_the_server_dropped_while_idle_is_answered(
    settings: Settings, clean_database: Database, tokens: Tokens
) -> None:
    """The pool does not ping every connection it lends (a round trip per request): a connection the
    server ended while it was idle (a restart, an idle timeout) fails the request that takes it. A read
    is then answered again on a fresh connection, so its caller never sees that 503."""
    database = Database(settings)
    server_pids: list[int] = []
    event.listen(
        database.engine.sync_engine,
        "connect",
        lambda connection, _record: server_pids.append(connection._connection.get_server_pid()),
    )
    application = create_app(settings, database)
    reader = tokens.bearer("read")
    try:
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=application), base_url="http://registry.test"
        ) as client:
            assert (await client.get("/v1/regions", headers=reader)).status_code == 200
            async with clean_database.engine.begin() as connection:
                for pid in server_pids:
                    await connection.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
            response = await client.get("/v1/regions", headers=reader)
        assert response.status_code == 200, response.text
    finally:
        await database.dispose()


@pytest.mark.skipif(
    not ON_POSTGRESQL, reason="listens on a PostgreSQL connection; SQLite has no notifications"
)
async def test_a_listening_connection_forgotten_by_the_network_is_noticed_and_no_stale_answer_outlives_it(
    through_proxy: tuple[httpx.AsyncClient, CuttableProxy], clean_database: Database
) -> None:
    """A worker knows the data's version from notifications while its listening connection answers its
    heartbeats. When that connection goes silent without closing, the worker stops trusting it within
    seconds and asks the database: a write made meanwhile by another worker is seen, not hidden behind a
    kept answer until midnight."""
    client, proxy = through_proxy
    await establish_councils(clean_database)
    version = client._transport.app.state.data_version  # type: ignore[attr-defined]
    await version.start()
    params = {"region": "helse-nord", "limit": 1}
    try:
        for _ in range(100):
            if version.listening:
                break
            await asyncio.sleep(0.05)
        assert version.listening
        listener = proxy.flowing[0]  # the first connection through the proxy: the listener's
        etag = (await client.get("/v1/councils", params=params)).headers["etag"]
        await client.get("/v1/councils", params=params)  # kept from now on
        listener.clear()
        # Another worker's write, straight to the database; its notification never arrives.
        renamed = "UPDATE council SET name = 'Nytt navn', updated_at = now() WHERE region_code = 'helse-nord'"
        async with clean_database.unit_of_work() as session:
            await session.execute(text(renamed))
            Repository(session).emit("council.changed", "council", "all", {})
        seen = None
        for _ in range(200):
            seen = await client.get("/v1/councils", params=params, headers={"If-None-Match": etag})
            if seen.status_code == 200:
                break
            await asyncio.sleep(0.05)
        assert seen is not None
        assert seen.status_code == 200, "the kept answer outlived the write"
        assert seen.json()["items"][0]["name"] == "Nytt navn"
    finally:
        listener.set()
        await version.stop()


@pytest.mark.skipif(
    not ON_POSTGRESQL, reason="listens on a PostgreSQL connection; SQLite has no notifications"
)
async def test_the_listener_stops_even_when_a_cancellation_is_lost(
    clean_database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A shutdown must not hang on the listener. On Python 3.11 `asyncio.wait_for` can turn a
    cancellation that meets its timeout into a TimeoutError (the heartbeat's quiet second): here the
    listener's waits all do, and it still stops, within seconds."""
    real_wait_for = asyncio.wait_for

    async def swallowing_cancellation(awaitable: Any, seconds: float | None) -> Any:
        try:
            return await real_wait_for(awaitable, seconds)
        except asyncio.CancelledError:
            raise TimeoutError from None

    monkeypatch.setattr(changes, "asyncio", SimpleNamespace(**vars(asyncio)))
    monkeypatch.setattr(changes.asyncio, "wait_for", swallowing_cancellation)
    version = DataVersion(clean_database)
    await version.start()
    for _ in range(100):
        if version.listening:
            break
        await asyncio.sleep(0.05)
    assert version.listening
    await asyncio.wait_for(version.stop(), 10)
    assert not version.listening
