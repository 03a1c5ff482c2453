"""Moving a registration into the past: the registry stamps `created_at` itself, and a test of what a
user may do on a later day cannot wait for one."""

import uuid
from datetime import timedelta

from sqlalchemy import update

from app.storage.database import Database, utcnow
from app.storage.tables import Representative


async def registered_on_an_earlier_day(database: Database, representative_id: str) -> None:
    async with database.unit_of_work() as session:
        await session.execute(
            update(Representative)
            .where(Representative.id == uuid.UUID(representative_id))
            .values(created_at=utcnow() - timedelta(days=1))
        )
