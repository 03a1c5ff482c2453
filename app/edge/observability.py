"""What an operator sees of each request: its id, its access line, its metrics, and the personal data
it disclosed. The outermost layer of the application, so it sees every answer, errors included."""

import logging
import os
import re
import time
from collections.abc import Sequence
from typing import Any

from starlette.routing import BaseRoute, Match
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.domain.authority import Principal
from app.edge.disclosure import disclosed_people
from app.edge.disclosure_store import DisclosureStore
from app.edge.lifecycle import Lifecycle
from app.edge.metrics import Metrics
from app.logs import ACCESS_LOGGER, DISCLOSURE_LOGGER, redacted_path, request_id
from app.storage.database import utcnow

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
    def __init__(
        self,
        app: ASGIApp,
        *,
        metrics: Metrics | None,
        access: bool,
        lifecycle: Lifecycle,
        routes: Sequence[BaseRoute] = (),
    ) -> None:
        self.app = app
        self.metrics = metrics
        self.access = access
        self.lifecycle = lifecycle
        self.routes = routes
        """The application's operations, to name the route of an answer given before routing: a drain's
        503, or the database's absence found by the kept-answer layer."""

    def _route_template(self, scope: Scope) -> str | None:
        route = scope.get("route")
        if route is None:
            # Only answers no route handled come here (errors before routing, and paths that match
            # nothing): a per-route alert must see a 503 whoever gave it.
            route = next((r for r in self.routes if r.matches(scope)[0] is Match.FULL), None)
        template: str | None = getattr(route, "path", None)
        return template

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
                if self.lifecycle.draining and not any(k.lower() == b"connection" for k, _ in headers):
                    # Answered while the service stops (in flight, a long poll ended): the client's
                    # next request must open a connection to an instance that stays.
                    headers.append((b"connection", b"close"))
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
            template = self._route_template(scope)
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
    known: dict[str, list[str]] | None = scope.get("state", {}).get("disclosed")
    people = known if known is not None else disclosed_people(body)
    if not people:
        return
    caller = _caller(principal)
    store: DisclosureStore | None = getattr(getattr(scope.get("app"), "state", None), "disclosures", None)
    helseid = {
        "org_number_child": principal.org_number_child if principal else None,
        "client_name": principal.client_name if principal else None,
    }
    if store is not None:
        _store_disclosure(store, scope, method, route, status, caller | helseid, people)
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
                **helseid,
                "people": [{"id": person, "fields": fields} for person, fields in people.items()],
            }
        },
    )


def _store_disclosure(
    store: DisclosureStore,
    scope: Scope,
    method: str,
    route: str | None,
    status: int,
    caller: dict[str, Any],
    people: dict[str, list[str]],
) -> None:
    """One row a person, each cut to its column: a row the database refused would be lost with its
    whole batch."""
    occurred_at = utcnow()
    identifier = request_id.get() or ""
    client_id = caller["client_id"]
    shared = {
        "occurred_at": occurred_at,
        "principal_kind": caller["principal"],
        "client_id": client_id[:200] if client_id else None,
        "org_number": caller["org_number"][:9] if caller["org_number"] else None,
        # Checked where the token was read (printable, an organisation number's nine digits).
        "org_number_child": caller["org_number_child"],
        "client_name": caller["client_name"],
        "method": method[:10],
        "route": route[:200] if route else None,
        "path": redacted_path(scope["path"])[:500],
        "status": status,
        "request_id": identifier[:128],
    }
    store.offer(
        [{**shared, "subject": person[:80], "fields_shown": fields} for person, fields in people.items()]
    )
