"""Helse Nord's governance of LIS education (seed 004), and the inter-regional council's and RegUt's
newer rules (001, 003), on plain values: one or more tests per rule ID.

The bodies' numbers (roles, whose they are, how many holders, the share of a position, the months)
are read from the profile table, never written here again: the table is the one place the seed's
numbers live, and one test holds the table to the seed.
"""

import calendar
import itertools
from datetime import date, datetime, timedelta

import pytest

from app.clock import OSLO
from app.domain.authority import (
    NotPermitted,
    Principal,
    Scope,
    check_may_manage_seat,
    check_may_organise_meetings,
    check_may_record_leadership,
)
from app.domain.catalogue import CATALOGUE, Kind, Topic
from app.domain.compliance import Composition, Finding, Severity, Status, composition_findings
from app.domain.councils import check_council, standard_councils
from app.domain.errors import RuleBroken, Violation
from app.domain.meetings import Meeting, meeting_findings
from app.domain.profiles import (
    BODY_PROFILES,
    PROFILES,
    Holders,
    MandateProfile,
    MeetingPeriod,
    MeetingRhythm,
    MemberRoles,
    ProfileName,
    RoleTrust,
    has_mandate,
    inviting_kinds,
    profile_for,
)
from app.domain.rules import Rule
from app.domain.seats import Council, Qualifications, Seat, SeatKind, Term, check_seat
from app.domain.values import Competence, CouncilKey, CouncilKind, MemberRole, RegionCode, Specialty
from tests.unit.seat_builders import HELSE_NORD, INTERREGIONAL, LIS, body, member, seat

STRATEGIC = PROFILES[ProfileName.HN_STRATEGIC_COUNCIL]
COMMITTEE = PROFILES[ProfileName.HN_WORKING_COMMITTEE]
FORUM = PROFILES[ProfileName.HN_EDUCATION_FORUM]
BODY_NAMES = [
    ProfileName.HN_STRATEGIC_COUNCIL,
    ProfileName.HN_WORKING_COMMITTEE,
    ProfileName.HN_EDUCATION_FORUM,
]

STRATEGIC_COUNCIL = body(CouncilKind.STRATEGIC_COUNCIL)
WORKING_COMMITTEE = body(CouncilKind.WORKING_COMMITTEE)
EDUCATION_FORUM = body(CouncilKind.EDUCATION_FORUM)
BODIES = {
    ProfileName.HN_STRATEGIC_COUNCIL: STRATEGIC_COUNCIL,
    ProfileName.HN_WORKING_COMMITTEE: WORKING_COMMITTEE,
    ProfileName.HN_EDUCATION_FORUM: EDUCATION_FORUM,
}

ON = date(2026, 6, 1)


def roles_of(profile: MandateProfile) -> MemberRoles:
    assert profile.member_roles is not None, profile.name
    return profile.member_roles


def rhythm_of(profile: MandateProfile) -> MeetingRhythm:
    assert profile.meeting_rhythm is not None, profile.name
    return profile.meeting_rhythm


def trusts_role(profile: MandateProfile) -> list[MemberRole]:
    """The roles a body's appointing trusts each hold (`RoleTrust.APPOINTING`), in the table's order."""
    return [role for role, whose in roles_of(profile).roles.items() if whose is RoleTrust.APPOINTING]


def held_for(council: Council, role: MemberRole, trust: str) -> str | None:
    """The trust a member holds `role` for, as the profile says: `trust` (an appointing trust) for a
    trust's role, the RegUt's host for the role that is UNN's, none for the RHF's or RegUt's own."""
    return {
        RoleTrust.APPOINTING: trust,
        RoleTrust.REGUT_HOST: council.regut_host,
        RoleTrust.NONE: None,
    }[roles_of(council.profile).roles[role]]


def not_held_for(council: Council, role: MemberRole) -> str | None:
    """A wrong trust for `role`: some trust for a role held for none, and otherwise an appointing trust
    that is not the one the role is held for."""
    whose = roles_of(council.profile).roles[role]
    if whose is RoleTrust.NONE:
        return sorted(council.appointing_trusts)[0]
    return next(t for t in sorted(council.appointing_trusts) if t != council.regut_host)


def full_body(council: Council) -> list[Seat]:
    """Every role of the body held: a trust's role for every appointing trust, the others once; with the
    least share of a position the body asks for."""
    roles = roles_of(council.profile)
    seats = []
    for role, whose in roles.roles.items():
        trusts = sorted(council.appointing_trusts) if whose is RoleTrust.APPOINTING else [""]
        seats += [
            member(
                f"{role}-{trust or 'region'}",
                role,
                trust=held_for(council, role, trust),
                share=roles.min_position_share,
            )
            for trust in trusts
        ]
    return seats


def refused(council: Council, others: list[Seat], candidate: Seat) -> list[Violation]:
    with pytest.raises(RuleBroken) as refusal:
        check_seat(council, others, candidate)
    return list(refusal.value.violations)


def why(violations: list[Violation]) -> list[tuple[Rule, str | None, bool | None]]:
    return [(v.rule, v.pointer, v.conflict) for v in violations]


# --- The profile table ---------------------------------------------------------------------------


