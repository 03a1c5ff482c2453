"""Every write leaves an audit entry and an outbox event in its own transaction, and a refused
write leaves neither."""

import httpx
from sqlalchemy import func, select

from app.domain.authority import SYSTEM
from app.storage.database import Database
from app.storage.repository import Repository
from app.storage.tables import AuditEntry, OutboxEvent
from tests.tokens import Tokens

COUNCIL = {"kind": "interregional", "specialty": "nevrologi"}


async def recorded(database: Database) -> tuple[int, int]:
    async with database.unit_of_work(write=False) as session:
        audits = await session.scalar(
            select(func.count()).select_from(AuditEntry).where(AuditEntry.entity_type == "council")
        )
        events = await session.scalar(
            select(func.count()).select_from(OutboxEvent).where(OutboxEvent.subject_type == "council")
        )
    return audits or 0, events or 0


async def test_establishing_a_council_records_who_did_it_and_emits_an_event(
    client: httpx.AsyncClient, tokens: Tokens, clean_database: Database
) -> None:
    body = {"kind": "interregional", "specialty": "anestesiologi"}  # Helse Nord's RegUt is responsible
    created = (await client.post("/v1/councils", json=body, headers=tokens.regut("helse-nord"))).json()
    entries = (
        await client.get("/v1/audit", params={"entity_id": created["id"]}, headers=tokens.admin())
    ).json()
    [entry] = entries["items"]
    assert entry["action"] == "council.created"
    assert entry["principal"] == {
        "kind": "regut",
        "subject": "regut-helse-nord",
        "org_number": "983974899",
        "org_number_child": None,
        "client_name": None,
    }
    assert (entry["before"], entry["after"]["id"]) == (None, created["id"])
    async with clean_database.unit_of_work(write=False) as session:
        [event] = (
            await session.scalars(select(OutboxEvent).where(OutboxEvent.subject_id == created["id"]))
        ).all()
    assert event.type == "council.created"
    assert event.data["specialty"] == "anestesiologi"


async def test_a_change_records_the_state_before_and_after(client: httpx.AsyncClient, tokens: Tokens) -> None:
    created = await client.post("/v1/councils", json=COUNCIL, headers=tokens.admin())
    await client.patch(
        created.headers["location"],
        json={"name": "Tverregionalt råd, nevrologi"},
        headers=tokens.admin() | {"If-Match": created.headers["etag"]},
    )
    entries = (
        await client.get("/v1/audit", params={"entity_type": "council"}, headers=tokens.admin())
    ).json()
    newest = entries["items"][0]
    assert newest["action"] == "council.changed"
    assert newest["before"]["name"] != newest["after"]["name"] == "Tverregionalt råd, nevrologi"


async def test_a_refused_write_leaves_no_audit_entry_and_no_event(
    client: httpx.AsyncClient, tokens: Tokens, clean_database: Database
) -> None:
    await client.post("/v1/councils", json=COUNCIL, headers=tokens.admin())
    before = await recorded(clean_database)
    refused = await client.post("/v1/councils", json=COUNCIL, headers=tokens.admin())
    assert refused.status_code == 409
    forbidden = await client.post("/v1/councils", json=COUNCIL, headers=tokens.regut("helse-vest"))
    assert forbidden.status_code == 403
    assert await recorded(clean_database) == before == (1, 1)


async def test_outbox_ids_increase_with_each_change(
    client: httpx.AsyncClient, tokens: Tokens, clean_database: Database
) -> None:
    for specialty in ("nevrologi", "urologi", "patologi"):
        await client.post(
            "/v1/councils", json={"kind": "interregional", "specialty": specialty}, headers=tokens.admin()
        )
    async with clean_database.unit_of_work(write=False) as session:
        events = (
            await session.scalars(
                select(OutboxEvent)
                .where(OutboxEvent.subject_type == "council")
                .order_by(OutboxEvent.occurred_at)
            )
        ).all()
    assert [e.data["specialty"] for e in events] == ["nevrologi", "urologi", "patologi"]
    ids = [e.id for e in events]
    assert ids == sorted(ids)
    assert len(set(ids)) == 3


async def test_the_audit_log_is_not_for_the_public_nor_for_trusts(
    client: httpx.AsyncClient, tokens: Tokens
) -> None:
    assert (await client.get("/v1/audit")).status_code == 401
    assert (await client.get("/v1/audit", headers=tokens.trust("nordlandssykehuset"))).status_code == 403
    assert (await client.get("/v1/audit", headers=tokens.bearer("read"))).status_code == 200


async def test_the_audit_log_pages_newest_first(client: httpx.AsyncClient, tokens: Tokens) -> None:
    for specialty in ("nevrologi", "urologi", "patologi"):
        await client.post(
            "/v1/councils", json={"kind": "interregional", "specialty": specialty}, headers=tokens.admin()
        )
    first = await client.get(
        "/v1/audit", params={"entity_type": "council", "limit": 2}, headers=tokens.admin()
    )
    second = await client.get(first.links["next"]["url"], headers=tokens.admin())
    specialties = [e["after"]["specialty"] for e in first.json()["items"] + second.json()["items"]]
    assert specialties == ["patologi", "urologi", "nevrologi"]


async def test_a_change_rolled_back_is_not_written_by_the_next_transaction(clean_database: Database) -> None:
    """Audit entries and outbox events wait for their transaction's commit; when it rolls back instead
    (as a long-polling feed reader's does before it waits), they go with it, and the transaction the
    session begins next does not write them."""
    before = await recorded(clean_database)
    async with clean_database.unit_of_work() as session:
        repo = Repository(session)
        assert await repo.council_keys() == set()  # a change reads first: its transaction has begun
        repo.audit(SYSTEM, "council.established", "council", "x", None, {"name": "x"})
        repo.emit("council.established", "council", "x", {"id": "x"})
        await repo.release()
        assert await repo.council_keys() == set()  # the session goes on, in a new transaction
    assert await recorded(clean_database) == before
