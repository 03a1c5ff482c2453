"""Proposals to change learning goals: raised, edited while draft, and moved along their workflow.

Every step locks the proposal first, so two steps on one proposal apply one after the other: of two
RegUt officers forwarding and declining at once, the second finds it no longer `assessed`
(PROPOSAL-TRANSITION). Each step is written to the proposal's history with who, when and the note.
"""

import uuid
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from app.contract.audit import AuditEntity
from app.contract.proposals import (
    AssessmentPublic,
    AssessmentRecord,
    Attachment,
    ConsultationOpening,
    Decline,
    Discussion,
    OutcomePublic,
    OutcomeRecord,
    ProposalCreate,
    ProposalHistory,
    ProposalList,
    ProposalNote,
    ProposalPublic,
    ProposalUpdate,
    RaisedByPublic,
    RaiserKind,
    StatementCreate,
    StatementPublic,
    TransitionPublic,
)
from app.domain.authority import (
    ANONYMOUS,
    NotPermitted,
    Principal,
    allowed_proposal_actions,
    check_may_act_on_proposal,
    check_may_raise_proposal,
)
from app.domain.proposals import (
    Action,
    Assessment,
    ProposalFacts,
    ProposalStatus,
    Statement,
    check_assessment,
    check_consultation_may_close,
    consultation_deadline_problems,
    learning_goal_code_problems,
    next_status,
    record_statement,
)
from app.domain.values import CouncilKind
from app.services.common import Precondition, record_change, specialty_or_invalid
from app.services.errors import invalid, not_found
from app.storage.database import utcnow
from app.storage.paging import PageRequest
from app.storage.repository import Repository, council_key
from app.storage.tables import Council, Meeting, Proposal, ProposalStatement, Specialty

EVENT_CREATED = "proposal.created"
EVENT_STATUS_CHANGED = "proposal.status_changed"
EVENT_STATEMENT_ADDED = "proposal.statement_added"
EVENT_CHANGED = "proposal.changed"


class Context:
    """A proposal with what its view and its authority need: its specialty's councils, statements and
    the meetings that discussed it."""

    def __init__(
        self,
        row: Proposal,
        specialty: Specialty,
        councils: list[Council],
        statements: list[ProposalStatement],
        meetings: list[Meeting],
    ) -> None:
        self.row = row
        self.specialty = specialty
        self.councils = councils
        self.statements = statements
        self.meetings = meetings

    @property
    def regional_councils(self) -> list[Council]:
        return [c for c in self.councils if c.kind == CouncilKind.REGIONAL.value and c.dissolved_on is None]

    @property
    def facts(self) -> ProposalFacts:
        return ProposalFacts(
            specialty=self.row.specialty_code,
            responsible_region=self.specialty.responsible_region_code,
            raised_by=self.row.raiser_org_number,
            council_regions=frozenset(c.region_code for c in self.regional_councils if c.region_code),
        )


async def _contexts(repo: Repository, rows: list[Proposal]) -> list[Context]:
    """The proposals' contexts in a fixed number of queries, however many proposals: a page of them
    costs what one does."""
    if not rows:
        return []
    specialties = {s.code: s for s in await repo.all_specialties()}
    wanted = {row.specialty_code for row in rows}
    councils = [c for c in await repo.all_councils() if c.specialty_code in wanted]
    statements = await repo.statements([row.id for row in rows])
    meetings = await repo.meetings([c.id for c in councils])
    contexts = []
    for row in rows:
        own = [c for c in councils if c.specialty_code == row.specialty_code]
        own_ids = {c.id for c in own}
        reference = str(row.id)
        discussed = [
            m
            for m in meetings
            if m.council_id in own_ids
            and m.cancelled_at is None
            and any(str(item.get("reference", "")).lower() == reference for item in m.agenda)
        ]
        contexts.append(
            Context(
                row,
                specialties[row.specialty_code],
                own,
                [s for s in statements if s.proposal_id == row.id],
                discussed,
            )
        )
    return contexts


async def _context(repo: Repository, row: Proposal) -> Context:
    [context] = await _contexts(repo, [row])
    return context


