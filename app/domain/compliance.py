"""Composition and leadership findings: standing conditions a council may be in, never a reason to
refuse a write (MANDATE.md: findings)."""

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from app.domain.leadership import Leadership
from app.domain.profiles import TERM_EXPIRY_NOTICE_DAYS, MandateProfile, RoleTrust
from app.domain.rules import Rule
from app.domain.seats import EducationRole, Seat, SeatKind
from app.domain.values import CouncilKind

EXPIRY_NOTICE = timedelta(days=TERM_EXPIRY_NOTICE_DAYS)
NameOf = Callable[[str | None], str]
Param = str | int | date | tuple[str, ...]
"""A finding's parameter as plain data: a code (trust, region, role, competence), a person's name, a
count, a date, or several codes; a page or a spreadsheet words it in the reader's language."""


class Severity(StrEnum):
    VIOLATION = "violation"
    """The mandate is not met."""
    ADVICE = "advice"
    """The mandate's preference (fortrinnsvis, bør) is not met."""


class Status(StrEnum):
    VIOLATION = "violation"
    ADVICE = "advice"
    PENDING = "pending"
    OK = "ok"


SEVERITY: dict[Rule, Severity] = {
    Rule.SEAT_VACANT: Severity.VIOLATION,
    Rule.IR_SEAT_VACANT: Severity.VIOLATION,
    Rule.IR_TRAINEE_PROPOSED: Severity.ADVICE,
    Rule.IR_COMPETENCE_MIX: Severity.ADVICE,
    Rule.HN_STRATEGIC_COMPLETE: Severity.VIOLATION,
    Rule.HN_STRATEGIC_TWICE_YEARLY: Severity.VIOLATION,
    Rule.HN_FORUM_COMPLETE: Severity.VIOLATION,
    Rule.HN_DEPUTY_DESIGNATED: Severity.VIOLATION,
    Rule.HN_PREFERRED_ROLE: Severity.ADVICE,
    Rule.HSO_PREFERRED_ROLE: Severity.ADVICE,
    Rule.IR_PREFERRED_LEADER: Severity.ADVICE,
    Rule.LEADER_ELECTED: Severity.VIOLATION,
    Rule.HSO_DEPUTY_LEADER: Severity.VIOLATION,
    Rule.IR_COORDINATOR: Severity.VIOLATION,
    Rule.TERM_EXPIRING: Severity.ADVICE,
    Rule.HN_HALF_YEARLY: Severity.VIOLATION,
    Rule.HN_REGUT_ANNUAL: Severity.VIOLATION,
    Rule.HSO_ANNUAL: Severity.VIOLATION,
    Rule.DEFAULT_ANNUAL: Severity.VIOLATION,
    Rule.IR_TWICE_YEARLY: Severity.VIOLATION,
    Rule.IR_REGUT_ATTENDS: Severity.VIOLATION,
    # After the deadline; before it an unanswered consultation is advice (proposals.consultation_findings).
    Rule.CONSULTATION_ANSWERED: Severity.VIOLATION,
}

PREFERRED_ROLES: dict[Rule, frozenset[EducationRole]] = {
    Rule.HN_PREFERRED_ROLE: frozenset(
        {EducationRole.LOCAL_COMMITTEE_LEADER, EducationRole.EDUCATION_RESPONSIBLE_CONSULTANT}
    ),
    Rule.HSO_PREFERRED_ROLE: frozenset(
        {
            EducationRole.EDUCATION_RESPONSIBLE_CONSULTANT,
            EducationRole.EDUCATION_COMMITTEE_MEMBER,
            EducationRole.REGIONAL_PROFESSIONAL_COUNCIL_MEMBER,
        }
    ),
}


@dataclass(frozen=True)
class Finding:
    rule: Rule
    severity: Severity
    status: Status
    subject: str
    """What it is about: `trust:<code>`, `trust:<code>/<role>` (a governance body's role for a trust),
    `region:<code>`, `seat:<id>`, `trainee-seat`, `competence:<competence>`, `council`, `proposal:<id>`,
    or `period:<label>` for a meeting finding (`period:2026`, `period:2026-H1`, `period:2026-06`)."""
    message: str
    """The finding in English for an integrator's log (the contract's `message`); people read it
    worded from `rule`, `status` and `params` in their own language."""
    params: Mapping[str, Param] = field(default_factory=dict)
    """What the sentence needs besides the subject, by name (each rule's names: `app/services/texts`)."""


