"""Administrators correct reference data; RegUt sets who appoints to its councils (API.md)."""

import httpx
import pytest

from app.bootstrap import load_reference
from app.storage.database import Database
from tests.tokens import Tokens


async def patch_as(
    client: httpx.AsyncClient, url: str, changes: dict[str, object], headers: dict[str, str]
) -> httpx.Response:
    etag = (await client.get(url)).headers["etag"]
    return await client.patch(url, json=changes, headers=headers | {"If-Match": etag})


async def test_an_administrator_corrects_a_regut_email_and_a_reload_keeps_it(
    client: httpx.AsyncClient, tokens: Tokens, clean_database: Database
) -> None:
    response = await patch_as(
        client, "/v1/regions/helse-vest", {"regut_email": "regut@helse-bergen.no"}, tokens.admin()
    )
    assert response.status_code == 200
    assert response.json()["regut"]["email"] == "regut@helse-bergen.no"
    await load_reference(clean_database)
    assert (await client.get("/v1/regions/helse-vest")).json()["regut"]["email"] == "regut@helse-bergen.no"


async def test_an_administrator_sets_a_specialtys_responsible_region(
    client: httpx.AsyncClient, tokens: Tokens
) -> None:
    response = await patch_as(
        client, "/v1/specialties/urologi", {"responsible_region": "helse-vest"}, tokens.admin()
    )
    assert response.json()["responsible_region"] == "helse-vest"
    # ... which makes Helse Vest's RegUt the one that constitutes its inter-regional council.
    body = {"kind": "interregional", "specialty": "urologi"}
    assert (
        await client.post("/v1/councils", json=body, headers=tokens.regut("helse-nord"))
    ).status_code == 403
    assert (
        await client.post("/v1/councils", json=body, headers=tokens.regut("helse-vest"))
    ).status_code == 201


async def test_an_unknown_responsible_region_is_refused(client: httpx.AsyncClient, tokens: Tokens) -> None:
    response = await patch_as(
        client, "/v1/specialties/urologi", {"responsible_region": "helse-atlantis"}, tokens.admin()
    )
    assert response.status_code == 422
    assert response.json()["errors"][0]["pointer"] == "/responsible_region"


async def test_an_administrator_corrects_a_trusts_organisation_number(
    client: httpx.AsyncClient, tokens: Tokens
) -> None:
    response = await patch_as(
        client, "/v1/health-trusts/betanien-skien", {"org_number": "999999999"}, tokens.admin()
    )
    assert response.json()["org_number"] == "999999999"


@pytest.mark.parametrize(("org_number", "status"), [("983974899", 422), ("12345", 422), ("98397489x", 422)])
async def test_an_organisation_number_taken_or_malformed_is_refused(
    client: httpx.AsyncClient, tokens: Tokens, org_number: str, status: int
) -> None:
    response = await patch_as(
        client, "/v1/health-trusts/betanien-skien", {"org_number": org_number}, tokens.admin()
    )
    assert response.status_code == status
    assert (await client.get("/v1/health-trusts/betanien-skien")).json()["org_number"] == "981275721"


@pytest.mark.parametrize("who", ["regut", "trust", "reader"])
async def test_only_administrators_correct_reference_data(
    client: httpx.AsyncClient, tokens: Tokens, who: str
) -> None:
    headers = {
        "regut": tokens.regut("helse-vest"),
        "trust": tokens.trust("unn"),
        "reader": tokens.bearer("read"),
    }[who]
    response = await patch_as(client, "/v1/regions/helse-vest", {"regut_email": "x@y.no"}, headers)
    assert response.status_code == 403
    assert (await client.get("/v1/regions/helse-vest")).json()["regut"]["email"] is None


async def test_an_administrator_records_the_next_coordinating_period(
    client: httpx.AsyncClient, tokens: Tokens
) -> None:
    """REGUT-COORDINATING-ROTATION: the start defaults to the day after the previous period."""
    response = await client.post(
        "/v1/coordinating-regut/periods",
        json={"region": "helse-nord", "ends_on": "2023-01-31"},
        headers=tokens.admin(),
    )
    assert response.status_code == 201
    assert response.json()["starts_on"] == "2021-02-01"
    on = await client.get("/v1/coordinating-regut", params={"on": "2022-06-01"})
    assert on.json()["region"] == "helse-nord"


