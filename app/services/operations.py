"""Whether the service can serve: the database answers and its schema is current."""

import logging
from dataclasses import dataclass

from sqlalchemy import text

from app.storage.database import DOWN_RETRY_AFTER, Database, retrying_stale_connections
from app.storage.migrations import current_revisions, pending_revisions

log = logging.getLogger(__name__)

MIGRATION_RETRY_AFTER = 30
"""Seconds to wait while the schema is behind: an operator's migration takes a while, not a moment."""


@dataclass(frozen=True)
class Readiness:
    database: str
    problem: str | None = None
    """Why the service cannot serve; None when it can."""
    retry_after: int | None = None


async def check_readiness(database: Database) -> Readiness:
    async def revisions() -> set[str]:
        async with database.engine.connect() as connection:
            await connection.execute(text("SELECT 1"))
            return await current_revisions(connection)

    try:
        # A connection the database dropped while idle is no sign that it cannot serve now.
        current = await retrying_stale_connections(revisions)
    except Exception as error:  # any failure to reach the database means "not ready"
        log.warning("readiness: database unreachable: %s", type(error).__name__)
        return Readiness(database.dialect, "the database is unreachable", DOWN_RETRY_AFTER)
    pending = pending_revisions(current)
    if pending:
        return Readiness(
            database.dialect,
            f"migrations pending: {', '.join(pending)}; run `python -m app migrate`",
            MIGRATION_RETRY_AFTER,
        )
    return Readiness(database.dialect)
