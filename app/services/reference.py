"""Reference data: loading the packaged files, and administrators' corrections."""

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from pydantic import BaseModel

from app.contract.audit import AuditEntity
from app.contract.reference import (
    CoordinatingPeriodCreate,
    CoordinatingPeriodList,
    CoordinatingPeriodPublic,
    CoordinatingRegUtPublic,
    HealthTrustCorrection,
    HealthTrustList,
    HealthTrustPublic,
    RegionCorrection,
    RegionList,
    RegionPublic,
    SpecialtyCorrection,
    SpecialtyList,
    SpecialtyPublic,
)
from app.domain.authority import SYSTEM, Principal, check_is_admin
from app.domain.coordination import CoordinatingPeriod as Period
from app.domain.coordination import check_new_period, coordinating_period_on
from app.domain.rules import Rule
from app.services.common import Precondition, record_change, region_or_invalid
from app.services.errors import NotFound, invalid, not_found
from app.services.views import period_view, region_view, regut_view, specialty_view, trust_view
from app.storage.database import utcnow
from app.storage.paging import PageRequest
from app.storage.reference_data import ReferenceData
from app.storage.repository import Repository, period_value
from app.storage.tables import CoordinatingPeriod, HealthTrust, Region, Specialty


@dataclass
class LoadReport:
    inserted: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    kept_corrected: dict[str, int] = field(default_factory=dict)

    def count(self, outcome: str, table: str) -> None:
        tally: dict[str, int] = getattr(self, outcome)
        tally[table] = tally.get(table, 0) + 1

    def __str__(self) -> str:
        def show(tally: dict[str, int]) -> str:
            return ", ".join(f"{n} {t}" for t, n in sorted(tally.items())) or "nothing"

        return (
            f"inserted {show(self.inserted)}; updated {show(self.updated)}; "
            f"left {show(self.kept_corrected)} as administrators corrected them"
        )


def _upsert(
    repo: Repository, report: LoadReport, table: str, existing: Any, new_row: Any, fields: Iterable[str]
) -> Any:
    """Insert `new_row`, or bring `existing` up to it unless an administrator corrected it;
    returns the row that changed, if any."""
    if existing is None:
        repo.add(new_row)
        report.count("inserted", table)
        return new_row
    changed = {f: getattr(new_row, f) for f in fields if getattr(existing, f) != getattr(new_row, f)}
    if not changed:
        return None
    if existing.corrected_at is not None:
        report.count("kept_corrected", table)
        return None
    for name, value in changed.items():
        setattr(existing, name, value)
    report.count("updated", table)
    return existing


async def load_reference_data(repo: Repository, data: ReferenceData, actor: Principal = SYSTEM) -> LoadReport:
    """Idempotent: a second load changes nothing; a renamed row is updated, never duplicated."""
    report = LoadReport()
    changed: list[str] = []
    regions = {r.code: r for r in await repo.all_regions()}
    for region in data.regions:
        new = Region(
            code=region.code,
            name=region.name,
            regut_name=region.regut_name,
            regut_email=region.regut_email,
            regut_national_functions=region.regut_national_functions,
        )
        fields = ("name", "regut_name", "regut_email", "regut_national_functions")
        if row := _upsert(repo, report, "regions", regions.get(region.code), new, fields):
            changed.append(f"region:{row.code}")
    await repo.flush()

    trusts = {t.code: t for t in await repo.all_health_trusts()}
    # A RegUt moving to another host must leave the old one before the new one arrives
    # (one host per region is a unique index).
    for trust in sorted(data.trusts, key=lambda t: t.hosts_regut):
        new = HealthTrust(
            code=trust.code,
            region_code=trust.region_code,
            name=trust.name,
            org_number=trust.org_number,
            kind=trust.kind,
            hosts_regut=trust.hosts_regut,
        )
        fields = ("region_code", "name", "org_number", "kind", "hosts_regut")
        if row := _upsert(repo, report, "health_trusts", trusts.get(trust.code), new, fields):
            changed.append(f"health_trust:{row.code}")
        await repo.flush()

    specialties = {s.code: s for s in await repo.all_specialties()}
    for specialty in data.specialties:
        new = Specialty(
            code=specialty.code,
            name_nb=specialty.name_nb,
            name_en=specialty.name_en,
            abbreviation=specialty.abbreviation,
            hospital_based=specialty.hospital_based,
            responsible_region_code=specialty.responsible_region_code,
        )
        fields = ("name_nb", "name_en", "abbreviation", "hospital_based", "responsible_region_code")
        if row := _upsert(repo, report, "specialties", specialties.get(specialty.code), new, fields):
            changed.append(f"specialty:{row.code}")

    periods = {p.ends_on: p for p in await repo.coordinating_periods()}
    for period in data.periods:
        new = CoordinatingPeriod(
            region_code=period.region_code, starts_on=period.starts_on, ends_on=period.ends_on
        )
        if _upsert(
            repo,
            report,
            "coordinating_periods",
            periods.get(period.ends_on),
            new,
            ("region_code", "starts_on"),
        ):
            changed.append(f"coordinating_period:{period.ends_on.isoformat()}")
    await repo.flush()

    if changed:
        # One event for the load, not one per row: a feed reader re-reads the reference lists.
        record_change(
            repo,
            actor,
            "reference_data.loaded",
            AuditEntity.REFERENCE_DATA,
            "packaged",
            None,
            _LoadSummary(changed=changed),
        )
    return report


