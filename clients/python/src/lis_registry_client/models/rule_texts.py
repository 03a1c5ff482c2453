from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.rule_text import RuleText





T = TypeVar("T", bound="RuleTexts")



@_attrs_define
class RuleTexts:
    """ 
        Attributes:
            nb (RuleText): A rule in one language.
            en (RuleText): A rule in one language.
     """

    nb: RuleText
    en: RuleText
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.rule_text import RuleText # noqa: PLC0415
        nb = self.nb.to_dict()

        en = self.en.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "nb": nb,
            "en": en,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rule_text import RuleText # noqa: PLC0415
        d = dict(src_dict)
        nb = RuleText.from_dict(d.pop("nb"))




        en = RuleText.from_dict(d.pop("en"))




        rule_texts = cls(
            nb=nb,
            en=en,
        )


        rule_texts.additional_properties = d
        return rule_texts

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
