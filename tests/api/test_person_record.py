"""A person's record (GDPR art. 15): everything held about them, who may read it, and exactly the
disclosures of their data that were made."""

import httpx
from fastapi import FastAPI
from sqlalchemy import func, select

from app.storage.database import Database
from app.storage.tables import Disclosure, OutboxEvent
from tests.api.test_person_erasure import ANNA, a_person_with_a_history
from tests.api.test_seat_walkthroughs import Registry
from tests.tokens import Tokens


async def test_the_record_lists_exactly_the_disclosures_made_by_every_system_that_read_the_person(
    client: httpx.AsyncClient, application: FastAPI, tokens: Tokens, clean_database: Database
) -> None:
    """Disclosures stored: each answer that showed the person's non-public data to a caller is one
    disclosure, with the caller, the route and the fields (never their values); anonymous reads and
    answers that show nothing non-public are none."""
    created = await client.post(
        "/v1/people", json=ANNA | {"publish_email": False}, headers=tokens.trust("unn")
    )
    assert created.status_code == 201, created.text
    person = created.json()["id"]
    systems = {
        "lis-website-backend": tokens.bearer("read", subject="lis-website-backend"),
        "hr-unn": tokens.trust("unn"),
        "regut-helse-vest": tokens.regut("helse-vest"),
    }
    for headers in systems.values():
        for _ in range(3):
            assert (await client.get(f"/v1/people/{person}", headers=headers)).status_code == 200
    await client.get(f"/v1/people/{person}")  # anonymous: nothing non-public shown
    await application.state.disclosures.flush()

    found = await client.get("/v1/disclosures", params={"person": person}, headers=tokens.admin())

    assert found.status_code == 200, found.text
    items = found.json()["items"]
    assert len(items) == 1 + 3 * 3  # the creator's answer, and three reads by each of three systems
    assert {i["client_id"] for i in items} == {"hr-unn", *systems}
    assert {tuple(i["fields"]) for i in items} == {("email", "hpr_number", "phone")}
    assert {i["route"] for i in items} == {"/v1/people/{person_id}", "/v1/people"}
    by_client = await client.get(
        "/v1/disclosures", params={"person": person, "client": "regut-helse-vest"}, headers=tokens.admin()
    )
    assert len(by_client.json()["items"]) == 3
    since = items[0]["occurred_at"]
    newest = await client.get("/v1/disclosures", params={"since": since}, headers=tokens.admin())
    assert [i["id"] for i in newest.json()["items"]] == [items[0]["id"]]
    # The record is paged on its disclosures, and reading it is a disclosure too.
    page = await client.get(f"/v1/people/{person}/record", params={"limit": 4}, headers=tokens.admin())
    assert page.status_code == 200, page.text
    assert len(page.json()["disclosures"]["items"]) == 4
    assert 'rel="next"' in page.headers["link"]
    await application.state.disclosures.flush()
    async with clean_database.unit_of_work(write=False) as session:
        stored = await session.scalar(select(func.count()).select_from(Disclosure))
    assert stored == 1 + 3 * 3 + 1


async def test_the_record_is_read_by_an_administrator_or_the_regut_of_a_region_where_the_person_sat(
    client: httpx.AsyncClient, registry: Registry, tokens: Tokens, nord: str, clean_database: Database
) -> None:
    """Who reads a whole record: an administrator, or the RegUt of a region where the person holds or
    held a seat (here Helse Nord); another region's RegUt and a trust are refused, a reader without the
    scope too, and the refusal writes nothing."""
    person, seat, _ = await a_person_with_a_history(registry, client, tokens, nord)
    url = f"/v1/people/{person}/record"
    async with clean_database.unit_of_work(write=False) as session:
        events = await session.scalar(select(func.count()).select_from(OutboxEvent))

    for allowed in (tokens.admin(), tokens.regut("helse-nord")):
        record = await client.get(url, headers=allowed)
        assert record.status_code == 200, record.text
    for refused in (tokens.regut("helse-vest"), tokens.trust("unn"), tokens.bearer("read")):
        assert (await client.get(url, headers=refused)).status_code == 403
    assert (await client.get(url)).status_code == 401

    document = record.json()
    assert document["person"]["hpr_number"] == ANNA["hpr_number"]
    assert [(s["id"], s["as_deputy"], s["trust"]) for s in document["seats"]] == [(seat, False, "unn")]
    assert [(a["seat_id"], a["status"]) for a in document["attendance"]] == [(seat, "present")]
    assert [p["title"] for p in document["proposals"]] == ["Presisere læringsmål om luftveishåndtering"]
    assert {e["action"] for e in document["audit"]} >= {"person.changed", "representative.appointed"}
    async with clean_database.unit_of_work(write=False) as session:
        assert await session.scalar(select(func.count()).select_from(OutboxEvent)) == events


async def test_seat_events_carry_no_email_even_when_the_person_published_it(
    client: httpx.AsyncClient, registry: Registry, tokens: Tokens, nord: str
) -> None:
    """The feed carries ids and public fields, not contact data: an event once read cannot be taken
    back when the person unpublishes or erases their e-mail."""
    await a_person_with_a_history(registry, client, tokens, nord)
    feed = await client.get("/v1/events", params={"limit": 500}, headers=tokens.admin())
    seats = [e for e in feed.json()["items"] if e["subject"]["type"] == "representative"]
    assert seats
    assert all(e["data"]["person"]["email"] is None for e in seats)
    assert ANNA["email"] not in feed.text
