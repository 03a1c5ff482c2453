"""The rule catalogue as the service publishes it: the domain's mandate rules and the protocol codes."""

from collections.abc import Callable

from app.contract.common import PROTOCOL_CODES, RuleId
from app.contract.rules import RuleKind, RuleList, RulePublic, RuleTopic
from app.domain.catalogue import CATALOGUE, Kind
from app.domain.rules import Rule
from app.services.errors import not_found

GuardStatus = Callable[[Rule], int]
"""The HTTP status with which a request breaking a guard is refused (the edge knows it)."""


def _mandate_rule(rule: Rule, guard_status: GuardStatus) -> RulePublic:
    spec = CATALOGUE[rule]
    return RulePublic(
        id=RuleId(rule.value),
        kind=RuleKind(spec.kind.value),
        topic=RuleTopic(spec.topic.value),
        severity=spec.severity,
        status=guard_status(rule) if spec.kind is Kind.GUARD else None,
        profiles=sorted(spec.profiles),
        statement=spec.statement,
        source=spec.source,
    )


def catalogue(guard_status: GuardStatus) -> RuleList:
    mandate = [_mandate_rule(rule, guard_status) for rule in Rule]
    protocol = [
        RulePublic(
            id=RuleId(code.value),
            kind=RuleKind.PROTOCOL,
            topic=RuleTopic.PROTOCOL,
            severity=None,
            status=status,
            profiles=[],
            statement=statement,
            source=None,
        )
        for code, (status, statement) in PROTOCOL_CODES.items()
    ]
    return RuleList(items=[*mandate, *protocol], next_cursor=None)


def rule(rule_id: str, guard_status: GuardStatus) -> RulePublic:
    found = next((r for r in catalogue(guard_status).items if r.id == rule_id), None)
    if found is None:
        raise not_found(f"rule {rule_id!r}")
    return found
