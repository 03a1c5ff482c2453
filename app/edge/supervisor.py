"""How `python -m app serve` stops, with one worker or several: the same drain, the same exit status.

uvicorn's supervisor of several workers keeps its own copy of the listening socket until it exits.
Once every worker had closed its copy, the kernel still completed connections on that socket and
queued them for nobody: their requests hung until the supervisor exited and were then reset. This
supervisor closes its copy as soon as it has told the workers to stop, so the listener lives exactly
as long as a worker accepts on it, and waits for them no longer than they may take (the drain, then
LIS_SHUTDOWN_TIMEOUT_SECONDS, then a margin) before killing what is left.

A clean stop exits with status 0, with one worker or many, as PID 1 or not: uvicorn re-raises the
signal it stopped for once it has shut down, which killed a lone worker with status 143 while a
supervisor of several exited 0. `ignore_stop_signals_after_shutdown` makes that re-raised signal a
no-op, so `serve` returns and the process exits 0.
"""

import logging
import signal
import time
from socket import socket
from typing import Any

from uvicorn.config import Config
from uvicorn.supervisors.multiprocess import Multiprocess

log = logging.getLogger("uvicorn.error")

CLEAN_STOP_STATUS = 0
"""The exit status of a stop that let every worker finish (documented in the README)."""
KILL_MARGIN_SECONDS = 5.0
"""Beyond the drain and the shutdown timeout: for a worker's own shutdown (lifespan, the pool)."""


class Supervisor(Multiprocess):
    """uvicorn's supervisor of several workers, changed only in how it stops them."""

    def __init__(self, config: Config, sockets: list[socket], *, stop_within: float) -> None:
        super().__init__(config, sockets)
        self.stop_within = stop_within

    def terminate_all(self) -> None:
        super().terminate_all()  # SIGTERM to each worker: each drains, then closes its listener
        for listener in self.sockets:
            listener.close()

    def join_all(self) -> None:
        deadline = time.monotonic() + self.stop_within
        for process in self.processes:
            process.process.join(max(0.0, deadline - time.monotonic()))
        for process in self.processes:
            if process.process.is_alive():
                log.error("worker %s did not stop within %.0f s: killed", process.pid, self.stop_within)
                process.kill()
                process.process.join()


def ignore_stop_signals_after_shutdown() -> None:
    """What the stop signal does once uvicorn has shut down and re-raises it: nothing. uvicorn installs
    its own handlers while it serves, and restores these when it is done."""

    def ignore(_signal: int, _frame: Any) -> None:
        return None

    for stop_signal in (signal.SIGTERM, signal.SIGINT):
        signal.signal(stop_signal, ignore)
