"""The retention run removes exactly what the settings say, changes nothing when run again, and does
its work once when two workers run it at the same moment (on PostgreSQL the maintenance lock; on
SQLite the write lock)."""

import asyncio
import uuid
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from app.bootstrap import establish_councils
from app.clock import date_in_oslo
from app.domain.privacy import years_before
from app.edge.maintenance import DailyRetention
from app.services.retention import run_retention
from app.settings import Settings
from app.storage.database import Database, utcnow
from app.storage.tables import (
    AuditEntry,
    Council,
    Disclosure,
    IdempotencyRecord,
    Person,
    Representative,
    SpentProof,
)

NOW = utcnow()
TODAY = date_in_oslo(NOW)
KEPT_TWO_YEARS = {"retention_contact_years": 2}
EXPECTED = {"contact_data": 3, "idempotency_responses": 1, "disclosures": 1, "dpop_proofs": 1}
"""With contact data kept two years: those who left 3 and 10 years ago and the one registered 10 years
ago and never seated; the answer stored two days ago; the disclosure from 800 days ago; the DPoP proof
that expired a minute ago."""


async def a_registry_with_former_members(database: Database) -> dict[str, uuid.UUID]:
    await establish_councils(database)
    people: dict[str, uuid.UUID] = {}
    async with database.unit_of_work() as session:
        council = (
            await session.scalars(
                select(Council).where(Council.kind == "regional", Council.region_code == "helse-nord")
            )
        ).first()
        assert council is not None
        for label, ended in (
            ("left 1 year ago", years_before(TODAY, 1)),
            ("left 3 years ago", years_before(TODAY, 3)),
            ("left 10 years ago", years_before(TODAY, 10)),
            ("sitting since 2010", None),
        ):
            person = Person(
                name=label,
                email=f"{len(people)}@unn.no",
                phone="+47 900 00 000",
                hpr_number=f"90000{len(people)}",
            )
            session.add(person)
            await session.flush()
            session.add(
                Representative(
                    council_id=council.id,
                    person_id=person.id,
                    seat="member",
                    trust_code="unn",
                    starts_on=years_before(ended or TODAY, 12),
                    ends_on=ended,
                )
            )
            people[label] = person.id
        never_seated = Person(
            name="registered 10 years ago", email="x@unn.no", created_at=NOW - timedelta(days=3660)
        )
        session.add(never_seated)
        people["registered 10 years ago"] = never_seated.id
        for age, key in ((timedelta(hours=48), "old"), (timedelta(minutes=5), "new")):
            session.add(
                IdempotencyRecord(
                    principal_key="admin:-:x",
                    key=key,
                    fingerprint="f",
                    status_code=201,
                    body="{}",
                    created_at=NOW - age,
                )
            )
        for age in (timedelta(days=800), timedelta(days=1)):
            session.add(
                Disclosure(
                    occurred_at=NOW - age,
                    person_id=people["left 1 year ago"],
                    subject=str(people["left 1 year ago"]),
                    fields_shown=["phone"],
                    principal_kind="read",
                    method="GET",
                    path="/v1/people/x",
                    status=200,
                    request_id="r",
                )
            )
        for expiry, proof_id in ((NOW - timedelta(minutes=1), "spent"), (NOW + timedelta(minutes=1), "live")):
            session.add(SpentProof(proof_id=proof_id, expires_at=expiry))
    return people


async def contact_data(database: Database) -> dict[uuid.UUID, tuple[str | None, bool]]:
    async with database.unit_of_work(write=False) as session:
        return {
            p.id: (p.email, p.erased_at is not None) for p in (await session.scalars(select(Person))).all()
        }


async def counts(database: Database) -> tuple[int, int, int, int]:
    async with database.unit_of_work(write=False) as session:
        return (
            int(await session.scalar(select(func.count()).select_from(IdempotencyRecord)) or 0),
            int(await session.scalar(select(func.count()).select_from(Disclosure)) or 0),
            int(await session.scalar(select(func.count()).where(AuditEntry.action == "person.erased")) or 0),
            int(await session.scalar(select(func.count()).select_from(SpentProof)) or 0),
        )


async def test_the_retention_run_removes_exactly_what_the_settings_say_and_twice_changes_nothing(
    clean_database: Database, settings: Settings
) -> None:
    people = await a_registry_with_former_members(clean_database)
    kept_two_years = settings.model_copy(update=KEPT_TWO_YEARS)
    before = await contact_data(clean_database)

    dry = await run_retention(clean_database, kept_two_years, apply=False, now=NOW)

    assert dry.removed == EXPECTED
    assert await contact_data(clean_database) == before
    assert await counts(clean_database) == (2, 2, 0, 2)

    applied = await run_retention(clean_database, kept_two_years, apply=True, now=NOW)

    assert applied.removed == EXPECTED
    data = await contact_data(clean_database)
    erased = {label for label, person in people.items() if data[person] == (None, True)}
    assert erased == {"left 3 years ago", "left 10 years ago", "registered 10 years ago"}
    assert data[people["left 1 year ago"]][0] is not None
    assert data[people["sitting since 2010"]][0] is not None
    assert await counts(clean_database) == (1, 1, 3, 1)

    again = await run_retention(clean_database, kept_two_years, apply=True, now=NOW)
    assert again.removed == {name: 0 for name in EXPECTED}
    assert await contact_data(clean_database) == data
    assert await counts(clean_database) == (1, 1, 3, 1)


async def test_two_workers_running_it_at_once_do_it_once_and_the_daily_run_skips_what_ran_today(
    clean_database: Database, settings: Settings
) -> None:
    await a_registry_with_former_members(clean_database)
    kept_two_years = settings.model_copy(update=KEPT_TWO_YEARS)
    workers = [Database(kept_two_years), Database(kept_two_years)]
    try:
        reports = await asyncio.gather(
            *(run_retention(worker, kept_two_years, apply=True, now=NOW) for worker in workers)
        )
    finally:
        for worker in workers:
            await worker.dispose()

    for task, expected in EXPECTED.items():
        assert sum(report.removed.get(task, 0) for report in reports) == expected, task
    assert await counts(clean_database) == (1, 1, 3, 1)  # one erasure each, not two
    daily = await run_retention(clean_database, kept_two_years, apply=True, scheduled=True, now=NOW)
    assert (daily.removed, set(daily.skipped)) == ({}, set(EXPECTED))


async def test_the_daily_run_inside_the_service_survives_a_database_that_cannot_serve(
    settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    """The service goes on serving when its daily run fails; the next wake tries again."""
    unreachable = settings.model_copy(
        update={"database_url": "postgresql+asyncpg://registry@127.0.0.1:1/registry", "db_pool_timeout": 1}
    )
    database = Database(unreachable)
    try:
        await DailyRetention(database, unreachable).run_once()
    finally:
        await database.dispose()
    assert "the retention run failed" in caplog.text
