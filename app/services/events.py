"""The change feed, read from the outbox: every change exactly once, in the order it was committed."""

import asyncio

from app.contract.events import Event, EventList, EventSubject, change_of
from app.storage.changes import DataVersion
from app.storage.repository import Repository
from app.storage.tables import OutboxEvent


def _event(row: OutboxEvent) -> Event:
    assert row.id is not None
    return Event(
        id=row.id,
        type=row.type,
        occurred_at=row.occurred_at,
        subject=EventSubject(type=row.subject_type, id=row.subject_id),
        change=change_of(row.type),
        data=row.data,
        import_id=row.import_id,
    )


async def feed(
    repo: Repository,
    version: DataVersion,
    *,
    after: int,
    types: list[str],
    limit: int,
    wait: float,
    stopping: asyncio.Event | None = None,
) -> EventList:
    """The events after `after`; when there are none and `wait` is given, wait up to that many seconds
    for one, holding no database connection meanwhile, unless `stopping` is set first (the service is
    shutting down): then the answer is the empty page at once. Outbox ids commit in the order they are
    allocated (`write_pending_rows`), so once a reader has seen an id no smaller one can appear:
    `after` alone tells where a reader stands."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + wait
    seen = await version.current()
    rows = await repo.events_after(after, types, limit)
    while not rows and (remaining := deadline - loop.time()) > 0:
        await repo.release()
        newest = await _wait_for_change(version, max(seen, after), remaining, stopping)
        if newest is None or newest <= max(seen, after):
            break
        seen = newest
        rows = await repo.events_after(after, types, limit)
    return EventList(items=[_event(row) for row in rows], next_after=rows[-1].id if rows else after)


async def _wait_for_change(
    version: DataVersion, after: int, seconds: float, stopping: asyncio.Event | None
) -> int | None:
    """The version once it passes `after` or `seconds` have passed; None if `stopping` came first."""
    if stopping is None:
        return await version.wait_for_change(after, seconds)
    if stopping.is_set():
        return None
    changed = asyncio.ensure_future(version.wait_for_change(after, seconds))
    stopped = asyncio.ensure_future(stopping.wait())
    try:
        await asyncio.wait((changed, stopped), return_when=asyncio.FIRST_COMPLETED)
    finally:
        changed.cancel()
        stopped.cancel()
    if not changed.done() or changed.cancelled():
        return None
    return changed.result()
