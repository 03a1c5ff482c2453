"""Registered answers built once per version of the data and served from memory until it changes.

The public reads are kept by `HttpCacheMiddleware` for anonymous callers only. Some registered answers
are as costly and as repetitive: the national compliance overview reads every seat, election and meeting
of the year and is RegUt's everyday question, yet it depends on nothing about the caller once the caller
may ask. A route calls `kept_answer` after its authority check, with the parameters the answer depends
on (resolved: defaults applied), and a builder that also says until when the answer holds without a
write. The key is the path, those parameters, the data version and the day in Norway, never the
caller: a route whose answer differs by caller must not use it, and one whose answer differs by view
(public or registered, `Principal.may_read_personal`) uses it for one view only, or names the view.
"""

from collections.abc import Awaitable, Callable, Mapping
from datetime import UTC, datetime
from enum import Enum
from urllib.parse import urlencode

from fastapi import Request, Response
from pydantic import BaseModel
from starlette.responses import JSONResponse

from app.clock import today_in_oslo
from app.edge.disclosure import disclosed_people
from app.edge.protocol import etag_of
from app.edge.snapshots import Key, Snapshots
from app.storage.changes import DataVersion

Build = Callable[[datetime], Awaitable[tuple[BaseModel, datetime | None]]]
"""Builds the answer as of a moment, and says until when it holds unless the data changes (None: the
rest of the day in Norway)."""
JSON = b"application/json"


async def kept_answer(
    request: Request,
    parameters: Mapping[str, object],
    build: Build,
    headers: Mapping[str, str] | None = None,
) -> Response:
    """The answer from memory, or built and kept; `headers` are the route's own (a `Vary`), which an
    answer it returns itself must carry."""
    store: Snapshots | None = request.app.state.kept_answers
    now = datetime.now(UTC)
    if store is None:
        answer, _ = await build(now)
        return _response(_render(answer), None, headers)
    version: DataVersion = request.app.state.data_version
    # Read before the answer is built: what is kept under it may be newer than it claims, never older.
    key: Key = (request.url.path, _query(parameters), b"", "", await version.current(), today_in_oslo())
    kept = store.get(key, now)
    if kept is None:
        answer, until = await build(now)
        body = _render(answer)
        etag = etag_of(answer).encode()  # as a route's own ETag is: an If-Match names it
        until_text = until.isoformat() if until is not None else ""
        disclosed = disclosed_people(body)
        store.keep(
            key, [(b"content-type", JSON)], body, etag, until_text, request.scope.get("route"), disclosed
        )
    else:
        body, etag, disclosed = kept.body, kept.etag, kept.disclosed
    # Logged for this caller as any answer is (ObservabilityMiddleware), from what was found once.
    request.state.disclosed = disclosed
    return _response(body, etag, headers)


def _render(answer: BaseModel) -> bytes:
    # What FastAPI sends for a route's response model, byte for byte.
    return bytes(JSONResponse(answer.model_dump(mode="json", by_alias=True)).body)


def _response(body: bytes, etag: bytes | None, headers: Mapping[str, str] | None) -> Response:
    sent = dict(headers or {}) | ({"ETag": etag.decode("latin-1")} if etag is not None else {})
    return Response(body, media_type=JSON.decode(), headers=sent)


def _query(parameters: Mapping[str, object]) -> bytes:
    values = {
        name: value.value if isinstance(value, Enum) else str(value)
        for name, value in sorted(parameters.items())
        if value is not None
    }
    return urlencode(values).encode()
