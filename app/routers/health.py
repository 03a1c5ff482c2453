"""Liveness and readiness for orchestrators and load balancers."""

import logging

from fastapi import APIRouter, Request, Response
from fastapi.responses import JSONResponse
from sqlalchemy import text

from app.db import DOWN_RETRY_AFTER
from app.dependencies import get_database
from app.errors import Protocol, problem_response, problem_responses
from app.migrations import current_revisions, pending_revisions
from app.schemas import Health

router = APIRouter(prefix="/health", tags=["operations"])
log = logging.getLogger(__name__)

NEVER_STORED = {"Cache-Control": "no-store"}
"""A shared cache must never answer a health check: it would report a state the service has left."""


@router.get("/live", response_model=Health, name="check_liveness")
async def check_liveness(response: Response) -> Health:
    """The process is up."""
    response.headers.update(NEVER_STORED)
    return Health(status="ok")


@router.get("/ready", response_model=Health, name="check_readiness", responses=problem_responses(503))
async def check_readiness(request: Request, response: Response) -> Health | JSONResponse:
    """The database answers and its schema is at the migrations' head."""
    database = get_database(request)
    try:
        async with database.engine.connect() as connection:
            await connection.execute(text("SELECT 1"))
            current = await current_revisions(connection)
    except Exception as error:  # any failure to reach the database means "not ready"
        log.warning("readiness: database unreachable: %s", type(error).__name__)
        return problem_response(
            request,
            503,
            Protocol.SERVICE_UNAVAILABLE,
            "the database is unreachable",
            headers={"Retry-After": str(DOWN_RETRY_AFTER)},
        )
    pending = pending_revisions(current)
    if pending:
        return problem_response(
            request,
            503,
            Protocol.SERVICE_UNAVAILABLE,
            f"migrations pending: {', '.join(pending)}; run `python -m app migrate`",
        )
    response.headers.update(NEVER_STORED)
    return Health(status="ok", database=database.dialect)