def test_the_profile_table_holds_the_numbers_of_seed_004() -> None:
    """Seed 004 §2 (*Strategisk råd har møte 2 ganger i året (november og juni)*; *fellesmøte mellom
    sykehusforetakenes fagsjefer og HR-sjefer*; AU: *en RHF-direktør, fagsjef i UNN og RegUt-leder*) and
    §3 (*Hver foretak tilgjengelig gjør 20% legestilling*; *møter etter behov*): the one place those
    numbers are written in the code is the profile table."""
    strategic, committee, forum = roles_of(STRATEGIC), roles_of(COMMITTEE), roles_of(FORUM)

    assert rhythm_of(STRATEGIC) == MeetingRhythm(
        1, MeetingPeriod.MONTH, Rule.HN_STRATEGIC_TWICE_YEARLY, months=(6, 11)
    )
    assert dict(strategic.roles) == {
        MemberRole.MEDICAL_DIRECTOR: RoleTrust.APPOINTING,
        MemberRole.HR_DIRECTOR: RoleTrust.APPOINTING,
    }
    assert (strategic.holders, strategic.guard, strategic.complete) == (
        Holders.PER_TRUST,
        Rule.HN_STRATEGIC_COMPOSITION,
        Rule.HN_STRATEGIC_COMPLETE,
    )
    assert strategic.min_position_share is None

    assert dict(committee.roles) == {
        MemberRole.RHF_DIRECTOR: RoleTrust.NONE,
        MemberRole.MEDICAL_DIRECTOR: RoleTrust.REGUT_HOST,
        MemberRole.REGUT_HEAD: RoleTrust.NONE,
    }
    assert (committee.holders, committee.guard, committee.complete) == (
        Holders.PER_ROLE,
        Rule.HN_WORKING_COMMITTEE,
        None,
    )
    assert COMMITTEE.max_members == 3
    assert COMMITTEE.meeting_rhythm is None  # it acts between the strategic council's meetings

    assert dict(forum.roles) == {MemberRole.EDUCATION_COORDINATOR: RoleTrust.APPOINTING}
    assert (forum.holders, forum.guard, forum.complete) == (
        Holders.PER_TRUST,
        Rule.HN_FORUM_ONE_PER_TRUST,
        Rule.HN_FORUM_COMPLETE,
    )
    assert forum.min_position_share == 20
    assert FORUM.meeting_rhythm is None  # *systematiske skypemøter etter behov*

    assert STRATEGIC.invites == (CouncilKind.EDUCATION_FORUM,)
    assert COMMITTEE.invites == FORUM.invites == ()


@pytest.mark.parametrize("name", BODY_NAMES)
def test_every_rule_a_body_names_is_catalogued_for_that_body(name: ProfileName) -> None:
    """The catalogue (`GET /v1/rules`) lists each body profile under every rule the profile carries,
    and the rules the profile's table entries name (its guard, completeness finding, meeting rhythm)
    are among them."""
    profile = PROFILES[name]
    for rule in profile.rules:
        assert rule in CATALOGUE, rule
        assert name in CATALOGUE[rule].profiles, rule
    roles = roles_of(profile)
    named = {roles.guard, roles.complete} | {profile.meeting_rhythm.rule if profile.meeting_rhythm else None}
    assert named - {None} <= profile.rules


def test_the_governance_rules_are_catalogued_for_the_bodies_that_carry_them() -> None:
    """Seed 004's rules apply to Helse Nord's bodies only, and to each body that carries them; findings
    say how serious they are."""
    governance = {rule: spec for rule, spec in CATALOGUE.items() if spec.topic is Topic.GOVERNANCE}
    assert set(governance) == {
        Rule.HN_STRATEGIC_COMPOSITION,
        Rule.HN_STRATEGIC_LEADER_BY_RHF,
        Rule.HN_STRATEGIC_COMPLETE,
        Rule.HN_STRATEGIC_TWICE_YEARLY,
        Rule.HN_WORKING_COMMITTEE,
        Rule.HN_FORUM_ONE_PER_TRUST,
        Rule.HN_FORUM_COMPLETE,
        Rule.HN_FORUM_MEETING_RIGHT,
    }
    for rule, spec in governance.items():
        assert spec.profiles <= set(BODY_NAMES), rule
        assert all(rule in PROFILES[name].rules for name in spec.profiles), rule
        assert (spec.source or "").startswith("004"), rule
        assert (spec.severity is not None) == (spec.kind is Kind.FINDING), rule
    assert governance[Rule.HN_FORUM_MEETING_RIGHT].kind is Kind.DEFAULT
    assert governance[Rule.HN_STRATEGIC_LEADER_BY_RHF].kind is Kind.GUARD


def test_the_bodies_exist_where_a_region_has_set_them_up() -> None:
    """Seed 004 is Helse Nord's: its bodies have a mandate (and a profile) there and nowhere else;
    every council has one everywhere."""
    for (kind, region), name in BODY_PROFILES.items():
        assert region == RegionCode.HELSE_NORD
        assert has_mandate(kind, region)
        assert profile_for(kind, region) is PROFILES[name]
        for elsewhere in set(RegionCode) - {RegionCode.HELSE_NORD}:
            assert not has_mandate(kind, elsewhere)
        assert not kind.has_specialty
    assert has_mandate(CouncilKind.REGIONAL, RegionCode.HELSE_VEST)
    assert has_mandate(CouncilKind.INTERREGIONAL, None)


def test_the_bodies_are_one_of_their_kind_in_their_region_and_part_of_the_standard_structure() -> None:
    """COUNCIL-UNIQUE for a body without a specialty (004 §2, §3: *et* strategisk råd, *et* forum), and the
    start-up structure creates them in Helse Nord only."""
    for kind, region in BODY_PROFILES:
        key = CouncilKey(kind, None, region)
        check_council(key, None, already_exists=False)
        with pytest.raises(RuleBroken) as refusal:
            check_council(key, None, already_exists=True)
        assert refusal.value.rule is Rule.COUNCIL_UNIQUE
    anaesthesiology = Specialty("anestesiologi", "Anestesiologi", hospital_based=True)
    bodies = {k for k in standard_councils([anaesthesiology], list(RegionCode)) if k.specialty is None}
    assert bodies == {CouncilKey(kind, None, region) for kind, region in BODY_PROFILES}
    assert not [k for k in standard_councils([], [RegionCode.HELSE_VEST]) if k.specialty is None]


