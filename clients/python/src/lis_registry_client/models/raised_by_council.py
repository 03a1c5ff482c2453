from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import Literal, cast
from uuid import UUID






T = TypeVar("T", bound="RaisedByCouncil")



@_attrs_define
class RaisedByCouncil:
    """ Raised by a council.

        Attributes:
            kind (Literal['council']): `council`.
            council (UUID): The council's id.
     """

    kind: Literal['council']
    council: UUID





    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        council = str(self.council)


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "kind": kind,
            "council": council,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = cast(Literal['council'] , d.pop("kind"))
        if kind != 'council':
            raise ValueError(f"kind must match const 'council', got '{kind}'")

        council = UUID(d.pop("council"))




        raised_by_council = cls(
            kind=kind,
            council=council,
        )

        return raised_by_council

