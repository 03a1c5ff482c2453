from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.audit_entity import AuditEntity
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
  from ..models.audit_entry_public_after_type_0 import AuditEntryPublicAfterType0
  from ..models.audit_entry_public_before_type_0 import AuditEntryPublicBeforeType0
  from ..models.audit_principal import AuditPrincipal





T = TypeVar("T", bound="AuditEntryPublic")



@_attrs_define
class AuditEntryPublic:
    """ 
        Attributes:
            id (int): The entry's number: a later entry has a higher one.
            occurred_at (datetime.datetime): When the change was made (RFC 3339 date-time).
            principal (AuditPrincipal): Who made a change, as their token said.
            action (str): What was done, as `<entity>.<verb>` (also the event's type), e.g. `council.created`,
                `representative.appointed`, `leadership.changed`.
            entity_type (AuditEntity): What an audit entry is about.
            entity_id (str): Which record changed: the id of a council, representative or person; the code of a region,
                health trust or specialty; a coordinating period's last day; `packaged` for a load of reference data.
            before (AuditEntryPublicBeforeType0 | None): The state before the change: the record as a registered system
                reads it (for a leadership change, the election with person ids); null when the change created it.
            after (AuditEntryPublicAfterType0 | None): The state after the change, in the same form as `before`; null when
                the change withdrew the record.
            import_id (None | UUID): The spreadsheet import that made the change (/v1/imports); null for a single write.
     """

    id: int
    occurred_at: datetime.datetime
    principal: AuditPrincipal
    action: str
    entity_type: AuditEntity
    entity_id: str
    before: AuditEntryPublicBeforeType0 | None
    after: AuditEntryPublicAfterType0 | None
    import_id: None | UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.audit_entry_public_after_type_0 import AuditEntryPublicAfterType0 # noqa: PLC0415
        from ..models.audit_entry_public_before_type_0 import AuditEntryPublicBeforeType0 # noqa: PLC0415
        from ..models.audit_principal import AuditPrincipal # noqa: PLC0415
        id = self.id

        occurred_at = self.occurred_at.isoformat()

        principal = self.principal.to_dict()

        action = self.action

        entity_type = self.entity_type.value

        entity_id = self.entity_id

        before: dict[str, Any] | None
        if isinstance(self.before, AuditEntryPublicBeforeType0):
            before = self.before.to_dict()
        else:
            before = self.before

        after: dict[str, Any] | None
        if isinstance(self.after, AuditEntryPublicAfterType0):
            after = self.after.to_dict()
        else:
            after = self.after

        import_id: None | str
        if isinstance(self.import_id, UUID):
            import_id = str(self.import_id)
        else:
            import_id = self.import_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "occurred_at": occurred_at,
            "principal": principal,
            "action": action,
            "entity_type": entity_type,
            "entity_id": entity_id,
            "before": before,
            "after": after,
            "import_id": import_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audit_entry_public_after_type_0 import AuditEntryPublicAfterType0 # noqa: PLC0415
        from ..models.audit_entry_public_before_type_0 import AuditEntryPublicBeforeType0 # noqa: PLC0415
        from ..models.audit_principal import AuditPrincipal # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        occurred_at = datetime.datetime.fromisoformat(d.pop("occurred_at"))




        principal = AuditPrincipal.from_dict(d.pop("principal"))




        action = d.pop("action")

        entity_type = AuditEntity(d.pop("entity_type"))




        entity_id = d.pop("entity_id")

        def _parse_before(data: object) -> AuditEntryPublicBeforeType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                before_type_0 = AuditEntryPublicBeforeType0.from_dict(data)



                return before_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AuditEntryPublicBeforeType0 | None, data)

        before = _parse_before(d.pop("before"))


        def _parse_after(data: object) -> AuditEntryPublicAfterType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                after_type_0 = AuditEntryPublicAfterType0.from_dict(data)



                return after_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AuditEntryPublicAfterType0 | None, data)

        after = _parse_after(d.pop("after"))


        def _parse_import_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                import_id_type_0 = UUID(data)



                return import_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        import_id = _parse_import_id(d.pop("import_id"))


        audit_entry_public = cls(
            id=id,
            occurred_at=occurred_at,
            principal=principal,
            action=action,
            entity_type=entity_type,
            entity_id=entity_id,
            before=before,
            after=after,
            import_id=import_id,
        )


        audit_entry_public.additional_properties = d
        return audit_entry_public

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
