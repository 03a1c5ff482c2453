"""Liveness and readiness, including a database whose schema is behind."""

from pathlib import Path

import httpx

from app.main import create_app
from app.settings import Settings
from app.storage.database import Database
from app.storage.migrations import migrate


async def test_live_and_ready_on_a_migrated_database(client: httpx.AsyncClient, settings: Settings) -> None:
    assert (await client.get("/health/live")).json() == {"status": "ok", "database": None}
    ready = await client.get("/health/ready")
    assert ready.status_code == 200
    assert ready.json()["database"] == ("sqlite" if settings.is_sqlite else "postgresql")


async def readiness_of(settings: Settings) -> httpx.Response:
    database = Database(settings)
    try:
        transport = httpx.ASGITransport(app=create_app(settings, database))
        async with httpx.AsyncClient(transport=transport, base_url="http://registry.test") as client:
            return await client.get("/health/ready")
    finally:
        await database.dispose()


async def test_not_ready_while_migrations_are_pending(tmp_path: Path) -> None:
    settings = Settings(database_url=f"sqlite+aiosqlite:///{tmp_path / 'behind.db'}", auto_setup=False)
    await migrate(settings, "base")
    response = await readiness_of(settings)
    assert response.status_code == 503
    assert "0001" in response.json()["detail"]
    assert int(response.headers["retry-after"]) > 0
    await migrate(settings)
    assert (await readiness_of(settings)).status_code == 200


async def test_not_ready_when_the_database_cannot_be_reached(tmp_path: Path) -> None:
    settings = Settings(database_url="postgresql+asyncpg://nobody@127.0.0.1:1/none", auto_setup=False)
    response = await readiness_of(settings)
    assert response.status_code == 503
    assert response.json()["rule"] == "SERVICE-UNAVAILABLE"
