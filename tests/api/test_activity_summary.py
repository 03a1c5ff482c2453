"""The councils' annual activity summary through the API (000 *Møtefrekvens*: a Helse Nord council
presents its year when RegUt attends; 002 §4: every council reports to RegUt): a year of seats,
leadership, meetings, attendance, a consultation and an assessment is made through the API, and every
section of the summary is checked against it, as JSON and as the printable page.

What the API cannot date in the past is back-dated in the database, as tests/backdate.py does for
seats: a meeting can only be cancelled before it begins, and a consultation only opened with a deadline
after today, so those are made now and then moved into 2025."""

import logging
import re
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

import httpx
import pytest
from sqlalchemy import update
from sqlalchemy.sql.elements import ColumnElement

from app.clock import today_in_oslo
from app.logs import DISCLOSURE_LOGGER
from app.storage.database import Database
from app.storage.tables import Meeting, Proposal, ProposalStatement, ProposalTransition
from tests.api.test_meetings import Meetings, meeting
from tests.api.test_proposals import ASSESSMENT, Proposals
from tests.api.test_seat_walkthroughs import Registry, hn_seat, new_person
from tests.tokens import Tokens

YEAR = 2025
"""A year that is over: the summary is judged on 31 December, its findings final."""
HTML_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
"""What a browser sends."""
CANCEL_REASON = "<b>Streik</b> & storm"
"""Typed by a RegUt officer; the page must show it as text, never as markup."""


def at(moment: str) -> datetime:
    return datetime.fromisoformat(moment).astimezone(UTC)


async def backdate(database: Database, table: Any, where: ColumnElement[bool], **values: Any) -> None:
    async with database.unit_of_work() as session:
        result = await session.execute(update(table).where(where).values(**values))
        assert result.rowcount == 1, (table, values)  # type: ignore[attr-defined]


@dataclass(frozen=True)
class AYear:
    """What was made: ids by the names the tests use."""

    nord: str
    sor_ost: str
    interregional: str
    seats: dict[str, dict[str, Any]]
    """Representative by the holder's first name: anna (UNN), bjorn and cecilie (Nordlandssykehuset,
    one after the other), dag (Helgelandssykehuset)."""
    deputy: dict[str, Any]
    """Anna's deputy, who attended the November meeting in her place."""
    meetings: dict[str, dict[str, Any]]
    """march, may (cancelled), november (RegUt and the activity summary), december (no record)."""
    proposal: str
    """Opened for consultation on 1 April, deadline 31 May: Nord answered, Sør-Øst did not;
    assessed by the inter-regional council on 10 September."""


