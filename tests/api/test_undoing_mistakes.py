"""Mistakes a user can undo (issue 7): a seat registered by mistake today is withdrawn by the
organisation that manages it, though its term has begun; and an HPR number that belongs to someone
else is refused rather than taken for them. (A one-day term, TERM-ORDER, is walked through in
test_seat_walkthroughs.)

Every refusal is checked for its status, its rule and pointer, and that nothing was written."""

from datetime import timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from app.clock import today_in_oslo
from app.storage.database import Database
from app.storage.tables import OutboxEvent
from tests.api.test_seat_walkthroughs import (
    ON,
    START,
    Headers,
    Registry,
    hn_seat,
    region_seat,
    seat_on_regional_council,
)
from tests.backdate import registered_on_an_earlier_day
from tests.tokens import Tokens

ANNA = {"name": "Anna Berg", "hpr_number": "1234567"}


async def withdraw(registry: Registry, representative: str, headers: Headers) -> httpx.Response:
    url = f"/v1/representatives/{representative}"
    etag = (await registry.client.get(url, headers=headers)).headers["etag"]
    return await registry.client.delete(url, headers=headers | {"If-Match": etag})


async def event_types(database: Database) -> list[str]:
    async with database.unit_of_work(write=False) as session:
        statement = select(OutboxEvent.type).where(
            OutboxEvent.subject_type.in_(["representative", "council"])
        )
        return [t for t in (await session.scalars(statement.order_by(OutboxEvent.id))).all()]


async def audit(registry: Registry, entity_id: str) -> list[dict[str, Any]]:
    """The audit entries of one entity, newest first."""
    response = await registry.client.get(
        "/v1/audit", params={"entity_id": entity_id}, headers=registry.tokens.admin()
    )
    return response.json()["items"]


# Withdrawing a seat registered today


async def test_a_trust_withdraws_the_seat_it_registered_today_though_its_term_has_begun(
    registry: Registry, nord: str, tokens: Tokens, clean_database: Database
) -> None:
    """A mistake is undone the day it was made: the seat is gone, the audit log keeps the full record,
    and subscribers hear that it was withdrawn."""
    unn = tokens.trust("unn")
    body = hn_seat("unn", "Anna Berg", starts_on=START) | {"person": ANNA}
    mistaken = await registry.appointed(nord, body, unn)
    response = await withdraw(registry, mistaken["id"], unn)
    assert response.status_code == 204, response.text
    assert (await registry.client.get(f"/v1/representatives/{mistaken['id']}")).status_code == 404
    assert await registry.history(nord) == []
    withdrawn, appointed = await audit(registry, mistaken["id"])
    assert (withdrawn["action"], appointed["action"]) == (
        "representative.withdrawn",
        "representative.appointed",
    )
    assert withdrawn["before"]["id"] == mistaken["id"]
    assert withdrawn["before"]["person"]["hpr_number"] == "1234567"
    assert withdrawn["after"] is None
    assert (await event_types(clean_database))[-1] == "representative.withdrawn"


async def test_a_begun_seat_registered_on_an_earlier_day_is_ended_not_withdrawn(
    registry: Registry, nord: str, tokens: Tokens, clean_database: Database
) -> None:
    """MANDATE.md, Seats and terms: seats are history. The user is told to end the seat, and can."""
    unn = tokens.trust("unn")
    sitting = await registry.appointed(nord, hn_seat("unn", "Kari Nordmann", starts_on=START), unn)
    await registered_on_an_earlier_day(clean_database, sitting["id"])
    problem = await registry.refused(nord, lambda: withdraw(registry, sitting["id"], unn), 409, "CONFLICT")
    assert "end it instead" in problem["detail"]
    assert (await registry.end(sitting["id"], ON, unn)).status_code == 200


async def test_a_seat_whose_term_has_not_begun_is_withdrawn_whenever_it_was_registered(
    registry: Registry, nord: str, tokens: Tokens, clean_database: Database
) -> None:
    unn = tokens.trust("unn")
    next_month = str(today_in_oslo() + timedelta(days=30))
    future = await registry.appointed(nord, hn_seat("unn", "Kari Nordmann", starts_on=next_month), unn)
    await registered_on_an_earlier_day(clean_database, future["id"])
    assert (await withdraw(registry, future["id"], unn)).status_code == 204
    assert await registry.history(nord) == []


async def test_whoever_manages_only_the_council_ends_a_seat_registered_today_but_does_not_withdraw_it(
    registry: Registry, interregional: str, tokens: Tokens
) -> None:
    """IR-CONSTITUTED-BY-RESPONSIBLE-REGUT, IR-ELECTION-BY-REGUT (001 Sammensetning): the responsible RegUt
    may end any seat to dissolve the council, but the mistake is the registering RegUt's to undo."""
    vest = tokens.regut("helse-vest")
    member = await seat_on_regional_council(registry, "helse-vest", "Vest Lending")
    registered = await registry.appointed(
        interregional, region_seat(member["person"]["id"], "helse-vest", starts_on=START), vest
    )
    responsible = tokens.regut("helse-nord")
    problem = await registry.refused(
        interregional, lambda: withdraw(registry, registered["id"], responsible), 409, "CONFLICT"
    )
    assert "end it instead" in problem["detail"]
    assert (await withdraw(registry, registered["id"], vest)).status_code == 204
    assert await registry.history(interregional) == []


