"""Links a person can open (README, Handing a person a link): a system that may read a page asks for a
link to it, and whoever holds the link opens that one page in a browser, without a token, until it
expires or the signing key is rotated. A link that opens nothing shows one Norwegian page that says
what to do and nothing of why, and no log line ever holds a link."""

import logging
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from pydantic import SecretStr

import app.routers.links as links_router
from app.logs import ACCESS_LOGGER, DISCLOSURE_LOGGER
from app.main import create_app
from app.settings import Settings
from app.storage.database import Database
from tests.api.test_activity_summary import YEAR, AYear, a_year_of_activity
from tests.api.test_seat_walkthroughs import Registry
from tests.tokens import Tokens


@pytest.fixture
async def year(registry: Registry, clean_database: Database) -> AYear:
    """A year of a Helse Nord council's activity (tests/api/test_activity_summary.py)."""
    return await a_year_of_activity(registry.client, registry.tokens, clean_database)


KEY = "a-signing-key-of-at-least-thirty-two-characters"
OTHER_KEY = "the-rotated-signing-key-also-thirty-two-characters-long"
ERROR_TITLE = "Lenken virker ikke"


@asynccontextmanager
async def service(settings: Settings, database: Database, key: str) -> AsyncIterator[httpx.AsyncClient]:
    """The service as it runs with `key` as its link signing key."""
    application = create_app(settings.model_copy(update={"link_signing_key": SecretStr(key)}), database)
    transport = httpx.ASGITransport(app=application)
    async with httpx.AsyncClient(transport=transport, base_url="http://registry.test") as client:
        yield client


async def a_link(client: httpx.AsyncClient, headers: dict[str, str], **body: Any) -> dict[str, Any]:
    response = await client.post("/v1/links", json=body, headers=headers)
    assert response.status_code == 201, response.text
    return response.json()  # type: ignore[no-any-return]


def opened_path(url: str) -> str:
    assert url.startswith("http://registry.test/v1/links/"), url
    return url.removeprefix("http://registry.test")


async def test_a_link_opens_the_summary_in_a_browser_without_a_token_for_a_few_days(
    client: httpx.AsyncClient, tokens: Tokens, year: AYear
) -> None:
    """A secretary holds no machine token: the system that may read the summary hands her a link."""
    asked_at = datetime.now(UTC)
    link = await a_link(client, tokens.bearer("read"), page="activity_summary", council=year.nord, year=YEAR)
    assert link["page"] == "activity_summary"
    expires_at = datetime.fromisoformat(link["expires_at"])
    assert timedelta(days=7) - timedelta(seconds=5) <= expires_at - asked_at <= timedelta(days=7, seconds=5)

    page = await client.get(opened_path(link["url"]), headers={"Accept": "text/html"})
    assert page.status_code == 200, page.text
    assert page.headers["content-type"] == "text/html; charset=utf-8"
    assert page.headers["content-language"] == "nb"
    assert page.headers["referrer-policy"] == "no-referrer"
    assert page.headers["cache-control"].startswith("private")
    assert '<html lang="nb">' in page.text
    assert "Regionalt utdanningsråd i anestesiologi, Helse Nord" in page.text
    assert "Årsoppsummering" in page.text

    english = await client.get(opened_path(link["url"]), headers={"Accept-Language": "en-GB,en;q=0.9"})
    assert english.status_code == 200
    assert english.headers["content-language"] == "en"
    assert '<html lang="en">' in english.text
    assert "Annual summary" in english.text


async def test_an_altered_a_forged_and_an_expired_link_show_one_norwegian_page_that_reveals_nothing(
    client: httpx.AsyncClient, tokens: Tokens, year: AYear, monkeypatch: pytest.MonkeyPatch
) -> None:
    link = await a_link(client, tokens.bearer("read"), page="activity_summary", council=year.nord, year=YEAR)
    token = opened_path(link["url"]).removeprefix("/v1/links/")
    header, payload, signature = token.split(".")
    # Another year in the payload, the signature left as it was: what a reader trying their luck does.
    altered = f"{header}.{payload[:-2]}{'A' if payload[-2] != 'A' else 'B'}{payload[-1]}.{signature}"
    forged = "eyJhbGciOiJub25lIn0.eyJwIjoiY29tcGxpYW5jZSJ9."
    monkeypatch.setattr(links_router, "now", lambda: datetime.now(UTC) - timedelta(days=8))
    stale = await a_link(client, tokens.bearer("read"), page="activity_summary", council=year.nord, year=YEAR)
    monkeypatch.undo()

    pages = []
    for path in (f"/v1/links/{altered}", f"/v1/links/{forged}", opened_path(stale["url"]), "/v1/links/x"):
        answer = await client.get(path, headers={"Accept": "text/html"})
        assert answer.status_code == 404, path
        assert answer.headers["content-type"] == "text/html; charset=utf-8"
        assert answer.headers["referrer-policy"] == "no-referrer"
        assert ERROR_TITLE in answer.text
        assert "anestesiologi" not in answer.text.lower()
        pages.append(re.sub(r'"[0-9a-f]{32}"', "", answer.text))
    assert len(set(pages)) == 1, "every link that opens nothing shows the same page"


