"""Learning-goal change proposals (MANDATE.md, Learning-goal change proposals) on plain values: the
workflow's transitions, who may take each action, the regional councils' statements and the closing
of the consultation, the assessment's three consequences, CONSULTATION-ANSWERED, learning-goal codes."""

import itertools
import re
from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.authority import (
    ANONYMOUS,
    NotPermitted,
    Principal,
    Scope,
    allowed_proposal_actions,
    check_may_act_on_proposal,
    check_may_raise_proposal,
)
from app.domain.catalogue import CATALOGUE, REGIONAL_PROFILES, Kind, Topic
from app.domain.compliance import SEVERITY, Severity, Status
from app.domain.errors import RuleBroken
from app.domain.proposals import (
    LEARNING_GOAL_CODE,
    Action,
    Assessment,
    OpenConsultation,
    Position,
    ProposalFacts,
    ProposalStatus,
    Recommendation,
    Statement,
    actions_in,
    check_assessment,
    check_consultation_may_close,
    consultation_deadline_problems,
    consultation_findings,
    learning_goal_code_problems,
    next_status,
    record_statement,
)
from app.domain.rules import Rule
from app.domain.values import CouncilKey, CouncilKind
from tests.conftest import SHARED

S, A = ProposalStatus, Action

REGIONS = ["helse-nord", "helse-midt-norge", "helse-vest", "helse-sor-ost"]
SPECIALTY = "anestesiologi"
"""Its responsible RegUt (spesialitetskontakt) is RegUt Nord."""
NORDLAND_ORG, FINNMARK_ORG, UNN_ORG, OUS_ORG = "983974910", "983974880", "983974899", "993467049"

ADMIN = Principal("admin", frozenset({Scope.ADMIN}))
RESPONSIBLE_REGUT = Principal(
    "regut-nord", frozenset({Scope.REGUT}), UNN_ORG, "unn", "helse-nord", "helse-nord"
)
ANOTHER_REGUT = Principal(
    "regut-hso", frozenset({Scope.REGUT}), OUS_ORG, "ous", "helse-sor-ost", "helse-sor-ost"
)
RAISING_TRUST = Principal(
    "nlsh", frozenset({Scope.APPOINTMENTS}), NORDLAND_ORG, "nordlandssykehuset", "helse-nord"
)
ANOTHER_TRUST = Principal(
    "finnmark", frozenset({Scope.APPOINTMENTS}), FINNMARK_ORG, "finnmarkssykehuset", "helse-nord"
)
READER = Principal("website", frozenset({Scope.READ}))
PRINCIPALS = {
    "admin": ADMIN,
    "responsible-regut": RESPONSIBLE_REGUT,
    "another-regut": ANOTHER_REGUT,
    "raising-trust": RAISING_TRUST,
    "another-trust": ANOTHER_TRUST,
    "read": READER,
    "anonymous": ANONYMOUS,
}

PROPOSAL = ProposalFacts(
    specialty=SPECIALTY,
    responsible_region="helse-nord",
    raised_by=NORDLAND_ORG,
    council_regions=frozenset(REGIONS),
)

NORD_COUNCIL = CouncilKey(CouncilKind.REGIONAL, SPECIALTY, "helse-nord")
VEST_COUNCIL = CouncilKey(CouncilKind.REGIONAL, SPECIALTY, "helse-vest")
IR_COUNCIL = CouncilKey(CouncilKind.INTERREGIONAL, SPECIALTY, None)
OTHER_SPECIALTY_COUNCIL = CouncilKey(CouncilKind.REGIONAL, "nevrologi", "helse-nord")
OTHER_IR_COUNCIL = CouncilKey(CouncilKind.INTERREGIONAL, "nevrologi", None)

DRAWN: dict[tuple[ProposalStatus, Action], ProposalStatus] = {
    (S.DRAFT, A.SUBMIT): S.SUBMITTED,
    (S.SUBMITTED, A.OPEN_CONSULTATION): S.IN_CONSULTATION,
    (S.IN_CONSULTATION, A.CLOSE_CONSULTATION): S.IN_ASSESSMENT,
    (S.IN_ASSESSMENT, A.RECORD_ASSESSMENT): S.ASSESSED,
    (S.ASSESSED, A.FORWARD): S.FORWARDED,
    (S.FORWARDED, A.RECORD_OUTCOME): S.DECIDED,
    (S.ASSESSED, A.DECLINE): S.DECLINED,
    **{
        (before, A.WITHDRAW): S.WITHDRAWN
        for before in (S.DRAFT, S.SUBMITTED, S.IN_CONSULTATION, S.IN_ASSESSMENT, S.ASSESSED)
    },
    (S.DRAFT, A.EDIT): S.DRAFT,
    (S.IN_CONSULTATION, A.ADD_STATEMENT): S.IN_CONSULTATION,
}
"""The diagram of MANDATE.md, arrow by arrow, written apart from the code it checks; with the two
actions that keep the status (edit a draft, add a statement to an open consultation)."""