async def a_year_of_activity(client: httpx.AsyncClient, tokens: Tokens, database: Database) -> AYear:
    """Helse Nord's council of anaesthesiology through 2025, made through the API as its trusts and
    RegUt would; the national council structure must be established."""
    registry = Registry(client, tokens)
    meetings = Meetings(client, tokens)
    proposals = Proposals(client, tokens, registry)
    regut = tokens.regut("helse-nord")
    nord = await registry.council(region="helse-nord")

    # Seats: Anna and Bjørn sat from 2024; Bjørn left in June, Cecilie took Nordlandssykehuset's seat in
    # July; Dag joined in January; Finnmarkssykehuset never appointed (SEAT-VACANT at year end).
    anna = await registry.appointed(
        nord, hn_seat("unn", "Anna Berg", starts_on="2024-01-01"), tokens.trust("unn")
    )
    bjorn = await registry.appointed(
        nord,
        hn_seat("nordlandssykehuset", "Bjørn Dahl", starts_on="2024-01-01"),
        tokens.trust("nordlandssykehuset"),
    )
    dag = await registry.appointed(
        nord,
        hn_seat("helgelandssykehuset", "Dag Fjell", starts_on="2025-01-01"),
        tokens.trust("helgelandssykehuset"),
    )
    designated = await registry.designate(anna["id"], new_person("Vera Vik"), tokens.trust("unn"))
    assert designated.status_code == 200, designated.text
    deputy = designated.json()["deputy"]

    # Leadership: Anna leads and Bjørn is deputy leader from February.
    elected = await registry.elect(
        nord,
        regut,
        effective_on="2025-02-01",
        leader=anna["person"]["id"],
        deputy_leader=bjorn["person"]["id"],
    )
    assert elected.status_code == 200, elected.text

    # March: the first meeting; Dag sends his apologies. Minutes recorded.
    march = await meetings.scheduled(
        nord,
        meeting(
            "2025-03-12T10:00:00+01:00",
            "2025-03-12T12:00:00+01:00",
            location="UNN, Tromsø",
            agenda=[{"kind": "other", "title": "Oppstart av året"}],
        ),
        regut,
    )
    entries = [
        {"representative": anna["id"], "status": "present"},
        {"representative": bjorn["id"], "status": "present"},
        {"representative": dag["id"], "status": "absent"},
    ]
    recorded = await meetings.put(
        march["id"], "attendance", {"entries": entries, "regut_present": False}, regut
    )
    assert recorded.status_code == 200, recorded.text
    minuted = await meetings.put(march["id"], "minutes", {"text": "Sak 1: Oppstart."}, regut)
    assert minuted.status_code == 200, minuted.text

    # May: a meeting cancelled before it began (made now, moved into May 2025).
    may = await meetings.scheduled(
        nord, meeting("2999-05-20T10:00:00+02:00", "2999-05-20T12:00:00+02:00"), regut
    )
    cancelled = await client.post(
        f"/v1/meetings/{may['id']}/cancel", json={"reason": CANCEL_REASON}, headers=regut
    )
    assert cancelled.status_code == 200, cancelled.text
    await backdate(
        database,
        Meeting,
        Meeting.id == uuid.UUID(may["id"]),
        starts_at=at("2025-05-20T10:00:00+02:00"),
        ends_at=at("2025-05-20T12:00:00+02:00"),
        cancelled_at=at("2025-05-10T14:00:00+02:00"),
    )

    # Bjørn leaves Nordlandssykehuset on 30 June: his deputy-leader role falls vacant the day after.
    ended = await registry.end(bjorn["id"], "2025-06-30", tokens.trust("nordlandssykehuset"))
    assert ended.status_code == 200, ended.text
    cecilie = await registry.appointed(
        nord,
        hn_seat("nordlandssykehuset", "Cecilie Eng", starts_on="2025-07-01"),
        tokens.trust("nordlandssykehuset"),
    )
    elected = await registry.elect(
        nord,
        regut,
        effective_on="2025-09-01",
        leader=anna["person"]["id"],
        deputy_leader=cecilie["person"]["id"],
    )
    assert elected.status_code == 200, elected.text

    # November: RegUt invited and present, the activity summary on the agenda; Anna's deputy comes in
    # her place (ATTENDANCE-DEPUTY-SUBSTITUTES). Bjørn's seat had ended: it is not in the record.
    november = await meetings.scheduled(
        nord,
        meeting(
            "2025-11-20T10:00:00+01:00",
            "2025-11-20T12:00:00+01:00",
            format="hybrid",
            location="Bodø",
            regut_invited=True,
            agenda=[
                {"kind": "activity_summary", "title": "Årsoppsummering 2025"},
                {"kind": "other", "title": "Eventuelt"},
            ],
        ),
        regut,
    )
    entries = [
        {"representative": anna["id"], "status": "deputy_attended", "deputy": deputy["id"]},
        {"representative": cecilie["id"], "status": "present"},
        {"representative": dag["id"], "status": "present"},
    ]
    recorded = await meetings.put(
        november["id"], "attendance", {"entries": entries, "regut_present": True}, regut
    )
    assert recorded.status_code == 200, recorded.text

    # December: a meeting held whose attendance nobody recorded.
    december = await meetings.scheduled(
        nord, meeting("2025-12-15T14:00:00+01:00", "2025-12-15T15:00:00+01:00", format="digital"), regut
    )

    # A proposal of the specialty, put to the regional councils on 1 April with a deadline of 31 May:
    # Nord answers on 2 May, Sør-Øst never does; the inter-regional council assesses it in September.
    proposal = (await proposals.raised())["id"]
    await proposals.done(proposal, "submit", headers=tokens.trust("unn"))
    await proposals.done(proposal, "open-consultation", {"deadline": "2999-01-31"})
    statement = {"council": nord, "position": "support", "text": "Rådet i Helse Nord støtter forslaget."}
    await proposals.done(proposal, "statements", statement, regut)
    key = uuid.UUID(proposal)
    await backdate(
        database,
        ProposalTransition,
        (ProposalTransition.proposal_id == key) & (ProposalTransition.action == "open_consultation"),
        occurred_at=at("2025-04-01T09:00:00+02:00"),
    )
    await backdate(database, Proposal, Proposal.id == key, consultation_deadline=date(2025, 5, 31))
    await backdate(
        database,
        ProposalStatement,
        ProposalStatement.proposal_id == key,
        recorded_at=at("2025-05-02T13:00:00+02:00"),
    )
    await proposals.done(proposal, "close-consultation")  # CONSULTATION-CLOSE: the deadline has passed
    await proposals.done(proposal, "assessment", ASSESSMENT)
    await backdate(
        database,
        ProposalTransition,
        (ProposalTransition.proposal_id == key) & (ProposalTransition.action == "record_assessment"),
        occurred_at=at("2025-09-10T11:00:00+02:00"),
    )
    return AYear(
        nord=nord,
        sor_ost=await registry.council(region="helse-sor-ost"),
        interregional=await registry.council(),
        seats={"anna": anna, "bjorn": bjorn, "cecilie": cecilie, "dag": dag},
        deputy=deputy,
        meetings={"march": march, "may": may, "november": november, "december": december},
        proposal=proposal,
    )


