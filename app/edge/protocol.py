"""HTTP conventions every endpoint shares: ETags and revalidation, cache headers, body size, If-Match."""

import hashlib
import json
import logging
from collections.abc import Callable
from datetime import UTC, datetime
from http import HTTPStatus
from typing import Any

from fastapi import Request, Response
from pydantic import BaseModel
from starlette.requests import ClientDisconnect
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.clock import today_in_oslo
from app.contract.common import Protocol, rule_url
from app.edge.errors import PayloadTooLarge, ProblemError
from app.edge.snapshots import SNAPSHOT_HEADER, Key, Snapshot, Snapshots
from app.logs import redacted_path, request_id
from app.storage.changes import DataVersion
from app.storage.database import retry_after_outage

READ_METHODS = {"GET", "HEAD"}
MAX_TARGET_BYTES = 8192
"""Longest path plus query string served; no URL of this API comes near it (a cursor is < 1 KB)."""

log = logging.getLogger(__name__)


def etag_of(representation: BaseModel) -> str:
    """A strong ETag from the canonical JSON of a representation: the same for a GET and an If-Match."""
    canonical = json.dumps(
        representation.model_dump(mode="json"), sort_keys=True, separators=(",", ":"), ensure_ascii=False
    )
    return f'"{hashlib.sha256(canonical.encode()).hexdigest()[:32]}"'


def tagged(response: Response, representation: BaseModel) -> None:
    response.headers["ETag"] = etag_of(representation)


def require_current(request: Request, representation: BaseModel) -> None:
    """Optimistic locking: the client must name, in If-Match, the version it last read."""
    header = request.headers.get("if-match")
    if header is None:
        raise ProblemError(
            428,
            Protocol.PRECONDITION_REQUIRED,
            "send If-Match with the ETag of the resource as you last read it",
        )
    tags = {tag.strip() for tag in header.split(",")}
    # Strong comparison (RFC 9110 §13.1.1): a weak tag never matches.
    if "*" not in tags and etag_of(representation) not in tags:
        raise ProblemError(
            412,
            Protocol.PRECONDITION_FAILED,
            "the resource changed since you read it: read it again, then retry",
        )


def if_match(request: Request) -> Callable[[BaseModel], None]:
    """The request's If-Match as a precondition a service checks once it has locked the resource."""
    return lambda current: require_current(request, current)


def _header(headers: list[tuple[bytes, bytes]], name: bytes) -> bytes | None:
    return next((value for key, value in headers if key.lower() == name), None)


def _matches(if_none_match: str, etag: str) -> bool:
    # Weak comparison for revalidation (RFC 9110 §13.1.2).
    bare = etag.removeprefix("W/")
    return any(tag.strip() in ("*", bare, f"W/{bare}") for tag in if_none_match.split(","))


