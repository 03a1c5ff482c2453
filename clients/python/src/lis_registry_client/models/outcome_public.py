from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.outcome import Outcome
from typing import cast
import datetime






T = TypeVar("T", bound="OutcomePublic")



@_attrs_define
class OutcomePublic:
    """ 
        Attributes:
            outcome (Outcome): The Directorate of Health's decision on a forwarded proposal.
            decided_on (datetime.date): The day of the decision.
            reference (str): The Directorate's case reference.
     """

    outcome: Outcome
    decided_on: datetime.date
    reference: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        outcome = self.outcome.value

        decided_on = self.decided_on.isoformat()

        reference = self.reference


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "outcome": outcome,
            "decided_on": decided_on,
            "reference": reference,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        outcome = Outcome(d.pop("outcome"))




        decided_on = datetime.date.fromisoformat(d.pop("decided_on"))




        reference = d.pop("reference")

        outcome_public = cls(
            outcome=outcome,
            decided_on=decided_on,
            reference=reference,
        )


        outcome_public.additional_properties = d
        return outcome_public

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
