from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="Guest")



@_attrs_define
class Guest:
    """ Someone who attended without a seat: an education-coordinating senior consultant, a resource
    person.

        Attributes:
            name (str): The guest's name.
            role (None | str | Unset): In what capacity the guest attended.
     """

    name: str
    role: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        name = self.name

        role: None | str | Unset
        if isinstance(self.role, Unset):
            role = UNSET
        else:
            role = self.role


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "name": name,
        })
        if role is not UNSET:
            field_dict["role"] = role

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        def _parse_role(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        role = _parse_role(d.pop("role", UNSET))


        guest = cls(
            name=name,
            role=role,
        )

        return guest

