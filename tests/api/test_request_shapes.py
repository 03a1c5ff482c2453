"""The request shapes a user reaches for: a person is `{"id": …}` or the person inline, at every
place a person is named (the appointee, the deputy, a new deputy)."""

from typing import Any

import httpx
import pytest

from tests.api.test_seat_walkthroughs import Registry, hn_seat
from tests.tokens import Tokens


async def appoint(registry: Registry, council: str, body: dict[str, Any]) -> httpx.Response:
    return await registry.appoint(council, body, registry.tokens.trust("unn"))


async def test_a_person_is_given_inline_with_their_own_fields(registry: Registry, nord: str) -> None:
    body = hn_seat("unn", "Kari Nordmann") | {"person": {"name": "Kari Nordmann", "hpr_number": "9144889"}}
    response = await appoint(registry, nord, body)
    assert response.status_code == 201, response.text
    assert response.json()["person"]["name"] == "Kari Nordmann"
    assert response.json()["person"]["hpr_number"] == "9144889"


async def test_a_registered_person_is_named_by_id(registry: Registry, nord: str, tokens: Tokens) -> None:
    created = await registry.client.post(
        "/v1/people", json={"name": "Per Hansen"}, headers=tokens.trust("unn")
    )
    body = hn_seat("unn", "ignored") | {"person": {"id": created.json()["id"]}}
    response = await appoint(registry, nord, body)
    assert response.status_code == 201, response.text
    assert response.json()["person"]["id"] == created.json()["id"]


@pytest.mark.parametrize(
    ("person", "pointer"),
    [
        ({}, "/person/name"),
        ({"person": {"name": "Kari"}}, "/person/person"),
        ({"id": "8d0f8c7e-3b7a-4c41-9a53-1f1c2d3e4f50", "name": "Kari"}, "/person/name"),
    ],
    ids=["empty", "the old wrapped shape", "both id and fields"],
)
async def test_a_person_reference_of_neither_shape_is_refused_naming_the_field(
    registry: Registry, nord: str, person: dict[str, Any], pointer: str
) -> None:
    response = await appoint(registry, nord, hn_seat("unn", "x") | {"person": person})
    assert response.status_code == 422
    assert pointer in [e.get("pointer") for e in response.json()["errors"]], response.json()
    assert await registry.seats(nord) == []


async def test_a_deputy_is_given_in_the_same_shape(registry: Registry, nord: str, tokens: Tokens) -> None:
    body = hn_seat("unn", "Kari Nordmann", deputy={"name": "Ola Stedfortreder"})
    response = await appoint(registry, nord, body)
    assert response.status_code == 201, response.text
    assert response.json()["deputy"]["name"] == "Ola Stedfortreder"
