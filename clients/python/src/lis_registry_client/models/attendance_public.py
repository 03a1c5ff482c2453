from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.attendance_entry import AttendanceEntry
  from ..models.guest import Guest





T = TypeVar("T", bound="AttendancePublic")



@_attrs_define
class AttendancePublic:
    """ 
        Attributes:
            entries (list[AttendanceEntry]): One entry per seat recorded.
            regut_present (bool | None): Whether RegUt was present; null while not recorded.
            guests (list[Guest]): Who attended without a seat.
     """

    entries: list[AttendanceEntry]
    regut_present: bool | None
    guests: list[Guest]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.attendance_entry import AttendanceEntry # noqa: PLC0415
        from ..models.guest import Guest # noqa: PLC0415
        entries = []
        for entries_item_data in self.entries:
            entries_item = entries_item_data.to_dict()
            entries.append(entries_item)



        regut_present: bool | None
        regut_present = self.regut_present

        guests = []
        for guests_item_data in self.guests:
            guests_item = guests_item_data.to_dict()
            guests.append(guests_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "entries": entries,
            "regut_present": regut_present,
            "guests": guests,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.attendance_entry import AttendanceEntry # noqa: PLC0415
        from ..models.guest import Guest # noqa: PLC0415
        d = dict(src_dict)
        entries = []
        _entries = d.pop("entries")
        for entries_item_data in (_entries):
            entries_item = AttendanceEntry.from_dict(entries_item_data)



            entries.append(entries_item)


        def _parse_regut_present(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        regut_present = _parse_regut_present(d.pop("regut_present"))


        guests = []
        _guests = d.pop("guests")
        for guests_item_data in (_guests):
            guests_item = Guest.from_dict(guests_item_data)



            guests.append(guests_item)


        attendance_public = cls(
            entries=entries,
            regut_present=regut_present,
            guests=guests,
        )


        attendance_public.additional_properties = d
        return attendance_public

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
