"""Every seat change leaves an event and an audit entry; the public sees only what API.md allows."""

import httpx
import pytest
from sqlalchemy import select

from app.bootstrap import establish_councils
from app.storage.database import Database
from app.storage.tables import OutboxEvent
from tests.tokens import Tokens

ANNA = {
    "name": "Anna Berg",
    "title": "overlege",
    "hpr_number": "1234567",
    "email": "anna@unn.no",
    "phone": "+47 776 26 000",
}


@pytest.fixture
async def helse_nord(client: httpx.AsyncClient, clean_database: Database) -> str:
    await establish_councils(clean_database)
    params = {"region": "helse-nord", "specialty": "anestesiologi"}
    return (await client.get("/v1/councils", params=params)).json()["items"][0]["id"]


async def appoint(
    client: httpx.AsyncClient, tokens: Tokens, council: str, person: dict[str, object]
) -> httpx.Response:
    body = {
        "person": person,
        "trust": "unn",
        "starts_on": "2026-01-01",
        "qualifications": {"specialist_in_specialty": True, "education_roles": ["local_committee_leader"]},
    }
    return await client.post(
        f"/v1/councils/{council}/representatives", json=body, headers=tokens.trust("unn")
    )


async def events(database: Database) -> list[OutboxEvent]:
    async with database.unit_of_work(write=False) as session:
        statement = select(OutboxEvent).where(OutboxEvent.subject_type.in_(["representative", "council"]))
        return [
            e
            for e in (await session.scalars(statement.order_by(OutboxEvent.__table__.c.id))).all()
            if e.type != "council.created"
        ]


async def test_each_change_of_a_seat_emits_its_event_in_order(
    client: httpx.AsyncClient, tokens: Tokens, clean_database: Database, helse_nord: str
) -> None:
    """representative.appointed, deputy.designated, leadership.changed (LEADER-NOTIFIED),
    representative.changed, representative.ended — and the leader's role falls vacant with the seat."""
    seat = (await appoint(client, tokens, helse_nord, ANNA)).json()
    url = f"/v1/representatives/{seat['id']}"
    trust = tokens.trust("unn")
    # The ETag is that of the representation the caller reads: read with the token you write with.
    etag = (await client.get(url, headers=trust)).headers["etag"]
    deputy = await client.put(
        f"{url}/deputy", json={"deputy": {"name": "Per Dahl"}}, headers=trust | {"If-Match": etag}
    )
    assert deputy.status_code == 200
    leadership_url = f"/v1/councils/{helse_nord}/leadership"
    etag = (await client.get(leadership_url)).headers["etag"]
    elected = await client.put(
        leadership_url,
        json={"leader": seat["person"]["id"], "effective_on": "2026-02-01"},
        headers=tokens.regut("helse-nord") | {"If-Match": etag},
    )
    assert elected.status_code == 200
    etag = (await client.get(url, headers=trust)).headers["etag"]
    changed = await client.patch(url, json={"ends_on": "2029-12-31"}, headers=trust | {"If-Match": etag})
    assert changed.status_code == 200
    ended = await client.post(
        f"{url}/end", json={"on": "2027-03-31", "reason": "new position"}, headers=trust
    )
    assert ended.json()["ends_on"] == "2027-03-31"
    assert [e.type for e in await events(clean_database)] == [
        "representative.appointed",
        "deputy.designated",
        "leadership.changed",
        "representative.changed",
        "leadership.changed",  # the leader's seat now ends, so does the role, the day after
        "representative.ended",
        "leadership.changed",
    ]
    leadership = (await client.get(leadership_url, params={"on": "2027-04-01"})).json()
    assert leadership["current"]["leader"] is None
    assert (await client.get(leadership_url, params={"on": "2027-03-31"})).json()["current"]["leader"][
        "name"
    ] == "Anna Berg"


async def test_the_audit_log_holds_the_full_record_and_the_feed_only_the_public_one(
    client: httpx.AsyncClient, tokens: Tokens, clean_database: Database, helse_nord: str
) -> None:
    seat = (await appoint(client, tokens, helse_nord, ANNA)).json()
    audit = await client.get("/v1/audit", params={"entity_id": seat["id"]}, headers=tokens.admin())
    [entry] = audit.json()["items"]
    assert entry["principal"]["org_number"] == "983974899"
    assert entry["after"]["person"]["hpr_number"] == "1234567"
    [event] = [e for e in await events(clean_database) if e.type == "representative.appointed"]
    assert event.data["person"]["hpr_number"] is None
    assert event.data["qualifications"] is None


async def test_the_public_sees_name_title_trust_and_role_but_no_personal_details(
    client: httpx.AsyncClient, tokens: Tokens, helse_nord: str
) -> None:
    await appoint(client, tokens, helse_nord, ANNA)
    [public] = (await client.get(f"/v1/councils/{helse_nord}/representatives")).json()["items"]
    assert (public["person"]["name"], public["person"]["title"], public["trust"]) == (
        "Anna Berg",
        "overlege",
        "unn",
    )
    assert public["person"]["hpr_number"] is public["person"]["phone"] is public["person"]["email"] is None
    assert public["qualifications"] is None
    [registered] = (
        await client.get(f"/v1/councils/{helse_nord}/representatives", headers=tokens.bearer("read"))
    ).json()["items"]
    assert registered["person"]["hpr_number"] == "1234567"
    assert registered["qualifications"]["education_roles"] == ["local_committee_leader"]


async def test_a_published_email_is_public(
    client: httpx.AsyncClient, tokens: Tokens, helse_nord: str
) -> None:
    await appoint(client, tokens, helse_nord, ANNA | {"publish_email": True})
    [public] = (await client.get(f"/v1/councils/{helse_nord}/representatives")).json()["items"]
    assert public["person"]["email"] == "anna@unn.no"
    assert public["person"]["hpr_number"] is None


async def test_an_inline_person_with_a_known_hpr_number_is_reused(
    client: httpx.AsyncClient, tokens: Tokens, helse_nord: str
) -> None:
    first = (await appoint(client, tokens, helse_nord, ANNA)).json()
    found = await client.get("/v1/people", params={"hpr_number": "1234567"}, headers=tokens.bearer("read"))
    assert [p["id"] for p in found.json()["items"]] == [first["person"]["id"]]
    duplicate = await client.post(
        "/v1/people", json={"name": "Anna B.", "hpr_number": "1234567"}, headers=tokens.admin()
    )
    assert duplicate.status_code == 422
    assert duplicate.json()["errors"][0]["pointer"] == "/hpr_number"


async def test_looking_people_up_by_hpr_number_is_not_for_the_public(client: httpx.AsyncClient) -> None:
    assert (await client.get("/v1/people", params={"hpr_number": "1234567"})).status_code == 401


async def test_reading_a_seat_on_a_date_shows_the_leadership_role_then(
    client: httpx.AsyncClient, tokens: Tokens, helse_nord: str
) -> None:
    seat = (await appoint(client, tokens, helse_nord, ANNA)).json()
    leadership_url = f"/v1/councils/{helse_nord}/leadership"
    etag = (await client.get(leadership_url)).headers["etag"]
    await client.put(
        leadership_url,
        json={"leader": seat["person"]["id"], "effective_on": "2026-06-01"},
        headers=tokens.admin() | {"If-Match": etag},
    )
    url = f"/v1/representatives/{seat['id']}"
    assert (await client.get(url, params={"on": "2026-05-31"})).json()["roles"] == []
    assert (await client.get(url, params={"on": "2026-06-01"})).json()["roles"] == ["leader"]
