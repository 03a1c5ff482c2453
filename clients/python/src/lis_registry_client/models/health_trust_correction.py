from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="HealthTrustCorrection")



@_attrs_define
class HealthTrustCorrection:
    """ Fields left out are unchanged.

        Attributes:
            name (None | str | Unset): The trust's name; cannot be cleared.
            org_number (None | str | Unset): The nine-digit organisation number (Enhetsregisteret).
     """

    name: None | str | Unset = UNSET
    org_number: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        org_number: None | str | Unset
        if isinstance(self.org_number, Unset):
            org_number = UNSET
        else:
            org_number = self.org_number


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if name is not UNSET:
            field_dict["name"] = name
        if org_number is not UNSET:
            field_dict["org_number"] = org_number

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))


        def _parse_org_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        org_number = _parse_org_number(d.pop("org_number", UNSET))


        health_trust_correction = cls(
            name=name,
            org_number=org_number,
        )

        return health_trust_correction