@pytest.fixture
async def year(registry: Registry, clean_database: Database) -> AYear:
    return await a_year_of_activity(registry.client, registry.tokens, clean_database)


async def summary_of(
    client: httpx.AsyncClient, council: str, headers: dict[str, str], **params: Any
) -> dict[str, Any]:
    response = await client.get(f"/v1/councils/{council}/activity-summary", params=params, headers=headers)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/json"
    return response.json()  # type: ignore[no-any-return]


async def test_a_helse_nord_councils_year_is_summarised_section_by_section(
    client: httpx.AsyncClient, tokens: Tokens, year: AYear
) -> None:
    """000 *Møtefrekvens* and HN-REGUT-ANNUAL: what the council presents to RegUt; 002 §4: what it
    reports. Every section against what was made through the API."""
    reader = tokens.bearer("read")
    summary = await summary_of(client, year.nord, reader, year=YEAR)
    seats = {name: seat["id"] for name, seat in year.seats.items()}
    person = {name: seat["person"]["id"] for name, seat in year.seats.items()}

    council = summary["council"]
    assert (council["id"], council["kind"], council["region"], council["specialty"]) == (
        year.nord,
        "regional",
        "helse-nord",
        "anestesiologi",
    )
    assert (council["region_name"], council["specialty_name"], council["profile"]) == (
        "Helse Nord RHF",
        "Anestesiologi",
        "helse-nord",
    )
    assert (summary["year"], summary["as_of"], summary["year_over"]) == (YEAR, "2025-12-31", True)

    # Meetings: three held (in Norway's time), one cancelled with its reason, none still to come.
    held = summary["meetings"]["held"]
    assert [m["id"] for m in held] == [year.meetings[m]["id"] for m in ("march", "november", "december")]
    assert [(m["starts_at"], m["format"], m["location"]) for m in held] == [
        ("2025-03-12T10:00:00+01:00", "physical", "UNN, Tromsø"),
        ("2025-11-20T10:00:00+01:00", "hybrid", "Bodø"),
        ("2025-12-15T14:00:00+01:00", "digital", None),
    ]
    assert [(m["regut_invited"], m["regut_present"]) for m in held] == [
        (False, False),
        (True, True),
        (False, None),
    ]
    assert [[item["kind"] for item in m["agenda"]] for m in held] == [
        ["other"],
        ["activity_summary", "other"],
        [],
    ]
    assert [m["minutes_recorded"] for m in held] == [True, False, False]
    assert held[2]["attendance"] is None  # nobody recorded December's
    [cancelled] = summary["meetings"]["cancelled"]
    assert (cancelled["id"], cancelled["starts_at"], cancelled["cancelled_at"], cancelled["reason"]) == (
        year.meetings["may"]["id"],
        "2025-05-20T10:00:00+02:00",
        "2025-05-10T14:00:00+02:00",
        CANCEL_REASON,
    )
    assert summary["meetings"]["scheduled"] == []

    # Attendance per seat that sat in 2025 (ATTENDANCE-DEPUTY-SUBSTITUTES): only the meetings on a day
    # of each term count; a meeting with no record for the seat is `not_recorded`, not absent.
    attendance = {a["representative_id"]: a for a in summary["attendance"]}
    assert set(attendance) == set(seats.values())

    def tally(name: str) -> tuple[Any, ...]:
        seat = attendance[seats[name]]
        return (
            seat["person"],
            seat["meetings"],
            seat["present"],
            seat["deputy_attended"],
            [d["name"] for d in seat["deputies"]],
            seat["absent"],
            seat["not_recorded"],
        )

    assert tally("anna") == ({"id": person["anna"], "name": "Anna Berg"}, 3, 1, 1, ["Vera Vik"], 0, 1)
    assert tally("bjorn") == ({"id": person["bjorn"], "name": "Bjørn Dahl"}, 1, 1, 0, [], 0, 0)
    assert tally("cecilie") == ({"id": person["cecilie"], "name": "Cecilie Eng"}, 2, 1, 0, [], 0, 1)
    assert tally("dag") == ({"id": person["dag"], "name": "Dag Fjell"}, 3, 1, 0, [], 1, 1)
    assert attendance[seats["anna"]]["deputies"] == [{"id": year.deputy["id"], "name": "Vera Vik"}]
    assert (attendance[seats["bjorn"]]["trust"], attendance[seats["bjorn"]]["ends_on"]) == (
        "nordlandssykehuset",
        "2025-06-30",
    )

    # Consultations: the one opened on 1 April, answered on 2 May in support (CONSULTATION-ANSWERED).
    [consultation] = summary["consultations"]
    assert consultation == {
        "proposal_id": year.proposal,
        "title": "Presisere læringsmål om luftveishåndtering",
        "kind": "learning_goal",
        "opened_on": "2025-04-01",
        "deadline": "2025-05-31",
        "outcome": "answered",
        "position": "support",
        "answered_on": "2025-05-02",
    }
    assert summary["assessments"] == []  # a regional council gives none

    # Composition: Dag joined, Bjørn left (with the reason given), Cecilie replaced him; Anna, seated
    # since 2024, did not change.
    assert [
        (c["on"], c["change"], c["person"]["name"], c["trust"], c["end_reason"])
        for c in summary["composition_changes"]
    ] == [
        ("2025-01-01", "started", "Dag Fjell", "helgelandssykehuset", None),
        ("2025-06-30", "ended", "Bjørn Dahl", "nordlandssykehuset", "Sluttet i foretaket"),
        ("2025-07-01", "started", "Cecilie Eng", "nordlandssykehuset", None),
    ]

    # Leadership: who became leader and deputy leader, and the deputy leader's role falling vacant the
    # day after Bjørn's seat ended (LEADER-NOTIFIED).
    def name(holder: dict[str, Any] | None) -> str | None:
        return holder["name"] if holder else None

    assert [
        (c["effective_on"], c["role"], name(c["person"]), name(c["previous"]))
        for c in summary["leadership_changes"]
    ] == [
        ("2025-02-01", "leader", "Anna Berg", None),
        ("2025-02-01", "deputy_leader", "Bjørn Dahl", None),
        ("2025-07-01", "deputy_leader", None, "Bjørn Dahl"),
        ("2025-09-01", "deputy_leader", "Cecilie Eng", None),
    ]

    # Compliance at year end: the council's own report for 2025, judged on 31 December.
    report = await client.get(f"/v1/councils/{year.nord}/compliance", params={"year": YEAR}, headers=reader)
    assert summary["compliance"] == report.json()
    assert summary["compliance"]["on"] == "2025-12-31"
    findings = {(f["rule"], f["subject"]): f["status"] for f in summary["compliance"]["findings"]}
    assert findings[("SEAT-VACANT", "trust:finnmarkssykehuset")] == "violation"
    assert findings[("HN-REGUT-ANNUAL", "period:2025")] == "ok"  # the November meeting


