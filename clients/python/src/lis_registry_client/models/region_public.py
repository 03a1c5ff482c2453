from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.reg_ut import RegUt





T = TypeVar("T", bound="RegionPublic")



@_attrs_define
class RegionPublic:
    """ 
        Attributes:
            code (str): The region's code, e.g. `helse-nord`.
            name (str): The regional health authority's name (RHF), e.g. Helse Nord RHF.
            regut (RegUt): The region's education centre (regionalt utdanningssenter).
            updated_at (datetime.datetime): When the record last changed (RFC 3339 date-time).
     """

    code: str
    name: str
    regut: RegUt
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.reg_ut import RegUt # noqa: PLC0415
        code = self.code

        name = self.name

        regut = self.regut.to_dict()

        updated_at = self.updated_at.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "code": code,
            "name": name,
            "regut": regut,
            "updated_at": updated_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.reg_ut import RegUt # noqa: PLC0415
        d = dict(src_dict)
        code = d.pop("code")

        name = d.pop("name")

        regut = RegUt.from_dict(d.pop("regut"))




        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        region_public = cls(
            code=code,
            name=name,
            regut=regut,
            updated_at=updated_at,
        )


        region_public.additional_properties = d
        return region_public

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
