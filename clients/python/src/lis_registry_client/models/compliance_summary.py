from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.compliance_summary_by_rule import ComplianceSummaryByRule
  from ..models.compliance_summary_by_status import ComplianceSummaryByStatus





T = TypeVar("T", bound="ComplianceSummary")



@_attrs_define
class ComplianceSummary:
    """ 
        Attributes:
            councils (int): Councils covered (after `region` and `kind`, before `status`).
            by_status (ComplianceSummaryByStatus): How many councils have each worst status.
            by_rule (ComplianceSummaryByRule): Per rule, how many of its findings have each status.
     """

    councils: int
    by_status: ComplianceSummaryByStatus
    by_rule: ComplianceSummaryByRule
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.compliance_summary_by_rule import ComplianceSummaryByRule # noqa: PLC0415
        from ..models.compliance_summary_by_status import ComplianceSummaryByStatus # noqa: PLC0415
        councils = self.councils

        by_status = self.by_status.to_dict()

        by_rule = self.by_rule.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "councils": councils,
            "by_status": by_status,
            "by_rule": by_rule,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.compliance_summary_by_rule import ComplianceSummaryByRule # noqa: PLC0415
        from ..models.compliance_summary_by_status import ComplianceSummaryByStatus # noqa: PLC0415
        d = dict(src_dict)
        councils = d.pop("councils")

        by_status = ComplianceSummaryByStatus.from_dict(d.pop("by_status"))




        by_rule = ComplianceSummaryByRule.from_dict(d.pop("by_rule"))




        compliance_summary = cls(
            councils=councils,
            by_status=by_status,
            by_rule=by_rule,
        )


        compliance_summary.additional_properties = d
        return compliance_summary

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
