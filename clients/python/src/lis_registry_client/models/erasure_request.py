from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="ErasureRequest")



@_attrs_define
class ErasureRequest:
    """ 
        Attributes:
            reason (str): Why the data is erased (1 to 500 characters): the person's request and its case number, say. Kept
                in the audit; it must not itself hold the data erased.
     """

    reason: str





    def to_dict(self) -> dict[str, Any]:
        reason = self.reason


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "reason": reason,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reason = d.pop("reason")

        erasure_request = cls(
            reason=reason,
        )

        return erasure_request