class HttpCacheMiddleware:
    """Every 200 GET gets a strong ETag (the route's own, or a hash of the body) and honours
    If-None-Match with a bodiless 304. Anonymous answers may be shared by caches; others are private.
    An anonymous answer its route marked as a snapshot (`app.edge.snapshots`) is kept, and the same
    request answered from memory, a revalidation without building anything, while the data version
    and the day in Norway are the same."""

    def __init__(
        self,
        app: ASGIApp,
        public_max_age: int,
        snapshots: Snapshots | None = None,
        version: DataVersion | None = None,
    ) -> None:
        self.app = app
        self.public_cache_control = f"public, max-age={public_max_age}".encode()
        self.snapshots = snapshots
        self.version = version

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_headers: list[tuple[bytes, bytes]] = scope["headers"]
        if scope["method"] not in READ_METHODS:
            await self.app(scope, receive, self._no_store(send))
            return
        anonymous = _header(request_headers, b"authorization") is None
        if_none_match = _header(request_headers, b"if-none-match")
        key: Key | None = None
        if (
            anonymous
            and self.snapshots is not None
            and self.version is not None
            and self.snapshots.may_keep(scope["path"])
        ):
            # The version is read before the answer is built: an answer kept under it may show newer
            # data than it claims (a write committed meanwhile), never older.
            key = Snapshots.key(scope, await self.version.current(), today_in_oslo())
            kept = self.snapshots.get(key, datetime.now(UTC))
            if kept is not None:
                scope["route"] = kept.route
                await self._answer_kept(send, kept, if_none_match)
                return
        start: Message | None = None
        chunks: list[bytes] = []

        async def buffered(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                start = message
                return
            if message["type"] != "http.response.body" or start is None:
                await send(message)
                return
            chunks.append(message.get("body", b""))
            if message.get("more_body", False):
                return
            await self._finish(send, start, b"".join(chunks), anonymous, if_none_match, key, scope)

        await self.app(scope, receive, buffered)

    async def _answer_kept(self, send: Send, kept: Snapshot, if_none_match: bytes | None) -> None:
        if if_none_match is not None and _matches(
            if_none_match.decode("latin-1"), kept.etag.decode("latin-1")
        ):
            await self._send(send, 304, [(k, v) for k, v in kept.headers if k != b"content-type"], b"")
            return
        await self._send(send, 200, kept.headers, kept.body)

    async def _finish(
        self,
        send: Send,
        start: Message,
        body: bytes,
        anonymous: bool,
        if_none_match: bytes | None,
        key: Key | None,
        scope: Scope,
    ) -> None:
        marker = SNAPSHOT_HEADER.encode()
        keep_until = _header(start["headers"], marker)
        headers = [(k, v) for k, v in start["headers"] if k.lower() not in (b"content-length", marker)]
        if start["status"] != 200:
            headers = [(k, v) for k, v in headers if k.lower() != b"cache-control"]
            headers.append((b"cache-control", b"no-store"))
            await self._send(send, start["status"], headers, body)
            return
        route_cache_control = _header(headers, b"cache-control")
        if route_cache_control is not None and b"no-store" in route_cache_control:
            # Never stored, so never revalidated: a health check answers afresh every time.
            await self._send(send, 200, headers, body)
            return
        etag = _header(headers, b"etag")
        if etag is None:
            etag = f'"{hashlib.sha256(body).hexdigest()[:32]}"'.encode()
            headers.append((b"etag", etag))
        if _header(headers, b"cache-control") is None:  # a route that says how it may be cached decides
            headers.append(
                (b"cache-control", self.public_cache_control if anonymous else b"private, no-cache")
            )
        headers.append((b"vary", b"Authorization"))
        if keep_until is not None and anonymous and self.snapshots is not None:
            if key is None:  # the first time this path is asked for: kept from the next time on
                self.snapshots.learn(scope["path"])
            else:
                self.snapshots.keep(
                    key, headers, body, etag, keep_until.decode("latin-1"), scope.get("route")
                )
        if if_none_match is not None and _matches(if_none_match.decode("latin-1"), etag.decode("latin-1")):
            kept = [(k, v) for k, v in headers if k.lower() not in (b"content-type",)]
            await self._send(send, 304, kept, b"")
            return
        await self._send(send, 200, headers, body)

    @staticmethod
    async def _send(send: Send, status: int, headers: list[tuple[bytes, bytes]], body: bytes) -> None:
        if status != 304:
            headers = [*headers, (b"content-length", str(len(body)).encode())]
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    @staticmethod
    def _no_store(send: Send) -> Send:
        async def with_no_store(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message["headers"] if k.lower() != b"cache-control"]
                message = {**message, "headers": [*headers, (b"cache-control", b"no-store")]}
            await send(message)

        return with_no_store


class BodyLimitMiddleware:
    """Refuse bodies over the limit (413), whether announced by Content-Length or streamed."""

    def __init__(self, app: ASGIApp, max_bytes: int, path_limits: dict[str, int] | None = None) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.path_limits = path_limits or {}
        """Paths that take larger bodies (a spreadsheet to import), with their own limit."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.path_limits.get(scope["path"], self.max_bytes)
        declared = _header(scope["headers"], b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > limit:
            await send_problem(send, 413, Protocol.PAYLOAD_TOO_LARGE, str(PayloadTooLarge(limit)), scope)
            return
        received = 0

        async def counted() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise PayloadTooLarge(limit)
            return message

        await self.app(scope, counted, send)


def problem_body(status: int, rule: str, detail: str, instance: str | None) -> bytes:
    """A problem+json document for answers made below the application (middleware, the server)."""
    problem: dict[str, Any] = {
        "type": rule_url(rule),
        "title": HTTPStatus(status).phrase,
        "status": status,
        "detail": detail,
        "rule": rule,
        "errors": [],
    }
    if instance is not None:
        problem["instance"] = instance
    identifier = request_id.get()
    if identifier is not None:
        problem["request_id"] = identifier
    return json.dumps(problem).encode()


async def send_problem(
    send: Send,
    status: int,
    rule: str,
    detail: str,
    scope: Scope,
    headers: tuple[tuple[bytes, bytes], ...] = (),
) -> None:
    body = problem_body(status, rule, detail, scope.get("path"))
    response_headers = [
        (b"content-type", b"application/problem+json"),
        (b"content-length", str(len(body)).encode()),
        (b"cache-control", b"no-store"),
        *headers,
    ]
    await send({"type": "http.response.start", "status": status, "headers": response_headers})
    await send({"type": "http.response.body", "body": body})


class HeadMiddleware:
    """`HEAD` wherever `GET` is: the GET's status and headers, Content-Length and ETag included,
    without its body (RFC 9110 §9.3.2)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def without_body(message: Message) -> None:
            if message["type"] == "http.response.body":
                if message.get("more_body", False):
                    return
                message = {"type": "http.response.body", "body": b""}
            await send(message)

        # The layers below see a GET in a scope of their own: the server reads the method from the
        # scope it made when the answer starts, and a HEAD it took for a GET makes it wait for the
        # body Content-Length announces, then drop the connection. What routing records there (the
        # route, for the access line and metrics above) is copied back.
        as_get = {**scope, "method": "GET"}
        try:
            await self.app(as_get, receive, without_body)
        finally:
            scope.update((key, value) for key, value in as_get.items() if key != "method")


class LastResortMiddleware:
    """Whatever escapes the application still leaves as problem+json, on a connection that stays usable.

    Starlette's own last handler re-raises after answering, and uvicorn then drops the keep-alive
    connection unannounced, so a client's next request on it is reset. A database that cannot serve
    (down, restarting, out of connections, a SQLite writer holding the lock) is a 503 with
    `Retry-After`; anything else a 500, logged once. Also refuses request targets longer than any this
    API has (414) before routing reads them."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if (
            len(scope.get("raw_path") or scope["path"].encode()) + len(scope["query_string"])
            > MAX_TARGET_BYTES
        ):
            detail = f"the path and query string are longer than {MAX_TARGET_BYTES} bytes"
            await send_problem(send, 414, Protocol.REQUEST_INVALID, detail, {**scope, "path": None})
            return
        started = False
        method = scope["method"]  # the layers below may serve a HEAD as a GET

        async def tracked(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, tracked)
        except ClientDisconnect:
            # The client went away while sending its body: nobody is left to answer, nothing is wrong.
            log.info(
                "the client disconnected before its request was read: %s %s",
                method,
                redacted_path(scope["path"]),
            )
            return
        except Exception as error:
            if started:
                # The status line is out, so no error can be sent: log it once, here, and leave the
                # response unfinished; the server closes the connection, which tells the client.
                log.exception(
                    "error after the response started on %s %s", method, redacted_path(scope["path"])
                )
                return
            retry_after = retry_after_outage(error)
            if retry_after is not None:
                log.warning(
                    "database unavailable on %s %s: %s: %s",
                    method,
                    redacted_path(scope["path"]),
                    type(error).__name__,
                    str(error).splitlines()[0] if str(error) else "",
                )
                await send_problem(
                    send,
                    503,
                    Protocol.SERVICE_UNAVAILABLE,
                    "the database cannot serve requests right now; nothing was changed, retry later",
                    scope,
                    ((b"retry-after", str(retry_after).encode()),),
                )
                return
            log.exception("unhandled error on %s %s", method, redacted_path(scope["path"]))
            await send_problem(
                send, 500, Protocol.INTERNAL, "an unexpected error occurred; it has been logged", scope
            )
