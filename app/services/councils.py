"""Councils: establishing them, changing them, and who appoints to them."""

import uuid
from datetime import date, datetime

from app.clock import date_in_oslo
from app.contract.audit import AuditEntity
from app.contract.councils import AppointingTrusts, CouncilCreate, CouncilList, CouncilUpdate
from app.contract.seats import CouncilDetail
from app.domain import councils as council_rules
from app.domain.authority import SYSTEM, Principal, check_may_manage_council
from app.domain.profiles import MANDATES_START, has_mandate, profile_for
from app.domain.rules import Rule
from app.domain.values import CouncilKey, CouncilKind
from app.services.common import (
    Precondition,
    council_or_not_found,
    record_change,
    region_or_invalid,
    responsible_region,
    specialty_or_invalid,
)
from app.services.errors import Conflict, invalid
from app.services.seats import council_detail
from app.services.views import council_view
from app.storage.paging import PageRequest
from app.storage.repository import Repository, council_key, specialty_value, trust_value
from app.storage.tables import Council, Representative


def _trusts_appoint(key: CouncilKey) -> bool:
    """Whether trusts appoint to it: regional councils, and the governance bodies whose roles are
    held for trusts (TRUST-HAS-SEAT); not the inter-regional council, nor the working committee."""
    return Rule.TRUST_HAS_SEAT in profile_for(key.kind, key.region).rules


async def _appointing_trusts(
    repo: Repository, key: CouncilKey, requested: list[str] | None, pointer: str = "/appointing_trusts"
) -> list[str]:
    if key.region is None or not _trusts_appoint(key):
        if requested is not None:
            raise invalid(f"trusts do not appoint to a {key.kind.replace('_', ' ')} body", pointer=pointer)
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
    specialty = await specialty_or_invalid(repo, request.specialty) if request.specialty else None
    region = await region_or_invalid(repo, request.region) if request.region else None
    key = CouncilKey(request.kind, specialty.code if specialty else None, region.code if region else None)
    if not has_mandate(key.kind, key.region):
        raise invalid(
            f"no mandate sets up a {key.kind.replace('_', ' ')} body in {key.region}: seed 004 describes "
            "Helse Nord's",
            pointer="/region",
        )
    check_may_manage_council(actor, key, specialty.responsible_region_code if specialty else None)
    if request.established_on is not None:
        council_rules.check_established_on(request.established_on, first_record=None)
    council_rules.check_council(
        key, specialty_value(specialty) if specialty else None, already_exists=await repo.council_exists(key)
    )
    trust_codes = await _appointing_trusts(repo, key, request.appointing_trusts)
    council = Council(
        kind=key.kind.value,
        specialty_code=key.specialty,
        region_code=key.region,
        name=request.name
        or council_rules.council_name(
            key, specialty.name_nb if specialty else None, region.name if region else None
        ),
        contact_email=request.contact_email,
        established_on=request.established_on or today,
    )
    repo.add(council)
    await repo.flush()
    repo.add_appointing_trusts(council.id, trust_codes)
    await repo.flush()
    record_change(
        repo, actor, "council.created", AuditEntity.COUNCIL, str(council.id), None, council_view(council)
    )
    return council


async def _first_record(repo: Repository, council: Council, seats: list[Representative]) -> date | None:
    """The first day of anything dated that the council holds: a term, an election or a meeting."""
    days = [s.starts_on for s in seats] + [e.effective_on for e in await repo.elections(council.id)]
    days += [date_in_oslo(m.starts_at) for m in await repo.meetings([council.id])]
    return min(days, default=None)


async def authorise_council_change(repo: Repository, actor: Principal, council: Council) -> None:
    """May `actor` change this council or its appointing trusts?"""
    check_may_manage_council(actor, council_key(council), await responsible_region(repo, council))


async def check_may_change_council(repo: Repository, actor: Principal, council_id: uuid.UUID) -> None:
    """`authorise_council_change` by the council's id, as its changes ask it."""
    await authorise_council_change(repo, actor, await council_or_not_found(repo, council_id))


