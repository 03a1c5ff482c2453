"""Meetings: schedule, change, cancel, record attendance and minutes; calendars for subscribers."""

import uuid
from datetime import UTC, datetime
from typing import Annotated

from fastapi import APIRouter, Query, Request, Response, status

from app.contract.common import Code, Day
from app.contract.councils import CouncilPublic
from app.contract.meetings import (
    AttendanceRecord,
    MeetingCancellation,
    MeetingCreate,
    MeetingList,
    MeetingPublic,
    MeetingUpdate,
    MinutesRecord,
)
from app.domain.authority import Principal, Scope
from app.domain.rules import Rule
from app.edge.auth import PrincipalDep, requires
from app.edge.dependencies import IdempotencyKey, IfMatch, RepositoryDep
from app.edge.errors import COMMON_PROBLEMS, POST_PROBLEMS, WRITE_PROBLEMS, problem_responses, read_responses
from app.edge.negotiation import preferred_language
from app.edge.protocol import if_match, tagged
from app.edge.routing import UnitOfWorkRoute, authorised_by
from app.services import calendars
from app.services import meetings as services

router = APIRouter(
    prefix="/v1",
    tags=["meetings"],
    route_class=UnitOfWorkRoute,
    responses=problem_responses(*COMMON_PROBLEMS),
)
Organiser = Annotated[Principal, requires(Scope.REGUT, Scope.ADMIN, rule=Rule.MEETING_ORGANISER)]
"""MEETING-ORGANISER: a health trust's system never organises meetings, whatever its trust, so its
token is refused by scope, naming the rule, before its request is read; which RegUt organises which
council's meetings the domain decides."""

CALENDAR = "text/calendar; charset=utf-8"
CALENDAR_RESPONSE = {
    200: {
        "description": "An RFC 5545 calendar (iCalendar) of the meetings' public fields, cancelled ones as "
        "`STATUS:CANCELLED`; subscribe to its URL in Outlook or Google Calendar.",
        "content": {"text/calendar": {"schema": {"type": "string"}}},
    }
}


def now() -> datetime:
    return datetime.now(UTC)


@router.get(
    "/councils/{council_id}/meetings",
    response_model=MeetingList,
    name="list_meetings",
    responses=read_responses(404),
)
async def list_meetings(
    council_id: uuid.UUID,
    repo: RepositoryDep,
    principal: PrincipalDep,
    response: Response,
    from_: Annotated[
        Day | None, Query(alias="from", description="First day (Europe/Oslo) of the range.")
    ] = None,
    to: Annotated[Day | None, Query(description="Last day (Europe/Oslo) of the range, included.")] = None,
) -> MeetingList:
    """The council's meetings whose start falls in the range, cancelled ones included, by start."""
    view = await services.list_meetings(repo, council_id, from_, to, now(), full=principal.may_read_personal)
    tagged(response, view)
    return view


@router.post(
    "/councils/{council_id}/meetings",
    response_model=MeetingPublic,
    status_code=status.HTTP_201_CREATED,
    name="schedule_meeting",
    responses=problem_responses(*POST_PROBLEMS),
)
@authorised_by(services.check_may_schedule)
async def schedule_meeting(
    council_id: uuid.UUID,
    body: MeetingCreate,
    repo: RepositoryDep,
    principal: Organiser,
    response: Response,
    _idempotency_key: IdempotencyKey = None,
) -> MeetingPublic:
    """Schedule a meeting (MEETING-ORGANISER; `format` by MEETING-DIGITAL-DEFAULT when not given);
    emits `meeting.scheduled`."""
    view = await services.schedule_meeting(repo, principal, council_id, body, now())
    response.headers["Location"] = f"/v1/meetings/{view.id}"
    tagged(response, view)
    return view


@router.get(
    "/meetings/{meeting_id}", response_model=MeetingPublic, name="get_meeting", responses=read_responses(404)
)
async def get_meeting(
    meeting_id: uuid.UUID, repo: RepositoryDep, principal: PrincipalDep, response: Response
) -> MeetingPublic:
    """One meeting; attendance and minutes only for registered systems."""
    view = await services.read_meeting(repo, meeting_id, now(), full=principal.may_read_personal)
    tagged(response, view)
    return view


