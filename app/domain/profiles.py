"""Mandate profiles: the one table of the mandates' numbers and which rules apply where.

A region that adopts a new mandate changes a row here, not the logic that reads it.
"""

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from app.domain.rules import Rule
from app.domain.values import Competence, CouncilKind, MemberRole, RegionCode


class ProfileName(StrEnum):
    HELSE_NORD = "helse-nord"
    HELSE_SOR_OST = "helse-sor-ost"
    REGIONAL_DEFAULT = "regional-default"
    INTERREGIONAL = "interregional"
    HN_STRATEGIC_COUNCIL = "helse-nord-strategic-council"
    HN_WORKING_COMMITTEE = "helse-nord-working-committee"
    HN_EDUCATION_FORUM = "helse-nord-education-forum"


class MeetingPeriod(StrEnum):
    MONTH = "month"
    """Named months of the year (`MeetingRhythm.months`), each on its own."""
    HALF_YEAR = "half_year"
    YEAR = "year"


class Convener(StrEnum):
    """Who convenes a council's meetings (always through the RegUt's system, MEETING-ORGANISER)."""

    REGUT = "regut"
    LEADER = "leader"
    COORDINATOR = "coordinator"


@dataclass(frozen=True)
class MeetingRhythm:
    """At least `meetings` held meetings in every `period` (in each of `months`, for
    `MeetingPeriod.MONTH`), or the finding `rule`."""

    meetings: int
    period: MeetingPeriod
    rule: Rule
    months: tuple[int, ...] = ()


class RoleTrust(StrEnum):
    """Whose role a governance body's member holds."""

    APPOINTING = "appointing"
    """One of the body's appointing trusts: the member holds the role for that trust."""
    REGUT_HOST = "regut_host"
    """The trust that hosts the region's RegUt (UNN in Helse Nord)."""
    NONE = "none"
    """No trust's: the regional health authority's, or the RegUt's own."""


class Holders(StrEnum):
    PER_TRUST = "per_trust"
    """At most one holder of each role for each trust at any date."""
    PER_ROLE = "per_role"
    """At most one holder of each role at any date."""


@dataclass(frozen=True)
class MemberRoles:
    """A governance body whose members hold named roles (seed 004) rather than represent a trust or
    a region: which roles, whose, how many holders at once, and the rules that say so."""

    roles: Mapping[MemberRole, RoleTrust]
    holders: Holders
    guard: Rule
    """The guard that refuses a seat outside these roles, or a second holder."""
    complete: Rule | None = None
    """The finding that every appointing trust has a holder of every role (`Holders.PER_TRUST`)."""
    min_position_share: int | None = None
    """The least share of a position, in percent, a member has set aside for the body's work."""


@dataclass(frozen=True)
class MandateProfile:
    name: ProfileName
    source: str
    council_name: str
    """Template for a council's default name; fields `specialty` (lower case) and `region`."""
    max_members: int | None
    """Member seats at any date (`HN-MAX-FOUR`); None: bounded only by the appointing trusts."""
    min_term_years: int | None
    max_term_years: int | None
    default_term_years: int | None
    meeting_rhythm: MeetingRhythm | None
    """None: the body meets as it needs to, with no frequency rule."""
    convener: Convener
    """Who convenes a meeting unless the meeting says otherwise (always through RegUt's system,
    MEETING-ORGANISER)."""
    rules: frozenset[Rule]
    """The profile-specific rules (guards and findings) that apply on top of the common ones."""
    member_roles: MemberRoles | None = None
    """A governance body's roles; None for the councils, whose members represent trusts or regions."""
    invites: tuple[CouncilKind, ...] = ()
    """Bodies of the same region whose members a new meeting invites (HN-FORUM-MEETING-RIGHT)."""
    competences: frozenset[Competence] = field(default_factory=frozenset)
    """IR-COMPETENCE-MIX: what the council should hold between its members."""


_REGIONAL_COMMON = frozenset(
    {
        Rule.TRUST_IN_REGION,
        Rule.TRUST_HAS_SEAT,
        Rule.ONE_PER_TRUST,
        Rule.APPOINTER_OWN_TRUST,
        Rule.SEAT_VACANT,
        Rule.LEADER_ELECTED,
    }
)

