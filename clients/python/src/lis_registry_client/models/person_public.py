from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID






T = TypeVar("T", bound="PersonPublic")



@_attrs_define
class PersonPublic:
    """ A person; `hpr_number`, `phone` and an unpublished `email` are null for anonymous callers.

        Attributes:
            id (UUID): The person's id.
            name (str): The person's full name.
            title (None | str): e.g. overlege, LIS; null where none is recorded.
            email (None | str): Work e-mail; null where none is recorded, and for anonymous callers unless `publish_email`.
            hpr_number (None | str): HPR number (Helsepersonellregisteret), 6 to 9 digits; unique to a person; null where
                none is recorded, and for anonymous callers.
            phone (None | str): Phone number; null where none is recorded, and for anonymous callers.
            publish_email (bool): The person agrees to show the e-mail to the public.
     """

    id: UUID
    name: str
    title: None | str
    email: None | str
    hpr_number: None | str
    phone: None | str
    publish_email: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        title: None | str
        title = self.title

        email: None | str
        email = self.email

        hpr_number: None | str
        hpr_number = self.hpr_number

        phone: None | str
        phone = self.phone

        publish_email = self.publish_email


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "name": name,
            "title": title,
            "email": email,
            "hpr_number": hpr_number,
            "phone": phone,
            "publish_email": publish_email,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))




        name = d.pop("name")

        def _parse_title(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        title = _parse_title(d.pop("title"))


        def _parse_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        email = _parse_email(d.pop("email"))


        def _parse_hpr_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        hpr_number = _parse_hpr_number(d.pop("hpr_number"))


        def _parse_phone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        phone = _parse_phone(d.pop("phone"))


        publish_email = d.pop("publish_email")

        person_public = cls(
            id=id,
            name=name,
            title=title,
            email=email,
            hpr_number=hpr_number,
            phone=phone,
            publish_email=publish_email,
        )


        person_public.additional_properties = d
        return person_public

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
