from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.change import Change
from ..models.event_type import EventType
from typing import cast
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
            type_ (EventType): `<subject>.<verb>`: every kind of change the feed carries. A closed set, so that a client's
                switch
                over it is checked; a new kind of change is a new value, announced in the contract's changelog.
            occurred_at (datetime.datetime): When the change was made (RFC 3339 date-time).
            subject (EventSubject):
            change (Change): What an event did to its subject, so that a client keeping a copy knows what to do.
            data (EventData): What the change recorded. Mostly the subject as it stands after the change (before it, when
                removed), as the public may read it; but `leadership.changed` carries the council's new election (effective date
                and the person ids of leader, deputy leader and coordinator) and `council.appointing_trusts_changed` the trusts,
                not the council; `person.*` only the ids (read the person, as you may, for the rest). Replace a copy of the
                subject with `data` only for events whose `data` is the subject.
     """

    id: int
    type_: EventType
    occurred_at: datetime.datetime
    subject: EventSubject
    change: Change
    data: EventData
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


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "type": type_,
            "occurred_at": occurred_at,
            "subject": subject,
            "change": change,
            "data": data,
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




        event = cls(
            id=id,
            type_=type_,
            occurred_at=occurred_at,
            subject=subject,
            change=change,
            data=data,
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
