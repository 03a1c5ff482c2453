"""How far the data has changed, known to every worker: the version read paths key their snapshots by,
and what a long-polling feed reader waits on.

Every write records an outbox event in its own transaction (`services.common.record_change`), and
outbox ids commit in the order they are allocated (`database.write_pending_rows`), so the newest
committed event's id is a version of the whole data: larger means newer, and it never goes back.

Reading it costs one indexed query. On PostgreSQL a worker avoids even that: each writing transaction
calls `pg_notify` (delivered on commit, to every worker), and a connection of the worker's own LISTENs.
While it listens and has heard nothing since it last asked, the version it knows is current. Whenever
it cannot be sure — SQLite (no notifications), the listening connection lost and not yet back, a
notification heard — it asks the database again: a missed notification can cost a query, never a stale
answer.
"""

import asyncio
import contextlib
import logging
from typing import Any

import asyncpg
from sqlalchemy import text
from sqlalchemy.engine import make_url

from app.storage.database import CHANGE_CHANNEL, Database, retrying_stale_connections

log = logging.getLogger(__name__)

RECONNECT_SECONDS = (0.5, 1.0, 2.0, 5.0, 10.0)
"""Waits between attempts to listen again after the connection was lost; the last repeats."""
HEARTBEAT_SECONDS = 2.0
"""How often the listening connection is asked whether it still answers. A connection dropped without
a word (a NAT or firewall forgetting it, a failover behind a virtual address) delivers nothing and
reports nothing: only a question finds it out."""
TRUST_SECONDS = 5.0
"""How long a version heard over the listener is trusted without a heartbeat's confirmation: past it,
reads ask the database, whatever the listening task believes."""
POLL_SECONDS = 0.5
"""How often a waiting feed reader asks, when no notification can wake it."""


class DataVersion:
    def __init__(self, database: Database) -> None:
        self._database = database
        database.on_commit.append(self.note_change)
        self._known = 0
        self._heard = 0
        """Notifications (and local commits) so far; the version is stale while `_heard > _synced`."""
        self._synced = -1
        self._listening = False
        self._confirmed_at = 0.0
        """When the listening connection last answered (the event loop's clock)."""
        self._changed = asyncio.Event()
        self._listener: asyncpg.Connection | None = None
        self._task: asyncio.Task[None] | None = None
        self._stopping = False

    @property
    def listening(self) -> bool:
        return self._listening

    async def current(self) -> int:
        """The newest committed change, from memory while that is safe, else from the database."""
        if self._trusted() and self._synced >= self._heard:
            return self._known
        heard = self._heard
        # A pooled connection the server had dropped: the pool is discarded; a fresh one answers.
        newest = await retrying_stale_connections(self._ask)
        self._advance(int(newest or 0))
        self._synced = max(self._synced, heard)
        return self._known

    def _trusted(self) -> bool:
        return self._listening and asyncio.get_running_loop().time() - self._confirmed_at < TRUST_SECONDS

    async def _ask(self) -> int | None:
        async with self._database.engine.connect() as connection:
            newest: int | None = await connection.scalar(text("SELECT max(id) FROM outbox_event"))
        return newest

    def note_change(self) -> None:
        """A change committed (here, or announced by another worker): the next read asks the database."""
        self._heard += 1
        self._changed.set()
        self._changed = asyncio.Event()

    async def wait_for_change(self, after: int, seconds: float) -> int:
        """Return as soon as the version passes `after`, or after `seconds`: the version then. Holds
        no database connection while it waits."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + seconds
        while True:
            version = await self.current()
            remaining = deadline - loop.time()
            if version > after or remaining <= 0:
                return version
            changed = self._changed
            pause = min(remaining, TRUST_SECONDS if self._trusted() else POLL_SECONDS)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(changed.wait(), pause)

    def _advance(self, version: int) -> None:
        if version > self._known:
            self._known = version

    # Listening (PostgreSQL)

    async def start(self) -> None:
        """Listen for other workers' commits, when the database can tell: PostgreSQL only."""
        if self._database.dialect != "postgresql" or self._task is not None:
            return
        self._stopping = False
        self._task = asyncio.create_task(self._keep_listening(), name="data-version-listener")

    async def stop(self) -> None:
        self._stopping = True
        self._listening = False
        if self._task is not None:
            # Python 3.11's `asyncio.wait_for` can turn a cancellation that meets its timeout into a
            # TimeoutError, which the heartbeat takes for a quiet second: one cancel may be lost, and a
            # shutdown waiting for the task would wait for ever. Cancel until it is done.
            while not self._task.done():
                self._task.cancel()
                await asyncio.wait({self._task}, timeout=1)
            with contextlib.suppress(asyncio.CancelledError, Exception):
                self._task.result()
            self._task = None
        await self._close_listener()

    async def _keep_listening(self) -> None:
        attempt = 0
        while not self._stopping:
            lost = asyncio.Event()
            try:
                await self._listen(lost)
                attempt = 0
                await self._keep_confirming(lost)
            except (OSError, TimeoutError, asyncpg.PostgresError, asyncpg.InterfaceError) as error:
                log.warning("cannot listen for changes (%s); asking the database on every read", error)
            self._listening = False
            await self._close_listener()
            if self._stopping:
                return
            await asyncio.sleep(RECONNECT_SECONDS[min(attempt, len(RECONNECT_SECONDS) - 1)])
            attempt += 1

    async def _keep_confirming(self, lost: asyncio.Event) -> None:
        """Ask the listening connection every HEARTBEAT_SECONDS whether it still answers; return when
        it is lost. A heartbeat that times out counts as lost (the connection is dropped, not waited for)."""
        loop = asyncio.get_running_loop()
        while not lost.is_set() and not self._stopping:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(lost.wait(), HEARTBEAT_SECONDS)
                return
            connection = self._listener
            if connection is None:
                return
            await asyncio.wait_for(connection.fetchval("SELECT 1"), HEARTBEAT_SECONDS)
            self._confirmed_at = loop.time()

    async def _listen(self, lost: asyncio.Event) -> None:
        connection: asyncpg.Connection = await asyncpg.connect(
            **_connect_arguments(self._database), timeout=5
        )
        self._listener = connection

        def on_notification(*_: Any) -> None:
            self.note_change()

        def on_termination(*_: Any) -> None:
            self._listening = False
            lost.set()

        connection.add_termination_listener(on_termination)
        await connection.add_listener(CHANGE_CHANNEL, on_notification)
        # Listening first, then one question: a commit before it is in the answer, one after it is heard.
        self.note_change()
        self._confirmed_at = asyncio.get_running_loop().time()
        self._listening = True
        log.info("listening for changes on %s", CHANGE_CHANNEL)

    async def _close_listener(self) -> None:
        connection, self._listener = self._listener, None
        if connection is not None and not connection.is_closed():
            with contextlib.suppress(Exception):
                await asyncio.wait_for(connection.close(), 2)


def _connect_arguments(database: Database) -> dict[str, Any]:
    """asyncpg's own arguments for the service's URL, made by SQLAlchemy's asyncpg dialect as it makes
    them for the pool: the listener connects where, and as, the pool does (socket, TLS, …)."""
    _, arguments = database.engine.dialect.create_connect_args(make_url(database.settings.database_url))
    return dict(arguments)
