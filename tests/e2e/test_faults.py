"""What a client sees on the wire when something goes wrong, against a real uvicorn on loopback: the
connection stays usable after an error, and even what uvicorn refuses itself is problem+json."""

import asyncio
import contextlib
import json
from collections.abc import AsyncIterator

import pytest
import uvicorn

from app.edge.server import HTTP_PROTOCOL
from app.main import create_app
from app.settings import Settings
from app.storage.database import Database
from tests.e2e.live_service import free_port


class Wire:
    """One keep-alive connection, spoken by hand, so nothing between test and server hides a reset."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader, self.writer = reader, writer

    async def exchange(self, request: bytes) -> tuple[int, dict[str, str], bytes]:
        self.writer.write(request)
        await self.writer.drain()
        status_line = await asyncio.wait_for(self.reader.readline(), 5)
        assert status_line, "the server closed the connection without answering"
        headers: dict[str, str] = {}
        while (line := await self.reader.readline()) not in (b"\r\n", b""):
            name, _, value = line.decode("latin-1").partition(":")
            headers[name.strip().lower()] = value.strip()
        body = await self.reader.readexactly(int(headers.get("content-length", "0")))
        return int(status_line.split()[1]), headers, body


@pytest.fixture
async def server(settings: Settings, clean_database: Database) -> AsyncIterator[int]:
    application = create_app(settings, clean_database)

    @application.get("/test-only/crash", include_in_schema=False)
    async def crash() -> None:
        raise RuntimeError("a bug the service did not foresee")

    port = free_port()
    config = uvicorn.Config(
        application, host="127.0.0.1", port=port, http=HTTP_PROTOCOL, log_level="critical"
    )
    served = uvicorn.Server(config)
    task = asyncio.create_task(served.serve())
    for _ in range(250):
        if served.started:
            break
        await asyncio.sleep(0.02)
    else:
        pytest.fail("uvicorn did not start within 5 s")
    yield port
    served.should_exit = True
    with contextlib.suppress(asyncio.CancelledError):
        await task


@pytest.fixture
async def wire(server: int) -> AsyncIterator[Wire]:
    reader, writer = await asyncio.open_connection("127.0.0.1", server)
    yield Wire(reader, writer)
    writer.close()


def get(path: str) -> bytes:
    return f"GET {path} HTTP/1.1\r\nHost: registry.test\r\n\r\n".encode()


async def test_after_an_unexpected_error_the_connection_serves_the_next_request(wire: Wire) -> None:
    status, headers, body = await wire.exchange(get("/test-only/crash"))
    assert status == 500
    assert headers["content-type"] == "application/problem+json"
    problem = json.loads(body)
    assert problem["rule"] == "INTERNAL"
    assert "a bug" not in body.decode(), "no internals leak to the client"
    assert headers.get("connection") != "close"
    status, _, body = await wire.exchange(get("/v1/regions/helse-nord"))
    assert status == 200
    assert json.loads(body)["code"] == "helse-nord"


async def test_after_a_refused_request_the_connection_serves_the_next_request(wire: Wire) -> None:
    status, _, _ = await wire.exchange(get("/v1/regions/%00"))
    assert status == 422
    status, _, _ = await wire.exchange(get("/v1/regions"))
    assert status == 200


@pytest.mark.parametrize(
    "request_bytes",
    [
        b"GET /v1/regions HTTP/1.1\r\nHost: registry.test\r\nX-Note: a\x01b\r\n\r\n",
        b"GET /v1/regions/" + b"a" * 100_000 + b" HTTP/1.1\r\nHost: registry.test\r\n\r\n",
        b"NOT HTTP AT ALL\r\n\r\n",
    ],
    ids=["control byte in a header", "100 KB request line", "not HTTP"],
)
async def test_a_request_the_server_cannot_parse_is_answered_in_problem_json(
    wire: Wire, request_bytes: bytes
) -> None:
    status, headers, body = await wire.exchange(request_bytes)
    assert status == 400
    assert headers["content-type"] == "application/problem+json"
    assert headers["connection"] == "close", "a refusal that ends the connection says so"
    assert json.loads(body)["rule"] == "REQUEST-INVALID"
