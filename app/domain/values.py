"""Value types shared by the rules; names from the glossary in `seeds/README.md`."""

from dataclasses import dataclass
from enum import StrEnum


class CouncilKind(StrEnum):
    REGIONAL = "regional"
    """Regionalt utdanningsråd / regionalt spesialitetsvist råd: one per region and specialty."""
    INTERREGIONAL = "interregional"
    """Tverregionalt råd: one per specialty, a representative of each regional council."""


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
    """What makes a council unique (`COUNCIL-UNIQUE`): kind, specialty and, if regional, region."""

    kind: CouncilKind
    specialty: str
    region: str | None
