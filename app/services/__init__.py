"""Use cases: load what the rule needs, ask the domain, persist with audit entry and event.

Services flush; they never commit: the request's unit of work does, rows, audit and events together.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from pydantic import BaseModel

from app.db import utcnow
from app.domain import councils as council_rules
from app.domain.authority import SYSTEM, Principal, check_is_admin, check_may_manage_council
from app.domain.coordination import CoordinatingPeriod as Period
from app.domain.coordination import check_new_period
from app.domain.values import CouncilKey, CouncilKind
from app.errors import ProblemError, Protocol, invalid
from app.reference_data import ReferenceData
from app.repository import Repository, council_key, period_value, specialty_value, trust_value
from app.schemas import (
    CoordinatingPeriodCreate,
    CouncilCreate,
    CouncilUpdate,
    HealthTrustCorrection,
    RegionCorrection,
    SpecialtyCorrection,
)
from app.tables import CoordinatingPeriod, Council, HealthTrust, Region, Specialty
from app.views import council_view, period_view, region_view, specialty_view, trust_view


def _document(view: BaseModel | None) -> dict[str, Any] | None:
    return None if view is None else view.model_dump(mode="json")


async def _record(
    repo: Repository,
    actor: Principal,
    event_type: str,
    subject_type: str,
    subject_id: str,
    before: BaseModel | None,
    after: BaseModel | None,
    *,
    event_data: BaseModel | None = None,
) -> None:
    """The audit entry and the outbox event of one change, in the change's transaction. The event
    carries `event_data` where the audit's documents hold more than the change feed may show."""
    before_document, after_document = _document(before), _document(after)
    repo.audit(actor, event_type, subject_type, subject_id, before_document, after_document)
    data = _document(event_data) or after_document or before_document or {}
    await repo.emit(event_type, subject_type, subject_id, data)


