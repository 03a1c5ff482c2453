"""Counting rules under concurrency (MANDATE.md, Seats and terms): simultaneous appointments to one
council end with the rule intact, and every loser is told which rule it lost to."""

import asyncio
import uuid
from datetime import date

import httpx
import pytest
from sqlalchemy.exc import IntegrityError

from app.bootstrap import establish_councils
from app.storage.database import Database
from app.storage.tables import Council, HealthTrust, Person, Representative
from tests.tokens import Tokens

SPECIALIST = {"specialist_in_specialty": True}
HELSE_NORD_HF = ["unn", "nordlandssykehuset", "helgelandssykehuset", "finnmarkssykehuset"]


async def council_id(client: httpx.AsyncClient, **params: str) -> str:
    return (await client.get("/v1/councils", params=params | {"specialty": "anestesiologi"})).json()["items"][
        0
    ]["id"]


def appointment(trust: str, name: str) -> dict[str, object]:
    return {
        "person": {"name": name},
        "trust": trust,
        "starts_on": "2026-01-01",
        "qualifications": SPECIALIST,
    }


async def seats_of(client: httpx.AsyncClient, council: str, tokens: Tokens) -> list[dict[str, object]]:
    url = f"/v1/councils/{council}/representatives"
    return (await client.get(url, params={"include_ended": "true"}, headers=tokens.admin())).json()["items"]


def losers(responses: list[httpx.Response]) -> set[str]:
    return {r.json()["rule"] for r in responses if r.status_code == 409}


async def test_one_trust_posting_twenty_appointments_at_once_gets_one_seat(
    client: httpx.AsyncClient, tokens: Tokens, clean_database: Database
) -> None:
    """ONE-PER-TRUST under concurrency (000 §2.2: Hvert foretak oppnevner et medlem)."""
    await establish_councils(clean_database)
    council = await council_id(client, region="helse-nord")
    url = f"/v1/councils/{council}/representatives"
    responses = await asyncio.gather(
        *(
            client.post(url, json=appointment("unn", f"Candidate {n}"), headers=tokens.trust("unn"))
            for n in range(20)
        )
    )
    assert sorted(r.status_code for r in responses) == [201] + [409] * 19
    assert losers(responses) == {"ONE-PER-TRUST"}
    assert [s["trust"] for s in await seats_of(client, council, tokens)] == ["unn"]


async def test_two_trusts_racing_for_the_last_helse_nord_seat_leave_four(
    client: httpx.AsyncClient, tokens: Tokens, clean_database: Database
) -> None:
    """HN-MAX-FOUR under concurrency (000 §2.2: Inntil fire spesialister): with three seats taken,
    twenty requests from two more trusts end with exactly one more seat."""
    await establish_councils(clean_database)
    council = await council_id(client, region="helse-nord")
    async with clean_database.unit_of_work() as session:
        for code, org in (("test-nord-a", "900000001"), ("test-nord-b", "900000002")):
            session.add(
                HealthTrust(code=code, region_code="helse-nord", name=code, org_number=org, kind="private")
            )
    trusts_url = f"/v1/councils/{council}/appointing-trusts"
    etag = (await client.get(trusts_url)).headers["etag"]
    every_trust = [*HELSE_NORD_HF, "test-nord-a", "test-nord-b"]
    put = await client.put(
        trusts_url, json={"trusts": every_trust}, headers=tokens.admin() | {"If-Match": etag}
    )
    assert put.status_code == 200
    url = f"/v1/councils/{council}/representatives"
    regut = tokens.regut("helse-nord")
    for trust in HELSE_NORD_HF[:3]:
        assert (await client.post(url, json=appointment(trust, trust), headers=regut)).status_code == 201
    racers = [appointment("test-nord-a" if n % 2 else "test-nord-b", f"Racer {n}") for n in range(20)]
    responses = await asyncio.gather(*(client.post(url, json=body, headers=regut) for body in racers))
    assert sorted(r.status_code for r in responses) == [201] + [409] * 19
    assert "HN-MAX-FOUR" in losers(responses) <= {"HN-MAX-FOUR", "ONE-PER-TRUST"}
    seats = await seats_of(client, council, tokens)
    assert len(seats) == len({s["trust"] for s in seats}) == 4


async def test_twenty_registrations_of_one_regions_interregional_seat_give_one(
    client: httpx.AsyncClient, tokens: Tokens, clean_database: Database
) -> None:
    """IR-ONE-PER-REGION under concurrency (001 Sammensetning): four members of Helse Nord's regional
    council are each registered five times at once; one registration wins."""
    await establish_councils(clean_database)
    regional = await council_id(client, region="helse-nord")
    interregional = await council_id(client, kind="interregional")
    regut = tokens.regut("helse-nord")
    members = []
    for trust in HELSE_NORD_HF:
        url = f"/v1/councils/{regional}/representatives"
        created = await client.post(url, json=appointment(trust, trust), headers=regut)
        members.append(created.json()["person"]["id"])
    registration = {"region": "helse-nord", "starts_on": "2026-01-01", "qualifications": SPECIALIST}
    url = f"/v1/councils/{interregional}/representatives"
    responses = await asyncio.gather(
        *(client.post(url, json=registration | {"person": {"id": p}}, headers=regut) for p in members * 5)
    )
    assert sorted(r.status_code for r in responses) == [201] + [409] * 19
    assert losers(responses) <= {"IR-ONE-PER-REGION", "SEAT-NO-OVERLAP"}
    assert len(await seats_of(client, interregional, tokens)) == 1


async def trainee_seat_of_term(database: Database, starts_on: date, ends_on: date) -> Representative:
    """A seat stored past every check of the application, as a code path that forgot them would."""
    async with database.unit_of_work() as session:
        council = Council(
            kind="interregional", specialty_code="urologi", name="x", established_on=date(2025, 1, 1)
        )
        person = Person(name="x")
        session.add_all([council, person])
    return Representative(
        id=uuid.uuid4(),
        council_id=council.id,
        person_id=person.id,
        seat="trainee",
        starts_on=starts_on,
        ends_on=ends_on,
    )


async def test_the_database_refuses_a_term_that_ends_before_it_starts(clean_database: Database) -> None:
    """TERM-ORDER is also a check constraint: no code path can store a reversed term."""
    reversed_term = await trainee_seat_of_term(clean_database, date(2026, 1, 1), date(2025, 12, 31))
    with pytest.raises(IntegrityError):
        async with clean_database.unit_of_work() as session:
            session.add(reversed_term)


async def test_the_database_stores_a_term_that_ends_on_its_first_day(clean_database: Database) -> None:
    """TERM-ORDER's check constraint counts both days, as the rule does: a one-day term is stored."""
    one_day = await trainee_seat_of_term(clean_database, date(2026, 1, 1), date(2026, 1, 1))
    async with clean_database.unit_of_work() as session:
        session.add(one_day)
    async with clean_database.unit_of_work(write=False) as session:
        stored = await session.get(Representative, one_day.id)
        assert stored is not None
        assert (stored.starts_on, stored.ends_on) == (date(2026, 1, 1), date(2026, 1, 1))
