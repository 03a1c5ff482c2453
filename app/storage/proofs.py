"""The DPoP replay cache: each proof spent once, across every worker and instance (RFC 9449 §11.1)."""

import hashlib
from datetime import UTC, datetime

from sqlalchemy import delete
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from app.storage.database import Database, retrying_stale_connections
from app.storage.tables import SpentProof

PRUNE_EVERY_SECONDS = 60.0
"""How often a worker deletes the proofs that have expired: a bounded table, without a delete per request."""

_table = SpentProof.__table__  # type: ignore[attr-defined]


class ReplayCache:
    def __init__(self, database: Database) -> None:
        self.database = database
        self._pruned_at = float("-inf")
        insert = postgresql_insert if database.dialect == "postgresql" else sqlite_insert
        # Built once: a proof is spent on every DPoP request, and building the statement costs more
        # than binding its two values.
        self._spend = insert(_table).on_conflict_do_nothing(index_elements=["proof_id"])

    async def spend(self, key_thumbprint: str, jti: str, *, expires_at: float, now: float) -> bool:
        """Record the proof as spent until `expires_at` (epoch seconds); False if it was spent before.

        Committed at once in a transaction of its own, before the request's: a proof whose request
        then fails is still spent, so a captured proof cannot be replayed after a failure either. The
        insert and the primary key decide, never a read first: of two requests racing with one proof
        on two workers, exactly one inserts."""
        proof_id = hashlib.sha256(f"{key_thumbprint}\n{jti}".encode()).hexdigest()
        values = {"proof_id": proof_id, "expires_at": datetime.fromtimestamp(expires_at, UTC)}

        async def spend_once() -> bool:
            async with self.database.single_write() as connection:
                if now - self._pruned_at >= PRUNE_EVERY_SECONDS:
                    self._pruned_at = now
                    await connection.execute(
                        delete(_table).where(_table.c.expires_at < datetime.fromtimestamp(now, UTC))
                    )
                result = await connection.execute(self._spend, values)
            return bool(result.rowcount == 1)

        # Often the first statement a worker sends after a database restart: a connection that died
        # while idle fails on it before anything is written, so it is safe to spend once more.
        return await retrying_stale_connections(spend_once)
