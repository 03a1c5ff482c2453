"""The audit log: who changed what, when, with the state before and after."""

from typing import Annotated

from fastapi import APIRouter, Query, Request, Response

from app.contract.audit import AuditEntity, AuditList
from app.domain.authority import Principal, Scope
from app.edge.auth import requires
from app.edge.dependencies import PageDep, RepositoryDep, link_next_page
from app.edge.errors import COMMON_PROBLEMS, problem_responses, read_responses
from app.edge.routing import UnitOfWorkRoute
from app.services import audit as services

router = APIRouter(
    prefix="/v1", tags=["audit"], route_class=UnitOfWorkRoute, responses=problem_responses(*COMMON_PROBLEMS)
)


@router.get("/audit", response_model=AuditList, name="list_audit_entries", responses=read_responses(403))
async def list_audit_entries(
    repo: RepositoryDep,
    page: PageDep,
    request: Request,
    response: Response,
    _reader: Annotated[Principal, requires(Scope.READ, Scope.REGUT, Scope.ADMIN)],
    entity_type: Annotated[AuditEntity | None, Query(description="What the entries are about.")] = None,
    entity_id: Annotated[str | None, Query(max_length=80)] = None,
) -> AuditList:
    """Who changed what and when, newest first."""
    entries = await services.list_audit_entries(repo, page, entity_type=entity_type, entity_id=entity_id)
    link_next_page(request, response, entries.next_cursor)
    return entries
