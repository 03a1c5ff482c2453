"""Engine and sessions for both dialects: the one place that knows SQLite from PostgreSQL."""

import errno
import socket
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from hashlib import sha256
from typing import Any, TypeVar

import asyncpg
from sqlalchemy import Table, event, insert, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.ext.asyncio import (
    AsyncConnection,
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)
from sqlalchemy.orm import Session
from sqlmodel import SQLModel

from app.settings import Settings

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
# Before any table is declared: constraint names must be stable for migrations on both dialects.
SQLModel.metadata.naming_convention = NAMING_CONVENTION

_WRITE_OPTION = "lis_write_transaction"


def utcnow() -> datetime:
    return datetime.now(UTC)


def create_engine(settings: Settings, *, for_migrations: bool = False) -> AsyncEngine:
    """An engine for `settings.database_url`.

    SQLite: foreign keys on (except while migrating: batch rebuilds need them off), WAL, a busy
    timeout, and transactions begun by us so that writes take the lock up front
    (`BEGIN IMMEDIATE`): SQLite ignores `SELECT … FOR UPDATE`, and without this two requests
    could both read "three seats" and both add a fourth.
    """
    if settings.is_sqlite:
        engine = create_async_engine(settings.database_url, hide_parameters=True)
        _configure_sqlite(engine, settings, enforce_foreign_keys=not for_migrations)
        return engine
    return create_async_engine(
        settings.database_url,
        pool_size=settings.db_pool_size,
        max_overflow=settings.db_max_overflow,
        pool_timeout=settings.db_pool_timeout,
        pool_recycle=settings.db_pool_recycle,
        # No pre-ping: it costs a round trip on every checkout, on every request, to find out what
        # the first statement finds out anyway. A connection the server dropped while idle (a restart,
        # an idle timeout) fails on its first use instead; SQLAlchemy then discards the whole pool, and
        # `retrying_stale_connections` runs the work again on a fresh connection: nothing was written.
        pool_pre_ping=False,
        # A statement's values are personal data (HPR numbers, names): an error logs the SQL, not them.
        hide_parameters=True,
    )


