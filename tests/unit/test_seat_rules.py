"""Seats and terms, one or more tests per rule ID (MANDATE.md, Seats and terms), on plain values."""

from datetime import date, timedelta

import pytest

from app.domain.errors import RuleBroken
from app.domain.rules import Rule
from app.domain.seats import (
    Qualifications,
    SeatKind,
    Term,
    check_seat,
    default_term,
    may_withdraw,
    most_at_once,
)
from tests.unit.seat_builders import HELSE_NORD, HELSE_SOR_OST, INTERREGIONAL, LIS, SPECIALIST, seat

REGIONAL_TERM = [Term(date(2020, 1, 1), None)]


def broken(council, others, candidate, **kwargs) -> set[Rule]:  # type: ignore[no-untyped-def]
    with pytest.raises(RuleBroken) as refused:
        check_seat(council, others, candidate, **kwargs)
    return {v.rule for v in refused.value.violations}


def test_a_well_formed_helse_nord_appointment_passes() -> None:
    check_seat(HELSE_NORD, [], seat("anna", trust="unn", deputy="per"))


def test_a_term_that_ends_before_it_starts_is_refused() -> None:
    """TERM-ORDER."""
    assert broken(
        HELSE_NORD, [], seat("anna", trust="unn", starts=date(2026, 1, 1), ends=date(2025, 1, 1))
    ) == {Rule.TERM_ORDER}


def test_a_term_that_ends_on_its_first_day_is_a_one_day_term() -> None:
    """TERM-ORDER: both days are included."""
    day = date(2026, 1, 1)
    check_seat(HELSE_NORD, [], seat("anna", trust="unn", starts=day, ends=day))
    assert Term(day, day).covers(day)
    assert not Term(day, day).covers(date(2026, 1, 2))


def test_a_person_holds_one_seat_on_a_council_at_a_time() -> None:
    """SEAT-NO-OVERLAP."""
    others = [seat("anna", trust="unn")]
    assert Rule.SEAT_NO_OVERLAP in broken(HELSE_NORD, others, seat("anna", trust="nordlandssykehuset"))


def test_a_person_may_return_after_their_term() -> None:
    others = [seat("anna", trust="unn", ends=date(2025, 12, 31))]
    check_seat(HELSE_NORD, others, seat("anna", trust="unn", starts=date(2026, 1, 1)))


def test_the_appointing_trust_belongs_to_the_councils_region() -> None:
    """TRUST-IN-REGION (000 §2.2; 002 §3)."""
    assert broken(HELSE_NORD, [], seat("anna", trust="ous")) == {Rule.TRUST_IN_REGION}


def test_the_appointing_trust_is_one_of_the_councils_appointing_trusts() -> None:
    """TRUST-HAS-SEAT (000 §2.2: færre medlemmer der spesialiseringen ikke finnes)."""
    assert broken(HELSE_NORD, [], seat("anna", trust="private-nord")) == {Rule.TRUST_HAS_SEAT}


def test_one_representative_per_trust_at_any_date_including_the_future() -> None:
    """ONE-PER-TRUST (000 §2.2: Hvert foretak oppnevner et medlem): a seat starting next year
    collides with one that will still run then."""
    others = [seat("anna", trust="unn", starts=date(2025, 1, 1), ends=date(2027, 6, 30))]
    assert broken(HELSE_NORD, others, seat("berit", trust="unn", starts=date(2027, 1, 1))) == {
        Rule.ONE_PER_TRUST
    }
    check_seat(HELSE_NORD, others, seat("berit", trust="unn", starts=date(2027, 7, 1)))


def test_a_fifth_helse_nord_representative_is_refused() -> None:
    """HN-MAX-FOUR (000 §2.2: Inntil fire spesialister)."""
    council = HELSE_NORD.__class__(
        HELSE_NORD.key,
        HELSE_NORD.profile,
        HELSE_NORD.appointing_trusts | {"private-nord"},
        HELSE_NORD.trust_regions,
    )
    four = [
        seat(p, trust=t)
        for p, t in zip(
            "abcd", ["unn", "nordlandssykehuset", "helgelandssykehuset", "finnmarkssykehuset"], strict=True
        )
    ]
    assert broken(council, four, seat("e", trust="private-nord")) == {Rule.HN_MAX_FOUR}


