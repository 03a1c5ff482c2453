from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.coordinating_period_public import CoordinatingPeriodPublic
  from ..models.reg_ut import RegUt





T = TypeVar("T", bound="CoordinatingRegUtPublic")



@_attrs_define
class CoordinatingRegUtPublic:
    """ 
        Attributes:
            on (datetime.date): The date asked about (`?on=`; default today in Norway).
            region (str): Code of the region whose RegUt coordinates on the date.
            regut (RegUt): The region's education centre (regionalt utdanningssenter).
            period (CoordinatingPeriodPublic):
     """

    on: datetime.date
    region: str
    regut: RegUt
    period: CoordinatingPeriodPublic
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.coordinating_period_public import CoordinatingPeriodPublic # noqa: PLC0415
        from ..models.reg_ut import RegUt # noqa: PLC0415
        on = self.on.isoformat()

        region = self.region

        regut = self.regut.to_dict()

        period = self.period.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "on": on,
            "region": region,
            "regut": regut,
            "period": period,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.coordinating_period_public import CoordinatingPeriodPublic # noqa: PLC0415
        from ..models.reg_ut import RegUt # noqa: PLC0415
        d = dict(src_dict)
        on = datetime.date.fromisoformat(d.pop("on"))




        region = d.pop("region")

        regut = RegUt.from_dict(d.pop("regut"))




        period = CoordinatingPeriodPublic.from_dict(d.pop("period"))




        coordinating_reg_ut_public = cls(
            on=on,
            region=region,
            regut=regut,
            period=period,
        )


        coordinating_reg_ut_public.additional_properties = d
        return coordinating_reg_ut_public

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
