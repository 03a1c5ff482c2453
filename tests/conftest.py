"""Test database on SQLite (default) or PostgreSQL (`LIS_TEST_DATABASE_URL`), clean for every test.

A session that was asked for PostgreSQL and cannot reach it fails: it never skips quietly.
"""

import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import event, text
from sqlmodel import SQLModel

import app.storage.tables  # noqa: F401  (the tables, for the clean-up below)
from app.bootstrap import load_reference
from app.main import create_app
from app.settings import Settings
from app.storage.database import Database
from app.storage.migrations import migrate
from tests.tokens import AUDIENCE, ISSUER, Tokens, new_key, write_jwks

TEST_DATABASE_URL = "LIS_TEST_DATABASE_URL"


@pytest.fixture(scope="session")
def signing_key() -> object:
    """The token issuer's key, made for this test session."""
    return new_key()


@pytest.fixture(scope="session")
def settings(tmp_path_factory: pytest.TempPathFactory, signing_key: object) -> Settings:
    url = os.environ.get(TEST_DATABASE_URL) or (
        f"sqlite+aiosqlite:///{tmp_path_factory.mktemp('database') / 'registry.db'}"
    )
    jwks = write_jwks(tmp_path_factory.mktemp("issuer") / "jwks.json", signing_key)  # type: ignore[arg-type]
    return Settings(  # type: ignore[call-arg]
        database_url=url,
        auto_setup=False,
        auth_jwks_file=jwks,
        auth_issuer=ISSUER,
        auth_audience=AUDIENCE,
        _env_file=None,
    )


@pytest.fixture(scope="session")
def tokens(settings: Settings, signing_key: object) -> Tokens:
    return Tokens(settings, signing_key)  # type: ignore[arg-type]


@pytest.fixture(scope="session")
async def database(settings: Settings) -> AsyncIterator[Database]:
    database = Database(settings)
    if database.dialect == "postgresql":
        # Start from an empty schema, so that the migrations alone build it.
        async with database.engine.begin() as connection:
            await connection.execute(text("DROP SCHEMA public CASCADE"))
            await connection.execute(text("CREATE SCHEMA public"))
    await migrate(settings)
    yield database
    await database.dispose()


async def reset(database: Database) -> None:
    """Empty every table and load the packaged reference data again."""
    tables = [t.name for t in reversed(SQLModel.metadata.sorted_tables)]
    async with database.engine.begin() as connection:
        if database.dialect == "postgresql":
            await connection.execute(text(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY CASCADE"))
        else:
            for table in tables:
                await connection.execute(text(f"DELETE FROM {table}"))  # noqa: S608  (our own table names)
    await load_reference(database)


@pytest.fixture
async def clean_database(database: Database) -> Database:
    await reset(database)
    return database


@pytest.fixture
def application(settings: Settings, clean_database: Database) -> FastAPI:
    """The application `client` calls (its lifespan does not run: what it would start, such as the
    disclosure writer, a test drives itself, e.g. `application.state.disclosures.flush()`)."""
    return create_app(settings, clean_database)


@pytest.fixture
async def client(application: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=application)
    async with httpx.AsyncClient(transport=transport, base_url="http://registry.test") as client:
        yield client


class StatementCounter:
    def __init__(self) -> None:
        self.statements: list[str] = []

    def __len__(self) -> int:
        return len(self.statements)


@pytest.fixture
def count_statements(clean_database: Database) -> Iterator[StatementCounter]:
    """Counts the SQL statements the application sends, to catch a query per row (N+1)."""
    counter = StatementCounter()

    def record(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        counter.statements.append(statement)

    engine = clean_database.engine.sync_engine
    event.listen(engine, "before_cursor_execute", record)
    yield counter
    event.remove(engine, "before_cursor_execute", record)


PROJECT_ROOT = Path(__file__).resolve().parent.parent
SHARED = PROJECT_ROOT.parent / "shared"
