from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="PersonCreate")



@_attrs_define
class PersonCreate:
    """ 
        Attributes:
            name (str): The person's full name.
            title (None | str | Unset): e.g. overlege, LIS
            hpr_number (None | str | Unset): HPR number; a person is looked up by it.
            email (None | str | Unset): Work e-mail.
            phone (None | str | Unset): Phone number: digits, spaces, parentheses and hyphens, optionally a leading `+`.
            publish_email (bool | Unset): The person agrees to show the e-mail to the public. Default: False.
     """

    name: str
    title: None | str | Unset = UNSET
    hpr_number: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    publish_email: bool | Unset = False





    def to_dict(self) -> dict[str, Any]:
        name = self.name

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        hpr_number: None | str | Unset
        if isinstance(self.hpr_number, Unset):
            hpr_number = UNSET
        else:
            hpr_number = self.hpr_number

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        publish_email = self.publish_email


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "name": name,
        })
        if title is not UNSET:
            field_dict["title"] = title
        if hpr_number is not UNSET:
            field_dict["hpr_number"] = hpr_number
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if publish_email is not UNSET:
            field_dict["publish_email"] = publish_email

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))


        def _parse_hpr_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        hpr_number = _parse_hpr_number(d.pop("hpr_number", UNSET))


        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))


        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))


        publish_email = d.pop("publish_email", UNSET)

        person_create = cls(
            name=name,
            title=title,
            hpr_number=hpr_number,
            email=email,
            phone=phone,
            publish_email=publish_email,
        )

        return person_create

