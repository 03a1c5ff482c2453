"""Seats and terms: who may hold which seat on a council, and when (MANDATE.md, Seats and terms).

Rules over time are about overlapping terms, not just today: a seat that starts next year must not
collide with one that will still run then.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from enum import StrEnum

from app.domain.errors import Violation, refuse_if_any
from app.domain.profiles import Holders, MandateProfile, MemberRoles, RoleTrust
from app.domain.rules import Rule
from app.domain.values import Competence, CouncilKey, CouncilKind, MemberRole


class SeatKind(StrEnum):
    MEMBER = "member"
    TRAINEE = "trainee"
    """The inter-regional council's common trainee representative (LIS)."""


class EducationRole(StrEnum):
    LOCAL_COMMITTEE_LEADER = "local_committee_leader"
    """Leder av lokalt utdanningsutvalg."""
    EDUCATION_RESPONSIBLE_CONSULTANT = "education_responsible_consultant"
    """Utdanningsansvarlig overlege."""
    EDUCATION_COMMITTEE_MEMBER = "education_committee_member"
    """Medlem av utdanningsutvalg."""
    REGIONAL_PROFESSIONAL_COUNCIL_MEMBER = "regional_professional_council_member"
    """Medlem av regionalt fagråd."""


@dataclass(frozen=True)
class Qualifications:
    """What the appointing organisation declares about the person for this seat."""

    specialist_in_specialty: bool = False
    senior_consultant: bool = False
    trainee: bool = False
    education_roles: frozenset[EducationRole] = frozenset()
    competences: frozenset[Competence] = frozenset()
    """What the person brings to the council's mix of competences (IR-COMPETENCE-MIX)."""


def add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a year without one
        return day.replace(year=day.year + years, day=28)


@dataclass(frozen=True)
class Term:
    """From `starts_on` to `ends_on`, both days included; open-ended when `ends_on` is None."""

    starts_on: date
    ends_on: date | None = None

    @property
    def in_order(self) -> bool:
        """TERM-ORDER: both days are included, so a term that ends on its first day lasts that day."""
        return self.ends_on is None or self.ends_on >= self.starts_on

    def covers(self, day: date) -> bool:
        return self.starts_on <= day and (self.ends_on is None or day <= self.ends_on)

    def overlaps(self, other: "Term") -> bool:
        return (other.ends_on is None or self.starts_on <= other.ends_on) and (
            self.ends_on is None or other.starts_on <= self.ends_on
        )

    def lasts_at_least(self, years: int) -> bool:
        return self.ends_on is None or self.ends_on >= add_years(self.starts_on, years) - timedelta(days=1)

    def lasts_at_most(self, years: int) -> bool:
        return self.ends_on is not None and self.ends_on <= add_years(self.starts_on, years) - timedelta(
            days=1
        )


def term_of_years(starts_on: date, years: int) -> Term:
    return Term(starts_on, add_years(starts_on, years) - timedelta(days=1))


@dataclass(frozen=True)
class Seat:
    """A representative: a person holding a seat on a council for a term."""

    id: str
    person: str
    kind: SeatKind
    term: Term
    trust: str | None = None
    """The appointing health trust (regional councils)."""
    region: str | None = None
    """The region whose regional council the person represents (inter-regional member seats)."""
    deputy: str | None = None
    qualifications: Qualifications = field(default_factory=Qualifications)
    role: MemberRole | None = None
    """The member's role in a governance body (seed 004); None on a council."""
    position_share: int | None = None
    """The share of a position, in percent, the member has set aside for the body's work."""


@dataclass(frozen=True)
class Council:
    """What the seat rules need to know about a council."""

    key: CouncilKey
    profile: MandateProfile
    appointing_trusts: frozenset[str] = frozenset()
    trust_regions: dict[str, str] = field(default_factory=dict)
    """Region of every trust a seat names (for TRUST-IN-REGION)."""
    regut_host: str | None = None
    """The trust hosting the RegUt of the council's region (`RoleTrust.REGUT_HOST`)."""


def most_at_once(terms: Sequence[Term], within: Term) -> int:
    """The largest number of `terms` running on any one day of `within`."""
    running = [t for t in terms if t.overlaps(within)]
    starts = {within.starts_on} | {t.starts_on for t in running if within.covers(t.starts_on)}
    return max((sum(t.covers(day) for t in running) for day in starts), default=0)


def _describe(term: Term) -> str:
    return f"{term.starts_on} to {term.ends_on or 'further notice'}"


