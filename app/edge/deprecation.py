"""Deprecation (RFC 9745) and Sunset (RFC 8594) headers: a client still using a deprecated form is told
so in every answer, with the date it was deprecated and the date it stops working.

What is deprecated, per operation, lives in `DEPRECATIONS`: the OpenAPI document declares the headers on
those operations' success answers from the same table (app/edge/openapi.py), so the contract and the
answers cannot disagree.
"""

from dataclasses import dataclass
from datetime import UTC, date, datetime
from email.utils import format_datetime

from starlette.responses import Response


@dataclass(frozen=True)
class Deprecation:
    since: date
    sunset: date
    what: str
    """What is deprecated and what to do instead, for the contract's description of the headers."""

    def announce(self, response: Response) -> None:
        # RFC 9745: a Structured Field Date, seconds since the epoch after `@`.
        since = datetime(self.since.year, self.since.month, self.since.day, tzinfo=UTC)
        response.headers["Deprecation"] = f"@{int(since.timestamp())}"
        # RFC 8594: an HTTP-date.
        sunset = datetime(self.sunset.year, self.sunset.month, self.sunset.day, tzinfo=UTC)
        response.headers["Sunset"] = format_datetime(sunset, usegmt=True)


NEVER_GIVEN_KEYS = Deprecation(
    since=date(2026, 12, 7),
    sunset=date(2027, 6, 30),
    what="Sent when the appointment named, as null, a key its shape never takes (`region` with a "
    "trust's seat, `trust` with a region's seat, either with the trainee seat, `region` with a role): "
    "contract 1.0.0 left those keys out of the shapes. Leave them out; after the Sunset date such a "
    "request is refused (422).",
)

DEPRECATIONS: dict[str, Deprecation] = {"appointRepresentative": NEVER_GIVEN_KEYS}
"""Deprecated forms by operationId."""
