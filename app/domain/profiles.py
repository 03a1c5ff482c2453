"""Mandate profiles: the one table of the mandates' numbers and which rules apply where.

A region that adopts a new mandate changes a row here, not the logic that reads it.
"""

from dataclasses import dataclass
from enum import StrEnum

from app.domain.rules import Rule
from app.domain.values import CouncilKind


class ProfileName(StrEnum):
    HELSE_NORD = "helse-nord"
    HELSE_SOR_OST = "helse-sor-ost"
    REGIONAL_DEFAULT = "regional-default"
    INTERREGIONAL = "interregional"


class MeetingPeriod(StrEnum):
    HALF_YEAR = "half_year"
    YEAR = "year"


class Convener(StrEnum):
    """Who convenes a council's meetings (always through the RegUt's system, MEETING-ORGANISER)."""

    REGUT = "regut"
    LEADER = "leader"
    COORDINATOR = "coordinator"


@dataclass(frozen=True)
class MeetingRhythm:
    """At least `meetings` held meetings in every `period`, or the finding `rule`; convened by
    `convener` unless the meeting says otherwise."""

    meetings: int
    period: MeetingPeriod
    rule: Rule
    convener: Convener


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
    meeting_rhythm: MeetingRhythm
    rules: frozenset[Rule]
    """The profile-specific rules (guards and findings) that apply on top of the common ones."""


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
        meeting_rhythm=MeetingRhythm(1, MeetingPeriod.HALF_YEAR, Rule.HN_HALF_YEARLY, Convener.LEADER),
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
        meeting_rhythm=MeetingRhythm(1, MeetingPeriod.YEAR, Rule.HSO_ANNUAL, Convener.REGUT),
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
        meeting_rhythm=MeetingRhythm(1, MeetingPeriod.YEAR, Rule.DEFAULT_ANNUAL, Convener.REGUT),
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
        meeting_rhythm=MeetingRhythm(2, MeetingPeriod.YEAR, Rule.IR_TWICE_YEARLY, Convener.COORDINATOR),
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
                Rule.IR_COORDINATOR,
                Rule.IR_TWICE_YEARLY,
                Rule.IR_REGUT_ATTENDS,
                Rule.MEETING_DIGITAL_DEFAULT,
            }
        ),
    ),
}

REGIONAL_PROFILE_BY_REGION: dict[str, ProfileName] = {
    "helse-nord": ProfileName.HELSE_NORD,
    "helse-sor-ost": ProfileName.HELSE_SOR_OST,
}
"""Regions with a mandate of their own in the sources; every other region gets the default."""

TERM_EXPIRY_NOTICE_DAYS = 90
"""TERM-EXPIRING: how far ahead a term's end without a successor is reported."""

COORDINATING_ROTATION_YEARS = 2
"""The coordinating RegUt rotates in two-year periods ending 31 January (003 *Organisering*)."""


def profile_for(kind: CouncilKind, region: str | None) -> MandateProfile:
    """The mandate profile a council falls under, from its kind and region."""
    if kind is CouncilKind.INTERREGIONAL:
        return PROFILES[ProfileName.INTERREGIONAL]
    name = REGIONAL_PROFILE_BY_REGION.get(region or "", ProfileName.REGIONAL_DEFAULT)
    return PROFILES[name]
