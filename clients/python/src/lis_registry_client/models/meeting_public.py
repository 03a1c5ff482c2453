from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.convener import Convener
from ..models.meeting_format import MeetingFormat
from ..models.meeting_status import MeetingStatus
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
  from ..models.agenda_item_public import AgendaItemPublic
  from ..models.attendance_public import AttendancePublic





T = TypeVar("T", bound="MeetingPublic")



@_attrs_define
class MeetingPublic:
    """ A meeting. `attendance` and `minutes` are not public: null for anonymous callers.

        Attributes:
            id (UUID): The meeting's id; also its calendar UID's first part.
            council_id (UUID): The council that meets.
            starts_at (datetime.datetime): When it starts, in Norway's time (Europe/Oslo offset).
            ends_at (datetime.datetime): When it ends, in Norway's time.
            status (MeetingStatus):
            format_ (MeetingFormat):
            location (None | str): Where it takes place; null when not given.
            video_link (None | str): The link to join; null when not given.
            regut_invited (bool): Whether RegUt is invited.
            convener (Convener): Who convenes a council's meetings (always through the RegUt's system, MEETING-ORGANISER).
            agenda (list[AgendaItemPublic]): The agenda's items, in order.
            invited_councils (list[UUID]): Ids of the bodies whose members are invited (HN-FORUM-MEETING-RIGHT); often
                empty.
            cancel_reason (None | str): Why it was cancelled; null unless it was.
            sequence (int): How many times it has changed since it was scheduled (iCalendar SEQUENCE).
            attendance (AttendancePublic | None): Who attended; null before it is recorded, and for anonymous callers.
            minutes (None | str): The minutes; null before they are recorded, and for anonymous callers.
            created_at (datetime.datetime): When the meeting was scheduled (RFC 3339 date-time).
            updated_at (datetime.datetime): When it last changed (RFC 3339 date-time).
     """

    id: UUID
    council_id: UUID
    starts_at: datetime.datetime
    ends_at: datetime.datetime
    status: MeetingStatus
    format_: MeetingFormat
    location: None | str
    video_link: None | str
    regut_invited: bool
    convener: Convener
    agenda: list[AgendaItemPublic]
    invited_councils: list[UUID]
    cancel_reason: None | str
    sequence: int
    attendance: AttendancePublic | None
    minutes: None | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.agenda_item_public import AgendaItemPublic # noqa: PLC0415
        from ..models.attendance_public import AttendancePublic # noqa: PLC0415
        id = str(self.id)

        council_id = str(self.council_id)

        starts_at = self.starts_at.isoformat()

        ends_at = self.ends_at.isoformat()

        status = self.status.value

        format_ = self.format_.value

        location: None | str
        location = self.location

        video_link: None | str
        video_link = self.video_link

        regut_invited = self.regut_invited

        convener = self.convener.value

        agenda = []
        for agenda_item_data in self.agenda:
            agenda_item = agenda_item_data.to_dict()
            agenda.append(agenda_item)



        invited_councils = []
        for invited_councils_item_data in self.invited_councils:
            invited_councils_item = str(invited_councils_item_data)
            invited_councils.append(invited_councils_item)



        cancel_reason: None | str
        cancel_reason = self.cancel_reason

        sequence = self.sequence

        attendance: dict[str, Any] | None
        if isinstance(self.attendance, AttendancePublic):
            attendance = self.attendance.to_dict()
        else:
            attendance = self.attendance

        minutes: None | str
        minutes = self.minutes

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "council_id": council_id,
            "starts_at": starts_at,
            "ends_at": ends_at,
            "status": status,
            "format": format_,
            "location": location,
            "video_link": video_link,
            "regut_invited": regut_invited,
            "convener": convener,
            "agenda": agenda,
            "invited_councils": invited_councils,
            "cancel_reason": cancel_reason,
            "sequence": sequence,
            "attendance": attendance,
            "minutes": minutes,
            "created_at": created_at,
            "updated_at": updated_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.agenda_item_public import AgendaItemPublic # noqa: PLC0415
        from ..models.attendance_public import AttendancePublic # noqa: PLC0415
        d = dict(src_dict)
        id = UUID(d.pop("id"))




        council_id = UUID(d.pop("council_id"))




        starts_at = datetime.datetime.fromisoformat(d.pop("starts_at"))




        ends_at = datetime.datetime.fromisoformat(d.pop("ends_at"))




        status = MeetingStatus(d.pop("status"))




        format_ = MeetingFormat(d.pop("format"))




        def _parse_location(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        location = _parse_location(d.pop("location"))


        def _parse_video_link(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        video_link = _parse_video_link(d.pop("video_link"))


        regut_invited = d.pop("regut_invited")

        convener = Convener(d.pop("convener"))




        agenda = []
        _agenda = d.pop("agenda")
        for agenda_item_data in (_agenda):
            agenda_item = AgendaItemPublic.from_dict(agenda_item_data)



            agenda.append(agenda_item)


        invited_councils = []
        _invited_councils = d.pop("invited_councils")
        for invited_councils_item_data in (_invited_councils):
            invited_councils_item = UUID(invited_councils_item_data)



            invited_councils.append(invited_councils_item)


        def _parse_cancel_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        cancel_reason = _parse_cancel_reason(d.pop("cancel_reason"))


        sequence = d.pop("sequence")

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


        def _parse_minutes(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        minutes = _parse_minutes(d.pop("minutes"))


        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        meeting_public = cls(
            id=id,
            council_id=council_id,
            starts_at=starts_at,
            ends_at=ends_at,
            status=status,
            format_=format_,
            location=location,
            video_link=video_link,
            regut_invited=regut_invited,
            convener=convener,
            agenda=agenda,
            invited_councils=invited_councils,
            cancel_reason=cancel_reason,
            sequence=sequence,
            attendance=attendance,
            minutes=minutes,
            created_at=created_at,
            updated_at=updated_at,
        )


        meeting_public.additional_properties = d
        return meeting_public

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
