from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.proposal_kind import ProposalKind
from ..models.proposal_status import ProposalStatus
from typing import cast
from uuid import UUID
import datetime






T = TypeVar("T", bound="RaisedProposal")



@_attrs_define
class RaisedProposal:
    """ A change proposal the council itself raised (`raised_by.kind` `council`), raised in the year or
    moved on in it, with where it stands now.

        Attributes:
            proposal_id (UUID): The proposal's id.
            title (str): What the proposal proposes.
            kind (ProposalKind):
            raised_on (datetime.date): The day it was registered (Norway's calendar).
            status (ProposalStatus):
     """

    proposal_id: UUID
    title: str
    kind: ProposalKind
    raised_on: datetime.date
    status: ProposalStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        proposal_id = str(self.proposal_id)

        title = self.title

        kind = self.kind.value

        raised_on = self.raised_on.isoformat()

        status = self.status.value


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "proposal_id": proposal_id,
            "title": title,
            "kind": kind,
            "raised_on": raised_on,
            "status": status,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        proposal_id = UUID(d.pop("proposal_id"))




        title = d.pop("title")

        kind = ProposalKind(d.pop("kind"))




        raised_on = datetime.date.fromisoformat(d.pop("raised_on"))




        status = ProposalStatus(d.pop("status"))




        raised_proposal = cls(
            proposal_id=proposal_id,
            title=title,
            kind=kind,
            raised_on=raised_on,
            status=status,
        )


        raised_proposal.additional_properties = d
        return raised_proposal

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
