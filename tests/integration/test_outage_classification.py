"""Which failures are the database being unable to serve (503, retry later) and which are bugs (500)."""

import socket

import asyncpg
import pytest
from sqlalchemy import exc, text

from app.storage.database import BUSY_RETRY_AFTER, DOWN_RETRY_AFTER, Database, retry_after_outage


@pytest.mark.parametrize(
    ("error", "retry_after"),
    [
        (ConnectionRefusedError(111, "Connect call failed"), DOWN_RETRY_AFTER),
        (ConnectionResetError(), DOWN_RETRY_AFTER),
        (TimeoutError(), DOWN_RETRY_AFTER),
        (socket.gaierror(-2, "Name or service not known"), DOWN_RETRY_AFTER),
        (OSError(113, "No route to host"), DOWN_RETRY_AFTER),
        (asyncpg.CannotConnectNowError("the database system is starting up"), DOWN_RETRY_AFTER),
        (asyncpg.TooManyConnectionsError("sorry, too many clients already"), DOWN_RETRY_AFTER),
        (exc.TimeoutError("QueuePool limit reached"), BUSY_RETRY_AFTER),
        (exc.OperationalError("BEGIN IMMEDIATE", {}, Exception("database is locked")), BUSY_RETRY_AFTER),
        (exc.OperationalError("SELECT 1", {}, Exception("unable to open database file")), DOWN_RETRY_AFTER),
        (exc.DBAPIError("SELECT 1", {}, Exception("gone"), connection_invalidated=True), DOWN_RETRY_AFTER),
        (exc.DBAPIError("UPDATE", {}, asyncpg.DeadlockDetectedError("deadlock detected")), BUSY_RETRY_AFTER),
        (exc.DBAPIError("UPDATE", {}, asyncpg.SerializationError("could not serialize")), BUSY_RETRY_AFTER),
    ],
    ids=lambda value: type(value).__name__ if isinstance(value, BaseException) else str(value),
)
def test_a_database_that_cannot_serve_now_is_told_apart_by_how_long_to_wait(
    error: BaseException, retry_after: int
) -> None:
    assert retry_after_outage(error) == retry_after


@pytest.mark.parametrize(
    "error",
    [
        FileNotFoundError(2, "No such file"),
        PermissionError(13, "Permission denied"),
        RuntimeError("a bug"),
        KeyError("x"),
        exc.ProgrammingError("SELECT nope", {}, Exception("syntax error")),
        exc.OperationalError("SELECT * FROM nope", {}, Exception("no such table: nope")),
    ],
    ids=lambda value: type(value).__name__,
)
def test_a_bug_is_not_mistaken_for_an_outage(error: BaseException) -> None:
    assert retry_after_outage(error) is None


@pytest.mark.parametrize(
    "statement", ["SELEC 1", "SELECT * FROM no_such_table", "SELECT no_such_column FROM region"]
)
async def test_a_real_sqlite_error_from_a_wrong_statement_is_a_bug_not_an_outage(
    clean_database: Database, statement: str
) -> None:
    """SQLite reports a wrong statement as an OperationalError, as it does a locked file: only the
    latter may be a 503, or a bug would hide behind "retry in 5 s" for ever."""
    if clean_database.dialect != "sqlite":
        pytest.skip("SQLite's own errors; PostgreSQL reports these as ProgrammingError")
    with pytest.raises(exc.DBAPIError) as raised:
        async with clean_database.engine.connect() as connection:
            await connection.execute(text(statement))
    assert retry_after_outage(raised.value) is None
