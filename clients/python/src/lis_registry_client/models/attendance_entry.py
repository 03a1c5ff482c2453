from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.attendance_status import AttendanceStatus
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID






T = TypeVar("T", bound="AttendanceEntry")



@_attrs_define
class AttendanceEntry:
    """ Whether a representative sitting on the meeting's date attended.

        Attributes:
            representative (UUID): The seat's id (a representative).
            status (AttendanceStatus):
            deputy (None | Unset | UUID): With `deputy_attended`: the person id of the deputy who attended.
     """

    representative: UUID
    status: AttendanceStatus
    deputy: None | Unset | UUID = UNSET





    def to_dict(self) -> dict[str, Any]:
        representative = str(self.representative)

        status = self.status.value

        deputy: None | str | Unset
        if isinstance(self.deputy, Unset):
            deputy = UNSET
        elif isinstance(self.deputy, UUID):
            deputy = str(self.deputy)
        else:
            deputy = self.deputy


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "representative": representative,
            "status": status,
        })
        if deputy is not UNSET:
            field_dict["deputy"] = deputy

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        representative = UUID(d.pop("representative"))




        status = AttendanceStatus(d.pop("status"))




        def _parse_deputy(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deputy_type_0 = UUID(data)



                return deputy_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        deputy = _parse_deputy(d.pop("deputy", UNSET))


        attendance_entry = cls(
            representative=representative,
            status=status,
            deputy=deputy,
        )

        return attendance_entry

