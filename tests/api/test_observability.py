"""What an operator and a data-protection officer see of the requests: the request id, the access
line, the metrics, the log of personal data read, and CORS for browser clients."""

import json
import logging
import os
import re
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from app import __version__ as service_version
from app.bootstrap import establish_councils
from app.logs import ACCESS_LOGGER, DISCLOSURE_LOGGER, JsonFormatter
from app.main import API_VERSION, create_app
from app.settings import Settings
from app.storage.database import Database
from tests.api.test_seat_events_and_privacy import ANNA
from tests.tokens import TRUST_ORG, Tokens


async def anaesthesiology_in_helse_nord(client: httpx.AsyncClient, database: Database) -> str:
    await establish_councils(database)
    params = {"region": "helse-nord", "specialty": "anestesiologi"}
    return (await client.get("/v1/councils", params=params)).json()["items"][0]["id"]


async def appoint_anna(client: httpx.AsyncClient, tokens: Tokens, council: str) -> dict[str, object]:
    body = {
        "person": ANNA,
        "trust": "unn",
        "starts_on": "2026-01-01",
        "qualifications": {"specialist_in_specialty": True},
    }
    response = await client.post(
        f"/v1/councils/{council}/representatives", json=body, headers=tokens.trust("unn")
    )
    assert response.status_code == 201, response.text
    return response.json()  # type: ignore[no-any-return]


def as_json_line(record: logging.LogRecord) -> dict[str, object]:
    return json.loads(JsonFormatter().format(record))  # type: ignore[no-any-return]


# --- X-Request-ID ---------------------------------------------------------------------------------


async def test_a_valid_request_id_is_echoed_on_the_response_and_in_its_problem(
    client: httpx.AsyncClient,
) -> None:
    response = await client.get("/v1/councils/not-a-uuid", headers={"X-Request-ID": "proxy-7f3a:1"})
    assert response.status_code == 422
    assert response.headers["x-request-id"] == "proxy-7f3a:1"
    assert response.json()["request_id"] == "proxy-7f3a:1"


async def test_every_response_gets_a_request_id_when_the_client_sends_none(client: httpx.AsyncClient) -> None:
    first, second = await client.get("/v1/regions"), await client.get("/v1/regions")
    assert re.fullmatch(r"[0-9a-f]{32}", first.headers["x-request-id"])
    assert first.headers["x-request-id"] != second.headers["x-request-id"]
    revalidated = await client.get("/v1/regions", headers={"If-None-Match": first.headers["etag"]})
    assert revalidated.status_code == 304
    assert revalidated.headers["x-request-id"]


@pytest.mark.parametrize(
    "sent",
    ["a" * 129, "two words", 'quote"d', "line\\nbreak", "-leading-dash", "ø-not-ascii"],
    ids=["129 characters", "space", "quote", "backslash", "leading dash", "not ascii"],
)
async def test_a_request_id_that_is_too_long_or_not_a_plain_token_is_replaced(
    client: httpx.AsyncClient, sent: str
) -> None:
    response = await client.get("/v1/nothing-here", headers={"X-Request-ID": sent.encode()})
    assert response.status_code == 404
    made = response.headers["x-request-id"]
    assert made != sent
    assert re.fullmatch(r"[0-9a-f]{32}", made)
    assert response.json()["request_id"] == made


async def test_the_contract_declares_any_request_id_acceptable_as_the_service_accepts_it(
    client: httpx.AsyncClient,
) -> None:
    """An unfit id is replaced, never refused: a stricter schema would make every contract fuzzer
    report the service for accepting what the contract calls invalid."""
    contract = (await client.get("/openapi.json")).json()
    assert contract["components"]["parameters"]["RequestId"]["schema"] == {"type": "string"}
    response = await client.get("/health/live", headers={"X-Request-ID": "x" * 400})
    assert response.status_code == 200
    assert re.fullmatch(r"[0-9a-f]{32}", response.headers["x-request-id"])


