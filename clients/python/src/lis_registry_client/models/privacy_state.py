from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="PrivacyState")



@_attrs_define
class PrivacyState:
    """ Where the person's contact data and HPR number stand.

        Attributes:
            erased_at (datetime.datetime | None): When they were last erased; null if never.
            restricted_at (datetime.datetime | None): Since when they are restricted: kept, and shown to no one but in this
                record; null when not restricted.
     """

    erased_at: datetime.datetime | None
    restricted_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        erased_at: None | str
        if isinstance(self.erased_at, datetime.datetime):
            erased_at = self.erased_at.isoformat()
        else:
            erased_at = self.erased_at

        restricted_at: None | str
        if isinstance(self.restricted_at, datetime.datetime):
            restricted_at = self.restricted_at.isoformat()
        else:
            restricted_at = self.restricted_at


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "erased_at": erased_at,
            "restricted_at": restricted_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_erased_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                erased_at_type_0 = datetime.datetime.fromisoformat(data)



                return erased_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        erased_at = _parse_erased_at(d.pop("erased_at"))


        def _parse_restricted_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                restricted_at_type_0 = datetime.datetime.fromisoformat(data)



                return restricted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        restricted_at = _parse_restricted_at(d.pop("restricted_at"))


        privacy_state = cls(
            erased_at=erased_at,
            restricted_at=restricted_at,
        )


        privacy_state.additional_properties = d
        return privacy_state

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
