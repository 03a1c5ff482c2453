"""Erasure (GDPR art. 17) leaves no copy of a person's contact data or HPR number anywhere the service
keeps one; restriction (art. 18) keeps them and shows them to no one but in the person's record."""

import json
import uuid
from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy import select
from sqlmodel import SQLModel

from app.storage.database import Database
from app.storage.tables import AuditEntry, DataImport, Person
from tests.api.test_meetings import SUMMARY_MEETING
from tests.api.test_proposals import PROPOSAL
from tests.api.test_seat_walkthroughs import SPECIALIST, Registry, seat
from tests.tokens import Tokens

ANNA = {
    "name": "Anna Berg",
    "title": "overlege",
    "hpr_number": "9876543",
    "email": "anna.berg@unn.no",
    "phone": "+47 776 26 000",
    "publish_email": True,
}
OLD_EMAIL = "anna.berg.gammel@unn.no"
"""Her e-mail before she corrected it: a value the person row no longer holds, but the audit did."""
ERASED_VALUES = (ANNA["hpr_number"], ANNA["email"], ANNA["phone"], OLD_EMAIL)


async def every_stored_text(database: Database) -> list[tuple[str, str]]:
    """(table, text) of every value of every column of every table, JSON documents as their text."""
    found: list[tuple[str, str]] = []
    async with database.unit_of_work(write=False) as session:
        for table in SQLModel.metadata.sorted_tables:
            for row in (await session.execute(select(table))).all():
                for value in row:
                    if value is None:
                        continue
                    text = value if isinstance(value, str) else json.dumps(value, default=str)
                    found.append((table.name, text))
    return found


def copies(texts: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(where, value) for where, text in texts for value in ERASED_VALUES if value in text]


async def a_person_with_a_history(
    registry: Registry, client: httpx.AsyncClient, tokens: Tokens, nord: str
) -> tuple[str, str, httpx.Response]:
    """Anna: appointed with an Idempotency-Key, her e-mail corrected, attending a meeting, raising a
    proposal by name. Returns her id, her seat's id and the appointment's answer."""
    unn = tokens.trust("unn")
    person = ANNA | {"email": OLD_EMAIL}
    body = seat(person, trust="unn", starts_on="2025-01-01", qualifications=SPECIALIST)
    appointed = await client.post(
        f"/v1/councils/{nord}/representatives", json=body, headers=unn | {"Idempotency-Key": "anna-1"}
    )
    assert appointed.status_code == 201, appointed.text
    person_id, seat_id = appointed.json()["person"]["id"], appointed.json()["id"]
    etag = (await client.get(f"/v1/people/{person_id}", headers=unn)).headers["etag"]
    corrected = await client.patch(
        f"/v1/people/{person_id}", json={"email": ANNA["email"]}, headers=unn | {"If-Match": etag}
    )
    assert corrected.status_code == 200, corrected.text
    regut = tokens.regut("helse-nord")
    meeting = await client.post(f"/v1/councils/{nord}/meetings", json=SUMMARY_MEETING, headers=regut)
    assert meeting.status_code == 201, meeting.text
    meeting_url = f"/v1/meetings/{meeting.json()['id']}"
    etag = (await client.get(meeting_url, headers=regut)).headers["etag"]
    attendance = {"entries": [{"representative": seat_id, "status": "present"}], "regut_present": True}
    recorded = await client.put(
        f"{meeting_url}/attendance", json=attendance, headers=regut | {"If-Match": etag}
    )
    assert recorded.status_code == 200, recorded.text
    raised = await client.post(
        "/v1/proposals", json=PROPOSAL | {"raised_by": {"kind": "person", "name": "Anna Berg"}}, headers=unn
    )
    assert raised.status_code == 201, raised.text
    return person_id, seat_id, appointed


async def test_an_erased_persons_contact_data_and_hpr_number_are_in_no_table_event_stored_answer_or_record(
    client: httpx.AsyncClient,
    application: FastAPI,
    registry: Registry,
    tokens: Tokens,
    nord: str,
    clean_database: Database,
) -> None:
    """Erasure: the person row, the audit's documents, the feed's events, stored Idempotency-Key answers,
    kept anonymous answers and the disclosures hold none of the erased values afterwards; a search of
    every column of every table finds none. Name, title and seats stay."""
    person_id, seat_id, appointed = await a_person_with_a_history(registry, client, tokens, nord)
    # The public reads her published e-mail, and that answer is kept (a snapshot).
    public = await client.get(f"/v1/councils/{nord}/representatives")
    assert ANNA["email"] in public.text
    readers = [tokens.bearer("read", subject="lis-website-backend"), tokens.trust("unn"), tokens.admin()]
    for reader in readers:
        for url in (
            f"/v1/people/{person_id}",
            f"/v1/representatives/{seat_id}",
            f"/v1/people/{person_id}/record",
        ):
            await client.get(url, headers=reader)
    # A refused import's report quotes the cells of its file, her HPR number and e-mail among them.
    async with clean_database.unit_of_work() as session:
        session.add(
            DataImport(
                principal_kind="regut",
                principal_subject="regut-nord",
                media_type="text/csv",
                file_sha256="0" * 64,
                file_bytes=1,
                commit=False,
                state="refused",
                report={
                    "problems": [{"message": f"{ANNA['hpr_number']} ({ANNA['email']}) is someone else's"}]
                },
            )
        )
    await application.state.disclosures.flush()
    assert copies(await every_stored_text(clean_database)), "the test must start with copies to erase"

    erased = await client.post(
        f"/v1/people/{person_id}/erasure",
        json={"reason": "Anmodning fra personen, sak 2026/17"},
        headers=tokens.admin(),
    )

    assert erased.status_code == 200, erased.text
    assert erased.json()["fields"] == ["email", "phone", "hpr_number"]
    assert erased.json()["copies_removed"] > 0
    await application.state.disclosures.flush()
    assert copies(await every_stored_text(clean_database)) == []
    feed = await client.get("/v1/events", params={"limit": 500}, headers=tokens.admin())
    assert feed.status_code == 200
    assert [v for v in ERASED_VALUES if v in feed.text] == []
    retried = await client.post(
        f"/v1/councils/{nord}/representatives",
        content=appointed.request.content,
        headers=dict(appointed.request.headers),
    )
    assert retried.headers.get("idempotency-replayed") == "true"
    assert [v for v in ERASED_VALUES if v in retried.text] == []
    after = await client.get(f"/v1/councils/{nord}/representatives")
    assert after.status_code == 200
    assert ANNA["email"] not in after.text
    record = await client.get(f"/v1/people/{person_id}/record", headers=tokens.admin())
    assert record.status_code == 200, record.text
    assert [v for v in ERASED_VALUES if v in record.text] == []
    # What stays: the name, the title, the seat and her attendance; the audit says who erased and why.
    document = record.json()
    assert (document["person"]["name"], document["person"]["title"]) == ("Anna Berg", "overlege")
    assert [s["id"] for s in document["seats"]] == [seat_id]
    assert len(document["attendance"]) == 1
    assert len(document["proposals"]) == 1
    assert document["state"]["erased_at"] is not None
    erasure = next(e for e in document["audit"] if e["action"] == "person.erased")
    assert erasure["principal"]["subject"] == "national-admin"
    assert erasure["after"] == {
        "reason": "Anmodning fra personen, sak 2026/17",
        "fields": ["email", "phone", "hpr_number"],
    }


