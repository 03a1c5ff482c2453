"""No request may cause a 500, and bad input is refused naming the parameter or field, with nothing
written (API.md, Protocol conventions). Runs on SQLite and on PostgreSQL: a NUL byte that SQLite stores
is a server error on PostgreSQL."""

import base64
import json
import uuid
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select

from app.storage.database import Database
from app.storage.tables import AuditEntry, IdempotencyRecord, OutboxEvent, Person, Representative
from tests.tokens import Tokens

Counts = tuple[int, ...]


async def stored(database: Database) -> Counts:
    """What a refused request must leave as it was: audit, events, people, seats, idempotency keys."""
    async with database.unit_of_work(write=False) as session:
        return tuple(
            [
                await session.scalar(select(func.count()).select_from(table)) or 0
                for table in (AuditEntry, OutboxEvent, Person, Representative, IdempotencyRecord)
            ]
        )


def assert_refused(response: httpx.Response, status: int, *, naming: str | None = None) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    problem: dict[str, Any] = response.json()
    if naming is not None:
        named = {e.get("parameter") for e in problem["errors"]} | {
            e.get("pointer") for e in problem["errors"]
        }
        assert naming in named, problem
    return problem


def cursor_of(*values: Any) -> str:
    return base64.urlsafe_b64encode(json.dumps(list(values)).encode()).decode().rstrip("=")


@pytest.fixture
async def seat(client: httpx.AsyncClient, tokens: Tokens) -> dict[str, Any]:
    """A Helse Nord anaesthesiology council with one representative appointed by UNN."""
    council = await client.post(
        "/v1/councils",
        json={"kind": "regional", "specialty": "anestesiologi", "region": "helse-nord"},
        headers=tokens.admin(),
    )
    assert council.status_code == 201, council.text
    appointed = await client.post(
        f"/v1/councils/{council.json()['id']}/representatives",
        json={
            "person": {"name": "Kari Nordmann", "hpr_number": "9144889"},
            "trust": "unn",
            "qualifications": {"specialist_in_specialty": True},
        },
        headers=tokens.trust("unn"),
    )
    assert appointed.status_code == 201, appointed.text
    return appointed.json()


# A NUL byte in a path or query parameter (the cases found, and more of their kind)

NUL_READS = [
    ("/v1/regions/%00", "code"),
    ("/v1/regions/helse-nord%00", "code"),
    ("/v1/councils?region=%00", "region"),
    ("/v1/councils?specialty=a%00b", "specialty"),
    ("/v1/councils?kind=%00", "kind"),
    ("/v1/health-trusts?region=%00", "region"),
    ("/v1/health-trusts/unn%00", "code"),
    ("/v1/specialties/%00x", "code"),
    ("/v1/specialties?updated_since=%00", "updated_since"),
    ("/v1/councils?cursor=%00", "cursor"),
    ("/v1/councils?limit=%00", "limit"),
    ("/v1/regions?%00=1", "\x00"),
    ("/v1/coordinating-regut?on=%00", "on"),
    ("/v1/councils/%00", "council_id"),
    ("/v1/regions/%0A", "code"),
    ("/v1/regions/a%1Fb", "code"),
]


@pytest.mark.parametrize(("path", "parameter"), NUL_READS)
async def test_a_control_character_in_a_parameter_is_refused_naming_it(
    client: httpx.AsyncClient, path: str, parameter: str
) -> None:
    problem = assert_refused(await client.get(path), 422, naming=parameter)
    assert problem["rule"] == "REQUEST-INVALID"


@pytest.mark.parametrize(
    ("path", "parameter"),
    [("/v1/audit?entity_type=%00", "entity_type"), ("/v1/audit?entity_id=x%00", "entity_id")],
)
async def test_a_nul_byte_in_an_audit_filter_is_refused(
    client: httpx.AsyncClient, tokens: Tokens, path: str, parameter: str
) -> None:
    assert_refused(await client.get(path, headers=tokens.bearer("read")), 422, naming=parameter)


async def test_a_nul_byte_in_the_code_of_a_correction_is_refused_and_nothing_changes(
    client: httpx.AsyncClient, tokens: Tokens, clean_database: Database
) -> None:
    before = await stored(clean_database)
    response = await client.patch(
        "/v1/regions/%00", json={"name": "Nord"}, headers=tokens.admin() | {"If-Match": "*"}
    )
    assert_refused(response, 422, naming="code")
    assert await stored(clean_database) == before