def proposal_view(context: Context, actor: Principal) -> ProposalPublic:
    row, full = context.row, actor.may_read_personal
    raised_by = dict(row.raised_by)
    if not full:
        raised_by["name"] = None
    status = ProposalStatus(row.status)
    return ProposalPublic(
        id=row.id,
        specialty=row.specialty_code,
        kind=row.kind,
        title=row.title,
        rationale=row.rationale,
        learning_goals=row.learning_goals,
        raised_by=RaisedByPublic.model_validate(
            {"council": None, "trust": None, "region": None, "name": None} | raised_by
        ),
        status=status,
        allowed_actions=allowed_proposal_actions(actor, context.facts, status) if actor.authenticated else [],
        responsible_region=context.specialty.responsible_region_code,
        consultation_deadline=row.consultation_deadline,
        attachments=[Attachment.model_validate(a) for a in row.attachments] if full else None,
        statements=[
            StatementPublic(
                council_id=s.council_id, position=s.position, text=s.text, recorded_at=s.recorded_at
            )
            for s in context.statements
        ]
        if full
        else None,
        assessment=AssessmentPublic.model_validate(row.assessment) if full and row.assessment else None,
        decision_reason=row.decision_reason if full else None,
        outcome=OutcomePublic.model_validate(row.outcome) if row.outcome else None,
        discussed_at=[
            Discussion(meeting_id=m.id, council_id=m.council_id, starts_at=m.starts_at)
            for m in context.meetings
        ],
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


async def _proposal(repo: Repository, proposal_id: uuid.UUID, *, for_update: bool = False) -> Proposal:
    row = await repo.proposal(proposal_id, for_update=for_update)
    if row is None:
        raise not_found(f"proposal {proposal_id}")
    return row


async def _locked(repo: Repository, proposal_id: uuid.UUID) -> Proposal:
    return await _proposal(repo, proposal_id, for_update=True)


async def check_may_act(
    repo: Repository, actor: Principal, proposal_id: uuid.UUID, *, action: Action
) -> None:
    """The authority each step asks before the workflow's own guards. A statement's authority depends
    on the council its body names; asked for none, it is that of a RegUt of a region where the
    specialty has a regional council, the councils whose statements are asked for."""
    context = await _context(repo, await _proposal(repo, proposal_id))
    check_may_act_on_proposal(actor, context.facts, action)


def _check_codes(codes: list[str]) -> None:
    for pointer, message in learning_goal_code_problems(codes).items():
        raise invalid(message, pointer=pointer)


async def _check_raiser(repo: Repository, actor: Principal, raised_by: dict[str, Any]) -> None:
    """The raiser exists, and is one the caller may speak for: a trust's system for its trust (or a
    person), a RegUt for its region, its region's trusts and councils (or a person); an administrator
    for anyone. Otherwise any system could put a proposal in another organisation's name."""
    kind = RaiserKind(raised_by["kind"])
    region: str | None = None
    if kind is RaiserKind.COUNCIL:
        council = await repo.council(uuid.UUID(str(raised_by["council"])))
        if council is None:
            raise invalid(f"no council has the id {raised_by['council']}", pointer="/raised_by/council")
        if council.region_code is None:
            specialty = await repo.specialty(council.specialty_code)
            region = specialty.responsible_region_code if specialty else None
        else:
            region = council.region_code
    elif kind is RaiserKind.TRUST:
        trust = await repo.health_trust(raised_by["trust"])
        if trust is None:
            raise invalid(f"no health trust has the code {raised_by['trust']!r}", pointer="/raised_by/trust")
        region = trust.region_code
    elif kind is RaiserKind.REGUT:
        if await repo.region(raised_by["region"]) is None:
            raise invalid(f"no region has the code {raised_by['region']!r}", pointer="/raised_by/region")
        region = raised_by["region"]
    if actor.is_admin or kind is RaiserKind.PERSON:
        return
    if actor.regut_region is not None and region == actor.regut_region:
        return
    if kind is RaiserKind.TRUST and actor.trust is not None and raised_by["trust"] == actor.trust:
        return
    named = raised_by.get("council") or raised_by.get("trust") or raised_by.get("region")
    raise NotPermitted(
        f"a proposal raised by {kind} {named} is registered by that organisation's own system, its "
        "region's RegUt, or an administrator"
    )


async def _saved(
    repo: Repository,
    actor: Principal,
    row: Proposal,
    event: str,
    before: ProposalPublic | None,
    *,
    action: str,
    from_status: str | None,
    note: str | None,
) -> ProposalPublic:
    repo.record_transition(actor, row.id, action, from_status, row.status, note)
    await repo.flush()
    await repo.refresh(row)
    context = await _context(repo, row)
    after = proposal_view(context, actor)
    public = proposal_view(context, ANONYMOUS)
    record_change(repo, actor, event, AuditEntity.PROPOSAL, str(row.id), before, after, event_data=public)
    return after


async def raise_proposal(repo: Repository, actor: Principal, request: ProposalCreate) -> ProposalPublic:
    check_may_raise_proposal(actor)
    await specialty_or_invalid(repo, request.specialty)
    _check_codes(request.learning_goals)
    raised_by = request.raised_by.model_dump(mode="json", exclude_none=True)
    await _check_raiser(repo, actor, raised_by)
    row = Proposal(
        specialty_code=request.specialty,
        kind=request.kind.value,
        title=request.title,
        rationale=request.rationale,
        learning_goals=request.learning_goals,
        raised_by=raised_by,
        raiser_org_number=actor.org_number,
        attachments=[a.model_dump(mode="json") for a in request.attachments],
        status=ProposalStatus.DRAFT.value,
    )
    repo.add(row)
    return await _saved(repo, actor, row, EVENT_CREATED, None, action="create", from_status=None, note=None)


async def read_proposal(repo: Repository, actor: Principal, proposal_id: uuid.UUID) -> ProposalPublic:
    row = await repo.proposal(proposal_id)
    if row is None:
        raise not_found(f"proposal {proposal_id}")
    return proposal_view(await _context(repo, row), actor)


async def list_proposals(
    repo: Repository,
    actor: Principal,
    page: PageRequest,
    *,
    specialty: str | None,
    status: ProposalStatus | None,
    responsible_region: str | None,
    consultation_deadline_before: date | None,
    updated_since: datetime | None,
) -> ProposalList:
    found = await repo.proposals(
        page,
        specialty=specialty,
        status=status.value if status else None,
        responsible_region=responsible_region,
        consultation_deadline_before=consultation_deadline_before,
        updated_since=updated_since,
    )
    return ProposalList(
        items=[proposal_view(context, actor) for context in await _contexts(repo, list(found.items))],
        next_cursor=found.next_cursor,
    )


async def proposal_history(repo: Repository, proposal_id: uuid.UUID) -> ProposalHistory:
    if await repo.proposal(proposal_id) is None:
        raise not_found(f"proposal {proposal_id}")
    return ProposalHistory(
        proposal_id=proposal_id,
        items=[
            TransitionPublic(
                action=t.action,
                from_status=t.from_status,
                to_status=t.to_status,
                principal=t.principal_kind,
                client_id=t.principal_subject,
                org_number=t.org_number,
                note=t.note,
                occurred_at=t.occurred_at,
            )
            for t in await repo.transitions(proposal_id)
        ],
    )


async def edit_proposal(
    repo: Repository,
    actor: Principal,
    proposal_id: uuid.UUID,
    changes: ProposalUpdate,
    precondition: Precondition,
) -> ProposalPublic:
    row = await _locked(repo, proposal_id)
    context = await _context(repo, row)
    before = proposal_view(context, actor)
    check_may_act_on_proposal(actor, context.facts, Action.EDIT)  # who, before which version
    precondition(before)
    next_status(ProposalStatus(row.status), Action.EDIT)
    given = changes.model_fields_set
    if "learning_goals" in given and changes.learning_goals is not None:
        _check_codes(changes.learning_goals)
        row.learning_goals = changes.learning_goals
    if "raised_by" in given and changes.raised_by is not None:
        raised_by = changes.raised_by.model_dump(mode="json", exclude_none=True)
        await _check_raiser(repo, actor, raised_by)
        row.raised_by = raised_by
    if "attachments" in given and changes.attachments is not None:
        row.attachments = [a.model_dump(mode="json") for a in changes.attachments]
    for field in ("title", "rationale"):
        if field in given:
            setattr(row, field, getattr(changes, field))
    if "kind" in given and changes.kind is not None:
        row.kind = changes.kind.value
    return await _saved(
        repo, actor, row, EVENT_CHANGED, before, action=Action.EDIT, from_status=row.status, note=None
    )


async def _step(
    repo: Repository,
    actor: Principal,
    proposal_id: uuid.UUID,
    action: Action,
    note: str | None,
    apply: Callable[[Context], None] = lambda _: None,
) -> ProposalPublic:
    """One transition of the workflow: authority, then the diagram, then the step's own guard (`apply`)."""
    row = await _locked(repo, proposal_id)
    context = await _context(repo, row)
    before = proposal_view(context, actor)
    check_may_act_on_proposal(actor, context.facts, action)
    from_status = row.status
    after = next_status(ProposalStatus(from_status), action)
    apply(context)
    row.status = after.value
    return await _saved(
        repo, actor, row, EVENT_STATUS_CHANGED, before, action=action, from_status=from_status, note=note
    )


async def submit(
    repo: Repository, actor: Principal, proposal_id: uuid.UUID, body: ProposalNote
) -> ProposalPublic:
    return await _step(repo, actor, proposal_id, Action.SUBMIT, body.note)


async def withdraw(
    repo: Repository, actor: Principal, proposal_id: uuid.UUID, body: ProposalNote
) -> ProposalPublic:
    return await _step(repo, actor, proposal_id, Action.WITHDRAW, body.note)


async def forward(
    repo: Repository, actor: Principal, proposal_id: uuid.UUID, body: ProposalNote
) -> ProposalPublic:
    return await _step(repo, actor, proposal_id, Action.FORWARD, body.note)


async def open_consultation(
    repo: Repository, actor: Principal, proposal_id: uuid.UUID, body: ConsultationOpening, today: date
) -> ProposalPublic:
    def set_deadline(context: Context) -> None:
        for pointer, message in consultation_deadline_problems(body.deadline, today).items():
            raise invalid(message, pointer=pointer)
        context.row.consultation_deadline = body.deadline

    return await _step(repo, actor, proposal_id, Action.OPEN_CONSULTATION, body.note, set_deadline)


async def close_consultation(
    repo: Repository, actor: Principal, proposal_id: uuid.UUID, body: ProposalNote, today: date
) -> ProposalPublic:
    def may_close(context: Context) -> None:
        deadline = context.row.consultation_deadline
        assert deadline is not None  # an open consultation has one (a check constraint says so)
        check_consultation_may_close(
            [str(c.id) for c in context.regional_councils],
            [str(s.council_id) for s in context.statements],
            deadline=deadline,
            today=today,
            names={str(c.id): c.name for c in context.regional_councils},
        )

    return await _step(repo, actor, proposal_id, Action.CLOSE_CONSULTATION, body.note, may_close)


async def record_assessment(
    repo: Repository, actor: Principal, proposal_id: uuid.UUID, body: AssessmentRecord
) -> ProposalPublic:
    def assess(context: Context) -> None:
        assessment = Assessment(
            body.professional_consequences,
            body.economic_consequences,
            body.organisational_consequences,
            body.recommendation,
        )
        check_assessment(assessment)
        context.row.assessment = body.model_dump(mode="json", exclude={"note"})

    return await _step(repo, actor, proposal_id, Action.RECORD_ASSESSMENT, body.note, assess)


async def decline(
    repo: Repository, actor: Principal, proposal_id: uuid.UUID, body: Decline
) -> ProposalPublic:
    def with_reason(context: Context) -> None:
        context.row.decision_reason = body.reason

    return await _step(repo, actor, proposal_id, Action.DECLINE, body.reason, with_reason)


async def record_outcome(
    repo: Repository, actor: Principal, proposal_id: uuid.UUID, body: OutcomeRecord
) -> ProposalPublic:
    def decided(context: Context) -> None:
        context.row.outcome = body.model_dump(mode="json")

    return await _step(repo, actor, proposal_id, Action.RECORD_OUTCOME, body.reference, decided)


async def add_statement(
    repo: Repository, actor: Principal, proposal_id: uuid.UUID, body: StatementCreate
) -> ProposalPublic:
    """A regional council's statement; a later one from the same council replaces it while open."""
    row = await _locked(repo, proposal_id)
    context = await _context(repo, row)
    before = proposal_view(context, actor)
    council = await repo.council(body.council)
    if council is None:
        raise invalid(f"no council has the id {body.council}", pointer="/council")
    key = council_key(council)
    check_may_act_on_proposal(actor, context.facts, Action.ADD_STATEMENT, for_council=key)
    next_status(ProposalStatus(row.status), Action.ADD_STATEMENT)
    record_statement(
        {str(s.council_id): Statement(str(s.council_id), s.position, s.text) for s in context.statements},
        Statement(str(council.id), body.position, body.text),
        council=key,
        specialty=row.specialty_code,
    )
    existing = await repo.statement(row.id, council.id)
    if existing is None:
        repo.add(
            ProposalStatement(
                proposal_id=row.id, council_id=council.id, position=body.position.value, text=body.text
            )
        )
    else:
        existing.position, existing.text, existing.recorded_at = body.position.value, body.text, utcnow()
    row.updated_at = utcnow()  # the statements are part of the proposal: its ETag and updated_since
    return await _saved(
        repo,
        actor,
        row,
        EVENT_STATEMENT_ADDED,
        before,
        action=Action.ADD_STATEMENT,
        from_status=row.status,
        note=council.name,
    )