async def test_a_request_id_of_128_characters_is_kept(client: httpx.AsyncClient) -> None:
    sent = "A" + "b" * 127
    assert (await client.get("/health/live", headers={"X-Request-ID": sent})).headers["x-request-id"] == sent


# --- the access line ------------------------------------------------------------------------------


async def test_each_request_writes_one_access_line_with_route_caller_and_timing_but_no_token(
    client: httpx.AsyncClient, tokens: Tokens, clean_database: Database, caplog: pytest.LogCaptureFixture
) -> None:
    council = await anaesthesiology_in_helse_nord(client, clean_database)
    token = tokens.issue("appointments", org=TRUST_ORG["unn"], subject="hr-unn")
    caplog.set_level(logging.INFO, logger=ACCESS_LOGGER)
    caplog.clear()
    response = await client.get(
        f"/v1/councils/{council}?on=2026-03-01",
        headers={"Authorization": f"Bearer {token}", "X-Request-ID": "trace-1"},
    )
    assert response.status_code == 200
    [record] = [r for r in caplog.records if r.name == ACCESS_LOGGER]
    line = as_json_line(record)
    assert line.pop("time")
    assert line.pop("pid") == os.getpid()
    assert line.pop("duration_ms") > 0  # type: ignore[operator]
    assert line == {
        "level": "info",
        "logger": ACCESS_LOGGER,
        "message": f"GET /v1/councils/{council} 200 {record.fields['duration_ms']:.1f}ms hr-unn",  # type: ignore[attr-defined]
        "request_id": "trace-1",
        "method": "GET",
        "route": "/v1/councils/{council_id}",
        "path": f"/v1/councils/{council}",
        "status": 200,
        "principal": "appointments",
        "client_id": "hr-unn",
        "org_number": TRUST_ORG["unn"],
    }
    assert token not in caplog.text
    assert token.split(".")[1] not in JsonFormatter().format(record)


async def test_an_anonymous_request_is_logged_as_anonymous_and_an_unknown_path_has_no_route(
    client: httpx.AsyncClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger=ACCESS_LOGGER)
    await client.get("/v1/no/such/thing?hpr_number=1234567")
    [record] = [r for r in caplog.records if r.name == ACCESS_LOGGER]
    fields = record.fields  # type: ignore[attr-defined]
    assert (fields["principal"], fields["route"], fields["status"]) == ("anonymous", None, 404)
    # The query string stays out of the logs: it can hold an HPR number.
    assert "1234567" not in caplog.text


async def test_an_error_is_logged_once_with_its_request_id_and_its_traceback_on_one_line(
    settings: Settings, clean_database: Database, caplog: pytest.LogCaptureFixture
) -> None:
    application = create_app(settings, clean_database)

    async def broken() -> None:
        raise RuntimeError("a bug")

    application.add_api_route("/broken", broken)
    caplog.set_level(logging.INFO)
    transport = httpx.ASGITransport(app=application)
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
        response = await client.get("/broken", headers={"X-Request-ID": "bug-42"})
    assert response.status_code == 500
    assert response.json()["request_id"] == "bug-42"
    [error] = [r for r in caplog.records if r.levelno >= logging.ERROR]
    line = JsonFormatter().format(error)
    assert "\n" not in line
    parsed = json.loads(line)
    assert parsed["request_id"] == "bug-42"
    assert parsed["error"]["type"] == "RuntimeError"
    assert "a bug" in parsed["error"]["stack"]
    [access] = [r for r in caplog.records if r.name == ACCESS_LOGGER]
    assert access.fields["status"] == 500  # type: ignore[attr-defined]


# --- personal data read ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Seated:
    council: str
    seat: str
    person: str


@pytest.fixture
async def anna_seated(client: httpx.AsyncClient, tokens: Tokens, clean_database: Database) -> Seated:
    """Anna, with an HPR number, a phone and an unpublished e-mail, on Helse Nord's council."""
    council = await anaesthesiology_in_helse_nord(client, clean_database)
    seat = await appoint_anna(client, tokens, council)
    return Seated(council, seat["id"], seat["person"]["id"])  # type: ignore[index]


