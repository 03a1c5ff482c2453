"""Bring a database to a usable state: schema, reference data, the national council structure."""

import logging

from app.services.councils import establish_standard_councils
from app.services.reference import LoadReport, load_reference_data
from app.settings import Settings
from app.storage.database import Database
from app.storage.migrations import migrate
from app.storage.reference_data import packaged_reference_data
from app.storage.repository import Repository

log = logging.getLogger(__name__)


async def load_reference(database: Database) -> LoadReport:
    async with database.unit_of_work() as session:
        return await load_reference_data(Repository(session), packaged_reference_data())


async def establish_councils(database: Database) -> int:
    async with database.unit_of_work() as session:
        return await establish_standard_councils(Repository(session))


async def set_up(settings: Settings, database: Database) -> None:
    """Idempotent: safe on every start."""
    await migrate(settings)
    log.info("reference data: %s", await load_reference(database))
    log.info("councils established: %d", await establish_councils(database))
