"""Migrations alone build the schema, on both dialects, up and down, in step with the models."""

import json
import re
import uuid
from collections.abc import AsyncIterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Boolean, Date, String, TextClause, Uuid, bindparam, inspect, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, create_async_engine
from sqlalchemy.types import TypeEngine
from sqlmodel import SQLModel
from sqlmodel.sql.sqltypes import UTCDateTime

from app.settings import Settings
from app.storage.migrations import alembic_config, downgrade, upgrade


@pytest.fixture
async def scratch_engine(settings: Settings, tmp_path: Path) -> AsyncIterator[AsyncEngine]:
    """An empty database of the dialect under test, apart from the one the other tests use."""
    if settings.is_sqlite:
        engine = create_async_engine(f"sqlite+aiosqlite:///{tmp_path / 'scratch.db'}")
        yield engine
        await engine.dispose()
        return
    schema = f"migration_test_{uuid.uuid4().hex[:8]}"
    engine = create_async_engine(
        settings.database_url, connect_args={"server_settings": {"search_path": schema}}
    )
    async with engine.begin() as connection:
        await connection.execute(text(f"CREATE SCHEMA {schema}"))
    yield engine
    async with engine.begin() as connection:
        await connection.execute(text(f"DROP SCHEMA {schema} CASCADE"))
    await engine.dispose()


async def table_names(connection: AsyncConnection) -> set[str]:
    return set(await connection.run_sync(lambda c: inspect(c).get_table_names())) - {"alembic_version"}


def test_history_has_a_single_head() -> None:
    assert len(ScriptDirectory.from_config(alembic_config()).get_heads()) == 1


async def test_upgrade_to_head_then_down_to_base_then_up_again(scratch_engine: AsyncEngine) -> None:
    expected = {table.name for table in SQLModel.metadata.sorted_tables}
    async with scratch_engine.begin() as connection:
        await upgrade(connection)
        assert await table_names(connection) == expected
    async with scratch_engine.begin() as connection:
        await downgrade(connection)
        assert await table_names(connection) == set()
    async with scratch_engine.begin() as connection:
        await upgrade(connection)
        assert await table_names(connection) == expected


async def test_models_and_migrations_describe_the_same_schema(scratch_engine: AsyncEngine) -> None:
    async with scratch_engine.begin() as connection:
        await upgrade(connection)
        differences = await connection.run_sync(
            lambda c: compare_metadata(
                MigrationContext.configure(c, opts={"compare_type": True}), SQLModel.metadata
            )
        )
    assert differences == []


# --- Existing data keeps working (0008: Helse Nord's governance bodies, migration with defaults) -----

AT = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
COUNCIL_ID, PERSON_ID, REPRESENTATIVE_ID, MEETING_ID = (uuid.uuid4() for _ in range(4))
PARAMETERS: dict[str, tuple[object, TypeEngine[Any]]] = {
    "at": (AT, UTCDateTime()),
    "starts": (AT, UTCDateTime()),
    "ends": (AT + timedelta(hours=2), UTCDateTime()),
    "established": (date(2025, 1, 1), Date()),
    "council": (COUNCIL_ID, Uuid()),
    "person": (PERSON_ID, Uuid()),
    "representative": (REPRESENTATIVE_ID, Uuid()),
    "meeting": (MEETING_ID, Uuid()),
    "yes": (True, Boolean()),
    "no": (False, Boolean()),
}
"""Typed, so that each dialect gets UUIDs, aware timestamps, dates and booleans as it stores them."""

ROWS_OF_0007 = [
    """INSERT INTO region (created_at, updated_at, code, name, regut_name, regut_email)
       VALUES (:at, :at, 'helse-nord', 'Helse Nord RHF', 'RegUt Nord', 'regut@helse-nord.no')""",
    """INSERT INTO health_trust
              (created_at, updated_at, code, region_code, name, org_number, kind, hosts_regut)
       VALUES (:at, :at, 'unn', 'helse-nord', 'Universitetssykehuset Nord-Norge HF', '983974899', 'hf',
               :yes)""",
    """INSERT INTO specialty (created_at, updated_at, code, name_nb, name_en, hospital_based)
       VALUES (:at, :at, 'anestesiologi', 'Anestesiologi', 'Anaesthesiology', :yes)""",
    """INSERT INTO council
              (created_at, updated_at, id, kind, specialty_code, region_code, name, established_on)
       VALUES (:at, :at, :council, 'regional', 'anestesiologi', 'helse-nord',
               'Regionalt utdanningsråd i anestesiologi, Helse Nord', :established)""",
    """INSERT INTO person (created_at, updated_at, id, name) VALUES (:at, :at, :person, 'Anna Andersen')""",
    """INSERT INTO representative (created_at, updated_at, id, council_id, person_id, seat, trust_code,
                                   starts_on, specialist_in_specialty, senior_consultant, trainee,
                                   education_roles)
       VALUES (:at, :at, :representative, :council, :person, 'member', 'unn', :established, :yes, :no, :no,
               '["education_responsible_consultant"]')""",
    """INSERT INTO meeting (created_at, updated_at, id, council_id, starts_at, ends_at, format, regut_invited,
                            convener, agenda, sequence, guests)
       VALUES (:at, :at, :meeting, :council, :starts, :ends, 'physical', :no, 'leader', '[]', 0, '[]')""",
]
"""One row of each kind as revision 0007's schema has them; JSON as a literal, text both dialects take."""