PROFILES: dict[ProfileName, MandateProfile] = {
    ProfileName.HELSE_NORD: MandateProfile(
        name=ProfileName.HELSE_NORD,
        source="000 §2.2 (Helse Nord, regionalt utdanningsråd)",
        council_name="Regionalt utdanningsråd i {specialty}, {region}",
        max_members=4,
        min_term_years=None,
        max_term_years=None,
        default_term_years=None,
        meeting_rhythm=MeetingRhythm(1, MeetingPeriod.HALF_YEAR, Rule.HN_HALF_YEARLY),
        convener=Convener.LEADER,
        rules=_REGIONAL_COMMON
        | {
            Rule.HN_MAX_FOUR,
            Rule.HN_SPECIALIST,
            Rule.HN_PREFERRED_ROLE,
            Rule.HN_DEPUTY_DESIGNATED,
            Rule.HN_HALF_YEARLY,
            Rule.HN_REGUT_ANNUAL,
        },
    ),
    ProfileName.HELSE_SOR_OST: MandateProfile(
        name=ProfileName.HELSE_SOR_OST,
        source="002 §3 (Helse Sør-Øst, regionalt spesialitetsvist råd)",
        council_name="Regionalt spesialitetsvist råd i {specialty}, {region}",
        max_members=None,
        min_term_years=2,
        max_term_years=None,
        default_term_years=2,
        meeting_rhythm=MeetingRhythm(1, MeetingPeriod.YEAR, Rule.HSO_ANNUAL),
        convener=Convener.REGUT,
        rules=_REGIONAL_COMMON
        | {
            Rule.HSO_SENIOR_CONSULTANT,
            Rule.HSO_PREFERRED_ROLE,
            Rule.HSO_DEPUTY_REQUIRED,
            Rule.HSO_MIN_TERM,
            Rule.HSO_DEPUTY_LEADER,
            Rule.HSO_ANNUAL,
            Rule.MEETING_DIGITAL_DEFAULT,
        },
    ),
    ProfileName.REGIONAL_DEFAULT: MandateProfile(
        name=ProfileName.REGIONAL_DEFAULT,
        source="002 §1 (equivalent councils in the other regions)",
        council_name="Regionalt råd for spesialistutdanning i {specialty}, {region}",
        max_members=None,
        min_term_years=None,
        max_term_years=None,
        default_term_years=None,
        meeting_rhythm=MeetingRhythm(1, MeetingPeriod.YEAR, Rule.DEFAULT_ANNUAL),
        convener=Convener.REGUT,
        rules=_REGIONAL_COMMON | {Rule.DEFAULT_ANNUAL},
    ),
    ProfileName.INTERREGIONAL: MandateProfile(
        name=ProfileName.INTERREGIONAL,
        source="001 (tverregionale råd for spesialistutdanning av leger)",
        council_name="Tverregionalt råd for spesialistutdanning i {specialty}",
        max_members=None,
        min_term_years=None,
        max_term_years=4,
        default_term_years=4,
        meeting_rhythm=MeetingRhythm(2, MeetingPeriod.YEAR, Rule.IR_TWICE_YEARLY),
        convener=Convener.COORDINATOR,
        rules=frozenset(
            {
                Rule.IR_CONSTITUTED_BY_RESPONSIBLE_REGUT,
                Rule.IR_ONE_PER_REGION,
                Rule.IR_FROM_REGIONAL_COUNCIL,
                Rule.IR_PREFERRED_LEADER,
                Rule.IR_TRAINEE_SEAT,
                Rule.IR_TERM_FOUR_YEARS,
                Rule.IR_ELECTION_BY_REGUT,
                Rule.IR_SEAT_VACANT,
                Rule.IR_TRAINEE_PROPOSED,
                Rule.IR_COMPETENCE_MIX,
                Rule.IR_COORDINATOR,
                Rule.IR_TWICE_YEARLY,
                Rule.IR_REGUT_ATTENDS,
                Rule.MEETING_DIGITAL_DEFAULT,
            }
        ),
        competences=frozenset(
            {
                Competence.CLINICAL_EXPERIENCE,
                Competence.RECOMMENDED_COURSES,
                Competence.PEDAGOGY,
                Competence.RESEARCH,
            }
        ),
    ),
    # Helse Nord's governance of LIS education (seed 004): bodies of the region, not of a specialty.
    ProfileName.HN_STRATEGIC_COUNCIL: MandateProfile(
        name=ProfileName.HN_STRATEGIC_COUNCIL,
        source="004 §2 (Helse Nord, strategisk råd for LIS-utdanning)",
        council_name="Strategisk råd for LIS-utdanning, {region}",
        max_members=None,
        min_term_years=None,
        max_term_years=None,
        default_term_years=None,
        meeting_rhythm=MeetingRhythm(1, MeetingPeriod.MONTH, Rule.HN_STRATEGIC_TWICE_YEARLY, months=(6, 11)),
        convener=Convener.LEADER,
        rules=frozenset(
            {
                Rule.TRUST_IN_REGION,
                Rule.TRUST_HAS_SEAT,
                Rule.APPOINTER_OWN_TRUST,
                Rule.HN_STRATEGIC_COMPOSITION,
                Rule.HN_STRATEGIC_LEADER_BY_RHF,
                Rule.HN_STRATEGIC_COMPLETE,
                Rule.HN_STRATEGIC_TWICE_YEARLY,
                Rule.HN_FORUM_MEETING_RIGHT,
            }
        ),
        member_roles=MemberRoles(
            roles={
                MemberRole.MEDICAL_DIRECTOR: RoleTrust.APPOINTING,
                MemberRole.HR_DIRECTOR: RoleTrust.APPOINTING,
            },
            holders=Holders.PER_TRUST,
            guard=Rule.HN_STRATEGIC_COMPOSITION,
            complete=Rule.HN_STRATEGIC_COMPLETE,
        ),
        invites=(CouncilKind.EDUCATION_FORUM,),
    ),
    ProfileName.HN_WORKING_COMMITTEE: MandateProfile(
        name=ProfileName.HN_WORKING_COMMITTEE,
        source="004 §2 (Helse Nord, arbeidsutvalg for strategisk råd)",
        council_name="Arbeidsutvalget for strategisk råd for LIS-utdanning, {region}",
        max_members=3,
        min_term_years=None,
        max_term_years=None,
        default_term_years=None,
        meeting_rhythm=None,
        convener=Convener.REGUT,
        rules=frozenset({Rule.HN_WORKING_COMMITTEE}),
        member_roles=MemberRoles(
            roles={
                MemberRole.RHF_DIRECTOR: RoleTrust.NONE,
                MemberRole.MEDICAL_DIRECTOR: RoleTrust.REGUT_HOST,
                MemberRole.REGUT_HEAD: RoleTrust.NONE,
            },
            holders=Holders.PER_ROLE,
            guard=Rule.HN_WORKING_COMMITTEE,
        ),
    ),
    ProfileName.HN_EDUCATION_FORUM: MandateProfile(
        name=ProfileName.HN_EDUCATION_FORUM,
        source="004 §3 (Helse Nord, regionalt forum for LIS-utdanning)",
        council_name="Regionalt forum for LIS-utdanning, {region}",
        max_members=None,
        min_term_years=None,
        max_term_years=None,
        default_term_years=None,
        meeting_rhythm=None,
        convener=Convener.REGUT,
        rules=frozenset(
            {
                Rule.TRUST_IN_REGION,
                Rule.TRUST_HAS_SEAT,
                Rule.APPOINTER_OWN_TRUST,
                Rule.HN_FORUM_ONE_PER_TRUST,
                Rule.HN_FORUM_COMPLETE,
            }
        ),
        member_roles=MemberRoles(
            roles={MemberRole.EDUCATION_COORDINATOR: RoleTrust.APPOINTING},
            holders=Holders.PER_TRUST,
            guard=Rule.HN_FORUM_ONE_PER_TRUST,
            complete=Rule.HN_FORUM_COMPLETE,
            min_position_share=20,
        ),
    ),
}

