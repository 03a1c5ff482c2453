"""Property: whatever sequence of appointments, changes and early ends the guards accept, no date ever
has a council breaking a counting rule (HN-MAX-FOUR, ONE-PER-TRUST, SEAT-NO-OVERLAP,
IR-ONE-PER-REGION, IR-TRAINEE-SEAT)."""

from collections import Counter
from dataclasses import replace
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.errors import RuleBroken
from app.domain.seats import Council, Seat, SeatKind, Term, check_seat, ended
from tests.unit.seat_builders import HELSE_NORD, INTERREGIONAL, LIS, SPECIALIST

EPOCH = date(2025, 1, 1)
PEOPLE = ["anna", "berit", "carl", "dina", "emil", "frida"]
HN_COUNCIL = replace(HELSE_NORD, appointing_trusts=HELSE_NORD.appointing_trusts | {"private-nord"})
HN_TRUSTS = sorted(HN_COUNCIL.appointing_trusts)
REGIONS = ["helse-nord", "helse-midt-norge", "helse-vest", "helse-sor-ost"]

# A short horizon and long terms make overlaps, the interesting case, the common one.
days = st.integers(min_value=0, max_value=2 * 365)
lengths = st.integers(min_value=0, max_value=3 * 365)
"""Days after its first that a term ends on: 0 is a one-day term (TERM-ORDER)."""


def term(start: int, length: int | None) -> Term:
    starts = EPOCH + timedelta(days=start)
    return Term(starts, None if length is None else starts + timedelta(days=length))


appoint_hn = st.tuples(
    st.just("appoint"),
    st.sampled_from(PEOPLE),
    st.sampled_from(HN_TRUSTS),
    days,
    st.one_of(st.none(), lengths),
)
appoint_ir = st.tuples(
    st.just("appoint"),
    st.sampled_from(PEOPLE),
    st.sampled_from([*REGIONS, "trainee"]),
    days,
    st.integers(0, 4 * 365 - 1),
)
change = st.tuples(st.just("change"), st.integers(0, 30), st.one_of(st.none(), lengths))
end = st.tuples(st.just("end"), st.integers(0, 30), days)


def run(council: Council, operations: list[tuple], make_seat) -> list[Seat]:  # type: ignore[type-arg, no-untyped-def]
    seats: list[Seat] = []
    for number, operation in enumerate(operations):
        match operation:
            case ("appoint", person, place, start, length):
                candidate = make_seat(str(number), person, place, term(start, length))
            case ("change", index, length) if seats:
                chosen = seats[index % len(seats)]
                candidate = replace(chosen, term=term((chosen.term.starts_on - EPOCH).days, length))
            case ("end", index, day) if seats:
                chosen = seats[index % len(seats)]
                candidate = ended(chosen, max(chosen.term.starts_on, EPOCH + timedelta(days=day)))
            case _:
                continue
        try:
            check_seat(council, seats, candidate, regional_terms_of_person=[Term(date(2000, 1, 1))])
        except RuleBroken:
            continue
        seats = [s for s in seats if s.id != candidate.id] + [candidate]
    return seats


def every_day_that_matters(seats: list[Seat]) -> set[date]:
    return {s.term.starts_on for s in seats} | {s.term.ends_on for s in seats if s.term.ends_on}


@settings(max_examples=500, deadline=None)
@given(st.lists(st.one_of(appoint_hn, change, end), min_size=5, max_size=40))
def test_no_accepted_sequence_breaks_a_helse_nord_counting_rule_on_any_date(operations: list[tuple]) -> None:  # type: ignore[type-arg]
    def hn_seat(seat_id: str, person: str, trust: str, seat_term: Term) -> Seat:
        return Seat(seat_id, person, SeatKind.MEMBER, seat_term, trust=trust, qualifications=SPECIALIST)

    seats = run(HN_COUNCIL, operations, hn_seat)
    for day in every_day_that_matters(seats):
        sitting = [s for s in seats if s.term.covers(day)]
        assert len(sitting) <= 4, day  # HN-MAX-FOUR
        assert max(Counter(s.trust for s in sitting).values(), default=0) <= 1, day  # ONE-PER-TRUST
        assert max(Counter(s.person for s in sitting).values(), default=0) <= 1, day  # SEAT-NO-OVERLAP


@settings(max_examples=500, deadline=None)
@given(st.lists(st.one_of(appoint_ir, change, end), min_size=5, max_size=40))
def test_no_accepted_sequence_breaks_an_interregional_counting_rule_on_any_date(
    operations: list[tuple],
) -> None:  # type: ignore[type-arg]
    def ir_seat(seat_id: str, person: str, place: str, seat_term: Term) -> Seat:
        if place == "trainee":
            return Seat(seat_id, person, SeatKind.TRAINEE, seat_term, qualifications=LIS)
        return Seat(seat_id, person, SeatKind.MEMBER, seat_term, region=place, qualifications=SPECIALIST)

    seats = run(INTERREGIONAL, operations, ir_seat)
    for day in every_day_that_matters(seats):
        sitting = [s for s in seats if s.term.covers(day)]
        members = Counter(s.region for s in sitting if s.kind is SeatKind.MEMBER)
        assert max(members.values(), default=0) <= 1, day  # IR-ONE-PER-REGION
        assert sum(s.kind is SeatKind.TRAINEE for s in sitting) <= 1, day  # IR-TRAINEE-SEAT
        assert max(Counter(s.person for s in sitting).values(), default=0) <= 1, day  # SEAT-NO-OVERLAP
