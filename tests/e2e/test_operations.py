"""The service as an operator runs it (`python -m app serve`): its log lines, its metrics under
several workers, and how it stops."""

import json
import signal
import socket
import sqlite3
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest

from tests.api.test_observability import sample
from tests.e2e.live_service import LiveService, development_settings, live_service

REGION = "/v1/regions/helse-nord"


def json_lines(service: LiveService) -> list[dict[str, Any]]:
    """Every line the service wrote, each parsed as JSON: one that is not fails the test."""
    lines = []
    for number, line in enumerate(service.log().splitlines(), 1):
        try:
            lines.append(json.loads(line))
        except ValueError:
            pytest.fail(f"line {number} of the service's output is not JSON: {line!r}")
    return lines


@pytest.fixture(scope="module")
def json_logging_service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveService]:
    workdir = tmp_path_factory.mktemp("json-logs")
    settings = development_settings(workdir) | {"LIS_LOG_FORMAT": "json", "LIS_LOG_LEVEL": "debug"}
    with live_service(workdir, ("setup",), settings=settings) as service:
        yield service


def test_every_line_the_service_writes_is_json_and_an_access_line_names_route_and_caller(
    json_logging_service: LiveService,
) -> None:
    service = json_logging_service
    token = service.command("token", "--scope", "read", "--org", "983974899", "--subject", "lis-web")
    response = httpx.get(
        f"{service.base_url}{REGION}",
        headers={"Authorization": f"Bearer {token}", "X-Request-ID": "e2e-access-1"},
    )
    assert response.headers["x-request-id"] == "e2e-access-1"
    time.sleep(0.2)  # the line is written after the last byte is sent
    lines = json_lines(service)
    [access] = [line for line in lines if line.get("request_id") == "e2e-access-1"]
    assert access["logger"] == "app.access"
    assert {key: access[key] for key in ("method", "route", "path", "status", "principal")} == {
        "method": "GET",
        "route": "/v1/regions/{code}",
        "path": REGION,
        "status": 200,
        "principal": "read",
    }
    assert (access["client_id"], access["org_number"]) == ("lis-web", "983974899")
    assert access["duration_ms"] > 0
    assert access["time"].endswith("Z")
    assert token not in service.log()
    # The service's own INFO lines are written too (LIS_LOG_LEVEL), as is uvicorn's start-up.
    assert any(line["logger"] == "app.bootstrap" for line in lines) or any(
        line["logger"].startswith("uvicorn") for line in lines
    )


def test_a_client_that_leaves_mid_request_is_no_error(json_logging_service: LiveService) -> None:
    service = json_logging_service
    token = service.command("token", "--scope", "admin")
    address = urlsplit(service.base_url)
    with socket.create_connection((address.hostname, address.port)) as connection:
        connection.sendall(
            b"POST /v1/people HTTP/1.1\r\nHost: registry\r\nX-Request-ID: e2e-gone-1\r\n"
            + f"Authorization: Bearer {token}\r\n".encode()
            + b'Content-Type: application/json\r\nContent-Length: 200\r\n\r\n{"name": "Ha'
        )
        time.sleep(0.3)
    time.sleep(0.5)
    mine = [line for line in json_lines(service) if line.get("request_id") == "e2e-gone-1"]
    assert [line["level"] for line in mine if line["level"] in ("error", "critical")] == []
    [access] = [line for line in mine if line["logger"] == "app.access"]
    assert access["status"] == 499  # the client closed the connection
    assert "Traceback" not in service.log()


def test_two_workers_export_the_totals_of_both(tmp_path: Path) -> None:
    requests = 120
    settings = development_settings(tmp_path) | {"LIS_LOG_FORMAT": "json"}
    with live_service(tmp_path, ("setup",), settings=settings, workers=2) as service:

        def fetch(_: int) -> int:
            # A connection each, so that the kernel hands them to both workers.
            with httpx.Client(base_url=service.base_url) as client:
                return client.get(REGION).status_code

        with ThreadPoolExecutor(max_workers=16) as pool:
            assert set(pool.map(fetch, range(requests))) == {200}
        time.sleep(0.3)
        served_by = {
            line["pid"] for line in json_lines(service) if line.get("path") == REGION and "status" in line
        }
        labels = {"method": "GET", "route": "/v1/regions/{code}", "status": "200"}
        for _ in range(4):  # whichever worker answers the scrape sees the same totals
            exposition = httpx.get(f"{service.base_url}/metrics").text
            assert sample(exposition, "lis_http_requests_total", **labels) == requests
            assert sample(exposition, "lis_http_request_duration_seconds_count", **labels) == requests
            assert sample(exposition, "lis_db_pool_size") == 2 * 5  # each worker's pool, summed
    assert len(served_by) == 2, f"one worker served everything ({served_by}): nothing was summed"


def test_sigterm_drains_refusing_new_requests_while_the_one_in_flight_finishes(tmp_path: Path) -> None:
    settings = development_settings(tmp_path) | {"LIS_DRAIN_SECONDS": "3", "LIS_LOG_FORMAT": "json"}
    with live_service(tmp_path, ("setup",), settings=settings) as service:
        token = service.command("token", "--scope", "admin")
        database = sqlite3.connect(tmp_path / "lis-registry.db", isolation_level=None)
        database.execute("BEGIN IMMEDIATE")  # the write below waits for this lock (busy timeout 5 s)
        in_flight: dict[str, httpx.Response] = {}

        def register() -> None:
            in_flight["response"] = httpx.post(
                f"{service.base_url}/v1/people",
                json={"name": "Kari Nordmann"},
                headers={"Authorization": f"Bearer {token}"},
                timeout=30,
            )

        writer = threading.Thread(target=register)
        writer.start()
        time.sleep(0.5)
        service.process.send_signal(signal.SIGTERM)
        time.sleep(0.3)
        refused = httpx.get(f"{service.base_url}{REGION}")
        assert refused.status_code == 503
        assert refused.headers["retry-after"] == "2"
        assert refused.headers["content-type"] == "application/problem+json"
        assert refused.json()["request_id"] == refused.headers["x-request-id"]
        assert httpx.get(f"{service.base_url}/health/ready").status_code == 503
        assert httpx.get(f"{service.base_url}/health/live").status_code == 200
        database.execute("COMMIT")
        database.close()
        writer.join(timeout=10)
        assert in_flight["response"].status_code == 201, in_flight["response"].text
        assert service.process.wait(timeout=15) == 0  # a clean stop, as in a container
    messages = [line["message"] for line in json_lines(service)]
    assert any(m.startswith("draining") for m in messages)
    assert not [line for line in json_lines(service) if line["level"] == "error"]
