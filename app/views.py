"""Rows → API representations; the only place that knows both shapes."""

from app.domain.coordination import CoordinatingPeriod as Period
from app.domain.profiles import profile_for
from app.domain.values import CouncilKind, TrustKind
from app.schemas import (
    CoordinatingPeriodPublic,
    CouncilPublic,
    HealthTrustPublic,
    RegionPublic,
    RegUt,
    SpecialtyPublic,
)
from app.tables import Council, HealthTrust, Region, Specialty


def regut_view(region: Region, host_trust: str | None) -> RegUt:
    return RegUt(name=region.regut_name, host_trust=host_trust, email=region.regut_email)


def region_view(region: Region, host_trust: str | None) -> RegionPublic:
    return RegionPublic(
        code=region.code, name=region.name, regut=regut_view(region, host_trust), updated_at=region.updated_at
    )


def trust_view(trust: HealthTrust) -> HealthTrustPublic:
    return HealthTrustPublic(
        code=trust.code,
        name=trust.name,
        region=trust.region_code,
        org_number=trust.org_number,
        kind=TrustKind(trust.kind),
        hosts_regut=trust.hosts_regut,
        updated_at=trust.updated_at,
    )


def specialty_view(specialty: Specialty) -> SpecialtyPublic:
    return SpecialtyPublic(
        code=specialty.code,
        name_nb=specialty.name_nb,
        name_en=specialty.name_en,
        abbreviation=specialty.abbreviation,
        hospital_based=specialty.hospital_based,
        responsible_region=specialty.responsible_region_code,
        updated_at=specialty.updated_at,
    )


def period_view(period: Period) -> CoordinatingPeriodPublic:
    return CoordinatingPeriodPublic(
        region=period.region,
        starts_on=period.effective_start,
        starts_on_recorded=period.starts_on is not None,
        ends_on=period.ends_on,
    )


def council_view(council: Council) -> CouncilPublic:
    kind = CouncilKind(council.kind)
    return CouncilPublic(
        id=council.id,
        kind=kind,
        name=council.name,
        specialty=council.specialty_code,
        region=council.region_code,
        profile=profile_for(kind, council.region_code).name,
        contact_email=council.contact_email,
        established_on=council.established_on,
        dissolved_on=council.dissolved_on,
        created_at=council.created_at,
        updated_at=council.updated_at,
    )