# --- Seats ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", BODY_NAMES)
def test_every_role_of_a_body_can_be_filled_seat_by_seat(name: ProfileName) -> None:
    """HN-STRATEGIC-COMPOSITION, HN-WORKING-COMMITTEE, HN-FORUM-ONE-PER-TRUST: a full body is accepted,
    each seat beside the ones before it; a trust's role once per appointing trust, another role once."""
    council = BODIES[name]
    seats = full_body(council)
    for index, candidate in enumerate(seats):
        check_seat(council, seats[:index], candidate)
    roles = roles_of(council.profile)
    own = len(trusts_role(council.profile))
    assert len(seats) == own * len(council.appointing_trusts) + len(roles.roles) - own


@pytest.mark.parametrize("name", BODY_NAMES)
def test_a_member_holds_one_of_the_bodys_roles(name: ProfileName) -> None:
    """HN-STRATEGIC-COMPOSITION (004 §2: *fagsjefer og HR-sjefer*), HN-WORKING-COMMITTEE (004 §2: *RHF-
    direktør, fagsjef i UNN og RegUt-leder*), HN-FORUM-ONE-PER-TRUST (004 §3: *utdanningskoordinerende
    lege/overlege*): a role outside the body's, or none, is the request's mistake (422, not 409)."""
    council = BODIES[name]
    roles = roles_of(council.profile)
    share = roles.min_position_share
    outside = [role for role in MemberRole if role not in roles.roles]
    assert outside
    for role in [*outside, None]:
        candidate = member("anna", role, trust="nordlandssykehuset", share=share)
        assert why(refused(council, [], candidate)) == [(roles.guard, "/role", False)], role


@pytest.mark.parametrize("name", BODY_NAMES)
def test_a_body_has_member_seats_only(name: ProfileName) -> None:
    """The guard of each body: no trainee seat (that is the inter-regional council's, 001)."""
    council = BODIES[name]
    roles = roles_of(council.profile)
    role = next(iter(roles.roles))
    trust = held_for(council, role, "nordlandssykehuset")
    share = roles.min_position_share
    candidate = member("lise", role, trust=trust, share=share, kind=SeatKind.TRAINEE, qualifications=LIS)
    assert why(refused(council, [], candidate)) == [(roles.guard, "/seat", False)]


def test_the_strategic_council_is_the_trusts_medical_and_hr_directors() -> None:
    """HN-STRATEGIC-COMPOSITION (004 §2: *fellesmøte mellom sykehusforetakenes fagsjefer og HR-
    sjefer/personalsjefer*): each of the trusts' roles, for each Helse Nord trust, is accepted alone."""
    for role in trusts_role(STRATEGIC):
        for trust in sorted(STRATEGIC_COUNCIL.appointing_trusts):
            check_seat(STRATEGIC_COUNCIL, [], member("anna", role, trust=trust))


@pytest.mark.parametrize("name", [ProfileName.HN_STRATEGIC_COUNCIL, ProfileName.HN_EDUCATION_FORUM])
def test_a_trusts_role_is_held_for_one_of_helse_nords_trusts(name: ProfileName) -> None:
    """HN-STRATEGIC-COMPOSITION (004 §2: *sykehusforetakenes* fagsjefer), HN-FORUM-ONE-PER-TRUST (004 §3:
    *Hver foretak*): a trust's role names the trust (else the body's guard, 422), one of the region's
    (TRUST-IN-REGION), and one of the body's appointing trusts (TRUST-HAS-SEAT)."""
    council = BODIES[name]
    roles = roles_of(council.profile)
    role, share = trusts_role(council.profile)[0], roles.min_position_share
    assert why(refused(council, [], member("anna", role, share=share))) == [(roles.guard, "/trust", False)]
    assert why(refused(council, [], member("anna", role, trust="ous", share=share))) == [
        (Rule.TRUST_IN_REGION, "/trust", None)
    ]
    assert why(refused(council, [], member("anna", role, trust="private-nord", share=share))) == [
        (Rule.TRUST_HAS_SEAT, "/trust", None)
    ]


def test_one_holder_of_a_strategic_role_per_trust_at_any_date() -> None:
    """HN-STRATEGIC-COMPOSITION (004 §2: *at most one holder per role and trust*): a second medical
    director of the same trust in an overlapping term conflicts with the stored one (409); the same role
    for another trust, the other role for the same trust and a successor after the term are accepted."""
    first, other = trusts_role(STRATEGIC)
    sitting = [member("anna", first, trust="unn", ends=date(2026, 12, 31))]
    second = member("berit", first, trust="unn", starts=date(2026, 6, 1))
    assert why(refused(STRATEGIC_COUNCIL, sitting, second)) == [
        (Rule.HN_STRATEGIC_COMPOSITION, "/role", True)
    ]
    check_seat(STRATEGIC_COUNCIL, sitting, member("berit", first, trust="nordlandssykehuset"))
    check_seat(STRATEGIC_COUNCIL, sitting, member("berit", other, trust="unn"))
    check_seat(STRATEGIC_COUNCIL, sitting, member("berit", first, trust="unn", starts=date(2027, 1, 1)))


def test_the_working_committee_is_the_rhf_director_unns_medical_director_and_the_head_of_regut() -> None:
    """HN-WORKING-COMMITTEE (004 §2: *en RHF-direktør, fagsjef i UNN og RegUt-leder*): each role held for
    the trust the table says, UNN's medical director for the trust that hosts RegUt."""
    for role in roles_of(COMMITTEE).roles:
        check_seat(WORKING_COMMITTEE, [], member("anna", role, trust=held_for(WORKING_COMMITTEE, role, "")))