async def test_the_regional_council_that_never_answered_has_missed_the_consultation(
    client: httpx.AsyncClient, tokens: Tokens, year: AYear
) -> None:
    """CONSULTATION-ANSWERED (002 §3): closed after its deadline without Sør-Øst's statement."""
    summary = await summary_of(client, year.sor_ost, tokens.regut("helse-sor-ost"), year=YEAR)
    assert [
        (c["proposal_id"], c["outcome"], c["position"], c["answered_on"]) for c in summary["consultations"]
    ] == [(year.proposal, "missed", None, None)]
    assert summary["meetings"] == {"held": [], "cancelled": [], "scheduled": []}
    assert summary["attendance"] == []


async def test_the_interregional_council_lists_the_assessments_it_gave(
    client: httpx.AsyncClient, tokens: Tokens, year: AYear
) -> None:
    """ASSESSMENT-THREE-CONSEQUENCES, ASSESSMENT-BY-IR-COUNCIL (001): the assessment recorded in
    September, with its recommendation; an inter-regional council is asked in no consultation."""
    summary = await summary_of(client, year.interregional, tokens.bearer("read"), year=YEAR)
    assert summary["council"]["kind"] == "interregional"
    assert summary["council"]["region"] is None
    assert summary["assessments"] == [
        {
            "proposal_id": year.proposal,
            "title": "Presisere læringsmål om luftveishåndtering",
            "kind": "learning_goal",
            "recommendation": "adopt",
            "assessed_on": "2025-09-10",
            "proposal_status": "assessed",
        }
    ]
    assert summary["consultations"] == []
    # The year before knows nothing of it.
    earlier = await summary_of(client, year.interregional, tokens.bearer("read"), year=YEAR - 1)
    assert earlier["assessments"] == []