FORBIDDEN = [pair for pair in itertools.product(ProposalStatus, Action) if pair not in DRAWN]


def refused_by(principal: Principal, action: Action, **kwargs: object) -> NotPermitted:
    with pytest.raises(NotPermitted) as refused:
        check_may_act_on_proposal(principal, kwargs.pop("proposal", PROPOSAL), action, **kwargs)  # type: ignore[arg-type]
    return refused.value


def broken(error: pytest.ExceptionInfo[RuleBroken]) -> list[tuple[Rule, str | None]]:
    return [(v.rule, v.pointer) for v in error.value.violations]


# --- PROPOSAL-TRANSITION ---------------------------------------------------------------------------


@pytest.mark.parametrize(("status", "action"), list(DRAWN), ids=[f"{s}-{a}" for s, a in DRAWN])
def test_every_transition_drawn_is_allowed_and_leads_where_the_diagram_says(
    status: ProposalStatus, action: Action
) -> None:
    """PROPOSAL-TRANSITION: the diagram's arrows, withdraw from every state before forwarded."""
    assert next_status(status, action) is DRAWN[status, action]
    assert action in actions_in(status)


@pytest.mark.parametrize(("status", "action"), FORBIDDEN, ids=[f"{s}-{a}" for s, a in FORBIDDEN])
def test_every_transition_not_drawn_is_refused_naming_the_state_and_what_it_allows(
    status: ProposalStatus, action: Action
) -> None:
    """PROPOSAL-TRANSITION (409): anything else is refused with the current state named."""
    with pytest.raises(RuleBroken) as refused:
        next_status(status, action)
    assert broken(refused) == [(Rule.PROPOSAL_TRANSITION, None)]
    message = refused.value.violations[0].message
    assert message.startswith(f"the proposal is {status}: ")
    assert all(str(possible) in message for possible in actions_in(status))
    assert action not in actions_in(status)


def test_a_refused_transition_says_what_the_state_allows() -> None:
    """PROPOSAL-TRANSITION: the message a client shows."""
    with pytest.raises(RuleBroken) as refused:
        next_status(S.IN_ASSESSMENT, A.FORWARD)
    assert refused.value.violations[0].message == (
        "the proposal is in_assessment: record_assessment or withdraw; not forward"
    )
    with pytest.raises(RuleBroken) as refused:
        next_status(S.IN_CONSULTATION, A.SUBMIT)
    assert refused.value.violations[0].message == (
        "the proposal is in_consultation: add_statement, close_consultation or withdraw; not submit"
    )


@pytest.mark.parametrize("final", [S.DECLINED, S.DECIDED, S.WITHDRAWN])
def test_a_declined_decided_or_withdrawn_proposal_is_final(final: ProposalStatus) -> None:
    """PROPOSAL-TRANSITION: nothing leaves declined, decided or withdrawn."""
    assert actions_in(final) == []
    with pytest.raises(RuleBroken) as refused:
        next_status(final, A.WITHDRAW)
    assert refused.value.violations[0].message == (
        f"the proposal is {final}: it is final, nothing more can be done; not withdraw"
    )


def test_a_forwarded_proposal_can_no_longer_be_withdrawn() -> None:
    """PROPOSAL-TRANSITION: withdraw from any state *before* forwarded; the Directorate has it then."""
    assert actions_in(S.FORWARDED) == [A.RECORD_OUTCOME]


def test_a_proposal_goes_from_draft_to_decided_by_the_hands_the_mandate_names() -> None:
    """The whole way: the trust raises and submits, the responsible RegUt runs the consultation, the
    regional councils answer through their RegUts, the inter-regional council's assessment is recorded
    through the responsible RegUt, which forwards it and records the Directorate's decision."""
    steps: list[tuple[Principal, Action, CouncilKey | None]] = [
        (RAISING_TRUST, A.EDIT, None),
        (RAISING_TRUST, A.SUBMIT, None),
        (RESPONSIBLE_REGUT, A.OPEN_CONSULTATION, None),
        (RESPONSIBLE_REGUT, A.ADD_STATEMENT, NORD_COUNCIL),
        (ANOTHER_REGUT, A.ADD_STATEMENT, CouncilKey(CouncilKind.REGIONAL, SPECIALTY, "helse-sor-ost")),
        (RESPONSIBLE_REGUT, A.CLOSE_CONSULTATION, None),
        (RESPONSIBLE_REGUT, A.RECORD_ASSESSMENT, IR_COUNCIL),
        (RESPONSIBLE_REGUT, A.FORWARD, None),
        (RESPONSIBLE_REGUT, A.RECORD_OUTCOME, None),
    ]
    status = S.DRAFT
    for principal, action, council in steps:
        assert action in allowed_proposal_actions(principal, PROPOSAL, status, for_council=council)
        check_may_act_on_proposal(principal, PROPOSAL, action, for_council=council)
        status = next_status(status, action)
    assert status is S.DECIDED