def test_the_working_committees_medical_director_is_the_one_of_the_regut_host() -> None:
    """HN-WORKING-COMMITTEE (004 §2: *fagsjef i UNN*): the medical director of another Helse Nord trust,
    or of none, is refused as the request's mistake (422)."""
    (role,) = [r for r, whose in roles_of(COMMITTEE).roles.items() if whose is RoleTrust.REGUT_HOST]
    for trust in [not_held_for(WORKING_COMMITTEE, role), None]:
        assert why(refused(WORKING_COMMITTEE, [], member("anna", role, trust=trust))) == [
            (Rule.HN_WORKING_COMMITTEE, "/trust", False)
        ], trust


def test_the_rhf_director_and_the_head_of_regut_hold_their_roles_for_no_trust() -> None:
    """HN-WORKING-COMMITTEE (004 §2): the RHF's director and RegUt's head are nobody's trust's; naming a
    trust is the request's mistake (422)."""
    own = [r for r, whose in roles_of(COMMITTEE).roles.items() if whose is RoleTrust.NONE]
    assert own
    for role in own:
        candidate = member("anna", role, trust=not_held_for(WORKING_COMMITTEE, role))
        assert why(refused(WORKING_COMMITTEE, [], candidate)) == [
            (Rule.HN_WORKING_COMMITTEE, "/trust", False)
        ], role


def test_each_working_committee_role_has_one_holder_at_any_date() -> None:
    """HN-WORKING-COMMITTEE (004 §2: *one holder per role at any date*): a second holder of any of its
    roles conflicts with the stored one (409); after the first's term, a successor is accepted."""
    for role in roles_of(COMMITTEE).roles:
        trust = held_for(WORKING_COMMITTEE, role, "")
        sitting = [member("anna", role, trust=trust, ends=date(2026, 12, 31))]
        assert why(refused(WORKING_COMMITTEE, sitting, member("berit", role, trust=trust))) == [
            (Rule.HN_WORKING_COMMITTEE, "/role", True)
        ], role
        check_seat(WORKING_COMMITTEE, sitting, member("berit", role, trust=trust, starts=date(2027, 1, 1)))


def test_the_forum_has_one_education_coordinating_doctor_per_trust() -> None:
    """HN-FORUM-ONE-PER-TRUST (004 §3: *Hver foretak tilgjengelig gjør 20% legestilling som tituleres
    utdanningskoordinerende lege/overlege*): a second one for the same trust conflicts (409); one for
    another trust is accepted."""
    (role,) = trusts_role(FORUM)
    share = roles_of(FORUM).min_position_share
    sitting = [member("anna", role, trust="unn", share=share)]
    assert why(refused(EDUCATION_FORUM, sitting, member("berit", role, trust="unn", share=share))) == [
        (Rule.HN_FORUM_ONE_PER_TRUST, "/role", True)
    ]
    check_seat(EDUCATION_FORUM, sitting, member("berit", role, trust="nordlandssykehuset", share=share))
    assert why(refused(EDUCATION_FORUM, [], member("berit", role, share=share))) == [
        (Rule.HN_FORUM_ONE_PER_TRUST, "/trust", False)
    ]


def test_the_forums_member_sets_aside_at_least_the_share_of_a_position_the_table_names() -> None:
    """HN-FORUM-ONE-PER-TRUST (004 §3: *minimum 20% av tiden avsettes til kontaktarbeid*): the least share
    and more are accepted; less, or none stated, is the request's mistake (422)."""
    (role,) = trusts_role(FORUM)
    least = roles_of(FORUM).min_position_share
    assert least is not None
    for share in (least, least + 1, 100):
        check_seat(EDUCATION_FORUM, [], member("anna", role, trust="unn", share=share))
    for too_little in (least - 1, None):
        candidate = member("anna", role, trust="unn", share=too_little)
        assert why(refused(EDUCATION_FORUM, [], candidate)) == [
            (Rule.HN_FORUM_ONE_PER_TRUST, "/position_share", False)
        ], too_little


def test_a_second_coordinator_with_too_small_a_share_breaks_the_rule_both_ways() -> None:
    """HN-FORUM-ONE-PER-TRUST: one rule, two breaches; each says whether it conflicts with what is stored,
    so the edge can answer 409 for the one and would answer 422 for the other alone."""
    (role,) = trusts_role(FORUM)
    least = roles_of(FORUM).min_position_share
    assert least is not None
    sitting = [member("anna", role, trust="unn", share=least)]
    candidate = member("berit", role, trust="unn", share=least - 1)
    assert sorted(why(refused(EDUCATION_FORUM, sitting, candidate)), key=str) == sorted(
        [
            (Rule.HN_FORUM_ONE_PER_TRUST, "/role", True),
            (Rule.HN_FORUM_ONE_PER_TRUST, "/position_share", False),
        ],
        key=str,
    )


def test_a_share_of_a_position_is_asked_only_where_the_table_names_one() -> None:
    """The strategic council and the working committee name no share (`min_position_share` None)."""
    for council in (STRATEGIC_COUNCIL, WORKING_COMMITTEE):
        assert roles_of(council.profile).min_position_share is None
        role = next(iter(roles_of(council.profile).roles))
        check_seat(council, [], member("anna", role, trust=held_for(council, role, "unn")))


