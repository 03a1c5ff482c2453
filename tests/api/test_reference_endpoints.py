"""Reference data over HTTP: regions and RegUt, trusts, specialties, the coordinating RegUt."""

import httpx
import pytest


async def test_regions_list_each_regut_with_its_host_trust(client: httpx.AsyncClient) -> None:
    response = await client.get("/v1/regions")
    assert response.status_code == 200
    regions = {r["code"]: r for r in response.json()["items"]}
    assert set(regions) == {"helse-nord", "helse-midt-norge", "helse-vest", "helse-sor-ost"}
    assert regions["helse-nord"]["regut"] == {
        "name": "Regionalt utdanningssenter for LIS Helse Nord (RegUt Nord)",
        "host_trust": "unn",
        "email": "regut@unn.no",
        "national_functions": [],
    }
    assert regions["helse-vest"]["regut"]["host_trust"] == "helse-bergen"


async def test_each_regut_shows_the_tasks_it_does_for_all_four(client: httpx.AsyncClient) -> None:
    """REGUT-NATIONAL-FUNCTIONS (003 tasks 4, 10, 11; Organisering): Helse Sør-Øst coordinates the
    recommended courses, edits the common LIS website and keeps the common procedures; Helse Vest
    coordinates input to the documentation tool."""
    regions = {r["code"]: r["regut"] for r in (await client.get("/v1/regions")).json()["items"]}
    functions = {code: [f["code"] for f in regut["national_functions"]] for code, regut in regions.items()}
    assert functions == {
        "helse-sor-ost": ["recommended-courses", "lis-website", "common-procedures"],
        "helse-vest": ["documentation-tool"],
        "helse-nord": [],
        "helse-midt-norge": [],
    }
    (website,) = [f for f in regions["helse-sor-ost"]["national_functions"] if f["code"] == "lis-website"]
    assert website["source"] == "003 task 10"
    single = (await client.get("/v1/regions/helse-vest")).json()["regut"]["national_functions"]
    assert [f["code"] for f in single] == ["documentation-tool"]


async def test_an_unknown_region_is_a_problem_naming_what_is_missing(client: httpx.AsyncClient) -> None:
    response = await client.get("/v1/regions/helse-atlantis")
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["rule"] == "NOT-FOUND"
    assert "helse-atlantis" in response.json()["detail"]


async def test_health_trusts_filtered_by_region_with_organisation_numbers(client: httpx.AsyncClient) -> None:
    response = await client.get("/v1/health-trusts", params={"region": "helse-nord"})
    trusts = {t["code"]: t["org_number"] for t in response.json()["items"]}
    assert trusts == {
        "finnmarkssykehuset": "983974880",
        "helgelandssykehuset": "983974929",
        "nordlandssykehuset": "983974910",
        "unn": "983974899",
    }


async def test_specialties_show_responsible_region_and_hospital_basis(client: httpx.AsyncClient) -> None:
    response = await client.get("/v1/specialties/anestesiologi")
    assert response.json() | {"updated_at": None} == {
        "code": "anestesiologi",
        "name_nb": "Anestesiologi",
        "name_en": "Anaesthesiology",
        "abbreviation": "ANE",
        "hospital_based": True,
        "responsible_region": "helse-nord",
        "updated_at": None,
    }
    municipal = await client.get("/v1/specialties", params={"hospital_based": "false"})
    assert [s["code"] for s in municipal.json()["items"]] == ["allmennmedisin", "samfunnsmedisin"]


async def test_pages_follow_the_link_header_through_the_whole_collection(client: httpx.AsyncClient) -> None:
    seen: list[str] = []
    url: str | None = "/v1/specialties?limit=10"
    pages = 0
    while url:
        response = await client.get(url)
        body = response.json()
        seen.extend(s["code"] for s in body["items"])
        pages += 1
        url = response.links.get("next", {}).get("url")
        assert (url is None) == (body["next_cursor"] is None)
    assert pages == 5
    assert len(seen) == len(set(seen)) == 46
    assert seen == sorted(seen)


@pytest.mark.parametrize("cursor", ["garbage", "WyJhIiwiYiJd"])
async def test_a_tampered_cursor_is_refused_naming_the_parameter(
    client: httpx.AsyncClient, cursor: str
) -> None:
    response = await client.get("/v1/specialties", params={"cursor": cursor})
    assert response.status_code == 422
    assert response.json()["rule"] == "REQUEST-INVALID"
    assert response.json()["errors"][0]["parameter"] == "cursor"


@pytest.mark.parametrize("limit", ["0", "501", "ten"])
async def test_a_limit_out_of_range_is_refused(client: httpx.AsyncClient, limit: str) -> None:
    response = await client.get("/v1/regions", params={"limit": limit})
    assert response.status_code == 422
    assert response.json()["errors"][0]["parameter"] == "limit"


@pytest.mark.parametrize(
    ("on", "region", "starts_on"),
    [("2018-03-01", "helse-vest", "2017-02-01"), ("2020-06-30", "helse-sor-ost", "2019-02-01")],
)
async def test_coordinating_regut_on_a_date(
    client: httpx.AsyncClient, on: str, region: str, starts_on: str
) -> None:
    """REGUT-COORDINATING-ROTATION."""
    response = await client.get("/v1/coordinating-regut", params={"on": on})
    assert response.status_code == 200
    assert response.json()["region"] == region
    assert response.json()["period"]["starts_on"] == starts_on


async def test_a_date_with_no_recorded_period_says_so_with_the_rule(client: httpx.AsyncClient) -> None:
    response = await client.get("/v1/coordinating-regut", params={"on": "2026-11-23"})
    assert response.status_code == 404
    assert response.json()["rule"] == "REGUT-COORDINATING-ROTATION"


async def test_a_naive_updated_since_is_refused_not_a_server_error(client: httpx.AsyncClient) -> None:
    response = await client.get("/v1/health-trusts", params={"updated_since": "2026-01-01T00:00:00"})
    assert response.status_code == 422
    assert response.json()["errors"][0]["parameter"] == "updated_since"


async def test_updated_since_returns_only_what_changed(client: httpx.AsyncClient) -> None:
    everything = await client.get("/v1/health-trusts", params={"updated_since": "2000-01-01T00:00:00+00:00"})
    nothing = await client.get("/v1/health-trusts", params={"updated_since": "2999-01-01T00:00:00+01:00"})
    assert len(everything.json()["items"]) == 27
    assert nothing.json()["items"] == []


@pytest.mark.parametrize("instant", ["9999-12-31T23:59:59-12:00", "0001-01-01T00:00:00+14:00"])
@pytest.mark.parametrize("path", ["/v1/councils", "/v1/health-trusts", "/v1/specialties"])
async def test_an_instant_beyond_the_calendar_in_utc_is_refused_not_a_server_error(
    client: httpx.AsyncClient, path: str, instant: str
) -> None:
    response = await client.get(path, params={"updated_since": instant})
    assert response.status_code == 422
    assert response.json()["errors"][0]["parameter"] == "updated_since"