def test_a_fifth_seat_starting_before_four_future_ones_is_refused() -> None:
    """HN-MAX-FOUR over time: the count that matters is the one when the others have started too."""
    council = HELSE_NORD.__class__(
        HELSE_NORD.key,
        HELSE_NORD.profile,
        HELSE_NORD.appointing_trusts | {"private-nord"},
        HELSE_NORD.trust_regions,
    )
    trusts = ["unn", "nordlandssykehuset", "helgelandssykehuset", "finnmarkssykehuset"]
    future = [seat(p, trust=t, starts=date(2026, 1, 1)) for p, t in zip("abcd", trusts, strict=True)]
    assert broken(council, future, seat("e", trust="private-nord", starts=date(2025, 1, 1))) == {
        Rule.HN_MAX_FOUR
    }


def test_four_at_once_is_counted_over_time_not_just_today() -> None:
    """HN-MAX-FOUR: seats that never run together do not add up."""
    council = HELSE_NORD.__class__(
        HELSE_NORD.key,
        HELSE_NORD.profile,
        HELSE_NORD.appointing_trusts | {"private-nord"},
        HELSE_NORD.trust_regions,
    )
    early = [
        seat(p, trust=t, ends=date(2025, 6, 30))
        for p, t in zip("ab", ["unn", "nordlandssykehuset"], strict=True)
    ]
    late = [
        seat(p, trust=t, starts=date(2025, 7, 1))
        for p, t in zip("cd", ["helgelandssykehuset", "finnmarkssykehuset"], strict=True)
    ]
    check_seat(council, early + late, seat("e", trust="private-nord"))
    assert most_at_once([s.term for s in early + late], Term(date(2025, 1, 1), date(2028, 12, 31))) == 2


def test_a_helse_nord_representative_is_a_specialist_in_the_specialty() -> None:
    """HN-SPECIALIST (000 §2.2: ansatt spesialist i spesialiteten)."""
    assert broken(
        HELSE_NORD, [], seat("anna", trust="unn", qualifications=Qualifications(senior_consultant=True))
    ) == {Rule.HN_SPECIALIST}


def test_a_helse_sor_ost_representative_is_a_senior_consultant() -> None:
    """HSO-SENIOR-CONSULTANT (002 §3: erfarne overleger tilknyttet LIS-utdanning)."""
    assert broken(
        HELSE_SOR_OST,
        [],
        seat("anna", trust="ous", deputy="per", qualifications=Qualifications(specialist_in_specialty=True)),
    ) == {Rule.HSO_SENIOR_CONSULTANT}


def test_a_helse_sor_ost_trust_appoints_representative_and_deputy_together() -> None:
    """HSO-DEPUTY-REQUIRED (002 §3: en representant og vararepresentant)."""
    assert broken(HELSE_SOR_OST, [], seat("anna", trust="ous")) == {Rule.HSO_DEPUTY_REQUIRED}


def test_a_helse_sor_ost_term_lasts_at_least_two_years() -> None:
    """HSO-MIN-TERM (002 §3: oppnevnes for minimum to år)."""
    short = seat("anna", trust="ous", deputy="per", starts=date(2025, 1, 1), ends=date(2026, 12, 30))
    assert broken(HELSE_SOR_OST, [], short) == {Rule.HSO_MIN_TERM}
    check_seat(
        HELSE_SOR_OST,
        [],
        seat("anna", trust="ous", deputy="per", starts=date(2025, 1, 1), ends=date(2026, 12, 31)),
    )


def test_helse_nord_has_no_minimum_term() -> None:
    check_seat(HELSE_NORD, [], seat("anna", trust="unn", starts=date(2025, 1, 1), ends=date(2025, 6, 30)))


def test_one_interregional_representative_per_region_at_any_date() -> None:
    """IR-ONE-PER-REGION (001 Sammensetning: én representant for hvert av de fire rådene)."""
    others = [seat("anna", region="helse-nord")]
    candidate = seat("berit", region="helse-nord", starts=date(2026, 1, 1), ends=date(2029, 12, 31))
    assert broken(INTERREGIONAL, others, candidate, regional_terms_of_person=REGIONAL_TERM) == {
        Rule.IR_ONE_PER_REGION
    }


def test_an_interregional_representative_sits_on_the_regions_regional_council() -> None:
    """IR-FROM-REGIONAL-COUNCIL (001 Sammensetning)."""
    candidate = seat("anna", region="helse-nord")
    assert broken(INTERREGIONAL, [], candidate, regional_terms_of_person=[]) == {
        Rule.IR_FROM_REGIONAL_COUNCIL
    }
    ended_before = [Term(date(2020, 1, 1), date(2024, 12, 31))]
    assert broken(INTERREGIONAL, [], candidate, regional_terms_of_person=ended_before) == {
        Rule.IR_FROM_REGIONAL_COUNCIL
    }
    check_seat(INTERREGIONAL, [], candidate, regional_terms_of_person=REGIONAL_TERM)


