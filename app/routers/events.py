"""The change feed: what the national website (or any registered system) follows to keep in sync."""

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Query, Request, Response

from app.contract.events import MAX_EVENTS, MAX_WAIT_SECONDS, EventList, EventType
from app.domain.authority import Principal, Scope
from app.edge.auth import requires
from app.edge.dependencies import DataVersionDep, RepositoryDep
from app.edge.errors import COMMON_PROBLEMS, problem_responses, read_responses
from app.edge.kept import kept_answer
from app.edge.routing import UnitOfWorkRoute
from app.services import events as services
from app.settings import Settings

router = APIRouter(
    prefix="/v1", tags=["events"], route_class=UnitOfWorkRoute, responses=problem_responses(*COMMON_PROBLEMS)
)


@router.get("/events", response_model=EventList, name="list_events", responses=read_responses(403))
async def list_events(
    repo: RepositoryDep,
    version: DataVersionDep,
    request: Request,
    _reader: Annotated[Principal, requires(Scope.READ, Scope.REGUT, Scope.ADMIN)],
    after: Annotated[
        int, Query(ge=0, le=2**63 - 1, description="The last event id seen; 0 (the default) from the start.")
    ] = 0,
    type: Annotated[
        list[EventType] | None,
        Query(
            max_length=20,
            description="Only events of these types (repeat the parameter for several); an unknown type "
            "is refused, naming the parameter, rather than matching nothing.",
        ),
    ] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_EVENTS, description="At most this many events.")] = 100,
    wait: Annotated[
        int,
        Query(
            ge=0,
            le=MAX_WAIT_SECONDS,
            description="When no event is there yet, wait up to this many seconds for one (long polling); "
            "a service may be set to wait less.",
        ),
    ] = 0,
) -> EventList | Response:
    """Every change after `after`, exactly once and in the order the changes were committed, even when
    writers commit concurrently. Save `next_after` and ask again with it."""
    settings: Settings = request.app.state.settings
    waited = min(wait, settings.feed_max_wait_seconds)
    types = [t.value for t in type or []]
    if not waited:
        # A page is the same for every reader and changes only when an event commits: followers polling
        # from the same place are answered from memory.
        async def page(_now: datetime) -> tuple[EventList, None]:
            return await services.feed(repo, version, after=after, types=types, limit=limit, wait=0), None

        asked = {"after": after, "type": ",".join(sorted(types)), "limit": limit}
        return await kept_answer(request, asked, page)
    return await services.feed(
        repo,
        version,
        after=after,
        types=types,
        limit=limit,
        wait=waited,
        stopping=request.app.state.lifecycle.stopping,
    )
