"""The route class every router uses: one unit of work per request, committed before the response."""

from collections.abc import Callable, Coroutine
from typing import Any

from fastapi import Request, Response
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute
from sqlalchemy.exc import DBAPIError

from app.domain.authority import Scope
from app.edge import idempotency
from app.edge.auth import authenticate, scopes_required_by, unauthenticated, verified_token
from app.services.errors import invalid
from app.storage.database import Database
from app.text import unstorable_text

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def _required_scopes(dependant: Dependant) -> tuple[Scope, ...] | None:
    """The scopes the operation's `requires` names, searched through its dependencies."""
    for dependency in dependant.dependencies:
        scopes = scopes_required_by(dependency.call) or _required_scopes(dependency)
        if scopes is not None:
            return scopes
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
        self.required_scopes = _required_scopes(self.dependant)
        """Any one of these lets a caller in; None: the operation is open to anonymous callers."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handle = super().get_route_handler()

        async def handle_in_unit_of_work(request: Request) -> Response:
            database: Database = request.app.state.database
            # Authentication before anything about the request itself: an anonymous caller of a
            # protected operation is told to authenticate, not what else is wrong with its request.
            if "authorization" in request.headers:
                # A token is verified wherever it is presented, even where anonymous reading is
                # allowed: a bad one is refused rather than silently ignored. Whose it is (the trust
                # of its organisation number) is read in the request's transaction.
                await verified_token(request)
            elif self.required_scopes is not None:
                raise unauthenticated()
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
            # first request that takes it, and SQLAlchemy then discards the pool. A read is safe to
            # answer again on a fresh connection rather than fail its caller; a write is left alone.
            if request.method not in SAFE_METHODS or not error.connection_invalidated:
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
