"""The compliance findings and the change feed are built once per version of the data and kept
(app/edge/kept.py): the answer from memory must be exactly the one built from scratch, and must move with
every write and with every meeting that begins."""

import uuid
from datetime import UTC, date, datetime, timedelta
from typing import Any

import httpx
import pytest

from app.clock import today_in_oslo
from app.contract.events import EventType
from app.domain.compliance import Status
from app.services import compliance, councils
from app.services import seats as seats_service
from app.services.compliance import Snapshot, unchanged_until
from app.storage.database import Database
from app.storage.repository import Repository
from app.storage.tables import Meeting
from tests.api.test_meetings import SUMMARY_MEETING, YEAR, Meetings
from tests.api.test_seat_walkthroughs import HELSE_NORD_HF, Registry, hn_seat
from tests.conftest import StatementCounter
from tests.tokens import Tokens

SEAT_TABLE = "FROM representative"


@pytest.fixture
def meetings(client: httpx.AsyncClient, tokens: Tokens) -> Meetings:
    return Meetings(client, tokens)


async def from_scratch(database: Database, **params: Any) -> dict[str, Any]:
    """What the service computes for the overview without anything kept."""
    today = today_in_oslo()
    year = params.get("year", today.year)
    on = date(year, 12, 31) if year < today.year else today
    async with database.unit_of_work(write=False) as session:
        overview = await compliance.national_compliance(
            Repository(session),
            region=params.get("region"),
            kind=None,
            status=params.get("status"),
            on=on,
            year=year,
            now=datetime.now(UTC),
        )
    return overview.model_dump(mode="json")


async def test_the_kept_overview_is_the_one_built_from_scratch_and_moves_with_every_write(
    registry: Registry,
    meetings: Meetings,
    nord: str,
    tokens: Tokens,
    clean_database: Database,
    count_statements: StatementCounter,
) -> None:
    """HN-HALF-YEARLY and the composition rules, read from memory after the first answer: the same JSON
    as a from-scratch computation, before and after a write changes a finding."""
    regut = tokens.regut("helse-nord")
    for trust in HELSE_NORD_HF:
        await registry.appointed(
            nord, hn_seat(trust, f"Spesialist {trust}", starts_on="2025-01-01"), tokens.trust(trust)
        )
    params = {"year": int(YEAR)}

    first = await meetings.client.get("/v1/compliance", params=params, headers=regut)
    assert first.status_code == 200, first.text
    assert first.json() == await from_scratch(clean_database, **params)

    count_statements.statements.clear()
    again = await meetings.client.get("/v1/compliance", params=params, headers=tokens.admin())
    assert again.status_code == 200
    assert again.content == first.content
    assert again.headers["etag"] == first.headers["etag"]
    assert not [s for s in count_statements.statements if SEAT_TABLE in s], "answered from memory"
    revalidated = await meetings.client.get(
        "/v1/compliance", params=params, headers=regut | {"If-None-Match": first.headers["etag"]}
    )
    assert revalidated.status_code == 304

    await meetings.scheduled(nord, SUMMARY_MEETING, regut)  # H2 2025 met, RegUt invited with the summary
    after = await meetings.client.get("/v1/compliance", params=params, headers=regut)
    assert after.json() == await from_scratch(clean_database, **params)
    assert (
        after.json()["summary"]["by_rule"]["HN-HALF-YEARLY"]
        != first.json()["summary"]["by_rule"]["HN-HALF-YEARLY"]
    )
    # Filters are part of what is kept: each answers its own question.
    only = {"year": int(YEAR), "region": "helse-nord", "status": Status.VIOLATION.value}
    filtered = await meetings.client.get("/v1/compliance", params=only, headers=regut)
    assert filtered.json() == await from_scratch(clean_database, **only)
    assert filtered.json() != after.json()


async def test_a_councils_kept_report_moves_with_a_write(
    registry: Registry, meetings: Meetings, nord: str, tokens: Tokens
) -> None:
    """HN-HALF-YEARLY for one council: its report kept, then changed by a meeting recorded."""
    before = await meetings.findings(nord)
    assert before[("HN-HALF-YEARLY", "period:2025-H2")] == "violation"
    assert await meetings.findings(nord) == before
    await meetings.scheduled(nord, SUMMARY_MEETING, tokens.regut("helse-nord"))
    assert (await meetings.findings(nord))[("HN-HALF-YEARLY", "period:2025-H2")] == "ok"


def snapshot_with(*rows: Meeting) -> Snapshot:
    council = rows[0].council_id
    return Snapshot(
        councils={}, seats={}, elections={}, appointing_trusts={}, meetings={council: list(rows)}, names={},
        consultations={},
    )  # fmt: skip


def test_findings_hold_until_the_next_meeting_begins_as_it_then_counts_as_held() -> None:
    """HN-HALF-YEARLY counts a meeting as held from its start: an answer kept past it would be wrong."""
    now = datetime(2026, 3, 1, 12, tzinfo=UTC)
    council = uuid.uuid4()

    def row(starts_in: timedelta, cancelled: bool = False) -> Meeting:
        starts = now + starts_in
        return Meeting(
            id=uuid.uuid4(),
            council_id=council,
            starts_at=starts,
            ends_at=starts + timedelta(hours=2),
            cancelled_at=now if cancelled else None,
        )

    soon, later = row(timedelta(hours=3)), row(timedelta(days=20))
    assert unchanged_until(snapshot_with(row(-timedelta(days=1)), later, soon), now) == soon.starts_at
    # A cancelled meeting never counts, so its start changes nothing; past meetings neither.
    assert (
        unchanged_until(snapshot_with(row(timedelta(hours=1), cancelled=True), later), now) == later.starts_at
    )
    assert unchanged_until(snapshot_with(row(-timedelta(hours=1))), now) is None


