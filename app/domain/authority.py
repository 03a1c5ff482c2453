"""Who may do what: the authority rules of the mandates, on a principal made of plain values."""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from app.domain.proposals import DECISIONS, Action, ProposalFacts, ProposalStatus, actions_in
from app.domain.rules import Rule
from app.domain.values import CouncilKey, CouncilKind


class Scope(StrEnum):
    READ = "read"
    """Any registered system: reads everything not personal beyond the public directory."""
    APPOINTMENTS = "appointments"
    """A health trust's system: manages its own trust's seats."""
    REGUT = "regut"
    """A RegUt: councils of its region, inter-regional seats of its region, its specialties' proposals."""
    ADMIN = "admin"
    """A national administrator: everything."""


@dataclass(frozen=True)
class Principal:
    """Who is calling, resolved from a verified token (or nobody)."""

    subject: str
    scopes: frozenset[Scope] = frozenset()
    org_number: str | None = None
    trust: str | None = None
    """The health trust whose organisation number the token carries, if any."""
    trust_region: str | None = None
    regut_region: str | None = None
    """The region whose RegUt this is: a `regut` scope and the org number of the RegUt's host trust."""
    authenticated: bool = True
    org_number_child: str | None = None
    """HelseID's `orgnr_child`: the part of the organisation the calling system acts for."""
    client_name: str | None = None
    """HelseID's name of the calling system, for the audit log."""

    @property
    def is_admin(self) -> bool:
        return Scope.ADMIN in self.scopes

    @property
    def may_read_personal(self) -> bool:
        """Registered systems see full records; the public, and tokens with no scope of this API, do not."""
        return bool(self.scopes)

    @property
    def kind(self) -> str:
        for scope in (Scope.ADMIN, Scope.REGUT, Scope.APPOINTMENTS, Scope.READ):
            if scope in self.scopes:
                return scope.value
        return "anonymous"


ANONYMOUS = Principal("anonymous", authenticated=False)
SYSTEM = Principal("system", frozenset({Scope.ADMIN}))
"""The service itself, for set-up commands run by an operator."""