def check_seat(
    council: Council,
    others: Iterable[Seat],
    seat: Seat,
    *,
    regional_terms_of_person: Sequence[Term] = (),
) -> None:
    """Every guard on a seat as appointed or changed; `others` are the council's other seats,
    ended ones included; `regional_terms_of_person` are the person's terms on the regional council
    of `seat.region` for the same specialty (inter-regional member seats)."""
    rivals = [other for other in others if other.id != seat.id and other.term.overlaps(seat.term)]
    violations: list[Violation] = []
    term, profile = seat.term, council.profile

    if not term.in_order:
        violations.append(
            Violation(Rule.TERM_ORDER, "a term ends on or after its first day, not before it", "/ends_on")
        )
    if any(other.person == seat.person for other in rivals):
        violations.append(
            Violation(
                Rule.SEAT_NO_OVERLAP,
                "the person already holds a seat on this council in that period",
                "/person",
            )
        )
    if any(other.deputy == seat.person for other in rivals):
        violations.append(
            Violation(Rule.DEPUTY_DISTINCT, "the person is the deputy of a sitting representative", "/person")
        )
    if seat.deputy is not None:
        sitting = {other.person for other in rivals}
        if seat.deputy == seat.person or seat.deputy in sitting:
            violations.append(
                Violation(
                    Rule.DEPUTY_DISTINCT,
                    "a deputy is neither the representative nor another sitting representative",
                    "/deputy",
                )
            )

    if council.profile.member_roles is not None:
        violations.extend(_body_violations(council, council.profile.member_roles, rivals, seat))
    elif council.key.kind is CouncilKind.REGIONAL:
        violations.extend(_regional_violations(council, rivals, seat))
    else:
        violations.extend(_interregional_violations(council, rivals, seat, regional_terms_of_person))

    if (
        Rule.HSO_MIN_TERM in profile.rules
        and profile.min_term_years
        and not term.lasts_at_least(profile.min_term_years)
    ):
        violations.append(
            Violation(Rule.HSO_MIN_TERM, f"a term lasts at least {profile.min_term_years} years", "/ends_on")
        )
    if (
        Rule.IR_TERM_FOUR_YEARS in profile.rules
        and profile.max_term_years
        and not term.lasts_at_most(profile.max_term_years)
    ):
        violations.append(
            Violation(
                Rule.IR_TERM_FOUR_YEARS, f"a term lasts at most {profile.max_term_years} years", "/ends_on"
            )
        )
    refuse_if_any(violations)


def _appointing_trust_violations(council: Council, trust: str) -> Iterable[Violation]:
    """TRUST-IN-REGION, TRUST-HAS-SEAT: the trust is one that appoints to the council."""
    trust_region = council.trust_regions.get(trust)
    if trust_region != council.key.region:
        yield Violation(
            Rule.TRUST_IN_REGION, f"{trust} belongs to {trust_region}, not to {council.key.region}", "/trust"
        )
    elif trust not in council.appointing_trusts:
        yield Violation(
            Rule.TRUST_HAS_SEAT, f"{trust} is not one of the council's appointing trusts", "/trust"
        )


def _regional_violations(council: Council, rivals: list[Seat], seat: Seat) -> Iterable[Violation]:
    profile, trust = council.profile, seat.trust
    if seat.kind is not SeatKind.MEMBER:
        yield Violation(Rule.TRUST_HAS_SEAT, "a regional council has member seats only", "/seat")
    if trust is None:
        yield Violation(
            Rule.TRUST_HAS_SEAT, "a regional council's seat is appointed by a health trust", "/trust"
        )
        return
    yield from _appointing_trust_violations(council, trust)
    same_trust = [other for other in rivals if other.trust == trust]
    if same_trust:
        yield Violation(
            Rule.ONE_PER_TRUST,
            f"{trust} already has a representative from {_describe(same_trust[0].term)}",
            "/trust",
        )
    limit = profile.max_members if Rule.HN_MAX_FOUR in profile.rules else None
    if limit is not None and most_at_once([other.term for other in rivals], seat.term) + 1 > limit:
        yield Violation(
            Rule.HN_MAX_FOUR, f"the council would have more than {limit} representatives", "/starts_on"
        )
    if Rule.HN_SPECIALIST in profile.rules and not seat.qualifications.specialist_in_specialty:
        yield Violation(
            Rule.HN_SPECIALIST,
            "a representative is an employed specialist in the council's specialty",
            "/qualifications/specialist_in_specialty",
        )
    if Rule.HSO_SENIOR_CONSULTANT in profile.rules and not seat.qualifications.senior_consultant:
        yield Violation(
            Rule.HSO_SENIOR_CONSULTANT,
            "a representative is an experienced senior consultant (overlege) in the trust's LIS education",
            "/qualifications/senior_consultant",
        )
    if Rule.HSO_DEPUTY_REQUIRED in profile.rules and seat.deputy is None:
        yield Violation(
            Rule.HSO_DEPUTY_REQUIRED, "the trust appoints a representative and a deputy together", "/deputy"
        )


