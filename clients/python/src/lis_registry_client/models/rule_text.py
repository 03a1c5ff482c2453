from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="RuleText")



@_attrs_define
class RuleText:
    """ A rule in one language.

        Attributes:
            statement (str): The rule in plain words (light Markdown).
            finding (None | str): For a finding: what it says about a council that does not meet the rule, in general terms;
                null for other kinds. Pages word each finding in full from its `params`.
     """

    statement: str
    finding: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        statement = self.statement

        finding: None | str
        finding = self.finding


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "statement": statement,
            "finding": finding,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        statement = d.pop("statement")

        def _parse_finding(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        finding = _parse_finding(d.pop("finding"))


        rule_text = cls(
            statement=statement,
            finding=finding,
        )


        rule_text.additional_properties = d
        return rule_text

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
