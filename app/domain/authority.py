"""Who may do what: the authority rules of the mandates, on a principal made of plain values."""

from dataclasses import dataclass
from enum import StrEnum

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
    """Establishing, changing or dissolving a council: the region's RegUt for a regional council;
    the specialty's responsible RegUt for the inter-regional one (IR-CONSTITUTED-BY-RESPONSIBLE-REGUT)."""
    if principal.is_admin:
        return
    if key.kind is CouncilKind.REGIONAL:
        if not is_regut_of(principal, key.region):
            raise NotPermitted(
                f"only the RegUt of {key.region} or an administrator manages its regional councils"
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
    if key.kind is CouncilKind.REGIONAL:
        if not is_regut_of(principal, key.region):
            raise NotPermitted(
                f"the meetings of a regional council in {key.region} are organised by the RegUt of "
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
