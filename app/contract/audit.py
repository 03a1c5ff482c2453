"""The audit log."""

import uuid
from datetime import datetime
from enum import StrEnum
from typing import Any

from pydantic import (
    BaseModel,
    Field,
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
    MEETING = "meeting"
    PROPOSAL = "proposal"
    IMPORT = "import"


class AuditPrincipal(BaseModel):
    """Who made a change, as their token said."""

    kind: str = Field(
        description="The caller's widest scope: `admin`, `regut`, `appointments` or `read`; `anonymous` "
        "without one."
    )
    subject: str = Field(
        description="The calling system: the token's `client_id` (else its `sub`); `system` for the "
        "service's own set-up commands."
    )
    org_number: str | None = Field(
        description="The organisation number (nine digits) the token carried; null when it carried none."
    )
    org_number_child: str | None = Field(
        None,
        description="HelseID's `orgnr_child`: the organisation number of the part of the organisation (a "
        "hospital, a department) the client acts for; null when the token carried none.",
    )
    client_name: str | None = Field(
        None, description="HelseID's `client_name`: the calling system's name; null when the token had none."
    )


class AuditEntryPublic(BaseModel):
    id: int = Field(description="The entry's number: a later entry has a higher one.")
    occurred_at: datetime = Field(description="When the change was made (RFC 3339 date-time).")
    principal: AuditPrincipal = Field(description="Who made the change.")
    action: str = Field(
        description="What was done, as `<entity>.<verb>` (also the event's type), e.g. `council.created`, "
        "`representative.appointed`, `leadership.changed`."
    )
    entity_type: AuditEntity = Field(description="What kind of record changed.")
    entity_id: str = Field(
        description="Which record changed: the id of a council, representative or person; the code of a "
        "region, health trust or specialty; a coordinating period's last day; `packaged` for a load of "
        "reference data."
    )
    before: dict[str, Any] | None = Field(
        description="The state before the change: the record as a registered system reads it (for a "
        "leadership change, the election with person ids); null when the change created it."
    )
    after: dict[str, Any] | None = Field(
        description="The state after the change, in the same form as `before`; null when the change "
        "withdrew the record."
    )
    import_id: uuid.UUID | None = Field(
        None,
        description="The spreadsheet import that made the change (/v1/imports); null for a single write.",
    )


class AuditList(BaseModel):
    items: list[AuditEntryPublic] = Field(description="This page of entries, newest first.")
    next_cursor: str | None = Field(
        description="The `cursor` for the next page (`?cursor=`); null on the last page."
    )
