"""Use cases: load what the rule needs, ask the domain, persist. Never commits."""

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from app.domain import councils as council_rules
from app.domain.values import CouncilKey, CouncilKind
from app.errors import invalid, not_found
from app.reference_data import ReferenceData
from app.repository import Repository, council_key, specialty_value, trust_value
from app.schemas import CouncilCreate, CouncilUpdate
from app.tables import CoordinatingPeriod, Council, HealthTrust, Region, Specialty


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
) -> None:
    """Insert `new_row`, or bring `existing` up to it, unless an administrator corrected it."""
    if existing is None:
        repo.add(new_row)
        report.count("inserted", table)
        return
    changed = {f: getattr(new_row, f) for f in fields if getattr(existing, f) != getattr(new_row, f)}
    if not changed:
        return
    if existing.corrected_at is not None:
        report.count("kept_corrected", table)
        return
    for name, value in changed.items():
        setattr(existing, name, value)
    report.count("updated", table)


async def load_reference_data(repo: Repository, data: ReferenceData) -> LoadReport:
    """Idempotent: a second load changes nothing; a renamed row is updated, never duplicated."""
    report = LoadReport()
    regions = {r.code: r for r in await repo.all_regions()}
    for region in data.regions:
        _upsert(
            repo,
            report,
            "regions",
            regions.get(region.code),
            Region(
                code=region.code,
                name=region.name,
                regut_name=region.regut_name,
                regut_email=region.regut_email,
            ),
            ("name", "regut_name", "regut_email"),
        )
    await repo.flush()

    trusts = {t.code: t for t in await repo.all_health_trusts()}
    # A RegUt moving to another host must leave the old one before the new one arrives
    # (one host per region is a unique index).
    for trust in sorted(data.trusts, key=lambda t: t.hosts_regut):
        _upsert(
            repo,
            report,
            "health_trusts",
            trusts.get(trust.code),
            HealthTrust(
                code=trust.code,
                region_code=trust.region_code,
                name=trust.name,
                org_number=trust.org_number,
                kind=trust.kind,
                hosts_regut=trust.hosts_regut,
            ),
            ("region_code", "name", "org_number", "kind", "hosts_regut"),
        )
        await repo.flush()

    specialties = {s.code: s for s in await repo.all_specialties()}
    for specialty in data.specialties:
        _upsert(
            repo,
            report,
            "specialties",
            specialties.get(specialty.code),
            Specialty(
                code=specialty.code,
                name_nb=specialty.name_nb,
                name_en=specialty.name_en,
                abbreviation=specialty.abbreviation,
                hospital_based=specialty.hospital_based,
                responsible_region_code=specialty.responsible_region_code,
            ),
            ("name_nb", "name_en", "abbreviation", "hospital_based", "responsible_region_code"),
        )

    periods = {p.ends_on: p for p in await repo.coordinating_periods()}
    for period in data.periods:
        _upsert(
            repo,
            report,
            "coordinating_periods",
            periods.get(period.ends_on),
            CoordinatingPeriod(
                region_code=period.region_code, starts_on=period.starts_on, ends_on=period.ends_on
            ),
            ("region_code", "starts_on"),
        )
    await repo.flush()
    return report


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


async def _appointing_trusts(repo: Repository, key: CouncilKey, requested: list[str] | None) -> list[str]:
    if key.region is None:
        return []
    if requested is None:
        trusts = [trust_value(t) for t in await repo.all_health_trusts()]
        return council_rules.default_appointing_trusts(key.region, trusts)
    found = await repo.health_trusts_by_code(requested)
    for index, code in enumerate(requested):
        if code not in found:
            raise invalid(f"no health trust has the code {code!r}", pointer=f"/appointing_trusts/{index}")
    council_rules.check_appointing_trusts(key, [trust_value(found[code]) for code in requested])
    return sorted(set(requested))


async def establish_council(repo: Repository, request: CouncilCreate, today: date) -> Council:
    specialty = await _specialty_or_invalid(repo, request.specialty)
    region = await _region_or_invalid(repo, request.region) if request.region else None
    key = CouncilKey(request.kind, specialty.code, region.code if region else None)
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
    await repo.replace_appointing_trusts(council.id, trust_codes)
    await repo.flush()
    return council


async def change_council(repo: Repository, council_id: uuid.UUID, changes: CouncilUpdate) -> Council:
    council = await repo.council(council_id, for_update=True)
    if council is None:
        raise not_found(f"council {council_id}")
    given = changes.model_fields_set
    kind = CouncilKind(council.kind)
    if "region" in given:
        if kind is CouncilKind.INTERREGIONAL and changes.region is not None:
            raise invalid("an inter-regional council belongs to no region", pointer="/region")
        if kind is CouncilKind.REGIONAL and changes.region is None:
            raise invalid("a regional council needs a region", pointer="/region")
    new_key = CouncilKey(
        kind,
        changes.specialty if "specialty" in given and changes.specialty else council.specialty_code,
        changes.region if "region" in given else council.region_code,
    )
    if new_key != council_key(council):
        specialty = await _specialty_or_invalid(repo, new_key.specialty)
        if new_key.region is not None:
            await _region_or_invalid(repo, new_key.region)
        taken = await repo.council_exists(new_key, other_than=council.id)
        council_rules.check_council(new_key, specialty_value(specialty), already_exists=taken)
        if new_key.region != council.region_code:
            # The appointing trusts belong to the old region: start from the new region's default.
            await repo.replace_appointing_trusts(council.id, await _appointing_trusts(repo, new_key, None))
        council.specialty_code, council.region_code = new_key.specialty, new_key.region
    if (
        "dissolved_on" in given
        and changes.dissolved_on is not None
        and changes.dissolved_on < council.established_on
    ):
        raise invalid("a council cannot be dissolved before it was established", pointer="/dissolved_on")
    for name in ("name", "contact_email", "dissolved_on"):
        if name in given:
            setattr(council, name, getattr(changes, name))
    await repo.flush()
    return council


async def establish_standard_councils(repo: Repository, today: date) -> int:
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
            default = council_rules.default_appointing_trusts(council.region_code, trusts)
            repo.add_appointing_trusts(council.id, default)
    await repo.flush()
    return len(created)