BODY_PROFILES: dict[tuple[CouncilKind, str], ProfileName] = {
    (CouncilKind.STRATEGIC_COUNCIL, RegionCode.HELSE_NORD): ProfileName.HN_STRATEGIC_COUNCIL,
    (CouncilKind.WORKING_COMMITTEE, RegionCode.HELSE_NORD): ProfileName.HN_WORKING_COMMITTEE,
    (CouncilKind.EDUCATION_FORUM, RegionCode.HELSE_NORD): ProfileName.HN_EDUCATION_FORUM,
}
"""The governance bodies a region has set up, by kind and region: seed 004 describes Helse Nord's."""

REGIONAL_PROFILE_BY_REGION: dict[str, ProfileName] = {
    "helse-nord": ProfileName.HELSE_NORD,
    "helse-sor-ost": ProfileName.HELSE_SOR_OST,
}
"""Regions with a mandate of their own in the sources; every other region gets the default."""

TERM_EXPIRY_NOTICE_DAYS = 90
"""TERM-EXPIRING: how far ahead a term's end without a successor is reported."""

MANDATES_START = date(2019, 1, 1)
"""BEFORE-ESTABLISHED: the earliest day a council can have been established. The regional councils
began as *regionale utdanningsutvalg* under a time-limited mandate for 2019-2022 (000 *Bakgrunn*), and
Helse Nord's governance bodies were decided on 5 June 2019 (004); no source sets up a council before
2019, though the regulations (January 2017) and the RegUt mandate (October 2018) are older."""

COORDINATING_ROTATION_YEARS = 2
"""The coordinating RegUt rotates in two-year periods ending 31 January (003 *Organisering*)."""


def has_mandate(kind: CouncilKind, region: str | None) -> bool:
    """Whether a body of `kind` can exist in `region`: every council can; a governance body only
    where a region has set one up (BODY_PROFILES)."""
    return kind.has_specialty or (kind, region or "") in BODY_PROFILES


def profile_for(kind: CouncilKind, region: str | None) -> MandateProfile:
    """The mandate profile a council or body falls under, from its kind and region; a governance
    body without a mandate in its region (`has_mandate`) is a programming error: KeyError."""
    if kind is CouncilKind.INTERREGIONAL:
        return PROFILES[ProfileName.INTERREGIONAL]
    if not kind.has_specialty:
        return PROFILES[BODY_PROFILES[(kind, region or "")]]
    name = REGIONAL_PROFILE_BY_REGION.get(region or "", ProfileName.REGIONAL_DEFAULT)
    return PROFILES[name]


def inviting_kinds(kind: CouncilKind, region: str | None) -> set[CouncilKind]:
    """The kinds of body in `region` whose new meetings invite the members of a `kind` body
    (HN-FORUM-MEETING-RIGHT: the strategic council invites the forum)."""
    return {
        inviter
        for (inviter, body_region), name in BODY_PROFILES.items()
        if body_region == region and kind in PROFILES[name].invites
    }
