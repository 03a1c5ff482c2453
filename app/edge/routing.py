"""The route class every router uses: one unit of work per request, committed before the response."""

from collections.abc import Callable, Coroutine
from typing import Any

from fastapi import Request, Response
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute
from sqlalchemy.exc import DBAPIError

from app.domain.authority import Scope
from app.domain.rules import Rule
from app.edge import idempotency
from app.edge.auth import authenticate, refuse_unless_permitted, scopes_required_by
from app.services.errors import invalid
from app.storage.database import Database, failed_on_a_stale_connection
from app.text import unstorable_text

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def _required_scopes(dependant: Dependant) -> tuple[tuple[Scope, ...], Rule | None] | None:
    """The scopes the operation's `requires` names, and its rule, searched through its dependencies."""
    for dependency in dependant.dependencies:
        required = scopes_required_by(dependency.call) or _required_scopes(dependency)
        if required is not None:
            return required
    return None


def check_parameters(request: Request) -> None:
    """Every path and query parameter, whatever route it is for, is text the service can store and
    compare: a NUL or a control character is refused here, naming the parameter, before any query."""
    for name, value in (*request.path_params.items(), *request.query_params.multi_items()):
        problem = unstorable_text(name, multiline=False) or unstorable_text(str(value), multiline=False)
        if problem is not None:
            raise invalid(f"the parameter {name!r} {problem}", parameter=name)


class UnitOfWorkRoute(APIRoute):
    """Opens the request's transaction around the endpoint and commits it before the response
    leaves: a failed commit becomes an error response, never a 2xx for a lost write. POSTs with an
    Idempotency-Key are claimed and their response stored in the same transaction."""

    reads_raw_body = False
    """Whether the operation takes a file as its body (a spreadsheet), not JSON text."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        required = _required_scopes(self.dependant)
        self.required_scopes = required[0] if required is not None else None
        """Any one of these lets a caller in; None: the operation is open to anonymous callers."""
        self.refusal_rule = required[1] if required is not None else None
        """The mandate rule a 403 names, when one says why no other scope may act."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handle = super().get_route_handler()

        async def handle_in_unit_of_work(request: Request) -> Response:
            database: Database = request.app.state.database
            # Authentication, then authority, before anything about the request itself: a caller who
            # may not act is told so, not what else is wrong with its request. Whose token it is (the
            # trust of its organisation number) is read later, in the request's transaction.
            await refuse_unless_permitted(request, self.required_scopes, self.refusal_rule)
            check_parameters(request)
            if request.method not in SAFE_METHODS and not self.reads_raw_body:
                # Read here: FastAPI would turn the body limit's error, or a body that is not UTF-8,
                # into a generic 400 that the contract does not speak of.
                body = await request.body()
                try:
                    body.decode("utf-8")
                except UnicodeDecodeError:
                    raise invalid("the request body is not UTF-8 encoded JSON") from None
            if request.method == "POST" and idempotency.HEADER in request.headers:
                claims = request.app.state.metrics
                if claims is not None:
                    claims.idempotency_claims.inc()
                try:
                    return await self._serve(request, handle, database, claim_key=True)
                finally:
                    if claims is not None:
                        claims.idempotency_claims.dec()
            return await self._serve(request, handle, database, claim_key=False)

        return handle_in_unit_of_work

    @classmethod
    async def _serve(
        cls,
        request: Request,
        handle: Callable[[Request], Coroutine[Any, Any, Response]],
        database: Database,
        *,
        claim_key: bool,
    ) -> Response:
        try:
            return await cls._serve_once(request, handle, database, claim_key=claim_key)
        except DBAPIError as error:
            # A pooled connection the server dropped while idle (a restart, an idle timeout) fails the
            # first request that takes it, and SQLAlchemy then discards the pool. The request is served
            # again on a fresh connection rather than fail its caller when that is safe: a read, or a
            # write whose connection failed on its first statement, so that nothing was written.
            retry = request.method in SAFE_METHODS and error.connection_invalidated
            if not (retry or failed_on_a_stale_connection(error)):
                raise
            return await cls._serve_once(request, handle, database, claim_key=claim_key)

    @staticmethod
    async def _serve_once(
        request: Request,
        handle: Callable[[Request], Coroutine[Any, Any, Response]],
        database: Database,
        *,
        claim_key: bool,
    ) -> Response:
        async with database.unit_of_work(write=request.method not in SAFE_METHODS) as session:
            request.state.session = session
            if "authorization" in request.headers:
                # Whoever calls is known to every layer (the access line, the disclosure log), whether
                # or not the operation asks who it is.
                await authenticate(request)
            claim = None
            if claim_key:
                claimed = await idempotency.claim(request, session)
                if isinstance(claimed, Response):
                    return claimed
                claim = claimed
            response = await handle(request)
            if claim is not None:
                claim.complete(session, response)
        return response


class RawBodyRoute(UnitOfWorkRoute):
    """A unit of work whose body is a file the service reads itself (`POST /v1/imports`)."""

    reads_raw_body = True
