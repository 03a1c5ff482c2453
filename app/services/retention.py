"""The retention run: what has outlived its purpose is removed, each kind of data by its own task.

Each task runs in its own transaction, under the maintenance lock (`hold_maintenance_lock`): of
several workers or instances running at once, one does each task and the others skip it; a task that
fails leaves the others done. A dry run counts what a task would remove and removes nothing. Adding a
kind of data (a cache with its own lifetime) is adding a task to `TASKS`.
"""

import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from app.clock import date_in_oslo
from app.domain.authority import SYSTEM
from app.domain.privacy import RetentionPolicy
from app.services.privacy import erase
from app.settings import Settings
from app.storage.database import Database, hold_maintenance_lock, utcnow
from app.storage.privacy import PrivacyRepository
from app.storage.repository import Repository

SCHEDULE_PERIOD = timedelta(hours=23)
"""A scheduled task that finished less than this long ago is not run again: once a day, whichever
worker wakes first, with an hour's slack for the worker that woke late yesterday."""


@dataclass(frozen=True)
class Moment:
    now: datetime
    today: date


RetentionTask = Callable[[Repository, RetentionPolicy, Moment, bool], Awaitable[int]]
"""`(repo, policy, moment, apply)` → how many rows or people it removed (or, not applying, would)."""


async def expire_contact_data(repo: Repository, policy: RetentionPolicy, moment: Moment, apply: bool) -> int:
    """Erase the contact data and HPR number of people whose last seat ended `contact_years` ago, and
    every copy of them, as an erasure on request does."""
    privacy = PrivacyRepository(repo.session)
    holders = await privacy.holders_of_erasable_data()
    ends: dict[uuid.UUID, list[date | None]] = {}
    for end in await privacy.seat_ends(h.id for h in holders):
        ends.setdefault(end.person_id, []).append(end.ends_on)
    expired = []
    for holder in holders:
        seats = ends.get(holder.id, [])
        seated = any(end is None or end >= moment.today for end in seats)
        last_ended = max((end for end in seats if end is not None), default=None)
        registered_on = date_in_oslo(holder.registered_at)
        if policy.contact_expired(last_ended, registered_on, seated=seated, today=moment.today):
            expired.append(holder.id)
    if apply:
        reason = f"retention: contact data is kept {policy.contact_years} years after the last seat"
        for person_id in expired:
            person = await privacy.person_for_update(person_id)
            if person is not None:
                await erase(repo, privacy, SYSTEM, person, reason)
    return len(expired)


async def expire_idempotency_responses(
    repo: Repository, policy: RetentionPolicy, moment: Moment, apply: bool
) -> int:
    privacy = PrivacyRepository(repo.session)
    cutoff = policy.idempotency_cutoff(moment.now)
    if apply:
        return await privacy.delete_idempotency_records_before(cutoff)
    return await privacy.count_idempotency_records_before(cutoff)


async def expire_disclosures(repo: Repository, policy: RetentionPolicy, moment: Moment, apply: bool) -> int:
    privacy = PrivacyRepository(repo.session)
    cutoff = policy.disclosure_cutoff(moment.now)
    if apply:
        return await privacy.delete_disclosures_before(cutoff)
    return await privacy.count_disclosures_before(cutoff)


async def expire_spent_proofs(repo: Repository, policy: RetentionPolicy, moment: Moment, apply: bool) -> int:
    """DPoP proofs past the window in which they could be presented: each worker prunes them as it
    spends proofs, and this run does it on an instance that has received none for a while."""
    privacy = PrivacyRepository(repo.session)
    if apply:
        return await privacy.delete_spent_proofs_expired_by(moment.now)
    return await privacy.count_spent_proofs_expired_by(moment.now)


TASKS: dict[str, RetentionTask] = {
    "contact_data": expire_contact_data,
    "idempotency_responses": expire_idempotency_responses,
    "disclosures": expire_disclosures,
    "dpop_proofs": expire_spent_proofs,
}


def policy_of(settings: Settings) -> RetentionPolicy:
    return RetentionPolicy(
        contact_years=settings.retention_contact_years,
        idempotency=timedelta(hours=settings.retention_idempotency_hours),
        disclosures=timedelta(days=settings.retention_disclosure_days),
    )


@dataclass
class RetentionReport:
    applied: bool
    removed: dict[str, int] = field(default_factory=dict)
    """Per task: what it removed (applied) or would remove (a dry run)."""
    skipped: dict[str, str] = field(default_factory=dict)
    """Per task not run: why (another worker runs it, or it ran within the day)."""


async def run_retention(
    database: Database,
    settings: Settings,
    *,
    apply: bool,
    scheduled: bool = False,
    now: datetime | None = None,
) -> RetentionReport:
    """Run every task; `scheduled` runs skip a task that finished within the day."""
    now = now or utcnow()
    moment = Moment(now, date_in_oslo(now))
    policy = policy_of(settings)
    report = RetentionReport(applied=apply)
    for name, task in TASKS.items():
        async with database.unit_of_work(write=apply) as session:
            privacy = PrivacyRepository(session)
            if apply and not await hold_maintenance_lock(session):
                report.skipped[name] = "another worker is running it"
                continue
            mark = f"retention:{name}"
            last = await privacy.last_finished(mark) if scheduled else None
            if last is not None and now - last < SCHEDULE_PERIOD:
                report.skipped[name] = f"ran at {last.isoformat()}"
                continue
            report.removed[name] = await task(Repository(session), policy, moment, apply)
            if apply:
                await privacy.note_finished(mark, now)
    return report
