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






T = TypeVar("T", bound="DirectoryMeeting")



@_attrs_define
class DirectoryMeeting:
    """ 
        Attributes:
            id (UUID): The meeting's id (`/v1/meetings/{id}`).
            starts_at (datetime.datetime): When it starts, in Norway's time.
            ends_at (datetime.datetime): When it ends, in Norway's time.
            format_ (MeetingFormat):
            location (None | str): Where it takes place; null when not given.
     """

    id: UUID
    starts_at: datetime.datetime
    ends_at: datetime.datetime
    format_: MeetingFormat
    location: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        starts_at = self.starts_at.isoformat()

        ends_at = self.ends_at.isoformat()

        format_ = self.format_.value

        location: None | str
        location = self.location


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "starts_at": starts_at,
            "ends_at": ends_at,
            "format": format_,
            "location": location,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
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


        directory_meeting = cls(
            id=id,
            starts_at=starts_at,
            ends_at=ends_at,
            format_=format_,
            location=location,
        )


        directory_meeting.additional_properties = d
        return directory_meeting

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
