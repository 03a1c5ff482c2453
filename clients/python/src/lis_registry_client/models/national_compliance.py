from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.compliance_summary import ComplianceSummary
  from ..models.council_compliance import CouncilCompliance





T = TypeVar("T", bound="NationalCompliance")



@_attrs_define
class NationalCompliance:
    """ 
        Attributes:
            on (datetime.date): The date asked about (`?on=`; default today in Norway).
            year (int): The year whose meetings are counted (`?year=`; default this year in Norway).
            summary (ComplianceSummary):
            councils (list[CouncilCompliance]): The councils (those with `status`, if asked).
     """

    on: datetime.date
    year: int
    summary: ComplianceSummary
    councils: list[CouncilCompliance]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.compliance_summary import ComplianceSummary # noqa: PLC0415
        from ..models.council_compliance import CouncilCompliance # noqa: PLC0415
        on = self.on.isoformat()

        year = self.year

        summary = self.summary.to_dict()

        councils = []
        for councils_item_data in self.councils:
            councils_item = councils_item_data.to_dict()
            councils.append(councils_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "on": on,
            "year": year,
            "summary": summary,
            "councils": councils,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.compliance_summary import ComplianceSummary # noqa: PLC0415
        from ..models.council_compliance import CouncilCompliance # noqa: PLC0415
        d = dict(src_dict)
        on = datetime.date.fromisoformat(d.pop("on"))




        year = d.pop("year")

        summary = ComplianceSummary.from_dict(d.pop("summary"))




        councils = []
        _councils = d.pop("councils")
        for councils_item_data in (_councils):
            councils_item = CouncilCompliance.from_dict(councils_item_data)



            councils.append(councils_item)


        national_compliance = cls(
            on=on,
            year=year,
            summary=summary,
            councils=councils,
        )


        national_compliance.additional_properties = d
        return national_compliance

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
