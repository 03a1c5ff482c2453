"""Leadership guards and composition findings (MANDATE.md, Leadership; findings), on plain values."""

from datetime import date

import pytest

from app.domain.compliance import Composition, Status, composition_findings
from app.domain.errors import RuleBroken
from app.domain.leadership import Leadership, after_seat_ends, check_election, leadership_on
from app.domain.rules import Rule
from app.domain.seats import Qualifications, SeatKind
from tests.unit.seat_builders import HELSE_NORD, HELSE_SOR_OST, INTERREGIONAL, LIS, seat

ON = date(2026, 6, 1)


def test_leaders_are_sitting_representatives_on_the_effective_date() -> None:
    """LEADER-IS-MEMBER (000 Ledelse; 002 §3)."""
    seats = [seat("anna", trust="unn"), seat("berit", trust="nordlandssykehuset", ends=date(2025, 12, 31))]
    check_election(seats, Leadership(ON, leader="anna"))
    with pytest.raises(RuleBroken) as refused:
        check_election(seats, Leadership(ON, leader="anna", deputy_leader="berit", coordinator="carl"))
    assert [(v.rule, v.pointer) for v in refused.value.violations] == [
        (Rule.LEADER_IS_MEMBER, "/deputy_leader"),
        (Rule.LEADER_IS_MEMBER, "/coordinator"),
    ]


def test_leader_and_deputy_leader_are_different_people() -> None:
    """LEADERSHIP-DISTINCT (002 §3: velger leder og nestleder)."""
    with pytest.raises(RuleBroken) as refused:
        check_election([seat("anna", trust="unn")], Leadership(ON, leader="anna", deputy_leader="anna"))
    assert refused.value.rule is Rule.LEADERSHIP_DISTINCT


def test_leadership_is_read_for_any_date_from_its_history() -> None:
    history = [Leadership(date(2025, 1, 1), leader="anna"), Leadership(date(2026, 1, 1), leader="berit")]
    assert leadership_on(history, date(2024, 12, 31)) is None
    assert leadership_on(history, date(2025, 6, 1)).leader == "anna"  # type: ignore[union-attr]
    assert leadership_on(history, date(2026, 6, 1)).leader == "berit"  # type: ignore[union-attr]


def test_ending_a_leaders_seat_vacates_the_leadership_the_next_day() -> None:
    history = [Leadership(date(2025, 1, 1), leader="anna", deputy_leader="berit")]
    vacated = after_seat_ends(history, "anna", date(2026, 3, 31))
    assert vacated == Leadership(date(2026, 4, 1), leader=None, deputy_leader="berit")
    assert after_seat_ends(history, "carl", date(2026, 3, 31)) is None


def statuses(findings, rule: Rule) -> list[Status]:  # type: ignore[no-untyped-def]
    return [f.status for f in findings if f.rule is rule]


def test_a_trust_without_a_representative_is_a_vacant_seat() -> None:
    """SEAT-VACANT (000 §2.2; 002 §3)."""
    composition = Composition(
        HELSE_NORD.key.kind,
        HELSE_NORD.profile,
        [seat("anna", trust="unn")],
        None,
        appointing_trusts=["nordlandssykehuset", "unn"],
    )
    findings = {
        f.subject: f.status for f in composition_findings(composition, ON) if f.rule is Rule.SEAT_VACANT
    }
    assert findings == {"trust:unn": Status.OK, "trust:nordlandssykehuset": Status.VIOLATION}


def test_helse_nord_findings_on_deputy_role_and_leader() -> None:
    """HN-DEPUTY-DESIGNATED (violation), HN-PREFERRED-ROLE (advice), LEADER-ELECTED (violation)."""
    plain = seat("anna", trust="unn", qualifications=Qualifications(specialist_in_specialty=True))
    findings = composition_findings(Composition(HELSE_NORD.key.kind, HELSE_NORD.profile, [plain], None), ON)
    assert statuses(findings, Rule.HN_DEPUTY_DESIGNATED) == [Status.VIOLATION]
    assert statuses(findings, Rule.HN_PREFERRED_ROLE) == [Status.ADVICE]
    assert statuses(findings, Rule.LEADER_ELECTED) == [Status.VIOLATION]
    good = seat("anna", trust="unn", deputy="per")
    findings = composition_findings(
        Composition(HELSE_NORD.key.kind, HELSE_NORD.profile, [good], Leadership(ON, leader="anna")), ON
    )
    assert (
        statuses(findings, Rule.HN_DEPUTY_DESIGNATED)
        == statuses(findings, Rule.HN_PREFERRED_ROLE)
        == [Status.OK]
    )
    assert statuses(findings, Rule.LEADER_ELECTED) == [Status.OK]


