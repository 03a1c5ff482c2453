"""RegUt's compliance overview as a page (`GET /v1/compliance.html`; `GET /v1/compliance` sends a browser
there): the councils with their status and what is missing, filters as plain links, each council linking
to its summary's page."""

import re
from html import unescape

import httpx
import pytest

from app.storage.database import Database
from tests.api.test_activity_summary import YEAR, AYear, a_year_of_activity
from tests.api.test_seat_walkthroughs import Registry, hn_seat
from tests.tokens import Tokens


@pytest.fixture
async def year(registry: Registry, clean_database: Database) -> AYear:
    """A year of a Helse Nord council's activity (tests/api/test_activity_summary.py)."""
    return await a_year_of_activity(registry.client, registry.tokens, clean_database)


HTML = "text/html"


async def test_regut_reads_the_overview_as_a_page_with_what_each_council_lacks(
    client: httpx.AsyncClient, tokens: Tokens, year: AYear
) -> None:
    response = await client.get(
        "/v1/compliance.html", params={"year": YEAR}, headers=tokens.regut("helse-nord") | {"Accept": HTML}
    )
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "text/html; charset=utf-8"
    assert response.headers["content-language"] == "nb"
    page = unescape(response.text)
    assert "<caption>Rådene med status og det som mangler</caption>" in page
    # SEAT-VACANT, worded as a secretary would, with the trust's name and the day in words.
    assert "Finnmarkssykehuset HF har ingen representant i rådet per 31. desember 2025." in page
    # Each council links to its summary's page of the same year, not through the JSON's redirect.
    assert f'<a href="/v1/councils/{year.nord}/activity-summary.html?year={YEAR}">' in page


async def test_the_filters_are_plain_links_and_the_chosen_one_is_marked(
    client: httpx.AsyncClient, tokens: Tokens, year: AYear
) -> None:
    response = await client.get(
        "/v1/compliance.html",
        params={"year": YEAR, "region": "helse-nord", "status": "violation"},
        headers=tokens.regut("helse-nord"),
    )
    assert response.status_code == 200
    page = unescape(response.text)
    assert '<strong aria-current="true">Helse Nord RHF</strong>' in page
    assert '<strong aria-current="true">Brudd</strong>' in page
    # Choosing another region keeps the other filters and the year, on the page itself.
    assert (
        f'<a href="/v1/compliance.html?region=helse-vest&status=violation&year={YEAR}">Helse Vest RHF</a>'
        in page
    )
    assert f'<a href="/v1/compliance.html?status=violation&year={YEAR}">Alle</a>' in page
    shown = re.findall(r'<span class="tag (\w+)">', page.split("<tbody>", 1)[1])
    assert shown
    assert set(shown) == {"violation"}


async def test_the_overview_in_english_and_still_json_by_default(
    client: httpx.AsyncClient, tokens: Tokens, year: AYear
) -> None:
    english = await client.get(
        "/v1/compliance.html",
        params={"year": YEAR},
        headers=tokens.regut("helse-nord") | {"Accept-Language": "en"},
    )
    assert english.status_code == 200
    assert english.headers["content-language"] == "en"
    assert english.headers["vary"].split(", ")[0] == "Accept-Language"
    assert "Finnmarkssykehuset HF has no representative on the council on 31 December 2025." in english.text
    json = await client.get("/v1/compliance", params={"year": YEAR}, headers=tokens.regut("helse-nord"))
    assert json.headers["content-type"] == "application/json"
    assert json.json()["year"] == YEAR
    assert "accept" in [v.strip().lower() for v in json.headers["vary"].split(",")]
    refused = await client.get(
        "/v1/compliance", headers=tokens.regut("helse-nord") | {"Accept": "application/xml"}
    )
    assert refused.status_code == 406
    assert refused.json()["rule"] == "NOT-ACCEPTABLE"


async def test_a_seat_left_empty_says_since_when(registry: Registry, tokens: Tokens) -> None:
    """SEAT-VACANT: what is missing, and since the day after the last representative's term ended."""
    nord = await registry.council(region="helse-nord")
    seat = await registry.appointed(nord, hn_seat("unn", "x"), tokens.trust("unn"))
    ended = await registry.end(seat["id"], "2026-06-30", tokens.trust("unn"))
    assert ended.status_code == 200, ended.text
    response = await registry.client.get(
        "/v1/compliance.html",
        params={"region": "helse-nord", "on": "2026-09-01", "year": 2026},
        headers=tokens.regut("helse-nord"),
    )
    page = unescape(response.text)
    assert (
        "Universitetssykehuset Nord-Norge HF har ingen representant i rådet per 1. september 2026. "
        '<span class="muted">(siden 1. juli 2026)</span>'
    ) in page
    # A trust that never had a representative: the registry does not know since when.
    assert "Finnmarkssykehuset HF har ingen representant i rådet per 1. september 2026.</li>" in page
    report = await registry.client.get(
        f"/v1/councils/{nord}/compliance", params={"on": "2026-09-01"}, headers=tokens.bearer("read")
    )
    [unn] = [f for f in report.json()["findings"] if f["subject"] == "trust:unn"]
    assert unn["params"]["since"] == "2026-07-01"


async def test_a_client_preferring_html_is_sent_to_the_page_with_every_filter_and_reads_it_there(
    client: httpx.AsyncClient, tokens: Tokens, year: AYear
) -> None:
    """`GET /v1/compliance` answers JSON only; `Accept: text/html` is a `303 See Other` to the page with
    the same filters, and following it (the token kept, as within one origin it is) gives the page the
    page's own operation serves."""
    regut = tokens.regut("helse-nord") | {"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"}
    params = {"region": "helse-nord", "kind": "regional", "status": "violation", "on": "2025-12-31"}
    sent = await client.get("/v1/compliance", params=params | {"year": YEAR}, headers=regut)
    assert sent.status_code == 303, sent.text
    assert sent.headers["location"] == (
        f"/v1/compliance.html?region=helse-nord&kind=regional&status=violation&on=2025-12-31&year={YEAR}"
    )
    followed = await client.get(sent.headers["location"], headers=regut)
    direct = await client.get("/v1/compliance.html", params=params | {"year": YEAR}, headers=regut)
    assert followed.status_code == direct.status_code == 200
    assert followed.content == direct.content
    assert "Finnmarkssykehuset HF har ingen representant i rådet per 31. desember 2025." in unescape(
        followed.text
    )


@pytest.mark.parametrize("path", ["/v1/compliance", "/v1/compliance.html"])
async def test_a_caller_without_regut_or_admin_is_refused_before_any_redirect(
    client: httpx.AsyncClient, tokens: Tokens, path: str
) -> None:
    """The page is RegUt's and administrators', as the JSON is: asking the JSON for the page is 401 or
    403 as asking for the JSON is, never a 303 to where the refusal would come."""
    browser = {"Accept": HTML}
    anonymous = await client.get(path, headers=browser)
    assert (anonymous.status_code, anonymous.json()["rule"]) == (401, "UNAUTHENTICATED")
    trust = await client.get(path, headers=tokens.trust("unn") | browser)
    assert (trust.status_code, trust.json()["rule"]) == (403, "FORBIDDEN")
