"""Councils over HTTP: establishing, reading, changing (MANDATE.md, Councils)."""

import asyncio
import uuid
from collections.abc import Awaitable, Callable

import httpx
import pytest

from app.bootstrap import establish_councils
from app.storage.database import Database
from tests.conftest import StatementCounter
from tests.tokens import Tokens

Create = Callable[..., Awaitable[httpx.Response]]
Patch = Callable[[str, dict[str, object]], Awaitable[httpx.Response]]


@pytest.fixture
def admin(tokens: Tokens) -> dict[str, str]:
    return tokens.admin()


@pytest.fixture
def create(client: httpx.AsyncClient, admin: dict[str, str]) -> Create:
    async def post(**body: object) -> httpx.Response:
        # Established when the mandates began, unless a test says otherwise: seats are dated back in time.
        body.setdefault("established_on", "2019-01-01")
        return await client.post("/v1/councils", json=body, headers=admin)

    return post


@pytest.fixture
def patch(client: httpx.AsyncClient, admin: dict[str, str]) -> Patch:
    """PATCH as an administrator who has just read the council (If-Match with its current ETag)."""

    async def send(council_id: str, changes: dict[str, object]) -> httpx.Response:
        etag = (await client.get(f"/v1/councils/{council_id}")).headers["etag"]
        return await client.patch(
            f"/v1/councils/{council_id}", json=changes, headers=admin | {"If-Match": etag}
        )

    return send


async def council_count(client: httpx.AsyncClient) -> int:
    return len((await client.get("/v1/councils", params={"limit": 500})).json()["items"])


async def test_the_national_structure_answers_the_website_query(
    client: httpx.AsyncClient, clean_database: Database
) -> None:
    await establish_councils(clean_database)
    response = await client.get("/v1/councils", params={"region": "helse-nord", "specialty": "anestesiologi"})
    [council] = response.json()["items"]
    assert council["kind"] == "regional"
    assert council["profile"] == "helse-nord"
    assert council["name"] == "Regionalt utdanningsråd i anestesiologi, Helse Nord"


async def test_councils_are_filtered_by_kind_region_and_specialty(
    client: httpx.AsyncClient, clean_database: Database
) -> None:
    await establish_councils(clean_database)
    interregional = (await client.get("/v1/councils", params={"kind": "interregional", "limit": 500})).json()
    assert len(interregional["items"]) == 44
    assert {c["region"] for c in interregional["items"]} == {None}
    urology = (await client.get("/v1/councils", params={"specialty": "urologi"})).json()["items"]
    assert sorted((c["kind"], c["region"] or "") for c in urology) == [
        ("interregional", ""),
        ("regional", "helse-midt-norge"),
        ("regional", "helse-nord"),
        ("regional", "helse-sor-ost"),
        ("regional", "helse-vest"),
    ]


async def test_listing_councils_costs_the_same_queries_for_one_or_a_page_of_them(
    client: httpx.AsyncClient, clean_database: Database, count_statements: StatementCounter
) -> None:
    await establish_councils(clean_database)
    await client.get("/v1/councils", params={"limit": 2})  # from now on its answers are kept, once built
    count_statements.statements.clear()
    await client.get("/v1/councils", params={"limit": 1})
    one = len(count_statements)
    count_statements.statements.clear()
    await client.get("/v1/councils", params={"limit": 200})
    assert len(count_statements) == one


@pytest.mark.parametrize(("parameter", "value"), [("region", "helse-atlantis"), ("specialty", "alkymi")])
async def test_a_misspelt_filter_is_refused_rather_than_answered_with_nothing(
    client: httpx.AsyncClient, parameter: str, value: str
) -> None:
    response = await client.get("/v1/councils", params={parameter: value})
    assert response.status_code == 422
    assert response.json()["errors"][0]["parameter"] == parameter


async def test_establishing_a_regional_council_gives_its_location_and_default_appointing_trusts(
    client: httpx.AsyncClient, create: Create
) -> None:
    response = await create(kind="regional", specialty="urologi", region="helse-vest")
    assert response.status_code == 201
    council = response.json()
    assert response.headers["location"] == f"/v1/councils/{council['id']}"
    assert council["profile"] == "regional-default"
    assert (await client.get(response.headers["location"])).json() == council
    trusts = (await client.get(f"/v1/councils/{council['id']}/appointing-trusts")).json()["trusts"]
    assert trusts == ["helse-bergen", "helse-fonna", "helse-forde", "helse-stavanger"]


