from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="CoordinatingPeriodPublic")



@_attrs_define
class CoordinatingPeriodPublic:
    """ 
        Attributes:
            region (str): Code of the region whose RegUt coordinates in the period.
            starts_on (datetime.date): Start of the period; implied by the two-year rotation if unrecorded.
            starts_on_recorded (bool): Whether `starts_on` is recorded (true) or implied by the rotation (false).
            ends_on (datetime.date): The period's last day: 31 January.
     """

    region: str
    starts_on: datetime.date
    starts_on_recorded: bool
    ends_on: datetime.date
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        region = self.region

        starts_on = self.starts_on.isoformat()

        starts_on_recorded = self.starts_on_recorded

        ends_on = self.ends_on.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "region": region,
            "starts_on": starts_on,
            "starts_on_recorded": starts_on_recorded,
            "ends_on": ends_on,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        region = d.pop("region")

        starts_on = datetime.date.fromisoformat(d.pop("starts_on"))




        starts_on_recorded = d.pop("starts_on_recorded")

        ends_on = datetime.date.fromisoformat(d.pop("ends_on"))




        coordinating_period_public = cls(
            region=region,
            starts_on=starts_on,
            starts_on_recorded=starts_on_recorded,
            ends_on=ends_on,
        )


        coordinating_period_public.additional_properties = d
        return coordinating_period_public

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
