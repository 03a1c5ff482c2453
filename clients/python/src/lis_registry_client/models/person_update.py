from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="PersonUpdate")



@_attrs_define
class PersonUpdate:
    """ Fields left out are unchanged; `null` clears an optional field.

        Attributes:
            name (None | str | Unset): The person's full name; cannot be cleared.
            title (None | str | Unset): e.g. overlege, LIS; `null` clears it.
            hpr_number (None | str | Unset): HPR number (Helsepersonellregisteret), 6 to 9 digits; unique to a person;
                `null` clears it.
            email (None | str | Unset): Work e-mail; `null` clears it.
            phone (None | str | Unset): Phone number: digits, spaces, parentheses and hyphens, optionally a leading `+`;
                `null` clears it.
            publish_email (bool | None | Unset): The person agrees to show the e-mail to the public; cannot be cleared.
     """

    name: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    hpr_number: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    publish_email: bool | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
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

        publish_email: bool | None | Unset
        if isinstance(self.publish_email, Unset):
            publish_email = UNSET
        else:
            publish_email = self.publish_email


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if name is not UNSET:
            field_dict["name"] = name
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
        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))


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


        def _parse_publish_email(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        publish_email = _parse_publish_email(d.pop("publish_email", UNSET))


        person_update = cls(
            name=name,
            title=title,
            hpr_number=hpr_number,
            email=email,
            phone=phone,
            publish_email=publish_email,
        )

        return person_update

