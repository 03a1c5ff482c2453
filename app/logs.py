"""Log lines an operator can use: JSON (one object a line) in production, readable in development.

Every line written while a request is served carries its request id (`stamp_request_ids`).
Structured fields go in `extra={"fields": {...}}`: JSON lines hold them at the top level, console
lines as `key=value`.
`python -m app serve` hands `logging_config(settings)` to uvicorn, which applies it in every worker.
"""

import json
import logging
import re
import traceback
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import Any

from app.settings import Settings

request_id: ContextVar[str | None] = ContextVar("request_id", default=None)
"""The id of the request being served: set by the edge, read by every log line and problem body."""

ACCESS_LOGGER = "app.access"
SECRET_PATH = re.compile(r"^(/v1/links/)[^/]*")
"""Paths that hold a secret: a link's last segment is its capability, so whoever reads a log line could
open the page. Every line that shows a path shows it through `redacted_path`."""


def redacted_path(path: str) -> str:
    return SECRET_PATH.sub(r"\1[redacted]", path)


DISCLOSURE_LOGGER = "app.disclosure"
"""Reads of non-public personal data. Always at INFO, whatever LIS_LOG_LEVEL says: a data-protection
officer must be able to answer "who read this doctor's data" from them."""


def stamp_request_ids() -> None:
    """Give every log record the id of the request it was written for, when it is made: whichever
    handler writes it later (a queue, a test's capture) finds it there. Idempotent.

    Records also stop carrying thread and process names: no line shows them, and looking them up
    costs a fifth of an access line (the logging HOWTO's "Optimization")."""
    logging.logThreads = False
    logging.logMultiprocessing = False
    make_record = logging.getLogRecordFactory()
    if getattr(make_record, "stamps_request_ids", False):
        return

    def stamped(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = make_record(*args, **kwargs)
        record.request_id = request_id.get()
        return record

    stamped.stamps_request_ids = True  # type: ignore[attr-defined]
    logging.setLogRecordFactory(stamped)


_JSON = json.JSONEncoder(ensure_ascii=False, default=str)
"""One encoder for every line: `json.dumps` with options builds a new one each call."""


def _timestamp(record: logging.LogRecord) -> str:
    moment = datetime.fromtimestamp(record.created, UTC)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _fields(record: logging.LogRecord) -> dict[str, Any]:
    fields = getattr(record, "fields", None)
    return fields if isinstance(fields, dict) else {}


class JsonFormatter(logging.Formatter):
    """One JSON object a line; an error's traceback is one field of its line, not 200 lines of text."""

    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, Any] = {
            "time": _timestamp(record),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
            "pid": record.process,  # which worker, when several serve
        }
        request = getattr(record, "request_id", None)
        if request is not None:
            line["request_id"] = request
        line.update(_fields(record))
        if record.exc_info and record.exc_info[0] is not None:
            kind, error, _ = record.exc_info
            line["error"] = {
                "type": kind.__name__,
                "message": str(error),
                "stack": "".join(traceback.format_exception(*record.exc_info)),
            }
        return _JSON.encode(line)


class ConsoleFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        request = getattr(record, "request_id", None)
        parts = [_timestamp(record), f"{record.levelname:<7}", record.name]
        if request is not None:
            parts.append(f"[{request}]")
        parts.append(record.getMessage())
        fields = _fields(record)
        if fields and record.name != ACCESS_LOGGER:  # an access line's message already says it all
            parts.append(" ".join(f"{key}={value}" for key, value in fields.items()))
        # A decoded path may hold a line break (%0A): one event stays one line.
        line = " ".join(parts).replace("\r", "\\r").replace("\n", "\\n")
        if record.exc_info and record.exc_info[0] is not None:
            line += "\n" + self.formatException(record.exc_info)
        return line


def logging_config(settings: Settings) -> dict[str, Any]:
    """A `logging.config.dictConfig` for the service and the server it runs in."""
    level = settings.log_level.upper()
    handler = {
        "class": "logging.StreamHandler",
        "stream": "ext://sys.stdout",
        "formatter": "json" if settings.logs_json else "console",
    }
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {
            "json": {"()": JsonFormatter},
            "console": {"()": ConsoleFormatter},
        },
        "handlers": {"stdout": handler},
        "loggers": {
            "app": {"level": level},
            DISCLOSURE_LOGGER: {"level": "INFO"},
            # LIS_ACCESS_LOG alone turns the access lines off; LIS_LOG_LEVEL=warning must not.
            ACCESS_LOGGER: {"level": "INFO"},
            # uvicorn's own lines (start-up, shutdown, protocol errors) in the same format; its access
            # lines are replaced by the service's (app.access), which know the route and the caller.
            "uvicorn": {"level": "INFO", "handlers": [], "propagate": True},
            "uvicorn.error": {"level": "INFO", "handlers": [], "propagate": True},
            "uvicorn.access": {"level": "WARNING", "handlers": [], "propagate": False},
        },
        "root": {"level": "WARNING", "handlers": ["stdout"]},
    }