async def test_a_nul_byte_in_the_reason_for_ending_a_seat_is_refused_and_the_seat_runs_on(
    client: httpx.AsyncClient, tokens: Tokens, clean_database: Database, seat: dict[str, Any]
) -> None:
    before = await stored(clean_database)
    response = await client.post(
        f"/v1/representatives/{seat['id']}/end",
        json={"on": "2099-01-01", "reason": "moved\x00away"},
        headers=tokens.trust("unn"),
    )
    assert_refused(response, 422, naming="/reason")
    assert await stored(clean_database) == before
    assert (await client.get(f"/v1/representatives/{seat['id']}")).json()["ends_on"] is None


@pytest.mark.parametrize(
    "name", ["Kari\x00Nordmann", "Kari\x01Nordmann", "\ud800Kari"], ids=["NUL", "control", "lone surrogate"]
)
async def test_text_no_database_can_store_is_refused_in_a_body(
    client: httpx.AsyncClient, tokens: Tokens, clean_database: Database, name: str
) -> None:
    before = await stored(clean_database)
    # json.dumps escapes the lone surrogate as \ud800, exactly as a hostile client would send it.
    body = json.dumps({"name": name})
    response = await client.post(
        "/v1/people", content=body, headers=tokens.admin() | {"content-type": "application/json"}
    )
    assert_refused(response, 422, naming="/name")
    assert await stored(clean_database) == before


# Forged cursors: refused as a request problem, never run as a query


@pytest.mark.parametrize(
    "cursor",
    [
        cursor_of("\x00"),
        cursor_of("\ud800"),
        cursor_of("helse\x00nord"),
        cursor_of("x" * 5000)[:1000],
        "%%%",
    ],
    ids=["NUL", "lone surrogate", "embedded NUL", "truncated", "not base64"],
)
async def test_a_forged_cursor_over_text_keys_is_refused(client: httpx.AsyncClient, cursor: str) -> None:
    problem = assert_refused(await client.get("/v1/regions", params={"cursor": cursor}), 422, naming="cursor")
    assert problem["rule"] == "REQUEST-INVALID"


@pytest.mark.parametrize(
    "cursor",
    [cursor_of(str(2**63)), cursor_of(str(-(2**63) - 1)), cursor_of("1e3"), cursor_of("\x00"), cursor_of(1)],
    ids=["beyond int64", "below int64", "not an integer", "NUL", "not text"],
)
async def test_a_forged_cursor_over_integer_keys_is_refused(
    client: httpx.AsyncClient, tokens: Tokens, cursor: str
) -> None:
    response = await client.get("/v1/audit", params={"cursor": cursor}, headers=tokens.bearer("read"))
    assert_refused(response, 422, naming="cursor")


@pytest.mark.parametrize("value", ["not-a-uuid", "\x00", "\ud800"], ids=["text", "NUL", "lone surrogate"])
async def test_a_forged_cursor_over_uuid_keys_is_refused(
    client: httpx.AsyncClient, tokens: Tokens, value: str
) -> None:
    response = await client.get("/v1/people", params={"cursor": cursor_of(value)}, headers=tokens.admin())
    assert_refused(response, 422, naming="cursor")


async def test_an_issued_cursor_still_pages(client: httpx.AsyncClient, tokens: Tokens) -> None:
    first = await client.get("/v1/health-trusts", params={"limit": 2})
    following = await client.get(
        "/v1/health-trusts", params={"limit": 2, "cursor": first.json()["next_cursor"]}
    )
    assert following.status_code == 200
    assert {t["code"] for t in following.json()["items"]}.isdisjoint(t["code"] for t in first.json()["items"])


# Strict types: a date is a date, an instant an instant, a boolean true or false


@pytest.mark.parametrize("value", ["0", "20240101", "2024-1-1", "1.5", "true"])
async def test_a_date_parameter_must_be_written_as_a_date(client: httpx.AsyncClient, value: str) -> None:
    response = await client.get("/v1/coordinating-regut", params={"on": value})
    assert_refused(response, 422, naming="on")


@pytest.mark.parametrize("value", ["0.5", "0", "1700000000", "2026-01-31", "2026-01-31T09:00:00"])
async def test_an_instant_parameter_must_be_rfc_3339_with_an_offset(
    client: httpx.AsyncClient, value: str
) -> None:
    response = await client.get("/v1/health-trusts", params={"updated_since": value})
    assert_refused(response, 422, naming="updated_since")


async def test_a_well_formed_instant_with_an_offset_is_taken(client: httpx.AsyncClient) -> None:
    response = await client.get("/v1/health-trusts", params={"updated_since": "2000-01-31T09:00:00+01:00"})
    assert response.status_code == 200


@pytest.mark.parametrize("value", ["1", "0", "yes", "on", "True"])
async def test_a_boolean_parameter_is_true_or_false(client: httpx.AsyncClient, value: str) -> None:
    assert_refused(
        await client.get("/v1/specialties", params={"hospital_based": value}), 422, naming="hospital_based"
    )