@router.patch(
    "/meetings/{meeting_id}",
    response_model=MeetingPublic,
    name="change_meeting",
    responses=problem_responses(*WRITE_PROBLEMS),
)
@authorised_by(services.check_may_organise)
async def change_meeting(
    meeting_id: uuid.UUID,
    body: MeetingUpdate,
    repo: RepositoryDep,
    principal: Organiser,
    request: Request,
    response: Response,
    _if_match: IfMatch = None,
) -> MeetingPublic:
    """Change a meeting that is not cancelled (MEETING-ORGANISER); its calendar SEQUENCE grows;
    emits `meeting.changed`."""
    view = await services.change_meeting(repo, principal, meeting_id, body, now(), if_match(request))
    tagged(response, view)
    return view


@router.post(
    "/meetings/{meeting_id}/cancel",
    response_model=MeetingPublic,
    name="cancel_meeting",
    responses=problem_responses(*POST_PROBLEMS),
)
@authorised_by(services.check_may_organise)
async def cancel_meeting(
    meeting_id: uuid.UUID,
    body: MeetingCancellation,
    repo: RepositoryDep,
    principal: Organiser,
    response: Response,
    _idempotency_key: IdempotencyKey = None,
) -> MeetingPublic:
    """Cancel a meeting that has not begun (MEETING-ORGANISER). It stays, as `cancelled`, in lists and
    calendars; emits `meeting.cancelled`."""
    view = await services.cancel_meeting(repo, principal, meeting_id, body, now())
    tagged(response, view)
    return view


@router.put(
    "/meetings/{meeting_id}/attendance",
    response_model=MeetingPublic,
    name="record_attendance",
    responses=problem_responses(*WRITE_PROBLEMS),
)
@authorised_by(services.check_may_organise)
async def record_attendance(
    meeting_id: uuid.UUID,
    body: AttendanceRecord,
    repo: RepositoryDep,
    principal: Organiser,
    request: Request,
    response: Response,
    _if_match: IfMatch = None,
) -> MeetingPublic:
    """Record who attended a meeting that has taken place (MINUTES-AFTER-MEETING,
    ATTENDANCE-DEPUTY-SUBSTITUTES); the first record emits `meeting.held`."""
    view = await services.record_attendance(repo, principal, meeting_id, body, now(), if_match(request))
    tagged(response, view)
    return view


@router.put(
    "/meetings/{meeting_id}/minutes",
    response_model=MeetingPublic,
    name="record_minutes",
    responses=problem_responses(*WRITE_PROBLEMS),
)
@authorised_by(services.check_may_organise)
async def record_minutes(
    meeting_id: uuid.UUID,
    body: MinutesRecord,
    repo: RepositoryDep,
    principal: Organiser,
    request: Request,
    response: Response,
    _if_match: IfMatch = None,
) -> MeetingPublic:
    """Record the minutes of a meeting that has taken place (MINUTES-AFTER-MEETING); not public."""
    view = await services.record_minutes(repo, principal, meeting_id, body, now(), if_match(request))
    tagged(response, view)
    return view


@router.get(
    "/councils/{council_id}/meetings.ics",
    response_class=Response,
    name="council_calendar",
    responses={**read_responses(404), **CALENDAR_RESPONSE},
)
async def council_calendar(council_id: uuid.UUID, repo: RepositoryDep, request: Request) -> Response:
    """The council's meetings as a calendar to subscribe to, in Norwegian (English on
    `Accept-Language: en`)."""
    name, entries = await services.council_calendar(repo, council_id, now())
    return _calendar(name, entries, request)


@router.get(
    "/meetings.ics",
    response_class=Response,
    name="meetings_calendar",
    responses={**read_responses(), **CALENDAR_RESPONSE},
)
async def meetings_calendar(
    repo: RepositoryDep,
    request: Request,
    region: Annotated[Code | None, Query(description="Only the councils of this region.")] = None,
    specialty: Annotated[Code | None, Query(description="Only the councils of this specialty.")] = None,
) -> Response:
    """The meetings of every council, or of a region's or a specialty's, as one calendar, in Norwegian
    (English on `Accept-Language: en`)."""
    language = preferred_language(request.headers.get("accept-language"))
    name, entries = await services.councils_calendar(repo, region, specialty, now(), language)
    return _calendar(name, entries, request)


def _calendar(name: str, entries: list[tuple[CouncilPublic, MeetingPublic]], request: Request) -> Response:
    language = preferred_language(request.headers.get("accept-language"))
    return Response(
        calendars.render_calendar(name, entries, language=language),
        media_type=CALENDAR,
        headers={"Content-Language": language.value, "Vary": "Accept-Language"},
    )
