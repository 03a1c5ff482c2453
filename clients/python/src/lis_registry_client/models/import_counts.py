from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="ImportCounts")



@_attrs_define
class ImportCounts:
    """ 
        Attributes:
            created (int): Rows that create a record.
            changed (int): Rows that change one.
            unchanged (int): Rows the registry already holds as they are.
            refused (int): Rows refused.
     """

    created: int
    changed: int
    unchanged: int
    refused: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        created = self.created

        changed = self.changed

        unchanged = self.unchanged

        refused = self.refused


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "created": created,
            "changed": changed,
            "unchanged": unchanged,
            "refused": refused,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created = d.pop("created")

        changed = d.pop("changed")

        unchanged = d.pop("unchanged")

        refused = d.pop("refused")

        import_counts = cls(
            created=created,
            changed=changed,
            unchanged=unchanged,
            refused=refused,
        )


        import_counts.additional_properties = d
        return import_counts

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
