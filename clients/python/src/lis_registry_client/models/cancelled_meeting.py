from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID
import datetime






T = TypeVar("T", bound="CancelledMeeting")



@_attrs_define
class CancelledMeeting:
    """ A meeting of the year that was cancelled before it began.

        Attributes:
            id (UUID): The meeting's id.
            starts_at (datetime.datetime): When it was to start, in Norway's time.
            cancelled_at (datetime.datetime): When it was cancelled, in Norway's time.
            reason (None | str): Why it was cancelled.
     """

    id: UUID
    starts_at: datetime.datetime
    cancelled_at: datetime.datetime
    reason: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        starts_at = self.starts_at.isoformat()

        cancelled_at = self.cancelled_at.isoformat()

        reason: None | str
        reason = self.reason


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "starts_at": starts_at,
            "cancelled_at": cancelled_at,
            "reason": reason,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))




        starts_at = datetime.datetime.fromisoformat(d.pop("starts_at"))




        cancelled_at = datetime.datetime.fromisoformat(d.pop("cancelled_at"))




        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))


        cancelled_meeting = cls(
            id=id,
            starts_at=starts_at,
            cancelled_at=cancelled_at,
            reason=reason,
        )


        cancelled_meeting.additional_properties = d
        return cancelled_meeting

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
