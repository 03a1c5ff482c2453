"""Disclosures reach the database off the request path: batched, bounded, written when the
application stops, and counted when dropped."""

import asyncio
from typing import Any

import httpx
from sqlalchemy import func, select

from app.edge.disclosure_store import DisclosureStore
from app.main import create_app
from app.settings import Settings
from app.storage.database import Database, utcnow
from app.storage.tables import Disclosure
from tests.tokens import Tokens


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


async def test_with_the_store_off_disclosures_are_logged_only(
    settings: Settings, clean_database: Database, tokens: Tokens
) -> None:
    """LIS_DISCLOSURE_STORE=false: reads of personal data are answered and logged, nothing is buffered
    or stored (what the benchmark compares against)."""
    application = create_app(settings.model_copy(update={"disclosure_store": False}), clean_database)
    transport = httpx.ASGITransport(app=application)
    async with httpx.AsyncClient(transport=transport, base_url="http://registry.test") as client:
        created = await client.post(
            "/v1/people", json={"name": "Kari", "phone": "+47 900 00 001"}, headers=tokens.admin()
        )
        assert created.status_code == 201
        read = await client.get(f"/v1/people/{created.json()['id']}", headers=tokens.admin())
        assert read.json()["phone"] == "+47 900 00 001"
    assert application.state.disclosures is None
    assert await stored(clean_database) == 0
