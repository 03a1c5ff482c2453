"""Authority rules on plain principals (API.md, Authentication and authority)."""

import pytest

from app.domain.authority import (
    NotPermitted,
    Principal,
    Scope,
    check_is_admin,
    check_may_act_for_trust,
    check_may_appoint_to,
    check_may_manage_council,
    check_may_manage_seat,
)
from app.domain.rules import Rule
from app.domain.values import CouncilKey, CouncilKind

REGUT_NORD = Principal("regut-nord", frozenset({Scope.REGUT}), "983974899", "unn", "helse-nord", "helse-nord")
REGUT_SOR_OST = Principal(
    "regut-hso", frozenset({Scope.REGUT}), "993467049", "ous", "helse-sor-ost", "helse-sor-ost"
)
ADMIN = Principal("admin", frozenset({Scope.ADMIN}))
NORDLAND = Principal("nlsh", frozenset({Scope.APPOINTMENTS}), "983974910", "nordlandssykehuset", "helse-nord")
READER = Principal("website", frozenset({Scope.READ}))

REGIONAL_NORD = CouncilKey(CouncilKind.REGIONAL, "anestesiologi", "helse-nord")
INTERREGIONAL = CouncilKey(CouncilKind.INTERREGIONAL, "anestesiologi", None)


def test_regut_manages_the_regional_councils_of_its_own_region() -> None:
    check_may_manage_council(REGUT_NORD, REGIONAL_NORD, "helse-nord")


def test_regut_may_not_manage_another_regions_council() -> None:
    with pytest.raises(NotPermitted) as refused:
        check_may_manage_council(REGUT_SOR_OST, REGIONAL_NORD, "helse-nord")
    assert refused.value.rule is None
    assert "helse-nord" in refused.value.message


def test_only_the_responsible_regut_constitutes_the_interregional_council() -> None:
    """IR-CONSTITUTED-BY-RESPONSIBLE-REGUT (001 Sammensetning: spesialitetskontakt RegUt)."""
    check_may_manage_council(REGUT_NORD, INTERREGIONAL, "helse-nord")
    with pytest.raises(NotPermitted) as refused:
        check_may_manage_council(REGUT_SOR_OST, INTERREGIONAL, "helse-nord")
    assert refused.value.rule is Rule.IR_CONSTITUTED_BY_RESPONSIBLE_REGUT


def test_without_a_responsible_regut_only_an_administrator_constitutes() -> None:
    """SPECIALTY-RESPONSIBLE-REGUT: where none is recorded, only an administrator acts in its place."""
    check_may_manage_council(ADMIN, INTERREGIONAL, None)
    with pytest.raises(NotPermitted) as refused:
        check_may_manage_council(REGUT_NORD, INTERREGIONAL, None)
    assert refused.value.rule is Rule.IR_CONSTITUTED_BY_RESPONSIBLE_REGUT


@pytest.mark.parametrize(
    "principal", [NORDLAND, READER, Principal("anonymous")], ids=["trust", "reader", "anonymous"]
)
def test_trusts_readers_and_the_public_do_not_manage_councils(principal: Principal) -> None:
    with pytest.raises(NotPermitted):
        check_may_manage_council(principal, REGIONAL_NORD, "helse-nord")


def test_a_trust_acts_for_itself() -> None:
    check_may_act_for_trust(NORDLAND, "nordlandssykehuset", "helse-nord")


def test_a_trust_may_not_act_for_another_trust() -> None:
    """APPOINTER-OWN-TRUST (000 §2.2; 002 §3)."""
    with pytest.raises(NotPermitted) as refused:
        check_may_act_for_trust(NORDLAND, "unn", "helse-nord")
    assert refused.value.rule is Rule.APPOINTER_OWN_TRUST


def test_regut_acts_for_any_trust_of_its_region_only() -> None:
    """APPOINTER-OWN-TRUST: RegUt of the region may act for any trust in the region."""
    check_may_act_for_trust(REGUT_NORD, "nordlandssykehuset", "helse-nord")
    with pytest.raises(NotPermitted) as refused:
        check_may_act_for_trust(REGUT_NORD, "ahus", "helse-sor-ost")
    assert refused.value.rule is Rule.APPOINTER_OWN_TRUST


def test_a_read_scope_is_not_an_appointment_scope_even_for_its_own_trust() -> None:
    reader_of_nordland = Principal(
        "x", frozenset({Scope.READ}), "983974910", "nordlandssykehuset", "helse-nord"
    )
    with pytest.raises(NotPermitted):
        check_may_act_for_trust(reader_of_nordland, "nordlandssykehuset", "helse-nord")


