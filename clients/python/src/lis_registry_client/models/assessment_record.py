from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.recommendation import Recommendation
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="AssessmentRecord")



@_attrs_define
class AssessmentRecord:
    """ 
        Attributes:
            recommendation (Recommendation): What the inter-regional council's assessment recommends; the same three ends as
                `Outcome`, so a
                recommendation can be read beside the Directorate's decision.
            professional_consequences (None | str | Unset): The professional consequences.
            economic_consequences (None | str | Unset): The economic consequences.
            organisational_consequences (None | str | Unset): The organisational consequences.
            note (None | str | Unset): For the proposal's history.
     """

    recommendation: Recommendation
    professional_consequences: None | str | Unset = UNSET
    economic_consequences: None | str | Unset = UNSET
    organisational_consequences: None | str | Unset = UNSET
    note: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        recommendation = self.recommendation.value

        professional_consequences: None | str | Unset
        if isinstance(self.professional_consequences, Unset):
            professional_consequences = UNSET
        else:
            professional_consequences = self.professional_consequences

        economic_consequences: None | str | Unset
        if isinstance(self.economic_consequences, Unset):
            economic_consequences = UNSET
        else:
            economic_consequences = self.economic_consequences

        organisational_consequences: None | str | Unset
        if isinstance(self.organisational_consequences, Unset):
            organisational_consequences = UNSET
        else:
            organisational_consequences = self.organisational_consequences

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "recommendation": recommendation,
        })
        if professional_consequences is not UNSET:
            field_dict["professional_consequences"] = professional_consequences
        if economic_consequences is not UNSET:
            field_dict["economic_consequences"] = economic_consequences
        if organisational_consequences is not UNSET:
            field_dict["organisational_consequences"] = organisational_consequences
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        recommendation = Recommendation(d.pop("recommendation"))




        def _parse_professional_consequences(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        professional_consequences = _parse_professional_consequences(d.pop("professional_consequences", UNSET))


        def _parse_economic_consequences(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        economic_consequences = _parse_economic_consequences(d.pop("economic_consequences", UNSET))


        def _parse_organisational_consequences(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        organisational_consequences = _parse_organisational_consequences(d.pop("organisational_consequences", UNSET))


        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))


        assessment_record = cls(
            recommendation=recommendation,
            professional_consequences=professional_consequences,
            economic_consequences=economic_consequences,
            organisational_consequences=organisational_consequences,
            note=note,
        )

        return assessment_record

