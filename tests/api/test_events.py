"""The change feed (API.md: `GET /v1/events?after=&type=&wait=`): every change exactly once, in commit
order, even while writers commit at the same time; long polling that wakes on a change; withdrawals
and ends said as such."""

import asyncio
import time
from typing import Any

import httpx
import pytest

from app.main import create_app
from app.settings import Settings
from app.storage.database import Database, write_pending_rows
from app.storage.repository import Repository
from tests.api.test_seat_walkthroughs import HELSE_NORD_HF, Registry, hn_seat
from tests.tokens import Tokens


async def events(client: httpx.AsyncClient, headers: dict[str, str], **params: Any) -> dict[str, Any]:
    response = await client.get("/v1/events", params=params, headers=headers)
    assert response.status_code == 200, response.text
    return response.json()  # type: ignore[no-any-return]


async def newest(client: httpx.AsyncClient, headers: dict[str, str]) -> int:
    after = 0
    while page := (await events(client, headers, after=after, limit=500))["items"]:
        after = page[-1]["id"]
    return after


async def test_a_reader_follows_appointments_ends_and_withdrawals_in_order(
    registry: Registry, tokens: Tokens
) -> None:
    """Events that ended or removed something say so: the feed is how a client learns of a withdrawal."""
    reader = tokens.bearer("read")
    start = await newest(registry.client, reader)
    nord = await registry.council(region="helse-nord")
    kept = await registry.appointed(nord, hn_seat("unn", "Kari"), tokens.trust("unn"))
    undone = await registry.appointed(
        nord, hn_seat("nordlandssykehuset", "Ola"), tokens.trust("nordlandssykehuset")
    )
    ended = await registry.end(kept["id"], "2027-01-31", tokens.trust("unn"))
    assert ended.status_code == 200, ended.text
    url = f"/v1/representatives/{undone['id']}"
    etag = (await registry.client.get(url, headers=tokens.trust("nordlandssykehuset"))).headers["etag"]
    withdrawn = await registry.client.delete(
        url, headers=tokens.trust("nordlandssykehuset") | {"If-Match": etag}
    )
    assert withdrawn.status_code == 204, withdrawn.text

    feed = await events(registry.client, reader, after=start)
    ids = [e["id"] for e in feed["items"]]
    assert ids == sorted(ids)
    assert feed["next_after"] == ids[-1]
    seats = [
        (e["type"], e["change"], e["subject"]["id"])
        for e in feed["items"]
        if e["subject"]["type"] == "representative"
    ]
    assert seats == [
        ("representative.appointed", "created", kept["id"]),
        ("representative.appointed", "created", undone["id"]),
        ("representative.ended", "ended", kept["id"]),
        ("representative.withdrawn", "removed", undone["id"]),
    ]
    only = await events(registry.client, reader, after=start, type=["representative.withdrawn"])
    assert [e["subject"]["id"] for e in only["items"]] == [undone["id"]]
    # Personal data stays out of the feed: the seat's person as the public sees them.
    appointed = next(e for e in feed["items"] if e["type"] == "representative.appointed")
    assert appointed["data"]["person"]["hpr_number"] is None
    nothing = await events(registry.client, reader, after=ids[-1])
    assert nothing == {"items": [], "next_after": ids[-1]}


async def test_the_feed_is_for_registered_readers(client: httpx.AsyncClient, tokens: Tokens) -> None:
    assert (await client.get("/v1/events")).status_code == 401
    assert (await client.get("/v1/events", headers=tokens.trust("unn"))).status_code == 403
    for params in ({"after": -1}, {"wait": 31}, {"limit": 0}, {"type": "Representative"}):
        response = await client.get("/v1/events", params=params, headers=tokens.admin())
        assert response.status_code == 422, (params, response.text)


@pytest.mark.parametrize("types", [["bogus.type"], ["representative.appointed", "representative.sacked"]])
async def test_an_unknown_event_type_is_refused_naming_the_parameter_not_answered_with_nothing(
    client: httpx.AsyncClient, tokens: Tokens, types: list[str]
) -> None:
    """REQUEST-INVALID, as for unknown codes elsewhere: a typo in a filter must not look like a quiet feed."""
    response = await client.get("/v1/events", params={"type": types}, headers=tokens.admin())
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == "application/problem+json"
    [detail] = response.json()["errors"]
    assert (detail["rule"], detail["parameter"]) == ("REQUEST-INVALID", "type")
    assert "representative.appointed" in detail["message"]  # it says which types there are