def test_council_seats_without_a_role_keep_the_council_rules() -> None:
    """The councils' seat rules are unchanged by seed 004: a seat without a role passes as before, and
    their breaches leave 409 or 422 to the rule (`conflict` None)."""
    check_seat(HELSE_NORD, [], seat("anna", trust="unn", deputy="per"))
    sitting = [seat("anna", trust="unn")]
    assert why(refused(HELSE_NORD, sitting, seat("berit", trust="unn"))) == [
        (Rule.ONE_PER_TRUST, "/trust", None)
    ]
    assert why(refused(HELSE_NORD, [], seat("anna", trust="ous"))) == [(Rule.TRUST_IN_REGION, "/trust", None)]
    on_regional_council = [Term(date(2020, 1, 1))]
    check_seat(
        INTERREGIONAL, [], seat("anna", region="helse-nord"), regional_terms_of_person=on_regional_council
    )
    sitting = [seat("anna", region="helse-nord")]
    violations = refused(INTERREGIONAL, sitting, seat("berit", region="helse-nord"))
    assert (Rule.IR_ONE_PER_REGION, "/region", None) in why(violations)
    assert all(v.conflict is None for v in violations)


# --- Completeness findings ------------------------------------------------------------------------


def composition(council: Council, seats: list[Seat]) -> Composition:
    return Composition(
        council.key.kind, council.profile, seats, None, appointing_trusts=sorted(council.appointing_trusts)
    )


def statuses_by_trust(findings: list[Finding], rule: Rule) -> dict[str, list[Status]]:
    """Trust → the statuses of `rule`'s findings about it (one per role the trusts hold)."""
    by_trust: dict[str, list[Status]] = {}
    for finding in findings:
        if finding.rule is rule:
            trust = finding.subject.removeprefix("trust:").split("/")[0]
            by_trust.setdefault(trust, []).append(finding.status)
    return by_trust


@pytest.mark.parametrize(
    ("name", "rule"),
    [
        (ProfileName.HN_STRATEGIC_COUNCIL, Rule.HN_STRATEGIC_COMPLETE),
        (ProfileName.HN_EDUCATION_FORUM, Rule.HN_FORUM_COMPLETE),
    ],
    ids=["HN-STRATEGIC-COMPLETE", "HN-FORUM-COMPLETE"],
)
def test_completeness_turns_from_violation_to_ok_as_each_trust_fills_its_roles(
    name: ProfileName, rule: Rule
) -> None:
    """HN-STRATEGIC-COMPLETE (004 §2: every trust's *fagsjef* and *HR-sjef*), HN-FORUM-COMPLETE (004 §3;
    decision 3: *hvert foretak etablere utdanningskoordinerende overlege/lege innen 30. august 2019*):
    one finding per appointing trust and trust's role, a violation until a sitting member holds it."""
    council = BODIES[name]
    roles = trusts_role(council.profile)
    share = roles_of(council.profile).min_position_share
    trusts = sorted(council.appointing_trusts)
    assert CATALOGUE[rule].severity is Severity.VIOLATION

    empty = composition_findings(composition(council, []), ON)
    assert statuses_by_trust(empty, rule) == {t: [Status.VIOLATION] * len(roles) for t in trusts}
    assert all(f.severity is Severity.VIOLATION for f in empty if f.rule is rule)

    seats: list[Seat] = []
    for filled, trust in enumerate(trusts, start=1):
        seats += [member(f"{role}-{trust}", role, trust=trust, share=share) for role in roles]
        found = statuses_by_trust(composition_findings(composition(council, seats), ON), rule)
        assert found == {
            t: [Status.OK if t in trusts[:filled] else Status.VIOLATION] * len(roles) for t in trusts
        }, trust


def test_a_trust_with_only_one_of_its_strategic_roles_filled_is_incomplete_for_the_other() -> None:
    """HN-STRATEGIC-COMPLETE (004 §2): the finding is per role, named in its subject
    (`trust:<code>/<role>`); a member whose term has ended, or not begun, does not count."""
    first, other = trusts_role(STRATEGIC)
    seats = [
        member("anna", first, trust="unn"),
        member("berit", other, trust="unn", ends=ON - timedelta(days=1)),
        member("carl", other, trust="nordlandssykehuset", starts=ON + timedelta(days=1)),
    ]
    findings = composition_findings(composition(STRATEGIC_COUNCIL, seats), ON)
    status = {f.subject: f.status for f in findings if f.rule is Rule.HN_STRATEGIC_COMPLETE}
    assert status[f"trust:unn/{first}"] is Status.OK
    assert status[f"trust:unn/{other}"] is Status.VIOLATION
    assert status[f"trust:nordlandssykehuset/{other}"] is Status.VIOLATION


def test_the_working_committee_has_no_completeness_finding() -> None:
    """004 §2 names no rule that the AU be complete: its roles are held by persons, not trusts."""
    findings = composition_findings(composition(WORKING_COMMITTEE, []), ON)
    assert {f.rule for f in findings} <= {Rule.TERM_EXPIRING}


def test_a_body_reports_no_council_findings() -> None:
    """A body's findings are its profile's (and TERM-EXPIRING): no vacant council seat, no leader elected
    (the strategic council's leader is the RHF's to appoint, HN-STRATEGIC-LEADER-BY-RHF)."""
    for council in BODIES.values():
        found = {f.rule for f in composition_findings(composition(council, full_body(council)), ON)}
        assert found <= council.profile.rules | {Rule.TERM_EXPIRING}, council.key.kind


# --- Meetings -------------------------------------------------------------------------------------

_meeting_ids = itertools.count(1)
YEAR = 2026
MONTHS = rhythm_of(STRATEGIC).months
"""The months the strategic council meets in, as the table says (004 §2: *november og juni*)."""