async def test_a_kept_overview_is_still_refused_to_a_caller_who_may_not_ask(
    client: httpx.AsyncClient, tokens: Tokens, registry: Registry
) -> None:
    """FORBIDDEN: what is kept for RegUt is never served to a trust's system, nor to anyone anonymous."""
    assert (await client.get("/v1/compliance", headers=tokens.regut("helse-vest"))).status_code == 200
    assert (await client.get("/v1/compliance", headers=tokens.trust("unn"))).status_code == 403
    assert (await client.get("/v1/compliance")).status_code == 401


async def feed_from_scratch(database: Database, after: int, types: list[str], limit: int) -> dict[str, Any]:
    async with database.unit_of_work(write=False) as session:
        repo = Repository(session)
        rows = await repo.events_after(after, types, limit)
    return {"items": [row.id for row in rows], "next_after": rows[-1].id if rows else after}


async def test_a_kept_feed_page_is_the_outbox_as_it_stands_and_grows_when_an_event_commits(
    registry: Registry, nord: str, tokens: Tokens, client: httpx.AsyncClient, clean_database: Database
) -> None:
    """The change feed from memory: the same page for every reader until an event commits, then the
    page with it; each filter its own page."""
    appointed = EventType.REPRESENTATIVE_APPOINTED.value
    await registry.appointed(
        nord, hn_seat("unn", "Spesialist UNN", starts_on="2025-01-01"), tokens.trust("unn")
    )

    async def page(**params: Any) -> dict[str, Any]:
        response = await client.get("/v1/events", params=params, headers=tokens.bearer("read"))
        assert response.status_code == 200, response.text
        return response.json()  # type: ignore[no-any-return]

    def ids(answer: dict[str, Any]) -> dict[str, Any]:
        return {"items": [item["id"] for item in answer["items"]], "next_after": answer["next_after"]}

    first = await page(after=0, limit=500)
    assert ids(first) == await feed_from_scratch(clean_database, 0, [], 500)
    assert await page(after=0, limit=500) == first
    typed = await page(after=0, limit=500, type=appointed)
    assert {item["type"] for item in typed["items"]} == {appointed}
    assert ids(typed) == await feed_from_scratch(clean_database, 0, [appointed], 500)

    await registry.appointed(
        nord,
        hn_seat("nordlandssykehuset", "Spesialist NLSH", starts_on="2025-01-01"),
        tokens.trust("nordlandssykehuset"),
    )
    grown = await page(after=0, limit=500)
    assert ids(grown) == await feed_from_scratch(clean_database, 0, [], 500)
    assert grown["next_after"] > first["next_after"]
    assert len((await page(after=0, limit=500, type=appointed))["items"]) == len(typed["items"]) + 1


async def test_a_councils_registered_view_is_kept_apart_from_the_public_one_and_moves_with_a_write(
    registry: Registry, nord: str, tokens: Tokens, client: httpx.AsyncClient, clean_database: Database
) -> None:
    """The registered view (HPR numbers, e-mails not published) is kept for registered callers only, is
    the one built from scratch, and its ETag is the one an If-Match on the council must name."""
    await registry.appointed(
        nord, hn_seat("unn", "Spesialist UNN", starts_on="2025-01-01"), tokens.trust("unn")
    )
    reader = tokens.bearer("read")

    async def registered_from_scratch() -> tuple[dict[str, Any], dict[str, Any]]:
        async with clean_database.unit_of_work(write=False) as session:
            repo = Repository(session)
            council = await councils.read_council(repo, uuid.UUID(nord), today_in_oslo(), full=True)
            seats = await seats_service.list_representatives(
                repo, uuid.UUID(nord), today_in_oslo(), include_ended=False, full=True
            )
        return council.model_dump(mode="json"), seats.model_dump(mode="json")

    for _ in range(2):  # built, then from memory
        council = await client.get(f"/v1/councils/{nord}", headers=reader)
        seats = await client.get(f"/v1/councils/{nord}/representatives", headers=reader)
        assert (council.json(), seats.json()) == await registered_from_scratch()
    public = (await client.get(f"/v1/councils/{nord}/representatives")).json()
    assert seats.json()["items"][0]["qualifications"] is not None  # declared for the seat: not public
    assert public["items"][0].get("qualifications") is None

    renamed = await client.patch(
        f"/v1/councils/{nord}",
        json={"contact_email": "nytt@example.no"},
        headers=tokens.admin() | {"If-Match": council.headers["etag"]},
    )
    assert renamed.status_code == 200, renamed.text
    after = await client.get(f"/v1/councils/{nord}", headers=reader)
    assert after.json()["contact_email"] == "nytt@example.no"
    assert after.headers["etag"] == renamed.headers["etag"]
