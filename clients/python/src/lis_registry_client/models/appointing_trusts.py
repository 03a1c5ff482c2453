from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="AppointingTrusts")



@_attrs_define
class AppointingTrusts:
    """ The health trusts that appoint to a regional council, by code: what GET answers and PUT takes,
    so a client can read the list, change it and send it back. Empty for an inter-regional council,
    whose seats belong to regions.

        Attributes:
            trusts (list[str]): Codes of the appointing health trusts (see /v1/health-trusts).
     """

    trusts: list[str]





    def to_dict(self) -> dict[str, Any]:
        trusts = self.trusts




        field_dict: dict[str, Any] = {}

        field_dict.update({
            "trusts": trusts,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        trusts = cast(list[str], d.pop("trusts"))


        appointing_trusts = cls(
            trusts=trusts,
        )

        return appointing_trusts

