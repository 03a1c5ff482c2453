"""Every error as RFC 9457 problem+json, and the one table from rule to HTTP status."""

import logging
from collections.abc import Iterable
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import IntegrityError
from starlette.exceptions import HTTPException as StarletteHTTPException

from app.contract.common import Problem, ProblemDetail, Protocol, rule_url, without_union_tags
from app.domain.authority import NotPermitted
from app.domain.errors import RuleBroken, Violation
from app.domain.rules import Rule
from app.logs import request_id
from app.services.errors import (
    ApplicationError,
    Conflict,
    FileTooLarge,
    InvalidInput,
    NotFound,
    UnsupportedFile,
)
from app.storage.paging import InvalidCursor

log = logging.getLogger(__name__)

PROBLEM_JSON = "application/problem+json"


RULE_STATUS: dict[Rule, int] = {
    # Conflicts with existing state.
    Rule.COUNCIL_UNIQUE: 409,
    Rule.SEAT_NO_OVERLAP: 409,
    Rule.ONE_PER_TRUST: 409,
    Rule.HN_MAX_FOUR: 409,
    Rule.IR_ONE_PER_REGION: 409,
    Rule.IR_TRAINEE_SEAT: 409,
    Rule.HN_FORUM_ONE_PER_TRUST: 409,
    Rule.PROPOSAL_TRANSITION: 409,
    # Authority.
    Rule.IR_CONSTITUTED_BY_RESPONSIBLE_REGUT: 403,
    Rule.COUNCIL_ADVISORY: 403,
    Rule.APPOINTER_OWN_TRUST: 403,
    Rule.IR_ELECTION_BY_REGUT: 403,
    Rule.PROPOSAL_RESPONSIBLE_REGUT: 403,
    Rule.ASSESSMENT_BY_IR_COUNCIL: 403,
    Rule.MEETING_ORGANISER: 403,
    Rule.HN_STRATEGIC_LEADER_BY_RHF: 403,
}
"""HTTP status of each guard; any guard not named here is an invalid request (422)."""

_STATUS_PRECEDENCE = (403, 409, 422)

APPLICATION_ERRORS: dict[type[ApplicationError], tuple[int, str]] = {
    NotFound: (404, Protocol.NOT_FOUND),
    InvalidInput: (422, Protocol.REQUEST_INVALID),
    Conflict: (409, Protocol.CONFLICT),
    UnsupportedFile: (415, Protocol.UNSUPPORTED_MEDIA_TYPE),
    FileTooLarge: (413, Protocol.PAYLOAD_TOO_LARGE),
}
"""Status and protocol code of each refusal the services raise."""

CONSTRAINT_RULES: dict[str, Rule] = {
    "uq_council_regional": Rule.COUNCIL_UNIQUE,
    "uq_council_interregional": Rule.COUNCIL_UNIQUE,
}
"""Database constraints that back a rule: a request that loses a race is told the rule it broke."""