def test_helse_sor_ost_findings_on_role_and_deputy_leader() -> None:
    """HSO-PREFERRED-ROLE (advice), HSO-DEPUTY-LEADER (violation)."""
    plain = seat("anna", trust="ous", deputy="per", qualifications=Qualifications(senior_consultant=True))
    findings = composition_findings(
        Composition(HELSE_SOR_OST.key.kind, HELSE_SOR_OST.profile, [plain], Leadership(ON, leader="anna")), ON
    )
    assert statuses(findings, Rule.HSO_PREFERRED_ROLE) == [Status.ADVICE]
    assert statuses(findings, Rule.HSO_DEPUTY_LEADER) == [Status.VIOLATION]
    assert not statuses(findings, Rule.HN_DEPUTY_DESIGNATED)


def test_interregional_findings_on_vacancies_leaders_and_coordinator() -> None:
    """IR-SEAT-VACANT (regions only), IR-TRAINEE-PROPOSED (advice: the regional councils *bør* propose
    a trainee, 001 Sammensetning), IR-PREFERRED-LEADER (advice), IR-COORDINATOR (violation)."""
    seats = [seat("anna", region="helse-nord"), seat("berit", region="helse-vest")]
    composition = Composition(
        INTERREGIONAL.key.kind,
        INTERREGIONAL.profile,
        seats,
        None,
        regions_with_regional_council=["helse-nord", "helse-vest", "helse-sor-ost"],
        regional_leaders={"helse-nord": "anna", "helse-vest": "someone-else"},
    )
    findings = composition_findings(composition, ON)
    vacant = {f.subject: f.status for f in findings if f.rule is Rule.IR_SEAT_VACANT}
    assert vacant == {
        "region:helse-nord": Status.OK,
        "region:helse-vest": Status.OK,
        "region:helse-sor-ost": Status.VIOLATION,
    }
    assert [(f.subject, f.status) for f in findings if f.rule is Rule.IR_TRAINEE_PROPOSED] == [
        ("trainee-seat", Status.ADVICE)
    ]
    assert sorted(statuses(findings, Rule.IR_PREFERRED_LEADER)) == [Status.ADVICE, Status.OK]
    assert statuses(findings, Rule.IR_COORDINATOR) == [Status.VIOLATION]
    with_trainee = [*seats, seat("lise", kind=SeatKind.TRAINEE, qualifications=LIS)]
    findings = composition_findings(
        Composition(
            INTERREGIONAL.key.kind, INTERREGIONAL.profile, with_trainee, Leadership(ON, coordinator="anna")
        ),
        ON,
    )
    assert statuses(findings, Rule.IR_COORDINATOR) == [Status.OK]
    assert [f.status for f in findings if f.subject == "trainee-seat"] == [Status.OK]


def test_a_term_ending_within_ninety_days_without_a_successor_is_reported() -> None:
    """TERM-EXPIRING."""
    ending = seat("anna", trust="unn", deputy="per", ends=date(2026, 7, 15))
    composition = Composition(HELSE_NORD.key.kind, HELSE_NORD.profile, [ending], None)
    assert statuses(composition_findings(composition, ON), Rule.TERM_EXPIRING) == [Status.ADVICE]
    successor = seat("berit", trust="unn", deputy="per", starts=date(2026, 7, 16))
    composition = Composition(HELSE_NORD.key.kind, HELSE_NORD.profile, [ending, successor], None)
    assert statuses(composition_findings(composition, ON), Rule.TERM_EXPIRING) == [Status.OK]
    far = seat("anna", trust="unn", deputy="per", ends=date(2027, 7, 15))
    assert not statuses(
        composition_findings(Composition(HELSE_NORD.key.kind, HELSE_NORD.profile, [far], None), ON),
        Rule.TERM_EXPIRING,
    )


def test_a_role_never_outlives_its_holders_seat() -> None:
    """LEADER-IS-MEMBER over time: a term that runs out, an early end, or an election dated after the
    seat's end all leave the role vacant on dates the holder has no seat."""
    from app.domain.leadership import leadership_in_force

    anna = seat("anna", trust="unn", ends=date(2026, 12, 31))
    berit = seat("berit", trust="nordlandssykehuset", ends=None)
    history = [
        Leadership(date(2026, 1, 1), leader="anna", deputy_leader="berit"),
        Leadership(date(2027, 6, 1), leader="anna"),
    ]
    assert leadership_in_force(history, [anna, berit], date(2026, 12, 31)) == history[0]
    assert leadership_in_force(history, [anna, berit], date(2027, 1, 1)) == Leadership(
        date(2026, 1, 1), None, "berit"
    )
    assert leadership_in_force(history, [anna, berit], date(2027, 6, 1)) == Leadership(date(2027, 6, 1))


def test_a_deputy_may_not_take_a_seat_beside_their_representative() -> None:
    """DEPUTY-DISTINCT: a deputy is not another sitting representative of the same council."""
    from app.domain.seats import check_seat
    from tests.unit.seat_builders import HELSE_NORD

    kari = seat("kari", trust="unn", deputy="ola")
    with pytest.raises(RuleBroken) as refused:
        check_seat(HELSE_NORD, [kari], seat("ola", trust="nordlandssykehuset"))
    assert [(v.rule, v.pointer) for v in refused.value.violations] == [(Rule.DEPUTY_DISTINCT, "/person")]
