"""Reference data: loading the packaged files, and administrators' corrections."""

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel

from app.db import utcnow
from app.domain.authority import SYSTEM, Principal, check_is_admin
from app.domain.coordination import CoordinatingPeriod as Period
from app.domain.coordination import check_new_period
from app.errors import invalid
from app.reference_data import ReferenceData
from app.repository import Repository, period_value
from app.schemas import CoordinatingPeriodCreate, HealthTrustCorrection, RegionCorrection, SpecialtyCorrection
from app.services.common import record_change, region_or_invalid
from app.tables import CoordinatingPeriod, HealthTrust, Region, Specialty
from app.views import period_view, region_view, specialty_view, trust_view


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
            code=region.code, name=region.name, regut_name=region.regut_name, regut_email=region.regut_email
        )
        if row := _upsert(
            repo, report, "regions", regions.get(region.code), new, ("name", "regut_name", "regut_email")
        ):
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
        await record_change(
            repo,
            actor,
            "reference_data.loaded",
            "reference_data",
            "packaged",
            None,
            _LoadSummary(changed=changed),
        )
    return report


class _LoadSummary(BaseModel):
    changed: list[str]


async def correct_region(
    repo: Repository, actor: Principal, region: Region, changes: RegionCorrection
) -> Region:
    check_is_admin(actor, "correct reference data")
    hosts = await repo.regut_hosts()
    before = region_view(region, hosts.get(region.code))
    for name in changes.model_fields_set:
        setattr(region, name, getattr(changes, name))
    region.corrected_at = utcnow()
    await repo.flush()
    await record_change(
        repo,
        actor,
        "region.corrected",
        "region",
        region.code,
        before,
        region_view(region, hosts.get(region.code)),
    )
    return region


async def correct_specialty(
    repo: Repository, actor: Principal, specialty: Specialty, changes: SpecialtyCorrection
) -> Specialty:
    check_is_admin(actor, "correct reference data")
    before = specialty_view(specialty)
    given = changes.model_fields_set
    if "responsible_region" in given:
        if changes.responsible_region is not None:
            await region_or_invalid(repo, changes.responsible_region, "/responsible_region")
        specialty.responsible_region_code = changes.responsible_region
    for name in given - {"responsible_region"}:
        setattr(specialty, name, getattr(changes, name))
    specialty.corrected_at = utcnow()
    await repo.flush()
    await record_change(
        repo, actor, "specialty.corrected", "specialty", specialty.code, before, specialty_view(specialty)
    )
    return specialty


async def correct_health_trust(
    repo: Repository, actor: Principal, trust: HealthTrust, changes: HealthTrustCorrection
) -> HealthTrust:
    check_is_admin(actor, "correct reference data")
    before = trust_view(trust)
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
    await record_change(
        repo, actor, "health_trust.corrected", "health_trust", trust.code, before, trust_view(trust)
    )
    return trust


async def add_coordinating_period(
    repo: Repository, actor: Principal, request: CoordinatingPeriodCreate
) -> CoordinatingPeriod:
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
    await record_change(
        repo,
        actor,
        "coordinating_period.added",
        "coordinating_period",
        new.ends_on.isoformat(),
        None,
        period_view(new),
    )
    return row
