"""Liveness and readiness for orchestrators and load balancers."""

import logging

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from sqlalchemy import text

from app.dependencies import get_database
from app.errors import Protocol, problem_response, problem_responses
from app.migrations import current_revisions, pending_revisions
from app.schemas import Health

router = APIRouter(prefix="/health", tags=["operations"])
log = logging.getLogger(__name__)


@router.get("/live", response_model=Health, name="check_liveness")
async def check_liveness() -> Health:
    """The process is up."""
    return Health(status="ok")


@router.get("/ready", response_model=Health, name="check_readiness", responses=problem_responses(503))
async def check_readiness(request: Request) -> Health | JSONResponse:
    """The database answers and its schema is at the migrations' head."""
    database = get_database(request)
    try:
        async with database.engine.connect() as connection:
            await connection.execute(text("SELECT 1"))
            current = await current_revisions(connection)
    except Exception as error:  # any failure to reach the database means "not ready"
        log.warning("readiness: database unreachable: %s", type(error).__name__)
        return problem_response(request, 503, Protocol.SERVICE_UNAVAILABLE, "the database is unreachable")
    pending = pending_revisions(current)
    if pending:
        return problem_response(
            request,
            503,
            Protocol.SERVICE_UNAVAILABLE,
            f"migrations pending: {', '.join(pending)}; run `python -m app migrate`",
        )
    return Health(status="ok", database=database.dialect)
