"""`Idempotency-Key` on POST (draft-ietf-httpapi-idempotency-key-header), stored in the database so it
holds across workers and restarts.

A key is claimed in a transaction of its own before the request runs, so that a concurrent retry sees
it in flight; the stored response is written in the request's own transaction, so it exists exactly
when the change does.
"""

import hashlib
from dataclasses import dataclass
from datetime import timedelta

from fastapi import Request, Response
from sqlalchemy import delete
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth import authenticate, unauthenticated
from app.db import Database, utcnow
from app.errors import ProblemError, Protocol, invalid
from app.tables import IdempotencyRecord

HEADER = "idempotency-key"
KEY_LIFETIME = timedelta(hours=24)
ABANDONED_AFTER = timedelta(minutes=2)
"""A claim still in flight after this long belongs to a request that died before committing."""


@dataclass(frozen=True)
class Claim:
    database: Database
    principal_key: str
    key: str

    async def complete(self, session: AsyncSession, response: Response) -> None:
        record = await session.get(IdempotencyRecord, (self.principal_key, self.key))
        if record is None:  # expired and reclaimed meanwhile: nothing to replay later
            return
        record.completed = True
        record.status_code = response.status_code
        record.body = bytes(response.body).decode("utf-8")
        record.location = response.headers.get("location")

    async def release(self) -> None:
        async with self.database.unit_of_work() as session:
            await session.execute(
                delete(IdempotencyRecord).where(
                    IdempotencyRecord.principal_key == self.principal_key,
                    IdempotencyRecord.key == self.key,
                    IdempotencyRecord.completed.is_(False),
                )
            )


def _replay(record: IdempotencyRecord) -> Response:
    headers = {"Idempotency-Replayed": "true"}
    if record.location:
        headers["Location"] = record.location
    return Response(
        content=record.body or "",
        status_code=record.status_code or 200,
        headers=headers,
        media_type="application/json",
    )


async def claim(request: Request) -> Claim | Response:
    """Claim the request's key, or answer for it: the replayed response, 409 in flight, 422 reused."""
    key = request.headers[HEADER]
    if not 1 <= len(key) <= 255 or not key.isprintable():
        raise invalid("Idempotency-Key must be 1 to 255 printable characters", parameter="Idempotency-Key")
    principal = await authenticate(request)
    if not principal.authenticated:
        raise unauthenticated()
    principal_key = f"{principal.kind}:{principal.org_number or '-'}:{principal.subject}"
    body = await request.body()
    fingerprint = hashlib.sha256(
        b"\n".join([request.method.encode(), request.url.path.encode(), request.url.query.encode(), body])
    ).hexdigest()
    database: Database = request.app.state.database
    now = utcnow()
    try:
        async with database.unit_of_work() as session:
            await session.execute(
                delete(IdempotencyRecord).where(IdempotencyRecord.created_at < now - KEY_LIFETIME)
            )
            record = await session.get(IdempotencyRecord, (principal_key, key), with_for_update=True)
            if record is not None and not record.completed and record.created_at < now - ABANDONED_AFTER:
                await session.delete(record)
                await session.flush()
                record = None
            if record is None:
                session.add(IdempotencyRecord(principal_key=principal_key, key=key, fingerprint=fingerprint))
                return Claim(database, principal_key, key)
    except IntegrityError:
        # Another request inserted the same key between our read and our insert.
        raise _in_flight() from None
    if record.fingerprint != fingerprint:
        raise ProblemError(
            422,
            Protocol.IDEMPOTENCY_KEY_REUSED,
            "this Idempotency-Key was used for a different request; use a new key for a new request",
        )
    if not record.completed:
        raise _in_flight()
    return _replay(record)


def _in_flight() -> ProblemError:
    return ProblemError(
        409,
        Protocol.IDEMPOTENCY_IN_FLIGHT,
        "a request with this Idempotency-Key is still being processed; retry later",
    )
