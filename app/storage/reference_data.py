"""The packaged reference data (copied from `shared/reference/`, and RegUt's national functions from
seed 003), parsed into plain rows."""

import csv
from dataclasses import dataclass
from datetime import date
from importlib import resources

from app.domain.values import TrustKind


@dataclass(frozen=True)
class RegionRow:
    code: str
    name: str
    regut_name: str
    regut_email: str | None
    regut_national_functions: list[dict[str, str]]
    """REGUT-NATIONAL-FUNCTIONS: `{code, description, source}` of each task the RegUt does for all four."""


@dataclass(frozen=True)
class TrustRow:
    code: str
    region_code: str
    name: str
    org_number: str
    kind: str
    hosts_regut: bool


@dataclass(frozen=True)
class SpecialtyRow:
    code: str
    name_nb: str
    name_en: str
    abbreviation: str | None
    hospital_based: bool
    responsible_region_code: str | None


@dataclass(frozen=True)
class PeriodRow:
    region_code: str
    starts_on: date | None
    ends_on: date


@dataclass(frozen=True)
class ReferenceData:
    regions: list[RegionRow]
    trusts: list[TrustRow]
    specialties: list[SpecialtyRow]
    periods: list[PeriodRow]


def _rows(name: str) -> list[dict[str, str]]:
    text = resources.files("app.storage.reference").joinpath(name).read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines()))


def _flag(value: str) -> bool:
    if value not in ("true", "false"):
        raise ValueError(f"expected true or false, got {value!r}")
    return value == "true"


def packaged_reference_data() -> ReferenceData:
    national_functions = _rows("regut_national_functions.csv")
    return ReferenceData(
        regions=[
            RegionRow(
                r["code"],
                r["name"],
                r["regut_name"],
                r["regut_email"] or None,
                [
                    {"code": f["code"], "description": f["description"], "source": f["source"]}
                    for f in national_functions
                    if f["region"] == r["code"]
                ],
            )
            for r in _rows("regions.csv")
        ],
        trusts=[
            TrustRow(
                r["code"],
                r["region"],
                r["name"],
                r["org_number"],
                TrustKind(r["kind"]).value,
                _flag(r["hosts_regut"]),
            )
            for r in _rows("health_trusts.csv")
        ],
        specialties=[
            SpecialtyRow(
                r["code"],
                r["name_nb"],
                r["name_en"],
                r["abbreviation"] or None,
                _flag(r["hospital_based"]),
                r["responsible_region"] or None,
            )
            for r in _rows("specialties.csv")
        ],
        periods=[
            PeriodRow(
                r["region"],
                date.fromisoformat(r["starts_on"]) if r["starts_on"] else None,
                date.fromisoformat(r["ends_on"]),
            )
            for r in _rows("coordinating_regut.csv")
        ],
    )