async def test_this_years_summary_is_partial_and_an_open_consultation_is_pending(
    client: httpx.AsyncClient, tokens: Tokens, registry: Registry, nord: str
) -> None:
    """Without `?year=`, this year in Norway, judged on today; a consultation still open is `pending`,
    not missed (CONSULTATION-ANSWERED is advice until its deadline), and one whose proposal was withdrawn
    during it, `withdrawn` (PROPOSAL-TRANSITION: withdrawn before it is forwarded)."""
    proposals = Proposals(client, tokens, registry)
    opened = []
    for _ in range(2):
        proposal = (await proposals.raised())["id"]
        await proposals.done(proposal, "submit", headers=tokens.trust("unn"))
        await proposals.done(proposal, "open-consultation", {"deadline": "2999-01-31"})
        opened.append(proposal)
    still_open, withdrawn = opened
    await proposals.done(withdrawn, "withdraw", headers=tokens.trust("unn"))
    summary = await summary_of(client, nord, tokens.bearer("read"))
    today = today_in_oslo()
    assert (summary["year"], summary["as_of"], summary["year_over"]) == (today.year, today.isoformat(), False)
    assert summary["compliance"]["on"] == today.isoformat()
    outcomes = {c["proposal_id"]: (c["opened_on"], c["outcome"]) for c in summary["consultations"]}
    assert outcomes == {
        still_open: (today.isoformat(), "pending"),
        withdrawn: (today.isoformat(), "withdrawn"),
    }


