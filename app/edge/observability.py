"""What an operator sees of each request: its id, its access line, its metrics, and the personal data
it disclosed. The outermost layer of the application, so it sees every answer, errors included."""

import logging
import os
import re
import time
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.domain.authority import Principal
from app.edge.disclosure import disclosed_people
from app.edge.lifecycle import Lifecycle
from app.edge.metrics import Metrics
from app.logs import ACCESS_LOGGER, DISCLOSURE_LOGGER, redacted_path, request_id

REQUEST_ID_HEADER = b"x-request-id"
VALID_REQUEST_ID = re.compile(rb"^[A-Za-z0-9][A-Za-z0-9._:/+=@-]{0,127}$")
"""A proxy's or a client's id is kept when it is a plain token of at most 128 characters; anything
else (spaces, quotes, control bytes, a kilobyte) would let a client write into the logs, so it is
replaced."""
CLIENT_CLOSED = 499
"""The access line's status when the client went away before its answer (nginx's convention)."""

access_log = logging.getLogger(ACCESS_LOGGER)
disclosure_log = logging.getLogger(DISCLOSURE_LOGGER)
log = logging.getLogger(__name__)


def incoming_request_id(headers: list[tuple[bytes, bytes]]) -> str:
    for name, value in headers:
        if name.lower() == REQUEST_ID_HEADER:
            if VALID_REQUEST_ID.match(value):
                return value.decode("ascii")
            break
    return os.urandom(16).hex()  # what uuid4 draws, without building a UUID for every request


class ObservedRequests:
    def __init__(self, app: ASGIApp, *, metrics: Metrics | None, access: bool, lifecycle: Lifecycle) -> None:
        self.app = app
        self.metrics = metrics
        self.access = access
        self.lifecycle = lifecycle

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        method: str = scope["method"]
        identifier = incoming_request_id(scope["headers"])
        token = request_id.set(identifier)
        # Shared with every layer below (request.state), which records the principal there.
        state: dict[str, Any] = scope.setdefault("state", {})
        authenticated = any(name.lower() == b"authorization" for name, _ in scope["headers"])
        status = CLIENT_CLOSED
        json_body = False
        chunks: list[bytes] = []

        async def observed(message: Message) -> None:
            nonlocal status, json_body
            if message["type"] == "http.response.start":
                status = message["status"]
                headers = [*message.get("headers", []), (REQUEST_ID_HEADER, identifier.encode())]
                message = {**message, "headers": headers}
                json_body = (
                    authenticated
                    and status < 400
                    and any(k.lower() == b"content-type" and b"json" in v for k, v in headers)
                )
            elif message["type"] == "http.response.body" and json_body:
                chunks.append(message.get("body", b""))
            await send(message)

        if self.metrics is not None:
            self.metrics.in_flight.inc()
        try:
            if self.lifecycle.refuses(scope["path"]):
                await self.lifecycle.refuse(scope, observed)
            else:
                await self.app(scope, receive, observed)
        finally:
            seconds = time.perf_counter() - started
            route = scope.get("route")
            template = getattr(route, "path", None)
            if self.metrics is not None:
                self.metrics.in_flight.dec()
                self.metrics.observe(method, template, status, seconds)
            principal: Principal | None = state.get("principal")
            if self.access:
                _log_access(scope, method, template, status, seconds, principal)
            if chunks:
                log_disclosure(scope, method, template, status, principal, b"".join(chunks))
            request_id.reset(token)


def _caller(principal: Principal | None) -> dict[str, Any]:
    if principal is None or not principal.authenticated:
        return {"principal": "anonymous", "client_id": None, "org_number": None}
    return {"principal": principal.kind, "client_id": principal.subject, "org_number": principal.org_number}


def _log_access(
    scope: Scope,
    method: str,
    route: str | None,
    status: int,
    seconds: float,
    principal: Principal | None,
) -> None:
    if not access_log.isEnabledFor(logging.INFO):
        return
    milliseconds = round(seconds * 1000, 2)
    # The path, not the query string: a query may hold an HPR number (/v1/people?hpr_number=…); and a
    # link's path without its capability.
    path = redacted_path(scope["path"])
    caller = _caller(principal)
    fields = {
        "method": method,
        "route": route,
        "path": path,
        "status": status,
        "duration_ms": milliseconds,
        **caller,
    }
    # Made and handed over directly: `Logger.info` would walk the stack for the caller's file and line,
    # which no access line shows, at a fifth of the cost of the line.
    record = access_log.makeRecord(
        ACCESS_LOGGER,
        logging.INFO,
        __file__,
        0,
        "%s %s %d %.1fms %s",
        (method, path, status, milliseconds, caller["client_id"] or caller["principal"]),
        None,
        extra={"fields": fields},
    )
    access_log.handle(record)


def log_disclosure(
    scope: Scope, method: str, route: str | None, status: int, principal: Principal | None, body: bytes
) -> None:
    """Log the people whose non-public data `body` (JSON) shows the caller. The middleware calls it
    for every JSON answer; a route that answers in another media type calls it with the JSON it
    rendered from."""
    people = disclosed_people(body)
    if not people:
        return
    caller = _caller(principal)
    disclosure_log.info(
        "%s read non-public data of %d people",
        caller["client_id"],
        len(people),
        extra={
            "fields": {
                "method": method,
                "route": route,
                "path": redacted_path(scope["path"]),
                "status": status,
                **caller,
                "trust": principal.trust if principal else None,
                "people": [{"id": person, "fields": fields} for person, fields in people.items()],
            }
        },
    )
