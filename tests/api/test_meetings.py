"""Meetings through the API: a Helse Nord council's year, an inter-regional council whose RegUt never
comes, who may organise, what is refused (and that nothing is written then), calendars, and the
national overview RegUt works from."""

from typing import Any

import httpx
import pytest
from icalendar import Calendar
from sqlalchemy import func, select

from app.storage.database import Database
from app.storage.tables import AuditEntry, Meeting, MeetingAttendance, OutboxEvent
from tests.api.test_seat_walkthroughs import HELSE_NORD_HF, Registry, hn_seat, hso_seat, new_person
from tests.conftest import StatementCounter
from tests.tokens import Tokens

YEAR = "2025"
"""A year that is over: its findings are final (violation or ok), never pending."""


def meeting(starts_at: str, ends_at: str, **fields: Any) -> dict[str, Any]:
    return {"starts_at": starts_at, "ends_at": ends_at, **fields}


SUMMARY_MEETING = meeting(
    "2025-11-20T10:00:00+01:00",
    "2025-11-20T12:00:00+01:00",
    regut_invited=True,
    agenda=[
        {"kind": "activity_summary", "title": "Årsoppsummering 2025"},
        {"kind": "other", "title": "Eventuelt"},
    ],
)


class Meetings:
    def __init__(self, client: httpx.AsyncClient, tokens: Tokens) -> None:
        self.client = client
        self.tokens = tokens

    async def schedule(self, council: str, body: dict[str, Any], headers: dict[str, str]) -> httpx.Response:
        return await self.client.post(f"/v1/councils/{council}/meetings", json=body, headers=headers)

    async def scheduled(self, council: str, body: dict[str, Any], headers: dict[str, str]) -> dict[str, Any]:
        response = await self.schedule(council, body, headers)
        assert response.status_code == 201, response.text
        assert response.headers["location"] == f"/v1/meetings/{response.json()['id']}"
        return response.json()  # type: ignore[no-any-return]

    async def put(
        self, meeting: str, part: str, body: dict[str, Any], headers: dict[str, str]
    ) -> httpx.Response:
        etag = (await self.client.get(f"/v1/meetings/{meeting}", headers=headers)).headers["etag"]
        return await self.client.put(
            f"/v1/meetings/{meeting}/{part}", json=body, headers=headers | {"If-Match": etag}
        )

    async def findings(self, council: str, year: str = YEAR) -> dict[tuple[str, str], str]:
        response = await self.client.get(
            f"/v1/councils/{council}/compliance", params={"year": year}, headers=self.tokens.bearer("read")
        )
        assert response.status_code == 200, response.text
        return {
            (f["rule"], f["subject"]): f["status"]
            for f in response.json()["findings"]
            if f["subject"].startswith("period:")
        }


@pytest.fixture
def meetings(client: httpx.AsyncClient, tokens: Tokens) -> Meetings:
    return Meetings(client, tokens)


async def counts(database: Database) -> tuple[int, int, int, int]:
    async with database.unit_of_work(write=False) as session:
        return (
            await session.scalar(select(func.count()).select_from(Meeting)) or 0,
            await session.scalar(select(func.count()).select_from(MeetingAttendance)) or 0,
            await session.scalar(select(func.count()).select_from(OutboxEvent)) or 0,
            await session.scalar(select(func.count()).select_from(AuditEntry)) or 0,
        )


