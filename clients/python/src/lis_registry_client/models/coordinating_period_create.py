from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.region_code import RegionCode
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="CoordinatingPeriodCreate")



@_attrs_define
class CoordinatingPeriodCreate:
    """ The next period of the coordinating RegUt's rotation.

        Attributes:
            region (RegionCode): The four health regions (regionale helseforetak), by the code the registry gives them.
            ends_on (datetime.date): 31 January, two years on (REGUT-COORDINATING-ROTATION).
            starts_on (datetime.date | None | Unset): Default: two years before it ends (the rotation).
     """

    region: RegionCode
    ends_on: datetime.date
    starts_on: datetime.date | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        region = self.region.value

        ends_on = self.ends_on.isoformat()

        starts_on: None | str | Unset
        if isinstance(self.starts_on, Unset):
            starts_on = UNSET
        elif isinstance(self.starts_on, datetime.date):
            starts_on = self.starts_on.isoformat()
        else:
            starts_on = self.starts_on


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "region": region,
            "ends_on": ends_on,
        })
        if starts_on is not UNSET:
            field_dict["starts_on"] = starts_on

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        region = RegionCode(d.pop("region"))




        ends_on = datetime.date.fromisoformat(d.pop("ends_on"))




        def _parse_starts_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                starts_on_type_0 = datetime.date.fromisoformat(data)



                return starts_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        starts_on = _parse_starts_on(d.pop("starts_on", UNSET))


        coordinating_period_create = cls(
            region=region,
            ends_on=ends_on,
            starts_on=starts_on,
        )

        return coordinating_period_create

