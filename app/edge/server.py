"""uvicorn, answering in problem+json even for requests it refuses before the application sees them.

uvicorn answers a request it cannot parse (a control byte in a header, a request line or header block
over the parser's limit) with its own `400` in text/plain. Its protocol class is a documented setting;
these subclasses change only that answer, so every error a client of this API sees has one format.
"""

from typing import Any

from uvicorn.protocols.http.h11_impl import H11Protocol

from app.edge.errors import Protocol
from app.edge.protocol import problem_body

try:
    from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol
except ImportError:  # httptools is optional in uvicorn; h11 serves without it
    HttpToolsProtocol = None  # type: ignore[assignment,misc]


def _refuse_malformed(protocol: Any, message: str) -> None:
    body = problem_body(400, Protocol.REQUEST_INVALID, f"the request is not valid HTTP/1.1: {message}", None)
    head = [b"HTTP/1.1 400 Bad Request\r\n"]
    head.extend(name + b": " + value + b"\r\n" for name, value in protocol.server_state.default_headers)
    head.append(b"content-type: application/problem+json\r\n")
    head.append(b"content-length: " + str(len(body)).encode() + b"\r\n")
    head.append(b"connection: close\r\n\r\n")
    protocol.transport.write(b"".join(head) + body)
    protocol.transport.close()


class ProblemH11Protocol(H11Protocol):
    def send_400_response(self, msg: str) -> None:
        _refuse_malformed(self, msg)


if HttpToolsProtocol is not None:

    class ProblemHttpToolsProtocol(HttpToolsProtocol):
        def send_400_response(self, msg: str) -> None:
            _refuse_malformed(self, msg)

    HTTP_PROTOCOL: type = ProblemHttpToolsProtocol
else:
    HTTP_PROTOCOL = ProblemH11Protocol