def _interregional_violations(
    council: Council, rivals: list[Seat], seat: Seat, regional_terms_of_person: Sequence[Term]
) -> Iterable[Violation]:
    if seat.trust is not None:
        yield Violation(
            Rule.IR_ONE_PER_REGION, "inter-regional seats belong to regions, not to trusts", "/trust"
        )
    if seat.kind is SeatKind.TRAINEE:
        if any(other.kind is SeatKind.TRAINEE for other in rivals):
            yield Violation(
                Rule.IR_TRAINEE_SEAT, "the council already has its trainee representative then", "/seat"
            )
        if not seat.qualifications.trainee or seat.qualifications.specialist_in_specialty:
            yield Violation(
                Rule.IR_TRAINEE_SEAT,
                "the trainee representative is a doctor in specialist training (LIS), not a specialist",
                "/qualifications/trainee",
            )
        return
    if seat.region is None:
        yield Violation(
            Rule.IR_ONE_PER_REGION, "a member seat represents a region's regional council", "/region"
        )
        return
    if any(other.kind is SeatKind.MEMBER and other.region == seat.region for other in rivals):
        yield Violation(
            Rule.IR_ONE_PER_REGION, f"{seat.region} already has its representative in that period", "/region"
        )
    if not any(term.covers(seat.term.starts_on) for term in regional_terms_of_person):
        yield Violation(
            Rule.IR_FROM_REGIONAL_COUNCIL,
            f"the person holds no seat on the regional council of {seat.region} on {seat.term.starts_on}",
            "/person",
        )


def _body_violations(
    council: Council, roles: MemberRoles, rivals: list[Seat], seat: Seat
) -> Iterable[Violation]:
    """HN-STRATEGIC-COMPOSITION, HN-WORKING-COMMITTEE, HN-FORUM-ONE-PER-TRUST: a governance body's
    member holds one of its roles, for the trust the role belongs to, and no one else holds that role
    (for that trust) at the same time; the profile's `member_roles` says which roles, whose and how
    many."""
    rule, role, trust = roles.guard, seat.role, seat.trust
    if seat.kind is not SeatKind.MEMBER:
        yield Violation(rule, "a governance body has member seats only", "/seat", conflict=False)
    if role is None or role not in roles.roles:
        allowed = ", ".join(roles.roles)
        yield Violation(rule, f"a member holds one of the roles {allowed}", "/role", conflict=False)
        return
    whose = roles.roles[role]
    if whose is RoleTrust.APPOINTING:
        if trust is None:
            yield Violation(
                rule,
                f"a {role} holds the role for one of the region's health trusts",
                "/trust",
                conflict=False,
            )
            return
        yield from _appointing_trust_violations(council, trust)
    elif whose is RoleTrust.REGUT_HOST and (council.regut_host is None or trust != council.regut_host):
        host = council.regut_host or "the trust hosting RegUt (none is recorded for the region)"
        yield Violation(
            rule, f"the {role} on this body is the one of {host}, which hosts RegUt", "/trust", conflict=False
        )
    elif whose is RoleTrust.NONE and trust is not None:
        yield Violation(rule, f"the {role} holds the role for no health trust", "/trust", conflict=False)
    same_role = [other for other in rivals if other.role == role]
    if roles.holders is Holders.PER_TRUST:
        same_role = [other for other in same_role if other.trust == trust]
    if same_role:
        held_for = f" for {trust}" if roles.holders is Holders.PER_TRUST else ""
        yield Violation(
            rule,
            f"the {role}{held_for} is held from {_describe(same_role[0].term)}",
            "/role",
            conflict=True,
        )
    least = roles.min_position_share
    if least is not None and (seat.position_share is None or seat.position_share < least):
        yield Violation(
            rule,
            f"a member has at least {least} % of a position set aside for the work",
            "/position_share",
            conflict=False,
        )


def default_term(profile: MandateProfile, starts_on: date) -> Term:
    """A term as the mandate sets it when the request gives no end: four years on the inter-regional
    council (IR-TERM-FOUR-YEARS), otherwise until further notice."""
    if profile.default_term_years is not None and profile.max_term_years is not None:
        return term_of_years(starts_on, profile.default_term_years)
    return Term(starts_on)


def ended(seat: Seat, on: date) -> Seat:
    """The seat as ended early on `on` (its last day)."""
    return replace(seat, term=Term(seat.term.starts_on, on))


def may_withdraw(term: Term, registered_on: date, today: date, *, by_seat_manager: bool) -> bool:
    """May the seat be withdrawn, deleted as though never appointed, rather than ended?

    Before its term begins, yes: it has no history yet. Once begun it is history, but on the day it
    was registered the organisation that manages it may still undo its own mistake. Whoever manages
    only the council ends seats to dissolve it; that gives no right to erase them."""
    if today < term.starts_on:
        return True
    return by_seat_manager and registered_on == today