# --- Authority: PROPOSAL-RESPONSIBLE-REGUT, ASSESSMENT-BY-IR-COUNCIL, COUNCIL-ADVISORY --------------

OK = None
PRR, ABIC, NONE = Rule.PROPOSAL_RESPONSIBLE_REGUT, Rule.ASSESSMENT_BY_IR_COUNCIL, "refused, no rule"
RAISER_ACTIONS = [A.EDIT, A.SUBMIT, A.WITHDRAW]
REGUT_ACTIONS = [A.OPEN_CONSULTATION, A.CLOSE_CONSULTATION, A.FORWARD, A.DECLINE, A.RECORD_OUTCOME]

EXPECTED: dict[Action, dict[str, Rule | str | None]] = {
    **{
        action: {
            "admin": OK,
            "responsible-regut": OK,
            "another-regut": PRR,
            "raising-trust": OK,
            "another-trust": PRR,
            "read": PRR,
            "anonymous": PRR,
        }
        for action in RAISER_ACTIONS
    },
    **{
        action: {
            "admin": OK,
            "responsible-regut": OK,
            "another-regut": PRR,
            "raising-trust": PRR,
            "another-trust": PRR,
            "read": PRR,
            "anonymous": PRR,
        }
        for action in REGUT_ACTIONS
    },
    A.RECORD_ASSESSMENT: {
        "admin": OK,
        "responsible-regut": OK,
        "another-regut": ABIC,
        "raising-trust": ABIC,
        "another-trust": ABIC,
        "read": ABIC,
        "anonymous": ABIC,
    },
    A.ADD_STATEMENT: {
        "admin": OK,
        "responsible-regut": OK,
        "another-regut": OK,  # for its own region's council
        "raising-trust": NONE,
        "another-trust": NONE,
        "read": NONE,
        "anonymous": NONE,
    },
}
AUTHORITY_CASES = [(action, who, rule) for action, by in EXPECTED.items() for who, rule in by.items()]


def test_the_authority_table_covers_every_action_and_kind_of_principal() -> None:
    assert set(EXPECTED) == set(Action)
    assert all(set(by) == set(PRINCIPALS) for by in EXPECTED.values())


@pytest.mark.parametrize(
    ("action", "who", "rule"), AUTHORITY_CASES, ids=[f"{a}-{w}" for a, w, _ in AUTHORITY_CASES]
)
def test_who_may_take_each_action_on_a_proposal(action: Action, who: str, rule: Rule | str | None) -> None:
    """PROPOSAL-RESPONSIBLE-REGUT (consultation, forward, decline, outcome: the specialty's
    responsible RegUt; edit, submit, withdraw: also the organisation that raised it);
    ASSESSMENT-BY-IR-COUNCIL (the assessment, through the responsible RegUt); a statement by the RegUt
    of the council's region, a refusal no mandate rule names. Administrators may do everything."""
    principal = PRINCIPALS[who]
    if rule is OK:
        check_may_act_on_proposal(principal, PROPOSAL, action)
    else:
        assert refused_by(principal, action).rule is (None if rule is NONE else rule)


def test_a_refusal_says_who_may() -> None:
    """PROPOSAL-RESPONSIBLE-REGUT: the message names the responsible RegUt."""
    assert refused_by(ANOTHER_REGUT, A.FORWARD).message == (
        "only the RegUt responsible for anestesiologi (the RegUt of helse-nord) or an administrator may "
        "forward the proposal to the Directorate of Health"
    )
    assert refused_by(ANOTHER_TRUST, A.SUBMIT).message == (
        "only the organisation that raised it, the RegUt responsible for anestesiologi (the RegUt of "
        "helse-nord) or an administrator may submit the proposal"
    )
    orphan = replace(PROPOSAL, responsible_region=None)
    assert refused_by(ANOTHER_TRUST, A.WITHDRAW, proposal=orphan).message == (
        "only the organisation that raised it or an administrator may withdraw the proposal: "
        "anestesiologi has no responsible RegUt recorded"
    )
    assert refused_by(RAISING_TRUST, A.RECORD_ASSESSMENT).message == (
        "the inter-regional council of anestesiologi makes the assessment; only the RegUt responsible "
        "for anestesiologi (the RegUt of helse-nord) or an administrator records it"
    )