# Reference data


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
        await _record(
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
    await _record(
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
            await _region_or_invalid(repo, changes.responsible_region, "/responsible_region")
        specialty.responsible_region_code = changes.responsible_region
    for name in given - {"responsible_region"}:
        setattr(specialty, name, getattr(changes, name))
    specialty.corrected_at = utcnow()
    await repo.flush()
    await _record(
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
    await _record(
        repo, actor, "health_trust.corrected", "health_trust", trust.code, before, trust_view(trust)
    )
    return trust


async def add_coordinating_period(
    repo: Repository, actor: Principal, request: CoordinatingPeriodCreate
) -> CoordinatingPeriod:
    check_is_admin(actor, "record coordinating-RegUt periods")
    await _region_or_invalid(repo, request.region)
    recorded = [period_value(p) for p in await repo.coordinating_periods()]
    new = Period(request.region, request.starts_on, request.ends_on)
    check_new_period(recorded, new)
    row = CoordinatingPeriod(
        region_code=new.region, starts_on=new.effective_start, ends_on=new.ends_on, corrected_at=utcnow()
    )
    repo.add(row)
    await repo.flush()
    await _record(
        repo,
        actor,
        "coordinating_period.added",
        "coordinating_period",
        new.ends_on.isoformat(),
        None,
        period_view(new),
    )
    return row


# Councils


class _TrustList(BaseModel):
    trusts: list[str]


async def _specialty_or_invalid(repo: Repository, code: str, pointer: str = "/specialty") -> Specialty:
    specialty = await repo.specialty(code)
    if specialty is None:
        raise invalid(f"no specialty has the code {code!r}", pointer=pointer)
    return specialty


async def _region_or_invalid(repo: Repository, code: str, pointer: str = "/region") -> Region:
    region = await repo.region(code)
    if region is None:
        raise invalid(f"no region has the code {code!r}", pointer=pointer)
    return region


async def _appointing_trusts(
    repo: Repository, key: CouncilKey, requested: list[str] | None, pointer: str = "/appointing_trusts"
) -> list[str]:
    if key.region is None:
        return []
    if requested is None:
        trusts = [trust_value(t) for t in await repo.all_health_trusts()]
        return council_rules.default_appointing_trusts(key.region, trusts)
    found = await repo.health_trusts_by_code(requested)
    for index, code in enumerate(requested):
        if code not in found:
            raise invalid(f"no health trust has the code {code!r}", pointer=f"{pointer}/{index}")
    council_rules.check_appointing_trusts(key, [trust_value(found[code]) for code in requested], pointer)
    return sorted(set(requested))


async def establish_council(
    repo: Repository, actor: Principal, request: CouncilCreate, today: date
) -> Council:
    specialty = await _specialty_or_invalid(repo, request.specialty)
    region = await _region_or_invalid(repo, request.region) if request.region else None
    key = CouncilKey(request.kind, specialty.code, region.code if region else None)
    check_may_manage_council(actor, key, specialty.responsible_region_code)
    council_rules.check_council(
        key, specialty_value(specialty), already_exists=await repo.council_exists(key)
    )
    trust_codes = await _appointing_trusts(repo, key, request.appointing_trusts)
    council = Council(
        kind=key.kind.value,
        specialty_code=key.specialty,
        region_code=key.region,
        name=request.name
        or council_rules.council_name(key, specialty.name_nb, region.name if region else None),
        contact_email=request.contact_email,
        established_on=request.established_on or today,
    )
    repo.add(council)
    await repo.flush()
    repo.add_appointing_trusts(council.id, trust_codes)
    await repo.flush()
    await _record(repo, actor, "council.created", "council", str(council.id), None, council_view(council))
    return council


async def authorise_council_change(repo: Repository, actor: Principal, council: Council) -> None:
    """May `actor` change this council, its appointing trusts or its recorded leadership?"""
    specialty = await _specialty_or_invalid(repo, council.specialty_code)
    check_may_manage_council(actor, council_key(council), specialty.responsible_region_code)


async def change_council(
    repo: Repository, actor: Principal, council: Council, changes: CouncilUpdate
) -> Council:
    """`council` is the row as locked for this transaction."""
    before = council_view(council)
    old_key = council_key(council)
    await authorise_council_change(repo, actor, council)
    given = changes.model_fields_set
    if "region" in given:
        if old_key.kind is CouncilKind.INTERREGIONAL and changes.region is not None:
            raise invalid("an inter-regional council belongs to no region", pointer="/region")
        if old_key.kind is CouncilKind.REGIONAL and changes.region is None:
            raise invalid("a regional council needs a region", pointer="/region")
    new_key = CouncilKey(
        old_key.kind,
        changes.specialty if "specialty" in given and changes.specialty else old_key.specialty,
        changes.region if "region" in given else old_key.region,
    )
    seats = await repo.representatives(council.id)
    if new_key != old_key and seats:
        # Its seats were appointed under the old region's trusts and profile, or the old specialty.
        raise ProblemError(
            409,
            Protocol.CONFLICT,
            "the council has representatives: its region and specialty can no longer change",
        )
    if new_key != old_key:
        specialty = await _specialty_or_invalid(repo, new_key.specialty)
        if new_key.region is not None:
            await _region_or_invalid(repo, new_key.region)
        check_may_manage_council(actor, new_key, specialty.responsible_region_code)
        taken = await repo.council_exists(new_key, other_than=council.id)
        council_rules.check_council(new_key, specialty_value(specialty), already_exists=taken)
        if new_key.region != old_key.region:
            # The appointing trusts belong to the old region: start from the new region's default.
            trusts_before = _TrustList(trusts=[t.code for t in await repo.appointing_trusts(council.id)])
            trusts_after = await _appointing_trusts(repo, new_key, None)
            await repo.replace_appointing_trusts(council.id, trusts_after)
            await _record(
                repo,
                actor,
                "council.appointing_trusts_changed",
                "council",
                str(council.id),
                trusts_before,
                _TrustList(trusts=trusts_after),
            )
        council.specialty_code, council.region_code = new_key.specialty, new_key.region
    dissolved_on = changes.dissolved_on if "dissolved_on" in given else council.dissolved_on
    if dissolved_on is not None and dissolved_on < council.established_on:
        raise invalid("a council cannot be dissolved before it was established", pointer="/dissolved_on")
    if dissolved_on is not None and any(s.ends_on is None or s.ends_on > dissolved_on for s in seats):
        raise ProblemError(
            409, Protocol.CONFLICT, f"terms run past {dissolved_on}: end them before dissolving the council"
        )
    for name in given & {"name", "contact_email", "dissolved_on"}:
        setattr(council, name, getattr(changes, name))
    await repo.flush()
    await _record(repo, actor, "council.changed", "council", str(council.id), before, council_view(council))
    return council


async def replace_appointing_trusts(
    repo: Repository, actor: Principal, council: Council, codes: list[str]
) -> None:
    """TRUST-HAS-SEAT: RegUt adds a private hospital that trains in the specialty, or removes a trust
    that does not."""
    key = council_key(council)
    specialty = await _specialty_or_invalid(repo, council.specialty_code)
    check_may_manage_council(actor, key, specialty.responsible_region_code)
    if key.kind is CouncilKind.INTERREGIONAL:
        raise invalid("an inter-regional council has no appointing trusts: its seats belong to regions")
    before = _TrustList(trusts=[t.code for t in await repo.appointing_trusts(council.id)])
    trust_codes = await _appointing_trusts(repo, key, codes, "/trusts")
    await repo.replace_appointing_trusts(council.id, trust_codes)
    await repo.flush()
    await _record(
        repo,
        actor,
        "council.appointing_trusts_changed",
        "council",
        str(council.id),
        before,
        _TrustList(trusts=trust_codes),
    )


async def establish_standard_councils(repo: Repository, today: date, actor: Principal = SYSTEM) -> int:
    """The national structure, empty of people: idempotent, returns how many councils it added."""
    specialties = await repo.all_specialties()
    regions = await repo.all_regions()
    trusts = [trust_value(t) for t in await repo.all_health_trusts()]
    existing = await repo.council_keys()
    names = {s.code: s.name_nb for s in specialties}
    region_names = {r.code: r.name for r in regions}
    wanted = council_rules.standard_councils(
        (specialty_value(s) for s in specialties), [r.code for r in regions]
    )
    created = [
        Council(
            kind=key.kind.value,
            specialty_code=key.specialty,
            region_code=key.region,
            name=council_rules.council_name(key, names[key.specialty], region_names.get(key.region or "")),
            established_on=today,
        )
        for key in wanted
        if key not in existing
    ]
    for council in created:
        repo.add(council)
    await repo.flush()
    for council in created:
        if council.region_code is not None:
            repo.add_appointing_trusts(
                council.id, council_rules.default_appointing_trusts(council.region_code, trusts)
            )
        await _record(repo, actor, "council.created", "council", str(council.id), None, council_view(council))
    await repo.flush()
    return len(created)
