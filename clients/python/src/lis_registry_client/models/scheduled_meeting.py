from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.meeting_format import MeetingFormat
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
  from ..models.agenda_item_public import AgendaItemPublic





T = TypeVar("T", bound="ScheduledMeeting")



@_attrs_define
class ScheduledMeeting:
    """ A meeting later in the year that has not begun yet (only while the year is running).

        Attributes:
            id (UUID): The meeting's id.
            starts_at (datetime.datetime): When it starts, in Norway's time.
            format_ (MeetingFormat):
            regut_invited (bool): Whether RegUt is invited.
            agenda (list[AgendaItemPublic]): The agenda's items, in order.
     """

    id: UUID
    starts_at: datetime.datetime
    format_: MeetingFormat
    regut_invited: bool
    agenda: list[AgendaItemPublic]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.agenda_item_public import AgendaItemPublic # noqa: PLC0415
        id = str(self.id)

        starts_at = self.starts_at.isoformat()

        format_ = self.format_.value

        regut_invited = self.regut_invited

        agenda = []
        for agenda_item_data in self.agenda:
            agenda_item = agenda_item_data.to_dict()
            agenda.append(agenda_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "starts_at": starts_at,
            "format": format_,
            "regut_invited": regut_invited,
            "agenda": agenda,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.agenda_item_public import AgendaItemPublic # noqa: PLC0415
        d = dict(src_dict)
        id = UUID(d.pop("id"))




        starts_at = datetime.datetime.fromisoformat(d.pop("starts_at"))




        format_ = MeetingFormat(d.pop("format"))




        regut_invited = d.pop("regut_invited")

        agenda = []
        _agenda = d.pop("agenda")
        for agenda_item_data in (_agenda):
            agenda_item = AgendaItemPublic.from_dict(agenda_item_data)



            agenda.append(agenda_item)


        scheduled_meeting = cls(
            id=id,
            starts_at=starts_at,
            format_=format_,
            regut_invited=regut_invited,
            agenda=agenda,
        )


        scheduled_meeting.additional_properties = d
        return scheduled_meeting

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
