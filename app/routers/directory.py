"""The public contact directory the national LIS website shows and keeps itself in sync with."""

from datetime import UTC, datetime
from email.utils import format_datetime
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request, Response

from app.clock import today_in_oslo
from app.contract.common import Protocol
from app.contract.directory import Directory
from app.domain.values import CouncilKind, RegionCode
from app.edge.dependencies import RepositoryDep
from app.edge.errors import COMMON_PROBLEMS, ProblemError, problem_responses, read_responses
from app.edge.negotiation import preferred_media_type
from app.edge.routing import UnitOfWorkRoute
from app.edge.snapshots import snapshot
from app.services import directory as services

router = APIRouter(
    prefix="/v1",
    tags=["directory"],
    route_class=UnitOfWorkRoute,
    responses=problem_responses(*COMMON_PROBLEMS),
)

JSON = "application/json"
CSV = "text/csv"
OFFERED = (JSON, CSV)
CACHE_CONTROL = "public, max-age=300, stale-while-revalidate=60"
"""Public data that changes a few times a day: a CDN keeps it five minutes, and serves it a minute
longer while it asks again."""
CSV_RESPONSE = {
    200: {
        "description": "The directory: JSON by default; with `Accept: text/csv` or `?format=csv`, one row "
        "per representative (UTF-8 with a byte-order mark, a header row).",
        "content": {CSV: {"schema": {"type": "string"}}},
        "headers": {
            "Last-Modified": {
                "description": "When the newest change of anything the directory shows was made.",
                "schema": {"type": "string"},
            },
            "Vary": {
                "description": "`Accept`: JSON and CSV are two representations.",
                "schema": {"type": "string"},
            },
        },
    }
}


@router.get(
    "/directory",
    response_model=Directory,
    name="get_directory",
    responses={**read_responses(406), **CSV_RESPONSE},
)
async def get_directory(
    repo: RepositoryDep,
    request: Request,
    response: Response,
    region: Annotated[
        RegionCode | None, Query(description="Only the councils and bodies of this region.")
    ] = None,
    specialty: Annotated[
        str | None, Query(max_length=80, description="Only this specialty's councils.")
    ] = None,
    kind: Annotated[CouncilKind | None, Query(description="Only councils or bodies of this kind.")] = None,
    format: Annotated[
        Literal["json", "csv"] | None,
        Query(description="`csv` or `json`, for a client that cannot set `Accept`."),
    ] = None,
) -> Directory | Response:
    """Who to contact on every council and body today: its contact e-mail, leader, deputy leader and
    coordinator, its representatives with their trust, role and deputy, the next meeting, and the RegUt
    to contact. Public data only: names, titles, and e-mails their owners agreed to publish."""
    media_type = (
        {"json": JSON, "csv": CSV}[format]
        if format
        else preferred_media_type(request.headers.get("accept"), OFFERED)
    )
    if media_type is None:
        raise ProblemError(406, Protocol.NOT_ACCEPTABLE, f"the directory is served as {' or '.join(OFFERED)}")
    answer = await services.directory(
        repo, region=region, specialty=specialty, kind=kind, on=today_in_oslo(), now=datetime.now(UTC)
    )
    headers = {"Cache-Control": CACHE_CONTROL, "Vary": "Accept"}
    if answer.last_modified is not None:
        headers["Last-Modified"] = format_datetime(answer.last_modified.astimezone(UTC), usegmt=True)
    if media_type == JSON:
        response.headers.update(headers)
        snapshot(response, answer.valid_until)  # tagged by its bytes, like the CSV, in HttpCacheMiddleware
        return answer.directory
    table = Response(
        services.directory_csv(answer.directory),
        media_type=f"{CSV}; charset=utf-8",
        headers=headers | {"Content-Disposition": 'inline; filename="lis-directory.csv"'},
    )
    snapshot(table, answer.valid_until)
    return table
