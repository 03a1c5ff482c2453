from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID
import datetime






T = TypeVar("T", bound="RecordStatement")



@_attrs_define
class RecordStatement:
    """ 
        Attributes:
            proposal_id (UUID): The proposal the statement is about.
            council_id (UUID): The council whose statement names the person.
            recorded_at (datetime.datetime): When it was recorded.
     """

    proposal_id: UUID
    council_id: UUID
    recorded_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        proposal_id = str(self.proposal_id)

        council_id = str(self.council_id)

        recorded_at = self.recorded_at.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "proposal_id": proposal_id,
            "council_id": council_id,
            "recorded_at": recorded_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        proposal_id = UUID(d.pop("proposal_id"))




        council_id = UUID(d.pop("council_id"))




        recorded_at = datetime.datetime.fromisoformat(d.pop("recorded_at"))




        record_statement = cls(
            proposal_id=proposal_id,
            council_id=council_id,
            recorded_at=recorded_at,
        )


        record_statement.additional_properties = d
        return record_statement

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