def test_one_common_trainee_representative() -> None:
    """IR-TRAINEE-SEAT (001 Sammensetning: én felles representant som er lege i spesialisering)."""
    others = [seat("lise", kind=SeatKind.TRAINEE, qualifications=LIS)]
    assert broken(INTERREGIONAL, others, seat("lars", kind=SeatKind.TRAINEE, qualifications=LIS)) == {
        Rule.IR_TRAINEE_SEAT
    }


def test_the_trainee_representative_is_a_trainee_not_a_specialist() -> None:
    """IR-TRAINEE-SEAT."""
    assert broken(INTERREGIONAL, [], seat("lars", kind=SeatKind.TRAINEE, qualifications=SPECIALIST)) == {
        Rule.IR_TRAINEE_SEAT
    }
    check_seat(INTERREGIONAL, [], seat("lars", kind=SeatKind.TRAINEE, qualifications=LIS))


def test_an_interregional_term_lasts_at_most_four_years() -> None:
    """IR-TERM-FOUR-YEARS (001 Sammensetning: for fire år av gangen)."""
    too_long = seat("anna", region="helse-nord", starts=date(2025, 1, 1), ends=date(2029, 1, 1))
    assert broken(INTERREGIONAL, [], too_long, regional_terms_of_person=REGIONAL_TERM) == {
        Rule.IR_TERM_FOUR_YEARS
    }
    open_ended = seat("anna", region="helse-nord", ends=None)
    assert broken(INTERREGIONAL, [], open_ended, regional_terms_of_person=REGIONAL_TERM) == {
        Rule.IR_TERM_FOUR_YEARS
    }


def test_an_interregional_term_defaults_to_four_years() -> None:
    """IR-TERM-FOUR-YEARS: default end = start + 4 years."""
    assert default_term(INTERREGIONAL.profile, date(2025, 3, 1)) == Term(date(2025, 3, 1), date(2029, 2, 28))
    assert default_term(HELSE_NORD.profile, date(2025, 3, 1)) == Term(date(2025, 3, 1), None)


def test_a_deputy_is_not_the_representative_nor_another_sitting_representative() -> None:
    """DEPUTY-DISTINCT."""
    assert broken(HELSE_NORD, [], seat("anna", trust="unn", deputy="anna")) == {Rule.DEPUTY_DISTINCT}
    others = [seat("berit", trust="nordlandssykehuset")]
    assert broken(HELSE_NORD, others, seat("anna", trust="unn", deputy="berit")) == {Rule.DEPUTY_DISTINCT}


def test_every_broken_rule_is_reported_at_once() -> None:
    candidate = seat(
        "anna", trust="ous", starts=date(2026, 1, 1), ends=date(2025, 1, 1), qualifications=Qualifications()
    )
    assert broken(HELSE_NORD, [], candidate) == {Rule.TERM_ORDER, Rule.TRUST_IN_REGION, Rule.HN_SPECIALIST}


# Withdrawing a seat: deleting it as though it had never been appointed

TODAY = date(2026, 12, 2)
BEGUN = Term(date(2026, 1, 1), None)


def test_a_seat_whose_term_has_not_begun_may_be_withdrawn_by_whoever_may_end_it() -> None:
    future = Term(TODAY + timedelta(days=1), None)
    assert may_withdraw(future, TODAY - timedelta(days=30), TODAY, by_seat_manager=False)


def test_a_begun_seat_may_be_withdrawn_by_its_organisation_on_the_day_it_was_registered() -> None:
    assert may_withdraw(BEGUN, TODAY, TODAY, by_seat_manager=True)
    assert may_withdraw(Term(TODAY, TODAY), TODAY, TODAY, by_seat_manager=True)


def test_a_begun_seat_registered_on_an_earlier_day_is_history() -> None:
    assert not may_withdraw(BEGUN, TODAY - timedelta(days=1), TODAY, by_seat_manager=True)


def test_whoever_manages_only_the_council_does_not_withdraw_a_begun_seat_registered_today() -> None:
    assert not may_withdraw(BEGUN, TODAY, TODAY, by_seat_manager=False)