async def test_a_private_hospital_can_be_named_as_appointing_trust(
    client: httpx.AsyncClient, create: Create
) -> None:
    response = await create(
        kind="regional",
        specialty="revmatologi",
        region="helse-vest",
        appointing_trusts=["helse-bergen", "haugesund-revmatismesykehus"],
    )
    assert response.status_code == 201
    trusts = (await client.get(f"/v1/councils/{response.json()['id']}/appointing-trusts")).json()["trusts"]
    assert set(trusts) == {"helse-bergen", "haugesund-revmatismesykehus"}


async def test_an_appointing_trust_from_another_region_is_refused(
    client: httpx.AsyncClient, create: Create
) -> None:
    """TRUST-IN-REGION."""
    response = await create(
        kind="regional", specialty="urologi", region="helse-vest", appointing_trusts=["helse-bergen", "ous"]
    )
    assert response.status_code == 422
    [error] = response.json()["errors"]
    assert (error["rule"], error["pointer"]) == ("TRUST-IN-REGION", "/appointing_trusts/1")
    assert await council_count(client) == 0


async def test_a_second_council_for_the_same_region_and_specialty_is_refused(
    client: httpx.AsyncClient, create: Create
) -> None:
    """COUNCIL-UNIQUE."""
    assert (await create(kind="regional", specialty="urologi", region="helse-nord")).status_code == 201
    response = await create(kind="regional", specialty="urologi", region="helse-nord", name="Another")
    assert response.status_code == 409
    assert response.json()["rule"] == "COUNCIL-UNIQUE"
    assert await council_count(client) == 1


async def test_a_council_for_general_practice_is_refused(client: httpx.AsyncClient, create: Create) -> None:
    """COUNCIL-SPECIALTY-HOSPITAL."""
    response = await create(kind="interregional", specialty="allmennmedisin")
    assert response.status_code == 422
    assert response.json()["rule"] == "COUNCIL-SPECIALTY-HOSPITAL"
    assert response.json()["errors"][0]["pointer"] == "/specialty"
    assert await council_count(client) == 0


@pytest.mark.parametrize(
    ("body", "pointer"),
    [
        ({"kind": "interregional", "specialty": "urologi", "region": "helse-nord"}, ""),
        ({"kind": "regional", "specialty": "urologi"}, ""),
        ({"kind": "regional", "specialty": "alkymi", "region": "helse-nord"}, "/specialty"),
        ({"kind": "regional", "specialty": "urologi", "region": "helse-atlantis"}, "/region"),
        ({"kind": "regional", "specialty": "urologi", "region": "helse-nord", "colour": "red"}, "/colour"),
        (
            {"kind": "regional", "specialty": "urologi", "region": "helse-nord", "contact_email": "no"},
            "/contact_email",
        ),
        ({"kind": "regional", "specialty": "urologi", "region": "helse-nord", "name": "a\u0000b"}, "/name"),
        ({"kind": "national", "specialty": "urologi"}, "/kind"),
    ],
)
async def test_bad_input_is_refused_naming_the_field_and_nothing_is_written(
    client: httpx.AsyncClient, create: Create, body: dict[str, object], pointer: str
) -> None:
    response = await create(**body)
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["rule"] == "REQUEST-INVALID"
    assert pointer in [e.get("pointer") for e in response.json()["errors"]]
    assert await council_count(client) == 0


async def test_concurrent_requests_for_the_same_council_create_exactly_one(
    client: httpx.AsyncClient, create: Create
) -> None:
    """COUNCIL-UNIQUE under concurrency: the database, not luck, decides."""
    responses = await asyncio.gather(
        *(create(kind="interregional", specialty="nevrologi") for _ in range(12))
    )
    assert sorted(r.status_code for r in responses) == [201] + [409] * 11
    assert {r.json()["rule"] for r in responses if r.status_code == 409} == {"COUNCIL-UNIQUE"}
    assert await council_count(client) == 1


async def test_a_council_can_be_renamed_and_given_a_contact(create: Create, patch: Patch) -> None:
    created = (await create(kind="regional", specialty="urologi", region="helse-nord")).json()
    response = await patch(created["id"], {"name": "RUR urologi", "contact_email": "rur.urologi@unn.no"})
    assert response.status_code == 200
    assert (response.json()["name"], response.json()["contact_email"]) == (
        "RUR urologi",
        "rur.urologi@unn.no",
    )
    assert response.json()["specialty"] == "urologi"
    cleared = await patch(created["id"], {"contact_email": None})
    assert cleared.json()["contact_email"] is None
    assert cleared.json()["name"] == "RUR urologi"


