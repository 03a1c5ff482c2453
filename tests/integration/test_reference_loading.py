"""Loading the reference data is idempotent and updates in place."""

from datetime import UTC, date, datetime

from sqlalchemy import func, select

from app.bootstrap import load_reference
from app.storage.database import Database
from app.storage.repository import Repository
from app.storage.tables import CoordinatingPeriod, Council, HealthTrust, Region, Specialty


async def row_counts(database: Database) -> dict[str, int]:
    async with database.unit_of_work(write=False) as session:
        return {
            table.__name__: await session.scalar(select(func.count()).select_from(table)) or 0
            for table in (Region, HealthTrust, Specialty, CoordinatingPeriod)
        }


async def test_loading_twice_changes_nothing(clean_database: Database) -> None:
    before = await row_counts(clean_database)
    report = await load_reference(clean_database)
    assert (report.inserted, report.updated) == ({}, {})
    assert (
        await row_counts(clean_database)
        == before
        == {
            "Region": 4,
            "HealthTrust": 27,
            "Specialty": 46,
            "CoordinatingPeriod": 2,
        }
    )


async def test_a_changed_name_is_updated_not_duplicated(clean_database: Database) -> None:
    async with clean_database.unit_of_work() as session:
        trust = await session.get(HealthTrust, "unn")
        assert trust is not None
        trust.name = "an outdated name"
    report = await load_reference(clean_database)
    assert report.updated == {"health_trusts": 1}
    async with clean_database.unit_of_work(write=False) as session:
        trust = await session.get(HealthTrust, "unn")
        assert trust is not None
        assert trust.name == "Universitetssykehuset Nord-Norge HF"
    assert (await row_counts(clean_database))["HealthTrust"] == 27


async def test_an_administrators_correction_survives_a_reload(clean_database: Database) -> None:
    async with clean_database.unit_of_work() as session:
        region = await session.get(Region, "helse-vest")
        assert region is not None
        region.regut_email = "regut@helse-bergen.no"
        region.corrected_at = datetime.now(UTC)
    report = await load_reference(clean_database)
    assert report.kept_corrected == {"regions": 1}
    async with clean_database.unit_of_work(write=False) as session:
        region = await session.get(Region, "helse-vest")
        assert region is not None
        assert region.regut_email == "regut@helse-bergen.no"


async def test_a_trust_added_or_removed_in_a_transaction_is_seen_by_its_later_lookups(
    clean_database: Database,
) -> None:
    """The repository reads the trusts once per transaction; one added or removed after that read is
    not missed (a trust moved in the same load would otherwise look unknown)."""
    async with clean_database.unit_of_work() as session:
        repo = Repository(session)
        assert await repo.health_trust("ny-trust") is None
        trust = HealthTrust(
            code="ny-trust", region_code="helse-nord", name="Ny", org_number="999888777", kind="hf"
        )
        repo.add(trust)
        await repo.flush()
        assert await repo.health_trust("ny-trust") is trust
        assert await repo.health_trust_by_org_number("999888777") is trust
        await repo.delete(trust)
        await repo.flush()
        assert await repo.health_trust("ny-trust") is None
        assert "ny-trust" not in [t.code for t in await repo.all_health_trusts()]


async def test_a_specialty_changed_after_its_council_was_read_names_its_new_responsible_region(
    clean_database: Database,
) -> None:
    """SPECIALTY-RESPONSIBLE-REGUT: the responsible region is read with the council, once per
    transaction; a change to the specialty later in the same transaction, flushed or not, is not
    missed."""
    async with clean_database.unit_of_work() as session:
        repo = Repository(session)
        council = Council(
            kind="regional",
            specialty_code="akutt-og-mottaksmedisin",
            region_code="helse-nord",
            name="RFU akutt- og mottaksmedisin, Helse Nord",
            established_on=date(2020, 1, 1),
        )
        repo.add(council)
        await repo.flush()
        session.expunge(council)
        read = await repo.council(council.id)
        assert read is not None
        assert await repo.responsible_region_of("akutt-og-mottaksmedisin") == "helse-sor-ost"
        specialty = await repo.specialty("akutt-og-mottaksmedisin")
        assert specialty is not None
        specialty.responsible_region_code = "helse-vest"
        assert await repo.responsible_region_of("akutt-og-mottaksmedisin") == "helse-vest"
        await repo.flush()
        assert await repo.responsible_region_of("akutt-og-mottaksmedisin") == "helse-vest"