async def change_council(
    repo: Repository, actor: Principal, council: Council, changes: CouncilUpdate
) -> Council:
    """`council` is the row as locked for this transaction."""
    before = council_view(council)
    old_key = council_key(council)
    await authorise_council_change(repo, actor, council)
    given = changes.model_fields_set
    if not old_key.kind.has_specialty:
        # A governance body is its region's (BODY_PROFILES) and of no specialty: neither can change.
        for name in ("specialty", "region"):
            if name in given and getattr(changes, name) != getattr(old_key, name):
                raise invalid(
                    f"a {old_key.kind.replace('_', ' ')} body's {name} cannot change", pointer=f"/{name}"
                )
        given = given - {"specialty", "region"}
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
        raise Conflict("the council has representatives: its region and specialty can no longer change")
    if new_key != old_key and new_key.specialty is not None:
        specialty = await specialty_or_invalid(repo, new_key.specialty)
        if new_key.region is not None:
            await region_or_invalid(repo, new_key.region)
        check_may_manage_council(actor, new_key, specialty.responsible_region_code)
        taken = await repo.council_exists(new_key, other_than=council.id)
        council_rules.check_council(new_key, specialty_value(specialty), already_exists=taken)
        if new_key.region != old_key.region:
            # The appointing trusts belong to the old region: start from the new region's default.
            trusts_before = AppointingTrusts(
                trusts=[t.code for t in await repo.appointing_trusts(council.id)]
            )
            trusts_after = await _appointing_trusts(repo, new_key, None)
            await repo.replace_appointing_trusts(council.id, trusts_after)
            record_change(
                repo,
                actor,
                "council.appointing_trusts_changed",
                AuditEntity.COUNCIL,
                str(council.id),
                trusts_before,
                AppointingTrusts(trusts=trusts_after),
            )
        council.specialty_code, council.region_code = new_key.specialty, new_key.region
    established_on = changes.established_on if "established_on" in given and changes.established_on else None
    if established_on is not None and established_on != council.established_on:
        council_rules.check_established_on(
            established_on, first_record=await _first_record(repo, council, seats)
        )
        council.established_on = established_on
    dissolved_on = changes.dissolved_on if "dissolved_on" in given else council.dissolved_on
    if dissolved_on is not None and dissolved_on < council.established_on:
        raise invalid("a council cannot be dissolved before it was established", pointer="/dissolved_on")
    if dissolved_on is not None and any(s.ends_on is None or s.ends_on > dissolved_on for s in seats):
        raise Conflict(f"terms run past {dissolved_on}: end them before dissolving the council")
    for name in given & {"name", "contact_email", "dissolved_on"}:
        setattr(council, name, getattr(changes, name))
    await repo.flush()
    record_change(
        repo, actor, "council.changed", AuditEntity.COUNCIL, str(council.id), before, council_view(council)
    )
    return council


async def replace_appointing_trusts(
    repo: Repository, actor: Principal, council: Council, codes: list[str]
) -> None:
    """TRUST-HAS-SEAT: RegUt adds a private hospital that trains in the specialty, or removes a trust
    that does not."""
    key = council_key(council)
    check_may_manage_council(actor, key, await responsible_region(repo, council))
    if key.kind is CouncilKind.INTERREGIONAL:
        raise invalid("an inter-regional council has no appointing trusts: its seats belong to regions")
    if not _trusts_appoint(key):
        raise invalid(f"trusts do not appoint to a {key.kind.replace('_', ' ')} body: its roles are named")
    if not codes:
        raise invalid("a council or body that trusts appoint to has at least one of them", pointer="/trusts")
    before = AppointingTrusts(trusts=[t.code for t in await repo.appointing_trusts(council.id)])
    trust_codes = await _appointing_trusts(repo, key, codes, "/trusts")
    await repo.replace_appointing_trusts(council.id, trust_codes)
    await repo.flush()
    record_change(
        repo,
        actor,
        "council.appointing_trusts_changed",
        AuditEntity.COUNCIL,
        str(council.id),
        before,
        AppointingTrusts(trusts=trust_codes),
    )