def test_a_read_only_token_of_the_raising_organisation_does_not_act_for_it() -> None:
    """PROPOSAL-RESPONSIBLE-REGUT: acting for the raiser takes a system that writes, not the
    organisation number alone."""
    reader_of_nordland = Principal("nlsh-reader", frozenset({Scope.READ}), NORDLAND_ORG)
    assert refused_by(reader_of_nordland, A.EDIT).rule is PRR


def test_a_regut_that_raised_a_proposal_edits_it_though_another_regut_is_responsible() -> None:
    """PROPOSAL-RESPONSIBLE-REGUT: the raiser's organisation may be a RegUt's host hospital."""
    raised_by_hso = replace(PROPOSAL, raised_by=OUS_ORG)
    for action in RAISER_ACTIONS:
        check_may_act_on_proposal(ANOTHER_REGUT, raised_by_hso, action)
    assert refused_by(ANOTHER_REGUT, A.OPEN_CONSULTATION, proposal=raised_by_hso).rule is PRR


@pytest.mark.parametrize("action", [*REGUT_ACTIONS, A.RECORD_ASSESSMENT])
def test_without_a_responsible_regut_only_an_administrator_acts_in_its_place(action: Action) -> None:
    """SPECIALTY-RESPONSIBLE-REGUT, PROPOSAL-RESPONSIBLE-REGUT: none recorded → an administrator only."""
    orphan = replace(PROPOSAL, responsible_region=None)
    check_may_act_on_proposal(ADMIN, orphan, action)
    refused = refused_by(RESPONSIBLE_REGUT, action, proposal=orphan)
    assert refused.rule is (ABIC if action is A.RECORD_ASSESSMENT else PRR)
    assert "anestesiologi has no responsible RegUt recorded" in refused.message


def test_without_a_responsible_regut_the_raiser_still_edits_its_proposal() -> None:
    orphan = replace(PROPOSAL, responsible_region=None)
    for action in RAISER_ACTIONS:
        check_may_act_on_proposal(RAISING_TRUST, orphan, action)


@pytest.mark.parametrize("council", [NORD_COUNCIL, IR_COUNCIL], ids=["regional", "interregional"])
@pytest.mark.parametrize("action", [A.FORWARD, A.DECLINE, A.RECORD_OUTCOME])
@pytest.mark.parametrize("who", ["admin", "responsible-regut", "raising-trust"])
def test_a_decision_made_for_a_council_is_refused_whatever_the_scope(
    action: Action, council: CouncilKey, who: str
) -> None:
    """COUNCIL-ADVISORY (403): councils have no decision authority (001 *Rådene har ikke
    beslutningsmyndighet*); forwarding, declining and recording the outcome are decisions."""
    refused = refused_by(PRINCIPALS[who], action, for_council=council)
    assert refused.rule is Rule.COUNCIL_ADVISORY
    assert "councils advise and never decide" in refused.message


def test_a_principal_acting_for_a_council_sees_no_decision_among_its_actions() -> None:
    """COUNCIL-ADVISORY: an administrator acting for the inter-regional council may record its
    assessment or withdraw, never forward or decline."""
    assert allowed_proposal_actions(ADMIN, PROPOSAL, S.ASSESSED, for_council=IR_COUNCIL) == [A.WITHDRAW]
    assert allowed_proposal_actions(ADMIN, PROPOSAL, S.ASSESSED) == [A.FORWARD, A.DECLINE, A.WITHDRAW]
    assert allowed_proposal_actions(ADMIN, PROPOSAL, S.FORWARDED, for_council=NORD_COUNCIL) == []


def test_the_assessment_is_recorded_for_the_specialtys_interregional_council_only() -> None:
    """ASSESSMENT-BY-IR-COUNCIL: for the inter-regional council of the specialty, through the
    responsible RegUt; for a regional council, or another specialty's, refused whatever the scope."""
    check_may_act_on_proposal(RESPONSIBLE_REGUT, PROPOSAL, A.RECORD_ASSESSMENT, for_council=IR_COUNCIL)
    for council in (NORD_COUNCIL, OTHER_IR_COUNCIL):
        for principal in (ADMIN, RESPONSIBLE_REGUT):
            assert refused_by(principal, A.RECORD_ASSESSMENT, for_council=council).rule is ABIC


def test_a_statement_is_recorded_by_the_regut_of_the_councils_region() -> None:
    """CONSULTATION-STATEMENT-BY-COUNCIL is a guard on which council answers; who records it for the
    council is its region's RegUt (as for its meetings) or an administrator, a refusal with no rule."""
    check_may_act_on_proposal(RESPONSIBLE_REGUT, PROPOSAL, A.ADD_STATEMENT, for_council=NORD_COUNCIL)
    check_may_act_on_proposal(ADMIN, PROPOSAL, A.ADD_STATEMENT, for_council=VEST_COUNCIL)
    refused = refused_by(ANOTHER_REGUT, A.ADD_STATEMENT, for_council=NORD_COUNCIL)
    assert (refused.rule, refused.message) == (
        None,
        "only the RegUt of helse-nord or an administrator may record a council's statement on the proposal",
    )
    assert refused_by(RESPONSIBLE_REGUT, A.ADD_STATEMENT, for_council=VEST_COUNCIL).rule is None


