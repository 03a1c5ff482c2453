"""Graceful shutdown: SIGTERM drains the process before uvicorn stops it.

On SIGTERM (a container's stop, `kill`; with several workers, the supervisor's relay of it) the
service answers new requests with 503, `Retry-After` and `Connection: close`, `/health/ready`
included, so a load balancer takes it out of rotation; the feed's long polls are answered at once
(`stopping`), an empty page with the cursor unchanged, so their clients simply ask again. After
LIS_DRAIN_SECONDS it hands the signal to uvicorn, which closes the listener and waits up to
LIS_SHUTDOWN_TIMEOUT_SECONDS for the requests in flight to finish. uvicorn installs its signal
handlers before the application starts; this wraps them, and only them: a test or a tool that runs
the app some other way is left alone.
"""

import asyncio
import logging
import signal
from contextvars import Context
from types import FrameType
from typing import Any

from starlette.types import Scope, Send

from app.contract.common import Protocol
from app.edge.protocol import send_problem

log = logging.getLogger(__name__)

DRAIN_SIGNALS = (signal.SIGTERM, signal.SIGINT)
ALWAYS_SERVED = frozenset({"/health/live"})
"""A draining process is alive: an orchestrator must not restart it for draining."""
RETRY_AFTER_SECONDS = 2


class Lifecycle:
    def __init__(self, drain_seconds: float) -> None:
        self.drain_seconds = drain_seconds
        self.draining = False
        self.stopping = asyncio.Event()
        """Set when the drain begins: what waits for something that may never come (a long poll)
        stops waiting."""

    def refuses(self, path: str) -> bool:
        return self.draining and path not in ALWAYS_SERVED

    async def refuse(self, scope: Scope, send: Send) -> None:
        await send_problem(
            send,
            503,
            Protocol.SERVICE_UNAVAILABLE,
            "the service is shutting down; retry, another instance will answer",
            scope,
            ((b"retry-after", str(RETRY_AFTER_SECONDS).encode()), (b"connection", b"close")),
        )

    def _drain_then_stop(
        self, loop: asyncio.AbstractEventLoop, server_handler: Any, sig: int, frame: FrameType | None
    ) -> None:
        log.info("draining: new requests get 503 for %.1f s, then the server stops", self.drain_seconds)
        self.stopping.set()
        loop.call_later(self.drain_seconds, server_handler, sig, frame)

    def intercept_server_signals(self) -> None:
        """Put the drain in front of uvicorn's own handlers, if uvicorn's are the ones installed."""
        loop = asyncio.get_running_loop()
        for sig in DRAIN_SIGNALS:
            server_handler = signal.getsignal(sig)
            if not _is_uvicorn_handler(server_handler):
                continue
            signal.signal(sig, self._handler(loop, server_handler))

    def _handler(self, loop: asyncio.AbstractEventLoop, server_handler: Any) -> Any:
        def on_signal(sig: int, frame: FrameType | None) -> None:
            if self.draining:  # a second signal: stop now, as uvicorn would
                server_handler(sig, frame)
                return
            self.draining = True
            # A signal handler runs between two bytecodes of whatever the main thread was doing, in
            # that request's context: the rest runs on the loop (woken, hence call_soon_threadsafe),
            # in an empty context, so that its log line names no request.
            drain = (self._drain_then_stop, loop, server_handler, sig, frame)
            loop.call_soon_threadsafe(*drain, context=Context())

        return on_signal


def _is_uvicorn_handler(handler: Any) -> bool:
    owner = getattr(handler, "__self__", None)
    return type(owner).__module__.startswith("uvicorn.") and getattr(handler, "__name__", "") == "handle_exit"
