"""What every use case shares: the audit entry and outbox event of a change, and reference lookups."""

import uuid
from collections.abc import Callable
from typing import Any

from pydantic import BaseModel

from app.domain.authority import Principal
from app.services.errors import invalid, not_found
from app.storage.repository import Repository
from app.storage.tables import Council, Region, Specialty

Precondition = Callable[[BaseModel], None]
"""Checked against a resource as its writer reads it, after it is locked and before it changes: the
edge passes the client's If-Match here, and it raises when the client read an older version."""


def _document(view: BaseModel | None) -> dict[str, Any] | None:
    return None if view is None else view.model_dump(mode="json")


def record_change(
    repo: Repository,
    actor: Principal,
    event_type: str,
    subject_type: str,
    subject_id: str,
    before: BaseModel | None,
    after: BaseModel | None,
    *,
    event_data: BaseModel | None = None,
) -> None:
    """The audit entry and the outbox event of one change, in the change's transaction. The event
    carries `event_data` where the audit's documents hold more than the change feed may show."""
    before_document, after_document = _document(before), _document(after)
    repo.audit(actor, event_type, subject_type, subject_id, before_document, after_document)
    data = _document(event_data) or after_document or before_document or {}
    repo.emit(event_type, subject_type, subject_id, data)


async def specialty_or_invalid(repo: Repository, code: str, pointer: str = "/specialty") -> Specialty:
    specialty = await repo.specialty(code)
    if specialty is None:
        raise invalid(f"no specialty has the code {code!r}", pointer=pointer)
    return specialty


async def region_or_invalid(repo: Repository, code: str, pointer: str = "/region") -> Region:
    region = await repo.region(code)
    if region is None:
        raise invalid(f"no region has the code {code!r}", pointer=pointer)
    return region


async def council_or_not_found(
    repo: Repository, council_id: uuid.UUID, *, for_update: bool = False
) -> Council:
    """The council, locked for this transaction when it is about to change (`for_update`)."""
    council = await repo.council(council_id, for_update=for_update)
    if council is None:
        raise not_found(f"council {council_id}")
    return council


async def responsible_region(repo: Repository, council: Council) -> str | None:
    """The region whose RegUt is responsible for the council's specialty (SPECIALTY-RESPONSIBLE-REGUT):
    None where none is recorded, and for a governance body, which has no specialty."""
    if council.specialty_code is None:
        return None
    return await repo.responsible_region_of(council.specialty_code)
