from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
  from ..models.finding_public import FindingPublic





T = TypeVar("T", bound="ComplianceReport")



@_attrs_define
class ComplianceReport:
    """ 
        Attributes:
            council_id (UUID): The council's id.
            on (datetime.date): The date asked about (`?on=`; default today in Norway). Composition and leadership are
                judged on it.
            year (int): The year whose meetings are counted (`?year=`; default the year of `on`).
            findings (list[FindingPublic]): One finding per rule and subject.
     """

    council_id: UUID
    on: datetime.date
    year: int
    findings: list[FindingPublic]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.finding_public import FindingPublic # noqa: PLC0415
        council_id = str(self.council_id)

        on = self.on.isoformat()

        year = self.year

        findings = []
        for findings_item_data in self.findings:
            findings_item = findings_item_data.to_dict()
            findings.append(findings_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "council_id": council_id,
            "on": on,
            "year": year,
            "findings": findings,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.finding_public import FindingPublic # noqa: PLC0415
        d = dict(src_dict)
        council_id = UUID(d.pop("council_id"))




        on = datetime.date.fromisoformat(d.pop("on"))




        year = d.pop("year")

        findings = []
        _findings = d.pop("findings")
        for findings_item_data in (_findings):
            findings_item = FindingPublic.from_dict(findings_item_data)



            findings.append(findings_item)


        compliance_report = cls(
            council_id=council_id,
            on=on,
            year=year,
            findings=findings,
        )


        compliance_report.additional_properties = d
        return compliance_report

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