async def test_only_an_administrator_erases_and_a_refused_erasure_changes_nothing(
    client: httpx.AsyncClient, registry: Registry, tokens: Tokens, nord: str, clean_database: Database
) -> None:
    """Erasure is an administrator's: a RegUt or a trust is refused (403, FORBIDDEN) and the person's
    data and the audit stay as they were; an erasure without a reason is refused naming the field."""
    person_id, _, _ = await a_person_with_a_history(registry, client, tokens, nord)
    url = f"/v1/people/{person_id}/erasure"
    async with clean_database.unit_of_work(write=False) as session:
        audit_before = len((await session.scalars(select(AuditEntry))).all())

    for caller in (tokens.regut("helse-nord"), tokens.trust("unn")):
        refused = await client.post(url, json={"reason": "ønsket"}, headers=caller)
        assert (refused.status_code, refused.json()["rule"]) == (403, "FORBIDDEN")
    missing = await client.post(url, json={}, headers=tokens.admin())
    assert missing.status_code == 422
    assert missing.json()["errors"][0]["pointer"] == "/reason"
    unknown = await client.post(
        "/v1/people/5f0c7a8e-3b1d-4c2a-9e6f-1a2b3c4d5e6f/erasure",
        json={"reason": "x"},
        headers=tokens.admin(),
    )
    assert unknown.status_code == 404

    async with clean_database.unit_of_work(write=False) as session:
        person = await session.get(Person, uuid.UUID(person_id))
        assert person is not None
        assert (person.email, person.erased_at) == (ANNA["email"], None)
        assert len((await session.scalars(select(AuditEntry))).all()) == audit_before


async def test_restricted_data_is_shown_to_no_one_but_in_the_record_until_the_restriction_is_lifted(
    client: httpx.AsyncClient, registry: Registry, tokens: Tokens, nord: str
) -> None:
    """Restriction (GDPR art. 18): the contact data and HPR number are kept but every reader, an
    administrator included, sees them as null, except in the person's record; lifting shows them again."""
    person_id, seat_id, _ = await a_person_with_a_history(registry, client, tokens, nord)
    admin = tokens.admin()
    restricted = await client.post(
        f"/v1/people/{person_id}/restriction", json={"reason": "Bestrider opplysningene"}, headers=admin
    )
    assert restricted.status_code == 200, restricted.text
    again = await client.post(f"/v1/people/{person_id}/restriction", json={"reason": "igjen"}, headers=admin)
    assert again.status_code == 409

    def contact(person: dict[str, Any]) -> tuple[Any, ...]:
        return person["email"], person["phone"], person["hpr_number"]

    for reader in (admin, tokens.trust("unn")):
        assert contact((await client.get(f"/v1/people/{person_id}", headers=reader)).json()) == (
            None,
            None,
            None,
        )
        shown = (await client.get(f"/v1/representatives/{seat_id}", headers=reader)).json()
        assert contact(shown["person"]) == (None, None, None)
    assert ANNA["email"] not in (await client.get(f"/v1/councils/{nord}/representatives")).text
    for directory in ("/v1/directory", "/v1/directory.csv"):
        answer = await client.get(directory)
        assert answer.status_code == 200, directory
        assert ANNA["email"].encode() not in answer.content, directory
    record = (await client.get(f"/v1/people/{person_id}/record", headers=admin)).json()
    assert contact(record["person"]) == (ANNA["email"], ANNA["phone"], ANNA["hpr_number"])
    assert record["state"]["restricted_at"] is not None

    etag = (await client.get(f"/v1/people/{person_id}", headers=admin)).headers["etag"]
    lifted = await client.delete(f"/v1/people/{person_id}/restriction", headers=admin | {"If-Match": etag})
    assert lifted.status_code == 200, lifted.text
    shown_again = (await client.get(f"/v1/people/{person_id}", headers=admin)).json()
    assert contact(shown_again) == (ANNA["email"], ANNA["phone"], ANNA["hpr_number"])