def _configure_sqlite(engine: AsyncEngine, settings: Settings, *, enforce_foreign_keys: bool) -> None:
    @event.listens_for(engine.sync_engine, "connect")
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Take transaction control from the driver so that `on_begin` decides how to begin.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {int(settings.sqlite_busy_timeout_ms)}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.execute(f"PRAGMA foreign_keys = {'ON' if enforce_foreign_keys else 'OFF'}")
        cursor.close()

    @event.listens_for(engine.sync_engine, "begin")
    def on_begin(connection: Any) -> None:
        writes = connection.get_execution_options().get(_WRITE_OPTION, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")


T = TypeVar("T")
_STATEMENTS = "lis_statements_since_checkout"
_STALE = "lis_stale_connection"


def _notice_stale_connections(engine: AsyncEngine) -> None:
    """Mark the error of a connection that failed on its first statement since it left the pool: it
    was dead before this work began (the server restarted or dropped it while it was idle), so the
    work wrote nothing and may run again on a fresh connection."""

    @event.listens_for(engine.sync_engine.pool, "checkout")
    def on_checkout(_dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        record.info[_STATEMENTS] = 0

    @event.listens_for(engine.sync_engine, "before_cursor_execute")
    def on_execute(connection: Any, *_: Any) -> None:
        info = connection.info
        info[_STATEMENTS] = info.get(_STATEMENTS, 0) + 1

    @event.listens_for(engine.sync_engine, "handle_error")
    def on_error(context: Any) -> None:
        connection = context.connection
        first_use = connection is not None and connection.info.get(_STATEMENTS, 0) <= 1
        if context.is_disconnect and first_use and context.sqlalchemy_exception is not None:
            setattr(context.sqlalchemy_exception, _STALE, True)


def failed_on_a_stale_connection(error: BaseException) -> bool:
    """Whether `error` is a connection's failure on its first use: nothing was written."""
    return bool(getattr(error, _STALE, False))


async def retrying_stale_connections(work: Callable[[], Awaitable[T]]) -> T:
    """`work()`, run once more if it failed on a connection that was dead before it began."""
    try:
        return await work()
    except sa_exc.DBAPIError as error:
        if not failed_on_a_stale_connection(error):
            raise
    return await work()


class Database:
    """The engine and the two kinds of session a request can have."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.engine = create_engine(settings)
        _notice_stale_connections(self.engine)
        self._readers = async_sessionmaker(self.engine, expire_on_commit=False)
        self._write_engine = self.engine.execution_options(**{_WRITE_OPTION: True})
        self._writers = async_sessionmaker(self._write_engine, expire_on_commit=False)
        self.on_commit: list[Callable[[], None]] = []
        """Called after a unit of work that may have changed data commits (`changes.DataVersion`)."""

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @asynccontextmanager
    async def unit_of_work(self, *, write: bool = True) -> AsyncIterator[AsyncSession]:
        """One transaction: committed when the block ends normally, rolled back otherwise."""
        factory = self._writers if write else self._readers
        async with factory() as session:
            yield session
            await write_pending_rows(session)
            await session.commit()
            if session.info.pop(_ANNOUNCED, False) or (write and self.dialect != "postgresql"):
                for on_commit in self.on_commit:
                    on_commit()

    @asynccontextmanager
    async def single_write(self) -> AsyncIterator[AsyncConnection]:
        """A connection for a write that stands alone, committed when the block ends, apart from any
        request's transaction. PostgreSQL runs each statement in autocommit (no BEGIN and COMMIT round
        trips); SQLite takes the write lock up front, as every writer does."""
        if self.dialect == "postgresql":
            async with self.engine.connect() as connection:
                yield await connection.execution_options(isolation_level="AUTOCOMMIT")
            return
        async with self._write_engine.begin() as connection:
            yield connection

    @asynccontextmanager
    async def appending(self) -> AsyncIterator[AsyncConnection]:
        """A writing transaction outside any request, for rows that change no data a reader waits on
        (a batch of disclosures): it announces no change. Begun as a writer, so that on SQLite it
        takes the lock up front instead of failing when a request wrote meanwhile."""
        async with self._write_engine.begin() as connection:
            yield connection

    @property
    def pool_size(self) -> int:
        size = getattr(self.engine.pool, "size", None)
        return int(size()) if callable(size) else 1

    def watch_pool(self, on_change: Callable[[int], None]) -> None:
        """Call `on_change(held)` with the number of connections the requests hold, whenever a
        connection is taken from the pool or given back: for the metrics.

        Counted by connection, not by event: the pool also reports a check-in for a connection attempt
        that failed (a database that is down), which was never checked out, so counting events alone
        went below zero with every refused connection."""
        held: set[int] = set()

        def taken(_dbapi_connection: Any, record: Any, _proxy: Any) -> None:
            held.add(id(record))
            on_change(len(held))

        def returned(_dbapi_connection: Any, record: Any) -> None:
            if id(record) in held:
                held.discard(id(record))
                on_change(len(held))

        event.listen(self.engine.sync_engine.pool, "checkout", taken)
        event.listen(self.engine.sync_engine.pool, "checkin", returned)

    async def outbox_position(self) -> tuple[int | None, datetime | None]:
        """The newest event's id and when it occurred: how far the change feed has got."""
        async with self.engine.connect() as connection:
            newest = text("SELECT id, occurred_at FROM outbox_event ORDER BY id DESC LIMIT 1")
            row = (await connection.execute(newest)).first()
        if row is None:
            return None, None
        occurred_at = row.occurred_at
        if isinstance(occurred_at, str):  # SQLite hands back the text it stored
            occurred_at = datetime.fromisoformat(occurred_at)
        if occurred_at.tzinfo is None:
            occurred_at = occurred_at.replace(tzinfo=UTC)
        return int(row.id), occurred_at

    async def dispose(self) -> None:
        await self.engine.dispose()


OUTBOX_LOCK = 7_270_001
"""PostgreSQL advisory-lock key that orders outbox writers."""
CHANGE_CHANNEL = "lis_data_changed"
"""PostgreSQL notification channel on which a writing transaction tells every worker, on commit, that
the data changed (`app.storage.changes`)."""
_ANNOUNCED = "lis_change_announced"
_PENDING_ROWS = "lis_pending_rows"
_ANNOUNCES = "lis_announces_change"


@event.listens_for(Session, "after_transaction_end")
def _forget_unwritten_rows(session: Session, transaction: Any) -> None:
    """Rows a transaction meant to write at its commit go with it when it ends otherwise (a rollback):
    the next transaction on the session must not write them."""
    if transaction.parent is None:
        session.info.pop(_PENDING_ROWS, None)
        session.info.pop(_ANNOUNCES, None)


def write_at_commit(
    session: AsyncSession, table: Table, values: dict[str, Any], *, announces_change: bool = False
) -> None:
    """Insert `values` into `table` as the transaction commits (`write_pending_rows`), not now: the
    audit entries and outbox events of a change are written together, one statement a table, and an
    outbox event (`announces_change`) takes the outbox lock only then. Plain values, not ORM rows:
    nothing reads them back in the transaction, and a mapped row costs more to build and to flush
    than the insert itself."""
    session.info.setdefault(_PENDING_ROWS, {}).setdefault(table, []).append(values)
    if announces_change:
        session.info[_ANNOUNCES] = True


def pending_rows_mark(session: AsyncSession) -> dict[Table, int]:
    """How many rows wait for the commit, per table: what `discard_pending_rows_since` goes back to."""
    pending: dict[Table, list[dict[str, Any]]] = session.info.get(_PENDING_ROWS, {})
    return {table: len(rows) for table, rows in pending.items()}


def discard_pending_rows_since(session: AsyncSession, mark: dict[Table, int]) -> None:
    """Forget the rows queued since `mark`: a savepoint rolled back takes its audit entries and events
    with it. The outbox lock is still taken at commit if any event was queued: harmless."""
    pending: dict[Table, list[dict[str, Any]]] = session.info.get(_PENDING_ROWS, {})
    for table, rows in list(pending.items()):
        del rows[mark.get(table, 0) :]
        if not rows:
            del pending[table]  # an insert of no rows would insert one of defaults


async def write_pending_rows(session: AsyncSession) -> None:
    """Write the transaction's pending rows, last thing before its commit; with an outbox event among
    them, under the outbox lock.

    Outbox ids must commit in the order they are allocated, so that a feed reader who has seen event N
    never later finds a smaller id appear. PostgreSQL hands out sequence values before commit; a
    transaction-scoped advisory lock holds later writers until this one commits. Taken here, it is
    held for the inserts and the commit alone: taken when the use case announces a change, every other
    writer would wait while this one checked rules and built its answer. SQLite writers are already
    serial (BEGIN IMMEDIATE). The same statement announces the change to every worker: PostgreSQL
    delivers the notification when (and only if) the transaction commits."""
    pending: dict[Table, list[dict[str, Any]]] | None = session.info.pop(_PENDING_ROWS, None)
    if not pending:
        return
    # The ORM's own changes first, as the commit would flush them: the inserts below bypass it.
    await session.flush()
    connection = await session.connection()
    if session.info.pop(_ANNOUNCES, False) and connection.dialect.name == "postgresql":
        await connection.execute(
            text("SELECT pg_advisory_xact_lock(:key), pg_notify(:channel, '')"),
            {"key": OUTBOX_LOCK, "channel": CHANGE_CHANNEL},
        )
        session.info[_ANNOUNCED] = True
    for table, rows in pending.items():
        await connection.execute(insert(table), rows)


async def hold_idempotency_key(session: AsyncSession, principal_key: str, key: str) -> bool:
    """Hold an Idempotency-Key for the rest of this transaction; False if another transaction holds it.

    The hold is part of the request's own transaction, so it ends with it however the transaction
    ends (commit, rollback, a connection the database dropped): no claim outlives its request. On
    PostgreSQL it is a transaction-scoped advisory lock, tried without waiting, so a retry arriving
    while the first request runs is told at once; SQLite writers are already serial (BEGIN IMMEDIATE)
    and a retry simply waits its turn."""
    if session.bind.dialect.name != "postgresql":
        return True
    digest = sha256(f"{principal_key}\n{key}".encode()).digest()
    lock = int.from_bytes(digest[:8], "big", signed=True)
    held = await session.scalar(text("SELECT pg_try_advisory_xact_lock(:lock)"), {"lock": lock})
    return bool(held)


_NO_ROUTE = {errno.ENETUNREACH, errno.EHOSTUNREACH, errno.ENETDOWN, errno.EHOSTDOWN}

BUSY_RETRY_AFTER = 1
"""Seconds to wait when the database is up but busy: a SQLite writer holds the lock, the pool is empty."""
DOWN_RETRY_AFTER = 5
"""Seconds to wait when the database cannot be reached or is restarting."""

_UNREACHABLE = (
    ConnectionError,  # refused, reset, aborted
    TimeoutError,
    socket.gaierror,  # the host name does not resolve
    asyncpg.PostgresConnectionError,
    asyncpg.exceptions.OperatorInterventionError,  # shutting down, starting up, query cancelled
    asyncpg.exceptions.InsufficientResourcesError,  # too many connections, disk full
    asyncpg.InterfaceError,
)


_BUSY = (
    asyncpg.exceptions.DeadlockDetectedError,  # the other transaction went on; this one may retry
    asyncpg.exceptions.SerializationError,
)
_SQLITE_BUSY = ("database is locked", "database table is locked", "database is busy")
_SQLITE_UNAVAILABLE = (
    "unable to open database file",
    "disk i/o error",
    "database or disk is full",
    "attempt to write a readonly database",
)
"""What SQLite says when the file cannot serve; any other OperationalError (no such table, a syntax
error) is a bug or a schema behind its code, which no retry mends: a 500 with its traceback."""


def retry_after_outage(error: BaseException) -> int | None:
    """Seconds a client should wait before retrying, when `error` means the database cannot serve the
    request now rather than that the request is wrong; None otherwise. asyncpg raises its own and the
    socket's errors unwrapped while connecting, SQLAlchemy wraps them once connected."""
    if isinstance(error, sa_exc.TimeoutError):  # no connection free in the pool within its timeout
        return BUSY_RETRY_AFTER
    if isinstance(error, _UNREACHABLE) or (isinstance(error, OSError) and error.errno in _NO_ROUTE):
        return DOWN_RETRY_AFTER
    if not isinstance(error, sa_exc.DBAPIError):
        return None
    if error.connection_invalidated:
        return DOWN_RETRY_AFTER
    causes = (error.orig, error.orig.__cause__ if error.orig is not None else None)
    if any(isinstance(cause, _UNREACHABLE) for cause in causes):
        return DOWN_RETRY_AFTER
    if any(isinstance(cause, _BUSY) for cause in causes):
        return BUSY_RETRY_AFTER
    message = str(error.orig).lower()
    if isinstance(error, sa_exc.OperationalError) and any(m in message for m in _SQLITE_BUSY):
        return BUSY_RETRY_AFTER
    if isinstance(error, sa_exc.OperationalError) and any(m in message for m in _SQLITE_UNAVAILABLE):
        return DOWN_RETRY_AFTER
    return None


async def purge_expired_idempotency_records(session: AsyncSession, cutoff: datetime) -> None:
    """Forget Idempotency-Keys older than `cutoff`, a bounded batch at a time. On PostgreSQL rows that
    another request is purging are skipped, not waited for: concurrent POSTs must not queue behind
    each other's housekeeping. SQLite writers are serial, so a plain delete serves."""
    if session.bind.dialect.name == "postgresql":
        await session.execute(
            text(
                "DELETE FROM idempotency_record WHERE (principal_key, key) IN ("
                " SELECT principal_key, key FROM idempotency_record WHERE created_at < :cutoff"
                " LIMIT 500 FOR UPDATE SKIP LOCKED)"
            ),
            {"cutoff": cutoff},
        )
    else:
        await session.execute(
            text("DELETE FROM idempotency_record WHERE created_at < :cutoff"), {"cutoff": cutoff}
        )


MAINTENANCE_LOCK = 7_270_002
"""PostgreSQL advisory-lock key held by whichever worker runs a scheduled task (the retention run)."""


async def hold_maintenance_lock(session: AsyncSession) -> bool:
    """Hold the maintenance lock for the rest of this transaction; False if another worker or instance
    holds it, without waiting: it is doing the work. SQLite writers are serial already (BEGIN
    IMMEDIATE): a second run waits its turn and then finds the work done."""
    if session.bind.dialect.name != "postgresql":
        return True
    return bool(
        await session.scalar(text("SELECT pg_try_advisory_xact_lock(:key)"), {"key": MAINTENANCE_LOCK})
    )
