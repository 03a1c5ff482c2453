"""Proposals to change learning goals, and each step of their workflow (PROPOSAL-TRANSITION)."""

import uuid
from collections.abc import Callable
from typing import Annotated

from fastapi import APIRouter, Query, Request, Response, status

from app.clock import today_in_oslo
from app.contract.common import Code, Day, Instant
from app.contract.proposals import (
    AssessmentRecord,
    ConsultationOpening,
    Decline,
    OutcomeRecord,
    ProposalCreate,
    ProposalHistory,
    ProposalList,
    ProposalNote,
    ProposalPublic,
    ProposalUpdate,
    StatementCreate,
)
from app.domain.proposals import Action, ProposalStatus
from app.domain.values import RegionCode
from app.edge.auth import PrincipalDep, RegisteredSystem, WritingSystem
from app.edge.dependencies import IdempotencyKey, IfMatch, PageDep, RepositoryDep, link_next_page
from app.edge.errors import COMMON_PROBLEMS, POST_PROBLEMS, WRITE_PROBLEMS, problem_responses, read_responses
from app.edge.protocol import if_match, tagged
from app.edge.routing import Endpoint, UnitOfWorkRoute, authorised_by
from app.services import proposals as services

router = APIRouter(
    prefix="/v1",
    tags=["proposals"],
    route_class=UnitOfWorkRoute,
    responses=problem_responses(*COMMON_PROBLEMS),
)
Writer = WritingSystem
Reader = RegisteredSystem


@router.get("/proposals", response_model=ProposalList, name="list_proposals", responses=read_responses())
async def list_proposals(
    repo: RepositoryDep,
    principal: PrincipalDep,
    page: PageDep,
    request: Request,
    response: Response,
    specialty: Annotated[Code | None, Query(description="Only proposals for this specialty.")] = None,
    status_: Annotated[
        ProposalStatus | None, Query(alias="status", description="Only proposals in this status.")
    ] = None,
    responsible_region: Annotated[
        RegionCode | None, Query(description="Only proposals run by this region's RegUt.")
    ] = None,
    consultation_deadline_before: Annotated[
        Day | None, Query(description="Only open consultations whose deadline is before this day.")
    ] = None,
    updated_since: Annotated[
        Instant | None, Query(description="Only proposals changed at or after this instant.")
    ] = None,
) -> ProposalList:
    """Proposals, oldest first; anonymous callers see their public fields."""
    found = await services.list_proposals(
        repo,
        principal,
        page,
        specialty=specialty,
        status=status_,
        responsible_region=responsible_region,
        consultation_deadline_before=consultation_deadline_before,
        updated_since=updated_since,
    )
    link_next_page(request, response, found.next_cursor)
    return found


@router.post(
    "/proposals",
    response_model=ProposalPublic,
    status_code=status.HTTP_201_CREATED,
    name="create_proposal",
    responses=problem_responses(*POST_PROBLEMS),
)
async def create_proposal(
    body: ProposalCreate,
    repo: RepositoryDep,
    principal: Writer,
    response: Response,
    _idempotency_key: IdempotencyKey = None,
) -> ProposalPublic:
    """Raise a proposal, as a draft; emits `proposal.created`."""
    view = await services.raise_proposal(repo, principal, body)
    response.headers["Location"] = f"/v1/proposals/{view.id}"
    tagged(response, view)
    return view


@router.get(
    "/proposals/{proposal_id}",
    response_model=ProposalPublic,
    name="get_proposal",
    responses=read_responses(404),
)
async def get_proposal(
    proposal_id: uuid.UUID, repo: RepositoryDep, principal: PrincipalDep, response: Response
) -> ProposalPublic:
    """One proposal, with what the caller may do with it next (`allowed_actions`)."""
    view = await services.read_proposal(repo, principal, proposal_id)
    tagged(response, view)
    return view


@router.patch(
    "/proposals/{proposal_id}",
    response_model=ProposalPublic,
    name="update_proposal",
    responses=problem_responses(*WRITE_PROBLEMS),
)
@authorised_by(services.check_may_act, action=Action.EDIT)
async def update_proposal(
    proposal_id: uuid.UUID,
    body: ProposalUpdate,
    repo: RepositoryDep,
    principal: Writer,
    request: Request,
    response: Response,
    _if_match: IfMatch = None,
) -> ProposalPublic:
    """Change a draft (its raiser, the responsible RegUt or an administrator)."""
    view = await services.edit_proposal(repo, principal, proposal_id, body, if_match(request))
    tagged(response, view)
    return view


@router.get(
    "/proposals/{proposal_id}/history",
    response_model=ProposalHistory,
    name="get_proposal_history",
    responses=read_responses(403, 404),
)
async def get_proposal_history(
    proposal_id: uuid.UUID, repo: RepositoryDep, _reader: Reader
) -> ProposalHistory:
    """Every step of the proposal: who, when, from which status to which, and their note."""
    return await services.proposal_history(repo, proposal_id)


def _tagged(response: Response, view: ProposalPublic) -> ProposalPublic:
    tagged(response, view)
    return view


def _action(path: str, name: str, summary: str, action: Action) -> Callable[[Endpoint], Endpoint]:
    route = router.post(
        f"/proposals/{{proposal_id}}/{path}",
        response_model=ProposalPublic,
        name=name,
        description=summary,
        responses=problem_responses(*POST_PROBLEMS),
    )
    authority = authorised_by(services.check_may_act, action=action)

    def declare(endpoint: Endpoint) -> Endpoint:
        route(authority(endpoint))
        return endpoint

    return declare


