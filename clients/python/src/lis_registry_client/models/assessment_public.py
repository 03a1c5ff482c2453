from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.recommendation import Recommendation






T = TypeVar("T", bound="AssessmentPublic")



@_attrs_define
class AssessmentPublic:
    """ 
        Attributes:
            professional_consequences (str): The professional consequences.
            economic_consequences (str): The economic consequences.
            organisational_consequences (str): The organisational consequences.
            recommendation (Recommendation): What the inter-regional council's assessment recommends; the same three ends as
                `Outcome`, so a
                recommendation can be read beside the Directorate's decision.
     """

    professional_consequences: str
    economic_consequences: str
    organisational_consequences: str
    recommendation: Recommendation
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        professional_consequences = self.professional_consequences

        economic_consequences = self.economic_consequences

        organisational_consequences = self.organisational_consequences

        recommendation = self.recommendation.value


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "professional_consequences": professional_consequences,
            "economic_consequences": economic_consequences,
            "organisational_consequences": organisational_consequences,
            "recommendation": recommendation,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        professional_consequences = d.pop("professional_consequences")

        economic_consequences = d.pop("economic_consequences")

        organisational_consequences = d.pop("organisational_consequences")

        recommendation = Recommendation(d.pop("recommendation"))




        assessment_public = cls(
            professional_consequences=professional_consequences,
            economic_consequences=economic_consequences,
            organisational_consequences=organisational_consequences,
            recommendation=recommendation,
        )


        assessment_public.additional_properties = d
        return assessment_public

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
