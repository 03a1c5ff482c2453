from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.attendance_entry import AttendanceEntry
  from ..models.guest import Guest





T = TypeVar("T", bound="AttendanceRecord")



@_attrs_define
class AttendanceRecord:
    """ Who attended a meeting that has taken place (MINUTES-AFTER-MEETING); replaces any earlier record.

        Attributes:
            entries (list[AttendanceEntry]): One entry per seat; a seat not listed is not recorded.
            regut_present (bool): Whether RegUt was present (IR-REGUT-ATTENDS).
            guests (list[Guest] | Unset): Who attended without a seat.
     """

    entries: list[AttendanceEntry]
    regut_present: bool
    guests: list[Guest] | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.attendance_entry import AttendanceEntry # noqa: PLC0415
        from ..models.guest import Guest # noqa: PLC0415
        entries = []
        for entries_item_data in self.entries:
            entries_item = entries_item_data.to_dict()
            entries.append(entries_item)



        regut_present = self.regut_present

        guests: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.guests, Unset):
            guests = []
            for guests_item_data in self.guests:
                guests_item = guests_item_data.to_dict()
                guests.append(guests_item)




        field_dict: dict[str, Any] = {}

        field_dict.update({
            "entries": entries,
            "regut_present": regut_present,
        })
        if guests is not UNSET:
            field_dict["guests"] = guests

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


        regut_present = d.pop("regut_present")

        _guests = d.pop("guests", UNSET)
        guests: list[Guest] | Unset = UNSET
        if _guests is not UNSET:
            guests = []
            for guests_item_data in _guests:
                guests_item = Guest.from_dict(guests_item_data)



                guests.append(guests_item)


        attendance_record = cls(
            entries=entries,
            regut_present=regut_present,
            guests=guests,
        )

        return attendance_record

