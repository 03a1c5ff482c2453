from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.linked_page import LinkedPage
from typing import cast
import datetime






T = TypeVar("T", bound="Link")



@_attrs_define
class Link:
    """ A link to hand to a person: whoever holds it can open the page until it expires, without logging
    in. Treat it as a password: send it to one person, never publish it.

        Attributes:
            url (str): The page's absolute URL, the capability inside it.
            page (LinkedPage):
            expires_at (datetime.datetime): When it stops working (`LIS_LINK_DAYS` after it was made); every link stops at
                once when the service's signing key (`LIS_LINK_SIGNING_KEY`) is rotated.
     """

    url: str
    page: LinkedPage
    expires_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        url = self.url

        page = self.page.value

        expires_at = self.expires_at.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "url": url,
            "page": page,
            "expires_at": expires_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url")

        page = LinkedPage(d.pop("page"))




        expires_at = datetime.datetime.fromisoformat(d.pop("expires_at"))




        link = cls(
            url=url,
            page=page,
            expires_at=expires_at,
        )


        link.additional_properties = d
        return link

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