async def test_rotating_the_signing_key_revokes_every_link(
    settings: Settings, clean_database: Database, tokens: Tokens, year: AYear
) -> None:
    async with service(settings, clean_database, KEY) as before:
        link = await a_link(before, tokens.bearer("read"), page="activity_summary", council=year.nord)
        assert (await before.get(opened_path(link["url"]))).status_code == 200
    async with service(settings, clean_database, OTHER_KEY) as rotated:
        revoked = await rotated.get(opened_path(link["url"]))
        assert revoked.status_code == 404
        assert ERROR_TITLE in revoked.text
    async with service(settings, clean_database, KEY) as restored:  # the key, not the restart, decides
        assert (await restored.get(opened_path(link["url"]))).status_code == 200


async def test_no_log_line_shows_a_link_and_reads_through_it_are_the_asking_systems(
    client: httpx.AsyncClient, tokens: Tokens, year: AYear, caplog: pytest.LogCaptureFixture
) -> None:
    """Whoever reads the access log could open the page: the link's capability is redacted. What the
    person saw is logged as disclosed by the system that handed them the link (README, Reads of
    personal data)."""
    link = await a_link(
        client,
        tokens.bearer("read", subject="council-portal"),
        page="activity_summary",
        council=year.nord,
        year=YEAR,
    )
    token = opened_path(link["url"]).removeprefix("/v1/links/")
    caplog.set_level(logging.INFO)
    caplog.clear()
    for path in (opened_path(link["url"]), f"/v1/links/{token[:-3]}xyz"):
        await client.get(path)
    # The service's lines (the test's own HTTP client logs the URLs it asks for).
    logged = [
        (r.getMessage(), repr(getattr(r, "fields", None))) for r in caplog.records if r.name.startswith("app")
    ]
    assert logged, "the requests were logged"
    for message, fields in logged:
        for line in (message, fields):
            assert token[-20:] not in line  # the signature, the part that opens the page
    access = [r for r in caplog.records if r.name == ACCESS_LOGGER and r.fields["method"] == "GET"]  # type: ignore[attr-defined]
    assert [r.fields["path"] for r in access] == ["/v1/links/[redacted]"] * 2  # type: ignore[attr-defined]
    assert [r.fields["route"] for r in access] == ["/v1/links/{token}"] * 2  # type: ignore[attr-defined]
    [disclosure] = [r for r in caplog.records if r.name == DISCLOSURE_LOGGER]
    assert disclosure.fields["client_id"] == "council-portal"  # type: ignore[attr-defined]
    assert disclosure.fields["path"] == "/v1/links/[redacted]"  # type: ignore[attr-defined]


async def test_only_who_may_read_the_page_may_ask_for_a_link_to_it(
    client: httpx.AsyncClient, tokens: Tokens, year: AYear
) -> None:
    """The compliance overview is RegUt's (and administrators'): a registered system that may read
    summaries may not hand it out."""
    refused = await client.post("/v1/links", json={"page": "compliance"}, headers=tokens.bearer("read"))
    assert refused.status_code == 403
    assert refused.headers["content-type"] == "application/problem+json"
    assert refused.json()["rule"] == "FORBIDDEN"
    anonymous = await client.post("/v1/links", json={"page": "activity_summary", "council": year.nord})
    assert anonymous.status_code == 401
    allowed = await client.post("/v1/links", json={"page": "compliance"}, headers=tokens.regut("helse-nord"))
    assert allowed.status_code == 201


@pytest.mark.parametrize(
    ("body", "status", "named"),
    [
        ({"page": "activity_summary"}, 422, "council"),
        ({"page": "compliance", "council": "0d5e1f2a-3b4c-4d5e-8f90-a1b2c3d4e5f6"}, 422, "council"),
        ({"page": "compliance", "year": 2999}, 422, "/year"),
        ({"page": "compliance", "region": "helse-atlantis"}, 422, "region"),
        ({"page": "activity_summary", "council": "0d5e1f2a-3b4c-4d5e-8f90-a1b2c3d4e5f6"}, 404, ""),
        ({"page": "the_whole_registry"}, 422, "page"),
    ],
)
async def test_a_link_is_to_a_page_that_exists_named_precisely(
    client: httpx.AsyncClient, tokens: Tokens, registry: object, body: dict[str, Any], status: int, named: str
) -> None:
    """REQUEST-INVALID: a link names its page and the view of it that exists; nothing else is linked."""
    response = await client.post("/v1/links", json=body, headers=tokens.admin())
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert named in response.text


async def test_the_compliance_page_through_a_link_links_each_council_to_its_summary_through_a_link(
    client: httpx.AsyncClient, tokens: Tokens, year: AYear
) -> None:
    """The link opens one view of the overview: its filters are shown, not offered; each council's
    summary opens through a link of its own that expires with it."""
    link = await a_link(client, tokens.regut("helse-nord"), page="compliance", region="helse-nord", year=YEAR)
    page = await client.get(opened_path(link["url"]))
    assert page.status_code == 200
    assert "Etterlevelse av mandatene" in page.text
    assert "Regionalt utdanningsråd i anestesiologi, Helse Nord" in page.text
    assert "Helse Sør-Øst" not in page.text.split("<main", 1)[1]
    assert "aria-current" not in page.text  # no filters to choose from
    summaries = re.findall(r'<a href="(http://registry\.test/v1/links/[^"]+)">([^<]+)</a>', page.text)
    assert summaries
    nord = next(
        url for url, name in summaries if name == "Regionalt utdanningsråd i anestesiologi, Helse Nord"
    )
    summary = await client.get(opened_path(nord))
    assert summary.status_code == 200
    assert f"Årsoppsummering {YEAR}" in summary.text
