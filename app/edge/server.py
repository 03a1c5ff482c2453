"""uvicorn, answering in problem+json even for requests it refuses before the application sees them,
and answering the requests of connections it accepted just before it stopped.

uvicorn answers a request it cannot parse (a control byte in a header, a request line or header block
over the parser's limit) with its own `400` in text/plain. Its protocol class is a documented setting;
these subclasses change that answer, so every error a client of this API sees has one format.

They also change what a stop does to a connection accepted whose first request has not arrived yet:
uvicorn closed it at once, so a request already on its way was lost without an answer (measured: 8 of
20 requests sent in the last 0.3 s of a drain). Such a connection is given FIRST_REQUEST_GRACE_SECONDS
for its request, which the draining service answers with 503 and `Connection: close`.
"""

from typing import Any

from uvicorn.protocols.http.h11_impl import H11Protocol

from app.edge.errors import Protocol
from app.edge.protocol import problem_body

try:
    from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol
except ImportError:  # httptools is optional in uvicorn; h11 serves without it
    HttpToolsProtocol = None  # type: ignore[assignment,misc]


FIRST_REQUEST_GRACE_SECONDS = 1.0


class _AnswerWhatWasSent:
    """uvicorn's protocol, stopping a connection that has not yet had a request only after a grace."""

    cycle: Any
    loop: Any
    _answered_a_request = False

    def shutdown(self) -> None:
        if self.cycle is None and not self._answered_a_request:
            self.loop.call_later(FIRST_REQUEST_GRACE_SECONDS, super().shutdown)  # type: ignore[misc]
            return
        super().shutdown()  # type: ignore[misc]

    def on_response_complete(self) -> None:
        self._answered_a_request = True
        super().on_response_complete()  # type: ignore[misc]


def _refuse_malformed(protocol: Any, message: str) -> None:
    body = problem_body(400, Protocol.REQUEST_INVALID, f"the request is not valid HTTP/1.1: {message}", None)
    head = [b"HTTP/1.1 400 Bad Request\r\n"]
    head.extend(name + b": " + value + b"\r\n" for name, value in protocol.server_state.default_headers)
    head.append(b"content-type: application/problem+json\r\n")
    head.append(b"content-length: " + str(len(body)).encode() + b"\r\n")
    head.append(b"connection: close\r\n\r\n")
    protocol.transport.write(b"".join(head) + body)
    protocol.transport.close()


class ProblemH11Protocol(_AnswerWhatWasSent, H11Protocol):
    def send_400_response(self, msg: str) -> None:
        _refuse_malformed(self, msg)


if HttpToolsProtocol is not None:

    class ProblemHttpToolsProtocol(_AnswerWhatWasSent, HttpToolsProtocol):
        def send_400_response(self, msg: str) -> None:
            _refuse_malformed(self, msg)

    HTTP_PROTOCOL: type = ProblemHttpToolsProtocol
else:
    HTTP_PROTOCOL = ProblemH11Protocol