@dataclass(frozen=True)
class Composition:
    """What the findings need: the council, its seats, its leadership, all as plain values."""

    kind: CouncilKind
    profile: MandateProfile
    seats: Sequence[Seat]
    leadership: Leadership | None
    appointing_trusts: Sequence[str] = ()
    """The trusts that appoint to a regional council or a governance body."""
    regions_with_regional_council: Sequence[str] = ()
    regional_leaders: dict[str, str | None] | None = None
    """Region → person leading that region's regional council of the specialty (inter-regional)."""
    names: dict[str, str] | None = None
    """Person id → name, for messages."""


def _finding(
    rule: Rule, broken: bool, subject: str, message: str, ok_message: str, **params: Param
) -> Finding:
    severity = SEVERITY[rule]
    status = Status(severity.value) if broken else Status.OK
    return Finding(rule, severity, status, subject, message if broken else ok_message, params)


def composition_findings(council: Composition, on: date) -> list[Finding]:
    """Every composition and leadership finding that applies to the council's profile, on `on`."""
    rules = council.profile.rules
    sitting = [seat for seat in council.seats if seat.term.covers(on)]
    names = council.names or {}

    def who(person: str | None) -> str:
        return names.get(person or "", person or "nobody")

    findings: list[Finding] = []
    if Rule.SEAT_VACANT in rules:
        seated_trusts = {seat.trust for seat in sitting}
        findings += [
            _finding(
                Rule.SEAT_VACANT,
                trust not in seated_trusts,
                f"trust:{trust}",
                f"{trust} has no representative on {on}",
                f"{trust} is represented",
                trust=trust,
                on=on,
                **_vacant_since([seat for seat in council.seats if seat.trust == trust], on),
            )
            for trust in council.appointing_trusts
        ]
    if Rule.IR_SEAT_VACANT in rules:
        seated_regions = {seat.region for seat in sitting if seat.kind is SeatKind.MEMBER}
        findings += [
            _finding(
                Rule.IR_SEAT_VACANT,
                region not in seated_regions,
                f"region:{region}",
                f"the regional council of {region} has no representative on {on}",
                f"{region} is represented",
                region=region,
                on=on,
                **_vacant_since(
                    [s for s in council.seats if s.kind is SeatKind.MEMBER and s.region == region], on
                ),
            )
            for region in council.regions_with_regional_council
        ]
    if Rule.IR_TRAINEE_PROPOSED in rules:
        findings.append(
            _finding(
                Rule.IR_TRAINEE_PROPOSED,
                not any(seat.kind is SeatKind.TRAINEE for seat in sitting),
                "trainee-seat",
                "the council has no trainee representative (LIS): the regional councils should propose one",
                "the trainee seat is held",
            )
        )
    if Rule.IR_COMPETENCE_MIX in rules:
        held = {c for seat in sitting for c in seat.qualifications.competences}
        findings += [
            _finding(
                Rule.IR_COMPETENCE_MIX,
                competence not in held,
                f"competence:{competence}",
                f"no representative declares {competence.replace('_', ' ')}",
                f"{competence.replace('_', ' ')} is declared",
                competence=competence,
            )
            for competence in sorted(council.profile.competences)
        ]
    findings += _body_completeness(council, sitting)
    for seat in sitting:
        findings += _seat_findings(council, seat, who)
    findings += _leadership_findings(council, who)
    findings += _expiring(council, on, who)
    return findings


def _vacant_since(place: Sequence[Seat], on: date) -> dict[str, Param]:
    """`since`: the first day a place (the seats of one trust or region) has been empty, the day after
    its last term ended before `on`; nothing when it never had a seat (or has one on `on`)."""
    ended = [seat.term.ends_on for seat in place if seat.term.ends_on is not None and seat.term.ends_on < on]
    return {"since": max(ended) + timedelta(days=1)} if ended else {}


