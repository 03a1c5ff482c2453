"""Liveness and readiness for orchestrators and load balancers."""

from fastapi import APIRouter, Request, Response
from fastapi.responses import JSONResponse

from app.contract.operations import Health
from app.edge.dependencies import get_database
from app.edge.errors import Protocol, problem_response, problem_responses
from app.services import operations as services

# A URL over the limit is refused before any route (414), health checks included.
router = APIRouter(prefix="/health", tags=["operations"], responses=problem_responses(414))

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
    readiness = await services.check_readiness(get_database(request))
    if readiness.problem is not None:
        retry = {"Retry-After": str(readiness.retry_after)} if readiness.retry_after else None
        return problem_response(request, 503, Protocol.SERVICE_UNAVAILABLE, readiness.problem, headers=retry)
    response.headers.update(NEVER_STORED)
    return Health(status="ok", database=readiness.database)