def test_a_regut_whose_region_has_no_council_of_the_specialty_gets_no_statement_button() -> None:
    without_hso = replace(PROPOSAL, council_regions=frozenset({"helse-nord"}))
    assert A.ADD_STATEMENT not in allowed_proposal_actions(ANOTHER_REGUT, without_hso, S.IN_CONSULTATION)
    assert A.ADD_STATEMENT in allowed_proposal_actions(RESPONSIBLE_REGUT, without_hso, S.IN_CONSULTATION)


@pytest.mark.parametrize("principal", [ADMIN, RESPONSIBLE_REGUT, ANOTHER_REGUT, RAISING_TRUST])
def test_health_trusts_regut_and_administrators_raise_proposals(principal: Principal) -> None:
    check_may_raise_proposal(principal)


@pytest.mark.parametrize("principal", [READER, ANONYMOUS], ids=["read", "anonymous"])
def test_readers_and_the_public_raise_no_proposal(principal: Principal) -> None:
    with pytest.raises(NotPermitted) as refused:
        check_may_raise_proposal(principal)
    assert refused.value.rule is None


def test_allowed_actions_are_what_the_workflow_allows_and_the_principal_may() -> None:
    """The buttons a client draws, for the raiser and the responsible RegUt along the workflow."""
    assert allowed_proposal_actions(RAISING_TRUST, PROPOSAL, S.DRAFT) == [A.EDIT, A.SUBMIT, A.WITHDRAW]
    assert allowed_proposal_actions(RAISING_TRUST, PROPOSAL, S.SUBMITTED) == [A.WITHDRAW]
    assert allowed_proposal_actions(RESPONSIBLE_REGUT, PROPOSAL, S.SUBMITTED) == [
        A.OPEN_CONSULTATION,
        A.WITHDRAW,
    ]
    assert allowed_proposal_actions(ANOTHER_REGUT, PROPOSAL, S.IN_CONSULTATION) == [A.ADD_STATEMENT]
    assert allowed_proposal_actions(READER, PROPOSAL, S.IN_CONSULTATION) == []
    assert allowed_proposal_actions(ANONYMOUS, PROPOSAL, S.DRAFT) == []


# --- CONSULTATION-STATEMENT-BY-COUNCIL -------------------------------------------------------------


def statement(council: str, position: Position = Position.SUPPORT, text: str = "") -> Statement:
    return Statement(council, position, text)


def test_one_statement_per_council_and_a_later_one_replaces_it() -> None:
    """CONSULTATION-STATEMENT-BY-COUNCIL: at most one per council; a later one replaces it while the
    consultation is open."""
    first = record_statement({}, statement("nord"), council=NORD_COUNCIL, specialty=SPECIALTY)
    both = record_statement(first, statement("vest"), council=VEST_COUNCIL, specialty=SPECIALTY)
    changed = statement("nord", Position.OPPOSE, "Etter nærmere vurdering")
    after = record_statement(both, changed, council=NORD_COUNCIL, specialty=SPECIALTY)
    assert after == {"nord": changed, "vest": statement("vest")}
    assert first == {"nord": statement("nord")}, "the statements given are not changed"


def test_a_statement_is_added_only_while_the_consultation_is_open() -> None:
    """CONSULTATION-STATEMENT-BY-COUNCIL with PROPOSAL-TRANSITION: statements during the consultation."""
    assert next_status(S.IN_CONSULTATION, A.ADD_STATEMENT) is S.IN_CONSULTATION
    for status in set(ProposalStatus) - {S.IN_CONSULTATION}:
        with pytest.raises(RuleBroken):
            next_status(status, A.ADD_STATEMENT)


def test_the_interregional_council_makes_no_consultation_statement() -> None:
    """CONSULTATION-STATEMENT-BY-COUNCIL: a statement comes from a *regional* council."""
    with pytest.raises(RuleBroken) as refused:
        record_statement({}, statement("ir"), council=IR_COUNCIL, specialty=SPECIALTY)
    assert broken(refused) == [(Rule.CONSULTATION_STATEMENT_BY_COUNCIL, "/council")]
    assert "gives its view in the assessment" in refused.value.violations[0].message


