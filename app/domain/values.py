"""Value types shared by the rules; names from the glossary in `seeds/README.md`."""

from dataclasses import dataclass
from enum import StrEnum


class CouncilKind(StrEnum):
    REGIONAL = "regional"
    """Regionalt utdanningsråd / regionalt spesialitetsvist råd: one per region and specialty."""
    INTERREGIONAL = "interregional"
    """Tverregionalt råd: one per specialty, a representative of each regional council."""
    STRATEGIC_COUNCIL = "strategic_council"
    """Strategisk råd for LIS-utdanning: Helse Nord's trusts' medical and HR directors (seed 004 §2)."""
    WORKING_COMMITTEE = "working_committee"
    """Arbeidsutvalg (AU) of the strategic council, acting between its meetings (seed 004 §2)."""
    EDUCATION_FORUM = "education_forum"
    """Regionalt forum for LIS-utdanning: one education-coordinating doctor per trust (seed 004 §3)."""

    @property
    def has_specialty(self) -> bool:
        """The councils are per specialty; Helse Nord's governance bodies are for LIS education as a whole."""
        return self in (CouncilKind.REGIONAL, CouncilKind.INTERREGIONAL)


class RegionCode(StrEnum):
    """The four health regions (regionale helseforetak), by the code the registry gives them."""

    HELSE_NORD = "helse-nord"
    HELSE_MIDT_NORGE = "helse-midt-norge"
    HELSE_VEST = "helse-vest"
    HELSE_SOR_OST = "helse-sor-ost"


class TrustKind(StrEnum):
    HF = "hf"
    """Public health trust (helseforetak)."""
    PRIVATE = "private"
    """Private non-profit hospital with an agreement."""


@dataclass(frozen=True)
class Specialty:
    code: str
    name_nb: str
    hospital_based: bool
    responsible_region: str | None = None


@dataclass(frozen=True)
class HealthTrust:
    code: str
    region: str
    kind: TrustKind


@dataclass(frozen=True)
class CouncilKey:
    """What makes a council unique (`COUNCIL-UNIQUE`): kind, specialty and, if regional, region; a
    governance body has no specialty, and is one of its kind in its region."""

    kind: CouncilKind
    specialty: str | None
    region: str | None


class MemberRole(StrEnum):
    """The role a member holds in one of Helse Nord's governance bodies (seed 004)."""

    MEDICAL_DIRECTOR = "medical_director"
    """Fagsjef: a health trust's medical director."""
    HR_DIRECTOR = "hr_director"
    """HR-sjef / personalsjef: a health trust's HR director."""
    RHF_DIRECTOR = "rhf_director"
    """A director of the regional health authority (RHF-direktør)."""
    REGUT_HEAD = "regut_head"
    """The head of the region's RegUt (RegUt-leder)."""
    EDUCATION_COORDINATOR = "education_coordinating_doctor"
    """Utdanningskoordinerende lege/overlege: a trust's doctor with part of a position for LIS education."""


class Competence(StrEnum):
    """What the inter-regional council should hold between its members (001 *Sammensetning*)."""

    CLINICAL_EXPERIENCE = "clinical_experience"
    """Bred klinisk erfaring."""
    RECOMMENDED_COURSES = "recommended_courses"
    """Kunnskap om de anbefalte kursene."""
    PEDAGOGY = "pedagogy"
    """Pedagogisk kompetanse."""
    RESEARCH = "research"
    """Forskningsbakgrunn."""