def oslo(year: int, month: int, day: int, hour: int = 12, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=OSLO)


def last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def next_month(year: int, month: int) -> tuple[int, int]:
    return (year + 1, 1) if month == 12 else (year, month + 1)


def previous_month(year: int, month: int) -> tuple[int, int]:
    return (year - 1, 12) if month == 1 else (year, month - 1)


def meeting(starts_at: datetime, *, cancelled: bool = False) -> Meeting:
    return Meeting(f"m{next(_meeting_ids)}", starts_at, starts_at + timedelta(hours=2), cancelled)


def month_statuses(meetings: list[Meeting], now: datetime, year: int = YEAR) -> dict[str, Status]:
    """`period:<year>-<month>` → status of HN-STRATEGIC-TWICE-YEARLY."""
    found = meeting_findings(STRATEGIC, meetings, year, now=now, zone=OSLO)
    assert {f.rule for f in found} == {Rule.HN_STRATEGIC_TWICE_YEARLY}
    return {f.subject: f.status for f in found}


def period(month: int, year: int = YEAR) -> str:
    return f"period:{year}-{month:02d}"


def test_the_strategic_council_is_asked_for_a_meeting_in_each_of_its_months() -> None:
    """HN-STRATEGIC-TWICE-YEARLY (004 §2: *møte 2 ganger i året (november og juni)*): one finding per
    month of the table, pending while the month has not ended, a violation once it has."""
    first, *later = MONTHS
    during = oslo(YEAR, first, last_day(YEAR, first), 23, 59)
    assert month_statuses([], during) == {period(m): Status.PENDING for m in MONTHS}
    after = oslo(*next_month(YEAR, first), 1, 0, 0)
    assert month_statuses([], after) == {period(first): Status.VIOLATION} | {
        period(m): Status.PENDING for m in later
    }
    over = oslo(YEAR + 1, 1, 1, 0, 0)
    assert month_statuses([], over) == {period(m): Status.VIOLATION for m in MONTHS}
    assert CATALOGUE[Rule.HN_STRATEGIC_TWICE_YEARLY].severity is Severity.VIOLATION


def test_a_meeting_held_in_each_month_meets_the_rule() -> None:
    """HN-STRATEGIC-TWICE-YEARLY (004 §2): a held meeting in each named month is ok; a scheduled one not
    yet held leaves its month pending."""
    first, *later = MONTHS
    meetings = [meeting(oslo(YEAR, m, 10)) for m in MONTHS]
    assert month_statuses(meetings, oslo(YEAR + 1, 1, 1, 0, 0)) == {period(m): Status.OK for m in MONTHS}
    between = oslo(*next_month(YEAR, first), 15)
    assert month_statuses(meetings, between) == {period(first): Status.OK} | {
        period(m): Status.PENDING for m in later
    }


def test_two_meetings_in_other_months_do_not_meet_the_named_months() -> None:
    """HN-STRATEGIC-TWICE-YEARLY (004 §2: twice a year *in November and in June*): the count is per named
    month, so two meetings elsewhere in the year, or a cancelled one in the month, meet neither."""
    elsewhere = [m for m in range(1, 13) if m not in MONTHS][:2]
    meetings = [meeting(oslo(YEAR, m, 10)) for m in elsewhere]
    meetings += [meeting(oslo(YEAR, m, 10), cancelled=True) for m in MONTHS]
    assert month_statuses(meetings, oslo(YEAR + 1, 1, 1, 0, 0)) == {
        period(m): Status.VIOLATION for m in MONTHS
    }


@pytest.mark.parametrize("month", MONTHS)
def test_a_meeting_counts_in_the_month_of_its_start_in_oslo(month: int) -> None:
    """HN-STRATEGIC-TWICE-YEARLY by Oslo's calendar: 23:30 on the month's last day and 00:30 on its first
    day (22:30 UTC the day before) count for the month; 00:30 on the next month's first day (still the
    month in UTC) and 23:30 on the day before the month do not."""
    over = oslo(YEAR + 1, 1, 1, 0, 0)
    inside = [
        oslo(YEAR, month, last_day(YEAR, month), 23, 30),
        oslo(YEAR, month, 1, 0, 30),
    ]
    before_year, before_month = previous_month(YEAR, month)
    outside = [
        oslo(*next_month(YEAR, month), 1, 0, 30),
        oslo(before_year, before_month, last_day(before_year, before_month), 23, 30),
    ]
    for start in inside:
        assert month_statuses([meeting(start)], over)[period(month)] is Status.OK, start
    for start in outside:
        assert month_statuses([meeting(start)], over)[period(month)] is Status.VIOLATION, start


def test_the_meeting_on_the_evening_of_30_june_counts_for_june() -> None:
    """HN-STRATEGIC-TWICE-YEARLY (004 §2: *juni*): 23:30 on 30 June in Oslo is 21:30 UTC, in June; 00:30
    on 1 July in Oslo is 22:30 UTC on 30 June, and is July's."""
    june = 6
    assert june in MONTHS
    over = oslo(YEAR + 1, 1, 1, 0, 0)
    assert month_statuses([meeting(oslo(YEAR, 6, 30, 23, 30))], over)[period(june)] is Status.OK
    assert month_statuses([meeting(oslo(YEAR, 7, 1, 0, 30))], over)[period(june)] is Status.VIOLATION


def test_a_month_before_the_body_existed_asks_nothing_of_it() -> None:
    """HN-STRATEGIC-TWICE-YEARLY and the council's life: established after the first month has ended,
    only the later months are asked for (decision 4: *Første møte i Strategisk råd berammes til
    november 2019*)."""
    first, *later = MONTHS
    established = date(*next_month(YEAR, first), 1)
    found = meeting_findings(
        STRATEGIC, [], YEAR, now=oslo(YEAR + 1, 1, 1, 0, 0), zone=OSLO, established_on=established
    )
    assert {f.subject: f.status for f in found} == {period(m): Status.VIOLATION for m in later}


