from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.cancelled_meeting import CancelledMeeting
  from ..models.held_meeting import HeldMeeting
  from ..models.scheduled_meeting import ScheduledMeeting





T = TypeVar("T", bound="MeetingsOfTheYear")



@_attrs_define
class MeetingsOfTheYear:
    """ 
        Attributes:
            held (list[HeldMeeting]): The meetings held in the year, by start.
            cancelled (list[CancelledMeeting]): The meetings of the year cancelled, by start.
            scheduled (list[ScheduledMeeting]): Meetings of the year yet to begin, by start; empty once the year is over.
     """

    held: list[HeldMeeting]
    cancelled: list[CancelledMeeting]
    scheduled: list[ScheduledMeeting]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.cancelled_meeting import CancelledMeeting # noqa: PLC0415
        from ..models.held_meeting import HeldMeeting # noqa: PLC0415
        from ..models.scheduled_meeting import ScheduledMeeting # noqa: PLC0415
        held = []
        for held_item_data in self.held:
            held_item = held_item_data.to_dict()
            held.append(held_item)



        cancelled = []
        for cancelled_item_data in self.cancelled:
            cancelled_item = cancelled_item_data.to_dict()
            cancelled.append(cancelled_item)



        scheduled = []
        for scheduled_item_data in self.scheduled:
            scheduled_item = scheduled_item_data.to_dict()
            scheduled.append(scheduled_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "held": held,
            "cancelled": cancelled,
            "scheduled": scheduled,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cancelled_meeting import CancelledMeeting # noqa: PLC0415
        from ..models.held_meeting import HeldMeeting # noqa: PLC0415
        from ..models.scheduled_meeting import ScheduledMeeting # noqa: PLC0415
        d = dict(src_dict)
        held = []
        _held = d.pop("held")
        for held_item_data in (_held):
            held_item = HeldMeeting.from_dict(held_item_data)



            held.append(held_item)


        cancelled = []
        _cancelled = d.pop("cancelled")
        for cancelled_item_data in (_cancelled):
            cancelled_item = CancelledMeeting.from_dict(cancelled_item_data)



            cancelled.append(cancelled_item)


        scheduled = []
        _scheduled = d.pop("scheduled")
        for scheduled_item_data in (_scheduled):
            scheduled_item = ScheduledMeeting.from_dict(scheduled_item_data)



            scheduled.append(scheduled_item)


        meetings_of_the_year = cls(
            held=held,
            cancelled=cancelled,
            scheduled=scheduled,
        )


        meetings_of_the_year.additional_properties = d
        return meetings_of_the_year

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
