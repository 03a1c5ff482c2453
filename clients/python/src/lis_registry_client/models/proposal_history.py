from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID

if TYPE_CHECKING:
  from ..models.transition_public import TransitionPublic





T = TypeVar("T", bound="ProposalHistory")



@_attrs_define
class ProposalHistory:
    """ 
        Attributes:
            proposal_id (UUID): The proposal.
            items (list[TransitionPublic]): Every step, oldest first.
     """

    proposal_id: UUID
    items: list[TransitionPublic]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.transition_public import TransitionPublic # noqa: PLC0415
        proposal_id = str(self.proposal_id)

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "proposal_id": proposal_id,
            "items": items,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.transition_public import TransitionPublic # noqa: PLC0415
        d = dict(src_dict)
        proposal_id = UUID(d.pop("proposal_id"))




        items = []
        _items = d.pop("items")
        for items_item_data in (_items):
            items_item = TransitionPublic.from_dict(items_item_data)



            items.append(items_item)


        proposal_history = cls(
            proposal_id=proposal_id,
            items=items,
        )


        proposal_history.additional_properties = d
        return proposal_history

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
