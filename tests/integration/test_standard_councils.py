"""The national structure of councils, established idempotently."""

from sqlalchemy import func, select

from app.bootstrap import establish_councils
from app.storage.database import Database
from app.storage.repository import Repository
from app.storage.tables import Council


async def test_every_hospital_specialty_gets_four_regional_and_one_interregional_council(
    clean_database: Database,
) -> None:
    """The start-up structure, and Helse Nord's three governance bodies (seed 004 §2, §3)."""
    assert await establish_councils(clean_database) == 44 * 5 + 3
    async with clean_database.unit_of_work(write=False) as session:
        result = await session.execute(select(Council.kind, func.count()).group_by(Council.kind))
        kinds = {kind: count for kind, count in result.all()}
        general_practice = await session.scalar(
            select(func.count()).select_from(Council).where(Council.specialty_code == "allmennmedisin")
        )
    assert kinds == {
        "regional": 176,
        "interregional": 44,
        "strategic_council": 1,
        "working_committee": 1,
        "education_forum": 1,
    }
    assert general_practice == 0


async def test_establishing_again_adds_nothing(clean_database: Database) -> None:
    await establish_councils(clean_database)
    assert await establish_councils(clean_database) == 0


async def test_regional_councils_are_appointed_to_by_the_regions_public_health_trusts(
    clean_database: Database,
) -> None:
    await establish_councils(clean_database)
    async with clean_database.unit_of_work(write=False) as session:
        council_id = await session.scalar(
            select(Council.id).where(Council.region_code == "helse-vest", Council.specialty_code == "urologi")
        )
        assert council_id is not None
        trusts = await Repository(session).appointing_trusts(council_id)
    assert [t.code for t in trusts] == ["helse-bergen", "helse-fonna", "helse-forde", "helse-stavanger"]
