"""The protocol every endpoint shares (API.md, Protocol conventions): revalidation, optimistic
locking, retry-safe creation and bounded bodies."""

import asyncio

import httpx
import pytest

from app.storage.database import Database
from tests.tokens import Tokens

COUNCIL = {"kind": "interregional", "specialty": "nevrologi"}


async def council_count(client: httpx.AsyncClient) -> int:
    return len((await client.get("/v1/councils", params={"limit": 500})).json()["items"])


@pytest.mark.parametrize("path", ["/v1/regions", "/v1/regions/helse-nord", "/v1/specialties?limit=5"])
async def test_an_unchanged_resource_revalidates_with_304_and_no_body(
    client: httpx.AsyncClient, path: str
) -> None:
    first = await client.get(path)
    etag = first.headers["etag"]
    assert etag.startswith('"')
    assert etag.endswith('"')
    again = await client.get(path, headers={"If-None-Match": etag})
    assert again.status_code == 304
    assert again.content == b""
    assert again.headers["etag"] == etag
    assert (await client.get(path, headers={"If-None-Match": '"something-else"'})).status_code == 200


async def test_anonymous_reads_are_publicly_cacheable_and_authenticated_ones_private(
    client: httpx.AsyncClient, tokens: Tokens
) -> None:
    anonymous = await client.get("/v1/regions")
    assert anonymous.headers["cache-control"] == "public, max-age=60"
    assert "Authorization" in anonymous.headers["vary"]
    authenticated = await client.get("/v1/regions", headers=tokens.bearer("read"))
    assert authenticated.headers["cache-control"] == "private, no-cache"


async def test_a_change_changes_the_etag(client: httpx.AsyncClient, tokens: Tokens) -> None:
    before = (await client.get("/v1/regions/helse-vest")).headers["etag"]
    response = await client.patch(
        "/v1/regions/helse-vest",
        json={"regut_email": "regut@helse-bergen.no"},
        headers=tokens.admin() | {"If-Match": before},
    )
    assert response.status_code == 200
    after = await client.get("/v1/regions/helse-vest", headers={"If-None-Match": before})
    assert after.status_code == 200
    assert after.headers["etag"] == response.headers["etag"] != before


async def test_a_change_without_if_match_is_refused_with_428_and_nothing_changes(
    client: httpx.AsyncClient, tokens: Tokens
) -> None:
    response = await client.patch(
        "/v1/regions/helse-vest", json={"regut_email": "x@y.no"}, headers=tokens.admin()
    )
    assert response.status_code == 428
    assert response.json()["rule"] == "PRECONDITION-REQUIRED"
    assert (await client.get("/v1/regions/helse-vest")).json()["regut"]["email"] is None


async def test_a_stale_if_match_leaves_the_resource_unchanged(
    client: httpx.AsyncClient, tokens: Tokens
) -> None:
    created = await client.post("/v1/councils", json=COUNCIL, headers=tokens.admin())
    url = created.headers["location"]
    read = created.headers["etag"]
    first = await client.patch(url, json={"name": "First edit"}, headers=tokens.admin() | {"If-Match": read})
    assert first.status_code == 200
    second = await client.patch(
        url, json={"name": "Lost update"}, headers=tokens.admin() | {"If-Match": read}
    )
    assert second.status_code == 412
    assert second.json()["rule"] == "PRECONDITION-FAILED"
    assert (await client.get(url)).json()["name"] == "First edit"


async def test_a_weak_etag_never_satisfies_if_match(client: httpx.AsyncClient, tokens: Tokens) -> None:
    etag = (await client.get("/v1/health-trusts/unn")).headers["etag"]
    response = await client.patch(
        "/v1/health-trusts/unn", json={"name": "UNN"}, headers=tokens.admin() | {"If-Match": f"W/{etag}"}
    )
    assert response.status_code == 412


async def test_a_retried_post_replays_the_first_response_and_writes_nothing(
    client: httpx.AsyncClient, tokens: Tokens
) -> None:
    headers = tokens.admin() | {"Idempotency-Key": "create-nevrologi-1"}
    first = await client.post("/v1/councils", json=COUNCIL, headers=headers)
    retry = await client.post(
        "/v1/councils", json=COUNCIL, headers=tokens.admin() | {"Idempotency-Key": "create-nevrologi-1"}
    )
    assert first.status_code == retry.status_code == 201
    assert retry.json() == first.json()
    assert retry.headers["location"] == first.headers["location"]
    assert retry.headers["idempotency-replayed"] == "true"
    assert "idempotency-replayed" not in first.headers
    assert await council_count(client) == 1


