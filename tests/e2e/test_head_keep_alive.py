"""`HEAD` on a real uvicorn keeps the connection usable (RFC 9110 §9.3.2): the answer has the GET's
headers, Content-Length included, and no body, and the next request on the same connection is served.
Found from outside: every HEAD used to end its connection, and the next request was reset."""

import socket
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.e2e.live_service import LiveService, live_service

ROUTES = ["/v1/regions", "/v1/directory", "/health/live"]


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveService]:
    workdir = tmp_path_factory.mktemp("head")
    with live_service(workdir, ("setup",)) as live:
        yield live


def read_response(connection: socket.socket, *, bodiless: bool) -> tuple[bytes, dict[bytes, bytes], bytes]:
    """One HTTP/1.1 response read off the socket: status line, headers, and the body it announces
    (none for a HEAD)."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = connection.recv(65536)
        if not chunk:
            raise ConnectionError(f"the server closed the connection after {data!r}")
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    status, *lines = head.split(b"\r\n")
    headers = {
        name.strip().lower(): value.strip() for name, _, value in (line.partition(b":") for line in lines)
    }
    length = 0 if bodiless else int(headers[b"content-length"])
    while len(body) < length:
        chunk = connection.recv(65536)
        if not chunk:
            raise ConnectionError("the server closed the connection within a body")
        body += chunk
    return status, headers, body


@pytest.mark.parametrize("path", ROUTES)
def test_a_get_after_a_head_on_the_same_connection_is_answered(served: LiveService, path: str) -> None:
    port = int(served.base_url.rsplit(":", 1)[1])
    with socket.create_connection(("127.0.0.1", port), timeout=10) as connection:
        connection.sendall(f"HEAD {path} HTTP/1.1\r\nHost: registry\r\n\r\n".encode())
        head_status, head_headers, _ = read_response(connection, bodiless=True)
        connection.sendall(f"GET {path} HTTP/1.1\r\nHost: registry\r\n\r\n".encode())
        get_status, get_headers, body = read_response(connection, bodiless=False)
    assert head_status == get_status == b"HTTP/1.1 200 OK"
    assert head_headers[b"content-length"] == get_headers[b"content-length"] == str(len(body)).encode()
    assert b"connection" not in head_headers  # no `close`: the server meant to keep it


def test_a_pooling_client_reuses_its_connection_across_heads_and_logs_no_error(
    served: LiveService, tmp_path: Path
) -> None:
    connections: set[object] = set()

    def note_connection(response: httpx.Response) -> None:
        stream = response.extensions.get("network_stream")
        connections.add(id(stream.get_extra_info("socket")) if stream is not None else None)

    logged_before = served.log()
    with httpx.Client(base_url=served.base_url, event_hooks={"response": [note_connection]}) as client:
        for path in ROUTES * 3:
            head = client.head(path)
            get = client.get(path)
            assert head.status_code == get.status_code == 200
            assert head.content == b""
    new_lines = served.log()[len(logged_before) :]
    assert len(connections) == 1, "every request should have gone over the one pooled connection"
    assert " ERROR " not in new_lines
    assert "Content-Length" not in new_lines
