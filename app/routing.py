"""The route class every router uses: one unit of work per request, committed before the response."""

from collections.abc import Callable, Coroutine
from typing import Any

from fastapi import Request, Response
from fastapi.routing import APIRoute

from app import idempotency
from app.auth import authenticate
from app.db import Database
from app.errors import invalid

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


class UnitOfWorkRoute(APIRoute):
    """Opens the request's transaction around the endpoint and commits it before the response
    leaves: a failed commit becomes an error response, never a 2xx for a lost write. POSTs with an
    Idempotency-Key are claimed first and their response stored in the same transaction."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handle = super().get_route_handler()

        async def handle_in_unit_of_work(request: Request) -> Response:
            database: Database = request.app.state.database
            if "authorization" in request.headers:
                # A token is verified wherever it is presented, even where anonymous reading is
                # allowed: a bad one is refused rather than silently ignored.
                await authenticate(request)
            if request.method not in SAFE_METHODS:
                # Read here: FastAPI would turn the body limit's error, or a body that is not UTF-8,
                # into a generic 400 that the contract does not speak of.
                body = await request.body()
                try:
                    body.decode("utf-8")
                except UnicodeDecodeError:
                    raise invalid("the request body is not UTF-8 encoded JSON") from None
            claim = None
            if request.method == "POST" and idempotency.HEADER in request.headers:
                claimed = await idempotency.claim(request)
                if isinstance(claimed, Response):
                    return claimed
                claim = claimed
            try:
                async with database.unit_of_work(write=request.method not in SAFE_METHODS) as session:
                    request.state.session = session
                    response = await handle(request)
                    if claim is not None:
                        await claim.complete(session, response)
            except BaseException:
                if claim is not None:
                    await claim.release()
                raise
            return response

        return handle_in_unit_of_work
