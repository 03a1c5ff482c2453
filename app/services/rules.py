"""The rule catalogue as the service publishes it: the domain's mandate rules and the protocol codes."""

from collections.abc import Callable

from app.contract.common import PROTOCOL_CODES, RuleId
from app.contract.rules import RuleKind, RuleList, RulePublic, RuleText, RuleTexts, RuleTopic
from app.domain.catalogue import CATALOGUE, Kind
from app.domain.rules import Rule
from app.services.errors import not_found
from app.services.texts import Language, texts_for

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
        texts=_texts(rule.value),
    )


def _texts(rule_id: str) -> RuleTexts:
    def text(language: Language) -> RuleText:
        texts = texts_for(language)
        # A rule new to the catalogue reads in English until its Norwegian text is written
        # (tests/unit/test_texts.py fails meanwhile).
        statement = texts.statements.get(rule_id) or texts_for(Language.EN).statements[rule_id]
        return RuleText(statement=statement, finding=texts.finding_titles.get(rule_id))

    return RuleTexts(nb=text(Language.NB), en=text(Language.EN))


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
            texts=_texts(code.value),
        )
        for code, (status, statement) in PROTOCOL_CODES.items()
    ]
    return RuleList(items=[*mandate, *protocol], next_cursor=None)


def rule(rule_id: str, guard_status: GuardStatus) -> RulePublic:
    found = next((r for r in catalogue(guard_status).items if r.id == rule_id), None)
    if found is None:
        raise not_found(f"rule {rule_id!r}")
    return found