@_action(
    "submit",
    "submit_proposal",
    "draft → submitted (its raiser, the responsible RegUt or an administrator).",
    Action.SUBMIT,
)
async def submit_proposal(
    proposal_id: uuid.UUID,
    body: ProposalNote,
    repo: RepositoryDep,
    principal: Writer,
    response: Response,
    _idempotency_key: IdempotencyKey = None,
) -> ProposalPublic:
    return _tagged(response, await services.submit(repo, principal, proposal_id, body))


@_action(
    "open-consultation",
    "open_consultation",
    "submitted → in_consultation, with a deadline after today (PROPOSAL-RESPONSIBLE-REGUT).",
    Action.OPEN_CONSULTATION,
)
async def open_consultation(
    proposal_id: uuid.UUID,
    body: ConsultationOpening,
    repo: RepositoryDep,
    principal: Writer,
    response: Response,
    _idempotency_key: IdempotencyKey = None,
) -> ProposalPublic:
    return _tagged(
        response, await services.open_consultation(repo, principal, proposal_id, body, today_in_oslo())
    )


@_action(
    "statements",
    "add_statement",
    "A regional council's statement while the consultation is open; a later one from the same council "
    "replaces it (CONSULTATION-STATEMENT-BY-COUNCIL); emits `proposal.statement_added`.",
    Action.ADD_STATEMENT,
)
async def add_statement(
    proposal_id: uuid.UUID,
    body: StatementCreate,
    repo: RepositoryDep,
    principal: Writer,
    response: Response,
    _idempotency_key: IdempotencyKey = None,
) -> ProposalPublic:
    return _tagged(response, await services.add_statement(repo, principal, proposal_id, body))


@_action(
    "close-consultation",
    "close_consultation",
    "in_consultation → in_assessment, once every regional council has answered or the deadline has "
    "passed (CONSULTATION-CLOSE, PROPOSAL-RESPONSIBLE-REGUT).",
    Action.CLOSE_CONSULTATION,
)
async def close_consultation(
    proposal_id: uuid.UUID,
    body: ProposalNote,
    repo: RepositoryDep,
    principal: Writer,
    response: Response,
    _idempotency_key: IdempotencyKey = None,
) -> ProposalPublic:
    return _tagged(
        response, await services.close_consultation(repo, principal, proposal_id, body, today_in_oslo())
    )


@_action(
    "assessment",
    "record_assessment",
    "in_assessment → assessed: the inter-regional council's assessment, with professional, economic and "
    "organisational consequences (ASSESSMENT-THREE-CONSEQUENCES, ASSESSMENT-BY-IR-COUNCIL).",
    Action.RECORD_ASSESSMENT,
)
async def record_assessment(
    proposal_id: uuid.UUID,
    body: AssessmentRecord,
    repo: RepositoryDep,
    principal: Writer,
    response: Response,
    _idempotency_key: IdempotencyKey = None,
) -> ProposalPublic:
    return _tagged(response, await services.record_assessment(repo, principal, proposal_id, body))


@_action(
    "forward",
    "forward_proposal",
    "assessed → forwarded to the Directorate of Health (PROPOSAL-RESPONSIBLE-REGUT).",
    Action.FORWARD,
)
async def forward_proposal(
    proposal_id: uuid.UUID,
    body: ProposalNote,
    repo: RepositoryDep,
    principal: Writer,
    response: Response,
    _idempotency_key: IdempotencyKey = None,
) -> ProposalPublic:
    return _tagged(response, await services.forward(repo, principal, proposal_id, body))


@_action(
    "decline",
    "decline_proposal",
    "assessed → declined, with the reason (PROPOSAL-RESPONSIBLE-REGUT).",
    Action.DECLINE,
)
async def decline_proposal(
    proposal_id: uuid.UUID,
    body: Decline,
    repo: RepositoryDep,
    principal: Writer,
    response: Response,
    _idempotency_key: IdempotencyKey = None,
) -> ProposalPublic:
    return _tagged(response, await services.decline(repo, principal, proposal_id, body))


@_action(
    "outcome",
    "record_outcome",
    "forwarded → decided: the Directorate's outcome, date and reference (COUNCIL-ADVISORY).",
    Action.RECORD_OUTCOME,
)
async def record_outcome(
    proposal_id: uuid.UUID,
    body: OutcomeRecord,
    repo: RepositoryDep,
    principal: Writer,
    response: Response,
    _idempotency_key: IdempotencyKey = None,
) -> ProposalPublic:
    return _tagged(response, await services.record_outcome(repo, principal, proposal_id, body))


@_action(
    "withdraw",
    "withdraw_proposal",
    "Any status before forwarded → withdrawn (its raiser, the responsible RegUt, an administrator).",
    Action.WITHDRAW,
)
async def withdraw_proposal(
    proposal_id: uuid.UUID,
    body: ProposalNote,
    repo: RepositoryDep,
    principal: Writer,
    response: Response,
    _idempotency_key: IdempotencyKey = None,
) -> ProposalPublic:
    return _tagged(response, await services.withdraw(repo, principal, proposal_id, body))