@pytest.mark.parametrize(
    "body",
    [
        {"region": "helse-nord", "ends_on": "2023-02-28"},
        {"region": "helse-nord", "starts_on": "2020-02-01", "ends_on": "2023-01-31"},
        {"region": "helse-nord", "starts_on": "2031-01-01", "ends_on": "2031-01-31"},
        {"region": "helse-vest", "starts_on": "2031-02-01", "ends_on": "2030-01-31"},
    ],
    ids=["not ending 31 January", "overlapping", "one month, not two years", "ending before it starts"],
)
async def test_a_period_that_breaks_the_rotation_is_refused(
    client: httpx.AsyncClient, tokens: Tokens, body: dict[str, str]
) -> None:
    response = await client.post("/v1/coordinating-regut/periods", json=body, headers=tokens.admin())
    assert response.status_code == 422
    assert response.json()["rule"] == "REGUT-COORDINATING-ROTATION"
    assert len((await client.get("/v1/coordinating-regut/periods")).json()["items"]) == 2


async def regional_council(client: httpx.AsyncClient, tokens: Tokens, region: str = "helse-vest") -> str:
    body = {"kind": "regional", "specialty": "revmatologi", "region": region}
    return (await client.post("/v1/councils", json=body, headers=tokens.admin())).headers["location"]


async def test_regut_adds_a_private_hospital_to_its_councils_appointing_trusts(
    client: httpx.AsyncClient, tokens: Tokens
) -> None:
    """TRUST-HAS-SEAT: RegUt adds a private hospital that trains in the specialty."""
    url = f"{await regional_council(client, tokens)}/appointing-trusts"
    trusts = ["helse-bergen", "helse-stavanger", "haugesund-revmatismesykehus"]
    response = await client.put(
        url,
        json={"trusts": trusts},
        headers=tokens.regut("helse-vest") | {"If-Match": (await client.get(url)).headers["etag"]},
    )
    assert response.status_code == 200
    assert response.json() == {"trusts": sorted(trusts)}
    assert (await client.get(url)).json() == response.json(), "GET answers in the shape PUT takes"


async def test_another_regions_regut_may_not_set_the_appointing_trusts(
    client: httpx.AsyncClient, tokens: Tokens
) -> None:
    url = f"{await regional_council(client, tokens)}/appointing-trusts"
    before = await client.get(url)
    response = await client.put(
        url,
        json={"trusts": ["helse-bergen"]},
        headers=tokens.regut("helse-nord") | {"If-Match": before.headers["etag"]},
    )
    assert response.status_code == 403
    assert (await client.get(url)).json() == before.json()


async def test_an_appointing_trust_outside_the_region_is_refused(
    client: httpx.AsyncClient, tokens: Tokens
) -> None:
    """TRUST-IN-REGION."""
    url = f"{await regional_council(client, tokens)}/appointing-trusts"
    response = await client.put(
        url,
        json={"trusts": ["helse-bergen", "unn"]},
        headers=tokens.admin() | {"If-Match": (await client.get(url)).headers["etag"]},
    )
    assert response.status_code == 422
    assert (response.json()["rule"], response.json()["errors"][0]["pointer"]) == (
        "TRUST-IN-REGION",
        "/trusts/1",
    )


async def test_an_interregional_council_has_no_appointing_trusts_to_set(
    client: httpx.AsyncClient, tokens: Tokens
) -> None:
    created = await client.post(
        "/v1/councils", json={"kind": "interregional", "specialty": "revmatologi"}, headers=tokens.admin()
    )
    url = f"{created.headers['location']}/appointing-trusts"
    assert (await client.get(url)).json() == {"trusts": []}
    response = await client.put(url, json={"trusts": ["unn"]}, headers=tokens.admin() | {"If-Match": "*"})
    assert response.status_code == 422
