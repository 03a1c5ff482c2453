from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID
import datetime






T = TypeVar("T", bound="Discussion")



@_attrs_define
class Discussion:
    """ 
        Attributes:
            meeting_id (UUID): The meeting whose agenda refers to the proposal.
            council_id (UUID): The council that met.
            starts_at (datetime.datetime): When the meeting starts, in Norway's time.
     """

    meeting_id: UUID
    council_id: UUID
    starts_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        meeting_id = str(self.meeting_id)

        council_id = str(self.council_id)

        starts_at = self.starts_at.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "meeting_id": meeting_id,
            "council_id": council_id,
            "starts_at": starts_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        meeting_id = UUID(d.pop("meeting_id"))




        council_id = UUID(d.pop("council_id"))




        starts_at = datetime.datetime.fromisoformat(d.pop("starts_at"))




        discussion = cls(
            meeting_id=meeting_id,
            council_id=council_id,
            starts_at=starts_at,
        )


        discussion.additional_properties = d
        return discussion

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
