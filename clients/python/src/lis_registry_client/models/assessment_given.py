from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.proposal_kind import ProposalKind
from ..models.proposal_status import ProposalStatus
from ..models.recommendation import Recommendation
from typing import cast
from uuid import UUID
import datetime






T = TypeVar("T", bound="AssessmentGiven")



@_attrs_define
class AssessmentGiven:
    """ An assessment the inter-regional council recorded in the year (ASSESSMENT-THREE-CONSEQUENCES).

        Attributes:
            proposal_id (UUID): The proposal's id.
            title (str): What the proposal proposes.
            kind (ProposalKind):
            recommendation (Recommendation): What the inter-regional council's assessment recommends; the same three ends as
                `Outcome`, so a
                recommendation can be read beside the Directorate's decision.
            assessed_on (datetime.date): The day the assessment was recorded (Norway's calendar).
            proposal_status (ProposalStatus):
     """

    proposal_id: UUID
    title: str
    kind: ProposalKind
    recommendation: Recommendation
    assessed_on: datetime.date
    proposal_status: ProposalStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        proposal_id = str(self.proposal_id)

        title = self.title

        kind = self.kind.value

        recommendation = self.recommendation.value

        assessed_on = self.assessed_on.isoformat()

        proposal_status = self.proposal_status.value


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "proposal_id": proposal_id,
            "title": title,
            "kind": kind,
            "recommendation": recommendation,
            "assessed_on": assessed_on,
            "proposal_status": proposal_status,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        proposal_id = UUID(d.pop("proposal_id"))




        title = d.pop("title")

        kind = ProposalKind(d.pop("kind"))




        recommendation = Recommendation(d.pop("recommendation"))




        assessed_on = datetime.date.fromisoformat(d.pop("assessed_on"))




        proposal_status = ProposalStatus(d.pop("proposal_status"))




        assessment_given = cls(
            proposal_id=proposal_id,
            title=title,
            kind=kind,
            recommendation=recommendation,
            assessed_on=assessed_on,
            proposal_status=proposal_status,
        )


        assessment_given.additional_properties = d
        return assessment_given

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