async def test_a_helse_nord_council_through_a_year_turns_from_violation_to_ok(
    registry: Registry, meetings: Meetings, nord: str, tokens: Tokens
) -> None:
    """HN-HALF-YEARLY, HN-REGUT-ANNUAL, ATTENDANCE-DEPUTY-SUBSTITUTES, MINUTES-AFTER-MEETING (000
    Møtefrekvens: minst ett møte hvert halvår; RegUt inviteres en gang i året med oppsummering)."""
    seats = [
        await registry.appointed(
            nord, hn_seat(trust, f"Spesialist {trust}", starts_on="2025-01-01"), tokens.trust(trust)
        )
        for trust in HELSE_NORD_HF
    ]
    regut = tokens.regut("helse-nord")
    assert await meetings.findings(nord) == {
        ("HN-HALF-YEARLY", "period:2025-H1"): "violation",
        ("HN-HALF-YEARLY", "period:2025-H2"): "violation",
        ("HN-REGUT-ANNUAL", "period:2025"): "violation",
    }
    # 30 June 23:30 in Oslo is 21:30 UTC: still the first half-year.
    spring = await meetings.scheduled(
        nord, meeting("2025-06-30T21:30:00Z", "2025-06-30T22:15:00Z", location="UNN, Tromsø"), regut
    )
    assert spring["starts_at"] == "2025-06-30T23:30:00+02:00"  # answered in Norway's time
    assert spring["format"] == "physical"  # no MEETING-DIGITAL-DEFAULT in Helse Nord
    assert spring["convener"] == "leader"  # 000: the leader convenes, through RegUt
    assert spring["status"] == "held"
    assert (await meetings.findings(nord))[("HN-HALF-YEARLY", "period:2025-H1")] == "ok"

    autumn = await meetings.scheduled(nord, SUMMARY_MEETING, regut)
    # The deputy of the UNN seat stands in for its absent representative.
    unn = seats[0]
    designated = await registry.designate(unn["id"], new_person("Vara UNN"), tokens.trust("unn"))
    assert designated.status_code == 200, designated.text
    deputy = designated.json()["deputy"]["id"]
    entries = [{"representative": unn["id"], "status": "deputy_attended", "deputy": deputy}] + [
        {"representative": s["id"], "status": "present"} for s in seats[1:]
    ]
    recorded = await meetings.put(
        autumn["id"],
        "attendance",
        {"entries": entries, "regut_present": True, "guests": [{"name": "Eva Lind"}]},
        regut,
    )
    assert recorded.status_code == 200, recorded.text
    attendance = recorded.json()["attendance"]
    assert {(e["representative"], e["status"], e["deputy"]) for e in attendance["entries"]} == {
        (e["representative"], e["status"], e.get("deputy")) for e in entries
    }
    minutes = await meetings.put(autumn["id"], "minutes", {"text": "Sak 1: Årsoppsummering."}, regut)
    assert minutes.status_code == 200, minutes.text
    assert minutes.json()["minutes"] == "Sak 1: Årsoppsummering."
    assert await meetings.findings(nord) == {
        ("HN-HALF-YEARLY", "period:2025-H1"): "ok",
        ("HN-HALF-YEARLY", "period:2025-H2"): "ok",
        ("HN-REGUT-ANNUAL", "period:2025"): "ok",
    }
    # Minutes and attendance are not public.
    public = (await meetings.client.get(f"/v1/meetings/{autumn['id']}")).json()
    assert (public["minutes"], public["attendance"]) == (None, None)


async def test_a_deputy_attends_only_for_the_absent_representative_who_designated_them(
    registry: Registry, meetings: Meetings, nord: str, tokens: Tokens, clean_database: Database
) -> None:
    """ATTENDANCE-DEPUTY-SUBSTITUTES: refused, with nothing written, when the seat named no deputy."""
    seat = await registry.appointed(nord, hn_seat("unn", "Anna", starts_on="2025-01-01"), tokens.trust("unn"))
    regut = tokens.regut("helse-nord")
    held = await meetings.scheduled(nord, SUMMARY_MEETING, regut)
    before = await counts(clean_database)
    entry = {"representative": seat["id"], "status": "deputy_attended", "deputy": seat["person"]["id"]}
    refused = await meetings.put(
        held["id"], "attendance", {"entries": [entry], "regut_present": False}, regut
    )
    assert refused.status_code == 422
    assert refused.json()["rule"] == "ATTENDANCE-DEPUTY-SUBSTITUTES"
    assert refused.json()["errors"][0]["pointer"] == "/entries/0/status"
    assert await counts(clean_database) == before


async def test_an_interregional_council_whose_regut_never_attends(
    meetings: Meetings, interregional: str, tokens: Tokens
) -> None:
    """IR-TWICE-YEARLY met, IR-REGUT-ATTENDS broken; MEETING-DIGITAL-DEFAULT (001)."""
    responsible = tokens.regut("helse-nord")  # anaesthesiology's responsible RegUt
    spring = await meetings.scheduled(
        interregional, meeting("2025-03-10T09:00:00+01:00", "2025-03-10T11:00:00+01:00"), responsible
    )
    autumn = await meetings.scheduled(
        interregional, meeting("2025-10-10T09:00:00+02:00", "2025-10-10T11:00:00+02:00"), responsible
    )
    assert (spring["format"], spring["convener"]) == ("digital", "coordinator")
    for held in (spring, autumn):
        response = await meetings.put(
            held["id"], "attendance", {"entries": [], "regut_present": False}, responsible
        )
        assert response.status_code == 200, response.text
    assert await meetings.findings(interregional) == {
        ("IR-TWICE-YEARLY", "period:2025"): "ok",
        ("IR-REGUT-ATTENDS", "period:2025"): "violation",
    }


async def test_this_years_meetings_are_pending_until_the_year_is_over(
    meetings: Meetings, sor_ost: str
) -> None:
    """HSO-ANNUAL: a period not over yet is pending, not a violation."""
    assert await meetings.findings(sor_ost, year="2999") == {("HSO-ANNUAL", "period:2999"): "pending"}


