"""Authority over the resource, then what was sent (README, "Errors in order"): a caller with the
operation's scope but no authority over the council, meeting, seat, person or proposal its path names
is refused as a valid request would be, 403 with the same rule, whatever is wrong with its body or
query; a caller who may act still learns what is wrong. The operations are read from openapi.yaml:
one added later is walked too, or listed below as exempt with the reason."""

from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from app.contract.proposals import EXAMPLE_PROPOSAL
from tests.api.test_refusal_order import CONTRACT, METHODS, NOT_JSON
from tests.api.test_seat_walkthroughs import Registry, hn_seat
from tests.tokens import Tokens

NOT_UTF8 = b'{"present": "\xff"}'
NOBODY = "00000000-0000-0000-0000-000000000000"
"""An id no resource has."""

EXEMPT = {
    "correctRegion": "administrators only: the scope is the whole authority (and the path names a code)",
    "correctHealthTrust": "administrators only: the scope is the whole authority (and the path names a code)",
    "correctSpecialty": "administrators only: the scope is the whole authority (and the path names a code)",
    "erasePerson": "administrators only: the scope is the whole authority",
    "restrictPerson": "administrators only: the scope is the whole authority",
    "liftRestriction": "administrators only: the scope is the whole authority",
    "getProposalHistory": "whoever has the scope reads it: no authority over the proposal beyond it",
    "getCompliance": "whoever has the scope reads it: no authority over the council beyond it",
    "getActivitySummary": "whoever has the scope reads it: no authority over the council beyond it",
    "getActivitySummaryPage": "whoever has the scope reads it: no authority over the council beyond it",
    "getImport": "another's import is not found (404), never refused; the id is its only parameter",
    "withdrawRepresentative": "no body and no query: nothing is read before the use case asks authority",
}
"""Operations with a scope and a resource in their path that the walk leaves out, and why."""

OUTSIDERS = {"addStatement": "trust"}
"""Who has the scope but no authority, where it is not the RegUt of Helse Vest (which records its own
regional council's statement on any proposal of the specialty): a health trust's system."""


@dataclass(frozen=True)
class Operation:
    method: str
    path: str
    operation_id: str
    body_schema: dict[str, Any] | None


def walked_operations() -> list[Any]:
    found = []
    for path, item in CONTRACT["paths"].items():
        for method in METHODS:
            operation = item.get(method)
            if operation is None or "{" not in path or not operation.get("security"):
                continue
            if not any(r.get("HelseID") for r in operation["security"]) or operation["operationId"] in EXEMPT:
                continue
            content = operation.get("requestBody", {}).get("content", {}).get("application/json")
            found.append(
                pytest.param(
                    Operation(method.upper(), path, operation["operationId"], content and content["schema"]),
                    id=operation["operationId"],
                )
            )
    return found


OPERATIONS = walked_operations()


def example(schema: dict[str, Any]) -> dict[str, Any]:
    """The contract's own example of a valid body (the first variant's, for a choice of shapes)."""
    if "$ref" in schema:
        schema = CONTRACT["components"]["schemas"][schema["$ref"].rpartition("/")[2]]
    if "oneOf" in schema:
        return example(schema["oneOf"][0])
    return dict(schema["examples"][0])


@dataclass
class Resources:
    """One of each kind of resource, all Helse Nord's: its regional council of anaesthesiology, a seat
    UNN appointed to it and the person holding it, a meeting of it, and a draft proposal UNN raised."""

    ids: dict[str, str]
    """By the name of the path parameter that names each."""

    def url(self, path: str, *, nobody: bool = False) -> str:
        for name, value in self.ids.items():
            path = path.replace(f"{{{name}}}", NOBODY if nobody else value)
        return path


