"""Learning-goal change proposals: the workflow a proposal follows, the regional councils'
consultation, the inter-regional council's assessment (MANDATE.md, Learning-goal change proposals).

A proposal asks the Directorate of Health (*Helsedirektoratet*) to change a specialty's learning goals
(*læringsmål*), their explanatory text (*utdypende tekst*) or the national learning activities
(*læringsaktiviteter*). RegUt puts it forward and takes a position on it on behalf of the health
trusts, with an assessment of its professional, organisational and economic consequences (001
*Forankring*); the regional councils answer the consultation (*svare ut høringer*, 002 §3); the
inter-regional council assesses the consequences (001 *Ansvar og oppgaver*); no council decides
(001 *Formål og myndighet*: *Rådene har ikke beslutningsmyndighet*).

Who may take which action is decided in `authority.py` (`check_may_act_on_proposal`,
`allowed_proposal_actions`), on the `ProposalFacts` defined here.

Days are dates in Norway: the caller passes `today` (`app.clock.today_in_oslo()`), and a consultation's
deadline is the last day, in Oslo, on which a statement is on time.
"""

import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from app.domain.compliance import SEVERITY, Finding, Severity, Status
from app.domain.errors import RuleBroken, Violation, refuse_if_any
from app.domain.rules import Rule
from app.domain.values import CouncilKey, CouncilKind


class ProposalKind(StrEnum):
    LEARNING_GOAL = "learning_goal"
    """A change to the learning goals themselves (læringsmål)."""
    EXPLANATORY_TEXT = "explanatory_text"
    """A change to a learning goal's explanatory text (utdypende tekst)."""
    LEARNING_ACTIVITY = "learning_activity"
    """A change to the nationally recommended learning activities, the courses (læringsaktiviteter)."""


class ProposalStatus(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    IN_CONSULTATION = "in_consultation"
    """The regional councils of the specialty are asked for their statements (høring)."""
    IN_ASSESSMENT = "in_assessment"
    """The inter-regional council assesses the consequences."""
    ASSESSED = "assessed"
    FORWARDED = "forwarded"
    """RegUt has forwarded it to the Directorate of Health, which decides."""
    DECLINED = "declined"
    """RegUt has declined to forward it."""
    DECIDED = "decided"
    """The Directorate's outcome is recorded."""
    WITHDRAWN = "withdrawn"


class Action(StrEnum):
    """Everything a client can do with a proposal once it exists, in the order of the workflow: the
    transitions of the diagram, and the two actions that leave the status as it is (`edit` a draft,
    `add_statement` to an open consultation). Raising (creating) a proposal is not one: it acts on no
    proposal (`authority.check_may_raise_proposal`)."""

    EDIT = "edit"
    SUBMIT = "submit"
    OPEN_CONSULTATION = "open_consultation"
    ADD_STATEMENT = "add_statement"
    CLOSE_CONSULTATION = "close_consultation"
    RECORD_ASSESSMENT = "record_assessment"
    FORWARD = "forward"
    DECLINE = "decline"
    RECORD_OUTCOME = "record_outcome"
    WITHDRAW = "withdraw"


class Position(StrEnum):
    """A regional council's position in its consultation statement."""

    SUPPORT = "support"
    OPPOSE = "oppose"
    NEUTRAL = "neutral"


class Recommendation(StrEnum):
    """What the inter-regional council's assessment recommends; the same three ends as `Outcome`, so a
    recommendation can be read beside the Directorate's decision."""

    ADOPT = "adopt"
    ADOPT_WITH_CHANGES = "adopt_with_changes"
    REJECT = "reject"


class Outcome(StrEnum):
    """The Directorate of Health's decision on a forwarded proposal."""

    ADOPTED = "adopted"
    ADOPTED_WITH_CHANGES = "adopted_with_changes"
    REJECTED = "rejected"


_S, _A = ProposalStatus, Action

WITHDRAWABLE: frozenset[ProposalStatus] = frozenset(
    {_S.DRAFT, _S.SUBMITTED, _S.IN_CONSULTATION, _S.IN_ASSESSMENT, _S.ASSESSED}
)
"""The states before `forwarded`: once the Directorate has the proposal, it is its to decide."""

_DRAWN: dict[ProposalStatus, dict[Action, ProposalStatus]] = {
    _S.DRAFT: {_A.EDIT: _S.DRAFT, _A.SUBMIT: _S.SUBMITTED},
    _S.SUBMITTED: {_A.OPEN_CONSULTATION: _S.IN_CONSULTATION},
    _S.IN_CONSULTATION: {_A.ADD_STATEMENT: _S.IN_CONSULTATION, _A.CLOSE_CONSULTATION: _S.IN_ASSESSMENT},
    _S.IN_ASSESSMENT: {_A.RECORD_ASSESSMENT: _S.ASSESSED},
    _S.ASSESSED: {_A.FORWARD: _S.FORWARDED, _A.DECLINE: _S.DECLINED},
    _S.FORWARDED: {_A.RECORD_OUTCOME: _S.DECIDED},
    _S.DECLINED: {},
    _S.DECIDED: {},
    _S.WITHDRAWN: {},
}

WORKFLOW: Mapping[ProposalStatus, Mapping[Action, ProposalStatus]] = {
    status: moves | ({_A.WITHDRAW: _S.WITHDRAWN} if status in WITHDRAWABLE else {})
    for status, moves in _DRAWN.items()
}
"""PROPOSAL-TRANSITION: each status → the actions possible in it → the status after. Exactly the
diagram of MANDATE.md: its arrows, `withdraw` from every state before `forwarded`, and the two actions
that keep the status, `edit` (draft) and `add_statement` (in_consultation)."""

FINAL: frozenset[ProposalStatus] = frozenset(s for s, moves in WORKFLOW.items() if not moves)
"""declined, decided, withdrawn: nothing more happens to the proposal."""

DECISIONS: frozenset[Action] = frozenset({_A.FORWARD, _A.DECLINE, _A.RECORD_OUTCOME})
"""COUNCIL-ADVISORY: the actions that decide a proposal's fate; never made for a council."""


def actions_in(status: ProposalStatus) -> list[Action]:
    """The actions the workflow allows in `status`, whoever asks, in workflow order."""
    return [action for action in Action if action in WORKFLOW[status]]


def _either(words: Sequence[str]) -> str:
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} or {words[-1]}"