async def test_a_year_not_begun_is_refused_naming_year(
    client: httpx.AsyncClient, tokens: Tokens, nord: str
) -> None:
    """A summary of a year that has not begun has nothing in it to report: 422 naming `year`, as is
    a year outside the registry's (1900 to 2999)."""
    for asked in (today_in_oslo().year + 1, 1899):
        response = await client.get(
            f"/v1/councils/{nord}/activity-summary", params={"year": asked}, headers=tokens.bearer("read")
        )
        assert response.status_code == 422, response.text
        assert response.json()["rule"] == "REQUEST-INVALID"
        assert [e["parameter"] for e in response.json()["errors"]] == ["year"]


@pytest.mark.parametrize("suffix", ["", ".html"], ids=["json", "page"])
async def test_the_summary_names_people_so_it_is_for_registered_systems(
    client: httpx.AsyncClient, tokens: Tokens, nord: str, suffix: str
) -> None:
    """Attendance is not public (model.md, Meetings): anonymous 401, a token without a scope of this
    API 403, an unknown council 404, as JSON and as the page; asking the JSON for the page is refused
    the same, before any redirect, so that the page's address tells no one what they may not read."""
    url = f"/v1/councils/{nord}/activity-summary{suffix}"
    anonymous = await client.get(url)
    assert (anonymous.status_code, anonymous.json()["rule"]) == (401, "UNAUTHENTICATED")
    assert anonymous.headers["www-authenticate"].startswith("Bearer")
    assert (await client.get(url, headers={"Accept": HTML_ACCEPT})).status_code == 401
    scopeless = await client.get(url, headers=tokens.bearer())
    assert (scopeless.status_code, scopeless.json()["rule"]) == (403, "FORBIDDEN")
    scopeless_browser = await client.get(url, headers=tokens.bearer() | {"Accept": HTML_ACCEPT})
    assert (scopeless_browser.status_code, scopeless_browser.json()["rule"]) == (403, "FORBIDDEN")
    missing = await client.get(
        f"/v1/councils/00000000-0000-4000-8000-000000000000/activity-summary{suffix}",
        headers=tokens.bearer("read"),
    )
    assert missing.status_code == 404


@pytest.mark.parametrize(
    ("accept", "page"),
    [
        (None, False),
        ("*/*", False),
        ("application/json", False),
        ("application/*", False),
        (HTML_ACCEPT, True),
        ("text/html", True),
        ("application/json;q=0.5, text/html;q=0.9", True),
        ("text/html;q=0, */*;q=0.1", False),
    ],
    ids=["none", "anything", "json", "application/*", "a browser", "html", "html preferred", "html refused"],
)
async def test_json_by_default_and_whoever_prefers_html_is_sent_to_the_page_with_its_year(
    client: httpx.AsyncClient, tokens: Tokens, nord: str, accept: str | None, page: bool
) -> None:
    """The JSON operation answers JSON only (one type in a generated client); the page is an operation
    of its own, and a client that negotiates for it gets `303 See Other` there, the year kept."""
    headers = tokens.bearer("read") | ({"Accept": accept} if accept else {})
    response = await client.get(
        f"/v1/councils/{nord}/activity-summary", params={"year": YEAR}, headers=headers
    )
    if page:
        assert response.status_code == 303, response.text
        assert response.headers["location"] == f"/v1/councils/{nord}/activity-summary.html?year={YEAR}"
        return
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/json"
    assert "accept" in [v.strip().lower() for v in response.headers["vary"].split(",")]


