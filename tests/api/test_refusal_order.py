"""Authentication, then authority, then what was sent (README, "Errors in order"): a caller who may not
act gets 401 or 403 before any validation of its path, query or body, on every operation the contract
declares a scope for. The operations are read from openapi.yaml, so one added later is walked too."""

from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from tests.tokens import Tokens

CONTRACT = yaml.safe_load((Path(__file__).resolve().parents[2] / "openapi.yaml").read_text(encoding="utf-8"))
SCOPES = ("read", "appointments", "regut", "admin")
METHODS = ("get", "post", "put", "patch", "delete")
NOT_JSON = b'{"name": "Kari'
"""A body no operation accepts: not even JSON."""


def protected_operations() -> list[Any]:
    found = []
    for path, item in CONTRACT["paths"].items():
        for method in METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            needed = {
                s.rpartition("/")[2] for r in operation.get("security", []) for s in r.get("HelseID", [])
            }
            if needed:
                found.append(pytest.param(method.upper(), path, needed, id=f"{method.upper()} {path}"))
    return found


OPERATIONS = protected_operations()


def everything_wrong(method: str, path: str) -> dict[str, Any]:
    """Path parameters that are no id, query parameters out of range and unknown, a body that is not
    JSON: whatever the operation, each is a 422 for a caller who may act."""
    request: dict[str, Any] = {
        "method": method,
        "url": path.replace("{", "not-").replace("}", ""),
        "params": {"limit": "-1", "after": "bogus", "on": "yesterday", "nonsense": "1"},
    }
    if method in ("POST", "PUT", "PATCH"):
        request["content"] = NOT_JSON
        request["headers"] = {"Content-Type": "application/json"}
    return request


def test_the_walk_covers_the_operations_of_the_contract() -> None:
    assert len(OPERATIONS) > 30
    assert any(p.id == "PUT /v1/meetings/{meeting_id}/attendance" for p in OPERATIONS)


@pytest.mark.parametrize(("method", "path", "needed"), OPERATIONS)
async def test_an_anonymous_caller_is_told_to_authenticate_before_anything_about_its_request(
    client: httpx.AsyncClient, method: str, path: str, needed: set[str]
) -> None:
    """UNAUTHENTICATED first: what else is wrong with the request is for a caller who may act."""
    request = everything_wrong(method, path)
    response = await client.request(**request)
    assert response.status_code == 401, response.text
    assert response.json()["rule"] == "UNAUTHENTICATED"
    assert response.headers["www-authenticate"].startswith("Bearer")


@pytest.mark.parametrize(("method", "path", "needed"), OPERATIONS)
async def test_a_token_without_the_operations_scope_is_refused_before_anything_about_its_request(
    client: httpx.AsyncClient, tokens: Tokens, method: str, path: str, needed: set[str]
) -> None:
    """FORBIDDEN (or the mandate rule that says why no other scope may act) before 422: a caller who
    may not act must not learn what shape the operation's body has."""
    wrong = [scope for scope in SCOPES if scope not in needed]
    callers = [tokens.bearer(), *(tokens.bearer(scope) for scope in wrong)]
    for headers in callers:
        request = everything_wrong(method, path)
        request["headers"] = request.get("headers", {}) | headers
        response = await client.request(**request)
        assert response.status_code == 403, (headers, response.text)
        assert response.headers["content-type"] == "application/problem+json"


async def test_a_trust_sending_attendance_with_a_body_missing_a_field_is_refused_by_meeting_organiser(
    client: httpx.AsyncClient, tokens: Tokens
) -> None:
    """MEETING-ORGANISER: a trust's system never organises meetings, so its body is never read."""
    response = await client.put(
        "/v1/meetings/00000000-0000-0000-0000-000000000000/attendance",
        json={"present": []},
        headers=tokens.trust("unn"),
    )
    assert response.status_code == 403, response.text
    assert response.json()["rule"] == "MEETING-ORGANISER"