async def test_a_boolean_parameter_written_true_filters(client: httpx.AsyncClient) -> None:
    response = await client.get("/v1/specialties", params={"hospital_based": "true", "limit": 500})
    assert response.status_code == 200
    assert all(s["hospital_based"] for s in response.json()["items"])


@pytest.mark.parametrize("value", [0, 1, "yes", "true", None])
async def test_publish_email_in_a_body_is_a_json_boolean(
    client: httpx.AsyncClient, tokens: Tokens, clean_database: Database, value: object
) -> None:
    before = await stored(clean_database)
    response = await client.post(
        "/v1/people", json={"name": "Ola Nordmann", "publish_email": value}, headers=tokens.admin()
    )
    assert_refused(response, 422, naming="/publish_email")
    assert await stored(clean_database) == before


@pytest.mark.parametrize("value", [0, 20260101, "2026-1-1", "01.02.2026", 1.5])
async def test_a_start_date_in_a_body_is_a_date(
    client: httpx.AsyncClient, tokens: Tokens, clean_database: Database, seat: dict[str, Any], value: object
) -> None:
    before = await stored(clean_database)
    response = await client.post(
        f"/v1/councils/{seat['council_id']}/representatives",
        json={
            "person": {"name": "Per Hansen"},
            "trust": "nordlandssykehuset",
            "starts_on": value,
        },
        headers=tokens.trust("nordlandssykehuset"),
    )
    assert_refused(response, 422, naming="/starts_on")
    assert await stored(clean_database) == before


# Protocol order and headers


async def test_an_anonymous_post_with_an_empty_idempotency_key_is_told_to_authenticate(
    client: httpx.AsyncClient, clean_database: Database
) -> None:
    before = await stored(clean_database)
    response = await client.post(
        "/v1/councils",
        json={"kind": "interregional", "specialty": "nevrologi"},
        headers={"Idempotency-Key": ""},
    )
    problem = assert_refused(response, 401)
    assert problem["rule"] == "UNAUTHENTICATED"
    assert "www-authenticate" in response.headers
    assert await stored(clean_database) == before


async def test_an_anonymous_write_with_bad_input_is_told_to_authenticate_first(
    client: httpx.AsyncClient,
) -> None:
    response = await client.patch("/v1/regions/%00", json={"name": "\x00"})
    assert_refused(response, 401)


async def test_an_empty_idempotency_key_from_an_authenticated_caller_is_invalid(
    client: httpx.AsyncClient, tokens: Tokens
) -> None:
    response = await client.post(
        "/v1/councils",
        json={"kind": "interregional", "specialty": "nevrologi"},
        headers=tokens.admin() | {"Idempotency-Key": ""},
    )
    assert_refused(response, 422, naming="Idempotency-Key")


async def test_a_request_target_longer_than_any_this_api_has_is_refused_with_414(
    client: httpx.AsyncClient,
) -> None:
    response = await client.get("/v1/regions/" + "a" * 9000)
    problem = assert_refused(response, 414)
    assert problem["rule"] == "REQUEST-INVALID"


@pytest.mark.parametrize("path", ["/health/live", "/health/ready"])
async def test_health_is_never_stored_by_a_shared_cache(client: httpx.AsyncClient, path: str) -> None:
    response = await client.get(path)
    assert response.status_code == 200
    assert response.headers["cache-control"] == "no-store"


async def test_head_answers_like_get_without_a_body_on_every_get_resource(
    client: httpx.AsyncClient, tokens: Tokens, seat: dict[str, Any]
) -> None:
    """Every GET operation of the contract, found from it, so a new one is covered too."""
    samples = {
        "/v1/regions/": "helse-nord",
        "/v1/health-trusts/": "unn",
        "/v1/specialties/": "anestesiologi",
    }
    ids = {
        "council_id": seat["council_id"],
        "representative_id": seat["id"],
        "person_id": seat["person"]["id"],
        "meeting_id": str(uuid.uuid4()),
        "proposal_id": str(uuid.uuid4()),
        "import_id": str(uuid.uuid4()),
        "rule_id": "HN-MAX-FOUR",
        "token": "a-link-that-opens-nothing",
    }
    contract = (await client.get("/openapi.json")).json()
    paths = ["/openapi.json", "/docs"]
    for template, operations in contract["paths"].items():
        if "get" not in operations:
            continue
        path = template
        for prefix, code in samples.items():
            if path.startswith(prefix):
                path = path.replace("{code}", code)
        paths.append(path.format(**ids))
    assert "/v1/councils/{council_id}/representatives".format(**ids) in paths
    headers = tokens.admin()
    for path in paths:
        got = await client.get(path, headers=headers)
        head = await client.head(path, headers=headers)
        assert head.status_code == got.status_code != 405, (path, head.status_code, got.status_code)
        assert head.content == b"", path
        assert head.headers.get("etag") == got.headers.get("etag"), path
        assert head.headers["content-length"] == str(len(got.content)), path
        assert head.headers["content-type"] == got.headers["content-type"], path


