"""Alembic, driven from the application: upgrade, downgrade, and what is pending."""

from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import AsyncConnection

from app.settings import Settings
from app.storage.database import create_engine

# Inside the package, so that an installed service (a wheel, the image) migrates from any directory;
# alembic.ini at the project's root points the `alembic` command line here too.
SCRIPT_LOCATION = Path(__file__).resolve().parents[1] / "migrations"


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(SCRIPT_LOCATION))
    config.set_main_option("path_separator", "os")
    config.attributes["configure_logging"] = False
    return config


@lru_cache(maxsize=1)
def _scripts() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def pending_revisions(current: set[str]) -> list[str]:
    """Revisions between the database's and the head, newest first."""
    if not current:
        return [script.revision for script in _scripts().walk_revisions()]
    return [script.revision for script in _scripts().iterate_revisions("heads", tuple(current))]


async def upgrade(connection: AsyncConnection, revision: str = "head") -> None:
    await connection.run_sync(_run, command.upgrade, revision)


async def downgrade(connection: AsyncConnection, revision: str = "base") -> None:
    await connection.run_sync(_run, command.downgrade, revision)


def _run(connection: Connection, action: Callable[[Config, str], None], revision: str) -> None:
    config = alembic_config()
    config.attributes["connection"] = connection
    action(config, revision)


async def current_revisions(connection: AsyncConnection) -> set[str]:
    return set(await connection.run_sync(lambda c: MigrationContext.configure(c).get_current_heads()))


async def migrate(settings: Settings, revision: str = "head") -> None:
    """Upgrade the configured database, on a connection without SQLite's foreign-key enforcement."""
    engine = create_engine(settings, for_migrations=True)
    try:
        async with engine.begin() as connection:
            await upgrade(connection, revision)
    finally:
        await engine.dispose()
