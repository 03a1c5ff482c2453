"""One migration history for SQLite and PostgreSQL.

Run by the `alembic` command line (it opens its own connection from the settings) or by
`app.storage.migrations` (which hands over a connection in `config.attributes["connection"]`).
"""

import asyncio
import logging.config

from alembic import context
from sqlalchemy.engine import Connection
from sqlmodel import SQLModel

import app.storage.tables  # noqa: F401  (registers the tables on the metadata)
from app.settings import get_settings
from app.storage.database import create_engine

config = context.config
if config.config_file_name is not None and config.attributes.get("configure_logging", True):
    logging.config.fileConfig(config.config_file_name, disable_existing_loggers=False)

target_metadata = SQLModel.metadata


def run_migrations(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


async def run_migrations_with_own_engine() -> None:
    engine = create_engine(get_settings(), for_migrations=True)
    async with engine.connect() as connection:
        await connection.run_sync(run_migrations)
    await engine.dispose()


if context.is_offline_mode():
    raise SystemExit("Offline (SQL script) migrations are not supported; run against a database.")

shared_connection = config.attributes.get("connection")
if shared_connection is None:
    asyncio.run(run_migrations_with_own_engine())
else:
    run_migrations(shared_connection)