async def test_a_long_poll_wakes_on_the_next_change_and_gives_up_when_none_comes(
    registry: Registry, tokens: Tokens, clean_database: Database
) -> None:
    """`wait` holds the request until a change commits (answering at once then), or until it runs out."""
    reader = tokens.bearer("read")
    start = await newest(registry.client, reader)
    began = time.monotonic()
    quiet = await events(registry.client, reader, after=start, wait=1)
    assert quiet == {"items": [], "next_after": start}
    assert time.monotonic() - began >= 0.9

    nord = await registry.council(region="helse-nord")
    waiting = asyncio.create_task(events(registry.client, reader, after=start, wait=20))
    await asyncio.sleep(0.3)
    assert not waiting.done()
    began = time.monotonic()
    await registry.appointed(nord, hn_seat("unn", "Kari"), tokens.trust("unn"))
    woken = await asyncio.wait_for(waiting, 10)
    assert time.monotonic() - began < 5
    # One transaction's events become visible together.
    assert [e["type"] for e in woken["items"]] == ["person.created", "representative.appointed"]


async def test_concurrent_writers_are_read_exactly_once_in_commit_order(
    registry: Registry, tokens: Tokens
) -> None:
    """Ids handed out by one transaction never become visible after a higher id was read: a reader
    polling while many writers commit at once sees every event once, in order, with no gap filled later.
    (On PostgreSQL writers really overlap; SQLite serialises them.)"""
    reader = tokens.bearer("read")
    start = await newest(registry.client, reader)
    councils = [
        await registry.council(region=region) for region in ("helse-nord", "helse-vest", "helse-midt-norge")
    ]
    trusts = {"helse-nord": HELSE_NORD_HF, "helse-vest": ["helse-bergen", "helse-stavanger", "helse-fonna"]}
    done = asyncio.Event()
    seen: list[int] = []

    async def follow() -> None:
        after = start
        while True:
            writers_done = done.is_set()  # before asking: an empty answer then means the end
            page = await events(registry.client, reader, after=after, limit=7)
            seen.extend(e["id"] for e in page["items"])
            after = page["next_after"]
            if writers_done and not page["items"]:
                return

    async def write(council: str, trust: str, day: int) -> None:
        body = {
            "person": {"name": f"Lege {trust} {day}"},
            "trust": trust,
            "starts_on": f"2030-01-{day:02d}",
            "ends_on": f"2030-01-{day:02d}",
            "qualifications": {"specialist_in_specialty": True},
        }
        response = await registry.appoint(council, body, tokens.admin())
        assert response.status_code == 201, response.text

    follower = asyncio.create_task(follow())
    writes = [
        write(council, trust, day)
        for council, region in zip(councils[:2], ("helse-nord", "helse-vest"), strict=True)
        for trust in trusts[region][:3]
        for day in range(1, 6)
    ]
    await asyncio.gather(*writes)
    done.set()
    await asyncio.wait_for(follower, 30)
    assert seen == sorted(seen)
    assert len(seen) == len(set(seen))
    every = [e["id"] for e in (await events(registry.client, reader, after=start, limit=500))["items"]]
    assert seen == every
    assert len(every) >= 30


async def test_a_later_commit_waits_for_an_earlier_id_so_no_reader_skips_it(
    registry: Registry, tokens: Tokens, clean_database: Database
) -> None:
    """The race the feed must not lose: a transaction has taken outbox id N and not committed; another
    write takes N+1. Had N+1 become visible first, a reader would move past N and never see it. Outbox
    writers commit in id order (an advisory lock on PostgreSQL, BEGIN IMMEDIATE on SQLite), so the
    second write waits, and the reader sees N, then N+1."""
    reader = tokens.bearer("read")
    start = await newest(registry.client, reader)
    nord = await registry.council(region="helse-nord")
    async with clean_database.unit_of_work() as session:
        # An event of the contract's own types: the feed answers only those.
        Repository(session).emit("council.changed", "council", str(nord), {})
        await write_pending_rows(session)  # what the commit would do first: id N is taken
        later = asyncio.create_task(registry.appoint(nord, hn_seat("unn", "Kari"), tokens.trust("unn")))
        await asyncio.sleep(0.5)
        assert (await events(registry.client, reader, after=start))["items"] == []
    response = await asyncio.wait_for(later, 10)
    assert response.status_code == 201, response.text
    types = [e["type"] for e in (await events(registry.client, reader, after=start))["items"]]
    assert types == ["council.changed", "person.created", "representative.appointed"]


async def test_a_service_set_to_wait_less_answers_a_long_poll_sooner(
    settings: Settings, clean_database: Database, tokens: Tokens
) -> None:
    """`LIS_FEED_MAX_WAIT_SECONDS`: a proxy in front may cut idle requests sooner than 30 s."""
    application = create_app(settings.model_copy(update={"feed_max_wait_seconds": 0.2}), clean_database)
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=application), base_url="http://registry.test"
    ) as client:
        start = await newest(client, tokens.bearer("read"))
        began = time.monotonic()
        answer = await events(client, tokens.bearer("read"), after=start, wait=20)
    assert answer == {"items": [], "next_after": start}
    assert time.monotonic() - began < 5
