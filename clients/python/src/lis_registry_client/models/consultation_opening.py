from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="ConsultationOpening")



@_attrs_define
class ConsultationOpening:
    """ 
        Attributes:
            deadline (datetime.date): The last day (Europe/Oslo) for the regional councils' statements; after today.
            note (None | str | Unset): Why, for the proposal's history.
     """

    deadline: datetime.date
    note: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        deadline = self.deadline.isoformat()

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "deadline": deadline,
        })
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        deadline = datetime.date.fromisoformat(d.pop("deadline"))




        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))


        consultation_opening = cls(
            deadline=deadline,
            note=note,
        )

        return consultation_opening