async def test_a_key_reused_for_a_different_body_is_refused(
    client: httpx.AsyncClient, tokens: Tokens
) -> None:
    headers = tokens.admin() | {"Idempotency-Key": "k-1"}
    await client.post("/v1/councils", json=COUNCIL, headers=headers)
    other = await client.post(
        "/v1/councils", json={"kind": "interregional", "specialty": "urologi"}, headers=headers
    )
    assert other.status_code == 422
    assert other.json()["rule"] == "IDEMPOTENCY-KEY-REUSED"
    assert await council_count(client) == 1


async def test_the_same_key_from_another_principal_is_another_request(
    client: httpx.AsyncClient, tokens: Tokens
) -> None:
    key = {"Idempotency-Key": "shared-key"}
    first = await client.post("/v1/councils", json=COUNCIL, headers=tokens.admin() | key)
    other = await client.post(
        "/v1/councils",
        json={"kind": "regional", "specialty": "urologi", "region": "helse-nord"},
        headers=tokens.regut("helse-nord") | key,
    )
    assert (first.status_code, other.status_code) == (201, 201)


async def test_a_refused_request_does_not_burn_its_key(client: httpx.AsyncClient, tokens: Tokens) -> None:
    headers = tokens.admin() | {"Idempotency-Key": "after-a-fix"}
    refused = await client.post(
        "/v1/councils", json={"kind": "interregional", "specialty": "allmennmedisin"}, headers=headers
    )
    assert refused.status_code == 422
    retried = await client.post(
        "/v1/councils", json={"kind": "interregional", "specialty": "allmennmedisin"}, headers=headers
    )
    assert retried.status_code == 422
    assert "idempotency-replayed" not in retried.headers


async def test_concurrent_posts_with_the_same_key_create_one_resource(
    client: httpx.AsyncClient, tokens: Tokens
) -> None:
    headers = tokens.admin() | {"Idempotency-Key": "burst"}
    responses = await asyncio.gather(
        *(client.post("/v1/councils", json=COUNCIL, headers=headers) for _ in range(8))
    )
    statuses = [r.status_code for r in responses]
    assert statuses.count(201) >= 1
    assert set(statuses) <= {201, 409}
    conflicts = {r.json()["rule"] for r in responses if r.status_code == 409}
    assert conflicts <= {"IDEMPOTENCY-IN-FLIGHT"}
    created = {r.json()["id"] for r in responses if r.status_code == 201}
    assert len(created) == 1
    assert await council_count(client) == 1


async def test_an_idempotency_key_without_a_token_is_unauthenticated(client: httpx.AsyncClient) -> None:
    response = await client.post("/v1/councils", json=COUNCIL, headers={"Idempotency-Key": "anon"})
    assert response.status_code == 401


async def test_an_oversized_body_is_refused_with_413(client: httpx.AsyncClient, tokens: Tokens) -> None:
    huge = {"kind": "interregional", "specialty": "nevrologi", "name": "x" * 300_000}
    response = await client.post("/v1/councils", json=huge, headers=tokens.admin())
    assert response.status_code == 413
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["rule"] == "PAYLOAD-TOO-LARGE"
    assert await council_count(client) == 0


async def test_an_oversized_streamed_body_is_refused_with_413(
    client: httpx.AsyncClient, tokens: Tokens
) -> None:
    async def chunks():  # no Content-Length: the size is only known while reading
        for _ in range(40):
            yield b"x" * 10_000

    response = await client.post(
        "/v1/councils", content=chunks(), headers=tokens.admin() | {"content-type": "application/json"}
    )
    assert response.status_code == 413


async def test_writes_are_never_cached(client: httpx.AsyncClient, tokens: Tokens) -> None:
    response = await client.post("/v1/councils", json=COUNCIL, headers=tokens.admin())
    assert response.headers["cache-control"] == "no-store"


async def test_a_key_older_than_a_day_is_forgotten(
    client: httpx.AsyncClient, tokens: Tokens, clean_database: Database
) -> None:
    """Idempotency keys expire after 24 h: the same key then stands for a new request."""
    from datetime import timedelta

    from sqlalchemy import update

    from app.storage.database import utcnow
    from app.storage.tables import IdempotencyRecord

    headers = tokens.admin() | {"Idempotency-Key": "yesterday"}
    assert (await client.post("/v1/councils", json=COUNCIL, headers=headers)).status_code == 201
    async with clean_database.unit_of_work() as session:
        await session.execute(update(IdempotencyRecord).values(created_at=utcnow() - timedelta(hours=25)))
    other = {"kind": "interregional", "specialty": "urologi"}
    response = await client.post("/v1/councils", json=other, headers=headers)
    assert response.status_code == 201
    assert "idempotency-replayed" not in response.headers
