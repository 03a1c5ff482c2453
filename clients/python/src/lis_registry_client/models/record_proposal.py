from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID
import datetime






T = TypeVar("T", bound="RecordProposal")



@_attrs_define
class RecordProposal:
    """ 
        Attributes:
            id (UUID): A proposal the person raised by name (see /v1/proposals/{id}).
            title (str): Its title.
            specialty (str): Its specialty's code.
            status (str): Where it stands.
            created_at (datetime.datetime): When it was registered.
     """

    id: UUID
    title: str
    specialty: str
    status: str
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        title = self.title

        specialty = self.specialty

        status = self.status

        created_at = self.created_at.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "title": title,
            "specialty": specialty,
            "status": status,
            "created_at": created_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))




        title = d.pop("title")

        specialty = d.pop("specialty")

        status = d.pop("status")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        record_proposal = cls(
            id=id,
            title=title,
            specialty=specialty,
            status=status,
            created_at=created_at,
        )


        record_proposal.additional_properties = d
        return record_proposal

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
