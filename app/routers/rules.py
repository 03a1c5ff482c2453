"""The rule catalogue: what every `rule` in a problem or a finding means."""

from typing import Annotated

from fastapi import APIRouter, Path, Response

from app.contract.rules import RuleList, RulePublic
from app.edge.errors import COMMON_PROBLEMS, guard_status, problem_responses, read_responses
from app.edge.protocol import tagged
from app.edge.routing import UnitOfWorkRoute
from app.services import rules as services

router = APIRouter(
    prefix="/v1", tags=["rules"], route_class=UnitOfWorkRoute, responses=problem_responses(*COMMON_PROBLEMS)
)


@router.get("/rules", response_model=RuleList, name="list_rules", responses=read_responses())
async def list_rules() -> RuleList:
    """Every rule ID the service can name in a problem or a finding: the mandate's rules, each with
    its kind, severity, the profiles it applies to, the rule in plain words and its source, and the
    protocol codes."""
    return services.catalogue(guard_status)


@router.get("/rules/{rule_id}", response_model=RulePublic, name="get_rule", responses=read_responses(404))
async def get_rule(
    rule_id: Annotated[str, Path(max_length=60, description="A rule ID, e.g. HN-MAX-FOUR.")],
    response: Response,
) -> RulePublic:
    """One rule: where a problem's or a finding's `type` points."""
    found = services.rule(rule_id, guard_status)
    tagged(response, found)
    return found