async def test_moving_a_council_onto_an_existing_ones_specialty_is_refused(
    client: httpx.AsyncClient, create: Create, patch: Patch
) -> None:
    """COUNCIL-UNIQUE on PATCH."""
    await create(kind="regional", specialty="urologi", region="helse-nord")
    other = (await create(kind="regional", specialty="nevrologi", region="helse-nord")).json()
    response = await patch(other["id"], {"specialty": "urologi"})
    assert response.status_code == 409
    assert response.json()["rule"] == "COUNCIL-UNIQUE"
    assert (await client.get(f"/v1/councils/{other['id']}")).json()["specialty"] == "nevrologi"


async def test_changing_a_council_to_a_municipal_specialty_is_refused(create: Create, patch: Patch) -> None:
    """COUNCIL-SPECIALTY-HOSPITAL on PATCH."""
    created = (await create(kind="interregional", specialty="urologi")).json()
    response = await patch(created["id"], {"specialty": "samfunnsmedisin"})
    assert response.status_code == 422
    assert response.json()["rule"] == "COUNCIL-SPECIALTY-HOSPITAL"


async def test_moving_a_council_to_another_region_resets_its_appointing_trusts(
    client: httpx.AsyncClient, create: Create, patch: Patch
) -> None:
    created = (await create(kind="regional", specialty="urologi", region="helse-vest")).json()
    response = await patch(created["id"], {"region": "helse-nord"})
    assert response.json()["profile"] == "helse-nord"
    trusts = (await client.get(f"/v1/councils/{created['id']}/appointing-trusts")).json()["trusts"]
    regions = {(await client.get(f"/v1/health-trusts/{code}")).json()["region"] for code in trusts}
    assert regions == {"helse-nord"}


@pytest.mark.parametrize(
    ("changes", "pointer"),
    [
        ({"name": None}, ""),
        ({"region": None}, "/region"),
        ({"dissolved_on": "1999-01-01"}, "/dissolved_on"),
        ({"kind": "interregional"}, "/kind"),
    ],
)
async def test_invalid_changes_are_refused_and_nothing_changes(
    client: httpx.AsyncClient, create: Create, patch: Patch, changes: dict[str, object], pointer: str
) -> None:
    created = (await create(kind="regional", specialty="urologi", region="helse-vest")).json()
    response = await patch(created["id"], changes)
    assert response.status_code == 422
    assert pointer in [e.get("pointer") for e in response.json()["errors"]]
    assert (await client.get(f"/v1/councils/{created['id']}")).json() == created


async def test_a_dissolved_council_stays_visible_with_its_date(
    client: httpx.AsyncClient, create: Create, patch: Patch
) -> None:
    created = (await create(kind="regional", specialty="urologi", region="helse-vest")).json()
    await patch(created["id"], {"dissolved_on": "2030-01-31"})
    [listed] = (await client.get("/v1/councils", params={"specialty": "urologi"})).json()["items"]
    assert listed["dissolved_on"] == "2030-01-31"


async def test_unknown_and_malformed_council_ids(client: httpx.AsyncClient, admin: dict[str, str]) -> None:
    missing = await client.get(f"/v1/councils/{uuid.uuid4()}")
    assert (missing.status_code, missing.json()["rule"]) == (404, "NOT-FOUND")
    malformed = await client.get("/v1/councils/not-a-uuid")
    assert (malformed.status_code, malformed.json()["errors"][0]["parameter"]) == (422, "council_id")
    patch_missing = await client.patch(
        f"/v1/councils/{uuid.uuid4()}", json={"name": "x"}, headers=admin | {"If-Match": "*"}
    )
    assert patch_missing.status_code == 404


async def test_a_council_shows_its_leadership_and_representatives_on_a_date(
    client: httpx.AsyncClient, create: Create, tokens: Tokens
) -> None:
    council = (await create(kind="regional", specialty="urologi", region="helse-nord")).json()
    body = {
        "person": {"name": "Anna Berg", "hpr_number": "7654321"},
        "trust": "unn",
        "starts_on": "2026-01-01",
        "ends_on": "2026-12-31",
        "qualifications": {"specialist_in_specialty": True},
    }
    seat = await client.post(
        f"/v1/councils/{council['id']}/representatives", json=body, headers=tokens.trust("unn")
    )
    assert seat.status_code == 201
    during = (await client.get(f"/v1/councils/{council['id']}", params={"on": "2026-06-01"})).json()
    assert [r["person"]["name"] for r in during["representatives"]] == ["Anna Berg"]
    assert during["representatives"][0]["person"]["hpr_number"] is None
    after = (await client.get(f"/v1/councils/{council['id']}", params={"on": "2027-01-01"})).json()
    assert after["representatives"] == []