class _LoadSummary(BaseModel):
    changed: list[str]


async def correct_region(
    repo: Repository, actor: Principal, code: str, changes: RegionCorrection, precondition: Precondition
) -> RegionPublic:
    region = await _region(repo, code)
    check_is_admin(actor, "correct reference data")
    hosts = await repo.regut_hosts()
    before = region_view(region, hosts.get(region.code))
    precondition(before)
    for name in changes.model_fields_set:
        setattr(region, name, getattr(changes, name))
    if "regut_national_functions" in changes.model_fields_set:
        region.regut_national_functions = [
            f.model_dump(mode="json") for f in changes.regut_national_functions or []
        ]
    region.corrected_at = utcnow()
    await repo.flush()
    record_change(
        repo,
        actor,
        "region.corrected",
        AuditEntity.REGION,
        region.code,
        before,
        region_view(region, hosts.get(region.code)),
    )
    return region_view(region, hosts.get(region.code))


async def correct_specialty(
    repo: Repository, actor: Principal, code: str, changes: SpecialtyCorrection, precondition: Precondition
) -> SpecialtyPublic:
    specialty = await _specialty(repo, code)
    check_is_admin(actor, "correct reference data")
    before = specialty_view(specialty)
    precondition(before)
    given = changes.model_fields_set
    if "responsible_region" in given:
        if changes.responsible_region is not None:
            await region_or_invalid(repo, changes.responsible_region, "/responsible_region")
        specialty.responsible_region_code = changes.responsible_region
    for name in given - {"responsible_region"}:
        setattr(specialty, name, getattr(changes, name))
    specialty.corrected_at = utcnow()
    await repo.flush()
    record_change(
        repo,
        actor,
        "specialty.corrected",
        AuditEntity.SPECIALTY,
        specialty.code,
        before,
        specialty_view(specialty),
    )
    return specialty_view(specialty)


async def correct_health_trust(
    repo: Repository, actor: Principal, code: str, changes: HealthTrustCorrection, precondition: Precondition
) -> HealthTrustPublic:
    trust = await _health_trust(repo, code)
    check_is_admin(actor, "correct reference data")
    before = trust_view(trust)
    precondition(before)
    if changes.org_number is not None and changes.org_number != trust.org_number:
        holder = await repo.health_trust_by_org_number(changes.org_number)
        if holder is not None:
            raise invalid(
                f"{holder.code} already has the organisation number {changes.org_number}",
                pointer="/org_number",
            )
    for name in changes.model_fields_set:
        setattr(trust, name, getattr(changes, name))
    trust.corrected_at = utcnow()
    await repo.flush()
    record_change(
        repo, actor, "health_trust.corrected", AuditEntity.HEALTH_TRUST, trust.code, before, trust_view(trust)
    )
    return trust_view(trust)


