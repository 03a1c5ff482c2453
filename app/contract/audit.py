"""The audit log."""

from datetime import datetime
from typing import Any

from pydantic import (
    BaseModel,
)


class AuditPrincipal(BaseModel):
    kind: str
    subject: str
    org_number: str | None


class AuditEntryPublic(BaseModel):
    id: int
    occurred_at: datetime
    principal: AuditPrincipal
    action: str
    entity_type: str
    entity_id: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None


class AuditList(BaseModel):
    items: list[AuditEntryPublic]
    next_cursor: str | None