async def test_a_browser_sent_to_the_page_keeps_its_token_and_reads_what_the_page_operation_serves(
    client: httpx.AsyncClient, tokens: Tokens, year: AYear
) -> None:
    """httpx, as browsers do, keeps `Authorization` on a redirect within the same origin: the page
    reached through the JSON operation's 303 is the page operation's own answer, byte for byte."""
    headers = tokens.bearer("read") | {"Accept": HTML_ACCEPT, "Accept-Language": "en"}
    url = f"/v1/councils/{year.nord}/activity-summary"
    followed = await client.get(url, params={"year": YEAR}, headers=headers, follow_redirects=True)
    assert [r.status_code for r in followed.history] == [303]
    assert followed.status_code == 200, followed.text
    assert followed.url.path == f"{url}.html"
    assert followed.headers["content-type"] == "text/html; charset=utf-8"
    assert followed.headers["content-language"] == "en"
    direct = await client.get(f"{url}.html", params={"year": YEAR}, headers=headers)
    assert (direct.content, direct.headers["etag"]) == (followed.content, followed.headers["etag"])


@pytest.mark.parametrize("accept", ["application/xml", "text/csv", "application/json;q=0, text/html;q=0"])
async def test_an_unacceptable_media_type_is_406_in_problem_json(
    client: httpx.AsyncClient, tokens: Tokens, nord: str, accept: str
) -> None:
    response = await client.get(
        f"/v1/councils/{nord}/activity-summary", headers=tokens.bearer("read") | {"Accept": accept}
    )
    assert response.status_code == 406
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["rule"] == "NOT-ACCEPTABLE"
    assert "application/json or text/html" in response.json()["detail"]


async def test_each_representation_has_its_own_strong_etag_and_revalidates(
    client: httpx.AsyncClient, tokens: Tokens, year: AYear
) -> None:
    """protocol.md, Caching: a strong ETag per representation, 304 while it is current; a change to the
    year (a new attendance record) makes a new one."""
    url = f"/v1/councils/{year.nord}/activity-summary"
    page_url = f"{url}.html"
    reader = tokens.bearer("read") | {"Accept": "application/json"}
    page_reader = tokens.bearer("read") | {"Accept": "text/html"}
    params = {"year": YEAR}
    json_tag = (await client.get(url, params=params, headers=reader)).headers["etag"]
    page_tag = (await client.get(page_url, params=params, headers=page_reader)).headers["etag"]
    assert json_tag != page_tag
    assert not json_tag.startswith("W/")
    assert not page_tag.startswith("W/")
    for at_url, headers, tag in ((url, reader, json_tag), (page_url, page_reader, page_tag)):
        again = await client.get(at_url, params=params, headers=headers | {"If-None-Match": tag})
        assert (again.status_code, again.content, again.headers["etag"]) == (304, b"", tag)
    head = await client.head(page_url, params=params, headers=page_reader)
    assert (head.status_code, head.headers["etag"], head.content) == (200, page_tag, b"")

    regut = tokens.regut("helse-nord")
    december = year.meetings["december"]["id"]
    dag = year.seats["dag"]["id"]
    recorded = await Meetings(client, tokens).put(
        december,
        "attendance",
        {"entries": [{"representative": dag, "status": "present"}], "regut_present": False},
        regut,
    )
    assert recorded.status_code == 200, recorded.text
    changed = await client.get(url, params=params, headers=reader | {"If-None-Match": json_tag})
    assert changed.status_code == 200
    assert changed.json()["meetings"]["held"][2]["attendance"]["regut_present"] is False
    repaged = await client.get(page_url, params=params, headers=page_reader | {"If-None-Match": page_tag})
    assert repaged.status_code == 200


