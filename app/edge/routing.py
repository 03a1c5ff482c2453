"""The route class every router uses: one unit of work per request, committed before the response."""

import uuid
from collections.abc import Awaitable, Callable, Coroutine
from functools import partial
from typing import Any, TypeVar

from fastapi import Request, Response
from fastapi.dependencies.models import Dependant
from fastapi.exceptions import RequestValidationError
from fastapi.routing import APIRoute
from sqlalchemy.exc import DBAPIError

from app.domain.authority import Principal, Scope
from app.domain.rules import Rule
from app.edge import idempotency
from app.edge.auth import authenticate, refuse_unless_permitted, scopes_required_by
from app.services.errors import invalid
from app.storage.database import Database, failed_on_a_stale_connection
from app.storage.repository import Repository
from app.text import unstorable_text

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
NOT_UTF8 = "the request body is not UTF-8 encoded JSON"

AuthorityCheck = Callable[..., Awaitable[None]]
"""A service's `check_may_…(repo, actor, <the path's id>)`: the authority its use case asks over the
resource the path names, by the id alone (NotPermitted, or NotFound when there is no such resource)."""
Endpoint = TypeVar("Endpoint", bound=Callable[..., Any])


def authorised_by(check: AuthorityCheck, **fixed: Any) -> Callable[[Endpoint], Endpoint]:
    """Declares, on an endpoint whose path names an existing resource, the authority its use case asks
    over that resource (`check` with the path's ids, and `fixed`). A request FastAPI finds invalid is
    refused by it first, as a valid one would be (`UnitOfWorkRoute`); a valid one never pays for it,
    the use case asks the same itself."""

    def declare(endpoint: Endpoint) -> Endpoint:
        endpoint.authority_check = partial(check, **fixed) if fixed else check  # type: ignore[attr-defined]
        return endpoint

    return declare


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

    @property
    def authority_check(self) -> AuthorityCheck | None:
        """The authority over the resource the path names (`authorised_by`), if the endpoint declares one."""
        check: AuthorityCheck | None = getattr(self.endpoint, "authority_check", None)
        return check

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handle = super().get_route_handler()
        if self.authority_check is not None:
            handle = _authority_first(handle, self.authority_check)

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
                    if self.authority_check is None:
                        raise invalid(NOT_UTF8) from None
                    # Refused in the unit of work, after the authority over the resource is asked.
                    request.state.unreadable_body = invalid(NOT_UTF8)
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


def _authority_first(
    handle: Callable[[Request], Coroutine[Any, Any, Response]], check: AuthorityCheck
) -> Callable[[Request], Coroutine[Any, Any, Response]]:
    """`handle`, but a request whose parameters or body are invalid is first refused by the authority
    over the resource its path names, as its use case would refuse a valid one: a caller who may not
    act on a council does not learn what shape its meetings' bodies have. The check runs only when the
    request fails, in its transaction, which is rolled back: it writes nothing and costs a valid
    request nothing."""

    async def refuse_unless_authorised(request: Request) -> None:
        try:
            ids = {name: uuid.UUID(value) for name, value in request.path_params.items()}
        except ValueError:
            return  # no resource is named by an id that is no id: what is wrong is the request
        principal: Principal = await authenticate(request)
        await check(Repository(request.state.session), principal, **ids)

    async def handle_authority_first(request: Request) -> Response:
        unreadable = getattr(request.state, "unreadable_body", None)
        if unreadable is not None:
            await refuse_unless_authorised(request)
            raise unreadable
        try:
            return await handle(request)
        except RequestValidationError:
            await refuse_unless_authorised(request)
            raise

    return handle_authority_first


class RawBodyRoute(UnitOfWorkRoute):
    """A unit of work whose body is a file the service reads itself (`POST /v1/imports`)."""

    reads_raw_body = True