@pytest.mark.parametrize(
    ("who", "status", "rule"),
    [
        ("a trust's system", 403, "MEETING-ORGANISER"),
        ("another region's RegUt", 403, "MEETING-ORGANISER"),
        ("a reader", 403, "MEETING-ORGANISER"),  # no scope but regut or admin organises
    ],
)
async def test_only_the_regions_regut_or_an_administrator_organises_meetings(
    meetings: Meetings, nord: str, tokens: Tokens, clean_database: Database, who: str, status: int, rule: str
) -> None:
    """MEETING-ORGANISER: nothing is written for anyone else."""
    headers = {
        "a trust's system": tokens.trust("unn"),
        "another region's RegUt": tokens.regut("helse-vest"),
        "a reader": tokens.bearer("read"),
    }[who]
    before = await counts(clean_database)
    refused = await meetings.schedule(nord, SUMMARY_MEETING, headers)
    assert (refused.status_code, refused.json()["rule"]) == (status, rule)
    assert await counts(clean_database) == before
    assert (await meetings.schedule(nord, SUMMARY_MEETING, tokens.admin())).status_code == 201


@pytest.mark.parametrize(
    ("body", "pointer"),
    [
        (meeting("2025-11-20T10:00:00", "2025-11-20T12:00:00+01:00"), "/starts_at"),
        (meeting("2025-11-20T10:00:00+01:00", "2025-11-20T09:00:00+01:00"), "/ends_at"),
        (meeting("2025-11-20T10:00:00+01:00", "2025-11-20T12:00:00+01:00", format="teams"), "/format"),
        (meeting(0, "2025-11-20T12:00:00+01:00"), "/starts_at"),
        (
            meeting("2025-11-20T10:00:00+01:00", "2025-11-20T12:00:00+01:00", video_link="javascript:x"),
            "/video_link",
        ),
    ],
    ids=["naive start", "ends before it starts", "unknown format", "a number", "not an https link"],
)
async def test_a_meeting_with_bad_times_or_fields_is_refused_naming_the_field(
    meetings: Meetings,
    nord: str,
    tokens: Tokens,
    clean_database: Database,
    body: dict[str, Any],
    pointer: str,
) -> None:
    before = await counts(clean_database)
    refused = await meetings.schedule(nord, body, tokens.regut("helse-nord"))
    assert refused.status_code == 422
    assert [e["pointer"] for e in refused.json()["errors"]] == [pointer]
    assert await counts(clean_database) == before


async def test_attendance_and_minutes_wait_for_the_meeting_and_never_follow_a_cancellation(
    meetings: Meetings, nord: str, tokens: Tokens
) -> None:
    """MINUTES-AFTER-MEETING; a cancelled meeting stays, as cancelled, and cannot be cancelled twice."""
    regut = tokens.regut("helse-nord")
    future = await meetings.scheduled(
        nord, meeting("2999-03-01T10:00:00+01:00", "2999-03-01T12:00:00+01:00"), regut
    )
    early = await meetings.put(future["id"], "minutes", {"text": "Referat"}, regut)
    assert (early.status_code, early.json()["rule"]) == (422, "MINUTES-AFTER-MEETING")
    cancelled = await meetings.client.post(
        f"/v1/meetings/{future['id']}/cancel", json={"reason": "For få kunne komme"}, headers=regut
    )
    assert cancelled.status_code == 200, cancelled.text
    assert (cancelled.json()["status"], cancelled.json()["sequence"]) == ("cancelled", 1)
    again = await meetings.client.post(
        f"/v1/meetings/{future['id']}/cancel", json={"reason": "x"}, headers=regut
    )
    assert again.status_code == 409
    listed = await meetings.client.get(f"/v1/councils/{nord}/meetings", params={"from": "2999-01-01"})
    assert [m["status"] for m in listed.json()["items"]] == ["cancelled"]


async def test_every_meeting_write_leaves_its_event_and_audit_entry(
    meetings: Meetings, nord: str, tokens: Tokens, clean_database: Database
) -> None:
    """meeting.scheduled, meeting.changed, meeting.held, meeting.cancelled: the change feed's events."""
    regut = tokens.regut("helse-nord")
    held = await meetings.scheduled(nord, SUMMARY_MEETING, regut)
    etag = (await meetings.client.get(f"/v1/meetings/{held['id']}", headers=regut)).headers["etag"]
    changed = await meetings.client.patch(
        f"/v1/meetings/{held['id']}", json={"location": "Bodø"}, headers=regut | {"If-Match": etag}
    )
    assert (changed.status_code, changed.json()["sequence"]) == (200, 1)
    assert (await meetings.put(held["id"], "minutes", {"text": "Referat"}, regut)).status_code == 200
    future = await meetings.scheduled(
        nord, meeting("2999-03-01T10:00:00+01:00", "2999-03-01T12:00:00+01:00"), regut
    )
    await meetings.client.post(
        f"/v1/meetings/{future['id']}/cancel", json={"reason": "Avlyst"}, headers=regut
    )
    async with clean_database.unit_of_work(write=False) as session:
        events = (
            await session.scalars(
                select(OutboxEvent.type).where(OutboxEvent.subject_type == "meeting").order_by(OutboxEvent.id)
            )
        ).all()
        audited = (
            await session.scalars(select(AuditEntry.action).where(AuditEntry.entity_type == "meeting"))
        ).all()
    assert list(events) == [
        "meeting.scheduled",
        "meeting.changed",
        "meeting.held",
        "meeting.scheduled",
        "meeting.cancelled",
    ]
    assert sorted(audited) == sorted(events)


