from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import Literal, cast






T = TypeVar("T", bound="RaisedByPerson")



@_attrs_define
class RaisedByPerson:
    """ Raised by a named person.

        Attributes:
            kind (Literal['person']): `person`.
            name (str): The person's name.
     """

    kind: Literal['person']
    name: str





    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        name = self.name


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "kind": kind,
            "name": name,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = cast(Literal['person'] , d.pop("kind"))
        if kind != 'person':
            raise ValueError(f"kind must match const 'person', got '{kind}'")

        name = d.pop("name")

        raised_by_person = cls(
            kind=kind,
            name=name,
        )

        return raised_by_person

