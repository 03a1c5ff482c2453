from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.attendance_status import AttendanceStatus
from typing import cast
from uuid import UUID
import datetime






T = TypeVar("T", bound="RecordAttendance")



@_attrs_define
class RecordAttendance:
    """ 
        Attributes:
            meeting_id (UUID): The meeting (see /v1/meetings/{id}).
            council_id (UUID): Whose meeting it was.
            starts_at (datetime.datetime): When it began.
            seat_id (UUID): The seat whose attendance was recorded.
            status (AttendanceStatus):
            as_deputy (bool): True where the person attended as the seat's deputy.
     """

    meeting_id: UUID
    council_id: UUID
    starts_at: datetime.datetime
    seat_id: UUID
    status: AttendanceStatus
    as_deputy: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        meeting_id = str(self.meeting_id)

        council_id = str(self.council_id)

        starts_at = self.starts_at.isoformat()

        seat_id = str(self.seat_id)

        status = self.status.value

        as_deputy = self.as_deputy


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "meeting_id": meeting_id,
            "council_id": council_id,
            "starts_at": starts_at,
            "seat_id": seat_id,
            "status": status,
            "as_deputy": as_deputy,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        meeting_id = UUID(d.pop("meeting_id"))




        council_id = UUID(d.pop("council_id"))




        starts_at = datetime.datetime.fromisoformat(d.pop("starts_at"))




        seat_id = UUID(d.pop("seat_id"))




        status = AttendanceStatus(d.pop("status"))




        as_deputy = d.pop("as_deputy")

        record_attendance = cls(
            meeting_id=meeting_id,
            council_id=council_id,
            starts_at=starts_at,
            seat_id=seat_id,
            status=status,
            as_deputy=as_deputy,
        )


        record_attendance.additional_properties = d
        return record_attendance

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