def next_status(status: ProposalStatus, action: Action) -> ProposalStatus:
    """PROPOSAL-TRANSITION: the status after `action`; `edit` and `add_statement` keep it. Refused
    when the diagram has no such move, naming the current state and what it allows."""
    after = WORKFLOW[status].get(action)
    if after is None:
        possible = actions_in(status)
        choices = _either(possible) if possible else "it is final, nothing more can be done"
        raise RuleBroken(
            [Violation(Rule.PROPOSAL_TRANSITION, f"the proposal is {status}: {choices}; not {action}")]
        )
    return after


@dataclass(frozen=True)
class ProposalFacts:
    """What authority over a proposal depends on, as plain values (`authority.py` decides on them)."""

    specialty: str
    responsible_region: str | None
    """The region whose RegUt is responsible for the specialty (spesialitetskontakt RegUt); None while
    none is recorded (SPECIALTY-RESPONSIBLE-REGUT: only an administrator acts in its place)."""
    raised_by: str | None
    """The organisation number of the organisation that raised the proposal; None if it has none (an
    administrator raised it)."""
    council_regions: frozenset[str]
    """The regions where the specialty has a regional council: the RegUts that may record statements."""


# --- CONSULTATION-STATEMENT-BY-COUNCIL -------------------------------------------------------------


@dataclass(frozen=True)
class Statement:
    """A regional council's consultation statement (innspill, høringssvar) on a proposal."""

    council: str
    """The id of the council whose statement it is."""
    position: Position
    text: str = ""


def record_statement(
    statements: Mapping[str, Statement],
    statement: Statement,
    *,
    council: CouncilKey,
    specialty: str,
    pointer: str = "/council",
) -> dict[str, Statement]:
    """CONSULTATION-STATEMENT-BY-COUNCIL: the statements by council id once `statement` is recorded.

    `council` describes `statement.council`; `specialty` is the proposal's. A statement comes from a
    regional council of the proposal's specialty (an inter-regional council assesses, it does not
    answer the consultation); one per council, so a later statement replaces the council's earlier one.
    That the consultation is open is `next_status(status, Action.ADD_STATEMENT)`'s to say. A statement
    after the deadline is still taken while the consultation is open: late is better than never, and
    CONSULTATION-ANSWERED reports the lateness."""
    violations = []
    if council.kind is not CouncilKind.REGIONAL:
        violations.append(
            Violation(
                Rule.CONSULTATION_STATEMENT_BY_COUNCIL,
                "a consultation statement comes from a regional council; the inter-regional council "
                "gives its view in the assessment",
                pointer,
            )
        )
    if council.specialty != specialty:
        violations.append(
            Violation(
                Rule.CONSULTATION_STATEMENT_BY_COUNCIL,
                f"the proposal concerns {specialty}; a council of {council.specialty} does not answer "
                "its consultation",
                pointer,
            )
        )
    refuse_if_any(violations)
    return {**statements, statement.council: statement}


# --- Opening and closing the consultation ----------------------------------------------------------


def deadline_passed(deadline: date, today: date) -> bool:
    """Whether a consultation's deadline has passed: the deadline day itself is still on time."""
    return today > deadline


def consultation_deadline_problems(deadline: date, today: date) -> dict[str, str]:
    """What is wrong with the deadline of a consultation being opened, by JSON Pointer; empty when
    nothing is. The councils need at least a day: the deadline is after today. No mandate rule says
    so, so this names none: the service refuses with `invalid(message, pointer=...)`, REQUEST-INVALID."""
    if deadline <= today:
        return {"/deadline": f"a consultation's deadline is a day after today ({today}), not {deadline}"}
    return {}


