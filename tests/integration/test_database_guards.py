"""The database itself refuses what breaks a rule, whichever dialect is under it."""

import uuid
from datetime import date

import pytest
from sqlalchemy.exc import IntegrityError

from app.storage.database import Database
from app.storage.tables import Council, HealthTrust


def council(specialty: str = "anestesiologi", region: str | None = "helse-nord") -> Council:
    return Council(
        id=uuid.uuid4(),
        kind="regional" if region else "interregional",
        specialty_code=specialty,
        region_code=region,
        name="test",
        established_on=date(2025, 1, 1),
    )


async def test_foreign_keys_are_enforced(clean_database: Database) -> None:
    with pytest.raises(IntegrityError):
        async with clean_database.unit_of_work() as session:
            session.add(council(specialty="no-such-specialty"))


@pytest.mark.parametrize("region", ["helse-nord", None], ids=["regional", "interregional"])
async def test_a_second_council_with_the_same_key_is_refused_by_the_database(
    clean_database: Database, region: str | None
) -> None:
    """COUNCIL-UNIQUE, held even where the domain check is bypassed."""
    async with clean_database.unit_of_work() as session:
        session.add(council(region=region))
    with pytest.raises(IntegrityError):
        async with clean_database.unit_of_work() as session:
            session.add(council(region=region))


async def test_a_region_cannot_get_a_second_regut_host(clean_database: Database) -> None:
    """REGUT-ONE-PER-REGION."""
    async with clean_database.unit_of_work(write=False) as session:
        trust = await session.get(HealthTrust, "nordlandssykehuset")
    assert trust is not None
    trust.hosts_regut = True
    with pytest.raises(IntegrityError):
        async with clean_database.unit_of_work() as session:
            await session.merge(trust)
