"""Migrations alone build the schema, on both dialects, up and down, in step with the models."""

import uuid
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, create_async_engine
from sqlmodel import SQLModel

from app.settings import Settings
from app.storage.migrations import alembic_config, downgrade, upgrade


@pytest.fixture
async def scratch_engine(settings: Settings, tmp_path: Path) -> AsyncIterator[AsyncEngine]:
    """An empty database of the dialect under test, apart from the one the other tests use."""
    if settings.is_sqlite:
        engine = create_async_engine(f"sqlite+aiosqlite:///{tmp_path / 'scratch.db'}")
        yield engine
        await engine.dispose()
        return
    schema = f"migration_test_{uuid.uuid4().hex[:8]}"
    engine = create_async_engine(
        settings.database_url, connect_args={"server_settings": {"search_path": schema}}
    )
    async with engine.begin() as connection:
        await connection.execute(text(f"CREATE SCHEMA {schema}"))
    yield engine
    async with engine.begin() as connection:
        await connection.execute(text(f"DROP SCHEMA {schema} CASCADE"))
    await engine.dispose()


async def table_names(connection: AsyncConnection) -> set[str]:
    return set(await connection.run_sync(lambda c: inspect(c).get_table_names())) - {"alembic_version"}


def test_history_has_a_single_head() -> None:
    assert len(ScriptDirectory.from_config(alembic_config()).get_heads()) == 1


async def test_upgrade_to_head_then_down_to_base_then_up_again(scratch_engine: AsyncEngine) -> None:
    expected = {table.name for table in SQLModel.metadata.sorted_tables}
    async with scratch_engine.begin() as connection:
        await upgrade(connection)
        assert await table_names(connection) == expected
    async with scratch_engine.begin() as connection:
        await downgrade(connection)
        assert await table_names(connection) == set()
    async with scratch_engine.begin() as connection:
        await upgrade(connection)
        assert await table_names(connection) == expected


async def test_models_and_migrations_describe_the_same_schema(scratch_engine: AsyncEngine) -> None:
    async with scratch_engine.begin() as connection:
        await upgrade(connection)
        differences = await connection.run_sync(
            lambda c: compare_metadata(
                MigrationContext.configure(c, opts={"compare_type": True}), SQLModel.metadata
            )
        )
    assert differences == []
