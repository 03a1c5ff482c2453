"""Engine and sessions for both dialects: the one place that knows SQLite from PostgreSQL."""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import event, text
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine
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
        engine = create_async_engine(settings.database_url)
        _configure_sqlite(engine, settings, enforce_foreign_keys=not for_migrations)
        return engine
    return create_async_engine(
        settings.database_url,
        pool_size=settings.db_pool_size,
        max_overflow=settings.db_max_overflow,
        pool_timeout=settings.db_pool_timeout,
        pool_recycle=settings.db_pool_recycle,
        pool_pre_ping=True,
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


class Database:
    """The engine and the two kinds of session a request can have."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.engine = create_engine(settings)
        self._readers = async_sessionmaker(self.engine, expire_on_commit=False)
        self._writers = async_sessionmaker(
            self.engine.execution_options(**{_WRITE_OPTION: True}), expire_on_commit=False
        )

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @asynccontextmanager
    async def unit_of_work(self, *, write: bool = True) -> AsyncIterator[AsyncSession]:
        """One transaction: committed when the block ends normally, rolled back otherwise."""
        factory = self._writers if write else self._readers
        async with factory() as session:
            yield session
            await session.commit()

    async def dispose(self) -> None:
        await self.engine.dispose()


OUTBOX_LOCK = 7_270_001
"""PostgreSQL advisory-lock key that orders outbox writers."""


async def serialize_outbox_writers(session: AsyncSession) -> None:
    """Make outbox ids commit in the order they are allocated, so that a feed reader who has seen
    event N never later finds a smaller id appear. PostgreSQL hands out sequence values before commit;
    this transaction-scoped lock holds later writers until this one commits. SQLite writers are
    already serial (BEGIN IMMEDIATE)."""
    if session.bind.dialect.name == "postgresql":
        await session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": OUTBOX_LOCK})