def test_a_council_of_another_specialty_makes_no_statement() -> None:
    """CONSULTATION-STATEMENT-BY-COUNCIL: a regional council *of the proposal's specialty*."""
    with pytest.raises(RuleBroken) as refused:
        record_statement({}, statement("nev"), council=OTHER_SPECIALTY_COUNCIL, specialty=SPECIALTY)
    assert broken(refused) == [(Rule.CONSULTATION_STATEMENT_BY_COUNCIL, "/council")]
    with pytest.raises(RuleBroken) as refused:
        record_statement({}, statement("nev-ir"), council=OTHER_IR_COUNCIL, specialty=SPECIALTY)
    assert len(refused.value.violations) == 2


# --- Opening and closing the consultation: CONSULTATION-CLOSE --------------------------------------

DEADLINE = date(2026, 3, 31)
COUNCILS = {"nord", "midt", "vest", "sor-ost"}


def test_a_consultation_opens_with_a_deadline_after_today() -> None:
    """Opening a consultation: the deadline is a future day (invalid input, no mandate rule)."""
    today = date(2026, 3, 1)
    assert consultation_deadline_problems(today + timedelta(days=1), today) == {}
    for deadline in (today, today - timedelta(days=1)):
        assert set(consultation_deadline_problems(deadline, today)) == {"/deadline"}


def test_on_the_deadline_day_itself_the_consultation_stays_open_for_the_missing_councils() -> None:
    """CONSULTATION-CLOSE: the deadline day is included; a council answering on it is on time."""
    with pytest.raises(RuleBroken) as refused:
        check_consultation_may_close(
            COUNCILS,
            {"nord", "vest"},
            deadline=DEADLINE,
            today=DEADLINE,
            names={"midt": "Regionalt råd Midt", "sor-ost": "Spesialitetsrådet HSØ"},
        )
    assert broken(refused) == [(Rule.CONSULTATION_CLOSE, None)]
    assert refused.value.violations[0].message == (
        "the consultation is open until 2026-03-31 and Regionalt råd Midt or Spesialitetsrådet HSØ have "
        "made no statement yet; it closes when every regional council of the specialty has, or after "
        "the deadline"
    )


def test_the_day_after_the_deadline_the_consultation_closes_whoever_has_answered() -> None:
    """CONSULTATION-CLOSE: or its deadline has passed."""
    check_consultation_may_close(COUNCILS, set(), deadline=DEADLINE, today=DEADLINE + timedelta(days=1))


def test_the_consultation_closes_early_when_every_regional_council_has_answered() -> None:
    """CONSULTATION-CLOSE: every regional council of the specialty has made a statement."""
    check_consultation_may_close(COUNCILS, COUNCILS, deadline=DEADLINE, today=DEADLINE - timedelta(days=20))


def test_statements_of_councils_not_asked_do_not_stand_in_for_those_missing() -> None:
    """CONSULTATION-CLOSE: *every* regional council of the specialty."""
    with pytest.raises(RuleBroken) as refused:
        check_consultation_may_close(
            {"nord", "vest"}, {"nord", "dissolved"}, deadline=DEADLINE, today=date(2026, 3, 1)
        )
    assert "vest has made no statement yet" in refused.value.violations[0].message


def test_a_specialty_without_regional_councils_waits_for_nobody() -> None:
    check_consultation_may_close(set(), set(), deadline=DEADLINE, today=date(2026, 3, 1))


# --- ASSESSMENT-THREE-CONSEQUENCES -----------------------------------------------------------------

FULL = Assessment(
    professional_consequences="Bedre samsvar med dagens praksis.",
    economic_consequences="Ingen vesentlige kostnader.",
    organisational_consequences="Krever endring i rotasjonsplanene.",
    recommendation=Recommendation.ADOPT,
)
FIELDS = ["professional_consequences", "economic_consequences", "organisational_consequences"]


def test_an_assessment_stating_all_three_consequences_is_accepted() -> None:
    """ASSESSMENT-THREE-CONSEQUENCES (001: faglige, økonomiske og organisatoriske konsekvenser)."""
    check_assessment(FULL)


@pytest.mark.parametrize("field", FIELDS)
@pytest.mark.parametrize("missing", [None, "", "  \n"], ids=["absent", "empty", "blank"])
def test_an_assessment_missing_one_consequence_is_refused_at_its_field(
    field: str, missing: str | None
) -> None:
    """ASSESSMENT-THREE-CONSEQUENCES: all three are required."""
    with pytest.raises(RuleBroken) as refused:
        check_assessment(replace(FULL, **{field: missing}))  # type: ignore[arg-type]
    assert broken(refused) == [(Rule.ASSESSMENT_THREE_CONSEQUENCES, f"/{field}")]


