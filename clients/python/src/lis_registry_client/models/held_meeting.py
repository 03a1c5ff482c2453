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
  from ..models.attendance_public import AttendancePublic





T = TypeVar("T", bound="HeldMeeting")



@_attrs_define
class HeldMeeting:
    """ A meeting of the year that took place (begun, not cancelled).

        Attributes:
            id (UUID): The meeting's id.
            starts_at (datetime.datetime): When it started, in Norway's time.
            ends_at (datetime.datetime): When it ended, in Norway's time.
            format_ (MeetingFormat):
            location (None | str): Where it took place; null when not given.
            regut_invited (bool): Whether RegUt was invited (HN-REGUT-ANNUAL).
            regut_present (bool | None): Whether RegUt was present (IR-REGUT-ATTENDS); null while attendance is not
                recorded.
            agenda (list[AgendaItemPublic]): The agenda's items, in order.
            attendance (AttendancePublic | None): Who attended, as recorded (one entry per seat); null while not recorded.
            minutes_recorded (bool): Whether its minutes are recorded.
     """

    id: UUID
    starts_at: datetime.datetime
    ends_at: datetime.datetime
    format_: MeetingFormat
    location: None | str
    regut_invited: bool
    regut_present: bool | None
    agenda: list[AgendaItemPublic]
    attendance: AttendancePublic | None
    minutes_recorded: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.agenda_item_public import AgendaItemPublic # noqa: PLC0415
        from ..models.attendance_public import AttendancePublic # noqa: PLC0415
        id = str(self.id)

        starts_at = self.starts_at.isoformat()

        ends_at = self.ends_at.isoformat()

        format_ = self.format_.value

        location: None | str
        location = self.location

        regut_invited = self.regut_invited

        regut_present: bool | None
        regut_present = self.regut_present

        agenda = []
        for agenda_item_data in self.agenda:
            agenda_item = agenda_item_data.to_dict()
            agenda.append(agenda_item)



        attendance: dict[str, Any] | None
        if isinstance(self.attendance, AttendancePublic):
            attendance = self.attendance.to_dict()
        else:
            attendance = self.attendance

        minutes_recorded = self.minutes_recorded


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "starts_at": starts_at,
            "ends_at": ends_at,
            "format": format_,
            "location": location,
            "regut_invited": regut_invited,
            "regut_present": regut_present,
            "agenda": agenda,
            "attendance": attendance,
            "minutes_recorded": minutes_recorded,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.agenda_item_public import AgendaItemPublic # noqa: PLC0415
        from ..models.attendance_public import AttendancePublic # noqa: PLC0415
        d = dict(src_dict)
        id = UUID(d.pop("id"))




        starts_at = datetime.datetime.fromisoformat(d.pop("starts_at"))




        ends_at = datetime.datetime.fromisoformat(d.pop("ends_at"))




        format_ = MeetingFormat(d.pop("format"))




        def _parse_location(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        location = _parse_location(d.pop("location"))


        regut_invited = d.pop("regut_invited")

        def _parse_regut_present(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        regut_present = _parse_regut_present(d.pop("regut_present"))


        agenda = []
        _agenda = d.pop("agenda")
        for agenda_item_data in (_agenda):
            agenda_item = AgendaItemPublic.from_dict(agenda_item_data)



            agenda.append(agenda_item)


        def _parse_attendance(data: object) -> AttendancePublic | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                attendance_type_0 = AttendancePublic.from_dict(data)



                return attendance_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AttendancePublic | None, data)

        attendance = _parse_attendance(d.pop("attendance"))


        minutes_recorded = d.pop("minutes_recorded")

        held_meeting = cls(
            id=id,
            starts_at=starts_at,
            ends_at=ends_at,
            format_=format_,
            location=location,
            regut_invited=regut_invited,
            regut_present=regut_present,
            agenda=agenda,
            attendance=attendance,
            minutes_recorded=minutes_recorded,
        )


        held_meeting.additional_properties = d
        return held_meeting

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