def disclosures(caplog: pytest.LogCaptureFixture) -> list[dict[str, Any]]:
    return [r.fields for r in caplog.records if r.name == DISCLOSURE_LOGGER]  # type: ignore[attr-defined]


@pytest.fixture
def disclosure_log(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.set_level(logging.INFO, logger=DISCLOSURE_LOGGER)
    caplog.clear()
    return caplog


async def test_a_read_of_personal_data_is_logged_with_the_reader_and_the_person(
    client: httpx.AsyncClient, tokens: Tokens, anna_seated: Seated, disclosure_log: pytest.LogCaptureFixture
) -> None:
    reader = tokens.bearer("read", subject="lis-website-backend", org="983974899")
    assert (await client.get(f"/v1/people/{anna_seated.person}", headers=reader)).status_code == 200
    [fields] = disclosures(disclosure_log)
    assert fields["client_id"] == "lis-website-backend"
    assert fields["principal"] == "read"
    assert fields["org_number"] == "983974899"
    assert fields["route"] == "/v1/people/{person_id}"
    assert fields["people"] == [{"id": anna_seated.person, "fields": ["email", "hpr_number", "phone"]}]


async def test_a_seat_read_by_a_system_discloses_the_qualifications_of_its_person(
    client: httpx.AsyncClient, tokens: Tokens, anna_seated: Seated, disclosure_log: pytest.LogCaptureFixture
) -> None:
    reader = tokens.bearer("read", subject="statistics")
    listed = await client.get(f"/v1/councils/{anna_seated.council}/representatives", headers=reader)
    assert listed.status_code == 200
    [fields] = disclosures(disclosure_log)
    assert fields["people"] == [
        {"id": anna_seated.person, "fields": ["email", "hpr_number", "phone", "qualifications"]}
    ]


async def test_the_appointing_write_that_returns_the_record_is_a_disclosure_too(
    client: httpx.AsyncClient,
    tokens: Tokens,
    clean_database: Database,
    disclosure_log: pytest.LogCaptureFixture,
) -> None:
    council = await anaesthesiology_in_helse_nord(client, clean_database)
    seat = await appoint_anna(client, tokens, council)
    [fields] = disclosures(disclosure_log)
    assert fields["client_id"] == "hr-unn"
    assert [p["id"] for p in fields["people"]] == [seat["person"]["id"]]  # type: ignore[index]


async def test_public_reads_and_refused_requests_disclose_nothing(
    client: httpx.AsyncClient, tokens: Tokens, anna_seated: Seated, disclosure_log: pytest.LogCaptureFixture
) -> None:
    anonymous = await client.get(f"/v1/councils/{anna_seated.council}/representatives")
    assert anonymous.status_code == 200
    assert anonymous.json()["items"][0]["person"]["name"] == "Anna Berg"
    stale = await client.patch(
        f"/v1/representatives/{anna_seated.seat}",
        json={"ends_on": "2029-12-31"},
        headers=tokens.trust("unn") | {"If-Match": '"stale"'},
    )
    assert stale.status_code == 412
    assert disclosures(disclosure_log) == []


async def test_the_audit_log_read_back_is_a_disclosure_of_the_people_in_it(
    client: httpx.AsyncClient, tokens: Tokens, anna_seated: Seated, disclosure_log: pytest.LogCaptureFixture
) -> None:
    audit = await client.get("/v1/audit", headers=tokens.admin())
    assert audit.status_code == 200
    [fields] = disclosures(disclosure_log)
    assert anna_seated.person in [p["id"] for p in fields["people"]]


# --- metrics --------------------------------------------------------------------------------------


def sample(exposition: str, name: str, **labels: str) -> float:
    """The value of one series in a Prometheus text exposition; 0 when it is absent."""
    wanted = ",".join(f'{k}="{v}"' for k, v in sorted(labels.items()))
    for line in exposition.splitlines():
        if line.startswith("#"):
            continue
        series, _, value = line.rpartition(" ")
        series_name, _, label_text = series.partition("{")
        if series_name == name and ",".join(sorted(label_text.rstrip("}").split(","))) == wanted:
            return float(value)
    return 0.0


async def test_metrics_count_requests_by_route_template_method_and_status(
    client: httpx.AsyncClient, clean_database: Database
) -> None:
    council = await anaesthesiology_in_helse_nord(client, clean_database)
    before = (await client.get("/metrics")).text
    for _ in range(3):
        assert (await client.get(f"/v1/councils/{council}")).status_code == 200
    assert (await client.get("/v1/councils/00000000-0000-0000-0000-000000000000")).status_code == 404
    await client.get("/v1/made-up/path")
    response = await client.get("/metrics")
    assert response.headers["content-type"].startswith("text/plain; version=")
    after = response.text
    template = {"method": "GET", "route": "/v1/councils/{council_id}"}

    def added(name: str, **labels: str) -> float:
        return sample(after, name, **labels) - sample(before, name, **labels)

    assert added("lis_http_requests_total", **template, status="200") == 3
    assert added("lis_http_requests_total", **template, status="404") == 1
    assert added("lis_http_request_duration_seconds_count", **template, status="200") == 3
    assert added("lis_http_request_duration_seconds_bucket", **template, status="200", le="+Inf") == 3
    assert added("lis_http_requests_total", method="GET", route="unmatched", status="404") == 1
    assert council not in after
    assert "made-up" not in after
    assert sample(after, "lis_http_requests_in_flight") == 1  # the scrape itself


async def test_503s_given_before_routing_are_counted_under_their_route_template(
    client: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SERVICE-UNAVAILABLE from the kept-answer layer (the data version cannot be read) and from the
    drain are answers of the route asked for: a per-route alert must see a directory outage."""
    listed = {"method": "GET", "route": "/v1/councils", "status": "503"}
    app = client._transport.app  # type: ignore[attr-defined]
    for _ in range(2):  # from the second time on, the route's answer is one the kept-answer layer keeps
        assert (await client.get("/v1/councils")).status_code == 200
    before = (await client.get("/metrics")).text

    async def unreachable() -> int:
        raise ConnectionRefusedError("the database is away")

    monkeypatch.setattr(app.state.data_version, "_ask", unreachable)
    assert (await client.get("/v1/councils")).status_code == 503
    monkeypatch.undo()
    monkeypatch.setattr(app.state.lifecycle, "draining", True)
    assert (await client.get("/v1/councils", params={"region": "helse-vest"})).status_code == 503
    assert (await client.get("/v1/made-up/path")).status_code == 503
    monkeypatch.undo()
    after = (await client.get("/metrics")).text
    assert (
        sample(after, "lis_http_requests_total", **listed)
        - sample(before, "lis_http_requests_total", **listed)
        == 2
    )
    unmatched = {"method": "GET", "route": "unmatched", "status": "503"}
    assert (
        sample(after, "lis_http_requests_total", **unmatched)
        - sample(before, "lis_http_requests_total", **unmatched)
        == 1
    )


async def test_metrics_count_invented_methods_under_one_label(client: httpx.AsyncClient) -> None:
    """Any client can send any token as a method: each must not become a series of its own."""
    before = (await client.get("/metrics")).text
    for method in ("BREW", "WHEN", "PROPFIND"):
        await client.request(method, "/v1/regions")
    after = (await client.get("/metrics")).text
    counted = sample(after, "lis_http_requests_total", method="_OTHER", route="/v1/regions", status="405")
    assert (
        counted
        - sample(before, "lis_http_requests_total", method="_OTHER", route="/v1/regions", status="405")
        == 3
    )
    assert "BREW" not in after
    assert "PROPFIND" not in after


async def test_metrics_report_the_build_the_pool_and_the_outbox(
    client: httpx.AsyncClient, tokens: Tokens, clean_database: Database
) -> None:
    council = await anaesthesiology_in_helse_nord(client, clean_database)
    await appoint_anna(client, tokens, council)
    exposition = (await client.get("/metrics")).text
    assert sample(exposition, "lis_build_info", version=service_version, contract=API_VERSION) == 1
    assert sample(exposition, "lis_database_up") == 1
    assert sample(exposition, "lis_outbox_newest_event_id") >= 1
    assert 0 <= sample(exposition, "lis_outbox_newest_event_age_seconds") < 60
    assert sample(exposition, "lis_db_pool_size") >= 1
    # Between requests no connection is held; the scrape reads the outbox on its own connection.
    assert sample(exposition, "lis_db_pool_connections_in_use") == 0
    assert sample(exposition, "lis_idempotency_claims_in_flight") == 0


@pytest.fixture
async def configured(
    settings: Settings, clean_database: Database, request: pytest.FixtureRequest
) -> AsyncIterator[httpx.AsyncClient]:
    application: FastAPI = create_app(settings.model_copy(update=request.param), clean_database)
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=application), base_url="http://registry.test"
    ) as client:
        yield client


@pytest.mark.parametrize("configured", [{"metrics": False}], indirect=True)
async def test_metrics_switched_off_are_not_served(configured: httpx.AsyncClient) -> None:
    assert (await configured.get("/metrics")).status_code == 404


@pytest.mark.parametrize("configured", [{"access_log": False}], indirect=True)
async def test_access_lines_switched_off_are_not_written(
    configured: httpx.AsyncClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger=ACCESS_LOGGER)
    await configured.get("/v1/regions")
    assert [r for r in caplog.records if r.name == ACCESS_LOGGER] == []


# --- CORS -----------------------------------------------------------------------------------------

WEBSITE = "https://www.legeutdanning.no"


@pytest.mark.parametrize("configured", [{"cors_origins": [WEBSITE]}], indirect=True)
async def test_a_preflight_from_an_allowed_origin_is_answered(configured: httpx.AsyncClient) -> None:
    response = await configured.options(
        "/v1/representatives/00000000-0000-0000-0000-000000000000",
        headers={
            "Origin": WEBSITE,
            "Access-Control-Request-Method": "PATCH",
            "Access-Control-Request-Headers": "authorization, content-type, if-match",
        },
    )
    assert response.status_code == 200
    assert response.headers["access-control-allow-origin"] == WEBSITE
    assert "PATCH" in response.headers["access-control-allow-methods"]
    assert "If-Match" in response.headers["access-control-allow-headers"]


@pytest.mark.parametrize("configured", [{"cors_origins": [WEBSITE]}], indirect=True)
async def test_a_preflight_from_another_origin_is_refused_as_a_problem(configured: httpx.AsyncClient) -> None:
    response = await configured.options(
        "/v1/councils", headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "GET"}
    )
    assert response.status_code == 403
    assert response.headers["content-type"] == "application/problem+json"
    assert "origin" in response.json()["detail"]
    assert "access-control-allow-origin" not in response.headers


@pytest.mark.parametrize("configured", [{"cors_origins": [WEBSITE]}], indirect=True)
async def test_a_browser_may_read_the_protocol_headers_of_a_response(configured: httpx.AsyncClient) -> None:
    response = await configured.get("/v1/regions", headers={"Origin": WEBSITE})
    assert response.headers["access-control-allow-origin"] == WEBSITE
    exposed = {h.strip().lower() for h in response.headers["access-control-expose-headers"].split(",")}
    assert {"etag", "link", "location", "x-request-id", "retry-after"} <= exposed
    assert "origin" in response.headers["vary"].lower()
    error = await configured.get("/v1/councils/not-a-uuid", headers={"Origin": WEBSITE})
    assert error.status_code == 422
    assert error.headers["access-control-allow-origin"] == WEBSITE


async def test_no_origin_is_allowed_unless_configured(client: httpx.AsyncClient) -> None:
    response = await client.get("/v1/regions", headers={"Origin": WEBSITE})
    assert "access-control-allow-origin" not in response.headers
