from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.status import Status
from typing import cast

if TYPE_CHECKING:
  from ..models.council_public import CouncilPublic
  from ..models.finding_public import FindingPublic





T = TypeVar("T", bound="CouncilCompliance")



@_attrs_define
class CouncilCompliance:
    """ 
        Attributes:
            council (CouncilPublic):
            status (Status):
            findings (list[FindingPublic]): Every finding, as GET /v1/councils/{id}/compliance has it.
     """

    council: CouncilPublic
    status: Status
    findings: list[FindingPublic]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.council_public import CouncilPublic # noqa: PLC0415
        from ..models.finding_public import FindingPublic # noqa: PLC0415
        council = self.council.to_dict()

        status = self.status.value

        findings = []
        for findings_item_data in self.findings:
            findings_item = findings_item_data.to_dict()
            findings.append(findings_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "council": council,
            "status": status,
            "findings": findings,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.council_public import CouncilPublic # noqa: PLC0415
        from ..models.finding_public import FindingPublic # noqa: PLC0415
        d = dict(src_dict)
        council = CouncilPublic.from_dict(d.pop("council"))




        status = Status(d.pop("status"))




        findings = []
        _findings = d.pop("findings")
        for findings_item_data in (_findings):
            findings_item = FindingPublic.from_dict(findings_item_data)



            findings.append(findings_item)


        council_compliance = cls(
            council=council,
            status=status,
            findings=findings,
        )


        council_compliance.additional_properties = d
        return council_compliance

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