@pytest.fixture
async def resources(registry: Registry, client: httpx.AsyncClient, tokens: Tokens) -> Resources:
    council = await registry.council(region="helse-nord")
    seat = await registry.appointed(council, hn_seat("unn", "Spesialist UNN"), tokens.trust("unn"))
    meeting = await client.post(
        f"/v1/councils/{council}/meetings",
        json={"starts_at": "2025-11-20T10:00:00+01:00", "ends_at": "2025-11-20T12:00:00+01:00"},
        headers=tokens.regut("helse-nord"),
    )
    proposal = await client.post("/v1/proposals", json=EXAMPLE_PROPOSAL, headers=tokens.trust("unn"))
    assert meeting.status_code == proposal.status_code == 201, (meeting.text, proposal.text)
    return Resources(
        {
            "council_id": council,
            "representative_id": seat["id"],
            "person_id": seat["person"]["id"],
            "meeting_id": meeting.json()["id"],
            "proposal_id": proposal.json()["id"],
        }
    )


def valid(operation: Operation, resources: Resources) -> dict[str, Any]:
    request: dict[str, Any] = {"method": operation.method, "url": resources.url(operation.path)}
    if operation.body_schema is not None:
        body = example(operation.body_schema)
        if operation.operation_id == "addStatement":
            body["council"] = resources.ids["council_id"]  # the example's council is no stored one
        request["json"] = body
    return request


def invalid(operation: Operation, resources: Resources, *, nobody: bool = False) -> dict[str, Any]:
    """The same operation on the same resource, with a body that is not even JSON, or a query out of
    range where it takes no body."""
    request: dict[str, Any] = {
        "method": operation.method,
        "url": resources.url(operation.path, nobody=nobody),
    }
    if operation.body_schema is not None:
        request |= {"content": NOT_JSON, "headers": {"Content-Type": "application/json"}}
    else:
        request["params"] = {"limit": "-1"}
    return request


def outsider(operation: Operation, tokens: Tokens) -> dict[str, str]:
    if OUTSIDERS.get(operation.operation_id) == "trust":
        return tokens.trust("ahus")
    return tokens.regut("helse-vest")


async def send(client: httpx.AsyncClient, request: dict[str, Any], headers: dict[str, str]) -> httpx.Response:
    return await client.request(**request | {"headers": request.get("headers", {}) | headers})


def test_the_walk_covers_every_operation_on_a_resource_that_is_not_exempt() -> None:
    walked = {p.values[0].operation_id for p in OPERATIONS}
    assert {"recordAttendance", "appointRepresentative", "electLeadership", "submitProposal"} <= walked
    assert len(walked) >= 24
    every = {
        op["operationId"]
        for item in CONTRACT["paths"].values()
        for op in item.values()
        if "operationId" in op
    }
    assert set(EXEMPT) <= every, "an exemption names an operation the contract no longer has"


@pytest.mark.parametrize("operation", OPERATIONS)
async def test_a_caller_without_authority_over_the_resource_is_refused_before_its_body_is_read(
    client: httpx.AsyncClient, tokens: Tokens, resources: Resources, operation: Operation
) -> None:
    """The 403 and rule of a valid request (MEETING-ORGANISER, APPOINTER-OWN-TRUST,
    PROPOSAL-RESPONSIBLE-REGUT, …), not 422: who may not act does not learn the body's shape."""
    caller = outsider(operation, tokens)
    refused = await send(client, valid(operation, resources), caller)
    assert refused.status_code == 403, refused.text
    response = await send(client, invalid(operation, resources), caller)
    assert response.status_code == 403, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["rule"] == refused.json()["rule"]
    assert [e["rule"] for e in response.json()["errors"]] == [e["rule"] for e in refused.json()["errors"]]


@pytest.mark.parametrize("operation", OPERATIONS)
async def test_a_caller_with_authority_over_the_resource_still_learns_what_is_wrong_with_its_request(
    client: httpx.AsyncClient, tokens: Tokens, resources: Resources, operation: Operation
) -> None:
    """REQUEST-INVALID for whoever may act: the check of authority hides nothing from it."""
    response = await send(client, invalid(operation, resources), tokens.admin())
    assert response.status_code == 422, response.text
    assert response.json()["rule"] == "REQUEST-INVALID"


