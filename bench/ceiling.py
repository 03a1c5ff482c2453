"""The ceiling: a bare Starlette app that answers each benchmarked request with the bytes and headers
the service gave for it, held in memory. No database, no serialisation: what HTTP, uvicorn and
Starlette alone cost on this machine. Started by bench/reads.py, one uvicorn worker:

    BENCH_RESPONSES=responses.json uvicorn ceiling:app --app-dir bench --no-access-log

`responses.json` maps a path with its query string to {"body": text, "headers": {name: value}}.
"""

import json
import os
from pathlib import Path

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

RESPONSES = {
    target: (answer["body"].encode(), answer["headers"])
    for target, answer in json.loads(Path(os.environ["BENCH_RESPONSES"]).read_text(encoding="utf-8")).items()
}


async def recorded(request: Request) -> Response:
    query = request.url.query
    target = request.url.path + (f"?{query}" if query else "")
    if target not in RESPONSES:
        return Response(status_code=404)
    body, headers = RESPONSES[target]
    return Response(body, headers=headers)


app = Starlette(routes=[Route("/{path:path}", recorded)])