def test_the_working_committee_and_the_forum_meet_as_they_need_to() -> None:
    """004 §2 (the AU acts between meetings) and §3 (*møter etter behov*): no frequency finding."""
    for profile in (COMMITTEE, FORUM):
        assert meeting_findings(profile, [], YEAR, now=oslo(YEAR + 1, 1, 1, 0, 0), zone=OSLO) == []


def test_the_forums_members_are_invited_to_the_strategic_councils_meetings() -> None:
    """HN-FORUM-MEETING-RIGHT (004 §4: *Personene i Regionalt forum for LIS utdanning har møterett i
    halvårlige møter i Strategisk råd*): the strategic council's profile invites the forum, so the
    forum's calendar shows the strategic council's meetings; no other body or council invites or is
    invited, and no other region has the bodies."""
    assert Rule.HN_FORUM_MEETING_RIGHT in STRATEGIC.rules
    assert CATALOGUE[Rule.HN_FORUM_MEETING_RIGHT].kind is Kind.DEFAULT
    for invited in STRATEGIC.invites:
        assert inviting_kinds(invited, RegionCode.HELSE_NORD) == {CouncilKind.STRATEGIC_COUNCIL}
        assert inviting_kinds(invited, RegionCode.HELSE_VEST) == set()
    not_invited = set(CouncilKind) - set(STRATEGIC.invites)
    for kind in not_invited:
        assert inviting_kinds(kind, RegionCode.HELSE_NORD) == set(), kind
    assert all(
        not PROFILES[name].invites for name in PROFILES if name is not ProfileName.HN_STRATEGIC_COUNCIL
    )


# --- Authority ------------------------------------------------------------------------------------

ADMIN = Principal("admin", frozenset({Scope.ADMIN}))
REGUT_NORD = Principal("regut-nord", frozenset({Scope.REGUT}), "983974899", "unn", "helse-nord", "helse-nord")
REGUT_SOR_OST = Principal(
    "regut-hso", frozenset({Scope.REGUT}), "993467049", "ous", "helse-sor-ost", "helse-sor-ost"
)
UNN = Principal("unn", frozenset({Scope.APPOINTMENTS}), "983974899", "unn", "helse-nord")
NORDLAND = Principal("nlsh", frozenset({Scope.APPOINTMENTS}), "983974910", "nordlandssykehuset", "helse-nord")


def test_only_the_rhf_records_the_strategic_councils_leader() -> None:
    """HN-STRATEGIC-LEADER-BY-RHF (004 §2: *RHF'et utpeker en leder for strategisk råd*): RegUt Nord and
    a trust are refused under that rule; an administrator, acting for Helse Nord RHF, records it."""
    key = STRATEGIC_COUNCIL.key
    check_may_record_leadership(ADMIN, key, STRATEGIC.rules, None)
    for principal in (REGUT_NORD, UNN, REGUT_SOR_OST):
        with pytest.raises(NotPermitted) as refusal:
            check_may_record_leadership(principal, key, STRATEGIC.rules, None)
        assert refusal.value.rule is Rule.HN_STRATEGIC_LEADER_BY_RHF, principal.subject


def test_the_rhf_rule_does_not_apply_where_a_council_elects_its_leader() -> None:
    """HN-STRATEGIC-LEADER-BY-RHF is the strategic council's alone: a regional council's leader (000
    *Ledelse*: *Rådet konstituerer seg selv og velger leder*), and the other bodies', are recorded by
    the region's RegUt; a trust refused there is not refused under the RHF rule."""
    for council in (HELSE_NORD, WORKING_COMMITTEE, EDUCATION_FORUM):
        rules = council.profile.rules
        assert Rule.HN_STRATEGIC_LEADER_BY_RHF not in rules
        check_may_record_leadership(REGUT_NORD, council.key, rules, None)
        with pytest.raises(NotPermitted) as refusal:
            check_may_record_leadership(UNN, council.key, rules, None)
        assert refusal.value.rule is not Rule.HN_STRATEGIC_LEADER_BY_RHF


def test_a_trust_registers_the_roles_held_for_it_and_regut_the_others() -> None:
    """APPOINTER-OWN-TRUST on a body: a trust's system registers its own medical director, HR director or
    education-coordinating doctor, not another trust's; a role held for no trust (the RHF director, the
    head of RegUt) is registered by the region's RegUt or an administrator."""

    def manage(principal: Principal, key: CouncilKey, trust: str | None) -> None:
        region = None if trust is None else "helse-nord"
        check_may_manage_seat(
            principal,
            key,
            trainee_seat=False,
            trust=trust,
            trust_region=region,
            region=None,
            responsible_region=None,
        )

    for key in (STRATEGIC_COUNCIL.key, EDUCATION_FORUM.key):
        manage(NORDLAND, key, "nordlandssykehuset")
        manage(REGUT_NORD, key, "nordlandssykehuset")
        with pytest.raises(NotPermitted) as refusal:
            manage(NORDLAND, key, "unn")
        assert refusal.value.rule is Rule.APPOINTER_OWN_TRUST

    committee = WORKING_COMMITTEE.key
    manage(REGUT_NORD, committee, None)
    manage(ADMIN, committee, None)
    for principal in (NORDLAND, REGUT_SOR_OST):
        with pytest.raises(NotPermitted):
            manage(principal, committee, None)