async def test_the_meetings_activity_summary_item_links_to_the_summary_of_its_year_in_norway(
    client: httpx.AsyncClient, tokens: Tokens, year: AYear
) -> None:
    """HN-REGUT-ANNUAL: the `activity_summary` agenda item links to the council's summary of the year
    the meeting starts in, in Norway's calendar; other items link nowhere."""
    november = await client.get(f"/v1/meetings/{year.meetings['november']['id']}")
    [summary_item, other] = november.json()["agenda"]
    assert summary_item["href"] == f"/v1/councils/{year.nord}/activity-summary?year=2025"
    assert other["href"] is None
    followed = await client.get(summary_item["href"], headers=tokens.bearer("read"))
    assert (followed.status_code, followed.json()["year"]) == (200, YEAR)

    # 23:30 UTC on New Year's Eve is already 2026 in Oslo: that meeting presents 2026.
    late = await Meetings(client, tokens).scheduled(
        year.nord,
        meeting(
            "2025-12-31T23:30:00Z",
            "2026-01-01T00:30:00Z",
            agenda=[{"kind": "activity_summary", "title": "Årsmøte"}],
        ),
        tokens.regut("helse-nord"),
    )
    assert late["agenda"][0]["href"] == f"/v1/councils/{year.nord}/activity-summary?year=2026"


async def test_the_printable_page_shows_the_year_and_escapes_what_people_typed(
    client: httpx.AsyncClient, tokens: Tokens, year: AYear
) -> None:
    """The page RegUt prints: the council, its meetings, attendance, the consultation and findings, in
    Norwegian; text typed by people is shown as text, never as markup; nothing is loaded from elsewhere
    and nothing runs."""
    response = await client.get(
        f"/v1/councils/{year.nord}/activity-summary.html",
        params={"year": YEAR},
        headers=tokens.bearer("read") | {"Accept": HTML_ACCEPT},
    )
    assert response.status_code == 200
    assert response.headers["vary"].split(", ")[0] == "Accept-Language"
    page = response.text
    assert page.startswith("<!DOCTYPE html>")
    assert "Regionalt utdanningsråd i anestesiologi, Helse Nord" in page
    assert "Årsoppsummering" in page
    assert "31.12.2025" in page
    for shown in ("Anna Berg", "Vera Vik", "Cecilie Eng", "Dag Fjell", "Bodø", "Presisere læringsmål"):
        assert shown in page, shown
    assert "Finnmarkssykehuset HF" in page  # the SEAT-VACANT finding, by the trust's name
    assert "&lt;b&gt;Streik&lt;/b&gt; &amp; storm" in page
    assert "<b>Streik</b>" not in page
    assert "@page" in page
    assert "size: A4" in page
    assert not re.search(r"<script|<link|<img|<iframe|@import|url\(", page, re.IGNORECASE)


async def test_reading_the_summary_is_logged_as_a_disclosure_of_attendance_in_either_form(
    client: httpx.AsyncClient, tokens: Tokens, year: AYear, caplog: pytest.LogCaptureFixture
) -> None:
    """README, Reads of personal data: who attended a meeting is non-public; the JSON and the printed
    page both name the seats whose attendance they show."""
    caplog.set_level(logging.INFO, logger=DISCLOSURE_LOGGER)
    for route in (
        "/v1/councils/{council_id}/activity-summary",
        "/v1/councils/{council_id}/activity-summary.html",
    ):
        caplog.clear()
        response = await client.get(
            route.format(council_id=year.nord),
            params={"year": YEAR},
            headers=tokens.bearer("read", subject="regut-report"),
        )
        assert response.status_code == 200
        [fields] = [r.fields for r in caplog.records if r.name == DISCLOSURE_LOGGER]  # type: ignore[attr-defined]
        assert fields["client_id"] == "regut-report"
        assert fields["route"] == route
        shown = {p["id"] for p in fields["people"]}
        assert f"seat:{year.seats['anna']['id']}" in shown
        assert year.deputy["id"] in shown  # the deputy who came in Anna's place