async def test_head_honours_if_none_match(client: httpx.AsyncClient) -> None:
    etag = (await client.get("/v1/regions")).headers["etag"]
    response = await client.head("/v1/regions", headers={"If-None-Match": etag})
    assert response.status_code == 304


# Lengths: every bound of the contract is the column's, so the longest valid value is stored, not a 500


@pytest.mark.parametrize(
    ("field", "longest"), [("name", 200), ("title", 100)], ids=["person name", "person title"]
)
async def test_the_longest_valid_person_field_is_stored_and_one_more_is_refused(
    client: httpx.AsyncClient, tokens: Tokens, clean_database: Database, field: str, longest: int
) -> None:
    base = {"name": "Kari Nordmann"}
    stored_one = await client.post("/v1/people", json=base | {field: "x" * longest}, headers=tokens.admin())
    assert stored_one.status_code == 201, stored_one.text
    before = await stored(clean_database)
    too_long = await client.post(
        "/v1/people", json=base | {field: "x" * (longest + 1)}, headers=tokens.admin()
    )
    assert_refused(too_long, 422, naming=f"/{field}")
    assert await stored(clean_database) == before


@pytest.mark.parametrize(
    ("path", "field"),
    [
        ("/v1/regions/helse-nord", "name"),
        ("/v1/regions/helse-nord", "regut_name"),
        ("/v1/health-trusts/unn", "name"),
        ("/v1/specialties/anestesiologi", "name_nb"),
    ],
)
async def test_a_correction_longer_than_its_column_is_refused(
    client: httpx.AsyncClient, tokens: Tokens, path: str, field: str
) -> None:
    etag = (await client.get(path)).headers["etag"]
    response = await client.patch(path, json={field: "x" * 201}, headers=tokens.admin() | {"If-Match": etag})
    assert_refused(response, 422, naming=f"/{field}")
    longest = await client.patch(path, json={field: "x" * 200}, headers=tokens.admin() | {"If-Match": etag})
    assert longest.status_code == 200, longest.text


@pytest.mark.parametrize(
    "body",
    ["[" * 100_000, '{"name": ' + "9" * 5000 + "}", '{"name": "Kari"', "[]", "null"],
    ids=["nested too deep", "a 5,000-digit number", "truncated", "an array", "null"],
)
async def test_a_body_that_is_not_the_json_object_asked_for_is_422_pointing_at_the_body(
    client: httpx.AsyncClient, tokens: Tokens, clean_database: Database, body: str
) -> None:
    before = await stored(clean_database)
    response = await client.post(
        "/v1/people", content=body, headers=tokens.admin() | {"content-type": "application/json"}
    )
    problem = assert_refused(response, 422)
    assert problem["rule"] == "REQUEST-INVALID"
    assert [e.get("pointer") for e in problem["errors"]] == [""], (
        "RFC 6901: the whole body is the empty pointer"
    )
    assert await stored(clean_database) == before


async def test_a_405_lists_head_beside_get(client: httpx.AsyncClient) -> None:
    response = await client.request("OPTIONS", "/v1/regions")
    assert response.status_code == 405
    assert {m.strip() for m in response.headers["allow"].split(",")} == {"GET", "HEAD"}


async def test_a_token_naming_a_client_longer_than_the_audit_can_record_is_refused(
    client: httpx.AsyncClient, tokens: Tokens, clean_database: Database
) -> None:
    """It gave a 500 on PostgreSQL (the audit's column holds 200 characters)."""
    before = await stored(clean_database)
    response = await client.post(
        "/v1/people", json={"name": "Kari"}, headers=tokens.bearer("admin", subject="c" * 201)
    )
    assert_refused(response, 401)
    assert await stored(clean_database) == before
    accepted = await client.post(
        "/v1/people", json={"name": "Kari"}, headers=tokens.bearer("admin", subject="c" * 200)
    )
    assert accepted.status_code == 201


async def test_a_key_a_client_sends_under_a_union_is_pointed_at_where_it_sent_it(
    client: httpx.AsyncClient, tokens: Tokens, seat: dict[str, Any]
) -> None:
    """`inline` and `by_id` are also the names of the person reference's two shapes internally."""
    response = await client.post(
        f"/v1/councils/{seat['council_id']}/representatives",
        json={
            "person": {"name": "Per"},
            "trust": "nordlandssykehuset",
            "deputy": {"name": "Ola", "inline": 1},
        },
        headers=tokens.trust("nordlandssykehuset"),
    )
    assert_refused(response, 422, naming="/deputy/inline")