def test_regut_nord_organises_the_bodies_meetings() -> None:
    """MEETING-ORGANISER for the bodies: the RegUt of the region (through whose system the strategic
    council's leader convenes) or an administrator; not another RegUt, not a trust."""
    for council in BODIES.values():
        check_may_organise_meetings(REGUT_NORD, council.key, None)
        check_may_organise_meetings(ADMIN, council.key, None)
        for principal in (REGUT_SOR_OST, UNN):
            with pytest.raises(NotPermitted) as refusal:
                check_may_organise_meetings(principal, council.key, None)
            assert refusal.value.rule is Rule.MEETING_ORGANISER


# --- The inter-regional council (001) ---------------------------------------------------------------

REGIONS = [str(region) for region in RegionCode]


def interregional(seats: list[Seat]) -> Composition:
    return Composition(
        INTERREGIONAL.key.kind, INTERREGIONAL.profile, seats, None, regions_with_regional_council=REGIONS
    )


def findings_of(rule: Rule, seats: list[Seat]) -> dict[str, Status]:
    return {f.subject: f.status for f in composition_findings(interregional(seats), ON) if f.rule is rule}


def test_no_trainee_representative_is_advice_not_a_violation() -> None:
    """IR-TRAINEE-PROPOSED (001 *Sammensetning*: *De regionale rådene bør i tillegg foreslå en felles
    representant for leger i spesialisering*): advice without a sitting trainee seat, ok with one; a
    trainee seat that has ended or not yet begun does not count."""
    members = [seat("anna", region="helse-nord")]
    assert CATALOGUE[Rule.IR_TRAINEE_PROPOSED].severity is Severity.ADVICE
    assert findings_of(Rule.IR_TRAINEE_PROPOSED, members) == {"trainee-seat": Status.ADVICE}
    ended = seat("lise", kind=SeatKind.TRAINEE, qualifications=LIS, ends=ON - timedelta(days=1))
    future = seat("lars", kind=SeatKind.TRAINEE, qualifications=LIS, starts=ON + timedelta(days=1))
    assert findings_of(Rule.IR_TRAINEE_PROPOSED, [*members, ended, future]) == {"trainee-seat": Status.ADVICE}
    sitting = seat("lise", kind=SeatKind.TRAINEE, qualifications=LIS)
    assert findings_of(Rule.IR_TRAINEE_PROPOSED, [*members, sitting]) == {"trainee-seat": Status.OK}


def test_the_councils_competences_are_held_between_its_members() -> None:
    """IR-COMPETENCE-MIX (001 *Sammensetning*: *bred klinisk erfaring og kunnskap om de anbefalte kursene
    ... gjerne pedagogisk kompetanse og forskningsbakgrunn*): one advice finding per competence of the
    profile that no sitting member declares; two members holding them between them is enough."""
    wanted = sorted(INTERREGIONAL.profile.competences)
    assert wanted
    assert CATALOGUE[Rule.IR_COMPETENCE_MIX].severity is Severity.ADVICE

    def declaring(
        person: str, region: str, competences: list[Competence], ends: date = date(2028, 12, 31)
    ) -> Seat:
        declared = Qualifications(specialist_in_specialty=True, competences=frozenset(competences))
        return seat(person, region=region, qualifications=declared, ends=ends)

    assert findings_of(Rule.IR_COMPETENCE_MIX, []) == {f"competence:{c}": Status.ADVICE for c in wanted}
    *most, missing = wanted
    half = len(most) // 2
    some = [declaring("anna", "helse-nord", most[:half]), declaring("berit", "helse-vest", most[half:])]
    assert findings_of(Rule.IR_COMPETENCE_MIX, some) == {
        f"competence:{c}": Status.ADVICE if c == missing else Status.OK for c in wanted
    }
    ended = declaring("carl", "helse-sor-ost", [missing], ends=ON - timedelta(days=1))
    assert findings_of(Rule.IR_COMPETENCE_MIX, [*some, ended])[f"competence:{missing}"] is Status.ADVICE
    complete = [*some, declaring("carl", "helse-sor-ost", [missing])]
    assert findings_of(Rule.IR_COMPETENCE_MIX, complete) == {f"competence:{c}": Status.OK for c in wanted}


def test_only_the_interregional_council_is_asked_for_a_trainee_and_a_mix_of_competences() -> None:
    """IR-TRAINEE-PROPOSED and IR-COMPETENCE-MIX are the inter-regional profile's (001), catalogued so."""
    for rule in (Rule.IR_TRAINEE_PROPOSED, Rule.IR_COMPETENCE_MIX):
        assert CATALOGUE[rule].profiles == {ProfileName.INTERREGIONAL}
        assert {name for name, profile in PROFILES.items() if rule in profile.rules} == {
            ProfileName.INTERREGIONAL
        }
    regional = Composition(HELSE_NORD.key.kind, HELSE_NORD.profile, [], None, appointing_trusts=["unn"])
    found = {f.rule for f in composition_findings(regional, ON)}
    assert not found & {Rule.IR_TRAINEE_PROPOSED, Rule.IR_COMPETENCE_MIX}


# --- RegUt (003) ----------------------------------------------------------------------------------


def test_regut_national_functions_are_reference_data() -> None:
    """REGUT-NATIONAL-FUNCTIONS (003 tasks 4, 10, 11; *Organisering*): a fact of the reference data,
    shown with each RegUt, for every profile; the data itself is tested in test_reference_data.py."""
    spec = CATALOGUE[Rule.REGUT_NATIONAL_FUNCTIONS]
    assert (spec.topic, spec.kind, spec.severity) == (Topic.REGUT, Kind.DATA, None)
    assert spec.profiles == frozenset(ProfileName)
    assert (spec.source or "").startswith("003")
