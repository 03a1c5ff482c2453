from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="RepresentativeEnd")



@_attrs_define
class RepresentativeEnd:
    """ 
        Attributes:
            on (datetime.date): The last day of the term.
            reason (str): Why the term ends early (1 to 500 characters); shown only to registered systems.
     """

    on: datetime.date
    reason: str





    def to_dict(self) -> dict[str, Any]:
        on = self.on.isoformat()

        reason = self.reason


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "on": on,
            "reason": reason,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        on = datetime.date.fromisoformat(d.pop("on"))




        reason = d.pop("reason")

        representative_end = cls(
            on=on,
            reason=reason,
        )

        return representative_end

