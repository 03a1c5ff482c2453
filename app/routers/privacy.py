"""A person's rights over their data: their record, who read it, erasure and restriction."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Request, Response

from app.contract.common import Instant
from app.contract.privacy import (
    DisclosureList,
    ErasureRequest,
    PersonRecord,
    PrivacyChange,
    RestrictionRequest,
)
from app.domain.authority import Principal, Scope
from app.edge.auth import RegUtOrAdmin, requires
from app.edge.dependencies import IdempotencyKey, IfMatch, PageDep, RepositoryDep, link_next_page
from app.edge.errors import COMMON_PROBLEMS, POST_PROBLEMS, WRITE_PROBLEMS, problem_responses, read_responses
from app.edge.protocol import if_match
from app.edge.routing import UnitOfWorkRoute, authorised_by
from app.services import privacy as services

router = APIRouter(
    prefix="/v1", tags=["privacy"], route_class=UnitOfWorkRoute, responses=problem_responses(*COMMON_PROBLEMS)
)
Administrator = Annotated[Principal, requires(Scope.ADMIN)]


@router.get(
    "/people/{person_id}/record",
    response_model=PersonRecord,
    name="get_person_record",
    responses=read_responses(403, 404),
)
@authorised_by(services.check_may_read_record_of)
async def get_person_record(
    person_id: uuid.UUID,
    repo: RepositoryDep,
    page: PageDep,
    request: Request,
    response: Response,
    principal: RegUtOrAdmin,
) -> PersonRecord:
    """Everything held about a person — seats, attendance, proposals, audit, who read their data — for an
    administrator, or the RegUt of a region where they hold or held a seat. `limit` and `cursor` page
    the disclosures."""
    record = await services.person_record(repo, principal, person_id, page)
    link_next_page(request, response, record.disclosures.next_cursor)
    return record


@router.get(
    "/disclosures", response_model=DisclosureList, name="list_disclosures", responses=read_responses(403)
)
async def list_disclosures(
    repo: RepositoryDep,
    page: PageDep,
    request: Request,
    response: Response,
    _admin: Administrator,
    person: Annotated[uuid.UUID | None, Query(description="Only those about this person.")] = None,
    client: Annotated[
        str | None, Query(max_length=200, description="Only those to this calling system (client id).")
    ] = None,
    since: Annotated[Instant | None, Query(description="Only those at or after this moment.")] = None,
    until: Annotated[Instant | None, Query(description="Only those before this moment.")] = None,
) -> DisclosureList:
    """Who was shown whose non-public data, newest first (administrators)."""
    found = await services.list_disclosures(
        repo, page, person_id=person, client_id=client, since=since, until=until
    )
    link_next_page(request, response, found.next_cursor)
    return found


@router.post(
    "/people/{person_id}/erasure",
    response_model=PrivacyChange,
    name="erase_person",
    responses=problem_responses(*POST_PROBLEMS),
)
async def erase_person(
    person_id: uuid.UUID,
    body: ErasureRequest,
    repo: RepositoryDep,
    principal: Administrator,
    _idempotency_key: IdempotencyKey = None,
) -> PrivacyChange:
    """Erase a person's contact data and HPR number, and every copy the service keeps of them (GDPR
    art. 17); the name, title and seats stay. The audit keeps who erased, when and why."""
    return await services.erase_person(repo, principal, person_id, body.reason)


@router.post(
    "/people/{person_id}/restriction",
    response_model=PrivacyChange,
    name="restrict_person",
    responses=problem_responses(*POST_PROBLEMS),
)
async def restrict_person(
    person_id: uuid.UUID,
    body: RestrictionRequest,
    repo: RepositoryDep,
    principal: Administrator,
    _idempotency_key: IdempotencyKey = None,
) -> PrivacyChange:
    """Restrict a person's contact data and HPR number (GDPR art. 18): kept, shown to no one but in
    their record, until the restriction is lifted."""
    return await services.restrict_person(repo, principal, person_id, body.reason)


@router.delete(
    "/people/{person_id}/restriction",
    response_model=PrivacyChange,
    name="lift_restriction",
    responses=problem_responses(*WRITE_PROBLEMS),
)
async def lift_restriction(
    person_id: uuid.UUID,
    repo: RepositoryDep,
    principal: Administrator,
    request: Request,
    _if_match: IfMatch = None,
) -> PrivacyChange:
    """Lift a restriction: the contact data and HPR number are shown again as before. If-Match: the
    person's ETag (`GET /v1/people/{id}`)."""
    return await services.lift_restriction(repo, principal, person_id, if_match(request))
