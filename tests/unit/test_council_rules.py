"""Council guards and the national structure, on plain values (MANDATE.md, Councils)."""

import pytest

from app.domain.councils import (
    check_appointing_trusts,
    check_council,
    council_name,
    default_appointing_trusts,
    standard_councils,
)
from app.domain.errors import RuleBroken
from app.domain.rules import Rule
from app.domain.values import CouncilKey, CouncilKind, HealthTrust, Specialty, TrustKind

ANAESTHESIOLOGY = Specialty(
    "anestesiologi", "Anestesiologi", hospital_based=True, responsible_region="helse-nord"
)
GENERAL_PRACTICE = Specialty("allmennmedisin", "Allmennmedisin", hospital_based=False)
REGIONS = ["helse-midt-norge", "helse-nord", "helse-sor-ost", "helse-vest"]


def test_a_hospital_specialty_without_a_council_may_get_one() -> None:
    check_council(
        CouncilKey(CouncilKind.REGIONAL, "anestesiologi", "helse-nord"), ANAESTHESIOLOGY, already_exists=False
    )


def test_second_regional_council_for_the_same_region_and_specialty_is_refused() -> None:
    """COUNCIL-UNIQUE (000 §2.2: one council per specialty the region trains in)."""
    key = CouncilKey(CouncilKind.REGIONAL, "anestesiologi", "helse-nord")
    with pytest.raises(RuleBroken) as refused:
        check_council(key, ANAESTHESIOLOGY, already_exists=True)
    assert refused.value.rule is Rule.COUNCIL_UNIQUE
    assert refused.value.violations[0].message == "Anestesiologi already has a regional council in helse-nord"


def test_second_interregional_council_for_a_specialty_is_refused() -> None:
    """COUNCIL-UNIQUE (001 Sammensetning: one inter-regional council per specialty)."""
    with pytest.raises(RuleBroken) as refused:
        check_council(
            CouncilKey(CouncilKind.INTERREGIONAL, "anestesiologi", None), ANAESTHESIOLOGY, already_exists=True
        )
    assert [v.rule for v in refused.value.violations] == [Rule.COUNCIL_UNIQUE]


def test_council_for_a_municipal_specialty_is_refused() -> None:
    """COUNCIL-SPECIALTY-HOSPITAL (001 Sammensetning; 002 §1: specialist health service only)."""
    with pytest.raises(RuleBroken) as refused:
        check_council(
            CouncilKey(CouncilKind.REGIONAL, "allmennmedisin", "helse-vest"),
            GENERAL_PRACTICE,
            already_exists=False,
        )
    assert refused.value.rule is Rule.COUNCIL_SPECIALTY_HOSPITAL
    assert refused.value.violations[0].pointer == "/specialty"


def test_every_broken_council_rule_is_reported_at_once() -> None:
    with pytest.raises(RuleBroken) as refused:
        check_council(
            CouncilKey(CouncilKind.INTERREGIONAL, "allmennmedisin", None),
            GENERAL_PRACTICE,
            already_exists=True,
        )
    assert {v.rule for v in refused.value.violations} == {
        Rule.COUNCIL_SPECIALTY_HOSPITAL,
        Rule.COUNCIL_UNIQUE,
    }


def test_national_structure_has_four_regional_and_one_interregional_council_per_hospital_specialty() -> None:
    """The start-up structure: the councils of every hospital-based specialty, and Helse Nord's three
    governance bodies (seed 004 §2, §3), empty of people like the councils."""
    keys = standard_councils([ANAESTHESIOLOGY, GENERAL_PRACTICE], REGIONS)
    assert sorted(keys, key=str) == sorted(
        [CouncilKey(CouncilKind.REGIONAL, "anestesiologi", r) for r in REGIONS]
        + [CouncilKey(CouncilKind.INTERREGIONAL, "anestesiologi", None)]
        + [
            CouncilKey(kind, None, "helse-nord")
            for kind in (
                CouncilKind.STRATEGIC_COUNCIL,
                CouncilKind.WORKING_COMMITTEE,
                CouncilKind.EDUCATION_FORUM,
            )
        ],
        key=str,
    )


def test_a_governance_body_is_one_of_its_kind_in_its_region() -> None:
    """COUNCIL-UNIQUE for seed 004's bodies: Helse Nord has one strategic council (004 §2)."""
    key = CouncilKey(CouncilKind.STRATEGIC_COUNCIL, None, "helse-nord")
    check_council(key, None, already_exists=False)
    with pytest.raises(RuleBroken) as refused:
        check_council(key, None, already_exists=True)
    assert refused.value.rule is Rule.COUNCIL_UNIQUE


def test_public_health_trusts_of_the_region_appoint_by_default() -> None:
    """TRUST-HAS-SEAT default: every HF of the region; private hospitals are added by RegUt."""
    trusts = [
        HealthTrust("helse-bergen", "helse-vest", TrustKind.HF),
        HealthTrust("haraldsplass", "helse-vest", TrustKind.PRIVATE),
        HealthTrust("unn", "helse-nord", TrustKind.HF),
        HealthTrust("helse-forde", "helse-vest", TrustKind.HF),
    ]
    assert default_appointing_trusts("helse-vest", trusts) == ["helse-bergen", "helse-forde"]


def test_appointing_trust_from_another_region_is_refused_with_its_position() -> None:
    """TRUST-IN-REGION (000 §2.2; 002 §3)."""
    key = CouncilKey(CouncilKind.REGIONAL, "anestesiologi", "helse-nord")
    with pytest.raises(RuleBroken) as refused:
        check_appointing_trusts(
            key,
            [
                HealthTrust("unn", "helse-nord", TrustKind.HF),
                HealthTrust("ous", "helse-sor-ost", TrustKind.HF),
            ],
        )
    assert [(v.rule, v.pointer) for v in refused.value.violations] == [
        (Rule.TRUST_IN_REGION, "/appointing_trusts/1")
    ]


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        (
            CouncilKey(CouncilKind.REGIONAL, "anestesiologi", "helse-nord"),
            "Regionalt utdanningsråd i anestesiologi, Helse Nord",
        ),
        (
            CouncilKey(CouncilKind.REGIONAL, "anestesiologi", "helse-sor-ost"),
            "Regionalt spesialitetsvist råd i anestesiologi, Helse Sør-Øst",
        ),
        (
            CouncilKey(CouncilKind.INTERREGIONAL, "anestesiologi", None),
            "Tverregionalt råd for spesialistutdanning i anestesiologi",
        ),
    ],
)
def test_council_is_named_as_its_own_mandate_names_it(key: CouncilKey, expected: str) -> None:
    region_name = {"helse-nord": "Helse Nord RHF", "helse-sor-ost": "Helse Sør-Øst RHF"}.get(key.region or "")
    assert council_name(key, "Anestesiologi", region_name) == expected