def typed(statement: str) -> TextClause:
    """`statement` with the PARAMETERS it names bound."""
    return text(statement).bindparams(
        *(
            bindparam(name, value, type_=type_)
            for name, (value, type_) in PARAMETERS.items()
            if re.search(rf":{name}\b", statement)
        )
    )


def as_json(value: object) -> object:
    """A JSON column read back: SQLite gives its text, and so does PostgreSQL's JSONB through asyncpg."""
    return json.loads(value) if isinstance(value, str) else value


def body_row(council_id: uuid.UUID, kind: str, specialty: str | None) -> TextClause:
    return text(
        """INSERT INTO council (created_at, updated_at, id, kind, specialty_code, region_code, name,
                               established_on)
           VALUES (:at, :at, :id, :kind, :specialty, 'helse-nord', :name, :established)"""
    ).bindparams(
        bindparam("at", AT, type_=UTCDateTime()),
        bindparam("id", council_id, type_=Uuid()),
        bindparam("kind", kind, type_=String()),
        bindparam("specialty", specialty, type_=String()),
        bindparam("name", f"{kind} {council_id}", type_=String()),
        bindparam("established", date(2026, 1, 1), type_=Date()),
    )


async def test_rows_of_0007_keep_working_with_defaults_after_the_governance_migration(
    scratch_engine: AsyncEngine,
) -> None:
    """Existing data keeps working (migration with defaults): after 0008 a stored representative has no
    competences declared, no role and no share of a position; a stored meeting invites no body; a region's
    RegUt has no national functions yet; the council is as it was. The new schema then holds one
    governance body of a kind per region (`uq_council_body`, COUNCIL-UNIQUE) and still no regional council
    without a specialty (`ck_council_specialty_iff_council`)."""
    council = text("SELECT * FROM council WHERE name LIKE 'Regionalt%'")
    async with scratch_engine.begin() as connection:
        await upgrade(connection, "0007")
        for statement in ROWS_OF_0007:
            await connection.execute(typed(statement))
        council_before = dict((await connection.execute(council)).mappings().one())

    async with scratch_engine.begin() as connection:
        await upgrade(connection)
        seat = text("SELECT competences, role, position_share, education_roles FROM representative")
        representative = (await connection.execute(seat)).mappings().one()
        invited = (await connection.execute(text("SELECT invited_councils FROM meeting"))).scalar_one()
        functions = (
            await connection.execute(text("SELECT regut_national_functions FROM region"))
        ).scalar_one()
        council_after = dict((await connection.execute(council)).mappings().one())
    assert as_json(representative["competences"]) == []
    assert (representative["role"], representative["position_share"]) == (None, None)
    assert as_json(representative["education_roles"]) == ["education_responsible_consultant"]
    assert as_json(invited) == []
    assert as_json(functions) == []
    assert council_after == council_before

    async with scratch_engine.begin() as connection:
        await connection.execute(body_row(uuid.uuid4(), "strategic_council", None))
        await connection.execute(body_row(uuid.uuid4(), "working_committee", None))
    with pytest.raises(IntegrityError) as second:
        async with scratch_engine.begin() as connection:
            await connection.execute(body_row(uuid.uuid4(), "strategic_council", None))
    message = str(second.value.orig)
    assert "uq_council_body" in message or "council.kind, council.region_code" in message, message
    for kind, specialty in (("regional", None), ("strategic_council", "anestesiologi")):
        with pytest.raises(IntegrityError) as unchecked:
            async with scratch_engine.begin() as connection:
                await connection.execute(body_row(uuid.uuid4(), kind, specialty))
        assert "ck_council_specialty_iff_council" in str(unchecked.value.orig), kind
