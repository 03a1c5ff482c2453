"""What openapi.yaml declares is what the server does: who may call each operation, the headers it
requires and the headers it sends. Generated clients are built from these declarations."""

import uuid
from typing import Any

import httpx
import pytest

from tests.tokens import Tokens

SAMPLE_CODES = {
    "/v1/regions/": "helse-nord",
    "/v1/health-trusts/": "unn",
    "/v1/specialties/": "anestesiologi",
}


@pytest.fixture
async def contract(client: httpx.AsyncClient) -> dict[str, Any]:
    document: dict[str, Any] = (await client.get("/openapi.json")).json()
    return document


def operations(contract: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (path, method, operation)
        for path, methods in contract["paths"].items()
        for method, operation in methods.items()
    ]


def concrete(path: str) -> str:
    for prefix, code in SAMPLE_CODES.items():
        if path.startswith(prefix):
            path = path.replace("{code}", code)
    return path.format(
        council_id=uuid.uuid4(),
        representative_id=uuid.uuid4(),
        person_id=uuid.uuid4(),
        meeting_id=uuid.uuid4(),
        proposal_id=uuid.uuid4(),
        import_id=uuid.uuid4(),
        rule_id="HN-MAX-FOUR",
        token="a-link-that-opens-nothing",
    )


async def test_an_operation_declared_open_serves_the_anonymous_and_a_protected_one_asks_for_a_token(
    client: httpx.AsyncClient, contract: dict[str, Any]
) -> None:
    for path, method, operation in operations(contract):
        response = await client.request(method, concrete(path), json={} if method != "get" else None)
        if operation["security"] == []:
            assert response.status_code != 401, (method, path)
        else:
            assert response.status_code == 401, (method, path, response.status_code)
            assert "www-authenticate" in response.headers
            assert "WWW-Authenticate" in operation["responses"]["401"]["headers"]


async def test_a_protected_operation_declares_the_scopes_that_let_a_caller_in(
    contract: dict[str, Any],
) -> None:
    scheme = contract["components"]["securitySchemes"]["HelseID"]
    declared = set(scheme["flows"]["clientCredentials"]["scopes"])
    create = contract["paths"]["/v1/councils"]["post"]
    # Either scheme: the token as Bearer, or bound to a key and sent as DPoP with a proof.
    assert create["security"] == [
        {"HelseID": ["lis:council-registry/regut", "lis:council-registry/admin"]},
        {"HelseIDDPoP": []},
    ]
    assert contract["components"]["securitySchemes"]["HelseIDDPoP"]["scheme"] == "DPoP"
    for _, _, operation in operations(contract):
        for requirement in operation["security"]:
            assert set(requirement.get("HelseID", [])) <= declared


async def test_if_match_is_declared_required_exactly_where_its_absence_is_428(
    client: httpx.AsyncClient, contract: dict[str, Any], tokens: Tokens
) -> None:
    """Against existing resources, with an admin token and a body the operation accepts."""
    council = (await client.get("/v1/councils", params={"limit": 1})).json()["items"]
    council_id = council[0]["id"] if council else None
    if council_id is None:
        created = await client.post(
            "/v1/councils", json={"kind": "interregional", "specialty": "nevrologi"}, headers=tokens.admin()
        )
        council_id = created.json()["id"]
    requests = {
        ("patch", "/v1/regions/{code}"): ("/v1/regions/helse-nord", {"name": "Helse Nord"}),
        ("patch", "/v1/councils/{council_id}"): (f"/v1/councils/{council_id}", {"name": "Rådet"}),
    }
    for (method, path), (url, body) in requests.items():
        operation = contract["paths"][path][method]
        if_match = next(p for p in operation["parameters"] if p.get("name") == "If-Match")
        assert if_match["required"] is True
        response = await client.request(method, url, json=body, headers=tokens.admin())
        assert (response.status_code, response.json()["rule"]) == (428, "PRECONDITION-REQUIRED")
    for path, method, operation in operations(contract):
        names = {p.get("name") for p in operation.get("parameters", [])}
        assert ("If-Match" in names) == (method in ("patch", "put", "delete")), (method, path)


async def test_a_list_sends_the_etag_and_the_link_it_declares(
    client: httpx.AsyncClient, contract: dict[str, Any]
) -> None:
    declared = contract["paths"]["/v1/health-trusts"]["get"]["responses"]["200"]["headers"]
    assert {"ETag", "Link"} <= set(declared)
    response = await client.get("/v1/health-trusts", params={"limit": 2})
    assert response.headers["etag"]
    assert response.headers["link"].endswith('rel="next"')


async def test_a_creation_sends_the_location_etag_and_replay_marker_it_declares(
    client: httpx.AsyncClient, contract: dict[str, Any], tokens: Tokens
) -> None:
    declared = contract["paths"]["/v1/councils"]["post"]["responses"]["201"]["headers"]
    assert {"ETag", "Location", "Idempotency-Replayed"} <= set(declared)
    headers = tokens.admin() | {"Idempotency-Key": "declared-headers"}
    body = {"kind": "interregional", "specialty": "urologi"}
    first = await client.post("/v1/councils", json=body, headers=headers)
    replay = await client.post("/v1/councils", json=body, headers=headers)
    assert first.headers["location"] == replay.headers["location"]
    assert first.headers["etag"] == replay.headers["etag"]
    assert replay.headers["idempotency-replayed"] == "true"


async def test_every_successful_answer_with_a_body_declares_an_etag_but_the_never_stored_health_checks(
    client: httpx.AsyncClient, contract: dict[str, Any]
) -> None:
    for path, method, operation in operations(contract):
        for status, response in operation["responses"].items():
            if status.startswith("2") and status != "204":
                declared = "ETag" in response.get("headers", {})
                assert declared == path.startswith("/v1/"), (method, path, status)
    for path in ("/health/live", "/health/ready"):
        assert "etag" not in (await client.get(path)).headers
        assert "If-None-Match" not in {
            p.get("name") for p in contract["paths"][path]["get"].get("parameters", [])
        }
        revalidated = await client.get(path, headers={"If-None-Match": "*"})
        assert revalidated.status_code == 200, "a health check is answered afresh, never 304"


async def test_a_response_field_that_is_always_sent_is_declared_required(contract: dict[str, Any]) -> None:
    schemas = contract["components"]["schemas"]
    assert "errors" in schemas["Problem"]["required"]
    assert "qualifications" in schemas["RepresentativePublic"]["required"]
    assert "instance" not in schemas["Problem"]["required"], "a problem from the server itself has none"


async def test_the_documentation_pages_load_their_scripts_from_the_service(client: httpx.AsyncClient) -> None:
    for page in ("/docs", "/redoc"):
        html = (await client.get(page)).text
        assert "cdn" not in html.lower(), page
        scripts = [part.split('"')[0] for part in html.split('src="')[1:]]
        assert scripts, page
        for script in scripts:
            assert script.startswith("/"), script
            assert (await client.get(script)).status_code == 200, script


async def test_a_precondition_status_is_declared_only_where_if_match_is_read(
    contract: dict[str, Any],
) -> None:
    for path, method, operation in operations(contract):
        takes_if_match = any(p.get("name") == "If-Match" for p in operation.get("parameters", []))
        for status in ("412", "428"):
            assert (status in operation["responses"]) == takes_if_match, (method, path, status)