async def establish_standard_councils(repo: Repository, actor: Principal = SYSTEM) -> int:
    """The national structure, empty of people: idempotent, returns how many councils it added. The
    councils it sets up exist already, since a day the registry does not know: they are established
    when the mandates began (BEFORE-ESTABLISHED), the earliest day their history can go back to, and
    RegUt corrects the date (PATCH, or an import's councils sheet)."""
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
            name=council_rules.council_name(
                key, names[key.specialty] if key.specialty else None, region_names.get(key.region or "")
            ),
            established_on=MANDATES_START,
        )
        for key in wanted
        if key not in existing
    ]
    for council in created:
        repo.add(council)
    await repo.flush()
    for council in created:
        if council.region_code is not None and _trusts_appoint(council_key(council)):
            repo.add_appointing_trusts(
                council.id, council_rules.default_appointing_trusts(council.region_code, trusts)
            )
        record_change(
            repo, actor, "council.created", AuditEntity.COUNCIL, str(council.id), None, council_view(council)
        )
    await repo.flush()
    return len(created)


# What the routers ask for


async def require_known_filters(repo: Repository, *, region: str | None, specialty: str | None) -> None:
    # A misspelt filter would otherwise look like "no councils": say what is wrong instead.
    if region is not None and await repo.region(region) is None:
        raise invalid(f"no region has the code {region!r}", parameter="region")
    if specialty is not None and await repo.specialty(specialty) is None:
        raise invalid(f"no specialty has the code {specialty!r}", parameter="specialty")


async def list_councils(
    repo: Repository,
    page: PageRequest,
    *,
    kind: CouncilKind | None,
    region: str | None,
    specialty: str | None,
    updated_since: datetime | None,
) -> CouncilList:
    councils = await repo.councils(
        page, kind=kind, region=region, specialty=specialty, updated_since=updated_since
    )
    if not councils.items:
        # Only an empty answer can hide a misspelt code: checking then keeps the common read to one query.
        await require_known_filters(repo, region=region, specialty=specialty)
    return CouncilList(items=[council_view(c) for c in councils.items], next_cursor=councils.next_cursor)


async def create_council(
    repo: Repository, actor: Principal, request: CouncilCreate, today: date
) -> CouncilDetail:
    council = await establish_council(repo, actor, request, today)
    return await council_detail(repo, council, today, full=True)


async def read_council(repo: Repository, council_id: uuid.UUID, on: date, *, full: bool) -> CouncilDetail:
    return await council_detail(repo, await council_or_not_found(repo, council_id), on, full=full)


async def update_council(
    repo: Repository,
    actor: Principal,
    council_id: uuid.UUID,
    changes: CouncilUpdate,
    today: date,
    precondition: Precondition,
) -> CouncilDetail:
    council = await council_or_not_found(repo, council_id, for_update=True)
    await authorise_council_change(repo, actor, council)
    precondition(await council_detail(repo, council, today, full=True))
    await change_council(repo, actor, council, changes)
    return await council_detail(repo, council, today, full=True)


async def read_appointing_trusts(repo: Repository, council_id: uuid.UUID) -> AppointingTrusts:
    await council_or_not_found(repo, council_id)
    return AppointingTrusts(trusts=[t.code for t in await repo.appointing_trusts(council_id)])


async def set_appointing_trusts(
    repo: Repository,
    actor: Principal,
    council_id: uuid.UUID,
    request: AppointingTrusts,
    precondition: Precondition,
) -> AppointingTrusts:
    council = await council_or_not_found(repo, council_id, for_update=True)
    await authorise_council_change(repo, actor, council)
    precondition(await read_appointing_trusts(repo, council_id))
    await replace_appointing_trusts(repo, actor, council, request.trusts)
    return await read_appointing_trusts(repo, council_id)