def check_consultation_may_close(
    regional_councils: Collection[str],
    stated: Collection[str],
    *,
    deadline: date,
    today: date,
    names: Mapping[str, str] | None = None,
) -> None:
    """CONSULTATION-CLOSE: the consultation closes once every regional council of the specialty
    (`regional_councils`, their ids) has made a statement (`stated`: the ids of the councils that
    have), or its deadline has passed: from the day after the deadline. A specialty with no regional
    council has nobody to wait for. Refused naming the councils still missing and the deadline."""
    missing = sorted(set(regional_councils) - set(stated))
    if not missing or deadline_passed(deadline, today):
        return
    named = [(names or {}).get(council, council) for council in missing]
    raise RuleBroken(
        [
            Violation(
                Rule.CONSULTATION_CLOSE,
                f"the consultation is open until {deadline} and {_either(named)} "
                f"{'has' if len(named) == 1 else 'have'} made no statement yet; it closes when every "
                "regional council of the specialty has, or after the deadline",
            )
        ]
    )


# --- ASSESSMENT-THREE-CONSEQUENCES -----------------------------------------------------------------


@dataclass(frozen=True)
class Assessment:
    """The inter-regional council's assessment: faglige, økonomiske og organisatoriske konsekvenser."""

    professional_consequences: str | None
    economic_consequences: str | None
    organisational_consequences: str | None
    recommendation: Recommendation


CONSEQUENCES = {
    "professional_consequences": "professional",
    "economic_consequences": "economic",
    "organisational_consequences": "organisational",
}
"""The assessment's three consequence fields, as the request names them, and what each states."""


def check_assessment(assessment: Assessment, pointer: str = "") -> None:
    """ASSESSMENT-THREE-CONSEQUENCES: professional, economic and organisational consequences are all
    stated (001 *Ansvar og oppgaver*, *Forankring*); one violation for each one missing or blank, at
    `/professional_consequences`, `/economic_consequences`, `/organisational_consequences`."""
    refuse_if_any(
        Violation(
            Rule.ASSESSMENT_THREE_CONSEQUENCES,
            f"the assessment states the {what} consequences of the change",
            f"{pointer}/{field}",
        )
        for field, what in CONSEQUENCES.items()
        if not (getattr(assessment, field) or "").strip()
    )


# --- CONSULTATION-ANSWERED -------------------------------------------------------------------------


@dataclass(frozen=True)
class OpenConsultation:
    """A consultation open on a proposal of a regional council's specialty, as that council sees it."""

    proposal: str
    """The proposal's id."""
    deadline: date
    answered: bool
    """Whether this council has made its statement."""
    title: str | None = None


def consultation_findings(consultations: Iterable[OpenConsultation], today: date) -> list[Finding]:
    """CONSULTATION-ANSWERED: one finding per open consultation of the council's specialty, subject
    `proposal:<id>`. Answered is `ok`. Unanswered is advice while the deadline has not passed (the
    deadline day included) and a violation after it (the catalogue's severity): the finding's severity
    says which, and its status follows it."""
    return [_answered(consultation, today) for consultation in consultations]


def _answered(consultation: OpenConsultation, today: date) -> Finding:
    late = deadline_passed(consultation.deadline, today)
    severity = SEVERITY[Rule.CONSULTATION_ANSWERED] if late else Severity.ADVICE
    about, deadline = consultation.title or consultation.proposal, consultation.deadline
    what = f'the proposal "{about}"' if consultation.title else f"proposal {about}"
    if consultation.answered:
        status, message = Status.OK, f"the council has made its statement on {what}"
    elif late:
        status = Status(severity.value)
        message = f"the council made no statement on {what} by its deadline, {deadline}"
    else:
        status = Status(severity.value)
        message = f"the council has not yet made a statement on {what}; the deadline is {deadline}"
    return Finding(
        Rule.CONSULTATION_ANSWERED,
        severity,
        status,
        f"proposal:{consultation.proposal}",
        message,
        {"title": consultation.title or "", "deadline": deadline},
    )


# --- Learning-goal codes ---------------------------------------------------------------------------

LEARNING_GOAL_CODE = re.compile(r"[A-ZÆØÅ]{2,4}-[0-9]{3}")
"""A learning goal's code: the specialty's abbreviation (two to four capital letters, Norwegian ones
included, as in ØNH), a hyphen and three digits: `ANE-001`, `ØNH-012`. The shape, not a closed list."""


def learning_goal_code_problems(codes: Sequence[str], pointer: str = "/learning_goals") -> dict[str, str]:
    """What is wrong with the learning-goal codes a proposal names, by JSON Pointer; empty when nothing
    is. A code of another shape, or one named twice. No mandate rule: REQUEST-INVALID."""
    problems: dict[str, str] = {}
    seen: set[str] = set()
    for index, code in enumerate(codes):
        if not LEARNING_GOAL_CODE.fullmatch(code):
            problems[f"{pointer}/{index}"] = (
                f"{code!r} is not a learning-goal code: two to four capital letters, a hyphen and three "
                "digits, such as ANE-001"
            )
        elif code in seen:
            problems[f"{pointer}/{index}"] = f"{code} is named twice"
        seen.add(code)
    return problems