def test_an_assessment_with_no_consequences_gets_one_violation_for_each() -> None:
    """ASSESSMENT-THREE-CONSEQUENCES: one violation per missing consequence, in the request's order."""
    empty = Assessment(None, "", None, Recommendation.REJECT)
    with pytest.raises(RuleBroken) as refused:
        check_assessment(empty, pointer="/assessment")
    assert broken(refused) == [
        (Rule.ASSESSMENT_THREE_CONSEQUENCES, f"/assessment/{field}") for field in FIELDS
    ]
    assert (
        refused.value.violations[1].message == "the assessment states the economic consequences of the change"
    )


# --- CONSULTATION-ANSWERED -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("answered", "today", "severity", "status"),
    [
        (False, DEADLINE - timedelta(days=10), Severity.ADVICE, Status.ADVICE),
        (False, DEADLINE, Severity.ADVICE, Status.ADVICE),
        (False, DEADLINE + timedelta(days=1), Severity.VIOLATION, Status.VIOLATION),
        (True, DEADLINE, Severity.ADVICE, Status.OK),
        (True, DEADLINE + timedelta(days=1), Severity.VIOLATION, Status.OK),
    ],
    ids=[
        "unanswered-before-deadline",
        "unanswered-on-deadline-day",
        "unanswered-day-after",
        "answered-on-time",
        "answered-deadline-passed",
    ],
)
def test_an_open_consultation_is_advice_until_its_deadline_and_a_violation_after(
    answered: bool, today: date, severity: Severity, status: Status
) -> None:
    """CONSULTATION-ANSWERED: advice before the deadline (its day included), violation after; ok
    when the council has answered."""
    (finding,) = consultation_findings([OpenConsultation("p-1", DEADLINE, answered)], today)
    assert (finding.rule, finding.subject) == (Rule.CONSULTATION_ANSWERED, "proposal:p-1")
    assert (finding.severity, finding.status) == (severity, status)


def test_each_open_consultation_gets_its_own_finding_saying_what_is_missing() -> None:
    """CONSULTATION-ANSWERED: one finding per open consultation of the council's specialty."""
    found = consultation_findings(
        [
            OpenConsultation("p-1", date(2026, 1, 15), answered=False, title="Nye læringsmål i ANE"),
            OpenConsultation("p-2", date(2026, 3, 31), answered=False),
            OpenConsultation("p-3", date(2026, 1, 1), answered=True),
        ],
        date(2026, 2, 1),
    )
    assert [(f.subject, f.status, f.message) for f in found] == [
        (
            "proposal:p-1",
            Status.VIOLATION,
            'the council made no statement on the proposal "Nye læringsmål i ANE" by its deadline, '
            "2026-01-15",
        ),
        (
            "proposal:p-2",
            Status.ADVICE,
            "the council has not yet made a statement on proposal p-2; the deadline is 2026-03-31",
        ),
        ("proposal:p-3", Status.OK, "the council has made its statement on proposal p-3"),
    ]
    assert consultation_findings([], date(2026, 2, 1)) == []


def test_consultation_answered_is_a_regional_finding_a_violation_after_the_deadline() -> None:
    """CONSULTATION-ANSWERED in the catalogue: a finding of the regional councils, a violation once
    the deadline has passed (before it, the finding itself says advice)."""
    spec = CATALOGUE[Rule.CONSULTATION_ANSWERED]
    assert (spec.topic, spec.kind, spec.profiles) == (Topic.PROPOSALS, Kind.FINDING, REGIONAL_PROFILES)
    assert spec.severity is SEVERITY[Rule.CONSULTATION_ANSWERED] is Severity.VIOLATION


def test_the_proposal_rules_have_the_kind_the_mandate_gives_them() -> None:
    """MANDATE.md's table of the proposal rules and the catalogue agree on each rule's kind."""
    mandate = SHARED / "docs" / "MANDATE.md"
    if not mandate.exists():
        pytest.skip(f"{mandate} is not beside the project")
    section = (
        mandate.read_text(encoding="utf-8").split("## Learning-goal change proposals")[1].split("\n## ")[0]
    )
    rows = re.findall(r"^\| `([A-Z-]+)` \| (guard|finding)", section, re.MULTILINE)
    assert {rule for rule, _ in rows} >= {r.value for r in Rule if CATALOGUE[r].topic is Topic.PROPOSALS}
    for rule, kind in rows:
        assert CATALOGUE[Rule(rule)].kind is Kind(kind), rule


# --- Learning-goal codes ---------------------------------------------------------------------------


@pytest.mark.parametrize("code", ["ANE-001", "KLS-012", "ØNH-120", "ØYE-004", "AB-999", "ABCD-100"])
def test_a_learning_goal_code_is_an_abbreviation_a_hyphen_and_three_digits(code: str) -> None:
    assert LEARNING_GOAL_CODE.fullmatch(code)
    assert learning_goal_code_problems([code]) == {}


