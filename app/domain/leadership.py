"""Leadership: the leader, deputy leader and coordinator a council elects (MANDATE.md, Leadership)."""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import StrEnum

from app.domain.errors import Violation, refuse_if_any
from app.domain.rules import Rule
from app.domain.seats import Seat


class Role(StrEnum):
    """A place in a council's leadership."""

    LEADER = "leader"
    DEPUTY_LEADER = "deputy_leader"
    COORDINATOR = "coordinator"


ROLES = tuple(Role)


@dataclass(frozen=True)
class Leadership:
    """The council's leadership from `effective_on` until the next election."""

    effective_on: date
    leader: str | None = None
    deputy_leader: str | None = None
    coordinator: str | None = None

    def roles_of(self, person: str) -> list[Role]:
        return [role for role in ROLES if getattr(self, role) == person]


def leadership_on(history: Iterable[Leadership], on: date) -> Leadership | None:
    """The election in force on `on`: the latest one effective by then."""
    return max((e for e in history if e.effective_on <= on), key=lambda e: e.effective_on, default=None)


def leadership_in_force(history: Iterable[Leadership], seats: Iterable[Seat], on: date) -> Leadership | None:
    """Who leads on `on`: the election then in force, with every role whose holder no longer holds a
    seat shown vacant. A role never outlives the seat, whether the seat was ended early, ran out, or
    the election was dated after the seat's end."""
    elected = leadership_on(history, on)
    if elected is None:
        return None
    sitting = {seat.person for seat in seats if seat.term.covers(on)}

    def holder(person: str | None) -> str | None:
        return person if person in sitting else None

    return replace(
        elected,
        leader=holder(elected.leader),
        deputy_leader=holder(elected.deputy_leader),
        coordinator=holder(elected.coordinator),
    )


def check_election(seats: Sequence[Seat], election: Leadership) -> None:
    """LEADER-IS-MEMBER and LEADERSHIP-DISTINCT."""
    sitting = {seat.person for seat in seats if seat.term.covers(election.effective_on)}
    violations = [
        Violation(
            Rule.LEADER_IS_MEMBER,
            f"the {role.replace('_', ' ')} holds no seat on the council on {election.effective_on}",
            f"/{role}",
        )
        for role in ROLES
        if (person := getattr(election, role)) is not None and person not in sitting
    ]
    if election.leader is not None and election.leader == election.deputy_leader:
        violations.append(
            Violation(
                Rule.LEADERSHIP_DISTINCT,
                "the leader and the deputy leader are different people",
                "/deputy_leader",
            )
        )
    refuse_if_any(violations)


def after_seat_ends(history: Iterable[Leadership], person: str, last_day: date) -> Leadership | None:
    """The election that ending `person`'s seat after `last_day` implies: their roles fall vacant the
    day after. None when they hold no role then."""
    day_after = last_day + timedelta(days=1)
    current = leadership_on(history, day_after)
    if current is None or not current.roles_of(person):
        return None
    return replace(current, effective_on=day_after, **dict.fromkeys(current.roles_of(person)))