@pytest.mark.parametrize("operation", OPERATIONS)
async def test_an_invalid_request_on_a_resource_that_does_not_exist_is_not_found(
    client: httpx.AsyncClient, tokens: Tokens, resources: Resources, operation: Operation
) -> None:
    """NOT-FOUND, as a valid request on it gets: there is nothing whose authority to ask."""
    caller = outsider(operation, tokens)
    expected = await send(
        client, valid(operation, resources) | {"url": resources.url(operation.path, nobody=True)}, caller
    )
    assert expected.status_code == 404, expected.text
    response = await send(client, invalid(operation, resources, nobody=True), caller)
    assert response.status_code == 404, response.text
    assert response.json()["rule"] == "NOT-FOUND"


async def test_another_regions_regut_sending_attendance_missing_a_field_is_refused_by_meeting_organiser(
    client: httpx.AsyncClient, tokens: Tokens, resources: Resources
) -> None:
    """MEETING-ORGANISER (the issue's report): Helse Vest's RegUt recording attendance at a Helse Nord
    council's meeting is refused whether its body lacks `regut_present` or is not UTF-8 at all; Helse
    Nord's RegUt is told what its body lacks."""
    url = f"/v1/meetings/{resources.ids['meeting_id']}/attendance"
    missing_a_field = {"entries": []}
    for headers in (tokens.regut("helse-vest"), tokens.trust("unn")):
        response = await client.put(url, json=missing_a_field, headers=headers)
        assert response.status_code == 403, response.text
        assert response.json()["rule"] == "MEETING-ORGANISER"
    not_utf8 = await client.put(
        url, content=NOT_UTF8, headers=tokens.regut("helse-vest") | {"Content-Type": "application/json"}
    )
    assert not_utf8.status_code == 403, not_utf8.text
    assert not_utf8.json()["rule"] == "MEETING-ORGANISER"

    organiser = tokens.regut("helse-nord")
    response = await client.put(url, json=missing_a_field, headers=organiser)
    assert response.status_code == 422, response.text
    assert [e.get("pointer") for e in response.json()["errors"]] == ["/regut_present"]
    not_utf8 = await client.put(
        url, content=NOT_UTF8, headers=organiser | {"Content-Type": "application/json"}
    )
    assert not_utf8.status_code == 422, not_utf8.text


async def test_a_trust_appointing_to_a_council_it_does_not_appoint_to_is_refused_before_its_body_is_read(
    client: httpx.AsyncClient, tokens: Tokens, resources: Resources
) -> None:
    """APPOINTER-OWN-TRUST: a seat on a Helse Nord council is none Ahus manages, whichever the body
    names; UNN, which appoints to it, is told what is wrong with its body."""
    url = f"/v1/councils/{resources.ids['council_id']}/representatives"
    refused = await client.post(url, json={"seat": "member"}, headers=tokens.trust("ahus"))
    assert refused.status_code == 403, refused.text
    assert refused.json()["rule"] == "APPOINTER-OWN-TRUST"
    response = await client.post(url, json={"seat": "member"}, headers=tokens.trust("nordlandssykehuset"))
    assert response.status_code == 422, response.text


async def test_an_id_that_is_no_id_is_invalid_for_a_caller_with_the_scope(
    client: httpx.AsyncClient, tokens: Tokens
) -> None:
    """REQUEST-INVALID: a path that names no resource has no authority to ask about."""
    response = await client.put(
        "/v1/meetings/not-an-id/attendance", json={"entries": []}, headers=tokens.regut("helse-vest")
    )
    assert response.status_code == 422, response.text
    assert "meeting_id" in {e.get("parameter") for e in response.json()["errors"]}