async def add_coordinating_period(
    repo: Repository, actor: Principal, request: CoordinatingPeriodCreate
) -> CoordinatingPeriodPublic:
    check_is_admin(actor, "record coordinating-RegUt periods")
    await region_or_invalid(repo, request.region)
    recorded = [period_value(p) for p in await repo.coordinating_periods()]
    new = Period(request.region, request.starts_on, request.ends_on)
    check_new_period(recorded, new)
    row = CoordinatingPeriod(
        region_code=new.region, starts_on=new.effective_start, ends_on=new.ends_on, corrected_at=utcnow()
    )
    repo.add(row)
    await repo.flush()
    record_change(
        repo,
        actor,
        "coordinating_period.added",
        AuditEntity.COORDINATING_PERIOD,
        new.ends_on.isoformat(),
        None,
        period_view(new),
    )
    return period_view(period_value(row))


# Reading


async def _region(repo: Repository, code: str) -> Region:
    region = await repo.region(code)
    if region is None:
        raise not_found(f"region {code!r}")
    return region


async def _health_trust(repo: Repository, code: str) -> HealthTrust:
    trust = await repo.health_trust(code)
    if trust is None:
        raise not_found(f"health trust {code!r}")
    return trust


async def _specialty(repo: Repository, code: str) -> Specialty:
    specialty = await repo.specialty(code)
    if specialty is None:
        raise not_found(f"specialty {code!r}")
    return specialty


async def list_regions(repo: Repository, page: PageRequest) -> RegionList:
    regions = await repo.regions(page)
    hosts = await repo.regut_hosts()
    return RegionList(
        items=[region_view(r, hosts.get(r.code)) for r in regions.items], next_cursor=regions.next_cursor
    )


async def read_region(repo: Repository, code: str) -> RegionPublic:
    region = await _region(repo, code)
    return region_view(region, (await repo.regut_hosts()).get(code))


async def list_health_trusts(
    repo: Repository, page: PageRequest, *, region: str | None, updated_since: datetime | None
) -> HealthTrustList:
    trusts = await repo.health_trusts(page, region=region, updated_since=updated_since)
    return HealthTrustList(items=[trust_view(t) for t in trusts.items], next_cursor=trusts.next_cursor)


async def read_health_trust(repo: Repository, code: str) -> HealthTrustPublic:
    return trust_view(await _health_trust(repo, code))


async def list_specialties(
    repo: Repository, page: PageRequest, *, hospital_based: bool | None, updated_since: datetime | None
) -> SpecialtyList:
    specialties = await repo.specialties(page, hospital_based=hospital_based, updated_since=updated_since)
    return SpecialtyList(
        items=[specialty_view(s) for s in specialties.items], next_cursor=specialties.next_cursor
    )


async def read_specialty(repo: Repository, code: str) -> SpecialtyPublic:
    return specialty_view(await _specialty(repo, code))


async def coordinating_regut_on(repo: Repository, day: date) -> CoordinatingRegUtPublic:
    """Which RegUt coordinates nationally on `day` (REGUT-COORDINATING-ROTATION)."""
    period = coordinating_period_on([period_value(p) for p in await repo.coordinating_periods()], day)
    if period is None:
        raise NotFound(
            f"no coordinating-RegUt period is recorded for {day.isoformat()}; "
            "an administrator records new periods as the rotation moves on",
            rule=Rule.REGUT_COORDINATING_ROTATION,
        )
    region = await _region(repo, period.region)
    host = (await repo.regut_hosts()).get(region.code)
    return CoordinatingRegUtPublic(
        on=day, region=region.code, regut=regut_view(region, host), period=period_view(period)
    )


async def list_coordinating_periods(repo: Repository) -> CoordinatingPeriodList:
    periods = [period_view(period_value(p)) for p in await repo.coordinating_periods()]
    return CoordinatingPeriodList(items=periods, next_cursor=None)
