"""Disclosures kept in the database as well as in the log, written off the request path.

A request that disclosed personal data hands its rows to a bounded buffer and goes on: it never waits
for the database. A background task writes what has gathered in batches (one transaction, one
statement each), shortly after the first row arrives. When the buffer is full, because the database
is slow or away, new rows are dropped and counted (`lis_disclosures_dropped_total`); the log still has
them. What is buffered is written when the application stops, and `flush()` writes it on demand (tests).
"""

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable
from typing import Any

from app.storage.database import Database, retry_after_outage
from app.storage.privacy import append_disclosures

log = logging.getLogger(__name__)

RETRY_SECONDS = (1.0, 2.0, 5.0, 10.0, 30.0)
"""Waits before writing again after a batch failed; the last repeats."""
WARN_EVERY_SECONDS = 60.0
"""At most one warning a minute about dropped rows: a flood of them would bury the log."""


class DisclosureStore:
    def __init__(
        self,
        database: Database,
        *,
        capacity: int,
        batch_size: int,
        linger_seconds: float,
        counted: Callable[[str, int], None] | None = None,
    ) -> None:
        self._database = database
        self._capacity = capacity
        self._batch_size = batch_size
        self._linger = linger_seconds
        self._counted = counted or (lambda _outcome, _rows: None)
        """Told how many rows were `stored`, or dropped (`full`, `shutdown`)."""
        self._pending: list[dict[str, Any]] = []
        self._wake = asyncio.Event()
        self._writing = asyncio.Lock()
        self._task: asyncio.Task[None] | None = None
        self._warned_at = 0.0

    def __len__(self) -> int:
        return len(self._pending)

    def offer(self, rows: list[dict[str, Any]]) -> None:
        """Buffer the rows of one answer; never waits. What does not fit is dropped and counted."""
        room = self._capacity - len(self._pending)
        if room < len(rows):
            self._drop("full", len(rows) - max(room, 0))
            rows = rows[: max(room, 0)]
        self._pending.extend(rows)
        self._wake.set()

    def start(self) -> None:
        if self._task is None:
            self._task = asyncio.create_task(self._keep_writing(), name="disclosure-writer")

    async def stop(self) -> None:
        """Stop writing in the background, then write what is buffered; what cannot be written is
        counted as dropped."""
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
        await self.flush()
        if self._pending:
            self._drop("shutdown", len(self._pending))
            self._pending.clear()

    async def flush(self) -> bool:
        """Write everything buffered now; False when the database refused a batch (it stays buffered)."""
        async with self._writing:
            while self._pending:
                batch = self._pending[: self._batch_size]
                del self._pending[: len(batch)]
                try:
                    await append_disclosures(self._database, batch)
                except asyncio.CancelledError:
                    # Stopped while writing: the transaction did not commit, the rows are written by
                    # the flush that stopping does.
                    self._pending[:0] = batch
                    raise
                except Exception as error:
                    if retry_after_outage(error) is None:  # a batch the database will never take
                        log.exception("disclosures refused by the database")
                        self._drop("error", len(batch))
                        continue
                    # The database is away or busy: keep the rows (as many as fit), write them later.
                    log.warning("disclosures not stored yet (%s); retrying", type(error).__name__)
                    kept = batch[: max(self._capacity - len(self._pending), 0)]
                    self._pending[:0] = kept
                    self._drop("full", len(batch) - len(kept))
                    return False
                self._counted("stored", len(batch))
        return True

    async def _keep_writing(self) -> None:
        failures = 0
        while True:
            await self._wake.wait()
            # A moment's wait gathers the rows of the requests running now into the same batch.
            await asyncio.sleep(self._linger)
            self._wake.clear()
            if await self.flush():
                failures = 0
                continue
            await asyncio.sleep(RETRY_SECONDS[min(failures, len(RETRY_SECONDS) - 1)])
            failures += 1
            self._wake.set()

    def _drop(self, reason: str, rows: int) -> None:
        if rows <= 0:
            return
        self._counted(reason, rows)
        now = time.monotonic()
        if now - self._warned_at >= WARN_EVERY_SECONDS:
            self._warned_at = now
            log.warning("%d disclosures not stored (%s); the disclosure log has them", rows, reason)
