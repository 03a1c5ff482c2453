"""Disclosures reach the database off the request path: batched, bounded, written when the
application stops, and counted when dropped."""

import asyncio
from typing import Any

from sqlalchemy import func, select

from app.edge.disclosure_store import DisclosureStore
from app.storage.database import Database, utcnow
from app.storage.tables import Disclosure


def row(subject: str) -> dict[str, Any]:
    return {
        "occurred_at": utcnow(),
        "subject": subject,
        "fields_shown": ["phone"],
        "principal_kind": "read",
        "client_id": "lis-website-backend",
        "org_number": None,
        "method": "GET",
        "route": "/v1/people/{person_id}",
        "path": f"/v1/people/{subject}",
        "status": 200,
        "request_id": "r1",
    }


async def stored(database: Database) -> int:
    async with database.unit_of_work(write=False) as session:
        return int(await session.scalar(select(func.count()).select_from(Disclosure)) or 0)


async def test_a_full_buffer_drops_and_counts_what_does_not_fit_and_stopping_writes_the_rest(
    clean_database: Database,
) -> None:
    counts: dict[str, int] = {}

    def counted(outcome: str, rows: int) -> None:
        counts[outcome] = counts.get(outcome, 0) + rows

    store = DisclosureStore(clean_database, capacity=5, batch_size=2, linger_seconds=60, counted=counted)
    store.start()
    store.offer([row("5f0c7a8e-3b1d-4c2a-9e6f-1a2b3c4d5e6f") for _ in range(4)])
    store.offer([row("proposal:5f0c7a8e-3b1d-4c2a-9e6f-1a2b3c4d5e6f") for _ in range(3)])
    assert (len(store), counts) == (5, {"full": 2})
    assert await stored(clean_database) == 0  # nothing is written on the request's path

    await store.stop()

    assert await stored(clean_database) == 5
    assert counts == {"full": 2, "stored": 5}


async def test_the_writer_stores_a_batch_shortly_after_the_first_row_arrives(
    clean_database: Database,
) -> None:
    store = DisclosureStore(clean_database, capacity=100, batch_size=50, linger_seconds=0.01)
    store.start()
    try:
        store.offer([row("seat:5f0c7a8e-3b1d-4c2a-9e6f-1a2b3c4d5e6f")])
        for _ in range(200):
            if await stored(clean_database) == 1:
                break
            await asyncio.sleep(0.01)
        assert await stored(clean_database) == 1
    finally:
        await store.stop()