def _body_completeness(council: Composition, sitting: list[Seat]) -> Iterable[Finding]:
    """HN-STRATEGIC-COMPLETE, HN-FORUM-COMPLETE: every appointing trust holds every role that a
    governance body's trusts hold."""
    roles = council.profile.member_roles
    if roles is None or roles.complete is None:
        return
    per_trust = [role for role, whose in roles.roles.items() if whose is RoleTrust.APPOINTING]
    held = {(seat.trust, seat.role) for seat in sitting}
    for trust in council.appointing_trusts:
        for role in per_trust:
            name = role.replace("_", " ")
            yield _finding(
                roles.complete,
                (trust, role) not in held,
                f"trust:{trust}" if len(per_trust) == 1 else f"trust:{trust}/{role}",
                f"{trust} has no {name} on the body",
                f"{trust} has designated its {name}",
                trust=trust,
                role=role,
            )


def _seat_findings(council: Composition, seat: Seat, who: NameOf) -> Iterable[Finding]:
    rules = council.profile.rules
    subject = f"seat:{seat.id}"
    if Rule.HN_DEPUTY_DESIGNATED in rules:
        yield _finding(
            Rule.HN_DEPUTY_DESIGNATED,
            seat.deputy is None,
            subject,
            f"{who(seat.person)} has not designated a deputy for absences",
            f"{who(seat.person)} has designated {who(seat.deputy)} as deputy",
            person=who(seat.person),
            deputy=who(seat.deputy),
        )
    for rule in (Rule.HN_PREFERRED_ROLE, Rule.HSO_PREFERRED_ROLE):
        if rule in rules:
            preferred = PREFERRED_ROLES[rule]
            yield _finding(
                rule,
                not seat.qualifications.education_roles & preferred,
                subject,
                f"{who(seat.person)} holds none of the preferred roles ({', '.join(sorted(preferred))})",
                f"{who(seat.person)} holds a preferred role",
                person=who(seat.person),
                roles=tuple(sorted(preferred)),
            )
    if Rule.IR_PREFERRED_LEADER in rules and seat.kind is SeatKind.MEMBER and seat.region is not None:
        leader = (council.regional_leaders or {}).get(seat.region)
        yield _finding(
            Rule.IR_PREFERRED_LEADER,
            leader != seat.person,
            subject,
            f"{who(seat.person)} does not lead the regional council of {seat.region}; often its leader does",
            f"{who(seat.person)} leads the regional council of {seat.region}",
            person=who(seat.person),
            region=seat.region,
        )


def _leadership_findings(council: Composition, who: NameOf) -> Iterable[Finding]:
    rules, elected = council.profile.rules, council.leadership
    checks = [
        (Rule.LEADER_ELECTED, "leader", "the council has not elected a leader"),
        (Rule.HSO_DEPUTY_LEADER, "deputy_leader", "the council has not elected a deputy leader"),
        (Rule.IR_COORDINATOR, "coordinator", "the council has not chosen a coordinating representative"),
    ]
    for rule, role, message in checks:
        if rule in rules:
            holder = getattr(elected, role) if elected else None
            yield _finding(
                rule,
                holder is None,
                "council",
                message,
                f"{role.replace('_', ' ')}: {who(holder)}",
                role=role,
                person=who(holder),
            )


def _expiring(council: Composition, on: date, who: NameOf) -> Iterable[Finding]:
    """TERM-EXPIRING: a term ends within 90 days and no seat for the same trust, region, trainee
    place or governance role starts after it."""

    def place(seat: Seat) -> tuple[str | None, str | None, SeatKind, str | None]:
        return seat.trust, seat.region, seat.kind, seat.role

    for seat in council.seats:
        end = seat.term.ends_on
        if end is None or not (on <= end <= on + EXPIRY_NOTICE) or not seat.term.covers(on):
            continue
        succeeded = any(other.term.starts_on > end and place(other) == place(seat) for other in council.seats)
        yield _finding(
            Rule.TERM_EXPIRING,
            not succeeded,
            f"seat:{seat.id}",
            f"the term of {who(seat.person)} ends on {end} and no successor is appointed",
            f"the term of {who(seat.person)} ends on {end}; a successor is appointed",
            person=who(seat.person),
            end=end,
        )