@pytest.mark.parametrize(
    "code",
    ["ane-001", "A-001", "ABCDE-001", "ANE-01", "ANE-0001", "ANE001", "ANE-001 ", "ANE-\u0660\u0660\u0661"],
)
def test_other_shapes_are_not_learning_goal_codes(code: str) -> None:
    assert set(learning_goal_code_problems(["ANE-001", code])) == {"/learning_goals/1"}


def test_a_learning_goal_named_twice_is_a_problem() -> None:
    assert learning_goal_code_problems(["ANE-001", "ANE-002", "ANE-001"], "/goals") == {
        "/goals/2": "ANE-001 is named twice"
    }


# --- Properties: the workflow and the buttons never disagree ---------------------------------------

ORGS = [NORDLAND_ORG, FINNMARK_ORG, UNN_ORG, OUS_ORG]
principals = st.sampled_from([*PRINCIPALS.values()]) | st.builds(
    Principal,
    subject=st.just("random"),
    scopes=st.frozensets(st.sampled_from(Scope)),
    org_number=st.none() | st.sampled_from(ORGS),
    regut_region=st.none() | st.sampled_from(REGIONS),
)
proposals = st.builds(
    ProposalFacts,
    specialty=st.just(SPECIALTY),
    responsible_region=st.none() | st.sampled_from(REGIONS),
    raised_by=st.none() | st.sampled_from(ORGS),
    council_regions=st.frozensets(st.sampled_from(REGIONS)),
)
councils = st.none() | st.sampled_from(
    [NORD_COUNCIL, VEST_COUNCIL, IR_COUNCIL, OTHER_SPECIALTY_COUNCIL, OTHER_IR_COUNCIL]
)


def tried(
    principal: Principal,
    proposal: ProposalFacts,
    status: ProposalStatus,
    action: Action,
    council: CouncilKey | None,
) -> ProposalStatus | None:
    """The status after trying `action` as a service would (the transition, then authority); None
    when refused."""
    try:
        after = next_status(status, action)
        check_may_act_on_proposal(principal, proposal, action, for_council=council)
    except (RuleBroken, NotPermitted):
        return None
    return after


@settings(max_examples=500, deadline=None)
@given(principals, proposals, st.sampled_from(ProposalStatus), councils)
def test_allowed_actions_always_agree_with_trying_them(
    principal: Principal, proposal: ProposalFacts, status: ProposalStatus, council: CouncilKey | None
) -> None:
    """PROPOSAL-TRANSITION with the authority rules: a button is drawn exactly when pressing it works."""
    allowed = allowed_proposal_actions(principal, proposal, status, for_council=council)
    assert allowed == [a for a in Action if tried(principal, proposal, status, a, council) is not None]


moves = (
    st.sampled_from(Action) | st.integers(min_value=0, max_value=3) | st.integers(min_value=0, max_value=3)
)
"""An action by name, or the n-th the workflow offers in the status reached (so that random sequences
get past the consultation rather than stalling in draft); either way it is tried like any other."""


actors = st.sampled_from([ADMIN, RESPONSIBLE_REGUT]) | principals
"""Random principals, with those who move a proposal along drawn often enough to get it to its end."""


def chosen(move: Action | int, status: ProposalStatus) -> Action:
    if isinstance(move, Action):
        return move
    offered = [a for a in actions_in(status) if a not in (A.WITHDRAW, A.EDIT, A.ADD_STATEMENT)] or list(
        Action
    )
    return offered[move % len(offered)]


@settings(max_examples=500, deadline=None)
@given(
    proposals,
    st.lists(st.tuples(actors, moves, st.none() | councils), min_size=8, max_size=40),
)
def test_no_sequence_of_actions_leaves_a_proposal_where_the_diagram_does_not_go(
    proposal: ProposalFacts, steps: list[tuple[Principal, Action | int, CouncilKey | None]]
) -> None:
    """PROPOSAL-TRANSITION, COUNCIL-ADVISORY: whoever tries whatever, every accepted step is an arrow
    of the diagram, no decision is made for a council, and a final state is left by no one."""
    status = S.DRAFT
    for principal, move, council in steps:
        action = chosen(move, status)
        after = tried(principal, proposal, status, action, council)
        assert (after is not None) == (
            action in allowed_proposal_actions(principal, proposal, status, for_council=council)
        )
        if after is None:
            continue
        assert DRAWN[status, action] is after
        assert not (action in {A.FORWARD, A.DECLINE, A.RECORD_OUTCOME} and council is not None)
        status = after
    if status in {S.DECLINED, S.DECIDED, S.WITHDRAWN}:
        assert all(allowed_proposal_actions(p, proposal, status) == [] for p in PRINCIPALS.values())
