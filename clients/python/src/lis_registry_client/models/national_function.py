from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="NationalFunction")



@_attrs_define
class NationalFunction:
    """ A task one RegUt does for all four (REGUT-NATIONAL-FUNCTIONS).

        Attributes:
            code (str): A short code for the task, e.g. `recommended-courses`, `lis-website`.
            description (str): The task in words.
            source (None | str | Unset): Where the mandate says so, e.g. `003 task 10`.
     """

    code: str
    description: str
    source: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        code = self.code

        description = self.description

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "code": code,
            "description": description,
        })
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        description = d.pop("description")

        def _parse_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source = _parse_source(d.pop("source", UNSET))


        national_function = cls(
            code=code,
            description=description,
            source=source,
        )

        return national_function