class NotPermitted(Exception):
    """The principal lacks the authority; `rule` names the mandate rule where one says so."""

    def __init__(self, message: str, rule: Rule | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.rule = rule


def is_regut_of(principal: Principal, region: str | None) -> bool:
    return Scope.REGUT in principal.scopes and region is not None and principal.regut_region == region


def check_may_manage_council(principal: Principal, key: CouncilKey, responsible_region: str | None) -> None:
    """Establishing, changing or dissolving a council: the region's RegUt for a regional council or a
    governance body; the specialty's responsible RegUt for the inter-regional one
    (IR-CONSTITUTED-BY-RESPONSIBLE-REGUT)."""
    if principal.is_admin:
        return
    if key.kind is not CouncilKind.INTERREGIONAL:
        if not is_regut_of(principal, key.region):
            raise NotPermitted(
                f"only the RegUt of {key.region} or an administrator manages its councils and bodies"
            )
        return
    if responsible_region is None:
        raise NotPermitted(
            f"{key.specialty} has no responsible RegUt recorded; until one is, only an administrator "
            "constitutes its inter-regional council",
            Rule.IR_CONSTITUTED_BY_RESPONSIBLE_REGUT,
        )
    if not is_regut_of(principal, responsible_region):
        raise NotPermitted(
            f"the inter-regional council of {key.specialty} is constituted by "
            f"the RegUt of {responsible_region}",
            Rule.IR_CONSTITUTED_BY_RESPONSIBLE_REGUT,
        )


def check_may_act_for_trust(principal: Principal, trust: str, trust_region: str) -> None:
    """APPOINTER-OWN-TRUST: a trust acts for itself; its region's RegUt and administrators for any."""
    if principal.is_admin or is_regut_of(principal, trust_region):
        return
    if Scope.APPOINTMENTS in principal.scopes and principal.trust == trust:
        return
    raise NotPermitted(
        f"{principal.trust or principal.subject} may not act for the health trust {trust}",
        Rule.APPOINTER_OWN_TRUST,
    )


def check_is_admin(principal: Principal, action: str) -> None:
    if not principal.is_admin:
        raise NotPermitted(f"only an administrator may {action}")


def check_may_manage_seat(
    principal: Principal,
    key: CouncilKey,
    *,
    trainee_seat: bool,
    trust: str | None,
    trust_region: str | None,
    region: str | None,
    responsible_region: str | None,
) -> None:
    """Appointing, changing or ending a seat. Regional: the trust itself, its region's RegUt or an
    administrator (APPOINTER-OWN-TRUST). Inter-regional: the RegUt of the region the seat represents
    (IR-ELECTION-BY-REGUT); the common trainee seat, the council's responsible RegUt."""
    if principal.is_admin:
        return
    if key.kind is CouncilKind.REGIONAL:
        if trust is None or trust_region is None:
            raise NotPermitted("a regional seat is appointed by a health trust", Rule.APPOINTER_OWN_TRUST)
        check_may_act_for_trust(principal, trust, trust_region)
        return
    if key.kind is not CouncilKind.INTERREGIONAL:
        # A governance body's member holds a role for a trust (which then acts for itself, as it
        # appoints to councils) or for no trust: the RHF's or RegUt's own, registered by RegUt.
        if trust is not None and trust_region is not None:
            check_may_act_for_trust(principal, trust, trust_region)
        elif not is_regut_of(principal, key.region):
            raise NotPermitted(
                f"a role held for no health trust is registered by the RegUt of {key.region} or an "
                "administrator"
            )
        return
    if trainee_seat:
        if not is_regut_of(principal, responsible_region):
            raise NotPermitted(
                "the common trainee representative is registered by the council's responsible RegUt",
                Rule.IR_ELECTION_BY_REGUT,
            )
        return
    if not is_regut_of(principal, region):
        raise NotPermitted(
            f"the election of {region}'s representative is registered by the RegUt of {region}",
            Rule.IR_ELECTION_BY_REGUT,
        )


def check_may_appoint_to(
    principal: Principal,
    key: CouncilKey,
    *,
    trusts: Mapping[str, str],
    regions: Iterable[str],
    responsible_region: str | None,
) -> None:
    """Whether `principal` manages any seat the council can have (`check_may_manage_seat`): the
    authority over an appointment before its body says which seat. `trusts` are those a seat can be
    held for, with their regions (the appointing trusts; on a governance body also the trust hosting
    RegUt); `regions` those an inter-regional member seat can represent. Refused for every seat, the
    refusal names the rule of the first one that names any."""
    seats: list[tuple[str | None, str | None, bool]]  # (trust, region, trainee seat)
    if key.kind is CouncilKind.INTERREGIONAL:
        seats = [(None, region, False) for region in regions] + [(None, None, True)]
    else:
        seats = [(trust, None, False) for trust in trusts]
        if key.kind is not CouncilKind.REGIONAL:
            seats.append((None, None, False))  # a role held for no trust
    refusals: list[NotPermitted] = []
    for trust, region, trainee_seat in seats or [(None, None, False)]:
        try:
            check_may_manage_seat(
                principal,
                key,
                trainee_seat=trainee_seat,
                trust=trust,
                trust_region=trusts.get(trust) if trust else None,
                region=region,
                responsible_region=responsible_region,
            )
        except NotPermitted as refusal:
            refusals.append(refusal)
        else:
            return
    first = next((r for r in refusals if r.rule is not None), refusals[0])
    raise NotPermitted(f"this system manages none of the council's seats ({first.message})", first.rule)


def check_may_organise_meetings(
    principal: Principal, key: CouncilKey, responsible_region: str | None
) -> None:
    """MEETING-ORGANISER: scheduling, changing, cancelling a council's meetings and recording their
    attendance and minutes. A regional council's: the RegUt of its region (which convenes in Helse
    Sør-Øst, and through whose system the leader convenes in Helse Nord); the inter-regional council's:
    the specialty's responsible RegUt (through which its coordinator convenes); administrators for any.
    A health trust's system never, whatever its trust."""
    if principal.is_admin:
        return
    if key.kind is not CouncilKind.INTERREGIONAL:
        if not is_regut_of(principal, key.region):
            raise NotPermitted(
                f"the meetings of the councils and bodies of {key.region} are organised by the RegUt of "
                f"{key.region} or an administrator",
                Rule.MEETING_ORGANISER,
            )
        return
    if responsible_region is None:
        raise NotPermitted(
            f"{key.specialty} has no responsible RegUt recorded; until one is, only an administrator "
            "organises its inter-regional council's meetings",
            Rule.MEETING_ORGANISER,
        )
    if not is_regut_of(principal, responsible_region):
        raise NotPermitted(
            f"the meetings of the inter-regional council of {key.specialty} are organised by its "
            f"responsible RegUt, the RegUt of {responsible_region}, or an administrator",
            Rule.MEETING_ORGANISER,
        )


def check_may_record_leadership(
    principal: Principal, key: CouncilKey, profile_rules: frozenset[Rule], responsible_region: str | None
) -> None:
    """Recording who leads: whoever manages the council (a council constitutes itself and elects its
    leader; RegUt records it), except where the leader is appointed, not elected: the strategic
    council's by the RHF, for which an administrator acts (HN-STRATEGIC-LEADER-BY-RHF)."""
    if Rule.HN_STRATEGIC_LEADER_BY_RHF in profile_rules:
        if not principal.is_admin:
            raise NotPermitted(
                "the leader of the strategic council for LIS education is appointed by the RHF: only an "
                "administrator, acting for Helse Nord RHF, records it",
                Rule.HN_STRATEGIC_LEADER_BY_RHF,
            )
        return
    check_may_manage_council(principal, key, responsible_region)


# --- Learning-goal change proposals ----------------------------------------------------------------

_PROPOSAL_DOING: dict[Action, str] = {
    Action.EDIT: "edit the proposal",
    Action.SUBMIT: "submit the proposal",
    Action.OPEN_CONSULTATION: "open the consultation on the proposal",
    Action.ADD_STATEMENT: "record a council's statement on the proposal",
    Action.CLOSE_CONSULTATION: "close the consultation on the proposal",
    Action.RECORD_ASSESSMENT: "record the assessment of the proposal",
    Action.FORWARD: "forward the proposal to the Directorate of Health",
    Action.DECLINE: "decline the proposal",
    Action.RECORD_OUTCOME: "record the Directorate's decision on the proposal",
    Action.WITHDRAW: "withdraw the proposal",
}
_RAISER_ACTIONS = frozenset({Action.EDIT, Action.SUBMIT, Action.WITHDRAW})
"""What the organisation that raised a proposal may do with it besides its responsible RegUt."""
_WRITING_SCOPES = frozenset({Scope.APPOINTMENTS, Scope.REGUT, Scope.ADMIN})


def check_may_raise_proposal(principal: Principal) -> None:
    """Raising (creating) a proposal: a health trust's system, a RegUt or an administrator, for any
    specialty (RegUt puts proposals forward on behalf of the health trusts, 001 *Forankring*). No
    mandate rule names who may, so a refusal names none."""
    if not principal.scopes & _WRITING_SCOPES:
        raise NotPermitted("a proposal is raised by a health trust's system, a RegUt or an administrator")


def _raised_by(principal: Principal, raised_by: str | None) -> bool:
    """The organisation that raised the proposal, through a system that writes: a read-only token of
    the same organisation does not act for it."""
    return (
        raised_by is not None
        and principal.org_number == raised_by
        and bool(principal.scopes & {Scope.APPOINTMENTS, Scope.REGUT})
    )


def _either(who: list[str]) -> str:
    return who[0] if len(who) == 1 else f"{', '.join(who[:-1])} or {who[-1]}"


def _interregional(specialty: str) -> CouncilKey:
    return CouncilKey(CouncilKind.INTERREGIONAL, specialty, None)


def _proposal_refusal(
    principal: Principal, proposal: ProposalFacts, action: Action, for_council: CouncilKey | None
) -> NotPermitted | None:
    """Why `principal` may not take `action` on the proposal, or None when it may."""
    doing, specialty, region = _PROPOSAL_DOING[action], proposal.specialty, proposal.responsible_region
    if action in DECISIONS and for_council is not None:
        return NotPermitted(
            f"councils advise and never decide: to {doing} is a decision, never made for a council",
            Rule.COUNCIL_ADVISORY,
        )
    if action is Action.RECORD_ASSESSMENT and for_council not in (None, _interregional(specialty)):
        return NotPermitted(
            f"the assessment is the inter-regional council of {specialty}'s to make, no other council's",
            Rule.ASSESSMENT_BY_IR_COUNCIL,
        )
    if principal.is_admin:
        return None
    responsible = is_regut_of(principal, region)
    regut = None if region is None else f"the RegUt responsible for {specialty} (the RegUt of {region})"
    why = f": {specialty} has no responsible RegUt recorded" if regut is None else ""
    if action in _RAISER_ACTIONS:
        if responsible or _raised_by(principal, proposal.raised_by):
            return None
        who = _either(["the organisation that raised it", *([regut] if regut else []), "an administrator"])
        return NotPermitted(f"only {who} may {doing}{why}", Rule.PROPOSAL_RESPONSIBLE_REGUT)
    if action is Action.ADD_STATEMENT:
        if _records_statement(principal, proposal, for_council):
            return None
        recorder = _statement_recorder(proposal, for_council)
        return NotPermitted(f"only {recorder} or an administrator may {doing}")
    who = _either([*([regut] if regut else []), "an administrator"])
    if responsible:
        return None
    if action is Action.RECORD_ASSESSMENT:
        return NotPermitted(
            f"the inter-regional council of {specialty} makes the assessment; only {who} records it{why}",
            Rule.ASSESSMENT_BY_IR_COUNCIL,
        )
    return NotPermitted(f"only {who} may {doing}{why}", Rule.PROPOSAL_RESPONSIBLE_REGUT)


def _records_statement(principal: Principal, proposal: ProposalFacts, council: CouncilKey | None) -> bool:
    """Who records a council's statement: the RegUt of a regional council's region; the responsible
    RegUt for the inter-regional council (whose statement CONSULTATION-STATEMENT-BY-COUNCIL then
    refuses); with no council named, a RegUt of a region where the specialty has a regional council."""
    if council is None:
        return Scope.REGUT in principal.scopes and principal.regut_region in proposal.council_regions
    if council.kind is CouncilKind.REGIONAL:
        return is_regut_of(principal, council.region)
    return is_regut_of(principal, proposal.responsible_region)


def _statement_recorder(proposal: ProposalFacts, council: CouncilKey | None) -> str:
    if council is None:
        return "the RegUt of a region where the specialty has a regional council"
    if council.kind is CouncilKind.REGIONAL:
        return f"the RegUt of {council.region}"
    return f"the RegUt responsible for {proposal.specialty}"


def check_may_act_on_proposal(
    principal: Principal,
    proposal: ProposalFacts,
    action: Action,
    *,
    for_council: CouncilKey | None = None,
) -> None:
    """Who may take `action` on a proposal; `for_council` is the council the request says it acts
    for, if any (the council of a statement; the council an assessment is recorded for).

    - COUNCIL-ADVISORY: forward, decline and record_outcome are decisions; made for a council they
      are refused whatever the scope, administrators included.
    - edit, submit, withdraw: the organisation that raised the proposal (same organisation number,
      through a trust's or a RegUt's system), the responsible RegUt, or an administrator
      (PROPOSAL-RESPONSIBLE-REGUT).
    - open_consultation, close_consultation, forward, decline, record_outcome: the responsible RegUt
      or an administrator; with none recorded, an administrator only (PROPOSAL-RESPONSIBLE-REGUT).
    - record_assessment: the inter-regional council of the specialty, through its responsible RegUt,
      or an administrator; for another council, refused whatever the scope (ASSESSMENT-BY-IR-COUNCIL).
    - add_statement: recorded for a regional council by the RegUt of its region (as its meetings are,
      MEETING-ORGANISER) or an administrator; with no council named, by a RegUt of a region where the
      specialty has a regional council. No mandate rule says who records a council's statement, so a
      refusal names none (CONSULTATION-STATEMENT-BY-COUNCIL is the guard on *which* council answers,
      `proposals.record_statement`).

    Whether the action is possible in the proposal's status is `proposals.next_status`'s to say."""
    refusal = _proposal_refusal(principal, proposal, action, for_council)
    if refusal is not None:
        raise refusal


def allowed_proposal_actions(
    principal: Principal,
    proposal: ProposalFacts,
    status: ProposalStatus,
    *,
    for_council: CouncilKey | None = None,
) -> list[Action]:
    """The actions `principal` may take on the proposal now, in workflow order: those the workflow
    allows in `status` (`proposals.next_status` accepts) and whose authority passes
    (`check_may_act_on_proposal` accepts), so a client can draw its buttons."""
    return [
        action
        for action in actions_in(status)
        if _proposal_refusal(principal, proposal, action, for_council) is None
    ]