class ProblemError(Exception):
    """An error the edge reports as it is: not-found, invalid input, a protocol condition."""

    def __init__(
        self,
        status: int,
        rule: str,
        detail: str,
        *,
        errors: Iterable[ProblemDetail] = (),
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(detail)
        self.status = status
        self.rule = rule
        self.detail = detail
        self.errors = list(errors)
        self.headers = headers


class PayloadTooLarge(Exception):
    def __init__(self, limit: int) -> None:
        super().__init__(f"the request body is larger than {limit} bytes")


def problem_response(
    request: Request,
    status: int,
    rule: str,
    detail: str,
    errors: Iterable[ProblemDetail] = (),
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    problem = Problem(
        type=rule_url(rule),
        title=HTTPStatus(status).phrase,
        status=status,
        detail=detail,
        instance=request.url.path,
        rule=rule,
        errors=list(errors),
        request_id=request_id.get(),
    )
    return JSONResponse(
        problem.model_dump(mode="json", exclude_none=True),
        status_code=status,
        media_type=PROBLEM_JSON,
        headers=headers,
    )


def guard_status(rule: Rule) -> int:
    """The status with which a request that breaks `rule` alone is refused."""
    return RULE_STATUS.get(rule, 422)


def violation_status(violation: Violation) -> int:
    if violation.conflict is None:
        return RULE_STATUS.get(violation.rule, 422)
    return 409 if violation.conflict else 422


def status_of(error: RuleBroken) -> int:
    statuses = {violation_status(v) for v in error.violations}
    return next(s for s in _STATUS_PRECEDENCE if s in statuses)


def _pointer(location: tuple[Any, ...]) -> str:
    """RFC 6901: "" is the whole body, "/trust" a member of it."""
    return "".join("/" + str(part).replace("~", "~0").replace("/", "~1") for part in location)


def _validation_details(error: RequestValidationError) -> list[ProblemDetail]:
    details = []
    for item in error.errors():
        where, *path = item["loc"]
        path = without_union_tags(tuple(path)) if where == "body" else path
        item["msg"] = item["msg"].removeprefix("Value error, ")
        if item["type"] == "json_invalid":
            # FastAPI puts the character offset where the parser stopped in the location; it is no
            # JSON Pointer, and the body as a whole is what is wrong.
            item["msg"] = f"the request body is not valid JSON ({item['ctx'].get('error', 'invalid')})"
            path = []
        if where == "body":
            details.append(
                ProblemDetail(
                    rule=Protocol.REQUEST_INVALID, message=item["msg"], pointer=_pointer(tuple(path))
                )
            )
        else:
            name = str(path[0]) if path else str(where)
            details.append(ProblemDetail(rule=Protocol.REQUEST_INVALID, message=item["msg"], parameter=name))
    return details


def _constraint_name(error: IntegrityError) -> str | None:
    # asyncpg names the constraint; SQLite never reaches this for the rules above because its
    # writers are serialised (BEGIN IMMEDIATE) and the domain check sees the committed row.
    return getattr(getattr(error.orig, "__cause__", None), "constraint_name", None)


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(RuleBroken)
    async def on_rule_broken(request: Request, error: RuleBroken) -> JSONResponse:
        details = [ProblemDetail(rule=v.rule, message=v.message, pointer=v.pointer) for v in error.violations]
        status = status_of(error)
        # The headline rule is one that explains the status: a 409 names a conflict, not a typo.
        headline = next(v for v in error.violations if violation_status(v) == status)
        detail = headline.message if len(details) == 1 else f"{len(details)} rules are broken"
        return problem_response(request, status, headline.rule, detail, details)

    @app.exception_handler(NotPermitted)
    async def on_not_permitted(request: Request, error: NotPermitted) -> JSONResponse:
        rule = error.rule or Protocol.FORBIDDEN
        return problem_response(
            request, 403, rule, error.message, [ProblemDetail(rule=rule, message=error.message)]
        )

    @app.exception_handler(ApplicationError)
    async def on_application_error(request: Request, error: ApplicationError) -> JSONResponse:
        status, rule = APPLICATION_ERRORS[type(error)]
        rule = error.rule or rule
        details = (
            []
            if status == 404
            else [
                ProblemDetail(
                    rule=rule, message=error.message, pointer=error.pointer, parameter=error.parameter
                )
            ]
        )
        return problem_response(request, status, rule, error.message, details)

    @app.exception_handler(PayloadTooLarge)
    async def on_payload_too_large(request: Request, error: PayloadTooLarge) -> JSONResponse:
        return problem_response(request, 413, Protocol.PAYLOAD_TOO_LARGE, str(error))

    @app.exception_handler(InvalidCursor)
    async def on_invalid_cursor(request: Request, error: InvalidCursor) -> JSONResponse:
        details = [ProblemDetail(rule=Protocol.REQUEST_INVALID, message=str(error), parameter="cursor")]
        return problem_response(request, 422, Protocol.REQUEST_INVALID, str(error), details)

    @app.exception_handler(ProblemError)
    async def on_problem(request: Request, error: ProblemError) -> JSONResponse:
        return problem_response(request, error.status, error.rule, error.detail, error.errors, error.headers)

    @app.exception_handler(RequestValidationError)
    async def on_invalid_request(request: Request, error: RequestValidationError) -> JSONResponse:
        details = _validation_details(error)
        detail = details[0].message if len(details) == 1 else f"{len(details)} fields are invalid"
        return problem_response(request, 422, Protocol.REQUEST_INVALID, detail, details)

    @app.exception_handler(StarletteHTTPException)
    async def on_http_error(request: Request, error: StarletteHTTPException) -> JSONResponse:
        rule = {
            404: Protocol.NOT_FOUND,
            405: Protocol.METHOD_NOT_ALLOWED,
            406: Protocol.NOT_ACCEPTABLE,
            415: Protocol.UNSUPPORTED_MEDIA_TYPE,
        }.get(error.status_code, Protocol.REQUEST_INVALID)
        detail = str(error.detail) if error.detail else HTTPStatus(error.status_code).phrase
        if error.status_code == 400:
            # FastAPI's answer to a body its JSON parser gave up on (nesting too deep, a number too
            # long): to the client it is a body that is not the JSON the operation takes, as a
            # truncated one is.
            message = "the request body is not JSON this service can read (too deep, or too long a number)"
            details = [ProblemDetail(rule=Protocol.REQUEST_INVALID, message=message, pointer="")]
            return problem_response(request, 422, Protocol.REQUEST_INVALID, message, details)
        if error.status_code == 404 and error.detail == "Not Found":
            detail = f"no resource at {request.url.path}"
        headers = dict(error.headers or {})
        if error.status_code == 405 and "GET" in headers.get("Allow", "") and "HEAD" not in headers["Allow"]:
            headers["Allow"] += ", HEAD"  # HeadMiddleware serves HEAD wherever GET is
        return problem_response(request, error.status_code, rule, detail, headers=headers or None)

    @app.exception_handler(IntegrityError)
    async def on_integrity_error(request: Request, error: IntegrityError) -> JSONResponse:
        rule = CONSTRAINT_RULES.get(_constraint_name(error) or "")
        if rule is not None:
            detail = "a concurrent request made a change that this one would now break"
            return problem_response(request, RULE_STATUS.get(rule, 422), rule, detail)
        log.warning("integrity error not mapped to a rule: %s", error.orig)
        return problem_response(request, 409, Protocol.CONFLICT, "the change conflicts with stored data")


def problem_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI declarations of the problem+json answers an operation can give."""
    declared: dict[int | str, dict[str, Any]] = {
        status: {
            "description": HTTPStatus(status).phrase,
            "content": {PROBLEM_JSON: {"schema": {"$ref": "#/components/schemas/Problem"}}},
        }
        for status in statuses
    }
    if 503 in declared:
        declared[503]["description"] = (
            "Service Unavailable: the database cannot serve now; nothing was written"
        )
        declared[503]["headers"] = {
            "Retry-After": {"description": "Seconds to wait before retrying.", "schema": {"type": "integer"}}
        }
    return declared


def read_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """A GET's answers: revalidation with If-None-Match, and its problems."""
    return {304: {"description": "Not Modified: If-None-Match named the current ETag"}} | problem_responses(
        *statuses
    )


COMMON_PROBLEMS = (401, 413, 414, 422, 503)
"""Any operation: a bad token, an oversized body or URL, invalid input, a database that cannot serve now."""
WRITE_PROBLEMS = (403, 404, 409, 412, 428)
"""Changing a resource: authority, existence, conflicts and preconditions."""
POST_PROBLEMS = (403, 404, 409)
"""Creating or acting with POST: authority, existence, conflicts (an Idempotency-Key in flight
included); no If-Match, so no 412 or 428."""
