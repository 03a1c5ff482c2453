"""The public contact directory the national LIS website shows and keeps itself in sync with."""

from datetime import UTC, datetime
from email.utils import format_datetime
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request, Response

from app.clock import today_in_oslo
from app.contract.common import Protocol
from app.contract.directory import Directory
from app.contract.imports import XLSX
from app.domain.values import CouncilKind, RegionCode
from app.edge.dependencies import RepositoryDep
from app.edge.errors import COMMON_PROBLEMS, ProblemError, problem_responses, read_responses
from app.edge.negotiation import preferred_language, preferred_media_type, see_other, see_other_response
from app.edge.routing import UnitOfWorkRoute
from app.edge.snapshots import snapshot
from app.services import directory as services
from app.services import spreadsheets
from app.services.spreadsheets import Delimiter
from app.services.texts import Language

router = APIRouter(
    prefix="/v1",
    tags=["directory"],
    route_class=UnitOfWorkRoute,
    responses=problem_responses(*COMMON_PROBLEMS),
)

JSON = "application/json"
CSV = "text/csv"
OFFERED = (JSON, CSV, XLSX)
CACHE_CONTROL = "public, max-age=300, stale-while-revalidate=60"
"""Public data that changes a few times a day: a CDN keeps it five minutes, and serves it a minute
longer while it asks again."""
JSON_RESPONSE = {
    200: {
        "description": "The directory. As a file for a spreadsheet: `GET /v1/directory.csv`, "
        "`GET /v1/directory.xlsx`.",
        "headers": {
            "Last-Modified": {
                "description": "When the newest change of anything the directory shows was made.",
                "schema": {"type": "string"},
            },
            "Vary": {
                "description": "`Accept`: one preferring CSV or XLSX is sent elsewhere (303).",
                "schema": {"type": "string"},
            },
        },
    }
}


@router.get(
    "/directory",
    response_model=Directory,
    name="get_directory",
    responses={
        **read_responses(406),
        **JSON_RESPONSE,
        **see_other_response(
            "`?format=csv` or `Accept` preferring `text/csv`, answered by `GET /v1/directory.csv` (with "
            "`delimiter`); `?format=xlsx` or `Accept` preferring XLSX, by `GET /v1/directory.xlsx`"
        ),
    },
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
        Literal["json", "csv", "xlsx"] | None,
        Query(
            description="For a client that cannot set `Accept`: `json`; `csv` and `xlsx` are redirects to "
            "`GET /v1/directory.csv` and `GET /v1/directory.xlsx`."
        ),
    ] = None,
    delimiter: Annotated[
        Delimiter | None,
        Query(description="Passed on with a redirect to `GET /v1/directory.csv`: `comma` or `semicolon`."),
    ] = None,
) -> Directory | Response:
    """Who to contact on every council and body today: its contact e-mail, leader, deputy leader and
    coordinator, its representatives with their trust, role and deputy, the next meeting, and the RegUt
    to contact. Public data only: names, titles, and e-mails their owners agreed to publish."""
    media_type = (
        {"json": JSON, "csv": CSV, "xlsx": XLSX}[format]
        if format
        else preferred_media_type(request.headers.get("accept"), OFFERED)
    )
    if media_type is None:
        raise ProblemError(406, Protocol.NOT_ACCEPTABLE, f"the directory is served as {' or '.join(OFFERED)}")
    filters = {"region": region, "specialty": specialty, "kind": kind}
    if media_type == CSV:
        return see_other("/v1/directory.csv", filters | {"delimiter": delimiter})
    if media_type == XLSX:
        return see_other("/v1/directory.xlsx", filters)
    answer = await services.directory(
        repo, region=region, specialty=specialty, kind=kind, on=today_in_oslo(), now=datetime.now(UTC)
    )
    response.headers.update({"Cache-Control": CACHE_CONTROL, "Vary": "Accept"})
    if answer.last_modified is not None:
        response.headers["Last-Modified"] = format_datetime(answer.last_modified.astimezone(UTC), usegmt=True)
    snapshot(response, answer.valid_until)  # tagged by its bytes in HttpCacheMiddleware
    return answer.directory


async def _csv(
    repo: RepositoryDep, directory: Directory, request: Request, delimiter: Delimiter | None
) -> bytes:
    """For a person (`Accept-Language` sent, as every browser does): headers, names and dates in their
    language. For a program (none sent): the columns it has always read."""
    delimiter = delimiter or Delimiter.COMMA
    accept_language = request.headers.get("accept-language")
    if accept_language is None:
        return services.directory_csv(directory, spreadsheets.DELIMITERS[delimiter])
    return await spreadsheets.directory_csv(repo, directory, preferred_language(accept_language), delimiter)


