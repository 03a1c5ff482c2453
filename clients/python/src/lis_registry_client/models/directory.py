from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.directory_council import DirectoryCouncil





T = TypeVar("T", bound="Directory")



@_attrs_define
class Directory:
    """ Every council and body (those the filters name), as the public may contact them, on a date.

        Attributes:
            on (datetime.date): The date the directory shows (today in Norway).
            items (list[DirectoryCouncil]): The councils and bodies, by specialty (governance bodies first), kind and
                region; not paged: the whole directory is one document.
     """

    on: datetime.date
    items: list[DirectoryCouncil]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.directory_council import DirectoryCouncil # noqa: PLC0415
        on = self.on.isoformat()

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "on": on,
            "items": items,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.directory_council import DirectoryCouncil # noqa: PLC0415
        d = dict(src_dict)
        on = datetime.date.fromisoformat(d.pop("on"))




        items = []
        _items = d.pop("items")
        for items_item_data in (_items):
            items_item = DirectoryCouncil.from_dict(items_item_data)



            items.append(items_item)


        directory = cls(
            on=on,
            items=items,
        )


        directory.additional_properties = d
        return directory

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
