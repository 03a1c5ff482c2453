from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.region_code import RegionCode
from typing import Literal, cast






T = TypeVar("T", bound="RaisedByRegut")



@_attrs_define
class RaisedByRegut:
    """ Raised by a region's RegUt.

        Attributes:
            kind (Literal['regut']): `regut`.
            region (RegionCode): The four health regions (regionale helseforetak), by the code the registry gives them.
     """

    kind: Literal['regut']
    region: RegionCode





    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        region = self.region.value


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "kind": kind,
            "region": region,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = cast(Literal['regut'] , d.pop("kind"))
        if kind != 'regut':
            raise ValueError(f"kind must match const 'regut', got '{kind}'")

        region = RegionCode(d.pop("region"))




        raised_by_regut = cls(
            kind=kind,
            region=region,
        )

        return raised_by_regut

