"""Rows → API representations; the only place that knows both shapes."""

import uuid

from app.contract.councils import CouncilPublic
from app.contract.reference import (
    CoordinatingPeriodPublic,
    HealthTrustPublic,
    NationalFunction,
    RegionPublic,
    RegUt,
    SpecialtyPublic,
)
from app.contract.seats import Election, PersonPublic, Qualifications, RepresentativePublic
from app.domain.coordination import CoordinatingPeriod as Period
from app.domain.leadership import Leadership, Role
from app.domain.profiles import profile_for
from app.domain.seats import EducationRole, SeatKind
from app.domain.values import Competence, CouncilKind, MemberRole, TrustKind
from app.storage.tables import Council, HealthTrust, Person, Region, Representative, Specialty


def regut_view(region: Region, host_trust: str | None) -> RegUt:
    return RegUt(
        name=region.regut_name,
        host_trust=host_trust,
        email=region.regut_email,
        national_functions=[NationalFunction.model_validate(f) for f in region.regut_national_functions],
    )


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


def person_view(person: Person, *, full: bool, restricted_too: bool = False) -> PersonPublic:
    """Anonymous callers see name, title and a published e-mail; never HPR number or phone. Restricted
    data is shown to no one, but in the person's own record (`restricted_too`)."""
    shown = person.restricted_at is None or restricted_too
    return PersonPublic(
        id=person.id,
        name=person.name,
        title=person.title,
        email=person.email if shown and (full or person.publish_email) else None,
        hpr_number=person.hpr_number if shown and full else None,
        phone=person.phone if shown and full else None,
        publish_email=person.publish_email,
    )


def representative_view(
    row: Representative, people: dict[uuid.UUID, Person], roles: list[Role], *, full: bool
) -> RepresentativePublic:
    deputy = people.get(row.deputy_person_id) if row.deputy_person_id else None
    return RepresentativePublic(
        id=row.id,
        council_id=row.council_id,
        person=person_view(people[row.person_id], full=full),
        seat=SeatKind(row.seat),
        role=MemberRole(row.role) if row.role else None,
        position_share=row.position_share if full else None,
        trust=row.trust_code,
        region=row.region_code,
        starts_on=row.starts_on,
        ends_on=row.ends_on,
        deputy=person_view(deputy, full=full) if deputy else None,
        roles=roles,
        qualifications=Qualifications(
            specialist_in_specialty=row.specialist_in_specialty,
            senior_consultant=row.senior_consultant,
            trainee=row.trainee,
            education_roles=[EducationRole(r) for r in row.education_roles],
            competences=[Competence(c) for c in row.competences],
        )
        if full
        else None,
        end_reason=row.end_reason if full else None,
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


def election_view(election: Leadership, people: dict[uuid.UUID, Person]) -> Election:
    def person(person_id: str | None) -> PersonPublic | None:
        return person_view(people[uuid.UUID(person_id)], full=False) if person_id else None

    return Election(
        effective_on=election.effective_on,
        leader=person(election.leader),
        deputy_leader=person(election.deputy_leader),
        coordinator=person(election.coordinator),
    )