class CsvResponse(Response):
    media_type = CSV


class XlsxResponse(Response):
    media_type = XLSX


Region = Annotated[RegionCode | None, Query(description="Only the councils and bodies of this region.")]
Specialty = Annotated[str | None, Query(max_length=80, description="Only this specialty's councils.")]
Kind = Annotated[CouncilKind | None, Query(description="Only councils or bodies of this kind.")]
FILE_HEADERS = {
    "Last-Modified": {
        "description": "When the newest change of anything the directory shows was made.",
        "schema": {"type": "string"},
    },
    "Content-Language": {"description": "The headers' and labels' language.", "schema": {"type": "string"}},
    "Content-Disposition": {"description": "The file's name.", "schema": {"type": "string"}},
}


async def _file(
    repo: RepositoryDep, region: str | None, specialty: str | None, kind: CouncilKind | None
) -> tuple[services.DirectoryAnswer, dict[str, str]]:
    answer = await services.directory(
        repo, region=region, specialty=specialty, kind=kind, on=today_in_oslo(), now=datetime.now(UTC)
    )
    headers = {"Cache-Control": CACHE_CONTROL, "Vary": "Accept-Language"}
    if answer.last_modified is not None:
        headers["Last-Modified"] = format_datetime(answer.last_modified.astimezone(UTC), usegmt=True)
    return answer, headers


@router.get(
    "/directory.csv",
    name="get_directory_csv",
    response_class=CsvResponse,
    responses={
        **read_responses(),
        200: {
            "description": "The directory as CSV, one row per representative (UTF-8 with a byte-order mark). "
            "With `Accept-Language` (as a browser sends it): headers, names, labels and dates in Norwegian "
            "bokmål, or English on `en`; without it, the columns a program reads (codes, ids, ISO dates). "
            "Cells that a spreadsheet would run as a formula are escaped.",
            "content": {CSV: {"schema": {"type": "string"}}},
            "headers": FILE_HEADERS,
        },
    },
)
async def get_directory_csv(
    repo: RepositoryDep,
    request: Request,
    region: Region = None,
    specialty: Specialty = None,
    kind: Kind = None,
    delimiter: Annotated[
        Delimiter | None,
        Query(
            description="`comma` (default) or `semicolon`, which Excel set to Norwegian splits columns on."
        ),
    ] = None,
) -> Response:
    """The public contact directory as CSV for a spreadsheet: `?delimiter=semicolon` for Norwegian Excel."""
    answer, headers = await _file(repo, region, specialty, kind)
    if "accept-language" in request.headers:
        headers["Content-Language"] = preferred_language(request.headers["accept-language"]).value
    table = CsvResponse(
        await _csv(repo, answer.directory, request, delimiter),
        headers=headers | {"Content-Disposition": 'inline; filename="lis-directory.csv"'},
    )
    snapshot(table, answer.valid_until)
    return table


@router.get(
    "/directory.xlsx",
    name="get_directory_xlsx",
    response_class=XlsxResponse,
    responses={
        **read_responses(),
        200: {
            "description": "The directory as an Excel workbook: one row per representative, headers and "
            "labels in Norwegian bokmål (English on `Accept-Language: en`), the header row frozen, "
            "filters on, widths set, dates as dates.",
            "content": {XLSX: {"schema": {"type": "string", "format": "binary"}}},
            "headers": FILE_HEADERS,
        },
    },
)
async def get_directory_xlsx(
    repo: RepositoryDep,
    request: Request,
    region: Region = None,
    specialty: Specialty = None,
    kind: Kind = None,
) -> Response:
    """The public contact directory as a spreadsheet for Excel."""
    answer, headers = await _file(repo, region, specialty, kind)
    language = preferred_language(request.headers.get("accept-language"))
    name = "lis-radskatalog.xlsx" if language is Language.NB else "lis-directory.xlsx"
    book = XlsxResponse(
        await spreadsheets.directory_xlsx(
            repo, answer.directory, language, answer.last_modified or datetime(2000, 1, 1, tzinfo=UTC)
        ),
        headers=headers
        | {"Content-Language": language.value, "Content-Disposition": f'attachment; filename="{name}"'},
    )
    snapshot(book, answer.valid_until)
    return book
