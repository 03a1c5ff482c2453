"""The ceiling: a bare Starlette app that answers each benchmarked request with the bytes and headers
the service gave for it, held in memory. No database, no serialisation, no token to verify: what HTTP,
uvicorn and Starlette alone cost on this machine. Started by bench/run.py, one uvicorn worker:

    BENCH_RESPONSES=responses.json uvicorn ceiling:app --app-dir bench --no-access-log

`responses.json` is a list of {"method", "target" (path and query), "accept" (a media type the
request's Accept must name, or null), "registered" (whether the request carried a token: a council
reads differently to a registered system), "status", "headers": {name: value}, "body"}. A GET whose
If-None-Match names the recorded ETag is answered 304 without a body, as the service answers it.
"""

import json
import os
from pathlib import Path

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

Answer = tuple[int, dict[str, str], bytes]

RESPONSES: dict[tuple[str, str, str | None, bool], Answer] = {
    (entry["method"], entry["target"], entry["accept"], entry["registered"]): (
        entry["status"],
        entry["headers"],
        entry["body"].encode(),
    )
    for entry in json.loads(Path(os.environ["BENCH_RESPONSES"]).read_text(encoding="utf-8"))
}
ACCEPTS = sorted({accept for _, _, accept, _ in RESPONSES if accept is not None})
REVALIDATED = ("etag", "cache-control", "vary")
"""What a 304 repeats of the 200 it stands for."""


async def recorded(request: Request) -> Response:
    query = request.url.query
    target = request.url.path + (f"?{query}" if query else "")
    accept = request.headers.get("accept", "")
    variant = next((media for media in ACCEPTS if media in accept), None)
    registered = "authorization" in request.headers
    found = RESPONSES.get((request.method, target, variant, registered)) or RESPONSES.get(
        (request.method, target, None, registered)
    )
    if found is None:
        return Response(status_code=404)
    status, headers, body = found
    if request.method == "GET" and request.headers.get("if-none-match") == headers.get("etag"):
        return Response(status_code=304, headers={k: v for k, v in headers.items() if k in REVALIDATED})
    return Response(body, status, headers)


async def ready(_request: Request) -> Response:
    return Response(b'{"status":"ok"}', media_type="application/json")


app = Starlette(
    routes=[Route("/health/ready", ready), Route("/{path:path}", recorded, methods=["GET", "POST"])]
)
