from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.change import Change
from ..models.event_type import EventType
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
  from ..models.event_data import EventData
  from ..models.event_subject import EventSubject





T = TypeVar("T", bound="Event")



@_attrs_define
class Event:
    """ 
        Attributes:
            id (int): The event's position in the feed: pass the last one seen as `after`.
            type_ (EventType): Every type of event the feed carries, `<subject>.<verb>`: what a reader may filter on, and a
                closed
                set, so that a client's switch over it is checked. A service that emits a new type adds it here
                (tests/unit/test_event_types.py fails until it does), announced in the contract's changelog.
            occurred_at (datetime.datetime): When the change was made (RFC 3339 date-time).
            subject (EventSubject):
            change (Change): What an event did to its subject, so that a client keeping a copy knows what to do.
            data (EventData): What the change recorded. Mostly the subject as it stands after the change (before it, when
                removed), as the public may read it; but `leadership.changed` carries the council's new election (effective date
                and the person ids of leader, deputy leader and coordinator) and `council.appointing_trusts_changed` the trusts,
                not the council; `person.*` only the ids (read the person, as you may, for the rest). Replace a copy of the
                subject with `data` only for events whose `data` is the subject.
            import_id (None | UUID): The spreadsheet import that made the change (/v1/imports); null for a single write. An
                import that commits ends with one `import.completed` event.
     """

    id: int
    type_: EventType
    occurred_at: datetime.datetime
    subject: EventSubject
    change: Change
    data: EventData
    import_id: None | UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.event_data import EventData # noqa: PLC0415
        from ..models.event_subject import EventSubject # noqa: PLC0415
        id = self.id

        type_ = self.type_.value

        occurred_at = self.occurred_at.isoformat()

        subject = self.subject.to_dict()

        change = self.change.value

        data = self.data.to_dict()

        import_id: None | str
        if isinstance(self.import_id, UUID):
            import_id = str(self.import_id)
        else:
            import_id = self.import_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "type": type_,
            "occurred_at": occurred_at,
            "subject": subject,
            "change": change,
            "data": data,
            "import_id": import_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_data import EventData # noqa: PLC0415
        from ..models.event_subject import EventSubject # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        type_ = EventType(d.pop("type"))




        occurred_at = datetime.datetime.fromisoformat(d.pop("occurred_at"))




        subject = EventSubject.from_dict(d.pop("subject"))




        change = Change(d.pop("change"))




        data = EventData.from_dict(d.pop("data"))




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


        event = cls(
            id=id,
            type_=type_,
            occurred_at=occurred_at,
            subject=subject,
            change=change,
            data=data,
            import_id=import_id,
        )


        event.additional_properties = d
        return event

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
