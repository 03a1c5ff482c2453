"""The daily retention run inside the service (LIS_RETENTION_SCHEDULE).

Every worker of every instance wakes once an hour and asks for the run; the database decides: the
maintenance lock lets one worker at a time in (PostgreSQL; on SQLite, writers are serial anyway), and
a task that finished less than a day ago is skipped. So the run happens about once a day, on whichever
worker wakes first, and survives restarts: nothing is remembered in a process.
"""

import asyncio
import contextlib
import logging
import random

from app.services.retention import run_retention
from app.settings import Settings
from app.storage.database import Database

log = logging.getLogger(__name__)

WAKE_SECONDS = 3600.0
FIRST_WAKE_SECONDS = (30.0, 300.0)
"""The first wake comes at a random moment in this window: workers started together do not all ask
at once, and a service restarting in a loop does not run it on every start."""


class DailyRetention:
    def __init__(self, database: Database, settings: Settings) -> None:
        self._database = database
        self._settings = settings
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        if self._task is None:
            self._task = asyncio.create_task(self._keep_running(), name="daily-retention")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    async def _keep_running(self) -> None:
        await asyncio.sleep(random.uniform(*FIRST_WAKE_SECONDS))  # noqa: S311  (spreading, not secrecy)
        while True:
            await self.run_once()
            await asyncio.sleep(WAKE_SECONDS)

    async def run_once(self) -> None:
        try:
            report = await run_retention(self._database, self._settings, apply=True, scheduled=True)
        except Exception as error:  # the next wake tries again; the service goes on serving
            log.warning("the retention run failed (%s); trying again in an hour", type(error).__name__)
            return
        if report.removed:
            log.info(
                "retention run: removed %s", report.removed, extra={"fields": {"removed": report.removed}}
            )
