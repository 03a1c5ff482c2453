"""HTTP conventions every endpoint shares: ETags and revalidation, cache headers, body size, If-Match."""

import hashlib
import json
from typing import Any

from fastapi import Request, Response
from pydantic import BaseModel
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.errors import PayloadTooLarge, ProblemError, Protocol

READ_METHODS = {"GET", "HEAD"}


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


def _header(headers: list[tuple[bytes, bytes]], name: bytes) -> bytes | None:
    return next((value for key, value in headers if key.lower() == name), None)


def _matches(if_none_match: str, etag: str) -> bool:
    # Weak comparison for revalidation (RFC 9110 §13.1.2).
    bare = etag.removeprefix("W/")
    return any(tag.strip() in ("*", bare, f"W/{bare}") for tag in if_none_match.split(","))


class HttpCacheMiddleware:
    """Every 200 GET gets a strong ETag (the route's own, or a hash of the body) and honours
    If-None-Match with a bodiless 304. Anonymous answers may be shared by caches; others are private."""

    def __init__(self, app: ASGIApp, public_max_age: int) -> None:
        self.app = app
        self.public_cache_control = f"public, max-age={public_max_age}".encode()

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
            await self._finish(send, start, b"".join(chunks), anonymous, if_none_match)

        await self.app(scope, receive, buffered)

    async def _finish(
        self, send: Send, start: Message, body: bytes, anonymous: bool, if_none_match: bytes | None
    ) -> None:
        headers = [
            (k, v) for k, v in start["headers"] if k.lower() not in (b"cache-control", b"content-length")
        ]
        if start["status"] != 200:
            headers.append((b"cache-control", b"no-store"))
            await self._send(send, start["status"], headers, body)
            return
        etag = _header(headers, b"etag")
        if etag is None:
            etag = f'"{hashlib.sha256(body).hexdigest()[:32]}"'.encode()
            headers.append((b"etag", etag))
        headers.append((b"cache-control", self.public_cache_control if anonymous else b"private, no-cache"))
        headers.append((b"vary", b"Authorization"))
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

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = _header(scope["headers"], b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            await _send_problem(
                send, 413, Protocol.PAYLOAD_TOO_LARGE, str(PayloadTooLarge(self.max_bytes)), scope
            )
            return
        received = 0

        async def counted() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise PayloadTooLarge(self.max_bytes)
            return message

        await self.app(scope, counted, send)


async def _send_problem(send: Send, status: int, rule: str, detail: str, scope: Scope) -> None:
    problem: dict[str, Any] = {
        "type": f"urn:lis-registry:problem:{rule}",
        "title": "Content Too Large",
        "status": status,
        "detail": detail,
        "instance": scope.get("path"),
        "rule": rule,
        "errors": [],
    }
    body = json.dumps(problem).encode()
    headers = [(b"content-type", b"application/problem+json"), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