def test_reference_corrections_are_for_administrators() -> None:
    check_is_admin(ADMIN, "correct reference data")
    with pytest.raises(NotPermitted):
        check_is_admin(REGUT_NORD, "correct reference data")


def test_a_trust_appoints_only_its_own_regional_seats() -> None:
    """APPOINTER-OWN-TRUST on seats."""
    own = {
        "trust_region": "helse-nord",
        "region": None,
        "responsible_region": "helse-nord",
        "trainee_seat": False,
    }
    check_may_manage_seat(NORDLAND, REGIONAL_NORD, trust="nordlandssykehuset", **own)
    with pytest.raises(NotPermitted) as refused:
        check_may_manage_seat(NORDLAND, REGIONAL_NORD, trust="unn", **own)
    assert refused.value.rule is Rule.APPOINTER_OWN_TRUST


def test_the_regions_regut_registers_its_interregional_seat() -> None:
    """IR-ELECTION-BY-REGUT (001 Sammensetning: initieres av RegUt i den enkelte region)."""
    seat = {"trust": None, "trust_region": None, "responsible_region": "helse-nord", "trainee_seat": False}
    check_may_manage_seat(REGUT_SOR_OST, INTERREGIONAL, region="helse-sor-ost", **seat)
    with pytest.raises(NotPermitted) as refused:
        check_may_manage_seat(REGUT_NORD, INTERREGIONAL, region="helse-sor-ost", **seat)
    assert refused.value.rule is Rule.IR_ELECTION_BY_REGUT


@pytest.mark.parametrize("region", [None, "helse-sor-ost"])
def test_only_the_responsible_regut_registers_the_trainee_seat_whatever_region_is_named(
    region: str | None,
) -> None:
    """IR-ELECTION-BY-REGUT for the common trainee seat: the seat kind decides, not a region named."""
    seat = {"trust": None, "trust_region": None, "responsible_region": "helse-nord", "trainee_seat": True}
    check_may_manage_seat(REGUT_NORD, INTERREGIONAL, region=region, **seat)
    with pytest.raises(NotPermitted) as refused:
        check_may_manage_seat(REGUT_SOR_OST, INTERREGIONAL, region=region, **seat)
    assert refused.value.rule is Rule.IR_ELECTION_BY_REGUT


NORD_TRUSTS = {"unn": "helse-nord", "nordlandssykehuset": "helse-nord"}
REGIONS = ["helse-nord", "helse-midt-norge", "helse-vest", "helse-sor-ost"]


def test_whoever_manages_one_seat_of_a_council_may_be_asked_which() -> None:
    """APPOINTER-OWN-TRUST, IR-ELECTION-BY-REGUT: before the body names the seat, a caller who manages
    any of the council's seats is let through; the seat's own check follows."""
    for principal in (NORDLAND, REGUT_NORD, ADMIN):
        check_may_appoint_to(
            principal, REGIONAL_NORD, trusts=NORD_TRUSTS, regions=REGIONS, responsible_region="helse-nord"
        )
    check_may_appoint_to(
        REGUT_SOR_OST, INTERREGIONAL, trusts={}, regions=REGIONS, responsible_region="helse-nord"
    )


def test_who_manages_none_of_a_councils_seats_is_refused_with_the_seats_rule() -> None:
    """APPOINTER-OWN-TRUST on a regional council of another region or trust; IR-ELECTION-BY-REGUT on the
    inter-regional council, whose seats no trust's system registers."""
    with pytest.raises(NotPermitted) as refused:
        check_may_appoint_to(
            REGUT_SOR_OST, REGIONAL_NORD, trusts=NORD_TRUSTS, regions=REGIONS, responsible_region="helse-nord"
        )
    assert refused.value.rule is Rule.APPOINTER_OWN_TRUST
    with pytest.raises(NotPermitted) as refused:
        check_may_appoint_to(
            NORDLAND, REGIONAL_NORD, trusts={"unn": "helse-nord"}, regions=REGIONS, responsible_region=None
        )
    assert refused.value.rule is Rule.APPOINTER_OWN_TRUST
    with pytest.raises(NotPermitted) as refused:
        check_may_appoint_to(
            NORDLAND, INTERREGIONAL, trusts={}, regions=REGIONS, responsible_region="helse-nord"
        )
    assert refused.value.rule is Rule.IR_ELECTION_BY_REGUT
