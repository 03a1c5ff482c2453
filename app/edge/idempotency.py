"""`Idempotency-Key` on POST (draft-ietf-httpapi-idempotency-key-header), stored in the database so it
holds across workers and restarts.

The key is held, and its response stored, inside the request's own transaction: the stored response
exists exactly when the change does, and a request that fails for any reason — a refused rule, a
dropped database connection, a killed worker — leaves nothing behind that a retry would trip over.
"""

import hashlib
from dataclasses import dataclass
from datetime import timedelta

from fastapi import Request, Response
from sqlalchemy.ext.asyncio import AsyncSession

from app.edge.auth import authenticate, unauthenticated
from app.edge.errors import ProblemError, Protocol
from app.services.errors import invalid
from app.storage.database import hold_idempotency_key, purge_expired_idempotency_records, utcnow
from app.storage.tables import IdempotencyRecord

HEADER = "idempotency-key"
KEY_LIFETIME = timedelta(hours=24)


@dataclass(frozen=True)
class Claim:
    principal_key: str
    key: str
    fingerprint: str

    def complete(self, session: AsyncSession, response: Response) -> None:
        """Store the response in the request's transaction, to be replayed to a retry."""
        session.add(
            IdempotencyRecord(
                principal_key=self.principal_key,
                key=self.key,
                fingerprint=self.fingerprint,
                status_code=response.status_code,
                body=bytes(response.body).decode("utf-8"),
                location=response.headers.get("location"),
                etag=response.headers.get("etag"),
            )
        )


def _replay(record: IdempotencyRecord) -> Response:
    headers = {"Idempotency-Replayed": "true"}
    if record.location:
        headers["Location"] = record.location
    if record.etag:
        headers["ETag"] = record.etag
    return Response(
        content=record.body,
        status_code=record.status_code,
        headers=headers,
        media_type="application/json",
    )


async def claim(request: Request, session: AsyncSession) -> Claim | Response:
    """Claim the request's key in its transaction, or answer for it: the replayed response, 409 while
    the first request is still running, 422 when the key was used for another request."""
    # Who is asking comes first: an anonymous caller is told to authenticate, whatever its key.
    principal = await authenticate(request)
    if not principal.authenticated:
        raise unauthenticated(request.app.state.settings)
    key = request.headers[HEADER]
    if not 1 <= len(key) <= 255 or not key.isprintable():
        raise invalid("Idempotency-Key must be 1 to 255 printable characters", parameter="Idempotency-Key")
    principal_key = f"{principal.kind}:{principal.org_number or '-'}:{principal.subject}"
    body = await request.body()
    fingerprint = hashlib.sha256(
        b"\n".join([request.method.encode(), request.url.path.encode(), request.url.query.encode(), body])
    ).hexdigest()
    if not await hold_idempotency_key(session, principal_key, key):
        raise ProblemError(
            409,
            Protocol.IDEMPOTENCY_IN_FLIGHT,
            "a request with this Idempotency-Key is still being processed; retry later",
            headers={"Retry-After": "1"},
        )
    cutoff = utcnow() - KEY_LIFETIME
    await purge_expired_idempotency_records(session, cutoff)
    record = await session.get(IdempotencyRecord, (principal_key, key))
    if record is not None and record.created_at < cutoff:  # one the purge skipped: as good as gone
        await session.delete(record)
        await session.flush()
        record = None
    if record is None:
        return Claim(principal_key, key, fingerprint)
    if record.fingerprint != fingerprint:
        raise ProblemError(
            422,
            Protocol.IDEMPOTENCY_KEY_REUSED,
            "this Idempotency-Key was used for a different request; use a new key for a new request",
        )
    return _replay(record)