@pytest.mark.parametrize("starts", ["begun, registered today", "not begun"])
async def test_withdrawing_a_leaders_seat_leaves_the_role_vacant_and_tells_regut(
    registry: Registry, nord: str, tokens: Tokens, clean_database: Database, starts: str
) -> None:
    """LEADER-IS-MEMBER, LEADER-NOTIFIED (000 Ledelse og sekretariat): as when the seat is ended, the
    leader's role falls vacant, here from the withdrawn seat's first day, and a `leadership.changed`
    event tells RegUt; the other roles stay."""
    first_day = START if starts == "begun, registered today" else str(today_in_oslo() + timedelta(days=30))
    unn = tokens.trust("unn")
    mistaken = await registry.appointed(nord, hn_seat("unn", "Kari Nordmann", starts_on=first_day), unn)
    deputy_leader = await registry.appointed(
        nord, hn_seat("nordlandssykehuset", "Ola Nordmann"), tokens.trust("nordlandssykehuset")
    )
    leader = mistaken["person"]["id"]
    elected = await registry.elect(
        nord,
        tokens.regut("helse-nord"),
        leader=leader,
        deputy_leader=deputy_leader["person"]["id"],
        effective_on=first_day,
    )
    assert elected.status_code == 200, elected.text
    assert (await withdraw(registry, mistaken["id"], unn)).status_code == 204
    assert await registry.leader_on(nord, first_day) is None
    assert await registry.leader_on(nord, first_day, "deputy_leader") == deputy_leader["person"]["id"]
    assert (await event_types(clean_database))[-2:] == ["representative.withdrawn", "leadership.changed"]
    vacated = (await audit(registry, nord))[0]
    assert vacated["action"] == "leadership.changed"
    assert (vacated["before"]["leader"], vacated["after"]["leader"]) == (leader, None)


async def test_a_regional_seat_that_an_interregional_seat_starting_the_same_day_relies_on_is_not_withdrawn(
    registry: Registry, interregional: str, tokens: Tokens
) -> None:
    """IR-FROM-REGIONAL-COUNCIL (001 Sammensetning): withdrawn, the regional seat would not hold even the
    first day the inter-regional seat needs it on."""
    vest = tokens.regut("helse-vest")
    next_month = str(today_in_oslo() + timedelta(days=30))
    regional_seat = await seat_on_regional_council(
        registry, "helse-vest", "Vest Lending", starts_on=next_month
    )
    registration = region_seat(regional_seat["person"]["id"], "helse-vest", starts_on=next_month)
    await registry.appointed(interregional, registration, vest)
    regional = await registry.council(region="helse-vest")
    problem = await registry.refused(
        regional, lambda: withdraw(registry, regional_seat["id"], vest), 422, "IR-FROM-REGIONAL-COUNCIL"
    )
    assert "pointer" not in problem["errors"][0]


# An HPR number registered to someone else


async def anna(registry: Registry) -> dict[str, Any]:
    """Anna Berg, registered with her HPR number."""
    response = await registry.client.post("/v1/people", json=ANNA, headers=registry.tokens.trust("unn"))
    assert response.status_code == 201, response.text
    return response.json()


SOMEONE_ELSE = {"name": "Berit Hansen", "hpr_number": "1234567"}
"""A new person sent inline with Anna's HPR number, mistyped or copied from the wrong row."""


@pytest.mark.parametrize(
    ("field", "pointer"),
    [("person", "/person/hpr_number"), ("deputy", "/deputy/hpr_number")],
)
async def test_an_appointment_naming_someone_else_by_a_registered_hpr_number_is_refused(
    registry: Registry, nord: str, tokens: Tokens, field: str, pointer: str
) -> None:
    """The HPR number identifies a person: a name that is not theirs is a mistake to correct, not a
    reason to seat the registered person under it."""
    registered = await anna(registry)
    body = hn_seat("nordlandssykehuset", "Ola Nordmann") | {field: SOMEONE_ELSE}
    headers = tokens.trust("nordlandssykehuset")
    problem = await registry.refused(nord, lambda: registry.appoint(nord, body, headers), 409, "CONFLICT")
    assert registered["id"] in problem["detail"]
    assert [error["pointer"] for error in problem["errors"]] == [pointer]


async def test_a_deputy_named_by_someone_elses_registered_hpr_number_is_refused(
    registry: Registry, nord: str, tokens: Tokens
) -> None:
    registered = await anna(registry)
    headers = tokens.trust("nordlandssykehuset")
    ola = await registry.appointed(nord, hn_seat("nordlandssykehuset", "Ola Nordmann"), headers)
    problem = await registry.refused(
        nord, lambda: registry.designate(ola["id"], SOMEONE_ELSE, headers), 409, "CONFLICT"
    )
    assert registered["id"] in problem["detail"]
    assert [error["pointer"] for error in problem["errors"]] == ["/deputy/hpr_number"]


async def test_a_registered_hpr_number_sent_with_the_registered_name_names_that_person(
    registry: Registry, nord: str, tokens: Tokens
) -> None:
    """The name is compared as people type it: case and spacing aside."""
    registered = await anna(registry)
    same_person = {"name": "anna  BERG", "hpr_number": "1234567"}
    body = hn_seat("nordlandssykehuset", "Anna Berg") | {"person": same_person}
    appointed = await registry.appointed(nord, body, tokens.trust("nordlandssykehuset"))
    assert appointed["person"]["id"] == registered["id"]
    assert appointed["person"]["name"] == "Anna Berg"
    people = await registry.client.get("/v1/people", headers=registry.reader)
    assert [p["id"] for p in people.json()["items"]] == [registered["id"]]