async def test_a_council_calendar_is_icalendar_with_stable_uids_and_revalidates(
    meetings: Meetings, nord: str, tokens: Tokens
) -> None:
    regut = tokens.regut("helse-nord")
    held = await meetings.scheduled(nord, SUMMARY_MEETING, regut)
    url = f"/v1/councils/{nord}/meetings.ics"
    first = await meetings.client.get(url)
    assert first.status_code == 200
    assert first.headers["content-type"] == "text/calendar; charset=utf-8"
    [event] = Calendar.from_ical(first.content).walk("VEVENT")
    assert str(event["UID"]).startswith(held["id"])
    assert event["SEQUENCE"] == 0
    unchanged = await meetings.client.get(url, headers={"If-None-Match": first.headers["etag"]})
    assert unchanged.status_code == 304
    etag = (await meetings.client.get(f"/v1/meetings/{held['id']}", headers=regut)).headers["etag"]
    await meetings.client.patch(
        f"/v1/meetings/{held['id']}", json={"location": "Bodø"}, headers=regut | {"If-Match": etag}
    )
    changed = await meetings.client.get(url, headers={"If-None-Match": first.headers["etag"]})
    assert changed.status_code == 200
    [event] = Calendar.from_ical(changed.content).walk("VEVENT")
    assert (str(event["UID"]).split("@")[0], event["SEQUENCE"], str(event["LOCATION"])) == (
        held["id"],
        1,
        "Bodø",
    )
    region = await meetings.client.get("/v1/meetings.ics", params={"region": "helse-nord"})
    assert len(Calendar.from_ical(region.content).walk("VEVENT")) == 1


async def test_the_national_overview_costs_the_same_few_queries_however_full_the_registry(
    registry: Registry,
    meetings: Meetings,
    nord: str,
    interregional: str,
    tokens: Tokens,
    count_statements: StatementCounter,
) -> None:
    """GET /v1/compliance: every council's findings in a constant number of SQL statements (no N+1)."""
    regut = tokens.regut("helse-nord")

    async def overview(**params: str) -> dict[str, Any]:
        count_statements.statements.clear()
        response = await meetings.client.get("/v1/compliance", params={"year": YEAR, **params}, headers=regut)
        assert response.status_code == 200, response.text
        return response.json()  # type: ignore[no-any-return]

    for trust in HELSE_NORD_HF:
        await registry.appointed(
            nord, hn_seat(trust, f"Spesialist {trust}", starts_on="2025-01-01"), tokens.trust(trust)
        )

    def statements() -> int:
        # The data version a kept answer is keyed by is read, or not, as the listener allows (PostgreSQL).
        return sum("FROM outbox_event" not in s for s in count_statements.statements)

    await overview()
    statements_for_one_council = statements()
    await meetings.scheduled(nord, SUMMARY_MEETING, regut)
    await meetings.scheduled(
        interregional, meeting("2025-03-10T09:00:00+01:00", "2025-03-10T11:00:00+01:00"), regut
    )
    sor_ost = await registry.council(region="helse-sor-ost")
    await registry.appointed(
        sor_ost, hso_seat("ahus", "Spesialist Ahus", starts_on="2025-01-01"), tokens.trust("ahus")
    )
    full = await overview()
    assert statements() == statements_for_one_council <= 10
    assert full["summary"]["councils"] == len(full["councils"]) > 200
    by_id = {c["council"]["id"]: c for c in full["councils"]}
    assert by_id[nord]["status"] == "violation"  # H1 2025 had no meeting
    half_years = full["summary"]["by_rule"]["HN-HALF-YEARLY"]
    assert half_years["ok"] == 1  # only Helse Nord's anaesthesiology council met in H2 2025
    nord_only = await overview(region="helse-nord", status="violation")
    assert {c["council"]["region"] for c in nord_only["councils"]} == {"helse-nord"}
    assert all(c["status"] == "violation" for c in nord_only["councils"])


async def test_the_national_overview_is_for_regut_and_administrators(
    meetings: Meetings, tokens: Tokens
) -> None:
    refused = await meetings.client.get("/v1/compliance", headers=tokens.trust("unn"))
    assert refused.status_code == 403
    assert (await meetings.client.get("/v1/compliance")).status_code == 401
