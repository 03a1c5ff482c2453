"""Imports: a RegUt's spreadsheet of councils, members, leadership and past meetings."""

import uuid
from datetime import UTC, datetime
from typing import Annotated

from fastapi import APIRouter, Query, Request, Response, status

from app.clock import today_in_oslo
from app.contract.common import QueryFlag
from app.contract.imports import CSV, XLSX, ImportPublic
from app.edge.auth import RegUtOrAdmin
from app.edge.dependencies import RepositoryDep
from app.edge.errors import COMMON_PROBLEMS, problem_responses
from app.edge.routing import RawBodyRoute
from app.services import imports as services
from app.services.workbooks import Limits
from app.settings import Settings

router = APIRouter(
    prefix="/v1",
    tags=["imports"],
    route_class=RawBodyRoute,
    responses=problem_responses(*COMMON_PROBLEMS),
)

_FILE = {"schema": {"type": "string", "format": "binary"}}
UPLOAD = {
    "requestBody": {
        "required": True,
        "description": "The spreadsheet itself as the body: an XLSX workbook with the template's sheets "
        "(Råd, Medlemmer, Ledelse, Møter; others are ignored), or one sheet saved as CSV (UTF-8 with or "
        "without a byte-order mark, separated by semicolons or commas), known by its header.",
        "content": {XLSX: _FILE, CSV: _FILE},
    }
}
TEMPLATE = {
    200: {
        "description": "The template workbook.",
        "content": {XLSX: _FILE},
    }
}


@router.post(
    "/imports",
    response_model=ImportPublic,
    status_code=status.HTTP_201_CREATED,
    name="create_import",
    responses=problem_responses(403, 415),
    openapi_extra=UPLOAD,
)
async def create_import(
    request: Request,
    repo: RepositoryDep,
    principal: RegUtOrAdmin,
    response: Response,
    commit: Annotated[
        QueryFlag,
        Query(
            description="`true` writes every row, all or nothing; by default a dry run that writes nothing."
        ),
    ] = False,
) -> ImportPublic:
    """Import councils (established dates), members and their seats, leadership and past meetings from
    a spreadsheet, by the rules of the single writes, in date order. A dry run by default: the report
    says per row `created`, `changed`, `unchanged` or `refused`, and every broken rule at its cell.
    A RegUt imports for its own region's councils and bodies and the inter-regional councils it is
    responsible for; an administrator for any."""
    settings: Settings = request.app.state.settings
    limits = Limits(settings.import_max_unpacked_bytes, settings.import_max_rows)
    report = await services.run_import(
        repo,
        principal,
        await request.body(),
        request.headers.get("content-type", ""),
        limits,
        commit=commit,
        today=today_in_oslo(),
        now=datetime.now(UTC),
    )
    response.headers["Location"] = f"/v1/imports/{report.id}"
    return report


@router.get(
    "/imports/template.xlsx",
    name="get_import_template",
    response_class=Response,
    responses=TEMPLATE,
)
async def get_import_template(repo: RepositoryDep) -> Response:
    """The import's template: its sheets with Norwegian headers and the English field names beside
    them, drop-down lists of regions, trusts, specialties and seat kinds, and an example row each."""
    return Response(
        await services.import_template(repo),
        media_type=XLSX,
        headers={"Content-Disposition": 'attachment; filename="lis-import.xlsx"'},
    )


@router.get(
    "/imports/{import_id}",
    response_model=ImportPublic,
    name="get_import",
    responses=problem_responses(403, 404),
)
async def get_import(import_id: uuid.UUID, repo: RepositoryDep, principal: RegUtOrAdmin) -> ImportPublic:
    """An import's state and report, for whoever made it and administrators: a client that timed out
    reads what happened."""
    return await services.read_import(repo, principal, import_id)
