from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.outcome import Outcome
from typing import cast
import datetime






T = TypeVar("T", bound="OutcomeRecord")



@_attrs_define
class OutcomeRecord:
    """ 
        Attributes:
            outcome (Outcome): The Directorate of Health's decision on a forwarded proposal.
            decided_on (datetime.date): The day of the Directorate's decision.
            reference (str): The Directorate's case reference.
     """

    outcome: Outcome
    decided_on: datetime.date
    reference: str





    def to_dict(self) -> dict[str, Any]:
        outcome = self.outcome.value

        decided_on = self.decided_on.isoformat()

        reference = self.reference


        field_dict: dict[str, Any] = {}

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

        outcome_record = cls(
            outcome=outcome,
            decided_on=decided_on,
            reference=reference,
        )

        return outcome_record

