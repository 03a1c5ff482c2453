"""What every endpoint shares: problem+json errors, never FastAPI's default shapes, no 500s."""

import httpx

from tests.tokens import Tokens


async def test_an_unknown_route_is_a_problem(client: httpx.AsyncClient) -> None:
    response = await client.get("/v1/nothing-here")
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json() | {"detail": None} == {
        "type": "/v1/rules/NOT-FOUND",
        "title": "Not Found",
        "status": 404,
        "detail": None,
        "instance": "/v1/nothing-here",
        "rule": "NOT-FOUND",
        "errors": [],
        "request_id": response.headers["x-request-id"],
    }


async def test_a_wrong_method_is_a_problem(client: httpx.AsyncClient) -> None:
    response = await client.delete("/v1/regions")
    assert response.status_code == 405
    assert response.json()["rule"] == "METHOD-NOT-ALLOWED"


async def test_a_body_that_is_not_json_is_refused_as_invalid(
    client: httpx.AsyncClient, tokens: Tokens
) -> None:
    response = await client.post(
        "/v1/councils", content=b"{not json", headers={"content-type": "application/json"} | tokens.admin()
    )
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["rule"] == "REQUEST-INVALID"


async def test_several_invalid_fields_are_all_reported(client: httpx.AsyncClient, tokens: Tokens) -> None:
    response = await client.post(
        "/v1/councils", json={"kind": "national", "specialty": "Not A Code"}, headers=tokens.admin()
    )
    assert response.status_code == 422
    assert {e["pointer"] for e in response.json()["errors"]} >= {"/kind", "/specialty"}


async def test_a_body_that_is_not_utf8_is_invalid_not_an_undeclared_400(
    client: httpx.AsyncClient, tokens: Tokens
) -> None:
    """Found by schemathesis: FastAPI answered 400, which the contract does not declare."""
    response = await client.post(
        "/v1/councils", content=b"\xff", headers={"content-type": "application/json"} | tokens.admin()
    )
    assert response.status_code == 422
    assert response.json()["rule"] == "REQUEST-INVALID"
