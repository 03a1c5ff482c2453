"""The audit log."""

from datetime import datetime
from enum import StrEnum
from typing import Any

from pydantic import (
    BaseModel,
)


class AuditEntity(StrEnum):
    """What an audit entry is about."""

    COUNCIL = "council"
    REPRESENTATIVE = "representative"
    PERSON = "person"
    REGION = "region"
    HEALTH_TRUST = "health_trust"
    SPECIALTY = "specialty"
    COORDINATING_PERIOD = "coordinating_period"
    REFERENCE_DATA = "reference_data"


class AuditPrincipal(BaseModel):
    kind: str
    subject: str
    org_number: str | None


class AuditEntryPublic(BaseModel):
    id: int
    occurred_at: datetime
    principal: AuditPrincipal
    action: str
    entity_type: AuditEntity
    entity_id: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None


class AuditList(BaseModel):
    items: list[AuditEntryPublic]
    next_cursor: str | None
